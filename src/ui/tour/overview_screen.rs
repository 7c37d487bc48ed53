//! A tour's overview: title, picture, introduction, "Start tour", the plan
//! with its numbered spots, the list of steps and the sources.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{cited_sources, source_line, with_tour, PlanMap};
use crate::content::{CitePart, Source};
use crate::labels::{label, Label};
use crate::ui::common::{text, Figure, Page, Paragraphs, ScreenHeading};
use crate::ui::state::use_lang;

/// `/tour/<id>`.
#[component]
pub fn TourOverview() -> impl IntoView {
    with_tour(|catalogue, tour| {
        let lang = use_lang();
        let title = tour.title.clone();
        let page_title = title.clone();
        let subtitle = tour.subtitle.clone();
        let intro = tour.introduction.clone();
        let intro_cited = cited_sources(catalogue, &tour.introduction_sources);
        let intro_sources = (!intro_cited.is_empty()).then(|| {
            view! { <p class="step-source">{move || source_line(lang.get(), &intro_cited)}</p> }
        });
        let base = format!("/tour/{}", tour.id);
        let steps = tour
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let title = step.title.clone();
                view! {
                    <li>
                        <A href=format!("{base}/step/{}", i + 1) attr:class="overview-step">
                            <span class="overview-step-number" aria-hidden="true">{i + 1}</span>
                            <span>{move || title.get(lang.get()).to_owned()}</span>
                        </A>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let hero = tour.hero.clone();
        let spots = tour.plan_spots();
        let plan = (!spots.is_empty()).then(|| {
            view! {
                <section class="overview-plan">
                    <h2>{text(Label::Plan)}</h2>
                    <PlanMap tour_id=tour.id.clone() plan=tour.plan.clone() spots/>
                </section>
            }
        });
        let mut cited: Vec<&str> = tour
            .steps
            .iter()
            .flat_map(|s| s.sources.iter().map(String::as_str))
            .collect();
        cited.sort_unstable();
        cited.dedup();
        let sources: Vec<Source> = catalogue
            .sources
            .sources
            .iter()
            .filter(|s| cited.contains(&s.id.as_str()))
            .cloned()
            .collect();
        let sources = move || {
            sources
                .iter()
                .map(|s| view! { <li>{s.citation(lang.get()).into_iter().map(cite_part).collect_view()}</li> })
                .collect_view()
        };
        view! {
            <Page
                title=Signal::derive(move || page_title.get(lang.get()).to_owned())
                class="overview"
            >
                <div class="overview-head">
                    <div class="overview-text">
                        <ScreenHeading>{move || title.get(lang.get()).to_owned()}</ScreenHeading>
                        <p class="overview-subtitle">{move || subtitle.get(lang.get()).to_owned()}</p>
                        <div class="overview-intro">
                            <Paragraphs text=intro/>
                        </div>
                        {intro_sources}
                        <A href=format!("{base}/step/1") attr:class="big-link overview-start">
                            {text(Label::StartTour)}
                        </A>
                    </div>
                    <Figure picture=hero class="overview-hero"/>
                </div>
                <div class="overview-columns">
                    <section class="overview-list">
                        <h2>{move || label(Label::StepsOfTour, lang.get())}</h2>
                        <ol class="overview-steps">{steps}</ol>
                    </section>
                    {plan}
                </div>
                <section class="overview-sources">
                    <h2>{text(Label::Sources)}</h2>
                    <ul class="overview-source-list">{sources}</ul>
                </section>
            </Page>
        }
        .into_any()
    })
}

/// A piece of a source: a title keeps its own language inside the visitor's quotes.
fn cite_part(part: CitePart) -> AnyView {
    match part {
        CitePart::Plain(text) => text.into_any(),
        CitePart::Title { text, lang } => {
            view! { <cite class="source-title" lang=lang>{text}</cite> }.into_any()
        }
    }
}
