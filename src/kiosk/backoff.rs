//! Self-healing retries: how long to wait before trying again to load
//! content, and before reloading the page after a crash, so a lasting fault
//! does not become a tight loop of requests or reloads.
//!
//! Pure: the caller keeps the timestamps (crash reloads must survive the
//! reload, so `platform` stores them, read from the wall clock, `Date.now()`)
//! and runs the timers.

use super::idle::Millis;

/// Exponential delays: `base_ms`, twice that, four times, … never above `max_ms`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    pub base_ms: u64,
    pub max_ms: u64,
}

impl Backoff {
    /// Retrying content that failed to load: 2 s, 4 s, 8 s, … at most 1 min.
    pub const CONTENT: Backoff = Backoff {
        base_ms: 2_000,
        max_ms: 60_000,
    };

    /// The wait before the next try, after `attempt` tries that failed
    /// (counted from 0: the first retry waits `base_ms`). Doubles each
    /// attempt, capped at `max_ms`, and never overflows.
    pub fn delay(self, attempt: u32) -> u64 {
        let factor = 1_u64.checked_shl(attempt).unwrap_or(u64::MAX);
        self.base_ms.saturating_mul(factor).min(self.max_ms)
    }
}

/// How long to wait before reloading after a crash: a few seconds for the
/// first, longer when crashes repeat within `window_ms`, capped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrashLoop {
    /// The delays: the first crash waits `backoff.base_ms`.
    pub backoff: Backoff,
    /// Crash reloads older than this no longer count.
    pub window_ms: u64,
}

impl Default for CrashLoop {
    /// 5 s, 10 s, 20 s, … at most 5 min, for crashes within 10 min.
    fn default() -> Self {
        Self {
            backoff: Backoff {
                base_ms: 5_000,
                max_ms: 5 * 60_000,
            },
            window_ms: 10 * 60_000,
        }
    }
}

impl CrashLoop {
    /// The wait before reloading after a crash at `now`, given the
    /// timestamps of earlier crash reloads. Only those within `window_ms`
    /// count; one from the future (a clock set back) counts too, to be safe.
    ///
    /// ```
    /// use aghdam_kiosk::kiosk::backoff::CrashLoop;
    /// use aghdam_kiosk::kiosk::idle::Millis;
    ///
    /// let crashes = CrashLoop::default();
    /// assert_eq!(crashes.next_reload_delay(&[], Millis(1_000_000)), 5_000);
    /// let recent = [Millis(900_000), Millis(990_000)];
    /// assert_eq!(crashes.next_reload_delay(&recent, Millis(1_000_000)), 20_000);
    /// ```
    pub fn next_reload_delay(&self, recent: &[Millis], now: Millis) -> u64 {
        let repeats = recent.iter().filter(|&&t| self.is_recent(t, now)).count();
        self.backoff
            .delay(u32::try_from(repeats).unwrap_or(u32::MAX))
    }

    /// The timestamps still worth storing at `now`: those within the window.
    pub fn still_recent(&self, recent: &[Millis], now: Millis) -> Vec<Millis> {
        recent
            .iter()
            .copied()
            .filter(|&t| self.is_recent(t, now))
            .collect()
    }

    fn is_recent(&self, crash: Millis, now: Millis) -> bool {
        now.since(crash) < self.window_ms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_cap() {
        let backoff = Backoff {
            base_ms: 1_000,
            max_ms: 30_000,
        };
        let cases = [
            (0, 1_000),
            (1, 2_000),
            (2, 4_000),
            (4, 16_000),
            (5, 30_000),
            (6, 30_000),
            (63, 30_000),
            (64, 30_000),
            (u32::MAX, 30_000),
        ];
        for (attempt, delay) in cases {
            assert_eq!(backoff.delay(attempt), delay, "attempt {attempt}");
        }
    }

    #[test]
    fn no_overflow_with_huge_settings() {
        let backoff = Backoff {
            base_ms: u64::MAX / 2,
            max_ms: u64::MAX,
        };
        assert_eq!(backoff.delay(0), u64::MAX / 2);
        assert_eq!(backoff.delay(3), u64::MAX);
        let odd = Backoff {
            base_ms: 10_000,
            max_ms: 1_000,
        };
        assert_eq!(odd.delay(0), 1_000, "the cap wins over a larger base");
    }

    #[test]
    fn content_retries() {
        assert_eq!(Backoff::CONTENT.delay(0), 2_000);
        assert_eq!(Backoff::CONTENT.delay(4), 32_000);
        assert_eq!(Backoff::CONTENT.delay(5), 60_000);
    }

    #[test]
    fn crash_reloads_slow_down_when_they_repeat() {
        let crashes = CrashLoop::default();
        let now = Millis(100_000_000);
        let minutes_ago = |m: u64| Millis(now.0 - m * 60_000);
        // (earlier crash reloads, minutes ago; expected delay)
        let cases: [(&[u64], u64); 7] = [
            (&[], 5_000),
            (&[1], 10_000),
            (&[9, 1], 20_000),
            (&[8, 6, 4, 2, 1], 160_000),
            (&[9, 8, 7, 6, 5, 4, 3, 2, 1], 300_000),
            (&[10, 30, 600], 5_000),
            (&[11, 9], 10_000),
        ];
        for (ago, delay) in cases {
            let recent: Vec<Millis> = ago.iter().map(|&m| minutes_ago(m)).collect();
            assert_eq!(crashes.next_reload_delay(&recent, now), delay, "{ago:?}");
        }
    }

    #[test]
    fn crashes_from_the_future_count() {
        let crashes = CrashLoop::default();
        assert_eq!(
            crashes.next_reload_delay(&[Millis(2_000)], Millis(1_000)),
            10_000
        );
    }

    #[test]
    fn only_recent_crashes_are_kept() {
        let crashes = CrashLoop::default();
        let now = Millis(1_000_000);
        let stored = [Millis(100_000), Millis(400_001), Millis(999_000)];
        assert_eq!(
            crashes.still_recent(&stored, now),
            [Millis(400_001), Millis(999_000)]
        );
    }
}
