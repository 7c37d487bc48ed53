//! Narration of a step: its recorded audio in the visitor's language, or,
//! without one, the browser's own voice reading the text; with neither, no
//! button at all. While narration plays, the idle warning waits.

use leptos::html::Audio;
use leptos::prelude::*;

use crate::content::{Lang, Step};
use crate::labels::{label, Label};
use crate::platform::{media, speech};
use crate::ui::common::{Glyph, Icon};
use crate::ui::state::{use_lang, Holds};

/// "Play narration" / "Pause narration" for `step`, if it can be narrated.
#[component]
pub fn Narration(step: Step) -> impl IntoView {
    let lang = use_lang();
    let holds = expect_context::<Holds>();
    let playing = RwSignal::new(false);
    Effect::new(move |_| holds.narrating.set(playing.get()));
    on_cleanup(move || {
        speech::stop();
        holds.narrating.set(false);
    });
    let step = StoredValue::new(step);
    // Rebuilt for each language: what was playing stops.
    move || {
        let lang = lang.get();
        speech::stop();
        playing.set(false);
        if let Some(file) = step.with_value(|s| s.narration.get(lang).cloned()) {
            view! { <Recorded file lang playing/> }.into_any()
        } else if speech::can_speak(lang.code()) {
            let text = step.with_value(|s| {
                let body: Vec<&str> = s.body.paragraphs(lang).collect();
                format!("{}. {}", s.title.get(lang), body.join(" "))
            });
            view! { <Spoken text lang playing/> }.into_any()
        } else {
            ().into_any()
        }
    }
}

/// The play/pause button, named for what it will do.
#[component]
fn NarrationButton(
    lang: Lang,
    playing: RwSignal<bool>,
    on_press: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button
            class="narration-button"
            aria-pressed=move || playing.get().to_string()
            on:click=move |_| on_press()
        >
            {move || view! { <Icon glyph=if playing.get() { Glyph::Pause } else { Glyph::Play }/> }}
            <span>
                {move || label(if playing.get() { Label::PauseNarration } else { Label::PlayNarration }, lang)}
            </span>
        </button>
    }
}

/// A recorded narration file, with its elapsed time.
#[component]
fn Recorded(file: String, lang: Lang, playing: RwSignal<bool>) -> impl IntoView {
    let audio = NodeRef::<Audio>::new();
    let elapsed = RwSignal::new((0.0_f64, 0.0_f64));
    let measure = move || {
        if let Some(a) = audio.get_untracked() {
            elapsed.set((a.current_time(), a.duration()));
        }
    };
    let toggle = move || {
        if let Some(element) = audio.get_untracked() {
            if playing.get_untracked() {
                media::pause(&element);
            } else {
                media::play(&element);
            }
        }
    };
    on_cleanup(move || {
        if let Some(element) = audio.get_untracked() {
            media::pause(&element);
        }
    });
    view! {
        <div class="narration">
            <NarrationButton lang playing on_press=toggle/>
            <span class="narration-time">
                {move || {
                    let (at, of) = elapsed.get();
                    format!("{} / {}", media::clock(at), media::clock(of))
                }}
            </span>
            <audio
                node_ref=audio
                src=format!("/{file}")
                preload="metadata"
                on:play=move |_| playing.set(true)
                on:pause=move |_| playing.set(false)
                on:ended=move |_| playing.set(false)
                on:timeupdate=move |_| measure()
                on:loadedmetadata=move |_| measure()
            ></audio>
        </div>
    }
}

/// The browser's voice reading `text`.
#[component]
fn Spoken(text: String, lang: Lang, playing: RwSignal<bool>) -> impl IntoView {
    let toggle = move || {
        if playing.get_untracked() {
            speech::stop();
            playing.set(false);
        } else {
            playing.set(true);
            speech::speak(&text, lang.code(), move || playing.set(false));
        }
    };
    view! {
        <div class="narration">
            <NarrationButton lang playing on_press=toggle/>
        </div>
    }
}
