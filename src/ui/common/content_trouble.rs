//! A notice that some content could not be used: a calm sentence for the
//! visitor and, folded away, the exact problems for staff.

use leptos::prelude::*;

use super::text;
use crate::content::LoadError;
use crate::labels::Label;

/// Says which files are broken without hiding what still works.
#[component]
pub fn ContentTrouble(errors: Vec<LoadError>) -> impl IntoView {
    let details = errors
        .iter()
        .map(|e| view! { <li>{e.to_string()}</li> })
        .collect::<Vec<_>>();
    view! {
        <section class="content-trouble" role="alert">
            <p class="content-trouble-message">{text(Label::ContentTrouble)}</p>
            <p>{text(Label::ContentTroubleHelp)}</p>
            <details class="content-trouble-details">
                <summary>{text(Label::TechnicalDetail)}</summary>
                <ul lang="en">{details}</ul>
            </details>
        </section>
    }
}
