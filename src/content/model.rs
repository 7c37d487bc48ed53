//! The shape of the content files under `public/content/`, as the app uses
//! them once `validate` has accepted them (see `docs/content.md`).

use serde::Deserialize;

use super::{DateSpan, Lang, Text};

/// `kiosk.json`: settings a museum may change.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskSettings {
    pub schema_version: u32,
    pub default_language: Lang,
    pub idle: IdleSettings,
    pub attract: AttractSettings,
    /// Local time of the nightly fresh start, "HH:MM".
    pub daily_restart: String,
    pub staff: StaffPasscode,
}

/// The staff PIN, stored only as a slow salted hash: PBKDF2-HMAC-SHA256
/// (`cargo xtask set-passcode` writes it). `kiosk.json` is public on the
/// network, so this keeps visitors out, not attackers.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffPasscode {
    /// Hex-encoded random salt.
    pub salt: String,
    pub iterations: u32,
    /// Hex-encoded 32-byte derived key.
    pub hash: String,
}

impl KioskSettings {
    /// Minutes after midnight of the nightly fresh start.
    pub fn restart_minute(&self) -> u32 {
        parse_clock_time(&self.daily_restart).unwrap_or(4 * 60)
    }
}

/// "HH:MM" as minutes after midnight.
pub fn parse_clock_time(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// How long a quiet kiosk waits before asking, and then before resetting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdleSettings {
    pub warning_after_seconds: u32,
    pub reset_after_seconds: u32,
}

/// The attract screen's slides.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttractSettings {
    pub slide_seconds: u32,
    pub slides: Vec<Slide>,
}

/// One picture of the attract screen.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    pub file: String,
    pub alt: Text,
}

impl Default for KioskSettings {
    /// The settings of the UI contract, used when `kiosk.json` cannot be read.
    fn default() -> Self {
        Self {
            schema_version: 1,
            default_language: Lang::Az,
            idle: IdleSettings {
                warning_after_seconds: 90,
                reset_after_seconds: 30,
            },
            attract: AttractSettings {
                slide_seconds: 8,
                slides: Vec::new(),
            },
            daily_restart: "04:00".to_owned(),
            // No passcode can match this: staff mode stays shut until
            // kiosk.json can be read.
            staff: StaffPasscode {
                salt: String::new(),
                iterations: 0,
                hash: String::new(),
            },
        }
    }
}

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
    /// Ids of the entries in `sources.json` that back the introduction.
    #[serde(default)]
    pub introduction_sources: Vec<String>,
    pub hero: Picture,
    pub plan: Plan,
    /// Shown at the end of the tour instead of the usual thanks.
    #[serde(default)]
    pub dedication: Option<Text>,
    #[serde(default)]
    pub dedication_sources: Vec<String>,
    pub steps: Vec<Step>,
}

/// A picture with what a visitor needs to know about it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    /// Relative to the site root, e.g. `media/aghdam-mosque.svg`.
    pub file: String,
    pub alt: Text,
    pub caption: Text,
    pub credit: Text,
    /// Names drawn over the picture in the visitor's language (a map's places).
    #[serde(default)]
    pub labels: Vec<PictureLabel>,
}

/// A word drawn over a picture, so that the picture itself holds no words.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureLabel {
    pub text: Text,
    /// Percent of the picture's width, 0–100.
    pub x: f32,
    /// Percent of the picture's height, 0–100: the label's vertical middle.
    pub y: f32,
    #[serde(default)]
    pub anchor: Anchor,
    /// Bold, for the main place.
    #[serde(default)]
    pub strong: bool,
}

/// Which end of a label stands at its point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// The text begins at the point.
    #[default]
    Start,
    Middle,
    /// The text ends at the point.
    End,
}

/// A tour's plan: an SVG whose `viewBox` is `0 0 width height`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub file: String,
    pub width: u32,
    pub height: u32,
    pub alt: Text,
    /// Words over the plan (its north letter) in the visitor's language.
    #[serde(default)]
    pub labels: Vec<PictureLabel>,
}

/// Where a step is on its tour's plan, in the plan's units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hotspot {
    pub x: u32,
    pub y: u32,
}

/// One stop of a tour.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Text,
    /// Short paragraphs separated by blank lines.
    pub body: Text,
    #[serde(default)]
    pub pictures: Vec<Picture>,
    /// Recorded narration, for the languages that have one.
    #[serde(default)]
    pub narration: PerLanguage<String>,
    #[serde(default)]
    pub hotspot: Option<Hotspot>,
    /// Ids of the glossary terms used in the body.
    #[serde(default)]
    pub glossary: Vec<String>,
    /// Ids of the entries in `sources.json` that back this step.
    pub sources: Vec<String>,
}

/// Something that some languages may have and others not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerLanguage<T> {
    #[serde(default)]
    az: Option<T>,
    #[serde(default)]
    en: Option<T>,
    #[serde(default)]
    tr: Option<T>,
    #[serde(default)]
    ru: Option<T>,
}

impl<T> PerLanguage<T> {
    /// The value for `lang`, if it has one.
    pub fn get(&self, lang: Lang) -> Option<&T> {
        match lang {
            Lang::Az => self.az.as_ref(),
            Lang::En => self.en.as_ref(),
            Lang::Tr => self.tr.as_ref(),
            Lang::Ru => self.ru.as_ref(),
        }
    }
}

/// `glossary.json`: words explained to visitors.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub schema_version: u32,
    pub terms: Vec<Term>,
}

/// A word and its short definition.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: Text,
    pub definition: Text,
    /// Other forms of the word to find in text, per language.
    #[serde(default)]
    pub forms: PerLanguage<Vec<String>>,
    pub sources: Vec<String>,
}

impl Glossary {
    /// The term with this id, if there is one.
    pub fn find(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }
}

impl Term {
    /// Every form of the term that marks it in `lang` text.
    pub fn stems(&self, lang: Lang) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.get(lang)).chain(
            self.forms
                .get(lang)
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
    }
}

/// `timeline.json`: dated events of both places.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    pub schema_version: u32,
    pub events: Vec<Event>,
}

/// One dated event.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or two of these joined by `/`.
    pub date: DateSpan,
    /// The tours this event belongs to.
    pub tours: Vec<String>,
    pub text: Text,
    pub sources: Vec<String>,
}

impl Tour {
    /// The step at position `n`, counted from 1 as the addresses count.
    pub fn step(&self, n: usize) -> Option<&Step> {
        n.checked_sub(1).and_then(|i| self.steps.get(i))
    }
}
