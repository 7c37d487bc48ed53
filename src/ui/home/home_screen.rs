//! The home screen: a heading, the tour cards, and any content trouble.

use leptos::prelude::*;
use leptos_router::components::A;

use super::TourCard;
use crate::labels::Label;
use crate::ui::common::{text, ContentTrouble, Glyph, Icon, Loading, Page, ScreenHeading};
use crate::ui::staff::StaffCorner;
use crate::ui::state::Content;

/// Where every visit starts.
#[component]
pub fn HomeScreen() -> impl IntoView {
    let Content(content) = expect_context();
    let name = text(Label::KioskName);
    let screen = move || {
        content.with(|catalogue| {
            let Some(catalogue) = catalogue else {
                return view! { <Loading/> }.into_any();
            };
            let cards = catalogue
                .tours
                .iter()
                .map(|tour| view! { <TourCard tour=tour.clone()/> })
                .collect::<Vec<_>>();
            let trouble = (!catalogue.problems.is_empty())
                .then(|| view! { <ContentTrouble errors=catalogue.problems.clone()/> });
            view! {
                <Page title=Signal::derive(move || name().to_owned()) class="home">
                    <ScreenHeading class="home-title">{name}</ScreenHeading>
                    <p class="home-lead">{text(Label::ChooseTour)}</p>
                    <div class="home-cards">{cards}</div>
                    <A href="/timeline" attr:class="big-link home-timeline">
                        <Icon glyph=Glyph::Timeline/>
                        {text(Label::Timeline)}
                    </A>
                    {trouble}
                </Page>
            }
            .into_any()
        })
    };
    // The staff entrance works even while content loads, or if it cannot.
    view! {
        <StaffCorner/>
        {screen}
    }
}
