//! The shape of the content files under `public/content/`.

use serde::Deserialize;

use super::Text;

/// `tours.json`: which tours the kiosk offers, in order.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TourIndex {
    pub schema_version: u32,
    /// Tour ids; each has a file `tours/<id>.json`.
    pub tours: Vec<String>,
}

/// `tours/<id>.json`: one guided tour.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    pub schema_version: u32,
    pub id: String,
    pub title: Text,
    pub subtitle: Text,
    /// Short paragraphs separated by blank lines.
    pub introduction: Text,
    pub steps: Vec<Step>,
}

/// One stop of a tour.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Text,
    /// Short paragraphs separated by blank lines.
    pub body: Text,
    /// Ids of the entries in `sources.json` that back this step.
    pub sources: Vec<String>,
}

/// `sources.json`: the publications the content relies on.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    pub schema_version: u32,
    pub sources: Vec<Source>,
}

/// A publication that backs claims in the tours.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publication: String,
    pub title: String,
    pub date: String,
    pub url: String,
}

impl Sources {
    /// The source with this id, if there is one.
    pub fn find(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

impl Tour {
    /// The step at position `n`, counted from 1 as the addresses count.
    pub fn step(&self, n: usize) -> Option<&Step> {
        n.checked_sub(1).and_then(|i| self.steps.get(i))
    }
}
