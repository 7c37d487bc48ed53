//! Usage figures kept on the device: per day, how many visits, how long,
//! which tours were started, finished or left at which step, how long each
//! screen was read, which languages and display settings were used.
//!
//! Only counts and durations keyed by screen, tour, step and language code:
//! no personal data at all. The size is bounded: the last [`DETAIL_DAYS`]
//! days are kept one by one, older days are added into one `earlier` total.
//! The caller supplies the day (`YYYY-MM-DD`, local time) and stores the
//! JSON (`platform` owns `localStorage`); nothing here touches the browser.
//!
//! ```
//! use aghdam_kiosk::content::Lang;
//! use aghdam_kiosk::kiosk::analytics::Figures;
//! use aghdam_kiosk::kiosk::idle::Millis;
//! use aghdam_kiosk::kiosk::session::Session;
//!
//! let mut figures = Figures::default();
//! let summary = Session::begin(Millis(0), Lang::Az).end(Millis(120_000), 20_000);
//! figures.record("2025-05-01", &summary);
//! let saved = figures.to_json();
//! assert_eq!(Figures::from_json(&saved), Ok(figures));
//! ```

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::session::{Screen, SessionSummary};

/// The format version written as `"version"`.
pub const VERSION: u32 = 1;

/// How many days are kept one by one before rolling into `earlier`.
pub const DETAIL_DAYS: usize = 60;

/// Views and total reading time of one screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dwell {
    pub views: u64,
    pub dwell_ms: u64,
}

/// The figures of one day, or of all the `earlier` days together.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayTotals {
    /// Visits.
    pub sessions: u64,
    /// Sum of the visits' lengths.
    pub session_ms: u64,
    /// Visits that started each tour, by tour id.
    pub tours_started: BTreeMap<String, u64>,
    /// Visits that finished each tour, by tour id.
    pub tours_completed: BTreeMap<String, u64>,
    /// Visits that left each tour at each step: tour id, then step number.
    pub drop_offs: BTreeMap<String, BTreeMap<u32, u64>>,
    /// Views and reading time of each screen, by [`Screen::key`].
    pub screens: BTreeMap<String, Dwell>,
    /// Visits by the language used longest, by language code.
    pub languages: BTreeMap<String, u64>,
    /// Times each language was picked with the switch, by language code.
    pub language_switches: BTreeMap<String, u64>,
    /// Visits that turned larger text on.
    pub larger_text: u64,
    /// Visits that turned high contrast on.
    pub high_contrast: u64,
    /// Visits that turned "Low reach" on (absent from figures kept before it existed).
    #[serde(default)]
    pub low_reach: u64,
    /// Narration plays, by [`Screen::key`].
    pub narration_plays: BTreeMap<String, u64>,
}

impl DayTotals {
    /// Adds one visit.
    fn add_session(&mut self, summary: &SessionSummary) {
        self.sessions = self.sessions.saturating_add(1);
        self.session_ms = self.session_ms.saturating_add(summary.length_ms);
        for tour in &summary.tours_started {
            bump(&mut self.tours_started, tour, 1);
        }
        for tour in &summary.tours_completed {
            bump(&mut self.tours_completed, tour, 1);
        }
        for drop in &summary.drop_offs {
            let steps = self.drop_offs.entry(drop.tour.clone()).or_default();
            let count = steps.entry(drop.step).or_insert(0);
            *count = count.saturating_add(1);
        }
        for view in &summary.views {
            let dwell = Dwell {
                views: 1,
                dwell_ms: view.dwell_ms,
            };
            add_dwell(&mut self.screens, &view.screen.key(), dwell);
        }
        bump(&mut self.languages, summary.language.code(), 1);
        for lang in &summary.languages_chosen {
            bump(&mut self.language_switches, lang.code(), 1);
        }
        self.larger_text = self
            .larger_text
            .saturating_add(u64::from(summary.larger_text));
        self.high_contrast = self
            .high_contrast
            .saturating_add(u64::from(summary.high_contrast));
        self.low_reach = self.low_reach.saturating_add(u64::from(summary.low_reach));
        for screen in &summary.narration_plays {
            bump(&mut self.narration_plays, &screen.key(), 1);
        }
    }

    /// Adds every figure of `other` into `self`.
    fn absorb(&mut self, other: &DayTotals) {
        self.sessions = self.sessions.saturating_add(other.sessions);
        self.session_ms = self.session_ms.saturating_add(other.session_ms);
        add_counts(&mut self.tours_started, &other.tours_started);
        add_counts(&mut self.tours_completed, &other.tours_completed);
        for (tour, steps) in &other.drop_offs {
            add_counts(self.drop_offs.entry(tour.clone()).or_default(), steps);
        }
        for (key, dwell) in &other.screens {
            add_dwell(&mut self.screens, key, *dwell);
        }
        add_counts(&mut self.languages, &other.languages);
        add_counts(&mut self.language_switches, &other.language_switches);
        self.larger_text = self.larger_text.saturating_add(other.larger_text);
        self.high_contrast = self.high_contrast.saturating_add(other.high_contrast);
        self.low_reach = self.low_reach.saturating_add(other.low_reach);
        add_counts(&mut self.narration_plays, &other.narration_plays);
    }

    /// The CSV rows of these figures, labelled `day`.
    fn csv_rows(&self, day: &str, out: &mut String) {
        let mut row = |metric: &str, key: &str, value: u64| {
            out.push_str(&csv_line(&[day, metric, key, &value.to_string()]));
        };
        row("sessions", "", self.sessions);
        row("session_ms", "", self.session_ms);
        for (tour, n) in &self.tours_started {
            row("tour_started", tour, *n);
        }
        for (tour, n) in &self.tours_completed {
            row("tour_completed", tour, *n);
        }
        for (tour, steps) in &self.drop_offs {
            for (step, n) in steps {
                let key = Screen::Step {
                    tour: tour.clone(),
                    n: *step,
                }
                .key();
                row("drop_off", &key, *n);
            }
        }
        for (key, dwell) in &self.screens {
            row("views", key, dwell.views);
            row("dwell_ms", key, dwell.dwell_ms);
        }
        for (code, n) in &self.languages {
            row("language", code, *n);
        }
        for (code, n) in &self.language_switches {
            row("language_switch", code, *n);
        }
        row("larger_text", "", self.larger_text);
        row("high_contrast", "", self.high_contrast);
        row("low_reach", "", self.low_reach);
        for (key, n) in &self.narration_plays {
            row("narration", key, *n);
        }
    }
}

/// All usage figures kept on the device. Serialized as
/// `{"version": 1, "days": {"2025-05-01": {…}, …}, "earlier": {…}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    version: u32,
    /// The last [`DETAIL_DAYS`] days with figures, by `YYYY-MM-DD`.
    days: BTreeMap<String, DayTotals>,
    /// Every older day added together.
    earlier: DayTotals,
}

impl Default for Figures {
    fn default() -> Self {
        Self {
            version: VERSION,
            days: BTreeMap::new(),
            earlier: DayTotals::default(),
        }
    }
}

/// Why stored figures could not be read. The caller reports it (to the
/// console or the staff panel) and starts again from [`Figures::default`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FiguresError {
    /// Not JSON, or not the shape of version 1.
    Corrupt(String),
    /// Another format version, or none.
    WrongVersion { found: Option<u64> },
}

impl fmt::Display for FiguresError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FiguresError::Corrupt(reason) => write!(f, "usage figures are corrupt: {reason}"),
            FiguresError::WrongVersion { found: Some(v) } => {
                write!(f, "usage figures have version {v}, expected {VERSION}")
            }
            FiguresError::WrongVersion { found: None } => {
                write!(f, "usage figures have no version, expected {VERSION}")
            }
        }
    }
}

impl std::error::Error for FiguresError {}

/// Totals across every day, for the staff panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffSummary {
    pub sessions: u64,
    /// Mean visit length in ms; 0 without visits.
    pub mean_session_ms: u64,
    /// Each tour started at least once, by id.
    pub tours: Vec<TourCompletion>,
}

/// How often a tour was started and finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TourCompletion {
    pub tour: String,
    pub started: u64,
    pub completed: u64,
}

impl TourCompletion {
    /// Completed as a whole percentage of started, rounded; 0 if never started.
    pub fn percent(&self) -> u64 {
        if self.started == 0 {
            return 0;
        }
        // In u128, so no count can overflow.
        let (completed, started) = (u128::from(self.completed), u128::from(self.started));
        u64::try_from((completed * 200 + started) / (started * 2)).unwrap_or(u64::MAX)
    }
}

impl Figures {
    /// Adds one visit to the figures of `day` (`YYYY-MM-DD`, from the
    /// caller's local clock), then rolls days beyond the last
    /// [`DETAIL_DAYS`] into `earlier`. A `day` not of that shape is added to
    /// `earlier` straight away, so the figures stay loadable.
    pub fn record(&mut self, day: &str, summary: &SessionSummary) {
        if is_day(day) {
            self.days
                .entry(day.to_owned())
                .or_default()
                .add_session(summary);
            self.roll_up();
        } else {
            self.earlier.add_session(summary);
        }
    }

    /// The days kept one by one, oldest first.
    pub fn days(&self) -> impl Iterator<Item = (&str, &DayTotals)> {
        self.days.iter().map(|(day, totals)| (day.as_str(), totals))
    }

    /// Every day older than those in [`days`](Self::days), added together.
    pub fn earlier(&self) -> &DayTotals {
        &self.earlier
    }

    /// Every day added together, `earlier` included.
    pub fn total(&self) -> DayTotals {
        let mut total = self.earlier.clone();
        for day in self.days.values() {
            total.absorb(day);
        }
        total
    }

    /// The mean reading time of the screen with this [`Screen::key`] over
    /// every day, if it was ever seen: what [`Session::end`] wants for the
    /// last screen of a visit.
    ///
    /// [`Session::end`]: super::session::Session::end
    pub fn mean_dwell(&self, screen_key: &str) -> Option<u64> {
        let mut sum = self
            .earlier
            .screens
            .get(screen_key)
            .copied()
            .unwrap_or_default();
        for day in self.days.values() {
            if let Some(dwell) = day.screens.get(screen_key) {
                sum.views = sum.views.saturating_add(dwell.views);
                sum.dwell_ms = sum.dwell_ms.saturating_add(dwell.dwell_ms);
            }
        }
        sum.dwell_ms.checked_div(sum.views)
    }

    /// Totals for the staff panel: visits, mean visit length, and the
    /// completion of each tour.
    pub fn summary(&self) -> StaffSummary {
        let total = self.total();
        let tours = total
            .tours_started
            .iter()
            .map(|(tour, started)| TourCompletion {
                tour: tour.clone(),
                started: *started,
                completed: total.tours_completed.get(tour).copied().unwrap_or(0),
            })
            .collect();
        StaffSummary {
            sessions: total.sessions,
            mean_session_ms: total.session_ms.checked_div(total.sessions).unwrap_or(0),
            tours,
        }
    }

    /// The figures as compact JSON, for storage.
    ///
    /// # Panics
    ///
    /// Never: every map key is a string or an integer, which JSON can hold.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("string and integer keys always serialize")
    }

    /// Reads figures stored by [`to_json`](Self::to_json), rolling up any
    /// days beyond the last [`DETAIL_DAYS`].
    ///
    /// # Errors
    ///
    /// [`FiguresError::WrongVersion`] if `"version"` is missing or not 1;
    /// [`FiguresError::Corrupt`] if the text is not JSON, not this shape, or
    /// a day is not `YYYY-MM-DD`. The caller reports it and starts afresh.
    pub fn from_json(text: &str) -> Result<Figures, FiguresError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| FiguresError::Corrupt(e.to_string()))?;
        let found = value.get("version").and_then(serde_json::Value::as_u64);
        if found != Some(u64::from(VERSION)) {
            return Err(FiguresError::WrongVersion { found });
        }
        let mut figures: Figures =
            serde_json::from_value(value).map_err(|e| FiguresError::Corrupt(e.to_string()))?;
        if let Some(day) = figures.days.keys().find(|day| !is_day(day)) {
            return Err(FiguresError::Corrupt(format!(
                "{day:?} is not a YYYY-MM-DD day"
            )));
        }
        figures.roll_up();
        Ok(figures)
    }

    /// The figures as CSV: a `day,metric,key,value` header, then one row per
    /// day and metric, `earlier` first (if it holds anything), then the days
    /// oldest first. Fields with commas, quotes or line breaks are quoted.
    pub fn to_csv(&self) -> String {
        let mut out = csv_line(&["day", "metric", "key", "value"]);
        if self.earlier != DayTotals::default() {
            self.earlier.csv_rows("earlier", &mut out);
        }
        for (day, totals) in &self.days {
            totals.csv_rows(day, &mut out);
        }
        out
    }

    /// Moves the oldest days into `earlier` until at most [`DETAIL_DAYS`] remain.
    fn roll_up(&mut self) {
        while self.days.len() > DETAIL_DAYS {
            if let Some((_, oldest)) = self.days.pop_first() {
                self.earlier.absorb(&oldest);
            }
        }
    }
}

/// Whether `day` looks like `YYYY-MM-DD` (so days sort by date as text).
fn is_day(day: &str) -> bool {
    let bytes = day.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

fn bump(counts: &mut BTreeMap<String, u64>, key: &str, n: u64) {
    let count = counts.entry(key.to_owned()).or_insert(0);
    *count = count.saturating_add(n);
}

fn add_counts<K: Ord + Clone>(into: &mut BTreeMap<K, u64>, from: &BTreeMap<K, u64>) {
    for (key, n) in from {
        let count = into.entry(key.clone()).or_insert(0);
        *count = count.saturating_add(*n);
    }
}

fn add_dwell(screens: &mut BTreeMap<String, Dwell>, key: &str, dwell: Dwell) {
    let sum = screens.entry(key.to_owned()).or_default();
    sum.views = sum.views.saturating_add(dwell.views);
    sum.dwell_ms = sum.dwell_ms.saturating_add(dwell.dwell_ms);
}

/// One CSV line, each field quoted if it holds a comma, quote or line break.
fn csv_line(fields: &[&str]) -> String {
    let escaped: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
    escaped.join(",") + "\n"
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;
    use crate::kiosk::idle::Millis;
    use crate::kiosk::session::Session;

    const MOSQUE: &str = "aghdam-mosque";
    const CEMETERY: &str = "khojaly-cemetery";

    /// Visit number `i` of a simulated day: alternating tours, 1 to 7 steps
    /// of 20 s each, every fifth visit finishing its tour.
    fn simulated_visit(i: u32) -> SessionSummary {
        let tour = if i.is_multiple_of(2) {
            MOSQUE
        } else {
            CEMETERY
        };
        let lang = Lang::ALL[(i % 4) as usize];
        let mut session = Session::begin(Millis(0), Lang::Az);
        let mut now = 0;
        session.enter(Screen::Home, Millis(now));
        if lang != Lang::Az {
            session.set_language(lang, Millis(1_000));
        }
        for n in 1..=(i % 7 + 1) {
            now += 20_000;
            session.enter(
                Screen::Step {
                    tour: tour.to_owned(),
                    n,
                },
                Millis(now),
            );
            if i.is_multiple_of(3) {
                session.narration_played(Millis(now + 1_000));
            }
        }
        if i.is_multiple_of(5) {
            now += 20_000;
            session.enter(
                Screen::End {
                    tour: tour.to_owned(),
                },
                Millis(now),
            );
        }
        session.set_larger_text(i.is_multiple_of(10), Millis(now));
        session.end(Millis(now + 120_000), 15_000)
    }

    fn day_of_visits(figures: &mut Figures, day: &str, visits: u32) {
        for i in 0..visits {
            figures.record(day, &simulated_visit(i));
        }
    }

    /// The first `n` days of 2025 with a 28-day February, as `YYYY-MM-DD`.
    fn days(n: usize) -> Vec<String> {
        (1..=12)
            .flat_map(|m| (1..=28).map(move |d| format!("2025-{m:02}-{d:02}")))
            .take(n)
            .collect()
    }

    #[test]
    fn a_simulated_day_of_fifty_visits() {
        let mut figures = Figures::default();
        day_of_visits(&mut figures, "2025-05-01", 50);
        let (day, totals) = figures.days().next().unwrap();
        assert_eq!(day, "2025-05-01");
        assert_eq!(totals.sessions, 50);
        let lengths: u64 = (0..50).map(|i| simulated_visit(i).length_ms).sum();
        assert_eq!(totals.session_ms, lengths);
        assert_eq!(totals.tours_started[MOSQUE], 25);
        assert_eq!(totals.tours_started[CEMETERY], 25);
        assert_eq!(totals.tours_completed[MOSQUE], 5);
        assert_eq!(totals.tours_completed[CEMETERY], 5);
        let drop_offs: u64 = totals.drop_offs.values().flat_map(BTreeMap::values).sum();
        assert_eq!(drop_offs, 40);
        // Visits 2, 16 and 44 (even, i % 7 == 2, not a multiple of 5) left the mosque at step 3.
        assert_eq!(totals.drop_offs[MOSQUE][&3], 3);
        assert_eq!(totals.screens["home"].views, 50);
        assert_eq!(totals.screens["home"].dwell_ms, 50 * 20_000);
        assert_eq!(totals.languages["az"], 13);
        assert_eq!(totals.languages["en"], 13);
        assert_eq!(totals.language_switches.get("az"), None);
        assert_eq!(totals.larger_text, 5);
        assert_eq!(totals.high_contrast, 0);
        assert_eq!(totals.narration_plays["tour:aghdam-mosque:step:1"], 9);

        let summary = figures.summary();
        assert_eq!(summary.sessions, 50);
        assert_eq!(summary.mean_session_ms, lengths / 50);
        assert_eq!(summary.tours.len(), 2);
        assert_eq!(summary.tours[0].tour, MOSQUE);
        assert_eq!(summary.tours[0].percent(), 20);
    }

    #[test]
    fn json_round_trip() {
        let mut figures = Figures::default();
        day_of_visits(&mut figures, "2025-05-01", 50);
        day_of_visits(&mut figures, "2025-05-02", 7);
        let json = figures.to_json();
        assert!(json.starts_with(r#"{"version":1,"days":{"2025-05-01":{"sessions":50,"#));
        assert_eq!(Figures::from_json(&json), Ok(figures));
        let empty = Figures::default();
        assert_eq!(Figures::from_json(&empty.to_json()), Ok(empty));
    }

    #[test]
    fn corrupt_or_foreign_input_is_refused() {
        let corrupt =
            |text: &str| matches!(Figures::from_json(text), Err(FiguresError::Corrupt(_)));
        let version = |text: &str| match Figures::from_json(text) {
            Err(FiguresError::WrongVersion { found }) => Some(found),
            _ => None,
        };
        assert!(corrupt(""));
        assert!(corrupt(r#"{"version":1,"days":{"#));
        assert!(corrupt("not json"));
        assert!(corrupt(r#"{"version":1}"#));
        assert!(corrupt(
            r#"{"version":1,"days":{},"earlier":{"sessions":-1}}"#
        ));
        let empty_day = serde_json::to_string(&DayTotals::default()).unwrap();
        assert!(corrupt(&format!(
            r#"{{"version":1,"days":{{"yesterday":{empty_day}}},"earlier":{empty_day}}}"#
        )));
        assert!(corrupt(&format!(
            r#"{{"version":1,"days":{{}},"earlier":{empty_day},"names":[]}}"#
        )));
        assert_eq!(version(r#"{"version":2,"days":[]}"#), Some(Some(2)));
        assert_eq!(version(r#"{"days":{}}"#), Some(None));
        assert_eq!(version(r#"{"version":"1"}"#), Some(None));
        assert_eq!(version("[1]"), Some(None));

        let error = Figures::from_json(r#"{"version":2}"#).unwrap_err();
        assert_eq!(
            error.to_string(),
            "usage figures have version 2, expected 1"
        );
        assert!(Figures::from_json("{")
            .unwrap_err()
            .to_string()
            .starts_with("usage figures are corrupt: "));
    }

    #[test]
    fn older_days_roll_up_and_totals_stay() {
        let mut figures = Figures::default();
        let all = days(65);
        for (i, day) in (0_u32..).zip(&all) {
            day_of_visits(&mut figures, day, 1 + i % 3);
        }
        let kept: Vec<&str> = figures.days().map(|(day, _)| day).collect();
        assert_eq!(kept.len(), DETAIL_DAYS);
        assert_eq!(kept[0], all[5]);
        assert_eq!(kept[59], all[64]);
        // Days 0..5 had 1, 2, 3, 1, 2 visits.
        assert_eq!(figures.earlier().sessions, 9);
        assert_eq!(
            figures.total().sessions,
            (0..65).map(|i| 1 + i % 3).sum::<u64>()
        );
        // Visit 0 of each of those days, and visit 2 of the third.
        assert_eq!(figures.earlier().tours_started[MOSQUE], 6);

        let mut unrolled = DayTotals::default();
        for i in 0_u32..65 {
            for v in 0..=i % 3 {
                unrolled.add_session(&simulated_visit(v));
            }
        }
        assert_eq!(figures.total(), unrolled);

        let json = figures.to_json();
        assert_eq!(Figures::from_json(&json), Ok(figures));
    }

    #[test]
    fn too_many_stored_days_roll_up_on_load() {
        let mut figures = Figures::default();
        for day in days(62) {
            figures
                .days
                .entry(day)
                .or_default()
                .add_session(&simulated_visit(1));
        }
        let loaded = Figures::from_json(&figures.to_json()).unwrap();
        assert_eq!(loaded.days().count(), DETAIL_DAYS);
        assert_eq!(loaded.earlier().sessions, 2);
        assert_eq!(loaded.total().sessions, 62);
    }

    #[test]
    fn an_older_day_recorded_late_rolls_up_at_once() {
        let mut figures = Figures::default();
        for day in &days(61)[1..] {
            day_of_visits(&mut figures, day, 1);
        }
        day_of_visits(&mut figures, "2024-12-31", 1);
        assert_eq!(figures.earlier().sessions, 1);
        assert_eq!(figures.days().count(), DETAIL_DAYS);
    }

    #[test]
    fn a_malformed_day_goes_to_earlier() {
        let mut figures = Figures::default();
        for day in ["", "2025-5-1", "earlier", "2025/05/01", "2025-05-01T10"] {
            day_of_visits(&mut figures, day, 1);
        }
        assert_eq!(figures.days().count(), 0);
        assert_eq!(figures.earlier().sessions, 5);
        assert!(Figures::from_json(&figures.to_json()).is_ok());
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_metric() {
        let mut figures = Figures::default();
        for day in days(61) {
            day_of_visits(&mut figures, &day, 1);
        }
        day_of_visits(&mut figures, "2025-03-05", 49);
        let csv = figures.to_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "day,metric,key,value");
        assert_eq!(lines[1], "earlier,sessions,,1");
        for row in [
            "2025-03-05,sessions,,50",
            "2025-03-05,tour_started,aghdam-mosque,26",
            "2025-03-05,tour_completed,aghdam-mosque,6",
            "2025-03-05,drop_off,tour:aghdam-mosque:step:3,3",
            "2025-03-05,views,home,50",
            "2025-03-05,dwell_ms,home,1000000",
            "2025-03-05,language,ru,12",
            "2025-03-05,language_switch,ru,12",
            "2025-03-05,larger_text,,6",
            "2025-03-05,high_contrast,,0",
            "2025-03-05,low_reach,,0",
            "2025-03-05,narration,tour:khojaly-cemetery:step:1,8",
            "2025-03-02,sessions,,1",
        ] {
            assert!(lines.contains(&row), "missing {row}");
        }
        assert!(csv.ends_with('\n'));
        assert!(Figures::default().to_csv() == "day,metric,key,value\n");
    }

    #[test]
    fn csv_quotes_commas_and_quotes() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        let mut session = Session::begin(Millis(0), Lang::Az);
        session.enter(
            Screen::Overview {
                tour: "odd,\"id".to_owned(),
            },
            Millis(0),
        );
        let mut figures = Figures::default();
        figures.record("2025-05-01", &session.end(Millis(1_000), 0));
        assert!(figures
            .to_csv()
            .contains("2025-05-01,views,\"tour:odd,\"\"id\",1\n"));
    }

    #[test]
    fn mean_dwell_across_days() {
        let mut figures = Figures::default();
        let screen_for = |ms: u64| {
            let mut session = Session::begin(Millis(0), Lang::Az);
            session.enter(Screen::Home, Millis(0));
            session.touch(Millis(ms));
            session.end(Millis(ms + 120_000), 0)
        };
        figures.record("2025-05-01", &screen_for(10_000));
        figures.record("2025-05-02", &screen_for(20_000));
        figures.record("2025-05-02", &screen_for(60_000));
        assert_eq!(figures.mean_dwell("home"), Some(30_000));
        assert_eq!(figures.mean_dwell("timeline"), None);
        for day in days(61) {
            figures.record(&day, &screen_for(30_000));
        }
        assert_eq!(figures.mean_dwell("home"), Some(30_000));
    }

    #[test]
    fn completion_percent_rounds() {
        let rate = |started, completed| {
            TourCompletion {
                tour: MOSQUE.to_owned(),
                started,
                completed,
            }
            .percent()
        };
        assert_eq!(rate(0, 0), 0);
        assert_eq!(rate(3, 1), 33);
        assert_eq!(rate(3, 2), 67);
        assert_eq!(rate(8, 8), 100);
        assert_eq!(rate(u64::MAX, u64::MAX), 100, "no overflow");
        assert_eq!(rate(u64::MAX, u64::MAX / 2), 50);
        assert_eq!(Figures::default().summary().mean_session_ms, 0);
    }
}
