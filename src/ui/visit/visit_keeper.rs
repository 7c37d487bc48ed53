//! Keeps each visit: every touch anywhere is activity; after a quiet spell
//! the kiosk asks "Are you still there?", then resets so that no trace of
//! the visitor remains; each visit's figures are saved; at night, when no
//! one is visiting, the kiosk restarts itself afresh.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use super::{IdleWarning, Usage};
use crate::kiosk::idle::{Hold, Idle, IdleEvent, IdlePhase, IdleTiming, Millis};
use crate::kiosk::schedule::{due_reload, LocalTime};
use crate::kiosk::session::{Screen, Session};
use crate::platform::{clock, input, page, speech};
use crate::ui::state::{use_lang, Content, Display, Holds, StaffAccess};

/// Assumed time a visitor spent on the last screen of a visit when no
/// figures say better.
const DEFAULT_DWELL_MS: u64 = 20_000;

/// The idle state machine, for screens that steer it (staff's test button).
#[derive(Clone, Copy)]
pub struct IdleControl {
    idle: StoredValue<Idle>,
    phase: RwSignal<IdlePhase>,
}

impl IdleControl {
    /// Shows the idle warning now, as if the visitor had gone quiet.
    pub fn force_warning(self) {
        let now = clock::now();
        self.idle.update_value(|i| {
            i.force_warning(now);
        });
        self.phase.set(self.idle.with_value(|i| i.phase(now)));
    }
}

/// Watches the visit; renders the idle warning when it is due.
#[component]
pub fn VisitKeeper() -> impl IntoView {
    let lang = use_lang();
    let display = expect_context::<Display>();
    let Content(content) = expect_context();
    let usage = expect_context::<Usage>();
    let staff = expect_context::<StaffAccess>();
    let location = use_location();
    let navigate = use_navigate();

    let idle = StoredValue::new(Idle::new(IdleTiming::default()));
    let phase = RwSignal::new(IdlePhase::Attract);
    let session = StoredValue::new(None::<Session>);
    let loaded = clock::local_day_and_minute();
    provide_context(IdleControl { idle, phase });

    let reset = move |now: Millis| {
        if let Some(visit) = session.try_update_value(Option::take).flatten() {
            let key = visit.current_screen().map(Screen::key);
            let dwell = key.and_then(|k| usage.figures.with_untracked(|f| f.mean_dwell(&k)));
            let summary = visit.end(now, dwell.unwrap_or(DEFAULT_DWELL_MS));
            let (day, _) = clock::local_day_and_minute();
            usage.figures.update(|f| f.record(&day, &summary));
            let _ = usage.save();
        }
        let default = content.with_untracked(|c| c.as_ref().map(|c| c.settings.default_language));
        lang.set(default.unwrap_or_default());
        display.larger_text.set(false);
        display.high_contrast.set(false);
        display.low_reach.set(false);
        staff.0.set(false);
        speech::stop();
        navigate(
            "/",
            NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            },
        );
        page::scroll_to_top();
        page::apply_update();
    };
    // Callbacks are `Copy`, so every listener below can share these two.
    let handle = Callback::new(move |(event, now): (Option<IdleEvent>, Millis)| {
        match event {
            Some(IdleEvent::Begin) => {
                let mut visit = Session::begin(now, lang.get_untracked());
                visit.enter(Screen::from_path(&location.pathname.get_untracked()), now);
                session.set_value(Some(visit));
            }
            Some(IdleEvent::Reset) => reset(now),
            Some(IdleEvent::Warn | IdleEvent::Resume) | None => {}
        }
        let current = idle.with_value(|i| i.phase(now));
        if phase.get_untracked() != current {
            phase.set(current);
        }
    });
    let step = Callback::new(move |now: Millis| {
        let event = idle.try_update_value(|i| i.tick(now)).flatten();
        handle.run((event, now));
    });

    follow_settings(idle, content);
    // An address typed or reloaded directly starts a visit at once.
    if location.pathname.get_untracked() != "/" {
        let now = clock::now();
        let event = idle.try_update_value(|i| i.start_visit(now)).flatten();
        handle.run((event, now));
    }
    input::on_activity(move |deliberate| {
        let now = clock::now();
        step.run(now);
        match phase.get_untracked() {
            // During the warning only "Continue" (or the dimmed screen around
            // it) keeps the visit: a touch must not fall through to the screen.
            IdlePhase::Warning { .. } => return,
            // Only a touch begins a visit, not a scroll the reset itself made.
            IdlePhase::Attract if !deliberate => return,
            _ => {}
        }
        let event = idle.try_update_value(|i| i.activity(now)).flatten();
        handle.run((event, now));
        session.update_value(|s| {
            if let Some(s) = s {
                s.touch(now);
            }
        });
    });
    hold_while_a_finger_is_down(idle);
    input::lock_down();

    record_visit(session, idle);

    tick_every_second(step, phase, content, loaded);

    let seconds_left = Signal::derive(move || match phase.get() {
        IdlePhase::Warning { seconds_left } => seconds_left,
        _ => 0,
    });
    let on_continue = Callback::new(move |()| {
        let now = clock::now();
        let event = idle.try_update_value(|i| i.continue_visit(now)).flatten();
        handle.run((event, now));
    });
    view! {
        <Show when=move || matches!(phase.get(), IdlePhase::Warning { .. })>
            <IdleWarning seconds_left on_continue/>
        </Show>
    }
}

/// Records what the visit does (screens, language, display, narration) for
/// the figures, and holds the idle warning while narration plays.
fn record_visit(session: StoredValue<Option<Session>>, idle: StoredValue<Idle>) {
    let lang = use_lang();
    let display = expect_context::<Display>();
    let holds = expect_context::<Holds>();
    let location = use_location();
    let record = move |f: &dyn Fn(&mut Session, Millis)| {
        let now = clock::now();
        session.update_value(|s| {
            if let Some(s) = s {
                f(s, now);
            }
        });
    };
    Effect::new(move |_| {
        let path = location.pathname.get();
        record(&|s, now| s.enter(Screen::from_path(&path), now));
    });
    Effect::new(move |_| {
        let chosen = lang.get();
        record(&|s, now| s.set_language(chosen, now));
    });
    Effect::new(move |_| {
        let on = display.larger_text.get();
        record(&|s, now| s.set_larger_text(on, now));
    });
    Effect::new(move |_| {
        let on = display.high_contrast.get();
        record(&|s, now| s.set_high_contrast(on, now));
    });
    Effect::new(move |_| {
        let on = display.low_reach.get();
        record(&|s, now| s.set_low_reach(on, now));
    });
    Effect::new(move |_| {
        let on = holds.narrating.get();
        let now = clock::now();
        if on {
            record(&|s, now| s.narration_played(now));
        }
        idle.update_value(|i| {
            i.hold(Hold::Narration, on, now);
        });
    });
}

/// A finger resting on the screen (a slow pinch) keeps the warning away
/// until it lifts; nothing else the visitor leaves behind does.
fn hold_while_a_finger_is_down(idle: StoredValue<Idle>) {
    input::on_finger_down(move |down| {
        let now = clock::now();
        idle.update_value(|i| {
            i.hold(Hold::FingerDown, down, now);
        });
    });
}

/// A tick a second: the countdown, the reset, and the nightly fresh start
/// (only on the attract screen, once the restart time has passed since the
/// page loaded).
fn tick_every_second(
    step: Callback<Millis>,
    phase: RwSignal<IdlePhase>,
    content: RwSignal<Option<crate::content::Catalogue>>,
    loaded: (String, u32),
) {
    if let Ok(timer) = set_interval_with_handle(
        move || {
            let now = clock::now();
            step.run(now);
            let restart_at =
                content.with_untracked(|c| c.as_ref().map(|c| c.settings.restart_minute()));
            let (day, minute) = clock::local_day_and_minute();
            let attract = phase.get_untracked() == IdlePhase::Attract;
            let due = due_reload(
                LocalTime::new(&loaded.0, loaded.1),
                LocalTime::new(&day, minute),
                restart_at.unwrap_or(4 * 60),
                attract,
            );
            if due {
                page::restart();
            }
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || timer.clear());
    }
}

/// Takes the idle timing from `kiosk.json` once the content has arrived,
/// with a longer quiet time on the staff panel.
fn follow_settings(idle: StoredValue<Idle>, content: RwSignal<Option<crate::content::Catalogue>>) {
    let location = use_location();
    Effect::new(move |_| {
        let visitors = content.with(|c| {
            c.as_ref().map_or_else(IdleTiming::default, |c| {
                IdleTiming::from_seconds(
                    c.settings.idle.warning_after_seconds,
                    c.settings.idle.reset_after_seconds,
                )
            })
        });
        let timing = if location.pathname.with(|p| p.starts_with("/staff")) {
            visitors.for_staff()
        } else {
            visitors
        };
        idle.update_value(|i| i.set_timing(timing));
    });
}
