//! A property test of the content validator: fed thousands of mutations of
//! the real content (fields removed, types swapped, huge strings, deep
//! nesting, broken escapes, numbers out of range, duplicated keys), it never
//! panics, never hangs, and answers with a clean list of problems.
//!
//! Seeded and repeatable: `VALIDATOR_PROPS_SEED=N` replays a run and
//! `VALIDATOR_PROPS_CASES=N` changes its length (default 10,000).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use aghdam_kiosk::content::{
    parse_glossary, parse_kiosk, parse_sources, parse_timeline, parse_tour, parse_tour_index,
    Catalogue, LoadError, Refs,
};
use serde_json::{Map, Value};

/// Longest one validation may take (debug build, busy machine) before it
/// counts as a hang.
const TIME_LIMIT: Duration = Duration::from_secs(5);

/// The shipped content files, each with the validator that reads it.
const FILES: &[&str] = &[
    "kiosk.json",
    "tours.json",
    "sources.json",
    "glossary.json",
    "timeline.json",
    "tours/aghdam-mosque.json",
    "tours/khojaly-cemetery.json",
];

fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/content")
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Validates `json` as `file`; `Ok` for valid content, else the problems.
fn validate(file: &str, json: &str, catalogue: &Catalogue) -> Result<(), LoadError> {
    let tours: Vec<String> = catalogue.tours.iter().map(|t| t.id.clone()).collect();
    let media = content_dir().join("..");
    let exists = move |f: &str| media.join(f).is_file();
    let refs = Refs {
        sources: Some(&catalogue.sources),
        glossary: Some(&catalogue.glossary),
        tours: Some(&tours),
        media_exists: Some(&exists),
    };
    match file {
        "kiosk.json" => parse_kiosk(file, json, &refs).map(|_| ()),
        "tours.json" => parse_tour_index(file, json).map(|_| ()),
        "sources.json" => parse_sources(file, json).map(|_| ()),
        "glossary.json" => parse_glossary(file, json, &refs).map(|_| ()),
        "timeline.json" => parse_timeline(file, json, &refs).map(|_| ()),
        _ => parse_tour(file, json, &refs).map(|_| ()),
    }
}

/// Every node's path from the root, as a list of keys and indices.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn paths(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                here.push(Step::Key(k.clone()));
                paths(v, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                here.push(Step::Index(i));
                paths(v, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn node_mut<'v>(root: &'v mut Value, path: &[Step]) -> &'v mut Value {
    path.iter().fold(root, |node, step| match step {
        Step::Key(k) => &mut node[k.as_str()],
        Step::Index(i) => &mut node[*i],
    })
}

/// One mutation of the document; returns the JSON text to validate and a
/// name for it, so that a failure says what was fed in.
/// A random index below `len`.
fn pick(rng: &mut oorandom::Rand64, len: usize) -> usize {
    let len = u64::try_from(len).unwrap();
    usize::try_from(rng.rand_range(0..len)).unwrap()
}

fn mutate(doc: &Value, rng: &mut oorandom::Rand64) -> (String, String) {
    let mut doc = doc.clone();
    let mut all = Vec::new();
    paths(&doc, &mut Vec::new(), &mut all);
    let path = all[pick(rng, all.len())].clone();
    let at = format!("{path:?}");
    let kind = rng.rand_range(0..12);
    let node = node_mut(&mut doc, &path);
    let name = match kind {
        0 => {
            // Remove a field (or empty the node when it is not in an object).
            *node = Value::Null;
            if let Some(Step::Key(key)) = path.last() {
                let parent = node_mut(&mut doc, &path[..path.len() - 1]);
                if let Some(map) = parent.as_object_mut() {
                    map.remove(key);
                }
            }
            "field removed"
        }
        1 => {
            *node = match node {
                Value::String(_) => Value::from(42),
                Value::Number(_) => Value::from("42"),
                Value::Array(_) => Value::Object(Map::new()),
                Value::Object(_) => Value::Array(vec![]),
                Value::Bool(_) => Value::from("true"),
                Value::Null => Value::Bool(false),
            };
            "type swapped"
        }
        2 => {
            *node = Value::String("ə".repeat(500_000));
            "1 MB string"
        }
        3 => {
            *node = Value::Null;
            "null"
        }
        4 => {
            *node = [
                Value::from(-1),
                Value::from(u64::MAX),
                Value::from(i64::MIN),
                Value::from(1.5),
                Value::from(f64::MAX),
            ][pick(rng, 5)]
            .clone();
            "number out of range"
        }
        5 => {
            if let Value::Array(items) = node {
                if let Some(first) = items.first().cloned() {
                    items.extend(std::iter::repeat_n(first, 50));
                }
            }
            "list repeated"
        }
        6 => {
            if let Value::Object(map) = node {
                map.insert("unexpected".into(), Value::from("x"));
            }
            "unknown field added"
        }
        7 => {
            *node = Value::String(String::new());
            "blank string"
        }
        8 => {
            *node = Value::String("<script>alert(1)</script>\u{0}\u{202e}".into());
            "markup and control characters"
        }
        // The rest change the text itself, where serde_json::Value cannot go.
        _ => "",
    };
    let text = serde_json::to_string_pretty(&doc).unwrap();
    match kind {
        9 => (deep_nesting(&text), "10,000-deep nesting".into()),
        10 => (
            text.replacen(": \"", ": \"\\ud800 \\udfff ", 1),
            "unpaired surrogates".into(),
        ),
        11 => (duplicate_key(&text), "duplicated key".into()),
        _ => (text, format!("{name} at {at}")),
    }
}

/// The document with its first value wrapped in 10,000 arrays.
fn deep_nesting(text: &str) -> String {
    let Some(colon) = text.find(": ") else {
        return text.to_owned();
    };
    let (head, tail) = text.split_at(colon + 2);
    format!("{head}{}{}", "[".repeat(10_000), {
        let end = tail.find(',').unwrap_or(tail.len());
        format!("{}{}{}", &tail[..end], "]".repeat(10_000), &tail[end..])
    })
}

/// The document with its first line that holds a key written twice.
fn duplicate_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut done = false;
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
        if !done && line.trim_start().starts_with('"') && line.trim_end().ends_with(',') {
            out.push_str(line);
            out.push('\n');
            done = true;
        }
    }
    out
}

#[test]
fn mutated_content_always_gets_a_clean_list_of_problems() {
    let seed = env_number("VALIDATOR_PROPS_SEED", 20_261_202);
    let cases = env_number("VALIDATOR_PROPS_CASES", 10_000);
    let catalogue = Catalogue::load_dir(&content_dir());
    assert!(
        catalogue.problem_lines().is_empty(),
        "the shipped content must be valid: {:?}",
        catalogue.problem_lines()
    );
    let docs: Vec<(&str, Value)> = FILES
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(content_dir().join(f)).unwrap();
            (*f, serde_json::from_str(&text).unwrap())
        })
        .collect();
    let mut rng = oorandom::Rand64::new(u128::from(seed));
    let mut rejected = 0;
    for case in 0..cases {
        let (file, doc) = &docs[pick(&mut rng, docs.len())];
        let (json, what) = mutate(doc, &mut rng);
        let replay = format!("case {case} ({what}) of {file}, VALIDATOR_PROPS_SEED={seed}");
        let started = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| validate(file, &json, &catalogue)));
        let took = started.elapsed();
        assert!(took < TIME_LIMIT, "{replay}: took {took:?}");
        match result {
            Err(panic) => std::panic::resume_unwind(Box::new(format!(
                "{replay}: the validator panicked: {:?}",
                panic.downcast_ref::<&str>()
            ))),
            Ok(Ok(())) => {}
            Ok(Err(LoadError::Invalid {
                file: said,
                problems,
            })) => {
                rejected += 1;
                assert_eq!(&said, file, "{replay}");
                assert!(!problems.is_empty(), "{replay}: rejected without a problem");
                for p in &problems {
                    let line = p.to_string();
                    assert!(line.starts_with(&format!("{file}: ")), "{replay}: {line}");
                    assert!(!p.message.trim().is_empty(), "{replay}: blank message");
                    assert!(
                        line.len() < 2_000,
                        "{replay}: a problem line of {} bytes",
                        line.len()
                    );
                }
            }
            Ok(Err(e)) => panic!("{replay}: unexpected error kind {e}"),
        }
    }
    // Most mutations break something: a validator that accepts everything
    // would pass the checks above, so make sure it did not.
    assert!(
        rejected * 2 > cases,
        "only {rejected} of {cases} mutations were rejected"
    );
}
