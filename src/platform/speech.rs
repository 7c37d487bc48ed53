//! Reading text aloud with the browser's own voices (Web Speech API), used
//! where a step has no recorded narration. Only voices that work without a
//! network (`localService`) are used: the kiosk sends nothing away.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window().and_then(|w| w.speech_synthesis().ok())
}

/// A local voice for the language `code` ("az", "en", "tr", "ru"), if any.
fn voice(code: &str) -> Option<SpeechSynthesisVoice> {
    synth()?
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .find(|v| v.local_service() && v.lang().to_lowercase().starts_with(code))
}

/// Whether text in `code` can be read aloud here.
pub fn can_speak(code: &str) -> bool {
    voice(code).is_some()
}

/// Reads `text` aloud in `code`, calling `on_end` when it finishes or stops.
pub fn speak(text: &str, code: &str, on_end: impl FnMut() + 'static) {
    let (Some(synth), Some(voice)) = (synth(), voice(code)) else {
        return;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    let on_end = Closure::<dyn FnMut()>::new(on_end);
    utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(on_end.as_ref().unchecked_ref()));
    // The utterance lives in the browser until it ends; so must its handler.
    on_end.forget();
    synth.cancel();
    synth.speak(&utterance);
}

/// Stops any reading aloud.
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
