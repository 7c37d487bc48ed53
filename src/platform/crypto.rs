//! Checking the staff PIN with the browser's `WebCrypto` (PBKDF2-HMAC-SHA256),
//! the same derivation `cargo xtask set-passcode` stores.

use std::fmt::Write as _;

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The hex PBKDF2-HMAC-SHA256 of `pin` with the hex `salt`.
///
/// # Errors
/// When `WebCrypto` is unavailable (it needs https or localhost) or the salt is not hex.
pub async fn pbkdf2_hex(pin: &str, salt_hex: &str, iterations: u32) -> Result<String, String> {
    let fail = |e: JsValue| format!("WebCrypto: {e:?}");
    let salt = from_hex(salt_hex).ok_or("the salt is not hex")?;
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or("no WebCrypto here")?
        .subtle();
    let usages: Array = std::iter::once(JsValue::from_str("deriveBits")).collect();
    let key = subtle
        .import_key_with_str(
            "raw",
            &Uint8Array::from(pin.as_bytes()),
            "PBKDF2",
            false,
            &usages,
        )
        .map_err(fail)?;
    let key: web_sys::CryptoKey = JsFuture::from(key).await.map_err(fail)?.unchecked_into();
    let params = Object::new();
    for (name, value) in [
        ("name", JsValue::from_str("PBKDF2")),
        ("hash", JsValue::from_str("SHA-256")),
        ("salt", Uint8Array::from(salt.as_slice()).into()),
        ("iterations", iterations.into()),
    ] {
        Reflect::set(&params, &name.into(), &value).map_err(fail)?;
    }
    let bits = subtle
        .derive_bits_with_object(&params, &key, 256)
        .map_err(fail)?;
    let bits = JsFuture::from(bits).await.map_err(fail)?;
    let hex = Uint8Array::new(&bits)
        .to_vec()
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        });
    Ok(hex)
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}
