//! "Are you still there?": the idle warning with its countdown.

use leptos::ev::KeyboardEvent;
use leptos::html::Div;
use leptos::prelude::*;

use crate::content::Lang;
use crate::labels::{label, Label};
use crate::platform::focus;
use crate::ui::common::keep_focus;
use crate::ui::state::use_lang;

/// Seconds left when a screen reader hears the countdown a second time.
const SAY_AGAIN_AT: u32 = 10;

/// The warning; `seconds_left` counts down, `on_continue` keeps the visit
/// (from the button, Escape, or a touch anywhere on the dimmed screen).
/// The countdown on screen changes every second, but a screen reader hears
/// it only when the warning appears and again at 10 s.
#[component]
pub fn IdleWarning(
    #[prop(into)] seconds_left: Signal<u32>,
    on_continue: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let boxed = NodeRef::<Div>::new();
    keep_focus(boxed, ".idle-continue");
    // Empty at first, so that the live region is on the page before it speaks.
    let spoken = RwSignal::new(String::new());
    Effect::new(move |said: Option<u32>| {
        let seconds = seconds_left.get();
        let say = match said {
            None => true,
            // Once, as the countdown reaches (or, after a slow tick, passes) 10 s.
            Some(said) => seconds <= SAY_AGAIN_AT && said > SAY_AGAIN_AT,
        };
        if say {
            spoken.set(countdown(seconds, lang.get_untracked()));
        }
        seconds
    });
    let keys = move |ev: KeyboardEvent| {
        focus::keep_tab_inside(&ev);
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_continue.run(());
        }
    };
    view! {
        <div class="dialog-backdrop idle-backdrop" on:click=move |_| on_continue.run(())>
            <div
                class="dialog idle-warning"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="idle-warning-title"
                aria-describedby="idle-warning-countdown"
                tabindex="-1"
                node_ref=boxed
                on:keydown=keys
            >
                <h2 id="idle-warning-title">{move || label(Label::StillThere, lang.get())}</h2>
                <p id="idle-warning-countdown" class="idle-countdown">
                    {move || countdown(seconds_left.get(), lang.get())}
                </p>
                <p class="visually-hidden" aria-live="polite" data-live="countdown">{move || spoken.get()}</p>
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
