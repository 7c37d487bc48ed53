//! The visitor's session around the screens: noticing activity, the idle
//! warning, the reset, usage figures and the nightly fresh start.

mod idle_warning;
mod usage;
mod visit_keeper;

pub use idle_warning::IdleWarning;
pub use usage::{provide_usage, Usage};
pub use visit_keeper::{IdleControl, VisitKeeper};
