//! A tour's own screens: the overview and the end, and finding the tour
//! named in the address.

mod end_screen;
mod overview_screen;
mod with_tour;

pub use end_screen::TourEnd;
pub use overview_screen::TourOverview;
pub use with_tour::with_tour;
