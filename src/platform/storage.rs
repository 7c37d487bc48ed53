//! `localStorage`: where usage figures and recent errors survive reloads
//! (with a persistent Chromium profile).

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The text stored under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`.
///
/// # Errors
/// A sentence for staff when storage is missing or full.
pub fn set(key: &str, value: &str) -> Result<(), String> {
    let storage = storage().ok_or("local storage is not available")?;
    storage
        .set_item(key, value)
        .map_err(|_| format!("local storage refused {} bytes (full?)", value.len()))
}

/// Forgets `key`.
pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}
