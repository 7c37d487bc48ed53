//! A tour's own screens: the overview and the end, the plan, and finding
//! the tour named in the address.

mod end_screen;
mod overview_screen;
mod plan_map;
mod with_tour;

pub use end_screen::TourEnd;
pub use overview_screen::TourOverview;
pub use plan_map::PlanMap;
pub use with_tour::with_tour;

use crate::content::{Catalogue, Lang, Source};
use crate::labels::{label, Label};

/// The sources with these ids, in that order.
pub fn cited_sources(catalogue: &Catalogue, ids: &[String]) -> Vec<Source> {
    ids.iter()
        .filter_map(|id| catalogue.sources.find(id).cloned())
        .collect()
}

/// "Source: publication, date" or "Sources: …; …" in `lang`.
pub fn source_line(lang: Lang, sources: &[Source]) -> String {
    let lines: Vec<String> = sources.iter().map(|s| s.short(lang)).collect();
    let heading = if sources.len() > 1 {
        Label::Sources
    } else {
        Label::Source
    };
    format!("{}: {}", label(heading, lang), lines.join("; "))
}
