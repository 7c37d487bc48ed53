//! Staff mode: a hidden entrance on the home screen, a PIN pad, and the
//! panel with content status, usage figures and maintenance actions.

mod pin_pad;
mod staff_corner;
mod staff_panel;
mod staff_screen;

pub use pin_pad::PinPad;
pub use staff_corner::StaffCorner;
pub use staff_panel::{StaffPanel, StartedAt};
pub use staff_screen::StaffScreen;
