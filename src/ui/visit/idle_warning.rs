//! "Are you still there?": the idle warning with its countdown.

use leptos::prelude::*;

use crate::content::Lang;
use crate::labels::{label, Label};
use crate::ui::state::use_lang;

/// The warning; `seconds_left` counts down, `on_continue` keeps the visit
/// (from the button or a touch anywhere on the dimmed screen).
#[component]
pub fn IdleWarning(
    #[prop(into)] seconds_left: Signal<u32>,
    on_continue: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="dialog-backdrop idle-backdrop" on:click=move |_| on_continue.run(())>
            <div
                class="dialog idle-warning"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="idle-warning-title"
                aria-describedby="idle-warning-countdown"
            >
                <h2 id="idle-warning-title">{move || label(Label::StillThere, lang.get())}</h2>
                <p id="idle-warning-countdown" class="idle-countdown">
                    {move || countdown(seconds_left.get(), lang.get())}
                </p>
                <button class="big-button idle-continue" on:click=move |_| on_continue.run(())>
                    {move || label(Label::Continue, lang.get())}
                </button>
            </div>
        </div>
    }
}

fn countdown(seconds: u32, lang: Lang) -> String {
    match lang {
        Lang::Az => format!("Bələdçi {seconds} saniyədən sonra əvvələ qayıdacaq."),
        Lang::En => format!("The guide will start again in {seconds} s."),
        Lang::Tr => format!("Rehber {seconds} saniye sonra baştan başlayacak."),
        Lang::Ru => format!("Через {seconds}\u{a0}с путеводитель вернётся к началу."),
    }
}
