//! Visitor activity and lockdown, listened for on the whole window: every
//! touch, pointer, wheel, scroll and key counts as activity (a long swipe or
//! a pinch counts all along, not only when it ends), and what would lead a
//! visitor out of the kiosk (context menu, text selection, dragging
//! pictures, browser shortcuts) is refused.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Events that only a visitor makes: they may begin a visit.
const DELIBERATE: [&str; 3] = ["pointerdown", "touchstart", "keydown"];
/// Events that go on while a visitor is there (and may also come from the
/// page itself, like the scroll of a reset): they keep a visit going.
const CONTINUING: [&str; 4] = ["pointermove", "touchmove", "wheel", "scroll"];

/// Calls `on_activity(deliberate)` on every sign of a visitor, for the
/// page's lifetime; `deliberate` is true for a touch, click or key.
pub fn on_activity(on_activity: impl Fn(bool) + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    options.set_capture(true);
    for (events, deliberate) in [(&DELIBERATE[..], true), (&CONTINUING[..], false)] {
        let on_activity = on_activity.clone();
        let handler = Closure::<dyn Fn()>::new(move || on_activity(deliberate));
        for event in events {
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                event,
                handler.as_ref().unchecked_ref(),
                &options,
            );
        }
        // Listens as long as the page lives.
        handler.forget();
    }
}

/// Calls `on_change(true)` when a first finger (pen, or mouse button) goes
/// down anywhere on the page and `on_change(false)` when the last one lifts
/// or the browser cancels it, for the page's lifetime.
pub fn on_finger_down(on_change: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    options.set_capture(true);
    let down = std::rc::Rc::new(std::cell::RefCell::new(Vec::<i32>::new()));
    let handler =
        Closure::<dyn Fn(web_sys::PointerEvent)>::new(move |ev: web_sys::PointerEvent| {
            let id = ev.pointer_id();
            let (was_down, is_down) = {
                let mut down = down.borrow_mut();
                let was_down = !down.is_empty();
                if ev.type_() == "pointerdown" {
                    if !down.contains(&id) {
                        down.push(id);
                    }
                } else {
                    down.retain(|&d| d != id);
                }
                (was_down, !down.is_empty())
            };
            if was_down != is_down {
                on_change(is_down);
            }
        });
    for event in ["pointerdown", "pointerup", "pointercancel"] {
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            handler.as_ref().unchecked_ref(),
            &options,
        );
    }
    // Listens as long as the page lives.
    handler.forget();
}

/// Refuses the context menu, text selection, dragging and the browser
/// shortcuts that would leave or reload the kiosk.
pub fn lock_down() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let refuse = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| ev.prevent_default());
    for event in ["contextmenu", "selectstart", "dragstart", "gesturestart"] {
        let _ = window.add_event_listener_with_callback(event, refuse.as_ref().unchecked_ref());
    }
    refuse.forget();
    let keys = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(|ev: web_sys::KeyboardEvent| {
        if is_escape_shortcut(&ev.key(), ev.ctrl_key() || ev.meta_key(), ev.alt_key()) {
            ev.prevent_default();
        }
    });
    let _ = window.add_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
    keys.forget();
}

/// Shortcuts that reload, navigate, print, save, open or zoom.
fn is_escape_shortcut(key: &str, ctrl: bool, alt: bool) -> bool {
    let function_key = matches!(
        key,
        "F1" | "F3" | "F5" | "F6" | "F7" | "F11" | "F12" | "BrowserBack" | "BrowserForward"
    );
    let with_ctrl = ctrl
        && matches!(
            key.to_lowercase().as_str(),
            "r" | "w"
                | "t"
                | "n"
                | "l"
                | "p"
                | "s"
                | "o"
                | "f"
                | "g"
                | "h"
                | "j"
                | "u"
                | "+"
                | "-"
                | "="
                | "0"
        );
    let with_alt = alt && matches!(key, "ArrowLeft" | "ArrowRight" | "Home");
    function_key || with_ctrl || with_alt
}
