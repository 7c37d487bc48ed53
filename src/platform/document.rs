//! The page around the app: `<html>` attributes and the document title.

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Sets `document.title`.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Sets (or, with `None`, removes) an attribute of the `<html>` element,
/// such as `lang` or the display settings that the CSS reads.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let result = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
    if result.is_err() {
        super::console::error(&format!("could not set <html {name}>"));
    }
}

/// Whether `event` happened on an element with the class `class` itself
/// (not on something inside it).
pub fn target_has_class(event: &web_sys::Event, class: &str) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.class_list().contains(class))
}

/// Whether `event` happened inside an element matching `selector`.
pub fn target_within(event: &web_sys::Event, selector: &str) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(selector).ok().flatten())
        .is_some()
}
