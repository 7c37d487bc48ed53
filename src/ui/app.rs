//! The app: shared state, the content load, the `<html>` attributes that
//! follow the visitor's choices, and the routes of the UI contract.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::attract::AttractScreen;
use super::common::{LiveRegion, NotFound};
use super::home::HomeScreen;
use super::staff::{StaffScreen, StartedAt};
use super::state::{provide_kiosk_state, use_lang, Display};
use super::step::StepScreen;
use super::timeline::TimelineScreen;
use super::tour::{TourEnd, TourOverview};
use super::visit::{provide_usage, VisitKeeper};
use crate::content::{Catalogue, LoadError};
use crate::kiosk::backoff::Backoff;
use crate::platform::{clock, console, document, http};

/// The whole kiosk.
#[component]
pub fn App() -> impl IntoView {
    let content = RwSignal::new(None);
    provide_kiosk_state(content);
    provide_usage();
    provide_context(StartedAt(clock::now()));
    load_content(content);
    reflect_settings_on_page();
    view! { <KioskRoutes/> }
}

/// The screens, by address.
#[component]
pub fn KioskRoutes() -> impl IntoView {
    view! {
        <Router>
            <VisitKeeper/>
            <LiveRegion/>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=AttractScreen/>
                <Route path=path!("/home") view=HomeScreen/>
                <Route path=path!("/tour/:tour") view=TourOverview/>
                <Route path=path!("/tour/:tour/step/:n") view=StepScreen/>
                <Route path=path!("/tour/:tour/end") view=TourEnd/>
                <Route path=path!("/timeline") view=TimelineScreen/>
                <Route path=path!("/staff") view=StaffScreen/>
            </Routes>
        </Router>
    }
}

/// Loads the content into `content`. Files that cannot be reached (the
/// server restarting, say) are tried again with growing pauses; what loaded
/// is shown meanwhile.
pub fn load_content(content: RwSignal<Option<Catalogue>>) {
    spawn_local(async move {
        for attempt in 0.. {
            let catalogue = Catalogue::load(http::fetch_content, None).await;
            for problem in &catalogue.problems {
                console::error(&problem.to_string());
            }
            let unreachable = catalogue
                .problems
                .iter()
                .any(|p| matches!(p, LoadError::Unreachable { .. }));
            if content.with_untracked(|c| c.as_ref() != Some(&catalogue)) {
                content.set(Some(catalogue));
            }
            if !unreachable {
                break;
            }
            clock::sleep(Backoff::CONTENT.delay(attempt)).await;
        }
    });
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
    Effect::new(move |_| {
        let low = display.low_reach.get().then_some("low");
        document::set_root_attribute("data-reach", low);
    });
}
