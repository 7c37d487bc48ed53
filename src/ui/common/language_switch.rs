//! The four language buttons, each named in its own language.

use leptos::prelude::*;

use super::text;
use crate::content::Lang;
use crate::labels::Label;
use crate::ui::state::use_lang;

/// Switches every visible string without leaving the screen.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let current = use_lang();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <button
                    class="language-button"
                    lang=lang.code()
                    aria-pressed=move || (current.get() == lang).to_string()
                    on:click=move |_| current.set(lang)
                >
                    {lang.native_name()}
                </button>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <div class="language-switch" role="group" aria-label=text(Label::Language)>
            {buttons}
        </div>
    }
}
