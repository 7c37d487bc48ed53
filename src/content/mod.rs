//! The tour content: its serde model, languages and validation. Pure Rust
//! (std, serde, thiserror): nothing here touches the browser, so the app,
//! `cargo xtask check-content` and host tests all share it.

mod catalogue;
mod lang;
mod model;
mod problem;
mod validate;

pub use catalogue::Catalogue;
pub use lang::{Lang, Text};
pub use model::{Source, Sources, Step, Tour, TourIndex};
pub use problem::{LoadError, Problem};
pub use validate::{parse_sources, parse_tour, parse_tour_index, STEP_COUNT};

/// Address of the tours index, relative to the site root.
pub const INDEX_FILE: &str = "tours.json";
/// Address of the sources list, relative to the site root.
pub const SOURCES_FILE: &str = "sources.json";

/// Where a tour's file lives, relative to the content folder.
pub fn tour_file(id: &str) -> String {
    format!("tours/{id}.json")
}
