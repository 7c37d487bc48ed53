//! A walker over parsed JSON that records every problem it meets, with the
//! JSON path where it met it. `validate` describes each file with it.

use serde_json::{Map, Value};

use super::{Lang, Problem};

/// Problems found so far in one file.
pub(super) struct Checker {
    file: String,
    pub problems: Vec<Problem>,
}

/// `path.name`, or `name` at the top.
pub(super) fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// `path[i]`.
pub(super) fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// How long a text may be, in characters per language.
#[derive(Clone, Copy)]
pub(super) struct Limit {
    pub chars: usize,
    pub paragraphs: usize,
    pub paragraph_chars: usize,
}

impl Limit {
    /// A single line or short text.
    pub const fn line(chars: usize) -> Limit {
        Limit {
            chars,
            paragraphs: 1,
            paragraph_chars: chars,
        }
    }
}

impl Checker {
    pub fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            problems: Vec::new(),
        }
    }

    pub fn add(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(&self.file, path, message));
    }

    /// An object with all `required` fields and no fields beyond `optional`.
    pub fn object<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
        required: &[&str],
        optional: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.add(path, "should be an object ({ … })");
            return None;
        };
        for name in required {
            if !map.contains_key(*name) {
                self.add(&field(path, name), "missing: add this field");
            }
        }
        for name in map.keys() {
            if !required.contains(&name.as_str()) && !optional.contains(&name.as_str()) {
                let expected = [required, optional].concat().join(", ");
                self.add(
                    &field(path, name),
                    format!(
                        "unknown field: remove it or correct its name (expected one of {expected})"
                    ),
                );
            }
        }
        Some(map)
    }

    /// A non-blank string, if present.
    pub fn string<'v>(&mut self, value: Option<&'v Value>, path: &str) -> Option<&'v str> {
        match value? {
            Value::String(s) if s.trim().is_empty() => {
                self.add(path, "is blank: fill it in");
                None
            }
            Value::String(s) => Some(s),
            _ => {
                self.add(path, "should be text in quotes");
                None
            }
        }
    }

    /// A whole number within `min..=max`, if present.
    pub fn number(&mut self, value: Option<&Value>, path: &str, min: u64, max: u64) -> Option<u32> {
        let value = value?;
        match value.as_u64() {
            Some(n) if (min..=max).contains(&n) => u32::try_from(n).ok(),
            Some(n) => {
                self.add(path, format!("{n} is outside {min} to {max}"));
                None
            }
            None => {
                self.add(
                    path,
                    format!("should be a whole number from {min} to {max}"),
                );
                None
            }
        }
    }

    /// A number from 0 to 100 (decimals allowed), if present.
    pub fn percent(&mut self, value: Option<&Value>, path: &str) -> Option<f64> {
        let value = value?;
        match value.as_f64() {
            Some(n) if (0.0..=100.0).contains(&n) => Some(n),
            Some(n) => {
                self.add(
                    path,
                    format!("{n} is outside 0 to 100 (percent of the picture)"),
                );
                None
            }
            None => {
                self.add(
                    path,
                    "should be a number from 0 to 100 (percent of the picture)",
                );
                None
            }
        }
    }

    /// A list, if present (an empty slice otherwise).
    pub fn list<'v>(&mut self, value: Option<&'v Value>, path: &str) -> &'v [Value] {
        match value {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.add(path, "should be a list ([ … ])");
                &[]
            }
        }
    }

    /// A kebab-case id.
    pub fn id<'v>(&mut self, value: Option<&'v Value>, path: &str) -> Option<&'v str> {
        let id = self.string(value, path)?;
        if is_kebab_case(id) {
            Some(id)
        } else {
            self.add(
                path,
                format!("\"{id}\" is not a valid id: use lowercase letters, digits and single hyphens, like \"main-hall\""),
            );
            None
        }
    }

    /// The `id` field of each object in `items`, each checked and unique.
    pub fn unique_ids<'v>(&mut self, items: &'v [Value], path: &str, what: &str) -> Vec<&'v str> {
        let mut seen: Vec<&str> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let id_path = field(&index(path, i), "id");
            let Some(id) = item.get("id").and_then(Value::as_str) else {
                continue;
            };
            if seen.contains(&id) {
                self.add(
                    &id_path,
                    format!("\"{id}\" appears twice in {what}: ids must be unique"),
                );
            } else {
                seen.push(id);
            }
        }
        seen
    }

    /// A media file under `media/` that exists.
    pub fn media(
        &mut self,
        value: Option<&Value>,
        path: &str,
        exists: Option<&dyn Fn(&str) -> bool>,
    ) {
        let Some(file) = self.string(value, path) else {
            return;
        };
        if file.contains("://") || file.starts_with("//") {
            self.add(
                path,
                format!("\"{file}\" is an address: the kiosk only shows its own files, so put the file under media/ and name it here"),
            );
        } else if !file.starts_with("media/") || file.split('/').any(|p| p == ".." || p.is_empty())
        {
            self.add(
                path,
                format!("\"{file}\" should be a path under media/, like \"media/hall.svg\""),
            );
        } else if exists.is_some_and(|exists| !exists(file)) {
            self.add(
                path,
                format!("{file} does not exist: add the file to public/media or fix the path"),
            );
        }
    }

    /// Text in all four languages, within `limit`: translated (no two
    /// alike unless marked `"same"`) and in each language's script.
    pub fn text(&mut self, value: Option<&Value>, path: &str, limit: Limit) {
        self.localized(value, path, limit, true);
    }

    /// A name in all four languages, within `limit`: several languages may
    /// write it alike; with `script`, Russian is in Cyrillic and the others not.
    pub fn name(&mut self, value: Option<&Value>, path: &str, limit: Limit, script: bool) {
        self.localized(value, path, limit, false);
        if !script {
            return;
        }
        for lang in Lang::ALL {
            let text = value
                .and_then(|v| v.get(lang.code()))
                .and_then(Value::as_str);
            if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
                self.script(text, lang, &field(path, lang.code()));
            }
        }
    }

    fn localized(&mut self, value: Option<&Value>, path: &str, limit: Limit, translated: bool) {
        let Some(value) = value else { return };
        let Some(map) = value.as_object() else {
            self.add(
                path,
                "should be an object with \"az\", \"en\", \"tr\" and \"ru\" texts",
            );
            return;
        };
        let same = match map.get("same") {
            None => !translated,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.add(&field(path, "same"), "should be true or false");
                false
            }
        };
        for key in map.keys() {
            if key != "same" && Lang::from_code(key).is_none() {
                self.add(&field(path, key), "unknown language: use az, en, tr or ru");
            }
        }
        let mut seen: Vec<(Lang, &str)> = Vec::new();
        for lang in Lang::ALL {
            let lang_path = field(path, lang.code());
            let name = lang.english_name();
            let text = match map.get(lang.code()) {
                None => {
                    self.add(&lang_path, format!("missing {name} text"));
                    continue;
                }
                Some(Value::String(s)) if s.trim().is_empty() => {
                    self.add(&lang_path, format!("{name} text is blank: write it"));
                    continue;
                }
                Some(Value::String(s)) => s.as_str(),
                Some(_) => {
                    self.add(&lang_path, "should be text in quotes");
                    continue;
                }
            };
            self.length(text, &lang_path, limit);
            if !same {
                if let Some((other, _)) = seen.iter().find(|(_, t)| *t == text) {
                    self.add(
                        &lang_path,
                        format!("same as the {} text: translate it, or add \"same\": true to this text if that is right", other.english_name()),
                    );
                }
                self.script(text, lang, &lang_path);
            }
            seen.push((lang, text));
        }
    }

    fn length(&mut self, text: &str, path: &str, limit: Limit) {
        let chars = text.chars().count();
        if chars > limit.chars {
            self.add(
                path,
                format!(
                    "{chars} characters, more than the {} allowed: shorten it",
                    limit.chars
                ),
            );
        }
        let paragraphs: Vec<&str> = text
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .collect();
        if paragraphs.len() > limit.paragraphs {
            self.add(
                path,
                format!(
                    "{} paragraphs, more than the {} allowed: shorten it",
                    paragraphs.len(),
                    limit.paragraphs
                ),
            );
        }
        if let Some((i, long)) = paragraphs
            .iter()
            .map(|p| p.chars().count())
            .enumerate()
            .find(|(_, n)| *n > limit.paragraph_chars && limit.paragraphs > 1)
        {
            self.add(
                path,
                format!("paragraph {} has {long} characters, more than the {} allowed: split or shorten it", i + 1, limit.paragraph_chars),
            );
        }
    }

    /// Russian is written in Cyrillic; the other three never are.
    fn script(&mut self, text: &str, lang: Lang, path: &str) {
        let cyrillic = text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        if lang == Lang::Ru && !cyrillic {
            self.add(path, "has no Cyrillic letters: write it in Russian");
        } else if lang != Lang::Ru && cyrillic {
            self.add(
                path,
                format!(
                    "contains Cyrillic letters: write it in {}",
                    lang.english_name()
                ),
            );
        }
    }
}

/// Lowercase ASCII letters and digits in words joined by single hyphens.
pub(super) fn is_kebab_case(id: &str) -> bool {
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
        for ok in ["aghdam-mosque", "step-1", "a", "s21"] {
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
