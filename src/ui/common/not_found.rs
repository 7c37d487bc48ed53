//! The screen for an address the kiosk does not have.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{text, Page, ScreenHeading};
use crate::labels::Label;

/// "Page not found", with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let title = text(Label::PageNotFound);
    view! {
        <Page title=Signal::derive(move || title().to_owned()) class="not-found">
            <ScreenHeading>{title}</ScreenHeading>
            <p>{text(Label::PageNotFoundHelp)}</p>
            <A href="/home" attr:class="big-link">{text(Label::ChooseTour)}</A>
        </Page>
    }
}
