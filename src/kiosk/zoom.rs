//! Zoom and pan of the picture viewer: pinch to scale, drag to move,
//! double tap to zoom in or back out. The page itself never zooms.

/// Smallest and largest scale of a picture in the viewer.
pub const MIN_SCALE: f64 = 1.0;
pub const MAX_SCALE: f64 = 4.0;
/// The scale a double tap zooms in to.
pub const TAP_SCALE: f64 = 2.5;
/// How much one press of "Zoom in" (or the + key) enlarges.
pub const ZOOM_STEP: f64 = 1.5;
/// How far one press of an arrow key moves a zoomed picture, in CSS pixels.
pub const PAN_STEP: f64 = 80.0;

/// A way to move a zoomed picture by key: the direction the visitor wants
/// to look, so the picture itself moves the other way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Left,
    Right,
    Up,
    Down,
}

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

    /// One press of "Zoom in" (`factor` > 1) or "Zoom out" (< 1): the point
    /// at the centre of the stage stays there.
    pub fn zoomed_by(self, factor: f64) -> View {
        let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        let kept = scale / self.scale;
        View {
            scale,
            x: self.x * kept,
            y: self.y * kept,
        }
        .bounded()
    }

    /// One press of an arrow key: shows more of the picture that way.
    pub fn looked(self, look: Look) -> View {
        let (dx, dy) = match look {
            Look::Left => (PAN_STEP, 0.0),
            Look::Right => (-PAN_STEP, 0.0),
            Look::Up => (0.0, PAN_STEP),
            Look::Down => (0.0, -PAN_STEP),
        };
        self.panned(dx, dy)
    }

    /// What a key does: + and - zoom in and out, 0 shows the whole picture,
    /// the arrows move a zoomed picture; `None` for any other key.
    pub fn keyed(self, key: &str) -> Option<View> {
        Some(match key {
            "+" | "=" => self.zoomed_by(ZOOM_STEP),
            "-" | "_" => self.zoomed_by(1.0 / ZOOM_STEP),
            "0" => View::default(),
            "ArrowLeft" => self.looked(Look::Left),
            "ArrowRight" => self.looked(Look::Right),
            "ArrowUp" => self.looked(Look::Up),
            "ArrowDown" => self.looked(Look::Down),
            _ => return None,
        })
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

    #[test]
    fn zoom_buttons_step_within_limits_and_back_to_the_whole_picture() {
        let once = View::default().zoomed_by(ZOOM_STEP);
        assert!((once.scale - 1.5).abs() < 1e-9);
        let mut most = View::default();
        for _ in 0..10 {
            most = most.zoomed_by(ZOOM_STEP);
        }
        assert!((most.scale - MAX_SCALE).abs() < 1e-9);
        let moved = most.panned(300.0, -200.0);
        // Zooming out keeps the same point in the middle, then the whole picture.
        let out = moved.zoomed_by(1.0 / 2.0);
        assert!((out.scale - 2.0).abs() < 1e-9);
        assert!((out.x - 150.0).abs() < 1e-9 && (out.y + 100.0).abs() < 1e-9);
        assert_eq!(
            out.zoomed_by(1.0 / ZOOM_STEP).zoomed_by(1.0 / ZOOM_STEP),
            View::default()
        );
    }

    #[test]
    fn arrow_keys_pan_only_a_zoomed_picture_and_look_that_way() {
        assert_eq!(View::default().looked(Look::Left), View::default());
        let zoomed = View::default().zoomed_by(2.0);
        let left = zoomed.looked(Look::Left);
        assert!((left.x - PAN_STEP).abs() < 1e-9 && left.y.abs() < 1e-9);
        let down = zoomed.looked(Look::Down);
        assert!((down.y + PAN_STEP).abs() < 1e-9);
        let mut far = zoomed;
        for _ in 0..20 {
            far = far.looked(Look::Right);
        }
        assert!((far.x + 400.0).abs() < 1e-9);
    }

    #[test]
    fn keys_zoom_reset_and_move_and_leave_other_keys_alone() {
        let plus = View::default().keyed("+").unwrap();
        assert!((plus.scale - ZOOM_STEP).abs() < 1e-9);
        assert_eq!(plus.keyed("-"), Some(View::default()));
        let moved = plus.keyed("ArrowUp").unwrap();
        assert!((moved.y - PAN_STEP).abs() < 1e-9);
        assert_eq!(moved.keyed("0"), Some(View::default()));
        assert_eq!(moved.keyed("Enter"), None);
        assert_eq!(moved.keyed("Tab"), None);
    }
}
