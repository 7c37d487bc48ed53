//! Telling a deliberate horizontal swipe from a tap, a scroll or a wobble.

/// What a finger's movement from touch-down to lift meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swipe {
    /// Finger moved to the left: show the next step.
    Left,
    /// Finger moved to the right: show the previous step.
    Right,
}

/// Shortest horizontal travel, in CSS pixels, that counts as a swipe.
pub const MIN_SWIPE: f64 = 80.0;

/// The swipe made by moving `dx`, `dy` pixels in `millis` milliseconds, if
/// any: mostly sideways, far enough, and not a slow drag (over 1.5 s).
pub fn classify(dx: f64, dy: f64, millis: f64) -> Option<Swipe> {
    let sideways = dx.abs() >= MIN_SWIPE && dy.abs() <= dx.abs() * 0.6;
    if !sideways || millis > 1500.0 {
        return None;
    }
    Some(if dx < 0.0 { Swipe::Left } else { Swipe::Right })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swipes_and_non_swipes() {
        assert_eq!(classify(-200.0, 10.0, 300.0), Some(Swipe::Left));
        assert_eq!(classify(150.0, -40.0, 300.0), Some(Swipe::Right));
        assert_eq!(
            classify(50.0, 0.0, 100.0),
            None,
            "too short: a tap that slid"
        );
        assert_eq!(
            classify(120.0, 200.0, 300.0),
            None,
            "mostly vertical: a scroll"
        );
        assert_eq!(classify(-300.0, 0.0, 4000.0), None, "too slow: a drag");
    }
}
