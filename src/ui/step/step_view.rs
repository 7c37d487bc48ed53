//! A step on screen: "Step n of N" with a progress bar, the title, the text
//! with glossary words marked, pictures, the plan, narration, sources, and
//! Back / Next (or Finish). Swiping left or right, or the Left and Right
//! arrow keys, move back or on.

use leptos::ev::{keydown, PointerEvent};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::{GlossaryRow, Narration};
use crate::content::{marked_paragraphs, Hotspot, Picture, Plan, Segment, Source, Step, Term};
use crate::kiosk::gesture::{classify, Swipe};
use crate::labels::{step_of, Label};
use crate::platform::{document, focus};
use crate::ui::common::{text, Figure, Page, ScreenHeading};
use crate::ui::state::use_lang;
use crate::ui::tour::{source_line, PlanMap};
use crate::ui::viewer::ImageViewer;

/// The plan to show beside a step that is a place on it.
#[derive(Clone)]
pub struct StepPlan {
    pub plan: Plan,
    pub spots: Vec<(usize, Hotspot)>,
}

/// Step `n` of `total` (counted from 1) of the tour `tour_id`.
#[component]
pub fn StepView(
    tour_id: String,
    n: usize,
    total: usize,
    step: Step,
    /// The step's sources, shown in one short line.
    cited: Vec<Source>,
    /// The glossary terms the step uses.
    #[prop(optional)]
    terms: Vec<Term>,
    /// The plan, if the step is a place on it.
    plan: Option<StepPlan>,
) -> impl IntoView {
    let lang = use_lang();
    let base = format!("/tour/{tour_id}");
    let back = if n == 1 {
        base.clone()
    } else {
        format!("{base}/step/{}", n - 1)
    };
    let (forward, forward_label) = if n == total {
        (format!("{base}/end"), Label::Finish)
    } else {
        (format!("{base}/step/{}", n + 1), Label::Next)
    };
    let title = step.title.clone();
    let spoken_title = step.title.clone();
    // "Step 3 of 11: The portal", for the live region.
    let announce = Signal::derive(move || {
        let lang = lang.get();
        format!("{}: {}", step_of(n, total, lang), spoken_title.get(lang))
    });
    let page_title = step.title.clone();
    let body = step.body.clone();
    let marked_terms = terms.clone();
    let percent = format!("{}%", n * 100 / total);
    let opened = RwSignal::new(None::<Picture>);
    // The plan, when shown with its spots, stands in for a picture of itself.
    let plan_file = plan.as_ref().map(|p| p.plan.file.clone());
    let figures = step
        .pictures
        .iter()
        .filter(|picture| plan_file.as_ref() != Some(&picture.file))
        .map(|picture| {
            let to_open = picture.clone();
            let open = Callback::new(move |()| opened.set(Some(to_open.clone())));
            view! { <Figure picture=picture.clone() on_open=open class="step-figure"/> }
        })
        .collect::<Vec<_>>();
    let viewer = move || {
        opened.get().map(|picture| {
            view! { <ImageViewer picture on_close=Callback::new(move |()| opened.set(None))/> }
        })
    };
    let plan = plan.map(|p| {
        view! {
            <PlanMap tour_id=tour_id.clone() plan=p.plan spots=p.spots current=n/>
        }
    });
    let swipe = swipe_handlers(back.clone(), forward.clone());
    arrow_keys(back.clone(), forward.clone());

    view! {
        <Page title=Signal::derive(move || page_title.get(lang.get()).to_owned()) class="step">
            <div class="step-layout" on:pointerdown=swipe.0 on:pointerup=swipe.1>
                <div class="step-main">
                    <p class="step-count">{move || step_of(n, total, lang.get())}</p>
                    <div
                        class="step-progress"
                        role="progressbar"
                        aria-valuemin="1"
                        aria-valuenow=n
                        aria-valuemax=total
                        aria-label=move || step_of(n, total, lang.get())
                        aria-valuetext=move || step_of(n, total, lang.get())
                    >
                        <div class="step-progress-fill" style:width=percent></div>
                    </div>
                    <ScreenHeading class="step-title" announce>{move || title.get(lang.get()).to_owned()}</ScreenHeading>
                    <Narration step=step.clone()/>
                    <div class="step-body">
                        {move || {
                            marked_paragraphs(&body, &marked_terms, lang.get())
                                .into_iter()
                                .map(|segments| view! { <p>{segments.into_iter().map(segment).collect::<Vec<_>>()}</p> })
                                .collect::<Vec<_>>()
                        }}
                    </div>
                    <GlossaryRow terms/>
                    <p class="step-source">{move || source_line(lang.get(), &cited)}</p>
                </div>
                <aside class="step-aside">{figures} {plan}</aside>
            </div>
            <nav class="step-nav">
                <A href=back attr:class="step-nav-link step-back">{text(Label::Back)}</A>
                <A href=forward attr:class="step-nav-link step-forward">{text(forward_label)}</A>
            </nav>
            {viewer}
        </Page>
    }
}

fn segment(segment: Segment) -> AnyView {
    match segment {
        Segment::Plain(text) => text.into_any(),
        Segment::Term(word, id) => {
            view! { <mark class="glossary-mark" data-term=id>{word}</mark> }.into_any()
        }
    }
}

/// Left and Right arrow keys go back and on, unless a dialog is open (the
/// picture viewer uses the arrows itself).
fn arrow_keys(back: String, forward: String) {
    let navigate = use_navigate();
    let handle = window_event_listener(keydown, move |ev| {
        let plain = !(ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key());
        if !plain || ev.default_prevented() || focus::dialog_open() {
            return;
        }
        let to = match ev.key().as_str() {
            "ArrowLeft" => &back,
            "ArrowRight" => &forward,
            _ => return,
        };
        ev.prevent_default();
        navigate(to, NavigateOptions::default());
    });
    on_cleanup(move || handle.remove());
}

/// Pointer handlers that turn a sideways swipe into going back or on.
fn swipe_handlers(
    back: String,
    forward: String,
) -> (
    impl Fn(PointerEvent) + 'static,
    impl Fn(PointerEvent) + 'static,
) {
    let start = StoredValue::new(None::<(f64, f64, f64)>);
    let navigate = use_navigate();
    let down = move |ev: PointerEvent| {
        // Only a gesture that starts on the step itself, not inside a dialog.
        let in_dialog = document::target_within(&ev, "[role=dialog]");
        start.set_value((!in_dialog).then(|| {
            (
                f64::from(ev.client_x()),
                f64::from(ev.client_y()),
                ev.time_stamp(),
            )
        }));
    };
    let up = move |ev: PointerEvent| {
        let Some((x, y, t)) = start.get_value() else {
            return;
        };
        start.set_value(None);
        let gesture = classify(
            f64::from(ev.client_x()) - x,
            f64::from(ev.client_y()) - y,
            ev.time_stamp() - t,
        );
        match gesture {
            Some(Swipe::Left) => navigate(&forward, NavigateOptions::default()),
            Some(Swipe::Right) => navigate(&back, NavigateOptions::default()),
            None => {}
        }
    };
    (down, up)
}
