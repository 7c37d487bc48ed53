//! The page as a whole: reloading it, its scroll position, the JavaScript
//! shell `shell/shell.js` (crash screen, service worker update) and saving
//! a file for staff.

use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Loads the kiosk afresh at its start address.
pub fn restart() {
    if let Some(w) = window() {
        let _ = w.location().replace("/");
    }
}

/// Scrolls back to the top.
pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Calls a function the shell (`shell/shell.js`) defines, if it is there.
fn call_shell(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let w = window()?;
    let function = js_sys::Reflect::get(&w, &name.into()).ok()?;
    let function = function.dyn_ref::<js_sys::Function>()?;
    let args: js_sys::Array = args.iter().collect();
    function.apply(&w, &args).ok()
}

/// Starts a waiting new version of the kiosk, if the service worker has one;
/// true if the page is about to reload for it.
pub fn apply_update() -> bool {
    call_shell("kioskApplyUpdate", &[]).is_some_and(|v| v.is_truthy())
}

/// Shows the shell's "One moment…" screen and reloads after `delay_ms`.
pub fn crashed(message: &str, delay_ms: u64) {
    // Delays are minutes at most: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let delay = delay_ms as f64;
    call_shell("kioskCrashed", &[message.into(), delay.into()]);
}

/// Offers `text` as a file named `name` (staff exports).
///
/// # Errors
/// When the browser refuses to make the file.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| format!("could not save {name}");
    let parts: js_sys::Array = std::iter::once(JsValue::from_str(text)).collect();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = window().and_then(|w| w.document()).ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
