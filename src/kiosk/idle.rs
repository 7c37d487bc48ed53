//! The visitor session state machine: attract screen, a visit, the "Are you
//! still there?" warning, and the reset back to the attract screen.
//!
//! Pure: time comes in as [`Millis`] from whatever clock the caller reads
//! (`performance.now()` or `Date.now()` through `platform`), so host tests
//! drive every transition with plain numbers. Nothing here touches the
//! browser or starts a timer: the UI calls [`Idle::tick`] on an interval
//! (every 250 ms is plenty) and acts on the [`IdleEvent`] it gets back.
//!
//! ```
//! use aghdam_kiosk::kiosk::idle::{Idle, IdleEvent, IdlePhase, IdleTiming, Millis};
//!
//! let mut idle = Idle::new(IdleTiming::default());
//! assert_eq!(idle.activity(Millis(0)), Some(IdleEvent::Begin));
//! assert_eq!(idle.tick(Millis(90_000)), Some(IdleEvent::Warn));
//! assert_eq!(idle.phase(Millis(95_500)), IdlePhase::Warning { seconds_left: 25 });
//! assert_eq!(idle.tick(Millis(120_000)), Some(IdleEvent::Reset));
//! assert_eq!(idle.phase(Millis(120_000)), IdlePhase::Attract);
//! ```

/// A moment, in milliseconds from whatever origin the caller's clock has.
/// Only differences between two `Millis` of the same clock mean anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Millis(pub u64);

impl Millis {
    /// Milliseconds from `earlier` to `self`; 0 if `earlier` is later (a
    /// clock that stepped back).
    pub fn since(self, earlier: Millis) -> u64 {
        self.0.saturating_sub(earlier.0)
    }

    /// The moment `ms` milliseconds after `self`.
    #[must_use]
    pub fn after(self, ms: u64) -> Millis {
        Millis(self.0.saturating_add(ms))
    }
}

/// How long a quiet kiosk waits before warning, then before resetting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdleTiming {
    /// Quiet time (no touch) before the warning appears, in ms.
    pub warn_after: u64,
    /// Time from the warning to the reset, in ms.
    pub reset_after: u64,
}

impl Default for IdleTiming {
    /// The UI contract's defaults: warn after 90 s, reset 30 s later.
    fn default() -> Self {
        Self::from_seconds(90, 30)
    }
}

impl IdleTiming {
    /// Timing from whole seconds, as `kiosk.json` gives them
    /// (`idle.warning_after_seconds`, `idle.reset_after_seconds`).
    pub fn from_seconds(warn_after: u32, reset_after: u32) -> Self {
        Self {
            warn_after: u64::from(warn_after) * 1000,
            reset_after: u64::from(reset_after) * 1000,
        }
    }

    /// The same timing with the staff panel's longer quiet time (never
    /// shorter than the visitors').
    #[must_use]
    pub fn for_staff(self) -> Self {
        Self {
            warn_after: self.warn_after.max(STAFF_WARN_AFTER_MS),
            ..self
        }
    }
}

/// The quiet time before the warning on the staff panel, in ms: staff read
/// figures without touching, yet a panel left open must still close.
pub const STAFF_WARN_AFTER_MS: u64 = 5 * 60 * 1000;

/// Something the visitor is doing that keeps the warning away while it
/// lasts without a touch. Nothing else may hold it: a zoomed picture, an
/// open dialog or the staff panel left alone still end in the reset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hold {
    /// Narration is actually playing (not paused).
    Narration,
    /// A finger (or pen, or mouse button) is down on the screen, e.g. a slow
    /// pinch in the picture viewer. Off again when the last one lifts.
    FingerDown,
}

impl Hold {
    fn bit(self) -> u8 {
        match self {
            Hold::Narration => 1,
            Hold::FingerDown => 2,
        }
    }
}

/// The longest a hold keeps the warning away, in ms. Holds end by
/// themselves: a stuck finger (a missed `pointerup`) or a media element that
/// never reports its end must not keep a visit open for ever.
pub const MAX_HOLD_MS: u64 = 10 * 60 * 1000;

/// What the screen should show, for the UI to render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdlePhase {
    /// The attract screen; no visit.
    Attract,
    /// A visit is under way.
    Visiting,
    /// The "Are you still there?" dialog, with whole seconds left (rounded
    /// up, so it shows 30 … 1) before the reset.
    Warning { seconds_left: u32 },
}

/// A transition the UI must act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleEvent {
    /// A visit began: start a new usage session.
    Begin,
    /// The warning appeared: open the dialog.
    Warn,
    /// The visitor is still there: close the dialog, stay on this screen.
    Resume,
    /// The countdown ended: end the usage session, close every dialog,
    /// restore language and display settings, go to `/`.
    Reset,
}

/// Where the machine stands; times are absolute so a late tick cannot
/// stretch the countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Attract,
    Visiting { quiet_since: Millis },
    Warning { reset_at: Millis },
}

/// The visitor session state machine. See the module docs for an example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Idle {
    timing: IdleTiming,
    state: State,
    /// One bit per [`Hold`] that is on.
    holds: u8,
    /// When the holds last went from none to some.
    held_since: Millis,
}

impl Idle {
    /// A kiosk showing the attract screen.
    pub fn new(timing: IdleTiming) -> Self {
        Self {
            timing,
            state: State::Attract,
            holds: 0,
            held_since: Millis(0),
        }
    }

    /// The timing in use.
    pub fn timing(&self) -> IdleTiming {
        self.timing
    }

    /// Uses new timing (e.g. once `kiosk.json` has loaded). A visit's quiet
    /// time keeps its start; a countdown already shown keeps its end.
    pub fn set_timing(&mut self, timing: IdleTiming) {
        self.timing = timing;
    }

    /// Any touch, pointer, wheel, scroll or key.
    ///
    /// - On the attract screen it begins a visit ([`IdleEvent::Begin`]).
    /// - During a visit it starts the quiet time again (`None`).
    /// - During the warning it counts as "still here", like the Continue
    ///   button: whoever touches the screen is there ([`IdleEvent::Resume`]).
    ///
    /// Judged on the state as of the last [`tick`](Self::tick): if ticks may
    /// run late, call `tick(now)` first and act on its event, so a touch just
    /// after the countdown ended begins a new visit rather than continuing
    /// the old one.
    pub fn activity(&mut self, now: Millis) -> Option<IdleEvent> {
        match self.state {
            State::Attract => {
                self.visit_from(now);
                Some(IdleEvent::Begin)
            }
            State::Visiting { .. } => {
                self.visit_from(now);
                None
            }
            State::Warning { .. } => {
                self.visit_from(now);
                Some(IdleEvent::Resume)
            }
        }
    }

    /// A page loaded straight at a deep address: the visit begins without
    /// the attract screen. Otherwise the same as [`activity`](Self::activity).
    pub fn start_visit(&mut self, now: Millis) -> Option<IdleEvent> {
        self.activity(now)
    }

    /// The warning's Continue button: back to the visit, quiet time from now.
    /// Outside the warning it changes nothing and returns `None`.
    pub fn continue_visit(&mut self, now: Millis) -> Option<IdleEvent> {
        if let State::Warning { .. } = self.state {
            self.visit_from(now);
            return Some(IdleEvent::Resume);
        }
        None
    }

    /// Turns a hold on or off. While any hold is on (for at most
    /// [`MAX_HOLD_MS`]), the warning never comes; when the last one ends,
    /// the quiet time starts again from `now`. A hold changes nothing once
    /// the warning shows: only Continue (or the dimmed screen) ends it.
    /// Holds are forgotten at a reset (the reset stops narration); turning
    /// one off again afterwards is harmless.
    pub fn hold(&mut self, reason: Hold, on: bool, now: Millis) -> Option<IdleEvent> {
        let was_held = self.is_held();
        if on {
            self.holds |= reason.bit();
        } else {
            self.holds &= !reason.bit();
        }
        if !was_held && self.is_held() {
            self.held_since = now;
        }
        if let State::Visiting { .. } = self.state {
            if was_held && !self.is_held() {
                self.visit_from(now);
            }
        }
        None
    }

    /// Whether any hold is on.
    pub fn is_held(&self) -> bool {
        self.holds != 0
    }

    /// Staff testing: show the warning now, with the full countdown, even
    /// while a hold is on. Only during a visit; otherwise `None`.
    pub fn force_warning(&mut self, now: Millis) -> Option<IdleEvent> {
        if let State::Visiting { .. } = self.state {
            self.state = State::Warning {
                reset_at: now.after(self.timing.reset_after),
            };
            return Some(IdleEvent::Warn);
        }
        None
    }

    /// Advances the clock to `now`.
    ///
    /// Returns [`IdleEvent::Warn`] when the quiet time reaches `warn_after`
    /// (never while a hold is on, up to [`MAX_HOLD_MS`]), and [`IdleEvent::Reset`] when the
    /// countdown ends, after which the phase is [`IdlePhase::Attract`]. A
    /// tick so late that the whole countdown has passed too (a sleeping
    /// device) resets at once, without a warning first.
    pub fn tick(&mut self, now: Millis) -> Option<IdleEvent> {
        let hold_ends = self.held_since.after(MAX_HOLD_MS);
        match self.state {
            State::Visiting { .. } if self.is_held() && now < hold_ends => None,
            State::Visiting { quiet_since } => {
                // A hold that outlived its limit counts as quiet from then on.
                let quiet_since = if self.is_held() {
                    quiet_since.max(hold_ends)
                } else {
                    quiet_since
                };
                let warn_at = quiet_since.after(self.timing.warn_after);
                let reset_at = warn_at.after(self.timing.reset_after);
                if now >= reset_at {
                    Some(self.reset())
                } else if now >= warn_at {
                    self.state = State::Warning { reset_at };
                    Some(IdleEvent::Warn)
                } else {
                    None
                }
            }
            State::Warning { reset_at } if now >= reset_at => Some(self.reset()),
            // The attract screen has no clock; a held visit waits.
            _ => None,
        }
    }

    /// What to show at `now`, as of the last transition (call
    /// [`tick`](Self::tick) first). In the warning, the seconds left are
    /// rounded up: 30 000 ms and 29 001 ms both show 30.
    pub fn phase(&self, now: Millis) -> IdlePhase {
        match self.state {
            State::Attract => IdlePhase::Attract,
            State::Visiting { .. } => IdlePhase::Visiting,
            State::Warning { reset_at } => IdlePhase::Warning {
                seconds_left: whole_seconds_up(reset_at.since(now)),
            },
        }
    }

    fn visit_from(&mut self, now: Millis) {
        self.state = State::Visiting { quiet_since: now };
    }

    fn reset(&mut self) -> IdleEvent {
        self.state = State::Attract;
        self.holds = 0;
        IdleEvent::Reset
    }
}

/// `ms` in whole seconds, rounded up.
fn whole_seconds_up(ms: u64) -> u32 {
    u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdleEvent::{Begin, Reset, Resume, Warn};
    use IdlePhase::{Attract, Visiting};

    /// One input to the machine.
    #[derive(Clone, Copy, Debug)]
    enum Do {
        Tick,
        Touch,
        Start,
        Continue,
        Force,
        Hold(Hold, bool),
    }
    use Do::{Continue, Force, Start, Tick, Touch};

    fn warning(seconds_left: u32) -> IdlePhase {
        IdlePhase::Warning { seconds_left }
    }

    /// Runs `script` on a fresh machine with default timing; each row is
    /// (time in ms, input, expected event, expected phase afterwards).
    fn run(script: &[(u64, Do, Option<IdleEvent>, IdlePhase)]) {
        let mut idle = Idle::new(IdleTiming::default());
        for (row, &(ms, input, event, phase)) in script.iter().enumerate() {
            let now = Millis(ms);
            let got = match input {
                Tick => idle.tick(now),
                Touch => idle.activity(now),
                Start => idle.start_visit(now),
                Continue => idle.continue_visit(now),
                Force => idle.force_warning(now),
                Do::Hold(reason, on) => idle.hold(reason, on, now),
            };
            assert_eq!(got, event, "row {row}: {input:?} at {ms} ms");
            assert_eq!(idle.phase(now), phase, "row {row}: phase at {ms} ms");
        }
    }

    #[test]
    fn timing_from_seconds_and_default() {
        assert_eq!(
            IdleTiming::default(),
            IdleTiming {
                warn_after: 90_000,
                reset_after: 30_000
            }
        );
        assert_eq!(IdleTiming::from_seconds(10, 5).warn_after, 10_000);
        assert_eq!(IdleTiming::from_seconds(10, 5).reset_after, 5_000);
        let staff = IdleTiming::default().for_staff();
        assert_eq!((staff.warn_after, staff.reset_after), (300_000, 30_000));
        let slow = IdleTiming::from_seconds(600, 30).for_staff();
        assert_eq!(slow.warn_after, 600_000);
    }

    #[test]
    fn quiet_visit_warns_then_resets() {
        run(&[
            (0, Tick, None, Attract),
            (0, Touch, Some(Begin), Visiting),
            (89_999, Tick, None, Visiting),
            (90_000, Tick, Some(Warn), warning(30)),
            (90_001, Tick, None, warning(30)),
            (95_500, Tick, None, warning(25)),
            (119_000, Tick, None, warning(1)),
            (119_999, Tick, None, warning(1)),
            (120_000, Tick, Some(Reset), Attract),
            (300_000, Tick, None, Attract),
        ]);
    }

    #[test]
    fn touches_restart_the_quiet_time() {
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (60_000, Touch, None, Visiting),
            (90_000, Tick, None, Visiting),
            (149_999, Tick, None, Visiting),
            (150_000, Tick, Some(Warn), warning(30)),
        ]);
    }

    #[test]
    fn continue_or_a_touch_ends_the_warning() {
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (90_000, Tick, Some(Warn), warning(30)),
            (100_000, Continue, Some(Resume), Visiting),
            (120_000, Tick, None, Visiting),
            (189_999, Tick, None, Visiting),
            (190_000, Tick, Some(Warn), warning(30)),
            (200_000, Touch, Some(Resume), Visiting),
            (220_000, Tick, None, Visiting),
            (290_000, Tick, Some(Warn), warning(30)),
        ]);
    }

    #[test]
    fn continue_outside_the_warning_changes_nothing() {
        run(&[
            (0, Continue, None, Attract),
            (0, Touch, Some(Begin), Visiting),
            (80_000, Continue, None, Visiting),
            // Continue did not restart the quiet time: the touch at 0 counts.
            (90_000, Tick, Some(Warn), warning(30)),
        ]);
    }

    #[test]
    fn first_touch_after_a_reset_begins_a_new_visit() {
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (90_000, Tick, Some(Warn), warning(30)),
            (120_000, Tick, Some(Reset), Attract),
            (120_001, Touch, Some(Begin), Visiting),
            (210_000, Tick, None, Visiting),
            (210_001, Tick, Some(Warn), warning(30)),
        ]);
    }

    #[test]
    fn a_late_tick_resets_without_warning() {
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (120_000, Tick, Some(Reset), Attract),
        ]);
        // A tick late by 2 s still resets 30 s after the warning was due.
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (92_000, Tick, Some(Warn), warning(28)),
            (119_999, Tick, None, warning(1)),
            (120_000, Tick, Some(Reset), Attract),
        ]);
    }

    #[test]
    fn deep_link_starts_a_visit() {
        run(&[
            (5_000, Start, Some(Begin), Visiting),
            (94_999, Tick, None, Visiting),
            (95_000, Tick, Some(Warn), warning(30)),
        ]);
        // On a visit already under way it is just activity.
        run(&[
            (0, Start, Some(Begin), Visiting),
            (10_000, Start, None, Visiting),
            (99_999, Tick, None, Visiting),
            (100_000, Tick, Some(Warn), warning(30)),
            (101_000, Start, Some(Resume), Visiting),
        ]);
    }

    #[test]
    fn narration_holds_off_the_warning() {
        let narration = |on| Do::Hold(Hold::Narration, on);
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (10_000, narration(true), None, Visiting),
            (90_000, Tick, None, Visiting),
            (500_000, Tick, None, Visiting),
            // Quiet time starts again when narration ends or pauses.
            (600_000, narration(false), None, Visiting),
            (689_999, Tick, None, Visiting),
            (690_000, Tick, Some(Warn), warning(30)),
            (720_000, Tick, Some(Reset), Attract),
        ]);
    }

    #[test]
    fn holds_overlap_until_the_last_ends() {
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (1_000, Do::Hold(Hold::Narration, true), None, Visiting),
            (2_000, Do::Hold(Hold::FingerDown, true), None, Visiting),
            (3_000, Do::Hold(Hold::Narration, false), None, Visiting),
            (200_000, Tick, None, Visiting),
            (250_000, Do::Hold(Hold::FingerDown, false), None, Visiting),
            (339_999, Tick, None, Visiting),
            (340_000, Tick, Some(Warn), warning(30)),
        ]);
    }

    #[test]
    fn releasing_a_hold_that_was_not_on_changes_nothing() {
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (50_000, Do::Hold(Hold::FingerDown, false), None, Visiting),
            (90_000, Tick, Some(Warn), warning(30)),
            (95_000, Do::Hold(Hold::FingerDown, false), None, warning(25)),
        ]);
    }

    #[test]
    fn a_hold_during_the_warning_does_not_end_it() {
        // Only Continue or the dimmed screen end the warning: a finger put
        // down on the dialog's text keeps nobody's visit.
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (90_000, Tick, Some(Warn), warning(30)),
            (95_000, Do::Hold(Hold::FingerDown, true), None, warning(25)),
            (119_999, Tick, None, warning(1)),
            (120_000, Tick, Some(Reset), Attract),
        ]);
    }

    #[test]
    fn a_finger_lifted_from_a_zoomed_picture_lets_the_visit_end() {
        // Zoom (a pinch: fingers down, then up), then walk away.
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (5_000, Do::Hold(Hold::FingerDown, true), None, Visiting),
            (200_000, Tick, None, Visiting),
            (200_000, Do::Hold(Hold::FingerDown, false), None, Visiting),
            (289_999, Tick, None, Visiting),
            (290_000, Tick, Some(Warn), warning(30)),
            (320_000, Tick, Some(Reset), Attract),
        ]);
    }

    #[test]
    fn a_stuck_hold_ends_by_itself() {
        // A finger that never lifts (a lost pointerup) holds for at most
        // MAX_HOLD_MS; then the quiet time runs as usual.
        let on = 10_000;
        let ends = on + MAX_HOLD_MS;
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (on, Do::Hold(Hold::FingerDown, true), None, Visiting),
            (ends - 1, Tick, None, Visiting),
            (ends + 89_999, Tick, None, Visiting),
            (ends + 90_000, Tick, Some(Warn), warning(30)),
            (ends + 120_000, Tick, Some(Reset), Attract),
        ]);
        // The same for narration that never reports its end; a touch after
        // the limit starts the quiet time from the touch.
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (on, Do::Hold(Hold::Narration, true), None, Visiting),
            (ends + 60_000, Touch, None, Visiting),
            (ends + 149_999, Tick, None, Visiting),
            (ends + 150_000, Tick, Some(Warn), warning(30)),
        ]);
    }

    #[test]
    fn a_hold_after_a_reset_starts_its_own_limit() {
        let mut idle = Idle::new(IdleTiming::default());
        idle.activity(Millis(0));
        idle.hold(Hold::Narration, true, Millis(0));
        idle.force_warning(Millis(1_000));
        assert_eq!(idle.tick(Millis(31_000)), Some(Reset));
        let later = MAX_HOLD_MS * 3;
        assert_eq!(idle.activity(Millis(later)), Some(Begin));
        idle.hold(Hold::FingerDown, true, Millis(later + 1_000));
        assert_eq!(idle.tick(Millis(later + 200_000)), None);
    }

    #[test]
    fn a_hold_on_the_attract_screen_waits_for_the_visit() {
        run(&[
            (0, Do::Hold(Hold::Narration, true), None, Attract),
            (0, Touch, Some(Begin), Visiting),
            (100_000, Tick, None, Visiting),
            (100_000, Do::Hold(Hold::Narration, false), None, Visiting),
            (190_000, Tick, Some(Warn), warning(30)),
        ]);
    }

    #[test]
    fn a_reset_forgets_holds() {
        let mut idle = Idle::new(IdleTiming::default());
        idle.activity(Millis(0));
        idle.hold(Hold::FingerDown, true, Millis(1_000));
        assert_eq!(idle.force_warning(Millis(2_000)), Some(Warn));
        assert_eq!(idle.tick(Millis(32_000)), Some(Reset));
        assert!(!idle.is_held());
        assert_eq!(idle.activity(Millis(40_000)), Some(Begin));
        assert_eq!(idle.tick(Millis(130_000)), Some(Warn));
    }

    #[test]
    fn staff_can_force_the_warning() {
        run(&[
            (0, Force, None, Attract),
            (0, Touch, Some(Begin), Visiting),
            (10_000, Force, Some(Warn), warning(30)),
            (20_000, Force, None, warning(20)),
            (39_999, Tick, None, warning(1)),
            (40_000, Tick, Some(Reset), Attract),
        ]);
        // Even while a hold is on.
        run(&[
            (0, Touch, Some(Begin), Visiting),
            (1_000, Do::Hold(Hold::Narration, true), None, Visiting),
            (2_000, Force, Some(Warn), warning(30)),
            (32_000, Tick, Some(Reset), Attract),
        ]);
    }

    #[test]
    fn new_timing_applies_to_the_running_visit() {
        let mut idle = Idle::new(IdleTiming::default());
        idle.activity(Millis(0));
        idle.set_timing(IdleTiming::from_seconds(10, 5));
        assert_eq!(idle.timing().warn_after, 10_000);
        assert_eq!(idle.tick(Millis(9_999)), None);
        assert_eq!(idle.tick(Millis(10_000)), Some(Warn));
        assert_eq!(idle.phase(Millis(10_000)), warning(5));
        assert_eq!(idle.tick(Millis(15_000)), Some(Reset));
    }

    #[test]
    fn millis_arithmetic_saturates() {
        assert_eq!(Millis(5).since(Millis(3)), 2);
        assert_eq!(Millis(3).since(Millis(5)), 0);
        assert_eq!(Millis(u64::MAX).after(1), Millis(u64::MAX));
        assert_eq!(whole_seconds_up(0), 0);
        assert_eq!(whole_seconds_up(1), 1);
        assert_eq!(whole_seconds_up(29_000), 29);
        assert_eq!(whole_seconds_up(u64::MAX), u32::MAX);
    }

    #[test]
    fn a_clock_stepping_back_does_not_warn() {
        run(&[
            (100_000, Touch, Some(Begin), Visiting),
            (50_000, Tick, None, Visiting),
            (190_000, Tick, Some(Warn), warning(30)),
        ]);
    }
}
