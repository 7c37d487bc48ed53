//! Browser tests of the components with logic, in headless Chromium
//! (wasm-bindgen-test). The runner serves no `public/` files, so each test
//! gives its component the content it needs.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use aghdam_kiosk::content::{Catalogue, Lang, Source, Step};
use aghdam_kiosk::ui::common::LanguageSwitch;
use aghdam_kiosk::ui::state::{provide_kiosk_state, Language};
use aghdam_kiosk::ui::step::{GlossaryRow, StepView};
use aghdam_kiosk::ui::tour::PlanMap;
use aghdam_kiosk::ui::visit::IdleWarning;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root.unchecked_into()
}

/// A dated source, written out in the visitor's language, and one without a date.
fn sources() -> Vec<Source> {
    serde_json::from_str(
        r#"[{ "id": "s7", "publication": "Wikipedia", "title": "Ağdam Cümə məscidi", "lang": "az",
              "date": "2024-04-25", "url": "https://example.org/" },
            { "id": "s10", "publication": "agdam.org", "title": "Ağdam Cümə Məscidi", "lang": "az",
              "url": "http://agdam.org/" }]"#,
    )
    .unwrap()
}

fn step() -> Step {
    serde_json::from_str(
        r#"{
            "id": "hall",
            "title": {"az": "Namaz zalı", "en": "The prayer hall", "tr": "Namaz salonu", "ru": "Молитвенный зал"},
            "body": {"az": "Bir.\n\nİki.", "en": "One.\n\nTwo.", "tr": "Bir.\n\nİki.", "ru": "Один.\n\nДва."},
            "sources": ["s7"]
        }"#,
    )
    .unwrap()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// A step in the middle: "Step n of N", a progress bar with the right
/// values, paragraphs, and links back and on; switching language changes it.
#[wasm_bindgen_test]
async fn step_view_shows_progress_and_follows_the_language() {
    let root = fresh_root();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        provide_kiosk_state(RwSignal::new(Some(Catalogue::default())));
        view! {
            <Router>
                <StepView tour_id="aghdam-mosque".to_owned() n=2 total=11 step=step() cited=sources() plan=None/>
                <LanguageSwitch/>
            </Router>
        }
    });
    leptos::task::tick().await;

    assert_eq!(text_of(&root, ".step-count"), "Addım 2 / 11");
    let bar = root.query_selector("[role=progressbar]").unwrap().unwrap();
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("2"));
    assert_eq!(bar.get_attribute("aria-valuemin").as_deref(), Some("1"));
    assert_eq!(bar.get_attribute("aria-valuemax").as_deref(), Some("11"));
    assert_eq!(root.query_selector_all(".step-body p").unwrap().length(), 2);
    let back = root.query_selector(".step-back").unwrap().unwrap();
    assert_eq!(
        back.get_attribute("href").as_deref(),
        Some("/tour/aghdam-mosque/step/1")
    );
    let next = root.query_selector(".step-forward").unwrap().unwrap();
    assert_eq!(
        next.get_attribute("href").as_deref(),
        Some("/tour/aghdam-mosque/step/3")
    );
    assert_eq!(next.text_content().as_deref(), Some("İrəli"));
    assert_eq!(
        text_of(&root, ".step-source"),
        "Mənbələr: Wikipedia, 25\u{a0}aprel\u{a0}2024; agdam.org"
    );

    let english: web_sys::HtmlElement = root
        .query_selector("button[lang=en]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    english.click();
    leptos::task::tick().await;

    assert_eq!(text_of(&root, ".step-count"), "Step 2 of 11");
    assert_eq!(text_of(&root, "h1"), "The prayer hall");
    assert_eq!(text_of(&root, ".step-forward"), "Next");
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        text_of(&root, ".step-source"),
        "Sources: Wikipedia, 25\u{a0}April\u{a0}2024; agdam.org"
    );
}

/// The last step offers "Finish", leading to the end screen; the first
/// step's "Back" leads to the overview.
#[wasm_bindgen_test]
async fn first_and_last_steps_lead_out_of_the_tour() {
    let root = fresh_root();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        provide_kiosk_state(RwSignal::new(None));
        expect_context::<Language>().0.set(Lang::En);
        view! {
            <Router>
                <div class="first">
                    <StepView tour_id="t".to_owned() n=1 total=3 step=step() cited=vec![] plan=None/>
                </div>
                <div class="last">
                    <StepView tour_id="t".to_owned() n=3 total=3 step=step() cited=vec![] plan=None/>
                </div>
            </Router>
        }
    });
    leptos::task::tick().await;

    let href = |selector: &str| {
        root.query_selector(selector)
            .unwrap()
            .unwrap()
            .get_attribute("href")
    };
    assert_eq!(href(".first .step-back").as_deref(), Some("/tour/t"));
    assert_eq!(href(".last .step-forward").as_deref(), Some("/tour/t/end"));
    assert_eq!(text_of(&root, ".last .step-forward"), "Finish");
}

fn term() -> aghdam_kiosk::content::Term {
    serde_json::from_str(
        r#"{
            "id": "mihrab",
            "term": {"az": "Mehrab", "en": "Mihrab", "tr": "Mihrap", "ru": "Михраб"},
            "definition": {"az": "Taxça.", "en": "A niche in the qibla wall.", "tr": "Niş.", "ru": "Ниша."},
            "sources": []
        }"#,
    )
    .unwrap()
}

/// A glossary button opens a dialog with the term's definition; Close closes it.
#[wasm_bindgen_test]
async fn glossary_buttons_open_and_close_definitions() {
    let root = fresh_root();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        provide_kiosk_state(RwSignal::new(None));
        expect_context::<Language>().0.set(Lang::En);
        view! { <GlossaryRow terms=vec![term()]/> }
    });
    leptos::task::tick().await;
    assert!(root.query_selector("[role=dialog]").unwrap().is_none());
    let button: web_sys::HtmlElement = root
        .query_selector(".glossary-button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Mihrab"));
    button.click();
    leptos::task::tick().await;
    let dialog = root
        .query_selector("[role=dialog]")
        .unwrap()
        .expect("a dialog");
    assert_eq!(
        dialog.get_attribute("aria-label").as_deref(),
        Some("Mihrab")
    );
    assert!(dialog
        .text_content()
        .unwrap_or_default()
        .contains("A niche in the qibla wall."));
    let close: web_sys::HtmlElement = root
        .query_selector(".dialog-close")
        .unwrap()
        .unwrap()
        .unchecked_into();
    close.click();
    leptos::task::tick().await;
    assert!(root.query_selector("[role=dialog]").unwrap().is_none());
}

/// Hotspots sit at their place on the plan, are named "Step n", and the
/// current step's is marked.
#[wasm_bindgen_test]
async fn plan_spots_are_placed_named_and_marked() {
    let root = fresh_root();
    let plan: aghdam_kiosk::content::Plan = serde_json::from_str(
        r#"{"file": "media/plan.svg", "width": 600, "height": 700,
            "alt": {"az": "Plan", "en": "The plan", "tr": "Kat planı", "ru": "План"}}"#,
    )
    .unwrap();
    let spots = vec![
        (2, aghdam_kiosk::content::Hotspot { x: 300, y: 350 }),
        (5, aghdam_kiosk::content::Hotspot { x: 60, y: 700 }),
    ];
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_kiosk_state(RwSignal::new(None));
        expect_context::<Language>().0.set(Lang::Ru);
        view! { <Router><PlanMap tour_id="t".to_owned() plan spots current=5/></Router> }
    });
    leptos::task::tick().await;
    let links = root.query_selector_all(".plan-spot").unwrap();
    assert_eq!(links.length(), 2);
    let first: web_sys::Element = links.get(0).unwrap().unchecked_into();
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("/tour/t/step/2")
    );
    assert_eq!(
        first.get_attribute("aria-label").as_deref(),
        Some("Остановка 2")
    );
    assert_eq!(
        // Set through the CSSOM (a style attribute would break the security policy).
        first.get_attribute("style").as_deref(),
        Some("left: 50%; top: 50%;")
    );
    let second: web_sys::Element = links.get(1).unwrap().unchecked_into();
    assert_eq!(
        second.get_attribute("style").as_deref(),
        Some("left: 10%; top: 100%;")
    );
    assert_eq!(
        second.get_attribute("data-current").as_deref(),
        Some("true")
    );
    assert_eq!(first.get_attribute("data-current"), None);
}

/// The idle warning is an alertdialog named by its question, counting down
/// in the visitor's language.
#[wasm_bindgen_test]
async fn idle_warning_counts_down_in_the_visitors_language() {
    let root = fresh_root();
    let left = RwSignal::new(30_u32);
    let continued = RwSignal::new(false);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_kiosk_state(RwSignal::new(None));
        expect_context::<Language>().0.set(Lang::Tr);
        view! { <IdleWarning seconds_left=left on_continue=Callback::new(move |()| continued.set(true))/> }
    });
    leptos::task::tick().await;
    let dialog = root
        .query_selector("[role=alertdialog]")
        .unwrap()
        .expect("the warning");
    assert_eq!(text_of(&root, "#idle-warning-title"), "Hâlâ orada mısınız?");
    assert_eq!(
        dialog.get_attribute("aria-labelledby").as_deref(),
        Some("idle-warning-title")
    );
    assert!(text_of(&root, ".idle-countdown").contains("30 saniye"));
    left.set(7);
    leptos::task::tick().await;
    assert!(text_of(&root, ".idle-countdown").contains("7 saniye"));
    let button: web_sys::HtmlElement = root
        .query_selector(".idle-continue")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    assert!(continued.get_untracked());
}
