//! The end of a tour: thanks, or for a memorial a short dedication; the
//! way home, and the other tour.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{cited_sources, source_line, with_tour};
use crate::labels::{label, Label};
use crate::ui::common::{text, Page, Paragraphs, ScreenHeading};
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
        let message = match tour.dedication.clone() {
            Some(dedication) => {
                let cited = cited_sources(catalogue, &tour.dedication_sources);
                view! {
                    <ScreenHeading>{text(Label::InMemory)}</ScreenHeading>
                    <div class="end-dedication">
                        <Paragraphs text=dedication/>
                    </div>
                    <p class="step-source">{move || source_line(lang.get(), &cited)}</p>
                }
                .into_any()
            }
            None => view! {
                <ScreenHeading>{text(Label::ThankYou)}</ScreenHeading>
                <p class="end-thanks">{text(Label::TourEndThanks)}</p>
            }
            .into_any(),
        };
        view! {
            <Page
                title=Signal::derive(move || {
                    format!("{}: {}", label(Label::TourEndTitle, lang.get()), title.get(lang.get()))
                })
                class="end"
            >
                {message}
                <nav class="end-links">
                    <A href="/home" attr:class="big-link">{text(Label::BackToTours)}</A>
                    {other}
                </nav>
            </Page>
        }
        .into_any()
    })
}
