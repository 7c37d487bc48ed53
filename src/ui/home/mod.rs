//! Home: the kiosk's name, the language choice and the tour cards.

mod home_screen;
mod tour_card;

pub use home_screen::HomeScreen;
pub use tour_card::TourCard;
