//! `cargo xtask bench`: the kiosk against the reference Leptos counter
//! (`bench/reference-counter`), both built here in the same run with the
//! same tools: app code size, cold start, step change, language switch,
//! attract screen CPU and Lighthouse, judged by ratio budgets. Writes
//! bench/results.json and bench/results.md. Also the size ratchet that
//! `cargo xtask test` runs.

mod browser;
mod budget;
mod lighthouse;
mod profile;
mod report;
mod size;
mod stats;

use std::path::Path;
use std::process::Command;

use crate::process;
use crate::static_server::Server;
use crate::tools::{self, repo_root, Need, Tools};

/// How far, in percent, the app code's gzip size may grow above bench/results.json.
const RATCHET_SLACK_PERCENT: u64 = 3;
/// Lighthouse runs on the desktop preset (the budget takes their median).
const LIGHTHOUSE_RUNS: usize = 3;
/// Items in the size profile's top list.
const PROFILE_TOP: usize = 15;

pub fn run(args: &[String]) -> Result<(), String> {
    let counts = parse_args(args)?;
    let tools = Tools::install(Need::Everything)?;
    lighthouse::install()?;
    tools.dist()?;
    let counter_dir = repo_root().join("bench/reference-counter");
    // Its own build folder: no waiting on the kiosk's lock, nothing of the
    // kiosk's build replaced.
    process::run(
        "building the reference counter",
        tools
            .command("trunk")
            .args(["build", "--release", "--offline"])
            .env(
                "CARGO_TARGET_DIR",
                tools.target_dir().join("reference-counter"),
            )
            .current_dir(&counter_dir),
    )?;
    let kiosk = size::app_code(&repo_root().join("dist"))?;
    let counter = size::app_code(&counter_dir.join("dist"))?;
    println!(
        "app code gzip: kiosk {} B, counter {} B",
        kiosk.gzip(),
        counter.gzip()
    );
    let profile = profile::profile(&tools, PROFILE_TOP)
        .map_err(|e| eprintln!("size profile skipped: {e}"))
        .ok();

    let kiosk_server = Server::start(repo_root().join("dist"), 0)?;
    let counter_server = Server::start(counter_dir.join("dist"), 0)?;
    println!("timing in headless Chromium ({counts:?}); this takes a while");
    let samples = browser::measure(&tools, &kiosk_server.url(), &counter_server.url(), counts)?;
    let home = format!("{}/home", kiosk_server.url());
    let mut scores = Vec::new();
    for _ in 0..LIGHTHOUSE_RUNS {
        scores.push(lighthouse::score(&tools, &home, lighthouse::PRESETS[0])?);
    }
    let desktop: Vec<f64> = scores.iter().map(|s| s.performance).collect();
    let lighthouse_median = stats::percentile(&desktop, 50.0).unwrap_or(0.0);
    scores.push(lighthouse::score(&tools, &home, lighthouse::PRESETS[1])?);

    let cold_4x = &samples.cold_start[1];
    let median = |s: &[f64]| stats::percentile(s, 50.0).unwrap_or(f64::NAN);
    let p95 = |s: &[f64]| stats::percentile(s, 95.0).unwrap_or(f64::NAN);
    // Sizes are far below 2^52 bytes: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let gzip_ratio = kiosk.gzip() as f64 / counter.gzip() as f64;
    let budgets = budget::budgets(&budget::Measured {
        gzip_ratio,
        cold_start_4x_ratio: median(&cold_4x.1) / median(&cold_4x.2),
        step_p95_ratio: p95(&samples.next) / p95(&samples.click),
        language_p95_ratio: p95(&samples.language) / p95(&samples.click),
        attract_cpu_percent: samples.idle_kiosk.percent_of_core(),
        lighthouse: lighthouse_median,
    });
    let results = report::Results {
        date: command_output(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"])),
        machine: report::Machine::here(),
        versions: versions(&tools, &samples.chromium),
        kiosk,
        counter,
        samples,
        lighthouse: scores,
        profile,
        budgets,
        counts,
    };
    write_reports(&results)?;
    let mut failed = 0;
    for b in &results.budgets {
        let verdict = if b.pass() { "PASS" } else { "FAIL" };
        failed += usize::from(!b.pass());
        println!(
            "{verdict}  {:<55} {:>8.2}{}  ({})",
            b.name,
            b.value,
            b.unit,
            b.rule()
        );
    }
    println!("wrote bench/results.json and bench/results.md");
    if failed > 0 {
        return Err(format!("{failed} budget(s) failed"));
    }
    Ok(())
}

fn parse_args(args: &[String]) -> Result<browser::Counts, String> {
    let mut counts = browser::Counts::default();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| format!("{flag} needs a number"))?;
        match flag.as_str() {
            "--runs" => counts.runs = value,
            "--actions" => counts.actions = value,
            "--attract-seconds" => counts.attract_seconds = value,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(counts)
}

fn write_reports(results: &report::Results) -> Result<(), String> {
    let dir = repo_root().join("bench");
    let findings = std::fs::read_to_string(dir.join("findings.md")).unwrap_or_default();
    let json =
        serde_json::to_string_pretty(&report::to_json(results)).map_err(|e| e.to_string())?;
    let write = |name: &str, text: String| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("bench/{name}: {e}"))
    };
    write("results.json", json + "\n")?;
    write("results.md", report::to_markdown(results, &findings))
}

fn command_output(command: &mut Command) -> String {
    process::output(command).map_or_else(|| "unknown".to_owned(), |o| o.trim().to_owned())
}

fn versions(tools: &Tools, chromium: &str) -> Vec<(&'static str, String)> {
    let lock = std::fs::read_to_string(repo_root().join("Cargo.lock")).unwrap_or_default();
    let leptos = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"leptos\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map_or("unknown", |v| v.trim_end_matches('"'));
    vec![
        (
            "rustc",
            command_output(tools.command("rustc").arg("--version")),
        ),
        ("leptos", leptos.to_owned()),
        ("trunk", tools::TRUNK.to_owned()),
        ("wasm-opt", tools::BINARYEN.to_owned()),
        ("chromium", chromium.to_owned()),
        (
            "node",
            command_output(tools.command("node").arg("--version")),
        ),
        ("lighthouse", "12.2.3".to_owned()),
    ]
}

/// The figure recorded by the last `cargo xtask bench`.
fn recorded_gzip() -> Result<u64, String> {
    let path = repo_root().join("bench/results.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("bench/results.json: {e}"))?;
    json["size"]["kiosk"]["gzip"]
        .as_u64()
        .ok_or_else(|| "bench/results.json has no size.kiosk.gzip".to_owned())
}

/// `Ok` unless `current` is more than [`RATCHET_SLACK_PERCENT`] above `recorded`.
fn check_ratchet(current: u64, recorded: u64) -> Result<String, String> {
    // Sizes are far below 2^52 bytes: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let growth = (current as f64 / recorded as f64 - 1.0) * 100.0;
    let line = format!(
        "app code gzip {current} B against {recorded} B in bench/results.json ({growth:+.1} %)"
    );
    if current * 100 > recorded * (100 + RATCHET_SLACK_PERCENT) {
        Err(format!(
            "{line}: more than {RATCHET_SLACK_PERCENT} % larger; make it smaller, or if the growth \
             is worth it, run `cargo xtask bench` and commit its results"
        ))
    } else {
        Ok(line)
    }
}

/// The size ratchet of `cargo xtask test`: the built `dist` may not grow
/// more than 3 % above the app code gzip size in bench/results.json.
///
/// # Errors
/// When it did, or either figure cannot be had.
pub fn size_ratchet(dist: &Path) -> Result<(), String> {
    let line = check_ratchet(size::app_code(dist)?.gzip(), recorded_gzip()?)?;
    println!("{line}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratchet_allows_three_percent_and_no_more() {
        assert!(check_ratchet(1030, 1000).is_ok());
        assert!(check_ratchet(900, 1000).is_ok());
        let err = check_ratchet(1031, 1000).unwrap_err();
        assert!(err.contains("+3.1 %"), "{err}");
    }

    #[test]
    fn options_set_counts_and_reject_strangers() {
        let args: Vec<String> = ["--runs", "3", "--actions", "10"]
            .map(String::from)
            .to_vec();
        let counts = parse_args(&args).unwrap();
        assert_eq!(
            (counts.runs, counts.actions, counts.attract_seconds),
            (3, 10, 30)
        );
        assert!(parse_args(&["--fast".to_owned(), "1".to_owned()]).is_err());
        assert!(parse_args(&["--runs".to_owned()]).is_err());
    }
}
