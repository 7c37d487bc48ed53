//! "Larger text" and "High contrast": toggle buttons for visitors who need them.

use leptos::prelude::*;

use super::text;
use crate::labels::Label;
use crate::ui::state::Display;

/// The two display toggles.
#[component]
pub fn DisplayToggles() -> impl IntoView {
    let display = expect_context::<Display>();
    view! {
        <div class="display-toggles">
            <Toggle label=Label::LargerText icon="A+" on=display.larger_text/>
            <Toggle label=Label::HighContrast icon="◐" on=display.high_contrast/>
        </div>
    }
}

#[component]
fn Toggle(label: Label, icon: &'static str, on: RwSignal<bool>) -> impl IntoView {
    view! {
        <button
            class="display-toggle"
            aria-pressed=move || on.get().to_string()
            on:click=move |_| on.update(|on| *on = !*on)
        >
            <span class="display-toggle-icon" aria-hidden="true">{icon}</span>
            <span>{text(label)}</span>
        </button>
    }
}
