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

use crate::content::{Catalogue, Lang};

/// "Publication, date" for each source id, to show as a source line. An
/// unknown date is left out rather than shown in English to every visitor.
pub fn source_lines(catalogue: &Catalogue, ids: &[String]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| catalogue.sources.find(id))
        .map(|s| {
            if s.date.starts_with("undated") || s.date.starts_with("date not shown") {
                s.publication.clone()
            } else {
                format!("{}, {}", s.publication, s.date)
            }
        })
        .collect()
}

/// "Source: a; b" in `lang`.
pub fn source_line(lang: Lang, lines: &[String]) -> String {
    format!(
        "{}: {}",
        crate::labels::label(crate::labels::Label::Source, lang),
        lines.join("; ")
    )
}
