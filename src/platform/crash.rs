//! What happens when the app fails: the cause is kept for the staff panel
//! and the shell (`shell/shell.js`) shows "One moment…" and reloads, waiting
//! longer when failures repeat.

use crate::kiosk::backoff::CrashLoop;
use crate::kiosk::idle::Millis;

use super::{clock, page, storage};

/// Where recent crash times and error messages are kept (the shell in
/// `shell/shell.js` uses the same keys).
pub const CRASHES_KEY: &str = "aghdam-kiosk.crashes";
pub const ERRORS_KEY: &str = "aghdam-kiosk.errors";
const ERRORS_KEPT: usize = 20;

/// A recorded error: when, and what.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ErrorRecord {
    pub at: f64,
    pub message: String,
}

/// Installs the panic hook: console message, record, calm restart.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        failed(&info.to_string());
    }));
}

/// Records `message` and asks the shell to restart after a backoff.
pub fn failed(message: &str) {
    record_error(message);
    let now = clock::now();
    let crash_loop = CrashLoop::default();
    let recent: Vec<Millis> = storage::get(CRASHES_KEY)
        .and_then(|s| serde_json::from_str::<Vec<u64>>(&s).ok())
        .unwrap_or_default()
        .into_iter()
        .map(Millis)
        .collect();
    let delay = crash_loop.next_reload_delay(&recent, now);
    let mut kept = crash_loop.still_recent(&recent, now);
    kept.push(now);
    let kept: Vec<u64> = kept.into_iter().map(|m| m.0).collect();
    let _ = storage::set(
        CRASHES_KEY,
        &serde_json::to_string(&kept).unwrap_or_default(),
    );
    page::crashed(message, delay);
}

/// Keeps `message` among the last errors shown to staff.
pub fn record_error(message: &str) {
    let mut errors = recent_errors();
    // Date.now() as f64, the way the shell stores it.
    #[allow(clippy::cast_precision_loss)]
    let at = clock::now().0 as f64;
    errors.push(ErrorRecord {
        at,
        message: message.to_owned(),
    });
    let skip = errors.len().saturating_sub(ERRORS_KEPT);
    let json = serde_json::to_string(&errors[skip..]).unwrap_or_default();
    let _ = storage::set(ERRORS_KEY, &json);
}

/// The last errors, oldest first.
pub fn recent_errors() -> Vec<ErrorRecord> {
    storage::get(ERRORS_KEY)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}
