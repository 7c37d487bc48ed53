//! The four languages of the kiosk and text given in all of them.

use serde::Deserialize;

/// A language the kiosk speaks. Azerbaijani comes first: it is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Az,
    En,
    Tr,
    Ru,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 4] = [Lang::Az, Lang::En, Lang::Tr, Lang::Ru];

    /// The BCP 47 code used for `<html lang>` and in the JSON.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ru => "ru",
        }
    }

    /// The language's name for itself, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Az => "Azərbaycanca",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ru => "Русский",
        }
    }

    /// The language with this code, if it is one of the four.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The English name of the language, for messages to staff.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::Az => "Azerbaijani",
            Lang::En => "English",
            Lang::Tr => "Turkish",
            Lang::Ru => "Russian",
        }
    }
}

/// Visitor-facing text in every language: `{"az": "..", "en": "..", "tr": "..", "ru": ".."}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    az: String,
    en: String,
    tr: String,
    ru: String,
    /// Marks text that is rightly the same in several languages (a name).
    #[serde(default)]
    same: bool,
}

impl Text {
    /// Builds a text from its four translations (az, en, tr, ru).
    pub fn new(az: &str, en: &str, tr: &str, ru: &str) -> Self {
        Self {
            az: az.to_owned(),
            en: en.to_owned(),
            tr: tr.to_owned(),
            ru: ru.to_owned(),
            same: false,
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Az => &self.az,
            Lang::En => &self.en,
            Lang::Tr => &self.tr,
            Lang::Ru => &self.ru,
        }
    }

    /// The text in `lang`, split into paragraphs at blank lines.
    pub fn paragraphs(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.get(lang)
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_json() {
        for lang in Lang::ALL {
            let parsed: Lang = serde_json::from_str(&format!("\"{}\"", lang.code())).unwrap();
            assert_eq!(parsed, lang);
        }
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let text = Text::new("a\n\nb", "one\n\n\n  two  \n\n", "x", "y");
        assert_eq!(text.paragraphs(Lang::Az).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(
            text.paragraphs(Lang::En).collect::<Vec<_>>(),
            ["one", "two"]
        );
    }

    #[test]
    fn default_language_is_azerbaijani() {
        assert_eq!(Lang::default(), Lang::Az);
    }
}
