//! The app: shared state, the content load, the `<html>` attributes that
//! follow the visitor's choices, and the routes of the UI contract.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::attract::AttractScreen;
use super::common::NotFound;
use super::home::HomeScreen;
use super::state::{provide_kiosk_state, use_lang, Display};
use super::step::StepScreen;
use super::timeline::TimelineScreen;
use super::tour::{TourEnd, TourOverview};
use crate::content::Catalogue;
use crate::platform::{console, document, http};

/// The whole kiosk.
#[component]
pub fn App() -> impl IntoView {
    let content = RwSignal::new(None);
    provide_kiosk_state(content);
    spawn_local(async move {
        let catalogue = Catalogue::load(http::fetch_content, None).await;
        for problem in &catalogue.problems {
            console::error(&problem.to_string());
        }
        content.set(Some(catalogue));
    });
    reflect_settings_on_page();
    view! { <KioskRoutes/> }
}

/// The screens, by address.
#[component]
pub fn KioskRoutes() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=AttractScreen/>
                <Route path=path!("/home") view=HomeScreen/>
                <Route path=path!("/tour/:tour") view=TourOverview/>
                <Route path=path!("/tour/:tour/step/:n") view=StepScreen/>
                <Route path=path!("/tour/:tour/end") view=TourEnd/>
                <Route path=path!("/timeline") view=TimelineScreen/>
            </Routes>
        </Router>
    }
}

/// Keeps `<html lang>` and the display attributes the CSS reads in step
/// with the visitor's choices.
fn reflect_settings_on_page() {
    let lang = use_lang();
    let display = expect_context::<Display>();
    Effect::new(move |_| document::set_root_attribute("lang", Some(lang.get().code())));
    Effect::new(move |_| {
        let large = display.larger_text.get().then_some("large");
        document::set_root_attribute("data-text-size", large);
    });
    Effect::new(move |_| {
        let high = display.high_contrast.get().then_some("high");
        document::set_root_attribute("data-contrast", high);
    });
}
