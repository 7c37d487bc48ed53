//! The staff entrance: five touches in the free top-left corner within
//! three seconds, then a PIN whose wrong tries lock the pad for a while.

use super::backoff::Backoff;
use super::idle::Millis;

/// Touches needed, and the time they must fall within.
pub const CORNER_TAPS: usize = 5;
pub const CORNER_WINDOW_MS: u64 = 3_000;

/// Wrong PINs allowed before the pad locks.
pub const FREE_TRIES: u32 = 3;
/// How long the pad stays locked after too many wrong PINs: 30 s, doubling
/// with each further wrong PIN, at most 15 minutes.
pub const LOCKOUT: Backoff = Backoff {
    base_ms: 30_000,
    max_ms: 15 * 60_000,
};

/// Counts touches in the staff corner.
#[derive(Clone, Debug, Default)]
pub struct CornerTaps {
    taps: Vec<Millis>,
}

impl CornerTaps {
    /// A touch at `now`; true when it completes five within three seconds.
    pub fn tap(&mut self, now: Millis) -> bool {
        self.taps.retain(|t| now.since(*t) < CORNER_WINDOW_MS);
        self.taps.push(now);
        if self.taps.len() >= CORNER_TAPS {
            self.taps.clear();
            true
        } else {
            false
        }
    }
}

/// Wrong PIN tries and the lock they cause.
#[derive(Clone, Debug, Default)]
pub struct PinGuard {
    failures: u32,
    locked_until: Option<Millis>,
}

impl PinGuard {
    /// Milliseconds until a PIN may be tried again; 0 if it may now.
    pub fn wait(&self, now: Millis) -> u64 {
        self.locked_until.map_or(0, |until| until.since(now))
    }

    /// A wrong PIN at `now`.
    pub fn failed(&mut self, now: Millis) {
        self.failures += 1;
        if self.failures >= FREE_TRIES {
            let lock = LOCKOUT.delay(self.failures - FREE_TRIES);
            self.locked_until = Some(now.after(lock));
        }
    }

    /// The right PIN: everything is forgiven.
    pub fn succeeded(&mut self) {
        *self = PinGuard::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_corner_taps_within_three_seconds_open_staff_mode() {
        let mut corner = CornerTaps::default();
        let taps: Vec<bool> = [0, 500, 1000, 1500, 2000]
            .map(|t| corner.tap(Millis(t)))
            .to_vec();
        assert_eq!(taps, [false, false, false, false, true]);
        // Too slow: the first tap has expired by the fifth.
        let mut corner = CornerTaps::default();
        let slow: Vec<bool> = [0, 800, 1600, 2400, 3200]
            .map(|t| corner.tap(Millis(t)))
            .to_vec();
        assert_eq!(slow, [false; 5]);
        assert!(corner.tap(Millis(3300)), "taps 2-6 fall within 3 s");
    }

    #[test]
    fn wrong_pins_lock_the_pad_longer_each_time() {
        let mut guard = PinGuard::default();
        guard.failed(Millis(0));
        guard.failed(Millis(1_000));
        assert_eq!(guard.wait(Millis(1_000)), 0, "two wrong tries are free");
        guard.failed(Millis(2_000));
        assert_eq!(guard.wait(Millis(2_000)), 30_000);
        assert_eq!(guard.wait(Millis(32_000)), 0);
        guard.failed(Millis(40_000));
        assert_eq!(guard.wait(Millis(40_000)), 60_000);
        guard.succeeded();
        assert_eq!(guard.wait(Millis(40_000)), 0);
    }
}
