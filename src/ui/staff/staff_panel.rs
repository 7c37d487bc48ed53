//! The staff panel, in the language staff choose: content status, usage
//! figures, uptime and recent errors; reload content, test the idle
//! warning, export or clear the figures, test crash recovery, leave.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::kiosk::idle::Millis;
use crate::labels::staff::{content_status, storage_note, uptime, word, FigureLines, Word};
use crate::platform::{clock, crash, page};
use crate::ui::app::load_content;
use crate::ui::state::{use_lang, Content, StaffAccess};
use crate::ui::visit::{IdleControl, Usage};

/// When the page (and so the kiosk's uptime) began.
#[derive(Clone, Copy)]
pub struct StartedAt(pub Millis);

/// Everything staff can see and do.
#[component]
pub fn StaffPanel() -> impl IntoView {
    let note = RwSignal::new(String::new());
    view! {
        <div class="staff-panel">
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
    let lang = use_lang();
    let status = move || {
        let lang = lang.get();
        content.with(|c| match c {
            None => word(Word::ContentLoading, lang).to_owned(),
            Some(c) => {
                let steps: usize = c.tours.iter().map(|t| t.steps.len()).sum();
                let state = word(
                    if c.problems.is_empty() {
                        Word::Valid
                    } else {
                        Word::Problems
                    },
                    lang,
                );
                let schema = usize::try_from(c.settings.schema_version).unwrap_or_default();
                let counts = [
                    schema,
                    c.tours.len(),
                    steps,
                    c.glossary.terms.len(),
                    c.timeline.events.len(),
                    c.sources.sources.len(),
                ];
                content_status(counts, state, lang)
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
        note.set(word(Word::ReloadingContent, lang.get_untracked()).to_owned());
    };
    view! {
        <section>
            <h2>{move || word(Word::ContentHeading, lang.get())}</h2>
            <p>{status}</p>
            <ul class="staff-problems">{problems}</ul>
            <button class="staff-action" on:click=reload>{move || word(Word::ReloadContent, lang.get())}</button>
        </section>
    }
}

/// The usage figures, exporting and clearing them.
#[component]
fn UsageFigures(note: RwSignal<String>) -> impl IntoView {
    let usage = expect_context::<Usage>();
    let confirm_clear = RwSignal::new(false);
    let lang = use_lang();
    let figures = move || {
        let lang = lang.get();
        usage.figures.with(|f| {
            let summary = f.summary();
            let total = f.total();
            let languages = total
                .languages
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect::<Vec<_>>();
            let lines = FigureLines {
                visits: summary.sessions,
                mean_seconds: summary.mean_session_ms / 1000,
                tours: summary
                    .tours
                    .iter()
                    .map(|t| (t.tour.as_str(), t.started, t.completed, t.percent()))
                    .collect(),
                languages: languages.join(", "),
                display: (
                    total.larger_text,
                    total.high_contrast,
                    total.low_reach,
                    total.narration_plays.values().sum(),
                ),
            };
            lines
                .lines(lang)
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
            Ok(()) => format!("{} {name}", word(Word::Saved, lang.get_untracked())),
            Err(e) => e,
        });
    };
    let clear = move |_| {
        if confirm_clear.get_untracked() {
            usage.clear();
            confirm_clear.set(false);
            note.set(word(Word::FiguresCleared, lang.get_untracked()).to_owned());
        } else {
            confirm_clear.set(true);
        }
    };
    view! {
        <section>
            <h2>{move || word(Word::UsageHeading, lang.get())}</h2>
            <ul>{figures}</ul>
            {move || {
                let lang = lang.get();
                usage.notes.with(|notes| {
                    notes
                        .iter()
                        .map(|n| view! { <p class="staff-trouble">{storage_note(n, lang)}</p> })
                        .collect::<Vec<_>>()
                })
            }}
            <div class="staff-actions">
                <button class="staff-action" on:click=move |_| export(true)>{move || word(Word::ExportCsv, lang.get())}</button>
                <button class="staff-action" on:click=move |_| export(false)>{move || word(Word::ExportJson, lang.get())}</button>
                <button class="staff-action" on:click=clear>
                    {move || word(if confirm_clear.get() { Word::PressAgain } else { Word::ClearFigures }, lang.get())}
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
    let lang = use_lang();
    let uptime = move || uptime(clock::now().since(started) / 60_000, lang.get());
    let errors = move || {
        let errors = crash::recent_errors();
        if errors.is_empty() {
            return vec![view! { <li>{word(Word::NoErrors, lang.get()).to_owned()}</li> }];
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
            <h2>{move || word(Word::KioskHeading, lang.get())}</h2>
            <p>{uptime}</p>
            <h3>{move || word(Word::LastErrors, lang.get())}</h3>
            <ul class="staff-errors">{errors}</ul>
            <div class="staff-actions">
                <button class="staff-action" on:click=move |_| idle.force_warning()>{move || word(Word::TestWarning, lang.get())}</button>
                <button class="staff-action" on:click=move |_| crash_for_test()>{move || word(Word::TestCrash, lang.get())}</button>
                <button class="staff-action staff-leave" on:click=leave>{move || word(Word::Leave, lang.get())}</button>
            </div>
        </section>
    }
}

/// A deliberate failure, so staff can see the kiosk recover by itself.
#[allow(clippy::panic)]
fn crash_for_test() {
    panic!("crash recovery test started from the staff panel");
}
