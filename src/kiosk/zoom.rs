//! Zoom and pan of the picture viewer: pinch to scale, drag to move,
//! double tap to zoom in or back out. The page itself never zooms.

/// Smallest and largest scale of a picture in the viewer.
pub const MIN_SCALE: f64 = 1.0;
pub const MAX_SCALE: f64 = 4.0;
/// The scale a double tap zooms in to.
pub const TAP_SCALE: f64 = 2.5;

/// How the picture is shown: scale, and offset of its centre in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
#[must_use]
pub struct View {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for View {
    fn default() -> Self {
        Self {
            scale: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl View {
    /// The view after a pinch that changed the fingers' distance from
    /// `start_distance` to `distance`, starting from `start`.
    pub fn pinched(start: View, start_distance: f64, distance: f64) -> View {
        if start_distance <= 0.0 {
            return start;
        }
        let scale = (start.scale * distance / start_distance).clamp(MIN_SCALE, MAX_SCALE);
        View { scale, ..start }.bounded()
    }

    /// The view moved by `dx`, `dy` pixels (only when zoomed in).
    pub fn panned(self, dx: f64, dy: f64) -> View {
        View {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .bounded()
    }

    /// A double tap: zoom in if at full view, else back to it.
    pub fn double_tapped(self) -> View {
        if self.scale > MIN_SCALE {
            View::default()
        } else {
            View {
                scale: TAP_SCALE,
                ..View::default()
            }
        }
    }

    /// Whether the visitor is zoomed in.
    pub fn is_zoomed(self) -> bool {
        self.scale > MIN_SCALE
    }

    /// The CSS transform for this view.
    pub fn css(self) -> String {
        format!(
            "translate({:.1}px, {:.1}px) scale({:.3})",
            self.x, self.y, self.scale
        )
    }

    /// Keeps the picture from being pushed out of sight: at scale `s` the
    /// centre may move at most `(s - 1) * 400` px either way.
    fn bounded(self) -> View {
        let reach = (self.scale - 1.0) * 400.0;
        View {
            x: self.x.clamp(-reach, reach),
            y: self.y.clamp(-reach, reach),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinching_scales_within_limits() {
        let start = View::default();
        assert!((View::pinched(start, 100.0, 200.0).scale - 2.0).abs() < 1e-9);
        assert!((View::pinched(start, 100.0, 1000.0).scale - MAX_SCALE).abs() < 1e-9);
        assert!((View::pinched(start, 100.0, 10.0).scale - MIN_SCALE).abs() < 1e-9);
        assert_eq!(View::pinched(start, 0.0, 50.0), start);
    }

    #[test]
    fn double_tap_toggles_and_pan_needs_zoom() {
        let zoomed = View::default().double_tapped();
        assert!(zoomed.is_zoomed());
        assert_eq!(zoomed.double_tapped(), View::default());
        assert_eq!(View::default().panned(50.0, 50.0), View::default());
        let moved = zoomed.panned(100.0, -100.0);
        assert!((moved.x - 100.0).abs() < 1e-9 && (moved.y + 100.0).abs() < 1e-9);
        assert!((zoomed.panned(5000.0, 0.0).x - 600.0).abs() < 1e-9);
    }
}
