//! Messages for staff in the browser console.

/// Writes `message` to the console as an error.
pub fn error(message: &str) {
    web_sys::console::error_1(&message.into());
}

/// Writes `message` to the console as a warning: something handled, that
/// staff may still want to know.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
