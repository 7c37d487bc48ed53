//! A step on screen: heading, "Step n of N" with a progress bar, the text,
//! its sources, and Back / Next (or Finish).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::content::Step;
use crate::labels::{label, step_of, Label};
use crate::ui::common::{text, Page};
use crate::ui::state::use_lang;

/// Step `n` of `total` (counted from 1) of the tour `tour_id`.
#[component]
pub fn StepView(
    tour_id: String,
    n: usize,
    total: usize,
    step: Step,
    /// The step's sources, one short line each ("publication, date").
    cited: Vec<String>,
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
    let page_title = step.title;
    let body = step.body;
    let percent = format!("width: {}%", n * 100 / total);
    view! {
        <Page title=Signal::derive(move || page_title.get(lang.get()).to_owned()) class="step">
            <p class="step-count">{move || step_of(n, total, lang.get())}</p>
            <div
                class="step-progress"
                role="progressbar"
                aria-valuemin="1"
                aria-valuenow=n
                aria-valuemax=total
                aria-label=move || step_of(n, total, lang.get())
            >
                <div class="step-progress-fill" style=percent></div>
            </div>
            <h1 class="step-title">{move || title.get(lang.get()).to_owned()}</h1>
            <div class="step-body">
                {move || {
                    body.paragraphs(lang.get())
                        .map(|p| view! { <p>{p.to_owned()}</p> })
                        .collect::<Vec<_>>()
                }}
            </div>
            <p class="step-source">
                {move || format!("{}: {}", label(Label::Source, lang.get()), cited.join("; "))}
            </p>
            <nav class="step-nav">
                <A href=back attr:class="step-nav-link step-back">{text(Label::Back)}</A>
                <A href=forward attr:class="step-nav-link step-forward">{text(forward_label)}</A>
            </nav>
        </Page>
    }
}
