//! A tour's plan with a numbered spot for each step that is a place on it,
//! and its words (the north letter) in the visitor's language.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::content::{Hotspot, Plan};
use crate::labels::step_number;
use crate::ui::common::PictureLabels;
use crate::ui::state::use_lang;

/// The plan; each spot is a link to its step, named "Step n". On a step
/// screen, `current` is that step's number and its spot is highlighted.
#[component]
pub fn PlanMap(
    tour_id: String,
    plan: Plan,
    spots: Vec<(usize, Hotspot)>,
    #[prop(optional)] current: Option<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let (width, height) = (f64::from(plan.width), f64::from(plan.height));
    let links = spots
        .into_iter()
        .map(|(n, spot)| {
            let left = f64::from(spot.x) * 100.0 / width;
            let top = f64::from(spot.y) * 100.0 / height;
            view! {
                <A
                    href=format!("/tour/{tour_id}/step/{n}")
                    exact=true
                    attr:class="plan-spot"
                    style:left=format!("{left:.2}%")
                    style:top=format!("{top:.2}%")
                    attr:aria-label=move || step_number(n, lang.get())
                    attr:data-current=(current == Some(n)).then_some("true")
                >
                    <span aria-hidden="true">{n}</span>
                </A>
            }
        })
        .collect::<Vec<_>>();
    let alt = plan.alt;
    let src = format!("/{}", plan.file);
    view! {
        <div class="plan" style:aspect-ratio=format!("{} / {}", plan.width, plan.height)>
            <img class="plan-image" src=src alt=move || alt.get(lang.get()).to_owned() draggable="false"/>
            <PictureLabels labels=plan.labels/>
            {links}
        </div>
    }
}
