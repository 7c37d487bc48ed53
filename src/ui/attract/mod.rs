//! The attract screen shown at start-up and after every reset.

mod attract_screen;

pub use attract_screen::AttractScreen;
