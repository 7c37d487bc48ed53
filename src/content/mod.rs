//! The tour content: its serde model, languages, dates, glossary matching
//! and validation. Pure Rust (std, serde, thiserror): nothing here touches
//! the browser, so the app, `cargo xtask check-content` and host tests all
//! share it.

mod catalogue;
mod check;
mod date;
mod lang;
mod model;
mod problem;
mod reading;
mod source;
mod source_rules;
mod terms;
mod validate;

pub use catalogue::Catalogue;
pub use date::{Date, DateSpan};
pub use lang::{Lang, Text};
pub use model::{
    parse_clock_time, Anchor, AttractSettings, Event, Glossary, Hotspot, IdleSettings,
    KioskSettings, PerLanguage, Picture, PictureLabel, Plan, Slide, StaffPasscode, Step, Term,
    Timeline, Tour, TourIndex,
};
pub use problem::{LoadError, Problem};
pub use reading::{marked_paragraphs, Segment};
pub use source::{quotes, CitePart, Publication, Source, Sources};
pub use terms::find_words;
pub use validate::{
    parse_glossary, parse_kiosk, parse_sources, parse_timeline, parse_tour, parse_tour_index, Refs,
    SCHEMA_VERSION, STEP_COUNT,
};

/// The content files, relative to the content folder.
pub const KIOSK_FILE: &str = "kiosk.json";
pub const INDEX_FILE: &str = "tours.json";
pub const SOURCES_FILE: &str = "sources.json";
pub const GLOSSARY_FILE: &str = "glossary.json";
pub const TIMELINE_FILE: &str = "timeline.json";

/// Where a tour's file lives, relative to the content folder.
pub fn tour_file(id: &str) -> String {
    format!("tours/{id}.json")
}
