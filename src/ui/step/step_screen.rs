//! `/tour/<id>/step/<n>`: finds the step in the address and shows it.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{StepPlan, StepView};
use crate::ui::common::NotFound;
use crate::ui::tour::{cited_sources, with_tour};

/// The step named by the address, or "Page not found" if it is out of range.
#[component]
pub fn StepScreen() -> impl IntoView {
    let params = use_params_map();
    with_tour(move |catalogue, tour| {
        let n = params.read().get("n").and_then(|n| n.parse::<usize>().ok());
        let Some((n, step)) = n.and_then(|n| Some((n, tour.step(n)?.clone()))) else {
            return view! { <NotFound/> }.into_any();
        };
        let cited = cited_sources(catalogue, &step.sources);
        let terms = step
            .glossary
            .iter()
            .filter_map(|id| catalogue.glossary.find(id).cloned())
            .collect();
        let spots = tour.plan_spots();
        let plan = step.hotspot.is_some().then(|| StepPlan {
            plan: tour.plan.clone(),
            spots,
        });
        view! {
            <StepView tour_id=tour.id.clone() n total=tour.steps.len() step cited terms plan/>
        }
        .into_any()
    })
}
