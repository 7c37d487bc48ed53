//! `sources.json`: the publications behind the content, and how a source is
//! written out for a visitor: its publication's name in their language, a
//! real title in their language's quotes, a description without quotes, and
//! a date only where one is known.

use serde::Deserialize;

use super::{DateSpan, Lang, Text};

/// `sources.json`: the publications the content relies on.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    pub schema_version: u32,
    pub sources: Vec<Source>,
}

impl Sources {
    /// The source with this id, if there is one.
    pub fn find(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// A publication that backs claims in the tours.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publication: Publication,
    /// The headline or document title as published, in its own language.
    #[serde(default)]
    pub title: Option<String>,
    /// The language `title` is written in (`az`, `tr`, `it`, …).
    #[serde(default)]
    pub lang: Option<String>,
    /// What the source is, in the kiosk's words ("Anadolu Agency report").
    #[serde(default)]
    pub description: Option<Text>,
    /// When it was published, if that is known.
    #[serde(default)]
    pub date: Option<DateSpan>,
    pub url: String,
}

/// A publication's name: one for every language, or the name the publisher
/// itself uses in each.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Publication {
    Same(String),
    PerLanguage(Text),
}

impl Publication {
    /// The name as written for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Publication::Same(name) => name,
            Publication::PerLanguage(names) => names.get(lang),
        }
    }
}

/// A piece of a written-out source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CitePart {
    /// Words in the visitor's language: names, punctuation, description, date.
    Plain(String),
    /// The source's own title, in the language it is written in.
    Title { text: String, lang: String },
}

/// The quotation marks of `lang`: «» in Azerbaijani and Russian, “” in
/// English and Turkish.
pub fn quotes(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Az | Lang::Ru => ("«", "»"),
        Lang::En | Lang::Tr => ("“", "”"),
    }
}

impl Source {
    /// "Publication, date" (or just the publication): a short source line.
    pub fn short(&self, lang: Lang) -> String {
        let name = self.publication.get(lang);
        match self.date {
            Some(date) => format!("{name}, {}", date.format(lang)),
            None => name.to_owned(),
        }
    }

    /// The whole source for a list of sources: `Publication, «Title»,
    /// description, date`, leaving out what it does not have.
    pub fn citation(&self, lang: Lang) -> Vec<CitePart> {
        let mut parts = vec![CitePart::Plain(self.publication.get(lang).to_owned())];
        if let Some(title) = &self.title {
            let (open, close) = quotes(lang);
            parts.push(CitePart::Plain(format!(", {open}")));
            parts.push(CitePart::Title {
                text: title.clone(),
                lang: self.lang.clone().unwrap_or_default(),
            });
            parts.push(CitePart::Plain(close.to_owned()));
        }
        let rest = self
            .description
            .as_ref()
            .map(|d| d.get(lang).to_owned())
            .into_iter()
            .chain(self.date.map(|d| d.format(lang)));
        for piece in rest {
            parts.push(CitePart::Plain(format!(", {piece}")));
        }
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A citation as the visitor reads it.
    fn citation_text(parts: &[CitePart]) -> String {
        parts
            .iter()
            .map(|p| match p {
                CitePart::Plain(text) | CitePart::Title { text, .. } => text.as_str(),
            })
            .collect()
    }

    fn source(json: &str) -> Source {
        serde_json::from_str(json).unwrap()
    }

    const TITLED: &str = r#"{ "id": "s3", "publication": "Haberler.com",
        "title": "Cuma Mescidi Yeniden İbadete Açıldı", "lang": "tr",
        "date": "2025-11-09", "url": "https://example.org/" }"#;

    const DESCRIBED: &str = r#"{ "id": "s1",
        "publication": { "az": "Anadolu Agentliyi", "en": "Anadolu Agency", "tr": "Anadolu Ajansı", "ru": "Анадолу" },
        "description": { "az": "xəbər", "en": "news report", "tr": "haber", "ru": "новость" },
        "url": "https://example.org/" }"#;

    #[test]
    fn a_title_is_quoted_as_the_visitor_s_language_quotes() {
        let s = source(TITLED);
        let line = |lang| citation_text(&s.citation(lang));
        assert_eq!(
            line(Lang::Az),
            "Haberler.com, «Cuma Mescidi Yeniden İbadete Açıldı», 9\u{a0}noyabr\u{a0}2025"
        );
        assert_eq!(
            line(Lang::En),
            "Haberler.com, “Cuma Mescidi Yeniden İbadete Açıldı”, 9\u{a0}November\u{a0}2025"
        );
        assert_eq!(
            line(Lang::Ru),
            "Haberler.com, «Cuma Mescidi Yeniden İbadete Açıldı», 9\u{a0}ноября\u{a0}2025"
        );
        assert!(s.citation(Lang::Tr).contains(&CitePart::Title {
            text: "Cuma Mescidi Yeniden İbadete Açıldı".to_owned(),
            lang: "tr".to_owned()
        }));
    }

    #[test]
    fn a_description_has_no_quotes_and_an_unknown_date_is_left_out() {
        let s = source(DESCRIBED);
        assert_eq!(
            citation_text(&s.citation(Lang::En)),
            "Anadolu Agency, news report"
        );
        assert_eq!(
            citation_text(&s.citation(Lang::Tr)),
            "Anadolu Ajansı, haber"
        );
        assert_eq!(s.short(Lang::Ru), "Анадолу");
    }

    #[test]
    fn a_short_line_is_the_publication_and_its_date() {
        assert_eq!(
            source(TITLED).short(Lang::Az),
            "Haberler.com, 9\u{a0}noyabr\u{a0}2025"
        );
    }
}
