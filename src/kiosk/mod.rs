//! Kiosk behaviour as pure state machines: gestures, zoom, idle and reset,
//! visitor sessions, usage figures, the staff entrance. No browser types;
//! time comes in as a value, so host tests drive it with a fake clock.

pub mod analytics;
pub mod backoff;
pub mod figures_store;
pub mod gesture;
pub mod idle;
pub mod schedule;
pub mod session;
pub mod staff;
pub mod zoom;
