//! Telling every visitor which screen they are on: the screen's one level-1
//! heading takes the keyboard focus when the screen appears, and the app
//! shell's one polite live region names the screen for a screen reader.

use leptos::html::H1;
use leptos::prelude::*;

use crate::platform::focus;
use crate::ui::state::Announcer;

/// The screen's `<h1>`: focused (or the control inside it, on the attract
/// screen) as soon as it is on the page, and announced.
#[component]
pub fn ScreenHeading(
    /// What the live region says; the heading's own words if not given.
    #[prop(optional, into)]
    announce: Option<Signal<String>>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let Announcer(said) = expect_context();
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        let Some(element) = heading.get() else {
            return;
        };
        focus::focus_inside(&element, "button");
        let words = match announce {
            Some(words) => words.get_untracked(),
            None => element.text_content().unwrap_or_default(),
        };
        said.set(words.trim().to_owned());
    });
    view! {
        <h1 class=format!("screen-heading {class}") tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}

/// The polite live region of the app shell, read out after a screen change.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let Announcer(said) = expect_context();
    view! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-live="screen">
            {move || said.get()}
        </p>
    }
}
