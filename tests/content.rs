//! Host tests of the content: the shipped files are valid, and each kind of
//! mistake (one fixture each in `tests/fixtures/`) is reported with its exact
//! file, JSON path and advice.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use aghdam_kiosk::content::{
    parse_glossary, parse_kiosk, parse_sources, parse_timeline, parse_tour, Catalogue, Lang,
    LoadError, Refs, STEP_COUNT,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> Catalogue {
    Catalogue::load_dir(&root().join("public/content"))
}

/// The problem lines for one fixture, checked against the fixture sources
/// and glossary, the shipped tour ids and the shipped media.
fn fixture_problems(name: &str) -> Vec<String> {
    let read =
        |file: &str| std::fs::read_to_string(root().join("tests/fixtures").join(file)).unwrap();
    let sources = parse_sources("sources.json", &read("valid-sources.json")).unwrap();
    let glossary = parse_glossary(
        "glossary.json",
        &read("valid-glossary.json"),
        &Refs::default(),
    )
    .unwrap();
    let tours = ["aghdam-mosque".to_owned(), "khojaly-cemetery".to_owned()];
    let public = root().join("public");
    let exists = move |file: &str| public.join(file).is_file();
    let refs = Refs {
        sources: Some(&sources),
        glossary: Some(&glossary),
        tours: Some(&tours),
        media_exists: Some(&exists),
    };
    let json = read(&format!("{name}.json"));
    let kind = name
        .strip_prefix("valid-")
        .unwrap_or(name)
        .split('-')
        .next();
    let result = match kind.unwrap_or_default() {
        "tour" => parse_tour("tours/sample-tour.json", &json, &refs).map(|_| ()),
        "kiosk" => parse_kiosk("kiosk.json", &json, &refs).map(|_| ()),
        "sources" => parse_sources("sources.json", &json).map(|_| ()),
        "glossary" => parse_glossary("glossary.json", &json, &refs).map(|_| ()),
        "timeline" => parse_timeline("timeline.json", &json, &refs).map(|_| ()),
        _ => panic!("unknown fixture kind: {name}"),
    };
    match result {
        Ok(()) => vec![],
        Err(LoadError::Invalid { problems, .. }) => {
            problems.iter().map(ToString::to_string).collect()
        }
        Err(e) => vec![e.to_string()],
    }
}

/// Each broken fixture and the one line it must produce.
const BROKEN: &[(&str, &str)] = &[
    ("tour-broken-json", "tours/sample-tour.json: line 4 column 3: not valid JSON (expected `,` or `}`): check commas, quotes and brackets"),
    ("tour-schema-version", "tours/sample-tour.json: schema_version: is 2, but this kiosk reads version 1"),
    ("tour-unknown-field", "tours/sample-tour.json: colour: unknown field: remove it or correct its name (expected one of schema_version, id, title, subtitle, introduction, hero, plan, steps, introduction_sources, dedication, dedication_sources)"),
    ("tour-missing-field", "tours/sample-tour.json: steps[0].body: missing: add this field"),
    ("tour-wrong-type", "tours/sample-tour.json: steps: should be a list ([ … ])"),
    ("tour-missing-russian", "tours/sample-tour.json: steps[3].title.ru: missing Russian text"),
    ("tour-blank-turkish", "tours/sample-tour.json: subtitle.tr: Turkish text is blank: write it"),
    ("tour-unknown-language", "tours/sample-tour.json: title.de: unknown language: use az, en, tr or ru"),
    ("tour-not-translated", "tours/sample-tour.json: steps[2].title.tr: same as the Azerbaijani text: translate it, or add \"same\": true to this text if that is right"),
    ("tour-russian-in-latin", "tours/sample-tour.json: steps[1].title.ru: has no Cyrillic letters: write it in Russian"),
    ("tour-cyrillic-in-english", "tours/sample-tour.json: introduction.en: contains Cyrillic letters: write it in English"),
    ("tour-title-too-long", "tours/sample-tour.json: steps[0].title.en: 56 characters, more than the 48 allowed: shorten it"),
    ("tour-too-many-paragraphs", "tours/sample-tour.json: steps[0].body.az: 5 paragraphs, more than the 4 allowed: shorten it"),
    ("tour-bad-step-id", "tours/sample-tour.json: steps[0].id: \"Main_Hall\" is not a valid id: use lowercase letters, digits and single hyphens, like \"main-hall\""),
    ("tour-duplicate-step-id", "tours/sample-tour.json: steps[1].id: \"step-1\" appears twice in steps: ids must be unique"),
    ("tour-id-not-file-name", "tours/sample-tour.json: id: \"other-tour\" does not match the file name: a tour with this id lives in tours/other-tour.json"),
    ("tour-too-few-steps", "tours/sample-tour.json: steps: has 7 steps: a tour needs 8 to 12"),
    ("tour-unknown-source", "tours/sample-tour.json: steps[2].sources[0]: unknown source \"s99\": add it to sources.json or fix the id"),
    ("tour-no-sources", "tours/sample-tour.json: steps[2].sources: no sources: list the id of at least one entry of sources.json"),
    ("tour-unknown-glossary-term", "tours/sample-tour.json: steps[1].glossary[0]: unknown glossary term \"minbar\": add it to glossary.json or fix the id"),
    ("tour-glossary-term-not-in-text", "tours/sample-tour.json: steps[1].glossary[0]: \"mihrab\" does not occur in the Russian body: use the word, or add the form used to the term's forms in glossary.json"),
    ("tour-missing-picture", "tours/sample-tour.json: hero.file: media/missing.svg does not exist: add the file to public/media or fix the path"),
    ("tour-picture-from-the-web", "tours/sample-tour.json: steps[4].pictures[0].file: \"https://example.org/a.jpg\" is an address: the kiosk only shows its own files, so put the file under media/ and name it here"),
    ("tour-missing-alt-text", "tours/sample-tour.json: steps[4].pictures[0].alt.az: missing Azerbaijani text"),
    ("tour-hotspot-off-the-plan", "tours/sample-tour.json: steps[4].hotspot.x: 900 is outside 0 to 600"),
    ("tour-dedication-without-sources", "tours/sample-tour.json: dedication_sources: missing: a dedication needs its sources"),
    ("kiosk-unknown-language", "kiosk.json: default_language: \"de\" is not a language: use az, en, tr or ru"),
    ("kiosk-idle-too-short", "kiosk.json: idle.warning_after_seconds: 5 is outside 10 to 600"),
    ("kiosk-no-slides", "kiosk.json: attract.slides: no slides: add at least one picture"),
    ("kiosk-bad-restart-time", "kiosk.json: daily_restart: \"4 am\" is not a time of day: write HH:MM, like \"04:00\""),
    ("kiosk-passcode-not-hashed", "kiosk.json: staff.hash: should be 64 hex digits: run `cargo xtask set-passcode` to write it again"),
    ("sources-blank-url", "sources.json: sources[0].url: is blank: fill it in"),
    ("sources-title-with-address", "sources.json: sources[0].title: contains an address: a title holds only the headline; the address belongs in url"),
    ("sources-title-not-shown", "sources.json: sources[0].title: says \"title not shown\", which is not a title: leave title out and say what the source is in description"),
    ("sources-title-without-language", "sources.json: sources[0].lang: missing: name the language the title is written in, like \"az\" or \"en\""),
    ("sources-neither-title-nor-description", "sources.json: sources[1]: has neither title nor description: give the headline as title, or say what the source is in description"),
    ("sources-undated", "sources.json: sources[0].date: \"undated\" is not a date: when the date is unknown, leave date out"),
    ("sources-date-in-words", "sources.json: sources[0].date: \"9 Nov 2025\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or two of these joined by /"),
    ("sources-publication-missing-russian", "sources.json: sources[1].publication.ru: missing Russian text"),
    ("sources-description-not-translated", "sources.json: sources[1].description.en: same as the Azerbaijani text: translate it, or add \"same\": true to this text if that is right"),
    ("tour-unknown-introduction-source", "tours/sample-tour.json: introduction_sources[0]: unknown source \"s99\": add it to sources.json or fix the id"),
    ("tour-label-off-the-picture", "tours/sample-tour.json: hero.labels[0].x: 120 is outside 0 to 100 (percent of the picture)"),
    ("tour-label-missing-turkish", "tours/sample-tour.json: hero.labels[1].text.tr: missing Turkish text"),
    ("tour-label-russian-in-latin", "tours/sample-tour.json: hero.labels[0].text.ru: has no Cyrillic letters: write it in Russian"),
    ("tour-plan-label-off-the-plan", "tours/sample-tour.json: plan.labels[0].y: -5 is outside 0 to 100 (percent of the picture)"),
    ("tour-label-bad-anchor", "tours/sample-tour.json: hero.labels[1].anchor: \"left\" is not an anchor: use start, middle or end"),
    ("glossary-duplicate-id", "glossary.json: terms[1].id: \"mihrab\" appears twice in terms: ids must be unique"),
    ("timeline-bad-date", "timeline.json: events[1].date: \"25.04.2024\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, or two of these joined by /"),
    ("timeline-out-of-order", "timeline.json: events[1].date: comes before the previous event: keep events in date order"),
    ("timeline-unknown-tour", "timeline.json: events[0].tours[0]: unknown tour \"mosque\": use an id from tours.json"),
];

#[test]
fn each_broken_fixture_reports_exactly_its_mistake() {
    let mut wrong = Vec::new();
    for (name, expected) in BROKEN {
        let got = fixture_problems(name);
        if got != [*expected] {
            wrong.push(format!(
                "{name}:\n  expected {expected}\n  got      {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_fixture_file_is_tested_and_the_bases_are_valid() {
    let mut untested = Vec::new();
    for entry in std::fs::read_dir(root().join("tests/fixtures")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(name) = name.strip_suffix(".json") else {
            continue;
        };
        if name.starts_with("valid-") {
            assert_eq!(fixture_problems(name), Vec::<String>::new(), "{name}");
        } else if !BROKEN.iter().any(|(n, _)| *n == name) {
            untested.push(name.to_owned());
        }
    }
    assert!(untested.is_empty(), "fixtures without a test: {untested:?}");
    assert!(BROKEN.len() >= 20);
}

#[test]
fn shipped_content_is_valid() {
    let catalogue = shipped();
    let problems = catalogue.problem_lines();
    assert!(problems.is_empty(), "problems:\n{}", problems.join("\n"));
    let ids: Vec<&str> = catalogue.tours.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["aghdam-mosque", "khojaly-cemetery"]);
}

#[test]
fn shipped_content_is_complete() {
    let catalogue = shipped();
    for tour in &catalogue.tours {
        assert!(STEP_COUNT.contains(&tour.steps.len()), "{}", tour.id);
    }
    assert!(catalogue.glossary.terms.len() >= 12, "glossary terms");
    assert!(catalogue.timeline.events.len() >= 12, "timeline events");
    for tour_id in ["aghdam-mosque", "khojaly-cemetery"] {
        assert!(
            catalogue
                .timeline
                .events
                .iter()
                .any(|e| e.tours.iter().any(|t| t == tour_id)),
            "no timeline event for {tour_id}"
        );
    }
    assert_eq!(catalogue.settings.default_language, Lang::Az);
    assert_eq!(catalogue.settings.idle.warning_after_seconds, 90);
    assert_eq!(catalogue.settings.idle.reset_after_seconds, 30);
}

#[test]
fn shipped_names_follow_the_commissioning_article() {
    let catalogue = shipped();
    let title = |id| catalogue.tour(id).map(|t| t.title.get(Lang::En).to_owned());
    assert!(title("aghdam-mosque").is_some_and(|t| t.contains("Mosque")));
    assert_eq!(
        title("khojaly-cemetery").as_deref(),
        Some("Khojaly Martyrs Cemetery")
    );
    let intro = catalogue
        .tour("khojaly-cemetery")
        .unwrap()
        .introduction
        .get(Lang::En);
    assert!(
        intro.contains("Martyrs' Alley") || intro.contains("Martyrs’ Alley"),
        "{intro}"
    );
}

#[test]
fn a_broken_tour_file_keeps_the_other_tours() {
    let dir = std::env::temp_dir().join(format!("aghdam-content-{}", std::process::id()));
    let content = dir.join("content");
    copy_dir(&root().join("public"), &dir);
    std::fs::write(content.join("tours/khojaly-cemetery.json"), "{ not json").unwrap();
    let catalogue = Catalogue::load_dir(&content);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(catalogue.tours.len(), 1);
    assert_eq!(catalogue.tours[0].id, "aghdam-mosque");
    assert_eq!(
        catalogue.problem_lines(),
        ["tours/khojaly-cemetery.json: line 1 column 3: not valid JSON (key must be a string): check commas, quotes and brackets"]
    );
    // The timeline still loads: it names the tour, which is listed in tours.json.
    assert!(!catalogue.timeline.events.is_empty());
}

#[test]
fn a_missing_folder_is_reported_file_by_file_with_defaults_kept() {
    let catalogue = Catalogue::load_dir(Path::new("/nonexistent/content"));
    assert!(catalogue.tours.is_empty());
    let files: Vec<&str> = catalogue.problems.iter().map(LoadError::file).collect();
    assert_eq!(
        files,
        [
            "kiosk.json",
            "sources.json",
            "glossary.json",
            "tours.json",
            "timeline.json"
        ]
    );
    assert_eq!(catalogue.settings.idle.warning_after_seconds, 90);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
