//! Small line icons drawn inline, so no font needs to carry symbols.

use leptos::prelude::*;

/// Which icon.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    Play,
    Pause,
    Contrast,
    Timeline,
    LowReach,
}

/// An icon that screen readers skip (the control's text names it).
#[component]
pub fn Icon(glyph: Glyph) -> impl IntoView {
    let path = match glyph {
        Glyph::Play => "M8 5v14l11-7z",
        Glyph::Pause => "M7 5h4v14H7zM13 5h4v14h-4z",
        Glyph::Contrast => "M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18zm0 2v14a7 7 0 0 1 0-14z",
        Glyph::Timeline => "M5 4h2v16H5zM9 6h10v3H9zM9 11h7v3H9zM9 16h9v3H9z",
        // An arrow down onto a line: the controls come down.
        Glyph::LowReach => "M11 3h2v10.2l3.6-3.6 1.4 1.4-6 6-6-6 1.4-1.4 3.6 3.6zM4 19h16v2H4z",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path d=path fill="currentColor"></path>
        </svg>
    }
}
