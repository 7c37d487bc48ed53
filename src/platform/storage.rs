//! `localStorage`: where usage figures and recent errors survive reloads
//! (with a persistent Chromium profile). It may be missing, full, or throw
//! on any access (a locked-down profile): every call says so instead.

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("local storage is not available".to_owned()),
        Err(e) => Err(format!("local storage refused access: {}", describe(&e))),
    }
}

/// The text stored under `key`, if any.
///
/// # Errors
/// A sentence for staff when storage cannot be read.
pub fn read(key: &str) -> Result<Option<String>, String> {
    storage()?
        .get_item(key)
        .map_err(|e| format!("local storage refused to read {key}: {}", describe(&e)))
}

/// The text stored under `key`, if any and readable.
pub fn get(key: &str) -> Option<String> {
    read(key).ok().flatten()
}

/// Stores `value` under `key`.
///
/// # Errors
/// A sentence for staff when storage is missing, full or refuses.
pub fn set(key: &str, value: &str) -> Result<(), String> {
    storage()?.set_item(key, value).map_err(|e| {
        format!(
            "local storage refused {} bytes: {}",
            value.len(),
            describe(&e)
        )
    })
}

/// Forgets `key`.
pub fn remove(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// A thrown value as `Name: message` (e.g. `QuotaExceededError: …`).
fn describe(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    error.dyn_ref::<js_sys::Error>().map_or_else(
        || format!("{error:?}"),
        |e| format!("{}: {}", String::from(e.name()), String::from(e.message())),
    )
}
