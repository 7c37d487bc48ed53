//! Kiosk behaviour as pure state machines: gestures, zoom, idle and reset,
//! visitor sessions, usage figures. Std only; time comes in as a value, so
//! host tests drive it with a fake clock.

pub mod gesture;
pub mod zoom;
