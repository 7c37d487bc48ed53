//! The end of a tour: thanks, the way home, and the other tour.

use leptos::prelude::*;
use leptos_router::components::A;

use super::with_tour;
use crate::labels::{label, Label};
use crate::ui::common::{text, Page};
use crate::ui::state::use_lang;

/// `/tour/<id>/end`.
#[component]
pub fn TourEnd() -> impl IntoView {
    with_tour(|catalogue, tour| {
        let lang = use_lang();
        let title = tour.title.clone();
        let other = catalogue.other_tour(&tour.id).map(|other| {
            let href = format!("/tour/{}", other.id);
            let other_title = other.title.clone();
            view! {
                <A href=href attr:class="big-link end-other">
                    {move || other_title.get(lang.get()).to_owned()}
                </A>
            }
        });
        view! {
            <Page
                title=Signal::derive(move || {
                    format!("{}: {}", label(Label::TourEndTitle, lang.get()), title.get(lang.get()))
                })
                class="end"
            >
                <h1>{text(Label::ThankYou)}</h1>
                <p class="end-thanks">{text(Label::TourEndThanks)}</p>
                <nav class="end-links">
                    <A href="/home" attr:class="big-link">{text(Label::BackToTours)}</A>
                    {other}
                </nav>
            </Page>
        }
        .into_any()
    })
}
