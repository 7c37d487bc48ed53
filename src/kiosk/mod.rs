//! Kiosk behaviour as pure state machines: gestures, zoom, idle and reset,
//! visitor sessions, usage figures. Std only; time comes in as a value, so
//! host tests drive it with a fake clock.

pub mod analytics;
pub mod backoff;
pub mod gesture;
pub mod idle;
pub mod schedule;
pub mod session;
pub mod zoom;
