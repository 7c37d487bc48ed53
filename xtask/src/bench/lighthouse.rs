//! Lighthouse's performance score for the kiosk's home screen, from npm
//! `lighthouse` pinned in bench/package.json, on Debian's Chromium with the
//! same flags as every other browser run here.

use serde_json::Value;

use crate::process;
use crate::tools::{repo_root, Tools};

/// Chromium's flags from toolchain.md.
const CHROME_FLAGS: &str = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
--disable-background-networking --disable-component-update --no-first-run --disable-sync";

/// Lighthouse's form factors: `desktop` is the kiosk PC (a wide screen,
/// served from the same machine); `mobile` (Lighthouse's default: a slow
/// phone on a slow 4G link) is reported for reference.
pub const PRESETS: [&str; 2] = ["desktop", "mobile"];

/// One run's score (0–100) and its main metrics in ms (CLS unitless).
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub preset: &'static str,
    pub performance: f64,
    pub metrics: Vec<(&'static str, f64)>,
}

const METRICS: [&str; 5] = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
];

/// `npm ci` in bench/ unless its lock file is already installed.
///
/// # Errors
/// When npm fails.
pub fn install() -> Result<(), String> {
    let dir = repo_root().join("bench");
    if dir.join("node_modules/.package-lock.json").is_file() {
        return Ok(());
    }
    process::run(
        "npm ci (bench: lighthouse)",
        std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir),
    )
}

/// Scores `url` once with `preset`.
///
/// # Errors
/// When Lighthouse fails or reports no performance score.
pub fn score(tools: &Tools, url: &str, preset: &'static str) -> Result<Score, String> {
    let mut command = tools.command("node");
    command
        .arg(repo_root().join("bench/node_modules/lighthouse/cli/index.js"))
        .arg(url)
        .args([
            "--only-categories=performance",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
        ])
        .arg(format!("--chrome-flags={CHROME_FLAGS}"))
        .env("CHROME_PATH", "/usr/bin/chromium");
    if preset == "desktop" {
        command.arg("--preset=desktop");
    }
    let out = command
        .output()
        .map_err(|e| format!("could not start lighthouse: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "lighthouse failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let report: Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("lighthouse printed no JSON: {e}"))?;
    parse(&report, preset)
}

fn parse(report: &Value, preset: &'static str) -> Result<Score, String> {
    if let Some(error) = report["runtimeError"]["message"].as_str() {
        return Err(format!("lighthouse: {error}"));
    }
    let score = report["categories"]["performance"]["score"]
        .as_f64()
        .ok_or("lighthouse reported no performance score")?;
    let metrics = METRICS
        .into_iter()
        .filter_map(|m| Some((m, report["audits"][m]["numericValue"].as_f64()?)))
        .collect();
    Ok(Score {
        preset,
        performance: (score * 100.0).round(),
        metrics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_score_and_metrics() {
        let report = serde_json::json!({
            "categories": { "performance": { "score": 0.974 } },
            "audits": {
                "first-contentful-paint": { "numericValue": 512.5 },
                "total-blocking-time": { "numericValue": 0.0 }
            }
        });
        let s = parse(&report, "desktop").unwrap();
        assert!((s.performance - 97.0).abs() < 1e-9);
        assert_eq!(
            s.metrics,
            [
                ("first-contentful-paint", 512.5),
                ("total-blocking-time", 0.0)
            ]
        );
    }

    #[test]
    fn a_page_that_did_not_load_has_no_score() {
        let report = serde_json::json!({
            "runtimeError": { "message": "NO_FCP" },
            "categories": { "performance": { "score": null } }
        });
        assert_eq!(parse(&report, "mobile").unwrap_err(), "lighthouse: NO_FCP");
    }
}
