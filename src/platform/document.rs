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
