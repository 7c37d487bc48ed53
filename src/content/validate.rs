//! Turns the text of a content file into checked content, reporting every
//! problem found as `file: json.path: what is wrong and how to fix it`.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use serde::de::DeserializeOwned;

use super::{Lang, LoadError, Problem, Sources, Text, Tour, TourIndex};

/// The content format this kiosk reads.
pub const SCHEMA_VERSION: u32 = 1;

/// How many steps a tour may have.
pub const STEP_COUNT: RangeInclusive<usize> = 3..=12;

/// Parses and checks `tours.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_tour_index(file: &str, json: &str) -> Result<TourIndex, LoadError> {
    let index: TourIndex = parse(file, json)?;
    let mut found = Found::new(file);
    found.schema(index.schema_version);
    if index.tours.is_empty() {
        found.add("tours", "no tours listed: add the id of at least one tour");
    }
    found.ids(index.tours.iter().map(String::as_str), "tours", |i| {
        format!("tours[{i}]")
    });
    found.finish(index)
}

/// Parses and checks `sources.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_sources(file: &str, json: &str) -> Result<Sources, LoadError> {
    let sources: Sources = parse(file, json)?;
    let mut found = Found::new(file);
    found.schema(sources.schema_version);
    found.ids(
        sources.sources.iter().map(|s| s.id.as_str()),
        "sources",
        |i| format!("sources[{i}].id"),
    );
    for (i, source) in sources.sources.iter().enumerate() {
        for (field, value) in [
            ("publication", &source.publication),
            ("title", &source.title),
            ("date", &source.date),
            ("url", &source.url),
        ] {
            if value.trim().is_empty() {
                found.add(format!("sources[{i}].{field}"), "is blank: fill it in");
            }
        }
    }
    found.finish(sources)
}

/// Parses and checks one tour file, whose sources must be listed in `sources`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_tour(file: &str, json: &str, sources: &Sources) -> Result<Tour, LoadError> {
    let tour: Tour = parse(file, json)?;
    let mut found = Found::new(file);
    found.schema(tour.schema_version);
    found.id(&tour.id, "id");
    let expected_file = super::tour_file(&tour.id);
    if !file.ends_with(&expected_file) {
        found.add(
            "id",
            format!(
                "\"{}\" does not match the file name: a tour with this id lives in {expected_file}",
                tour.id
            ),
        );
    }
    found.text(&tour.title, "title");
    found.text(&tour.subtitle, "subtitle");
    found.text(&tour.introduction, "introduction");
    if !STEP_COUNT.contains(&tour.steps.len()) {
        found.add(
            "steps",
            format!(
                "has {} steps: a tour needs {} to {}",
                tour.steps.len(),
                STEP_COUNT.start(),
                STEP_COUNT.end()
            ),
        );
    }
    found.ids(tour.steps.iter().map(|s| s.id.as_str()), "steps", |i| {
        format!("steps[{i}].id")
    });
    for (i, step) in tour.steps.iter().enumerate() {
        found.text(&step.title, &format!("steps[{i}].title"));
        found.text(&step.body, &format!("steps[{i}].body"));
        if step.sources.is_empty() {
            found.add(
                format!("steps[{i}].sources"),
                "no sources: list the id of at least one entry of sources.json",
            );
        }
        for (j, id) in step.sources.iter().enumerate() {
            if sources.find(id).is_none() {
                found.add(
                    format!("steps[{i}].sources[{j}]"),
                    format!("unknown source \"{id}\": add it to sources.json or fix the id"),
                );
            }
        }
    }
    found.finish(tour)
}

/// Reads JSON into `T`, explaining syntax and shape errors with their place.
fn parse<T: DeserializeOwned>(file: &str, json: &str) -> Result<T, LoadError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let syntax = |inner: &serde_json::Error| {
        Problem::new(
            file,
            "",
            format!(
                "line {} column {}: not valid JSON ({}): check commas, quotes and brackets",
                inner.line(),
                inner.column(),
                strip_position(&inner.to_string())
            ),
        )
    };
    let invalid = |problem| LoadError::Invalid {
        file: file.to_owned(),
        problems: vec![problem],
    };
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = result.map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        invalid(if inner.is_syntax() || inner.is_eof() {
            syntax(&inner)
        } else {
            shape_problem(
                file,
                if path == "." { "" } else { &path },
                &inner.to_string(),
            )
        })
    })?;
    de.end().map_err(|e| invalid(syntax(&e)))?;
    Ok(value)
}

/// Rewrites serde's wording for missing and unknown fields into advice.
fn shape_problem(file: &str, path: &str, message: &str) -> Problem {
    let message = strip_position(message);
    let join = |field: &str| {
        if path.is_empty() {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    if let Some(field) = between(&message, "missing field `", "`") {
        if let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == field) {
            return Problem::new(
                file,
                join(field),
                format!("missing {} text: add it", lang.english_name()),
            );
        }
        return Problem::new(file, join(field), "missing: add this field");
    }
    if let Some(field) = between(&message, "unknown field `", "`") {
        let expected = message
            .split_once(", expected ")
            .map(|(_, rest)| format!(" (expected {rest})"))
            .unwrap_or_default();
        // serde_path_to_error already ends the path with the unknown field.
        let path = if path.ends_with(field) {
            path.to_owned()
        } else {
            join(field)
        };
        return Problem::new(
            file,
            path,
            format!("unknown field: remove it or correct its name{expected}"),
        );
    }
    Problem::new(file, path, format!("{message}: see docs/content.md"))
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

/// `serde_json` appends " at line L column C"; the place is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// Problems found so far in one file.
struct Found {
    file: String,
    problems: Vec<Problem>,
}

impl Found {
    fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            problems: Vec::new(),
        }
    }

    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(&self.file, path, message));
    }

    fn schema(&mut self, version: u32) {
        if version != SCHEMA_VERSION {
            self.add(
                "schema_version",
                format!("is {version}, but this kiosk reads version {SCHEMA_VERSION}"),
            );
        }
    }

    fn id(&mut self, id: &str, path: &str) {
        if !is_kebab_case(id) {
            self.add(
                path,
                format!("\"{id}\" is not a valid id: use lowercase letters, digits and single hyphens, like \"main-hall\""),
            );
        }
    }

    fn ids<'a>(
        &mut self,
        ids: impl Iterator<Item = &'a str>,
        what: &str,
        path_of: impl Fn(usize) -> String,
    ) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            self.id(id, &path_of(i));
            if !seen.insert(id) {
                self.add(
                    path_of(i),
                    format!("\"{id}\" appears twice in {what}: ids must be unique"),
                );
            }
        }
    }

    fn text(&mut self, text: &Text, path: &str) {
        for lang in Lang::ALL {
            if text.get(lang).trim().is_empty() {
                self.add(
                    format!("{path}.{}", lang.code()),
                    format!("missing {} text: write it", lang.english_name()),
                );
            }
        }
    }

    fn finish<T>(self, value: T) -> Result<T, LoadError> {
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(LoadError::Invalid {
                file: self.file,
                problems: self.problems,
            })
        }
    }
}

/// Lowercase ASCII letters and digits in words joined by single hyphens.
fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_ids() {
        for ok in ["aghdam-mosque", "step-1", "a"] {
            assert!(is_kebab_case(ok), "{ok}");
        }
        for bad in [
            "",
            "Aghdam",
            "two--hyphens",
            "-start",
            "end-",
            "under_score",
            "space d",
        ] {
            assert!(!is_kebab_case(bad), "{bad}");
        }
    }
}
