//! A large card that opens a tour.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::content::{Lang, Tour};
use crate::labels::{about_minutes, step_count};
use crate::ui::state::use_lang;

/// A tour's title, subtitle and length; the whole card is the link.
#[component]
pub fn TourCard(tour: Tour) -> impl IntoView {
    let lang = use_lang();
    let href = format!("/tour/{}", tour.id);
    let steps = tour.steps.len();
    let picture = format!("/{}", tour.hero.file);
    let minutes = StoredValue::new(Lang::ALL.map(|l| tour.minutes(l)));
    let title = tour.title.clone();
    let subtitle = tour.subtitle;
    view! {
        <A href=href attr:class="tour-card">
            <img class="tour-card-picture" src=picture alt="" />
            <span class="tour-card-text">
                <span class="tour-card-title">{move || title.get(lang.get()).to_owned()}</span>
                <span class="tour-card-subtitle">{move || subtitle.get(lang.get()).to_owned()}</span>
                <span class="tour-card-steps">
                    {move || {
                        let lang = lang.get();
                        format!("{} · {}", step_count(steps, lang), about_minutes(minutes.get_value()[lang_index(lang)], lang))
                    }}
                </span>
            </span>
        </A>
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}
