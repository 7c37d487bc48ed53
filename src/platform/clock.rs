//! The time, from the browser's `Date` (so a test's fake clock drives it).

use crate::kiosk::idle::Millis;

/// Milliseconds since 1970: the kiosk's clock for idle, sessions and crashes.
pub fn now() -> Millis {
    // Date.now() is a whole, positive number of milliseconds.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Millis(js_sys::Date::now() as u64)
}

/// Today's local date, "YYYY-MM-DD", and the minutes since local midnight.
pub fn local_day_and_minute() -> (String, u32) {
    let date = js_sys::Date::new_0();
    let day = format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    );
    (day, date.get_hours() * 60 + date.get_minutes())
}

/// Waits `ms` milliseconds (through `setTimeout`, so a fake clock drives it).
pub async fn sleep(ms: u64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            // Delays are minutes at most: they fit in i32 milliseconds.
            let ms = i32::try_from(ms).unwrap_or(i32::MAX);
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A `Date.now()` value as local date and time, for staff.
pub fn describe(at: f64) -> String {
    let date = js_sys::Date::new(&at.into());
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}
