//! The frame of every screen but the attract screen: the top bar (Home,
//! language, display settings) above the screen's own content (below it,
//! with "Low reach" on), and the document title naming the screen.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{text, DisplayToggles, LanguageSwitch};
use crate::labels::{document_title, Label};
use crate::platform::document;
use crate::ui::state::use_lang;

/// A screen with the kiosk's top bar.
#[component]
pub fn Page(
    /// What the screen is, in the visitor's language: the document title starts with it.
    #[prop(into)]
    title: Signal<String>,
    /// A class for the screen's main area, named after the feature.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    Effect::new(move |_| document::set_title(&document_title(&title.get(), lang.get())));
    view! {
        <div class="page">
            // With "Low reach" on, the top of the screen holds no control, only
            // the screen's name (the heading below says it to screen readers).
            <p class="reach-title" aria-hidden="true">{title}</p>
            <header class="top-bar">
                <A href="/home" attr:class="top-bar-home">{text(Label::Home)}</A>
                <LanguageSwitch/>
                <DisplayToggles/>
            </header>
            <main class=format!("page-main {class}")>{children()}</main>
        </div>
    }
}
