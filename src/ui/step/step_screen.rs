//! `/tour/<id>/step/<n>`: finds the step in the address and shows it.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::StepView;
use crate::ui::common::NotFound;
use crate::ui::tour::with_tour;

/// The step named by the address, or "Page not found" if it is out of range.
#[component]
pub fn StepScreen() -> impl IntoView {
    let params = use_params_map();
    with_tour(move |catalogue, tour| {
        let n = params.read().get("n").and_then(|n| n.parse::<usize>().ok());
        let Some((n, step)) = n.and_then(|n| Some((n, tour.step(n)?.clone()))) else {
            return view! { <NotFound/> }.into_any();
        };
        let cited = step
            .sources
            .iter()
            .filter_map(|id| catalogue.sources.find(id))
            .map(|s| format!("{}, {}", s.publication, s.date))
            .collect();
        view! {
            <StepView tour_id=tour.id.clone() n total=tour.steps.len() step cited/>
        }
        .into_any()
    })
}
