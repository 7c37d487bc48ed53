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
    pub fn new(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            path: path.into(),
            message: message.into(),
        }
    }
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
