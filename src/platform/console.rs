//! Messages for staff in the browser console.

/// Writes `message` to the console as an error.
pub fn error(message: &str) {
    web_sys::console::error_1(&message.into());
}
