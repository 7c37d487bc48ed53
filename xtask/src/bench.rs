//! `cargo xtask bench`: size of the kiosk against the reference Leptos
//! counter (`bench/reference-counter`), both built here in the same run
//! with the same tools, as ratios rather than absolute numbers.

use std::path::Path;
use std::process::Command;

use crate::process;
use crate::tools::{repo_root, Tools};

/// Largest accepted ratio of the kiosk's gzipped wasm + JS to the counter's.
pub const MAX_SIZE_RATIO: f64 = 12.0;

pub fn run() -> Result<(), String> {
    let tools = Tools::install(crate::tools::Need::Build)?;
    tools.dist()?;
    let reference = repo_root().join("bench/reference-counter");
    process::run(
        "building the reference counter",
        tools
            .command("trunk")
            .args(["build", "--release", "--offline"])
            .current_dir(&reference),
    )?;
    let ours = gzipped_code(&repo_root().join("dist"))?;
    let floor = gzipped_code(&reference.join("dist"))?;
    // Sizes are far below 2^52 bytes: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let ratio = ours as f64 / floor as f64;
    println!("gzipped wasm + JS: kiosk {ours} B, reference counter {floor} B, ratio {ratio:.2} (target ≤ {MAX_SIZE_RATIO})");
    if ratio > MAX_SIZE_RATIO {
        return Err(format!(
            "the kiosk is {ratio:.2} times the counter, over {MAX_SIZE_RATIO}"
        ));
    }
    Ok(())
}

/// Bytes of the `.wasm` and `.js` files in `dir`, each gzipped at level 9.
fn gzipped_code(dir: &Path) -> Result<u64, String> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let code = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("wasm" | "js")
        );
        if !code || path.file_name().is_some_and(|n| n == "sw.js") {
            continue;
        }
        let out = Command::new("gzip")
            .args(["-9", "-c"])
            .arg(&path)
            .output()
            .map_err(|e| format!("gzip: {e}"))?;
        total += out.stdout.len() as u64;
    }
    Ok(total)
}
