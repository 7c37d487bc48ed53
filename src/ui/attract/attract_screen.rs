//! One full-screen button inviting a passer-by, in all four languages.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::content::Lang;
use crate::labels::{label, touch_to_begin_all, Label};
use crate::platform::document;

/// Touching anywhere opens the home screen.
#[component]
pub fn AttractScreen() -> impl IntoView {
    let navigate = use_navigate();
    document::set_title(&touch_to_begin_all());
    let prompts = Lang::ALL
        .map(|lang| {
            view! {
                <span class="attract-prompt" lang=lang.code()>
                    {label(Label::TouchToBegin, lang)}
                </span>
            }
        })
        .to_vec();
    let names = Lang::ALL
        .map(|lang| {
            view! {
                <span class="attract-name" lang=lang.code()>{label(Label::KioskName, lang)}</span>
            }
        })
        .to_vec();
    view! {
        <button
            class="attract"
            aria-label=touch_to_begin_all()
            on:click=move |_| navigate("/home", NavigateOptions::default())
        >
            <img class="attract-picture" src="/media/attract.svg" alt="" />
            <span class="attract-names" aria-hidden="true">{names}</span>
            <span class="attract-prompts" aria-hidden="true">{prompts}</span>
        </button>
    }
}
