//! Finds the tour named by the `:tour` address segment, or explains why not.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::content::{tour_file, Catalogue, Tour};
use crate::ui::common::{ContentTrouble, Loading, NotFound, Page};
use crate::ui::state::Content;

/// Renders `screen` for the tour in the address: "Loading…" while content
/// arrives, the trouble notice if its file is broken, "Page not found" if
/// there is no such tour.
pub fn with_tour<F>(screen: F) -> impl IntoView
where
    F: Fn(&Catalogue, &Tour) -> AnyView + Send + Sync + 'static,
{
    let Content(content) = expect_context();
    let params = use_params_map();
    move || {
        let id = params.read().get("tour").unwrap_or_default();
        content.with(|catalogue| {
            let Some(catalogue) = catalogue else {
                return view! { <Loading/> }.into_any();
            };
            if let Some(tour) = catalogue.tour(&id) {
                return screen(catalogue, tour);
            }
            let errors = catalogue.problems_of(&tour_file(&id));
            if errors.is_empty() {
                view! { <NotFound/> }.into_any()
            } else {
                view! {
                    <Page title=id.clone()>
                        <ContentTrouble errors/>
                    </Page>
                }
                .into_any()
            }
        })
    }
}
