//! Derived facts about content for the screens: how long a tour takes,
//! where its steps sit on the plan, and which words of a text to mark.

use super::{find_words, Hotspot, Lang, Term, Text, Tour};

/// Words a visitor reads in a minute at a kiosk, unhurried.
const WORDS_PER_MINUTE: usize = 150;
/// Time to look around at each step, beyond reading.
const SECONDS_PER_STEP: usize = 30;

impl Tour {
    /// A rough duration in whole minutes (at least 1), from the text in `lang`.
    pub fn minutes(&self, lang: Lang) -> usize {
        let words: usize = self
            .steps
            .iter()
            .map(|s| s.body.get(lang).split_whitespace().count())
            .sum();
        let seconds = words * 60 / WORDS_PER_MINUTE + self.steps.len() * SECONDS_PER_STEP;
        seconds.div_ceil(60).max(1)
    }

    /// The steps that are places on the plan: (step number from 1, spot).
    pub fn plan_spots(&self) -> Vec<(usize, Hotspot)> {
        self.steps
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.hotspot.map(|h| (i + 1, h)))
            .collect()
    }
}

/// A piece of running text: plain, or a word with a glossary definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Plain(String),
    /// A marked word and the id of its term.
    Term(String, String),
}

/// `text` in `lang`, paragraph by paragraph, cut into plain text and the
/// words that `terms` explain.
pub fn marked_paragraphs(text: &Text, terms: &[Term], lang: Lang) -> Vec<Vec<Segment>> {
    text.paragraphs(lang)
        .map(|paragraph| {
            let mut marks: Vec<(usize, usize, &str)> = terms
                .iter()
                .flat_map(|t| {
                    find_words(paragraph, t.stems(lang))
                        .into_iter()
                        .map(move |(a, b)| (a, b, t.id.as_str()))
                })
                .collect();
            marks.sort_unstable();
            let mut segments = Vec::new();
            let mut at = 0;
            for (start, end, id) in marks {
                if start < at {
                    continue; // overlaps a word already marked
                }
                if start > at {
                    segments.push(Segment::Plain(paragraph[at..start].to_owned()));
                }
                segments.push(Segment::Term(
                    paragraph[start..end].to_owned(),
                    id.to_owned(),
                ));
                at = end;
            }
            if at < paragraph.len() {
                segments.push(Segment::Plain(paragraph[at..].to_owned()));
            }
            segments
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, az: &str) -> Term {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "term": {"az": az, "en": id, "tr": id, "ru": "х"},
            "definition": {"az": "d", "en": "d", "tr": "d", "ru": "д"},
            "sources": []
        }))
        .unwrap()
    }

    #[test]
    fn marks_terms_inside_paragraphs() {
        let text = Text::new("Mehrab və minarə.\n\nMinarələr", "x", "x", "х");
        let terms = [term("mihrab", "mehrab"), term("minaret", "minarə")];
        let marked = marked_paragraphs(&text, &terms, Lang::Az);
        assert_eq!(
            marked,
            [
                vec![
                    Segment::Term("Mehrab".into(), "mihrab".into()),
                    Segment::Plain(" və ".into()),
                    Segment::Term("minarə".into(), "minaret".into()),
                    Segment::Plain(".".into()),
                ],
                vec![Segment::Term("Minarələr".into(), "minaret".into())],
            ]
        );
    }
}
