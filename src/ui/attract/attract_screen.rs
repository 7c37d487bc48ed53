//! One full-screen button inviting a passer-by: the places' pictures
//! cross-fade slowly and the prompt takes each language in turn. Timers of
//! seconds and CSS transitions only, so the loop costs almost no CPU.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::content::Lang;
use crate::labels::{label, touch_to_begin_all, Label};
use crate::platform::document;
use crate::ui::common::ScreenHeading;
use crate::ui::state::Content;

/// Seconds each language's prompt stays before the next.
const PROMPT_SECONDS: u64 = 3;

/// Touching anywhere opens the home screen.
#[component]
pub fn AttractScreen() -> impl IntoView {
    let navigate = use_navigate();
    let Content(content) = expect_context();
    document::set_title(&touch_to_begin_all());
    let seconds =
        content.with_untracked(|c| c.as_ref().map_or(8, |c| c.settings.attract.slide_seconds));
    // Counts up for ever; slide `i` of `n` shows while `shown % n == i`.
    let shown = RwSignal::new(0_usize);
    let prompt = RwSignal::new(0_usize);
    if let Ok(timer) = set_interval_with_handle(
        move || shown.update(|i| *i = i.wrapping_add(1)),
        Duration::from_secs(seconds.into()),
    ) {
        on_cleanup(move || timer.clear());
    }
    if let Ok(timer) = set_interval_with_handle(
        move || prompt.update(|i| *i = (*i + 1) % Lang::ALL.len()),
        Duration::from_secs(PROMPT_SECONDS),
    ) {
        on_cleanup(move || timer.clear());
    }
    // The slides of kiosk.json, once content has loaded; the combined picture until then.
    let pictures = move || {
        let files: Vec<String> = content.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.settings
                        .attract
                        .slides
                        .iter()
                        .map(|s| s.file.clone())
                        .collect()
                })
                .filter(|f: &Vec<String>| !f.is_empty())
                .unwrap_or_else(|| vec!["media/attract.svg".to_owned()])
        });
        let count = files.len();
        files
            .into_iter()
            .enumerate()
            .map(|(i, file)| {
                view! {
                    <img
                        class="attract-picture"
                        src=format!("/{file}")
                        alt=""
                        draggable="false"
                        data-shown=move || (shown.get() % count == i).to_string()
                    />
                }
            })
            .collect::<Vec<_>>()
    };
    let prompts = Lang::ALL
        .into_iter()
        .enumerate()
        .map(|(i, lang)| {
            view! {
                <span class="attract-prompt" lang=lang.code() data-shown=move || (prompt.get() == i).to_string()>
                    {label(Label::TouchToBegin, lang)}
                </span>
            }
        })
        .collect::<Vec<_>>();
    let names = Lang::ALL
        .map(|lang| {
            view! { <span class="attract-name" lang=lang.code()>{label(Label::KioskName, lang)}</span> }
        })
        .to_vec();
    // The screen's heading is the button itself, so that focus lands on it
    // after a reset and Enter (or a switch) begins at once.
    view! {
        <ScreenHeading class="attract-heading" announce=Signal::stored(touch_to_begin_all())>
            <button
                class="attract"
                aria-label=touch_to_begin_all()
                on:click=move |_| navigate("/home", NavigateOptions::default())
            >
                <span class="attract-pictures" aria-hidden="true">{pictures}</span>
                <span class="attract-panel" aria-hidden="true">
                    <span class="attract-names">{names}</span>
                    <span class="attract-prompts">{prompts}</span>
                </span>
            </button>
        </ScreenHeading>
    }
}
