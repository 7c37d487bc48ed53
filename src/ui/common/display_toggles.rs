//! "Larger text", "High contrast" and "Low reach": toggle buttons for
//! visitors who need them.

use leptos::prelude::*;

use super::{text, Glyph, Icon};
use crate::labels::Label;
use crate::ui::state::Display;

/// The three display toggles.
#[component]
pub fn DisplayToggles() -> impl IntoView {
    let display = expect_context::<Display>();
    view! {
        <div class="display-toggles">
            <Toggle label=Label::LargerText icon=view! { <span class="display-toggle-icon">"A+"</span> }.into_any() on=display.larger_text/>
            <Toggle label=Label::HighContrast icon=view! { <Icon glyph=Glyph::Contrast/> }.into_any() on=display.high_contrast/>
            <Toggle label=Label::LowReach icon=view! { <Icon glyph=Glyph::LowReach/> }.into_any() on=display.low_reach/>
        </div>
    }
}

#[component]
fn Toggle(label: Label, icon: AnyView, on: RwSignal<bool>) -> impl IntoView {
    view! {
        <button
            class="display-toggle"
            aria-pressed=move || on.get().to_string()
            on:click=move |_| on.update(|on| *on = !*on)
        >
            <span aria-hidden="true">{icon}</span>
            <span>{text(label)}</span>
        </button>
    }
}
