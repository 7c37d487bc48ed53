//! `/timeline`: dated events of both places, oldest first, each with the
//! tours it belongs to and its sources; a visitor can show one place only.

use leptos::prelude::*;

use crate::labels::{label, Label};
use crate::ui::common::{text, Loading, Page, ScreenHeading};
use crate::ui::state::{use_lang, Content};
use crate::ui::tour::{cited_sources, source_line};

/// The timeline screen.
#[component]
pub fn TimelineScreen() -> impl IntoView {
    let Content(content) = expect_context();
    let lang = use_lang();
    // `None` shows every event; `Some(id)` only those of that tour.
    let only = RwSignal::new(None::<String>);
    let title = text(Label::Timeline);
    move || {
        content.with(|catalogue| {
            let Some(catalogue) = catalogue else {
                return view! { <Loading/> }.into_any();
            };
            let filters = catalogue
                .tours
                .iter()
                .map(|tour| {
                    let id = tour.id.clone();
                    let pressed_id = id.clone();
                    let name = tour.title.clone();
                    view! {
                        <button
                            class="timeline-filter"
                            aria-pressed=move || (only.get().as_deref() == Some(pressed_id.as_str())).to_string()
                            on:click=move |_| {
                                only.update(|o| *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) });
                            }
                        >
                            {move || name.get(lang.get()).to_owned()}
                        </button>
                    }
                })
                .collect::<Vec<_>>();
            let events = catalogue
                .timeline
                .events
                .iter()
                .map(|event| {
                    let date = event.date;
                    let text = event.text.clone();
                    let cited = cited_sources(catalogue, &event.sources);
                    let tours = event.tours.clone();
                    let tags = event
                        .tours
                        .iter()
                        .filter_map(|id| catalogue.tour(id))
                        .map(|tour| {
                            let name = tour.title.clone();
                            view! { <span class="timeline-tag">{move || name.get(lang.get()).to_owned()}</span> }
                        })
                        .collect::<Vec<_>>();
                    view! {
                        <li
                            class="timeline-event"
                            hidden=move || only.get().is_some_and(|id| !tours.contains(&id))
                        >
                            <p class="timeline-date">
                                {move || date.heading(lang.get())}
                            </p>
                            <div class="timeline-text">
                                <p>{move || text.get(lang.get()).to_owned()}</p>
                                <p class="timeline-tags">{tags}</p>
                                <p class="step-source">{move || source_line(lang.get(), &cited)}</p>
                            </div>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <Page title=Signal::derive(move || title().to_owned()) class="timeline">
                    <ScreenHeading>{title}</ScreenHeading>
                    <p class="timeline-lead">{move || label(Label::TimelineLead, lang.get())}</p>
                    <div class="timeline-filters">{filters}</div>
                    <ol class="timeline-events">{events}</ol>
                </Page>
            }
            .into_any()
        })
    }
}
