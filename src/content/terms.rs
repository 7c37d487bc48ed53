//! Finding glossary words in running text, so they can be marked: at the
//! start of a word, ignoring case, and running on to the end of the word
//! (`mehrab` marks all of `mehrabın`).

/// Byte ranges in `text` of the words that begin with one of `stems`,
/// in order and not overlapping.
pub fn find_words<'a>(text: &str, stems: impl IntoIterator<Item = &'a str>) -> Vec<(usize, usize)> {
    let stems: Vec<Vec<char>> = stems
        .into_iter()
        .map(|s| s.chars().map(fold).collect())
        .filter(|s: &Vec<char>| !s.is_empty())
        .collect();
    let mut found = Vec::new();
    let mut previous: Option<char> = None;
    let mut skip_until = 0;
    for (at, c) in text.char_indices() {
        let word_start = previous.is_none_or(|p| !p.is_alphanumeric());
        previous = Some(c);
        if at < skip_until || !word_start || !c.is_alphanumeric() {
            continue;
        }
        // The byte just past the longest stem matched here, if any.
        let matched = stems
            .iter()
            .filter_map(|stem| {
                let mut chars = text[at..].char_indices();
                for s in stem {
                    let (_, c) = chars.next()?;
                    if fold(c) != *s {
                        return None;
                    }
                }
                Some(chars.next().map_or(text.len(), |(i, _)| at + i))
            })
            .max();
        if let Some(stem_end) = matched {
            // Run on to the end of the word the stem ends in.
            let end = text[stem_end..]
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(text.len(), |(i, _)| stem_end + i);
            found.push((at, end));
            skip_until = end;
        }
    }
    found
}

/// Case folding that treats the Turkish and Azerbaijani dotted and dotless
/// i alike, so a term matches however it is capitalised.
fn fold(c: char) -> char {
    match c {
        'I' | 'İ' | 'ı' => 'i',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

#[cfg(test)]
mod tests {
    use super::find_words;

    fn marked<'t>(text: &'t str, stems: &[&str]) -> Vec<&'t str> {
        find_words(text, stems.iter().copied())
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn marks_whole_words_that_start_with_a_stem() {
        assert_eq!(
            marked("Mehrabın yanında mehrab var.", &["mehrab"]),
            ["Mehrabın", "mehrab"]
        );
        assert_eq!(
            marked("В михрабе и у михраба.", &["михраб"]),
            ["михрабе", "михраба"]
        );
        assert_eq!(
            marked("The minarets; a minaret.", &["minaret"]),
            ["minarets", "minaret"]
        );
    }

    #[test]
    fn ignores_stems_inside_words_and_folds_dotted_i() {
        assert_eq!(marked("premihrab", &["mihrab"]), Vec::<&str>::new());
        assert_eq!(marked("İmam və imamlar", &["imam"]), ["İmam", "imamlar"]);
        assert_eq!(marked("KIBLE yönü", &["kıble"]), ["KIBLE"]);
        assert_eq!(
            marked("Ağdamın Şəhidlər xiyabanında", &["şəhidlər xiyaban"]),
            ["Şəhidlər xiyabanında"]
        );
    }
}
