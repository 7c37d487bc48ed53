//! bench/results.json (every number) and bench/results.md (tables, budgets
//! and findings) from one run, with the machine and tool versions.

use std::fmt::Write as _;

use serde_json::{json, Value};

use super::browser::{Counts, Idle, Samples};
use super::budget::Budget;
use super::lighthouse::Score;
use super::profile::{Part, Profile};
use super::size::AppCode;
use super::stats::{summary, Summary};

/// Everything one run measured.
pub struct Results {
    pub date: String,
    pub machine: Machine,
    pub versions: Vec<(&'static str, String)>,
    pub kiosk: AppCode,
    pub counter: AppCode,
    pub samples: Samples,
    pub lighthouse: Vec<Score>,
    pub profile: Option<Profile>,
    pub budgets: Vec<Budget>,
    pub counts: Counts,
}

pub struct Machine {
    pub cores: usize,
    pub cpu: String,
    pub memory_gib: f64,
}

impl Machine {
    pub fn here() -> Machine {
        let read = |f| std::fs::read_to_string(f).unwrap_or_default();
        let field = |text: &str, key: &str| {
            text.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        };
        let cpuinfo = read("/proc/cpuinfo");
        let kib: f64 = field(&read("/proc/meminfo"), "MemTotal")
            .and_then(|v| v.trim_end_matches(" kB").trim().parse().ok())
            .unwrap_or(0.0);
        Machine {
            cores: std::thread::available_parallelism().map_or(0, usize::from),
            cpu: field(&cpuinfo, "model name").unwrap_or_else(|| "unknown".to_owned()),
            memory_gib: (kib / 1024.0 / 1024.0 * 10.0).round() / 10.0,
        }
    }
}

fn stats(samples: &[f64]) -> Value {
    let s = summary(samples).unwrap_or(Summary {
        n: 0,
        p50: f64::NAN,
        p95: f64::NAN,
    });
    json!({ "n": s.n, "median": round(s.p50), "p95": round(s.p95), "samples": samples.iter().map(|v| round(*v)).collect::<Vec<_>>() })
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn size_json(code: &AppCode) -> Value {
    json!({
        "raw": code.raw(), "gzip": code.gzip(), "brotli": code.brotli(),
        "files": code.files.iter().map(|f| json!({"name": f.name, "raw": f.raw, "gzip": f.gzip, "brotli": f.brotli})).collect::<Vec<_>>(),
    })
}

fn idle_json(idle: &Idle) -> Value {
    json!({
        "percent_of_core": (idle.percent_of_core() * 100.0).round() / 100.0,
        "window_seconds": round(idle.seconds),
        "task_seconds": idle.task_seconds,
        "script_seconds": idle.script_seconds,
    })
}

fn parts_json(parts: &[Part]) -> Value {
    parts
        .iter()
        .map(|p| json!({"name": p.name, "bytes": p.bytes, "percent": (p.percent * 100.0).round() / 100.0}))
        .collect()
}

pub fn to_json(r: &Results) -> Value {
    let s = &r.samples;
    let cold: serde_json::Map<String, Value> = s
        .cold_start
        .iter()
        .map(|(rate, kiosk, counter)| {
            (
                format!("x{rate}"),
                json!({"kiosk": stats(kiosk), "counter": stats(counter)}),
            )
        })
        .collect();
    json!({
        "date": r.date,
        "machine": {"cores": r.machine.cores, "cpu": r.machine.cpu, "memory_gib": r.machine.memory_gib},
        "settings": {"runs": r.counts.runs, "actions": r.counts.actions, "attract_seconds": r.counts.attract_seconds},
        "versions": r.versions.iter().map(|(k, v)| ((*k).to_owned(), json!(v))).collect::<serde_json::Map<_, _>>(),
        "size": {"kiosk": size_json(&r.kiosk), "counter": size_json(&r.counter)},
        "cold_start_ms": cold,
        "actions_at_4x_ms": {
            "next": stats(&s.next), "back": stats(&s.back),
            "language": stats(&s.language), "counter_click": stats(&s.click),
        },
        "attract_cpu": {"kiosk": idle_json(&s.idle_kiosk), "counter": idle_json(&s.idle_counter)},
        "lighthouse_home": r.lighthouse.iter().map(|l| json!({
            "preset": l.preset, "score": l.performance,
            "metrics": l.metrics.iter().map(|(k, v)| ((*k).to_owned(), json!(round(*v)))).collect::<serde_json::Map<_, _>>(),
        })).collect::<Vec<_>>(),
        "size_profile": r.profile.as_ref().map(|p| json!({
            "wasm_bytes": p.total, "top": parts_json(&p.top), "by_crate": parts_json(&p.crates),
        })),
        "budgets": r.budgets.iter().map(|b| json!({
            "name": b.name, "value": (b.value * 100.0).round() / 100.0, "rule": b.rule(), "pass": b.pass(),
        })).collect::<Vec<_>>(),
    })
}

fn kb(bytes: u64) -> String {
    // Bytes of a build are far below 2^52: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let k = bytes as f64 / 1000.0;
    format!("{k:.1} KB")
}

#[allow(clippy::cast_precision_loss)]
fn ratio(a: u64, b: u64) -> f64 {
    a as f64 / b as f64
}

/// Kiosk samples against counter samples: median and p95 side by side.
fn versus(out: &mut String, what: &str, kiosk: &[f64], counter: &[f64]) {
    if let (Some(k), Some(c)) = (summary(kiosk), summary(counter)) {
        let _ = writeln!(
            out,
            "| {what} | {:.0} / {:.0} ms (n={}) | {:.0} / {:.0} ms (n={}) | {:.2}× / {:.2}× |",
            k.p50,
            k.p95,
            k.n,
            c.p50,
            c.p95,
            c.n,
            k.p50 / c.p50,
            k.p95 / c.p95
        );
    }
}

pub fn to_markdown(r: &Results, findings: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Bench results\n");
    let _ = writeln!(
        out,
        "Written by `cargo xtask bench` on {}; do not edit by hand (except `bench/findings.md`, \
         copied in below). Machine: {} cores, {}, {} GiB. {}. Samples: {} cold starts per app and CPU \
         rate, {} of each action, {} s of attract screen.\n",
        r.date,
        r.machine.cores,
        r.machine.cpu,
        r.machine.memory_gib,
        r.versions
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", "),
        r.counts.runs,
        r.counts.actions,
        r.counts.attract_seconds
    );
    budgets_md(&mut out, r);
    sizes_md(&mut out, r);
    timings_md(&mut out, r);
    lighthouse_md(&mut out, r);
    profile_md(&mut out, r);
    let _ = writeln!(out, "\n{}", findings.trim());
    out
}

fn budgets_md(out: &mut String, r: &Results) {
    let _ = writeln!(
        out,
        "## Budgets\n\n| budget | measured | limit | |\n|---|---:|---|---|"
    );
    for b in &r.budgets {
        let verdict = if b.pass() { "PASS" } else { "**FAIL**" };
        let _ = writeln!(
            out,
            "| {} | {:.2}{} | {} | {verdict} |",
            b.name,
            b.value,
            b.unit,
            b.rule()
        );
    }
}

fn sizes_md(out: &mut String, r: &Results) {
    let _ = writeln!(
        out,
        "\n## App code size (wasm + JS + CSS of dist/)\n\n| | raw | gzip | brotli |\n|---|---:|---:|---:|"
    );
    for (name, code) in [("reference counter", &r.counter), ("**kiosk**", &r.kiosk)] {
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} |",
            kb(code.raw()),
            kb(code.gzip()),
            kb(code.brotli())
        );
    }
    let _ = writeln!(
        out,
        "| kiosk ÷ counter | {:.2}× | {:.2}× | {:.2}× |",
        ratio(r.kiosk.raw(), r.counter.raw()),
        ratio(r.kiosk.gzip(), r.counter.gzip()),
        ratio(r.kiosk.brotli(), r.counter.brotli())
    );
    for f in &r.kiosk.files {
        let _ = writeln!(
            out,
            "| kiosk: `{}` | {} | {} | {} |",
            f.name,
            kb(f.raw),
            kb(f.gzip),
            kb(f.brotli)
        );
    }
}

fn timings_md(out: &mut String, r: &Results) {
    let s = &r.samples;
    let _ = writeln!(
        out,
        "\n## Timings (median / p95)\n\n| | kiosk | counter | kiosk ÷ counter |\n|---|---:|---:|---:|"
    );
    for (rate, kiosk, counter) in &s.cold_start {
        versus(
            out,
            &format!("cold start to interactive, {rate}× CPU"),
            kiosk,
            counter,
        );
    }
    versus(
        out,
        "step change (Next), 4× CPU, vs counter click",
        &s.next,
        &s.click,
    );
    versus(
        out,
        "step change (Back), 4× CPU, vs counter click",
        &s.back,
        &s.click,
    );
    versus(
        out,
        "language switch, 4× CPU, vs counter click",
        &s.language,
        &s.click,
    );
    let _ = writeln!(
        out,
        "\nAttract screen, untouched, 1× CPU: renderer main thread busy {:.2} % of one core \
         (counter's first screen: {:.2} %), over {:.0} s.\n",
        s.idle_kiosk.percent_of_core(),
        s.idle_counter.percent_of_core(),
        s.idle_kiosk.seconds
    );
}

fn lighthouse_md(out: &mut String, r: &Results) {
    let _ = writeln!(out, "## Lighthouse, /home\n\n| preset | performance | metrics (ms; CLS unitless) |\n|---|---:|---|");
    for l in &r.lighthouse {
        let metrics: Vec<String> = l
            .metrics
            .iter()
            .map(|(k, v)| format!("{k} {v:.0}"))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {:.0} | {} |",
            l.preset,
            l.performance,
            metrics.join(", ")
        );
    }
}

fn profile_md(out: &mut String, r: &Results) {
    if let Some(p) = &r.profile {
        let _ = writeln!(
            out,
            "\n## Size profile (twiggy top over the release wasm before wasm-opt, name section left out: {})\n\n| item | bytes | share |\n|---|---:|---:|",
            kb(p.total)
        );
        for part in &p.top {
            let _ = writeln!(
                out,
                "| `{}` | {} | {:.2} % |",
                part.name.replace('|', "\\|"),
                part.bytes,
                part.percent
            );
        }
        let _ = writeln!(out, "\nBy the crate an item's name starts with (approximate: LTO inlines callees into callers, and generic code counts for the crate that defines it):\n\n| crate | bytes | share |\n|---|---:|---:|");
        for part in p.crates.iter().take(15) {
            let _ = writeln!(
                out,
                "| {} | {} | {:.1} % |",
                part.name, part.bytes, part.percent
            );
        }
    }
}
