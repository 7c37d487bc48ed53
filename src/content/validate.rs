//! The rules of each content file (see `docs/content.md`): every problem is
//! reported at once as `file: json.path: what is wrong and how to fix it`,
//! and only a file without problems becomes content.

use std::ops::RangeInclusive;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::check::{field, index, Checker, Limit};
use super::date::DateSpan;
use super::terms::find_words;
use super::{
    Glossary, KioskSettings, Lang, LoadError, Problem, Sources, Timeline, Tour, TourIndex,
};

/// The content format this kiosk reads.
pub const SCHEMA_VERSION: u32 = 1;

/// How many steps a tour may have.
pub const STEP_COUNT: RangeInclusive<usize> = 8..=12;

const TOUR_TITLE: Limit = Limit::line(40);
const SUBTITLE: Limit = Limit::line(90);
const INTRODUCTION: Limit = Limit {
    chars: 700,
    paragraphs: 4,
    paragraph_chars: 400,
};
const DEDICATION: Limit = Limit {
    chars: 400,
    paragraphs: 2,
    paragraph_chars: 400,
};
const STEP_TITLE: Limit = Limit::line(48);
const STEP_BODY: Limit = Limit {
    chars: 800,
    paragraphs: 4,
    paragraph_chars: 400,
};
const ALT: Limit = Limit::line(250);
const CAPTION: Limit = Limit::line(140);
const CREDIT: Limit = Limit::line(100);
const TERM: Limit = Limit::line(40);
const DEFINITION: Limit = Limit::line(280);
const EVENT: Limit = Limit::line(220);
const LABEL: Limit = Limit::line(30);

/// How to write a date, after the date that was given.
pub(super) const NOT_A_DATE: &str =
    "is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or two of these joined by /";

/// What a file may refer to in other files. `None` where that file could not
/// be read, so its references are not checked (its own problem says why).
#[derive(Clone, Copy, Default)]
pub struct Refs<'a> {
    pub sources: Option<&'a Sources>,
    pub glossary: Option<&'a Glossary>,
    pub tours: Option<&'a [String]>,
    /// Whether a media file exists; `None` where that cannot be told (in the browser).
    pub media_exists: Option<&'a dyn Fn(&str) -> bool>,
}

/// Checks and reads `kiosk.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_kiosk(file: &str, json: &str, refs: &Refs) -> Result<KioskSettings, LoadError> {
    validated(file, json, |c, v| {
        let keys = [
            "default_language",
            "idle",
            "attract",
            "daily_restart",
            "staff",
        ];
        let Some(o) = top(c, v, &keys, &[]) else {
            return;
        };
        if let Some(time) = c.string(o.get("daily_restart"), "daily_restart") {
            if super::parse_clock_time(time).is_none() {
                c.add(
                    "daily_restart",
                    format!("\"{time}\" is not a time of day: write HH:MM, like \"04:00\""),
                );
            }
        }
        if let Some(staff) = o.get("staff") {
            passcode(c, staff);
        }
        if let Some(lang) = c.string(o.get("default_language"), "default_language") {
            if Lang::from_code(lang).is_none() {
                c.add(
                    "default_language",
                    format!("\"{lang}\" is not a language: use az, en, tr or ru"),
                );
            }
        }
        if let Some(idle) = o.get("idle") {
            let keys = ["warning_after_seconds", "reset_after_seconds"];
            if let Some(idle) = c.object(idle, "idle", &keys, &[]) {
                c.number(idle.get(keys[0]), "idle.warning_after_seconds", 10, 600);
                c.number(idle.get(keys[1]), "idle.reset_after_seconds", 5, 120);
            }
        }
        if let Some(attract) = o.get("attract") {
            if let Some(a) = c.object(attract, "attract", &["slide_seconds", "slides"], &[]) {
                c.number(a.get("slide_seconds"), "attract.slide_seconds", 3, 60);
                let slides = c.list(a.get("slides"), "attract.slides");
                if a.contains_key("slides") && slides.is_empty() {
                    c.add("attract.slides", "no slides: add at least one picture");
                }
                for (i, slide) in slides.iter().enumerate() {
                    let path = index("attract.slides", i);
                    if let Some(s) = c.object(slide, &path, &["file", "alt"], &[]) {
                        c.media(s.get("file"), &field(&path, "file"), refs.media_exists);
                        c.text(s.get("alt"), &field(&path, "alt"), ALT);
                    }
                }
            }
        }
    })
}

/// The staff passcode hash, as `cargo xtask set-passcode` writes it.
fn passcode(c: &mut Checker, value: &Value) {
    let Some(p) = c.object(value, "staff", &["salt", "iterations", "hash"], &[]) else {
        return;
    };
    let redo = "run `cargo xtask set-passcode` to write it again";
    let is_hex =
        |s: &str, bytes: usize| s.len() == bytes * 2 && s.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(salt) = c.string(p.get("salt"), "staff.salt") {
        if !is_hex(salt, 16) {
            c.add("staff.salt", format!("should be 32 hex digits: {redo}"));
        }
    }
    if let Some(hash) = c.string(p.get("hash"), "staff.hash") {
        if !is_hex(hash, 32) {
            c.add("staff.hash", format!("should be 64 hex digits: {redo}"));
        }
    }
    c.number(p.get("iterations"), "staff.iterations", 100_000, 10_000_000);
}

/// Checks and reads `tours.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_tour_index(file: &str, json: &str) -> Result<TourIndex, LoadError> {
    validated(file, json, |c, v| {
        let Some(o) = top(c, v, &["tours"], &[]) else {
            return;
        };
        let tours = c.list(o.get("tours"), "tours");
        if o.contains_key("tours") && tours.is_empty() {
            c.add("tours", "no tours listed: add the id of at least one tour");
        }
        let mut seen = Vec::new();
        for (i, id) in tours.iter().enumerate() {
            let path = index("tours", i);
            if let Some(id) = c.id(Some(id), &path) {
                if seen.contains(&id) {
                    c.add(
                        &path,
                        format!("\"{id}\" appears twice in tours: ids must be unique"),
                    );
                }
                seen.push(id);
            }
        }
    })
}

/// Checks and reads `sources.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_sources(file: &str, json: &str) -> Result<Sources, LoadError> {
    validated(file, json, |c, v| {
        let Some(o) = top(c, v, &["sources"], &[]) else {
            return;
        };
        let sources = c.list(o.get("sources"), "sources");
        c.unique_ids(sources, "sources", "sources");
        for (i, s) in sources.iter().enumerate() {
            super::source_rules::source(c, s, &index("sources", i));
        }
    })
}

/// Checks and reads `glossary.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_glossary(file: &str, json: &str, refs: &Refs) -> Result<Glossary, LoadError> {
    validated(file, json, |c, v| {
        let Some(o) = top(c, v, &["terms"], &[]) else {
            return;
        };
        let terms = c.list(o.get("terms"), "terms");
        c.unique_ids(terms, "terms", "terms");
        for (i, term) in terms.iter().enumerate() {
            let path = index("terms", i);
            let Some(t) = c.object(
                term,
                &path,
                &["id", "term", "definition", "sources"],
                &["forms"],
            ) else {
                continue;
            };
            c.id(t.get("id"), &field(&path, "id"));
            c.text(t.get("term"), &field(&path, "term"), TERM);
            c.text(t.get("definition"), &field(&path, "definition"), DEFINITION);
            if let Some(forms) = t.get("forms") {
                let forms_path = field(&path, "forms");
                let codes = Lang::ALL.map(Lang::code);
                if let Some(forms) = c.object(forms, &forms_path, &[], &codes) {
                    for (code, list) in forms {
                        let list_path = field(&forms_path, code);
                        for (j, form) in c.list(Some(list), &list_path).iter().enumerate() {
                            c.string(Some(form), &index(&list_path, j));
                        }
                    }
                }
            }
            source_ids(c, t.get("sources"), &field(&path, "sources"), refs, false);
        }
    })
}

/// Checks and reads one tour file, `tours/<id>.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_tour(file: &str, json: &str, refs: &Refs) -> Result<Tour, LoadError> {
    validated(file, json, |c, v| {
        let required = [
            "id",
            "title",
            "subtitle",
            "introduction",
            "hero",
            "plan",
            "steps",
        ];
        let optional = ["introduction_sources", "dedication", "dedication_sources"];
        let Some(o) = top(c, v, &required, &optional) else {
            return;
        };
        if let Some(id) = c.id(o.get("id"), "id") {
            let expected = super::tour_file(id);
            if !file.ends_with(&expected) {
                c.add("id", format!("\"{id}\" does not match the file name: a tour with this id lives in {expected}"));
            }
        }
        c.text(o.get("title"), "title", TOUR_TITLE);
        c.text(o.get("subtitle"), "subtitle", SUBTITLE);
        c.text(o.get("introduction"), "introduction", INTRODUCTION);
        let intro_sources = o.get("introduction_sources");
        source_ids(c, intro_sources, "introduction_sources", refs, true);
        if let Some(hero) = o.get("hero") {
            picture(c, hero, "hero", refs);
        }
        let plan_size = o.get("plan").and_then(|p| plan(c, p, refs));
        match (o.get("dedication"), o.get("dedication_sources")) {
            (Some(text), sources) => {
                c.text(Some(text), "dedication", DEDICATION);
                if sources.is_none() {
                    c.add(
                        "dedication_sources",
                        "missing: a dedication needs its sources",
                    );
                }
                source_ids(c, sources, "dedication_sources", refs, true);
            }
            (None, Some(_)) => c.add(
                "dedication_sources",
                "there is no dedication: remove this field",
            ),
            (None, None) => {}
        }
        let steps = c.list(o.get("steps"), "steps");
        if o.get("steps").is_some_and(Value::is_array) && !STEP_COUNT.contains(&steps.len()) {
            c.add(
                "steps",
                format!(
                    "has {} steps: a tour needs {} to {}",
                    steps.len(),
                    STEP_COUNT.start(),
                    STEP_COUNT.end()
                ),
            );
        }
        c.unique_ids(steps, "steps", "steps");
        for (i, s) in steps.iter().enumerate() {
            step(c, s, &index("steps", i), plan_size, refs);
        }
    })
}

/// Checks and reads `timeline.json`.
///
/// # Errors
/// Every problem found, as [`LoadError::Invalid`].
pub fn parse_timeline(file: &str, json: &str, refs: &Refs) -> Result<Timeline, LoadError> {
    validated(file, json, |c, v| {
        let Some(o) = top(c, v, &["events"], &[]) else {
            return;
        };
        let events = c.list(o.get("events"), "events");
        c.unique_ids(events, "events", "events");
        let mut previous = None;
        for (i, event) in events.iter().enumerate() {
            let path = index("events", i);
            let Some(e) = c.object(
                event,
                &path,
                &["id", "date", "tours", "text", "sources"],
                &[],
            ) else {
                continue;
            };
            c.id(e.get("id"), &field(&path, "id"));
            let date_path = field(&path, "date");
            if let Some(date) = c.string(e.get("date"), &date_path) {
                match DateSpan::parse(date) {
                    None => c.add(&date_path, format!("\"{date}\" {NOT_A_DATE}")),
                    Some(span) => {
                        if previous.is_some_and(|p| span.start < p) {
                            c.add(
                                &date_path,
                                "comes before the previous event: keep events in date order",
                            );
                        }
                        previous = Some(span.start);
                    }
                }
            }
            let tours_path = field(&path, "tours");
            let tours = c.list(e.get("tours"), &tours_path);
            if e.contains_key("tours") && tours.is_empty() {
                c.add(
                    &tours_path,
                    "no tours: name the tour or tours this event belongs to",
                );
            }
            for (j, tour) in tours.iter().enumerate() {
                let tour_path = index(&tours_path, j);
                let Some(id) = c.string(Some(tour), &tour_path) else {
                    continue;
                };
                if refs
                    .tours
                    .is_some_and(|known| !known.iter().any(|t| t == id))
                {
                    c.add(
                        &tour_path,
                        format!("unknown tour \"{id}\": use an id from tours.json"),
                    );
                }
            }
            c.text(e.get("text"), &field(&path, "text"), EVENT);
            source_ids(c, e.get("sources"), &field(&path, "sources"), refs, true);
        }
    })
}

fn picture(c: &mut Checker, value: &Value, path: &str, refs: &Refs) {
    let required = ["file", "alt", "caption", "credit"];
    let Some(p) = c.object(value, path, &required, &["labels"]) else {
        return;
    };
    c.media(p.get("file"), &field(path, "file"), refs.media_exists);
    c.text(p.get("alt"), &field(path, "alt"), ALT);
    c.text(p.get("caption"), &field(path, "caption"), CAPTION);
    c.text(p.get("credit"), &field(path, "credit"), CREDIT);
    labels(c, p.get("labels"), &field(path, "labels"));
}

/// Words drawn over a picture or plan, placed by percent of it.
fn labels(c: &mut Checker, value: Option<&Value>, labels_path: &str) {
    for (i, label) in c.list(value, labels_path).iter().enumerate() {
        let path = index(labels_path, i);
        let Some(l) = c.object(label, &path, &["text", "x", "y"], &["anchor", "strong"]) else {
            continue;
        };
        c.name(l.get("text"), &field(&path, "text"), LABEL, true);
        c.percent(l.get("x"), &field(&path, "x"));
        c.percent(l.get("y"), &field(&path, "y"));
        let anchor_path = field(&path, "anchor");
        if let Some(anchor) = c.string(l.get("anchor"), &anchor_path) {
            if !["start", "middle", "end"].contains(&anchor) {
                c.add(
                    &anchor_path,
                    format!("\"{anchor}\" is not an anchor: use start, middle or end"),
                );
            }
        }
        if l.get("strong").is_some_and(|s| !s.is_boolean()) {
            c.add(&field(&path, "strong"), "should be true or false");
        }
    }
}

/// Checks the plan and returns its size.
fn plan(c: &mut Checker, value: &Value, refs: &Refs) -> Option<(u32, u32)> {
    let required = ["file", "width", "height", "alt"];
    let p = c.object(value, "plan", &required, &["labels"])?;
    c.media(p.get("file"), "plan.file", refs.media_exists);
    c.text(p.get("alt"), "plan.alt", ALT);
    labels(c, p.get("labels"), "plan.labels");
    let width = c.number(p.get("width"), "plan.width", 1, 10_000);
    let height = c.number(p.get("height"), "plan.height", 1, 10_000);
    width.zip(height)
}

fn step(c: &mut Checker, value: &Value, path: &str, plan: Option<(u32, u32)>, refs: &Refs) {
    let optional = ["pictures", "narration", "hotspot", "glossary"];
    let Some(s) = c.object(value, path, &["id", "title", "body", "sources"], &optional) else {
        return;
    };
    c.id(s.get("id"), &field(path, "id"));
    c.text(s.get("title"), &field(path, "title"), STEP_TITLE);
    c.text(s.get("body"), &field(path, "body"), STEP_BODY);
    let pictures_path = field(path, "pictures");
    for (i, p) in c.list(s.get("pictures"), &pictures_path).iter().enumerate() {
        picture(c, p, &index(&pictures_path, i), refs);
    }
    if let Some(narration) = s.get("narration") {
        let narration_path = field(path, "narration");
        let codes = Lang::ALL.map(Lang::code);
        if let Some(n) = c.object(narration, &narration_path, &[], &codes) {
            for (code, file) in n {
                c.media(Some(file), &field(&narration_path, code), refs.media_exists);
            }
        }
    }
    if let Some(hotspot) = s.get("hotspot") {
        let spot_path = field(path, "hotspot");
        if let Some(h) = c.object(hotspot, &spot_path, &["x", "y"], &[]) {
            let (width, height) = plan.unwrap_or((10_000, 10_000));
            c.number(h.get("x"), &field(&spot_path, "x"), 0, width.into());
            c.number(h.get("y"), &field(&spot_path, "y"), 0, height.into());
        }
    }
    let glossary_path = field(path, "glossary");
    for (i, id) in c.list(s.get("glossary"), &glossary_path).iter().enumerate() {
        let id_path = index(&glossary_path, i);
        let Some(id) = c.string(Some(id), &id_path) else {
            continue;
        };
        let Some(glossary) = refs.glossary else {
            continue;
        };
        let Some(term) = glossary.find(id) else {
            c.add(
                &id_path,
                format!("unknown glossary term \"{id}\": add it to glossary.json or fix the id"),
            );
            continue;
        };
        for lang in Lang::ALL {
            let body = s
                .get("body")
                .and_then(|b| b.get(lang.code()))
                .and_then(Value::as_str);
            if body.is_some_and(|body| find_words(body, term.stems(lang)).is_empty()) {
                c.add(
                    &id_path,
                    format!("\"{id}\" does not occur in the {} body: use the word, or add the form used to the term's forms in glossary.json", lang.english_name()),
                );
            }
        }
    }
    source_ids(c, s.get("sources"), &field(path, "sources"), refs, true);
}

/// A list of ids from `sources.json`; `needed` if it may not be empty.
fn source_ids(c: &mut Checker, value: Option<&Value>, path: &str, refs: &Refs, needed: bool) {
    let ids = c.list(value, path);
    if value.is_some() && needed && ids.is_empty() {
        c.add(
            path,
            "no sources: list the id of at least one entry of sources.json",
        );
    }
    for (i, id) in ids.iter().enumerate() {
        let id_path = index(path, i);
        let Some(id) = c.string(Some(id), &id_path) else {
            continue;
        };
        if refs.sources.is_some_and(|s| s.find(id).is_none()) {
            c.add(
                &id_path,
                format!("unknown source \"{id}\": add it to sources.json or fix the id"),
            );
        }
    }
}

/// The top-level object: `schema_version` plus the file's own fields.
fn top<'v>(
    c: &mut Checker,
    value: &'v Value,
    required: &[&str],
    optional: &[&str],
) -> Option<&'v serde_json::Map<String, Value>> {
    let required = [&["schema_version"], required].concat();
    let o = c.object(value, "", &required, optional)?;
    if let Some(version) = o.get("schema_version") {
        if version.as_u64() != Some(u64::from(SCHEMA_VERSION)) {
            c.add(
                "schema_version",
                format!("is {version}, but this kiosk reads version {SCHEMA_VERSION}"),
            );
        }
    }
    Some(o)
}

/// Parses `json`, applies `rules`, and reads it into `T` if nothing was wrong.
fn validated<T: DeserializeOwned>(
    file: &str,
    json: &str,
    rules: impl FnOnce(&mut Checker, &Value),
) -> Result<T, LoadError> {
    let invalid = |problems| LoadError::Invalid {
        file: file.to_owned(),
        problems,
    };
    let value: Value = serde_json::from_str(json).map_err(|e| {
        let message = e.to_string();
        let message = message
            .rfind(" at line ")
            .map_or(&*message, |i| &message[..i]);
        invalid(vec![Problem::new(
            file,
            "",
            format!(
                "line {} column {}: not valid JSON ({message}): check commas, quotes and brackets",
                e.line(),
                e.column()
            ),
        )])
    })?;
    let mut checker = Checker::new(file);
    rules(&mut checker, &value);
    if !checker.problems.is_empty() {
        return Err(invalid(checker.problems));
    }
    // The rules above mirror the model, so this only fails on a bug here.
    serde_json::from_value(value).map_err(|e| {
        invalid(vec![Problem::new(
            file,
            "",
            format!("{e}: see docs/content.md"),
        )])
    })
}
