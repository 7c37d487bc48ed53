//! What every screen shares: the visitor's language and display settings,
//! and the loaded content. A newtype each, provided once by the app.

use leptos::prelude::*;

use crate::content::{Catalogue, Lang};

/// The language the visitor chose.
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

/// The visitor's display choices.
#[derive(Clone, Copy)]
pub struct Display {
    pub larger_text: RwSignal<bool>,
    pub high_contrast: RwSignal<bool>,
    /// Every control within reach of a seated visitor or a child.
    pub low_reach: RwSignal<bool>,
}

/// What the app shell's polite live region says: the screen just shown.
#[derive(Clone, Copy)]
pub struct Announcer(pub RwSignal<String>);

/// The content, `None` while it loads.
#[derive(Clone, Copy)]
pub struct Content(pub RwSignal<Option<Catalogue>>);

/// What must keep the idle warning away while it lasts (besides a finger
/// on the screen, which the visit keeper watches itself).
#[derive(Clone, Copy)]
pub struct Holds {
    /// Narration is playing.
    pub narrating: RwSignal<bool>,
}

/// Whether staff have entered the PIN; every reset closes staff mode.
#[derive(Clone, Copy)]
pub struct StaffAccess(pub RwSignal<bool>);

/// Provides a fresh visitor session over `content`.
pub fn provide_kiosk_state(content: RwSignal<Option<Catalogue>>) {
    provide_context(Language(RwSignal::new(Lang::default())));
    provide_context(Display {
        larger_text: RwSignal::new(false),
        high_contrast: RwSignal::new(false),
        low_reach: RwSignal::new(false),
    });
    provide_context(Announcer(RwSignal::new(String::new())));
    provide_context(Content(content));
    provide_context(StaffAccess(RwSignal::new(false)));
    provide_context(Holds {
        narrating: RwSignal::new(false),
    });
}

/// The current language, as a signal.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<Language>().0
}
