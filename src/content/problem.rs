//! What can be wrong with a content file, said so that staff can fix it.

use std::fmt;

/// One mistake in one file: `file: json.path: what is wrong and how to fix it`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// Where in the JSON, e.g. `steps[3].title.ru`; empty for the whole file.
    pub path: String,
    pub message: String,
}

impl Problem {
    /// A problem; a value quoted in `message` that is too long to read
    /// (a pasted article, a megabyte of junk) is shortened.
    pub fn new(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            path: path.into(),
            message: shorten_quoted(&message.into()),
        }
    }
}

/// Longest quoted value a message shows whole, in characters.
const QUOTED_CHARS: usize = 80;

/// `message` with every `"…"` span longer than [`QUOTED_CHARS`] cut to its
/// start and its length, so one bad value cannot flood the staff panel.
fn shorten_quoted(message: &str) -> String {
    message
        .split('"')
        .enumerate()
        .map(|(i, part)| {
            let chars = part.chars().count();
            if i % 2 == 1 && chars > QUOTED_CHARS {
                let start: String = part.chars().take(QUOTED_CHARS / 2).collect();
                format!("{start}… ({chars} characters)")
            } else {
                part.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\"")
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.message)
        }
    }
}

/// Why a content file could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The file could not be fetched or read at all.
    #[error("{file}: could not be loaded ({reason})")]
    Unreachable { file: String, reason: String },
    /// The file was read but is not valid content.
    #[error("{}", display_problems(.problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The file this error is about.
    pub fn file(&self) -> &str {
        match self {
            LoadError::Unreachable { file, .. } | LoadError::Invalid { file, .. } => file,
        }
    }
}

fn display_problems(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quoted_values_are_shortened_and_the_advice_kept() {
        let long = "x".repeat(1_000);
        let p = Problem::new(
            "a.json",
            "id",
            format!("\"{long}\" is not a valid id: use \"main-hall\""),
        );
        assert_eq!(
            p.message,
            format!(
                "\"{}… (1000 characters)\" is not a valid id: use \"main-hall\"",
                "x".repeat(40)
            )
        );
        let short = Problem::new("a.json", "id", "\"Main_Hall\" is not a valid id");
        assert_eq!(short.message, "\"Main_Hall\" is not a valid id");
    }
}
