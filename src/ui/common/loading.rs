//! What shows while the content is on its way.

use leptos::prelude::*;

use super::{text, Page};
use crate::labels::Label;

/// A calm "Loading…" screen.
#[component]
pub fn Loading() -> impl IntoView {
    let title = text(Label::Loading);
    view! {
        <Page title=Signal::derive(move || title().to_owned()) class="loading">
            <p class="loading-text" role="status">{title}</p>
        </Page>
    }
}
