//! Host tests of the content model: the shipped content is valid, and each
//! kind of mistake is reported with its file, place and advice.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::path::Path;

use aghdam_kiosk::content::{Catalogue, Lang, LoadError, Sources};

fn shipped() -> Catalogue {
    Catalogue::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content"))
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
fn shipped_english_titles_name_the_places() {
    let catalogue = shipped();
    let title = |id| catalogue.tour(id).map(|t| t.title.get(Lang::En).to_owned());
    assert!(title("aghdam-mosque").is_some_and(|t| t.contains("Mosque")));
    assert_eq!(
        title("khojaly-cemetery").as_deref(),
        Some("Khojaly Martyrs Cemetery")
    );
}

#[test]
fn shipped_steps_cite_known_sources() {
    let catalogue = shipped();
    for tour in &catalogue.tours {
        for step in &tour.steps {
            assert!(!step.sources.is_empty(), "{}/{}", tour.id, step.id);
            for id in &step.sources {
                assert!(catalogue.sources.find(id).is_some(), "{id}");
            }
        }
    }
}

fn tour_problems(json: &str) -> Vec<String> {
    let sources: Sources = serde_json::from_str(
        r#"{"schema_version":1,"sources":[{"id":"s1","publication":"P","title":"T","date":"2025","url":"https://example.org/"}]}"#,
    )
    .unwrap();
    match aghdam_kiosk::content::parse_tour("tours/t.json", json, &sources) {
        Ok(_) => vec![],
        Err(LoadError::Invalid { problems, .. }) => {
            problems.iter().map(ToString::to_string).collect()
        }
        Err(e) => vec![e.to_string()],
    }
}

const TEXT: &str = r#"{"az":"a","en":"b","tr":"c","ru":"d"}"#;

fn tour_json(steps: &str) -> String {
    format!(
        r#"{{"schema_version":1,"id":"t","title":{TEXT},"subtitle":{TEXT},"introduction":{TEXT},"steps":[{steps}]}}"#
    )
}

fn step_json(id: &str) -> String {
    format!(r#"{{"id":"{id}","title":{TEXT},"body":{TEXT},"sources":["s1"]}}"#)
}

fn three_steps() -> String {
    ["a", "b", "c"].map(step_json).join(",")
}

#[test]
fn a_valid_tour_has_no_problems() {
    assert_eq!(
        tour_problems(&tour_json(&three_steps())),
        Vec::<String>::new()
    );
}

#[test]
fn broken_json_names_line_and_column() {
    let problems = tour_problems("{\n  \"schema_version\": 1,\n  \"id\": \"t\"\n  \"title\"");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("tours/t.json: line 4 column 3: not valid JSON"),
        "{problems:?}"
    );
}

#[test]
fn missing_language_is_named_with_its_path() {
    let no_russian = step_json("a").replacen(r#","ru":"d"}"#, "}", 1);
    let json = tour_json(&format!(
        "{no_russian},{},{}",
        step_json("b"),
        step_json("c")
    ));
    assert_eq!(
        tour_problems(&json),
        ["tours/t.json: steps[0].title.ru: missing Russian text: add it"]
    );
}

#[test]
fn blank_text_duplicate_ids_and_unknown_sources_are_all_reported() {
    let steps = [
        step_json("a"),
        step_json("a"),
        step_json("c").replace(r#""sources":["s1"]"#, r#""sources":["s9"]"#),
    ]
    .join(",");
    let json = tour_json(&steps).replacen(r#""tr":"c""#, r#""tr":"  ""#, 1);
    assert_eq!(
        tour_problems(&json),
        [
            "tours/t.json: title.tr: missing Turkish text: write it",
            "tours/t.json: steps[1].id: \"a\" appears twice in steps: ids must be unique",
            "tours/t.json: steps[2].sources[0]: unknown source \"s9\": add it to sources.json or fix the id",
        ]
    );
}

#[test]
fn unknown_fields_are_rejected() {
    let json = tour_json(&three_steps()).replace(r#""id":"t","#, r#""id":"t","colour":"red","#);
    let problems = tour_problems(&json);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .starts_with("tours/t.json: colour: unknown field: remove it or correct its name"),
        "{problems:?}"
    );
}

#[test]
fn too_few_steps_and_bad_ids_are_reported() {
    let json = tour_json(&step_json("Main_Hall")).replace(r#""id":"t""#, r#""id":"x""#);
    assert_eq!(
        tour_problems(&json),
        [
            "tours/t.json: id: \"x\" does not match the file name: a tour with this id lives in tours/x.json",
            "tours/t.json: steps: has 1 steps: a tour needs 3 to 12",
            "tours/t.json: steps[0].id: \"Main_Hall\" is not a valid id: use lowercase letters, digits and single hyphens, like \"main-hall\"",
        ]
    );
}

#[test]
fn a_broken_tour_file_keeps_the_other_tours() {
    let dir = std::env::temp_dir().join(format!("aghdam-content-{}", std::process::id()));
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content");
    std::fs::create_dir_all(dir.join("tours")).unwrap();
    for file in ["tours.json", "sources.json", "tours/aghdam-mosque.json"] {
        std::fs::copy(src.join(file), dir.join(file)).unwrap();
    }
    std::fs::write(dir.join("tours/khojaly-cemetery.json"), "{ not json").unwrap();
    let catalogue = Catalogue::load_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(catalogue.tours.len(), 1);
    assert_eq!(catalogue.tours[0].id, "aghdam-mosque");
    assert_eq!(catalogue.problems.len(), 1);
    assert_eq!(catalogue.problems[0].file(), "tours/khojaly-cemetery.json");
}

#[test]
fn a_missing_index_is_reported_as_unreachable() {
    let catalogue = Catalogue::load_dir(Path::new("/nonexistent"));
    assert!(catalogue.tours.is_empty());
    let lines = catalogue.problem_lines();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("tours.json: could not be loaded")),
        "{lines:?}"
    );
}
