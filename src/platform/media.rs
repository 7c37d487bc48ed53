//! Starting and stopping recorded narration.

use web_sys::HtmlAudioElement;

/// Plays `audio`; a refused play (no file, autoplay rules) is logged.
pub fn play(audio: &HtmlAudioElement) {
    if audio.play().is_err() {
        super::console::error("narration could not be played");
    }
}

/// Pauses `audio`.
pub fn pause(audio: &HtmlAudioElement) {
    if audio.pause().is_err() {
        super::console::error("narration could not be paused");
    }
}

/// "m:ss" for a time in seconds.
pub fn clock(seconds: f64) -> String {
    let whole = if seconds.is_finite() && seconds > 0.0 {
        // Narration lasts minutes, far below u32's range.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let s = seconds as u32;
        s
    } else {
        0
    };
    format!("{}:{:02}", whole / 60, whole % 60)
}
