//! Where the kiosk's wasm bytes go: `twiggy top` (pinned, installed on
//! demand into the tools cache) over the release wasm as wasm-bindgen left
//! it, function names intact.

use std::path::PathBuf;

use serde_json::Value;

use crate::tools::{self, Tools};

pub const TWIGGY: &str = "0.7.0";

/// One item or one group of items and its share of the profiled wasm.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub name: String,
    pub bytes: u64,
    pub percent: f64,
}

/// The largest items, the same bytes grouped by crate, and the profiled size.
pub struct Profile {
    pub top: Vec<Part>,
    pub crates: Vec<Part>,
    pub total: u64,
}

/// Profiles the release wasm of the last `trunk build --release`.
///
/// # Errors
/// When twiggy cannot be installed, or a tool fails.
pub fn profile(tools: &Tools, top: usize) -> Result<Profile, String> {
    let root = tools::tools_dir().join(format!("twiggy-{TWIGGY}"));
    tools::cargo_install(
        &root,
        "twiggy",
        TWIGGY,
        true,
        "twiggy",
        // Its `--version` names it so.
        &format!("twiggy-opt {TWIGGY}"),
    )?;
    let wasm = named_wasm(tools)?;
    let twiggy = |args: &[&str]| -> Result<Value, String> {
        let out = tools
            .command(root.join("bin/twiggy").to_str().unwrap_or("twiggy"))
            .arg("top")
            .args(args)
            .args(["-f", "json"])
            .arg(&wasm)
            .output()
            .map_err(|e| format!("twiggy: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "twiggy failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        serde_json::from_slice(&out.stdout).map_err(|e| format!("twiggy printed no JSON: {e}"))
    };
    let all = shipped(parts(&twiggy(&[])?)?);
    let total = all.iter().map(|p| p.bytes).sum();
    Ok(Profile {
        top: all.iter().take(top).cloned().collect(),
        crates: by_crate(&all),
        total,
    })
}

/// Trunk's wasm-bindgen output: the shipped wasm before wasm-opt, with its
/// name section. (twiggy 0.7 cannot read wasm-opt's `-g` output, and
/// wasm-opt shrinks code by about 7 % without changing where it goes.)
fn named_wasm(tools: &Tools) -> Result<PathBuf, String> {
    let bindgen = tools
        .target_dir()
        .join("wasm-bindgen/release/aghdam-kiosk_bg.wasm");
    if bindgen.is_file() {
        Ok(bindgen)
    } else {
        Err(format!(
            "{} is missing: build the release first",
            bindgen.display()
        ))
    }
}

fn parts(json: &Value) -> Result<Vec<Part>, String> {
    json.as_array()
        .ok_or("twiggy: expected a list")?
        .iter()
        .map(|item| {
            Some(Part {
                name: without_hash(item["name"].as_str()?).to_owned(),
                bytes: item["shallow_size"].as_u64()?,
                percent: item["shallow_size_percent"].as_f64()?,
            })
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| "twiggy: an item without name or size".to_owned())
}

/// `path::f::h0123456789abcdef` without its `::h…` symbol hash.
fn without_hash(name: &str) -> &str {
    match name.rsplit_once("::h") {
        Some((path, hash)) if hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()) => {
            path
        }
        _ => name,
    }
}

/// Leaves out what the shipped wasm does not carry (the name section and
/// other custom sections, which Trunk's wasm-opt run strips), and gives each
/// item its share of what is left.
fn shipped(all: Vec<Part>) -> Vec<Part> {
    let kept: Vec<Part> = all
        .into_iter()
        .filter(|p| !p.name.ends_with("subsection") && !p.name.starts_with("custom section"))
        .collect();
    let total: u64 = kept.iter().map(|p| p.bytes).sum();
    kept.into_iter()
        .map(|p| Part {
            // Byte counts of a wasm file are far below 2^52: exact in f64.
            #[allow(clippy::cast_precision_loss)]
            percent: 100.0 * p.bytes as f64 / total.max(1) as f64,
            ..p
        })
        .collect()
}

/// The crate an item's name starts with: `<tachys::view::X as Render>::build`
/// counts for `tachys`. Approximate (LTO inlines callees into callers, and a
/// generic's code counts for the crate that defines it, not the one whose
/// types it was built for); data and unnamed items get their own groups.
fn crate_of(name: &str) -> String {
    if name.starts_with("data[") || name.starts_with("data segment") {
        return "(data: strings, tables)".to_owned();
    }
    let mut rest = name.trim_start_matches(['<', '&', '*', ' ']);
    for prefix in ["dyn ", "mut ", "const "] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    // `<T as tachys::view::Render>::build`: a blanket impl counts for its trait's crate.
    if let Some((param, tail)) = rest.split_once(" as ") {
        if param.len() == 1 {
            rest = tail;
        }
    }
    // `<str>::to_lowercase`, `<[T]>::sort`: the language's own types.
    if rest.starts_with("str>") || rest.starts_with("char>") || rest.starts_with('[') {
        return "core".to_owned();
    }
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let after = &rest[end..];
    // Standard library symbols carry a disambiguator: `core[a1b2]::fmt`.
    let after = match after.strip_prefix('[') {
        Some(tail) => tail.split_once(']').map_or("", |(_, t)| t),
        None => after,
    };
    if end > 0 && after.starts_with("::") {
        rest[..end].to_owned()
    } else {
        "(other: wasm sections, unnamed)".to_owned()
    }
}

fn by_crate(all: &[Part]) -> Vec<Part> {
    let mut groups: Vec<Part> = Vec::new();
    for part in all {
        let name = crate_of(&part.name);
        match groups.iter_mut().find(|g| g.name == name) {
            Some(g) => {
                g.bytes += part.bytes;
                g.percent += part.percent;
            }
            None => groups.push(Part {
                name,
                ..part.clone()
            }),
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.bytes));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_crate_a_symbol_starts_with() {
        assert_eq!(crate_of("tachys::html::element::Button::build"), "tachys");
        assert_eq!(
            crate_of("<reactive_graph::signal::RwSignal<T> as core::clone::Clone>::clone"),
            "reactive_graph"
        );
        assert_eq!(
            crate_of("aghdam_kiosk::ui::app::App::{{closure}}"),
            "aghdam_kiosk"
        );
        assert_eq!(crate_of("data[0]"), "(data: strings, tables)");
        assert_eq!(
            crate_of("<T as tachys::view::any_view::IntoAny>::into_any::rebuild"),
            "tachys"
        );
        assert_eq!(
            crate_of("<dlmalloc[e24a2770]::dlmalloc::Dlmalloc<S>>::malloc"),
            "dlmalloc"
        );
        assert_eq!(crate_of("core[c0ffee]::fmt::write"), "core");
        assert_eq!(crate_of("<str>::to_lowercase"), "core");
        assert_eq!(
            crate_of("\"function names\" subsection"),
            "(other: wasm sections, unnamed)"
        );
        assert_eq!(crate_of("code[12]"), "(other: wasm sections, unnamed)");
    }

    #[test]
    fn drops_hashes_and_what_is_not_shipped() {
        assert_eq!(
            without_hash("a::b::{{closure}}::h83710a2c356ccf65"),
            "a::b::{{closure}}"
        );
        assert_eq!(without_hash("a::hello"), "a::hello");
        let part = |name: &str, bytes| Part {
            name: name.to_owned(),
            bytes,
            percent: 0.0,
        };
        let kept = shipped(vec![
            part("\"function names\" subsection", 900),
            part("custom section 'producers'", 50),
            part("a::x", 30),
            part("data[0]", 10),
        ]);
        assert_eq!(kept.len(), 2);
        assert!((kept[0].percent - 75.0).abs() < 1e-9);
    }

    #[test]
    fn groups_sum_and_sort_by_size() {
        let part = |name: &str, bytes| Part {
            name: name.to_owned(),
            bytes,
            percent: 1.0,
        };
        let all = [part("a::x", 5), part("b::y", 8), part("a::z", 4)];
        let groups = by_crate(&all);
        assert_eq!(
            groups[0],
            Part {
                name: "a".to_owned(),
                bytes: 9,
                percent: 2.0
            }
        );
        assert_eq!(groups[1].name, "b");
    }
}
