//! The Leptos interface: one folder per feature, shared pieces in `common`.

pub mod app;
pub mod attract;
pub mod common;
pub mod home;
pub mod state;
pub mod step;
pub mod timeline;
pub mod tour;
pub mod viewer;

pub use app::App;
