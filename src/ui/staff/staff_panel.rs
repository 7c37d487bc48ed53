//! The staff panel (in English, for staff only): content status, usage
//! figures, uptime and recent errors; reload content, test the idle
//! warning, export or clear the figures, test crash recovery, leave.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::kiosk::idle::Millis;
use crate::platform::{clock, crash, page};
use crate::ui::app::load_content;
use crate::ui::state::{Content, StaffAccess};
use crate::ui::visit::{IdleControl, Usage};

/// When the page (and so the kiosk's uptime) began.
#[derive(Clone, Copy)]
pub struct StartedAt(pub Millis);

/// Everything staff can see and do.
#[component]
pub fn StaffPanel() -> impl IntoView {
    let note = RwSignal::new(String::new());
    view! {
        <div class="staff-panel" lang="en">
            <ContentStatus note/>
            <UsageFigures note/>
            <KioskHealth/>
            <p class="staff-note" role="status">{move || note.get()}</p>
        </div>
    }
}

/// What content is loaded, its problems, and reloading it.
#[component]
fn ContentStatus(note: RwSignal<String>) -> impl IntoView {
    let Content(content) = expect_context();
    let status = move || {
        content.with(|c| match c {
            None => "Content is loading…".to_owned(),
            Some(c) => {
                let steps: usize = c.tours.iter().map(|t| t.steps.len()).sum();
                let state = if c.problems.is_empty() { "valid" } else { "PROBLEMS (see below)" };
                format!(
                    "Schema version {} · {} tours · {steps} steps · {} glossary terms · {} timeline events · {} sources · {state}",
                    c.settings.schema_version,
                    c.tours.len(),
                    c.glossary.terms.len(),
                    c.timeline.events.len(),
                    c.sources.sources.len(),
                )
            }
        })
    };
    let problems = move || {
        content.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.problem_lines()
                        .into_iter()
                        .map(|l| view! { <li>{l}</li> })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let reload = move |_| {
        load_content(content);
        note.set("Reloading content…".to_owned());
    };
    view! {
        <section>
            <h2>"Content"</h2>
            <p>{status}</p>
            <ul class="staff-problems">{problems}</ul>
            <button class="staff-action" on:click=reload>"Reload content"</button>
        </section>
    }
}

/// The usage figures, exporting and clearing them.
#[component]
fn UsageFigures(note: RwSignal<String>) -> impl IntoView {
    let usage = expect_context::<Usage>();
    let confirm_clear = RwSignal::new(false);
    let figures = move || {
        usage.figures.with(|f| {
            let summary = f.summary();
            let total = f.total();
            let mut lines = vec![
                format!("Visits: {}", summary.sessions),
                format!("Mean visit: {} s", summary.mean_session_ms / 1000),
            ];
            lines.extend(summary.tours.iter().map(|t| {
                format!(
                    "{}: {} started, {} completed ({}%)",
                    t.tour,
                    t.started,
                    t.completed,
                    t.percent()
                )
            }));
            lines.push(format!(
                "Languages: {}",
                total
                    .languages
                    .iter()
                    .map(|(l, n)| format!("{l} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            lines.push(format!(
                "Larger text: {} · High contrast: {} · Narration plays: {}",
                total.larger_text,
                total.high_contrast,
                total.narration_plays.values().sum::<u64>()
            ));
            lines
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect::<Vec<_>>()
        })
    };
    let export = move |csv: bool| {
        let (day, _) = clock::local_day_and_minute();
        let (name, mime, text) = usage.figures.with_untracked(|f| {
            if csv {
                (
                    format!("aghdam-kiosk-figures-{day}.csv"),
                    "text/csv",
                    f.to_csv(),
                )
            } else {
                (
                    format!("aghdam-kiosk-figures-{day}.json"),
                    "application/json",
                    f.to_json(),
                )
            }
        });
        note.set(match page::download(&name, mime, &text) {
            Ok(()) => format!("Saved {name}"),
            Err(e) => e,
        });
    };
    let clear = move |_| {
        if confirm_clear.get_untracked() {
            usage.clear();
            confirm_clear.set(false);
            note.set("Usage figures cleared.".to_owned());
        } else {
            confirm_clear.set(true);
        }
    };
    view! {
        <section>
            <h2>"Usage figures"</h2>
            <ul>{figures}</ul>
            <p class="staff-trouble">{move || usage.trouble.get().unwrap_or_default()}</p>
            <div class="staff-actions">
                <button class="staff-action" on:click=move |_| export(true)>"Export CSV"</button>
                <button class="staff-action" on:click=move |_| export(false)>"Export JSON"</button>
                <button class="staff-action" on:click=clear>
                    {move || if confirm_clear.get() { "Press again to clear" } else { "Clear figures" }}
                </button>
            </div>
        </section>
    }
}

/// Uptime, recent errors, tests of the idle warning and of crash recovery,
/// and the way out of staff mode.
#[component]
fn KioskHealth() -> impl IntoView {
    let idle = expect_context::<IdleControl>();
    let StaffAccess(unlocked) = expect_context();
    let started = use_context::<StartedAt>().map_or_else(clock::now, |s| s.0);
    let navigate = use_navigate();
    let uptime = move || {
        let minutes = clock::now().since(started) / 60_000;
        format!("Running for {} h {:02} min", minutes / 60, minutes % 60)
    };
    let errors = move || {
        let errors = crash::recent_errors();
        if errors.is_empty() {
            return vec![view! { <li>{"No errors recorded.".to_owned()}</li> }];
        }
        errors
            .into_iter()
            .rev()
            .map(|e| view! { <li>{format!("{}: {}", clock::describe(e.at), e.message)}</li> })
            .collect()
    };
    let leave = move |_| {
        unlocked.set(false);
        navigate("/home", NavigateOptions::default());
    };
    view! {
        <section>
            <h2>"Kiosk"</h2>
            <p>{uptime}</p>
            <h3>"Last errors"</h3>
            <ul class="staff-errors">{errors}</ul>
            <div class="staff-actions">
                <button class="staff-action" on:click=move |_| idle.force_warning()>"Test idle warning"</button>
                <button class="staff-action" on:click=move |_| crash_for_test()>"Test crash recovery"</button>
                <button class="staff-action staff-leave" on:click=leave>"Leave staff mode"</button>
            </div>
        </section>
    }
}

/// A deliberate failure, so staff can see the kiosk recover by itself.
#[allow(clippy::panic)]
fn crash_for_test() {
    panic!("crash recovery test started from the staff panel");
}
