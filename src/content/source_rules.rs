//! The rules of one entry of `sources.json`: a title is only a real
//! headline, with its language; a description is the kiosk's own words; a
//! date is a date or absent.

use serde_json::Value;

use super::check::{field, Checker, Limit};
use super::date::DateSpan;
use super::validate::NOT_A_DATE;

const PUBLICATION: Limit = Limit::line(80);
const DESCRIPTION: Limit = Limit::line(120);

/// One entry of `sources.json`.
pub(super) fn source(c: &mut Checker, value: &Value, path: &str) {
    let optional = ["title", "lang", "description", "date"];
    let Some(s) = c.object(value, path, &["id", "publication", "url"], &optional) else {
        return;
    };
    c.id(s.get("id"), &field(path, "id"));
    c.string(s.get("url"), &field(path, "url"));
    let publication = s.get("publication");
    let publication_path = field(path, "publication");
    if publication.is_some_and(Value::is_object) {
        c.name(publication, &publication_path, PUBLICATION, false);
    } else {
        c.string(publication, &publication_path);
    }
    let title_path = field(path, "title");
    if let Some(title) = c.string(s.get("title"), &title_path) {
        source_title(c, title, &title_path);
    }
    let lang_path = field(path, "lang");
    match (s.get("title"), c.string(s.get("lang"), &lang_path)) {
        (Some(_), None) if !s.contains_key("lang") => c.add(
            &lang_path,
            "missing: name the language the title is written in, like \"az\" or \"en\"",
        ),
        (None, Some(_)) => c.add(&lang_path, "there is no title: remove this field"),
        (_, Some(code))
            if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            c.add(
                &lang_path,
                format!("\"{code}\" is not a language code: use two or three lowercase letters, like \"tr\""),
            );
        }
        _ => {}
    }
    c.text(
        s.get("description"),
        &field(path, "description"),
        DESCRIPTION,
    );
    if !s.contains_key("title") && !s.contains_key("description") {
        c.add(
            path,
            "has neither title nor description: give the headline as title, or say what the source is in description",
        );
    }
    let date_path = field(path, "date");
    if let Some(date) = c.string(s.get("date"), &date_path) {
        if !date.bytes().any(|b| b.is_ascii_digit()) {
            c.add(
                &date_path,
                format!("\"{date}\" is not a date: when the date is unknown, leave date out"),
            );
        } else if DateSpan::parse(date).is_none() {
            c.add(&date_path, format!("\"{date}\" {NOT_A_DATE}"));
        }
    }
}

/// A title is the source's own headline, nothing else.
fn source_title(c: &mut Checker, title: &str, path: &str) {
    let lower = title.to_lowercase();
    if lower.contains("://") || lower.contains("www.") {
        c.add(
            path,
            "contains an address: a title holds only the headline; the address belongs in url",
        );
    }
    if lower.contains("title not shown") {
        c.add(
            path,
            "says \"title not shown\", which is not a title: leave title out and say what the source is in description",
        );
    }
}
