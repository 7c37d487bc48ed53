//! Pieces every screen uses: the page frame with its top bar, the language
//! switch, display toggles, the screen heading and live region, dialogs,
//! pictures with their labels, and the loading, trouble and not-found screens.

mod content_trouble;
mod dialog;
mod display_toggles;
mod figure;
mod icon;
mod language_switch;
mod loading;
mod not_found;
mod page;
mod paragraphs;
mod picture_labels;
mod screen_heading;

pub use content_trouble::ContentTrouble;
pub use dialog::{keep_focus, Dialog};
pub use display_toggles::DisplayToggles;
pub use figure::Figure;
pub use icon::{Glyph, Icon};
pub use language_switch::LanguageSwitch;
pub use loading::Loading;
pub use not_found::NotFound;
pub use page::Page;
pub use paragraphs::Paragraphs;
pub use picture_labels::PictureLabels;
pub use screen_heading::{LiveRegion, ScreenHeading};

use leptos::prelude::*;

use super::state::use_lang;
use crate::labels::{label, Label};

/// A label that follows the visitor's language.
pub fn text(which: Label) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || label(which, lang.get())
}
