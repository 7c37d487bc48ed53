//! Timings from headless Chromium: runs `bench/browser.mjs` (Playwright's
//! client of the browser's debugging protocol, from `tests/e2e`) against both served builds and
//! reads back its raw samples.

use serde_json::Value;

use crate::tools::{repo_root, Tools};

/// How many samples to take; the defaults are the minimums.
#[derive(Clone, Copy, Debug)]
pub struct Counts {
    /// Cold starts per app and CPU rate.
    pub runs: u32,
    /// Step changes, language switches and counter clicks, each.
    pub actions: u32,
    /// Seconds of attract screen CPU sampling.
    pub attract_seconds: u32,
}

impl Default for Counts {
    fn default() -> Self {
        Counts {
            runs: 20,
            actions: 200,
            attract_seconds: 30,
        }
    }
}

/// Raw timings in milliseconds, and CPU seconds while idle.
#[derive(Debug)]
pub struct Samples {
    pub chromium: String,
    /// `(rate, kiosk, counter)` for 1× and 4× CPU.
    pub cold_start: Vec<(u32, Vec<f64>, Vec<f64>)>,
    pub next: Vec<f64>,
    pub back: Vec<f64>,
    pub language: Vec<f64>,
    pub click: Vec<f64>,
    pub idle_kiosk: Idle,
    pub idle_counter: Idle,
}

/// Renderer main-thread time over a wall-clock window.
#[derive(Clone, Copy, Debug)]
pub struct Idle {
    pub seconds: f64,
    pub task_seconds: f64,
    pub script_seconds: f64,
}

impl Idle {
    /// Main-thread task time as a percentage of one core.
    pub fn percent_of_core(&self) -> f64 {
        100.0 * self.task_seconds / self.seconds
    }
}

/// Runs the driver; `kiosk` and `counter` are the served origins.
///
/// # Errors
/// When Node or Chromium fail, or the driver's output is not as expected.
pub fn measure(
    tools: &Tools,
    kiosk: &str,
    counter: &str,
    counts: Counts,
) -> Result<Samples, String> {
    let out = tools
        .command("node")
        .arg(repo_root().join("bench/browser.mjs"))
        .env("KIOSK_URL", kiosk)
        .env("COUNTER_URL", counter)
        .env("RUNS", counts.runs.to_string())
        .env("ACTIONS", counts.actions.to_string())
        .env("ATTRACT_SECONDS", counts.attract_seconds.to_string())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    if !out.status.success() {
        return Err(format!("bench/browser.mjs failed ({})", out.status));
    }
    let json: Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("bench/browser.mjs printed no JSON: {e}"))?;
    parse(&json)
}

fn parse(json: &Value) -> Result<Samples, String> {
    let list = |v: &Value, what: &str| -> Result<Vec<f64>, String> {
        v.as_array()
            .and_then(|a| a.iter().map(Value::as_f64).collect::<Option<Vec<_>>>())
            .filter(|a| !a.is_empty())
            .ok_or_else(|| format!("bench/browser.mjs: no samples for {what}"))
    };
    let idle = |v: &Value| -> Result<Idle, String> {
        let num = |k: &str| v[k].as_f64().ok_or(format!("idle CPU: no {k}"));
        Ok(Idle {
            seconds: num("seconds")?,
            task_seconds: num("task_seconds")?,
            script_seconds: num("script_seconds")?,
        })
    };
    let mut cold_start = Vec::new();
    for rate in [1, 4] {
        let runs = &json["cold_start"][format!("x{rate}")];
        cold_start.push((
            rate,
            list(&runs["kiosk"], "kiosk cold start")?,
            list(&runs["counter"], "counter cold start")?,
        ));
    }
    let actions = &json["actions"];
    Ok(Samples {
        chromium: json["chromium"].as_str().unwrap_or("unknown").to_owned(),
        cold_start,
        next: list(&actions["next"], "Next")?,
        back: list(&actions["back"], "Back")?,
        language: list(&actions["language"], "language switch")?,
        click: list(&actions["click"], "counter click")?,
        idle_kiosk: idle(&json["idle"]["kiosk"])?,
        idle_counter: idle(&json["idle"]["counter"])?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_drivers_output() {
        let json = serde_json::json!({
            "chromium": "156.0.1",
            "cold_start": {
                "x1": { "kiosk": [300.0, 310.5], "counter": [100.0] },
                "x4": { "kiosk": [900.0], "counter": [400.0] }
            },
            "actions": { "next": [40.0], "back": [41.0], "language": [60.0], "click": [16.0] },
            "idle": {
                "kiosk": { "seconds": 30.0, "task_seconds": 0.3, "script_seconds": 0.1 },
                "counter": { "seconds": 30.0, "task_seconds": 0.0, "script_seconds": 0.0 }
            }
        });
        let s = parse(&json).unwrap();
        assert_eq!(s.cold_start[0], (1, vec![300.0, 310.5], vec![100.0]));
        assert_eq!(s.cold_start[1].0, 4);
        assert_eq!(s.language, [60.0]);
        assert!((s.idle_kiosk.percent_of_core() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn missing_samples_are_an_error() {
        let json = serde_json::json!({ "cold_start": {}, "actions": {}, "idle": {} });
        assert!(parse(&json).unwrap_err().contains("kiosk cold start"));
    }
}
