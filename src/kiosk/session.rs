//! What one visit did, for the usage figures: screens seen and for how long,
//! tours started and finished, languages, display settings, narration.
//!
//! A [`Session`] begins with a visit ([`IdleEvent::Begin`](super::idle::IdleEvent))
//! and ends at its reset, giving a [`SessionSummary`] for
//! [`Figures::record`](super::analytics::Figures::record). It holds no
//! personal data: no names, no free text, only screens and choices. The idle
//! wait before a reset is not visiting time: a visit lasts until the last
//! touch plus the usual reading time of the screen it ended on.
//!
//! Pure: time comes in as [`Millis`]; nothing here touches the browser.
//!
//! ```
//! use aghdam_kiosk::content::Lang;
//! use aghdam_kiosk::kiosk::idle::Millis;
//! use aghdam_kiosk::kiosk::session::{Screen, Session};
//!
//! let mut session = Session::begin(Millis(0), Lang::Az);
//! session.enter(Screen::from_path("/home"), Millis(0));
//! session.set_language(Lang::En, Millis(4_000));
//! session.enter(Screen::from_path("/tour/aghdam-mosque/step/1"), Millis(10_000));
//! let summary = session.end(Millis(130_000), 25_000);
//! assert_eq!(summary.length_ms, 35_000);
//! assert_eq!(summary.tours_started, ["aghdam-mosque"]);
//! assert_eq!(summary.drop_offs[0].step, 1);
//! ```

use crate::content::Lang;

use super::idle::Millis;

/// A screen of the kiosk, as the usage figures tell them apart.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// `/`
    Attract,
    /// `/home`
    Home,
    /// `/timeline`
    Timeline,
    /// `/staff`
    Staff,
    /// Any address no screen has.
    NotFound,
    /// `/tour/<tour>`
    Overview { tour: String },
    /// `/tour/<tour>/step/<n>`, `n` counted from 1.
    Step { tour: String, n: u32 },
    /// `/tour/<tour>/end`
    End { tour: String },
}

impl Screen {
    /// The screen at an address (a path, without query or fragment); a
    /// trailing `/` is ignored and anything unknown, including step 0, is
    /// [`Screen::NotFound`].
    pub fn from_path(path: &str) -> Screen {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Screen::Attract,
            ["home"] => Screen::Home,
            ["timeline"] => Screen::Timeline,
            ["staff"] => Screen::Staff,
            ["tour", tour] => Screen::Overview {
                tour: (*tour).to_owned(),
            },
            ["tour", tour, "end"] => Screen::End {
                tour: (*tour).to_owned(),
            },
            ["tour", tour, "step", n] => match n.parse::<u32>() {
                Ok(n) if n >= 1 => Screen::Step {
                    tour: (*tour).to_owned(),
                    n,
                },
                _ => Screen::NotFound,
            },
            _ => Screen::NotFound,
        }
    }

    /// The key the usage figures file this screen under: `home`,
    /// `tour:aghdam-mosque`, `tour:aghdam-mosque:step:3`,
    /// `tour:aghdam-mosque:end`, …
    pub fn key(&self) -> String {
        match self {
            Screen::Attract => "attract".to_owned(),
            Screen::Home => "home".to_owned(),
            Screen::Timeline => "timeline".to_owned(),
            Screen::Staff => "staff".to_owned(),
            Screen::NotFound => "not-found".to_owned(),
            Screen::Overview { tour } => format!("tour:{tour}"),
            Screen::Step { tour, n } => format!("tour:{tour}:step:{n}"),
            Screen::End { tour } => format!("tour:{tour}:end"),
        }
    }
}

/// One screen seen, and for how long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScreenView {
    pub screen: Screen,
    pub dwell_ms: u64,
}

/// A tour started but not finished, and the last step the visitor saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DropOff {
    pub tour: String,
    pub step: u32,
}

/// What one visit did, ready for the usage figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionSummary {
    /// From the visit's start to the last touch, plus the mean dwell of the
    /// last screen; the idle wait is not counted.
    pub length_ms: u64,
    /// The language the visitor spent most of the visit in.
    pub language: Lang,
    /// Every language picked with the switch, in order.
    pub languages_chosen: Vec<Lang>,
    /// Tours with at least one step seen, in the order first seen.
    pub tours_started: Vec<String>,
    /// Started tours whose end screen was reached.
    pub tours_completed: Vec<String>,
    /// For each tour started but not completed, the last step seen.
    pub drop_offs: Vec<DropOff>,
    /// Every screen seen, in order, with its dwell.
    pub views: Vec<ScreenView>,
    /// Whether larger text was turned on at some point.
    pub larger_text: bool,
    /// Whether high contrast was turned on at some point.
    pub high_contrast: bool,
    /// Whether "Low reach" was turned on at some point.
    pub low_reach: bool,
    /// The screen on which each narration play began.
    pub narration_plays: Vec<Screen>,
}

/// The record of one visit while it lasts. Every method that takes `now`
/// counts as a touch at `now`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    started_at: Millis,
    last_touch: Millis,
    language: Lang,
    language_since: Millis,
    /// Milliseconds spent in each language, by position in [`Lang::ALL`].
    language_ms: [u64; 4],
    languages_chosen: Vec<Lang>,
    /// The screen on show and since when.
    current: Option<(Screen, Millis)>,
    views: Vec<ScreenView>,
    tours_started: Vec<String>,
    tours_completed: Vec<String>,
    larger_text: bool,
    high_contrast: bool,
    low_reach: bool,
    narration_plays: Vec<Screen>,
}

impl Session {
    /// A visit beginning at `now` in `lang` (the kiosk's default language).
    pub fn begin(now: Millis, lang: Lang) -> Self {
        Self {
            started_at: now,
            last_touch: now,
            language: lang,
            language_since: now,
            language_ms: [0; 4],
            languages_chosen: Vec::new(),
            current: None,
            views: Vec::new(),
            tours_started: Vec::new(),
            tours_completed: Vec::new(),
            larger_text: false,
            high_contrast: false,
            low_reach: false,
            narration_plays: Vec::new(),
        }
    }

    /// When the visit began.
    pub fn started_at(&self) -> Millis {
        self.started_at
    }

    /// The last touch so far.
    pub fn last_touch(&self) -> Millis {
        self.last_touch
    }

    /// The screen on show, whose mean dwell [`end`](Self::end) wants.
    pub fn current_screen(&self) -> Option<&Screen> {
        self.current.as_ref().map(|(screen, _)| screen)
    }

    /// A touch that changed nothing else (scrolling, a glossary word, …).
    pub fn touch(&mut self, now: Millis) {
        self.last_touch = self.last_touch.max(now);
    }

    /// The visitor moved to `screen`. Entering a step starts its tour;
    /// entering the end screen of a started tour completes it. Each tour
    /// counts at most once per visit.
    pub fn enter(&mut self, screen: Screen, now: Millis) {
        self.touch(now);
        self.close_view(now);
        match &screen {
            Screen::Step { tour, .. } if !self.tours_started.contains(tour) => {
                self.tours_started.push(tour.clone());
            }
            Screen::End { tour }
                if self.tours_started.contains(tour) && !self.tours_completed.contains(tour) =>
            {
                self.tours_completed.push(tour.clone());
            }
            _ => {}
        }
        self.current = Some((screen, now));
    }

    /// The visitor picked `lang` with the language switch.
    pub fn set_language(&mut self, lang: Lang, now: Millis) {
        self.touch(now);
        if lang == self.language {
            return;
        }
        self.count_language_time(now);
        self.language = lang;
        self.languages_chosen.push(lang);
    }

    /// The larger-text toggle was pressed; only turning it on is counted.
    pub fn set_larger_text(&mut self, on: bool, now: Millis) {
        self.touch(now);
        self.larger_text |= on;
    }

    /// The high-contrast toggle was pressed; only turning it on is counted.
    pub fn set_high_contrast(&mut self, on: bool, now: Millis) {
        self.touch(now);
        self.high_contrast |= on;
    }

    /// The low-reach toggle was pressed; only turning it on is counted.
    pub fn set_low_reach(&mut self, on: bool, now: Millis) {
        self.touch(now);
        self.low_reach |= on;
    }

    /// Narration began playing on the current screen.
    pub fn narration_played(&mut self, now: Millis) {
        self.touch(now);
        let screen = self.current_screen().cloned().unwrap_or(Screen::NotFound);
        self.narration_plays.push(screen);
    }

    /// Ends the visit at `ended_at` (the reset). The visit counts until the
    /// last touch plus `mean_dwell_of_last_screen` (from
    /// [`Figures::mean_dwell`](super::analytics::Figures::mean_dwell), or a
    /// default), but never past `ended_at`; the last screen's dwell is
    /// estimated the same way, so the idle wait counts nowhere.
    pub fn end(mut self, ended_at: Millis, mean_dwell_of_last_screen: u64) -> SessionSummary {
        let extra = mean_dwell_of_last_screen.min(ended_at.since(self.last_touch));
        let visit_end = self.last_touch.after(extra);
        self.close_view(visit_end);
        self.count_language_time(visit_end);
        let drop_offs = self.drop_offs();
        SessionSummary {
            length_ms: visit_end.since(self.started_at),
            language: self.main_language(),
            languages_chosen: self.languages_chosen,
            tours_started: self.tours_started,
            tours_completed: self.tours_completed,
            drop_offs,
            views: self.views,
            larger_text: self.larger_text,
            high_contrast: self.high_contrast,
            low_reach: self.low_reach,
            narration_plays: self.narration_plays,
        }
    }

    /// Files the screen on show as seen until `until`.
    fn close_view(&mut self, until: Millis) {
        if let Some((screen, since)) = self.current.take() {
            let dwell_ms = until.since(since);
            self.views.push(ScreenView { screen, dwell_ms });
        }
    }

    /// Adds the time since the last language change to the current language.
    fn count_language_time(&mut self, until: Millis) {
        let spent = until.since(self.language_since);
        let slot = &mut self.language_ms[lang_index(self.language)];
        *slot = slot.saturating_add(spent);
        self.language_since = until;
    }

    /// The language with the most time; the current one wins a tie.
    fn main_language(&self) -> Lang {
        let ms = |lang: Lang| self.language_ms[lang_index(lang)];
        Lang::ALL.into_iter().fold(
            self.language,
            |best, lang| if ms(lang) > ms(best) { lang } else { best },
        )
    }

    /// The last step seen of each tour started but not completed.
    fn drop_offs(&self) -> Vec<DropOff> {
        let unfinished = self
            .tours_started
            .iter()
            .filter(|tour| !self.tours_completed.contains(tour));
        unfinished
            .filter_map(|tour| {
                let step = self
                    .views
                    .iter()
                    .rev()
                    .find_map(|view| match &view.screen {
                        Screen::Step { tour: t, n } if t == tour => Some(*n),
                        _ => None,
                    })?;
                Some(DropOff {
                    tour: tour.clone(),
                    step,
                })
            })
            .collect()
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOSQUE: &str = "aghdam-mosque";
    const CEMETERY: &str = "khojaly-cemetery";

    fn step(tour: &str, n: u32) -> Screen {
        Screen::Step {
            tour: tour.to_owned(),
            n,
        }
    }

    fn end_of(tour: &str) -> Screen {
        Screen::End {
            tour: tour.to_owned(),
        }
    }

    /// A visit that enters each `(ms, path)` in turn, then ends at
    /// `ended_at` with `mean` as the last screen's mean dwell.
    fn visit(screens: &[(u64, &str)], ended_at: u64, mean: u64) -> SessionSummary {
        let mut session = Session::begin(Millis(0), Lang::Az);
        for &(ms, path) in screens {
            session.enter(Screen::from_path(path), Millis(ms));
        }
        session.end(Millis(ended_at), mean)
    }

    #[test]
    fn screens_from_paths_and_their_keys() {
        let cases = [
            ("/", Screen::Attract, "attract"),
            ("", Screen::Attract, "attract"),
            ("/home", Screen::Home, "home"),
            ("/home/", Screen::Home, "home"),
            ("/timeline", Screen::Timeline, "timeline"),
            ("/staff", Screen::Staff, "staff"),
            (
                "/tour/aghdam-mosque",
                Screen::Overview {
                    tour: MOSQUE.to_owned(),
                },
                "tour:aghdam-mosque",
            ),
            (
                "/tour/aghdam-mosque/step/3",
                step(MOSQUE, 3),
                "tour:aghdam-mosque:step:3",
            ),
            (
                "/tour/khojaly-cemetery/end",
                end_of(CEMETERY),
                "tour:khojaly-cemetery:end",
            ),
            ("/tour/aghdam-mosque/step/0", Screen::NotFound, "not-found"),
            ("/tour/aghdam-mosque/step/x", Screen::NotFound, "not-found"),
            ("/tour/aghdam-mosque/step", Screen::NotFound, "not-found"),
            ("/tour", Screen::NotFound, "not-found"),
            ("/elsewhere", Screen::NotFound, "not-found"),
        ];
        for (path, screen, key) in cases {
            assert_eq!(Screen::from_path(path), screen, "{path}");
            assert_eq!(screen.key(), key, "{path}");
        }
    }

    #[test]
    fn length_stops_at_last_touch_plus_mean_dwell() {
        // Last touch at 40 s, reset 120 s later: the wait is not visiting time.
        let summary = visit(
            &[(0, "/home"), (40_000, "/tour/aghdam-mosque")],
            160_000,
            25_000,
        );
        assert_eq!(summary.length_ms, 65_000);
        let dwells: Vec<u64> = summary.views.iter().map(|v| v.dwell_ms).collect();
        assert_eq!(dwells, [40_000, 25_000]);
        assert_eq!(dwells.iter().sum::<u64>(), summary.length_ms);
    }

    #[test]
    fn mean_dwell_never_reaches_past_the_end() {
        let summary = visit(&[(0, "/home")], 5_000, 25_000);
        assert_eq!(summary.length_ms, 5_000);
        let summary = visit(&[(10_000, "/home")], 2_000, 25_000);
        assert_eq!(
            summary.length_ms, 10_000,
            "an end before the last touch adds nothing"
        );
    }

    #[test]
    fn a_visit_with_no_screen_has_no_views() {
        let summary = Session::begin(Millis(1_000), Lang::Az).end(Millis(121_000), 30_000);
        assert_eq!(summary.length_ms, 30_000);
        assert!(summary.views.is_empty());
        assert!(summary.tours_started.is_empty());
        assert!(summary.drop_offs.is_empty());
    }

    #[test]
    fn touches_extend_the_visit() {
        let mut session = Session::begin(Millis(0), Lang::Az);
        session.enter(Screen::Home, Millis(0));
        session.touch(Millis(50_000));
        session.touch(Millis(20_000)); // a late event: the last touch stays
        assert_eq!(session.last_touch(), Millis(50_000));
        assert_eq!(session.started_at(), Millis(0));
        assert_eq!(session.current_screen(), Some(&Screen::Home));
        assert_eq!(session.end(Millis(170_000), 10_000).length_ms, 60_000);
    }

    #[test]
    fn tours_started_completed_and_dropped() {
        let summary = visit(
            &[
                (0, "/home"),
                (5_000, "/tour/aghdam-mosque"),
                (10_000, "/tour/aghdam-mosque/step/1"),
                (20_000, "/tour/aghdam-mosque/step/2"),
                (30_000, "/tour/aghdam-mosque/end"),
                (40_000, "/tour/khojaly-cemetery/step/1"),
                (50_000, "/tour/khojaly-cemetery/step/2"),
                (60_000, "/tour/khojaly-cemetery/step/3"),
                (70_000, "/tour/khojaly-cemetery/step/2"),
            ],
            190_000,
            10_000,
        );
        assert_eq!(summary.tours_started, [MOSQUE, CEMETERY]);
        assert_eq!(summary.tours_completed, [MOSQUE]);
        // The last step seen, not the furthest.
        assert_eq!(
            summary.drop_offs,
            [DropOff {
                tour: CEMETERY.to_owned(),
                step: 2
            }]
        );
        assert_eq!(summary.views.len(), 9);
    }

    #[test]
    fn an_end_screen_without_steps_completes_nothing() {
        let summary = visit(&[(0, "/tour/aghdam-mosque/end")], 120_000, 0);
        assert!(summary.tours_started.is_empty());
        assert!(summary.tours_completed.is_empty());
    }

    #[test]
    fn each_tour_counts_once_per_visit() {
        let summary = visit(
            &[
                (0, "/tour/aghdam-mosque/step/1"),
                (1_000, "/tour/aghdam-mosque/end"),
                (2_000, "/tour/aghdam-mosque/step/1"),
                (3_000, "/tour/aghdam-mosque/end"),
            ],
            10_000,
            0,
        );
        assert_eq!(summary.tours_started, [MOSQUE]);
        assert_eq!(summary.tours_completed, [MOSQUE]);
        assert!(summary.drop_offs.is_empty());
    }

    #[test]
    fn the_main_language_is_the_one_used_longest() {
        let mut session = Session::begin(Millis(0), Lang::Az);
        session.enter(Screen::Home, Millis(0));
        session.set_language(Lang::Ru, Millis(5_000));
        session.set_language(Lang::Ru, Millis(6_000)); // already Russian
        session.set_language(Lang::En, Millis(20_000));
        session.touch(Millis(30_000));
        // Az 5 s, Ru 15 s, En 10 s + 10 s of reading = 20 s.
        let summary = session.end(Millis(150_000), 10_000);
        assert_eq!(summary.language, Lang::En);
        assert_eq!(summary.languages_chosen, [Lang::Ru, Lang::En]);

        let mut session = Session::begin(Millis(0), Lang::Az);
        session.set_language(Lang::Tr, Millis(10_000));
        let summary = session.end(Millis(130_000), 10_000);
        assert_eq!(
            summary.language,
            Lang::Tr,
            "a tie goes to the current language"
        );

        let summary = Session::begin(Millis(0), Lang::Az).end(Millis(0), 0);
        assert_eq!(
            summary.language,
            Lang::Az,
            "no time at all: the starting language"
        );
    }

    #[test]
    fn display_toggles_count_when_turned_on() {
        let mut session = Session::begin(Millis(0), Lang::Az);
        session.set_larger_text(true, Millis(1_000));
        session.set_larger_text(false, Millis(2_000));
        session.set_high_contrast(false, Millis(3_000));
        session.set_low_reach(true, Millis(3_500));
        session.set_low_reach(false, Millis(4_000));
        let summary = session.end(Millis(123_000), 0);
        assert!(summary.larger_text);
        assert!(!summary.high_contrast);
        assert!(summary.low_reach);
        assert_eq!(summary.length_ms, 4_000);
    }

    #[test]
    fn narration_plays_are_filed_under_their_screen() {
        let mut session = Session::begin(Millis(0), Lang::Az);
        session.narration_played(Millis(500));
        session.enter(step(MOSQUE, 4), Millis(1_000));
        session.narration_played(Millis(2_000));
        session.narration_played(Millis(9_000));
        let summary = session.end(Millis(200_000), 0);
        assert_eq!(
            summary.narration_plays,
            [Screen::NotFound, step(MOSQUE, 4), step(MOSQUE, 4)]
        );
        assert_eq!(summary.length_ms, 9_000);
    }
}
