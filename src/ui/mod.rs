//! The Leptos interface: one folder per feature, shared pieces in `common`.

pub mod app;
pub mod attract;
pub mod common;
pub mod home;
pub mod staff;
pub mod state;
pub mod step;
pub mod timeline;
pub mod tour;
pub mod viewer;
pub mod visit;

pub use app::App;
