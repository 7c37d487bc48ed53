//! One step of a tour: its text, progress and the way on.

mod step_screen;
mod step_view;

pub use step_screen::StepScreen;
pub use step_view::StepView;
