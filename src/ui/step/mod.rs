//! One step of a tour: its text with glossary words marked, pictures,
//! plan, narration, progress and the way on (by link or swipe).

mod glossary_row;
mod narration;
mod step_screen;
mod step_view;

pub use glossary_row::GlossaryRow;
pub use narration::Narration;
pub use step_screen::StepScreen;
pub use step_view::{StepPlan, StepView};
