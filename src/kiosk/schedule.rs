//! The nightly fresh start: once a day, at a quiet moment after a set time
//! (04:00 by default), the kiosk reloads the page to shed whatever a long
//! day of visits left behind. Never during a visit: if the kiosk is busy at
//! 04:00, it reloads at the next attract moment that day.
//!
//! The rule needs no storage: a reload is due if the page was loaded before
//! today's reload time. After the reload the page is newer than that, so it
//! cannot loop even where `localStorage` fails, and a page started or
//! crash-reloaded after 04:00 counts as today's fresh start. Pure: the
//! caller reads the local date and time (`platform::clock`) and passes them.

/// The default reload time, 04:00, in minutes after midnight.
pub const DEFAULT_RELOAD_AT: u32 = 4 * 60;

/// A local moment as the caller's clock reads it: the day as `YYYY-MM-DD`
/// and the minutes since midnight. Moments compare by day, then minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalTime<'a> {
    pub day: &'a str,
    pub minute: u32,
}

impl<'a> LocalTime<'a> {
    /// The moment `minute` minutes after midnight on `day`.
    pub fn new(day: &'a str, minute: u32) -> Self {
        Self { day, minute }
    }
}

/// Whether to reload now: the kiosk shows the attract screen, it is past
/// `at_minutes` today, and the page was `loaded` before that.
///
/// ```
/// use aghdam_kiosk::kiosk::schedule::{due_reload, LocalTime, DEFAULT_RELOAD_AT};
///
/// let loaded = LocalTime::new("2025-05-01", 9 * 60);
/// let now = LocalTime::new("2025-05-02", 4 * 60 + 7);
/// assert!(due_reload(loaded, now, DEFAULT_RELOAD_AT, true));
/// assert!(!due_reload(loaded, now, DEFAULT_RELOAD_AT, false), "not during a visit");
/// ```
pub fn due_reload(loaded: LocalTime, now: LocalTime, at_minutes: u32, in_attract: bool) -> bool {
    let today_at = LocalTime::new(now.day, at_minutes);
    in_attract && now >= today_at && loaded < today_at
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAY_1: &str = "2025-05-01";
    const MAY_2: &str = "2025-05-02";
    const MAY_3: &str = "2025-05-03";

    fn at(day: &str, hours: u32, minutes: u32) -> LocalTime<'_> {
        LocalTime::new(day, hours * 60 + minutes)
    }

    #[test]
    fn reload_once_a_day_after_four_in_attract_only() {
        let loaded_yesterday = at(MAY_1, 9, 0);
        // (now, in attract, due)
        let cases = [
            (at(MAY_1, 23, 59), true, false),
            (at(MAY_2, 0, 0), true, false),
            (at(MAY_2, 3, 59), true, false),
            (at(MAY_2, 4, 0), true, true),
            (at(MAY_2, 4, 0), false, false),
            (at(MAY_2, 6, 30), false, false),
            (at(MAY_2, 11, 15), true, true),
            (at(MAY_2, 23, 59), true, true),
            (at(MAY_3, 4, 0), true, true),
        ];
        for (now, in_attract, due) in cases {
            assert_eq!(
                due_reload(loaded_yesterday, now, DEFAULT_RELOAD_AT, in_attract),
                due,
                "{now:?} in attract: {in_attract}"
            );
        }
    }

    #[test]
    fn a_page_loaded_after_the_reload_time_is_fresh_until_tomorrow() {
        // After a reload at 04:00, or a start or crash reload at 10:00.
        for loaded in [at(MAY_2, 4, 0), at(MAY_2, 10, 0)] {
            assert!(!due_reload(
                loaded,
                at(MAY_2, 10, 1),
                DEFAULT_RELOAD_AT,
                true
            ));
            assert!(!due_reload(
                loaded,
                at(MAY_2, 23, 59),
                DEFAULT_RELOAD_AT,
                true
            ));
            assert!(!due_reload(
                loaded,
                at(MAY_3, 3, 59),
                DEFAULT_RELOAD_AT,
                true
            ));
            assert!(due_reload(loaded, at(MAY_3, 4, 0), DEFAULT_RELOAD_AT, true));
        }
    }

    #[test]
    fn a_page_loaded_in_the_small_hours_still_reloads_at_four() {
        let loaded = at(MAY_2, 1, 30);
        assert!(!due_reload(
            loaded,
            at(MAY_2, 3, 0),
            DEFAULT_RELOAD_AT,
            true
        ));
        assert!(due_reload(loaded, at(MAY_2, 4, 0), DEFAULT_RELOAD_AT, true));
    }

    #[test]
    fn busy_past_midnight_waits_for_the_next_reload_time() {
        // Busy all through May 2 after 04:00; by May 3 00:30 it is not yet due.
        let loaded = at(MAY_1, 12, 0);
        assert!(!due_reload(
            loaded,
            at(MAY_2, 4, 0),
            DEFAULT_RELOAD_AT,
            false
        ));
        assert!(!due_reload(
            loaded,
            at(MAY_3, 0, 30),
            DEFAULT_RELOAD_AT,
            true
        ));
        assert!(due_reload(loaded, at(MAY_3, 4, 0), DEFAULT_RELOAD_AT, true));
    }

    #[test]
    fn another_reload_time() {
        let loaded = at(MAY_1, 12, 0);
        let half_past_two = 2 * 60 + 30;
        assert!(!due_reload(loaded, at(MAY_2, 2, 29), half_past_two, true));
        assert!(due_reload(loaded, at(MAY_2, 2, 30), half_past_two, true));
        // A time past midnight's end never comes.
        assert!(!due_reload(loaded, at(MAY_2, 23, 59), 24 * 60, true));
    }
}
