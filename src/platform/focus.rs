//! Keyboard focus: onto a new screen's heading or into a dialog, kept inside
//! a dialog while it is open, and given back to what opened it.

use wasm_bindgen::JsCast;

/// What Tab can reach inside a dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), [tabindex]:not([tabindex='-1'])";

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

fn focus_now(element: &web_sys::HtmlElement) {
    // The screen keeps its scroll position: the router already put it at the top.
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Focuses `element`, or once it is on the page if it is not there yet.
pub fn focus(element: &web_sys::HtmlElement) {
    if element.is_connected() {
        focus_now(element);
    } else {
        let element = element.clone();
        let later = wasm_bindgen::closure::Closure::once_into_js(move || focus_now(&element));
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(later.unchecked_ref());
        }
    }
}

/// Focuses the first element inside `container` matching `selector`, or
/// `container` itself if none does.
pub fn focus_inside(container: &web_sys::HtmlElement, selector: &str) {
    let target = container
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    focus(target.as_ref().unwrap_or(container));
}

/// The element that had focus when a dialog opened, to give it back.
pub struct Opener(Option<web_sys::HtmlElement>);

impl Opener {
    /// Remembers what has focus now.
    pub fn remember() -> Self {
        Self(
            document()
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
        )
    }

    /// Focuses it again, if it is still on the page.
    pub fn restore(&self) {
        if let Some(element) = self.0.as_ref().filter(|e| e.is_connected()) {
            focus_now(element);
        }
    }
}

/// On Tab or Shift+Tab in the element the listener sits on (a dialog), moves
/// focus round to its first or last control instead of out of it.
pub fn keep_tab_inside(event: &web_sys::KeyboardEvent) {
    if event.key() != "Tab" {
        return;
    }
    let Some(container) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(found) = container.query_selector_all(FOCUSABLE) else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        event.prevent_default();
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let at = |e: &web_sys::HtmlElement| active.as_ref() == Some(e.unchecked_ref());
    let inside = controls.iter().any(at);
    let wrap_to = if event.shift_key() {
        (at(first) || !inside).then_some(last)
    } else {
        (at(last) || !inside).then_some(first)
    };
    if let Some(target) = wrap_to {
        event.prevent_default();
        focus_now(target);
    }
}

/// Whether a modal dialog is open on the page.
pub fn dialog_open() -> bool {
    document()
        .and_then(|d| d.query_selector("[aria-modal='true']").ok().flatten())
        .is_some()
}
