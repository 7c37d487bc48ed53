//! The timeline of both places.

mod timeline_screen;

pub use timeline_screen::TimelineScreen;
