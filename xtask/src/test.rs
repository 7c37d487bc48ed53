//! `cargo xtask test`: every check, each stage run even after another
//! failed, then one summary whose last line is `N passed, N failed`.

use std::process::{Command, ExitCode};
use std::time::Instant;

use crate::process;
use crate::static_server::Server;
use crate::tools::{self, Need, Tools};

struct Outcome {
    stage: &'static str,
    result: Result<(), String>,
    seconds: u64,
}

pub fn run() -> ExitCode {
    let mut outcomes = Vec::new();
    let mut stage = |name: &'static str, work: &mut dyn FnMut() -> Result<(), String>| {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = work();
        if let Err(e) = &result {
            eprintln!("{name}: {e}");
        }
        let ok = result.is_ok();
        outcomes.push(Outcome {
            stage: name,
            result,
            seconds: started.elapsed().as_secs(),
        });
        ok
    };

    let mut tools = None;
    stage("setup", &mut || {
        tools = Some(Tools::install(Need::Everything)?);
        Ok(())
    });
    let tools = tools.as_ref();
    let with_tools = |work: &dyn Fn(&Tools) -> Result<(), String>| match tools {
        Some(t) => work(t),
        None => Err("skipped: setup failed".to_owned()),
    };
    // Host stages need none of the pinned tools, only cargo.
    let host = |args: &[&str]| {
        let mut command = Command::new("cargo");
        command.args(args).current_dir(tools::repo_root());
        if let Some(t) = tools {
            command = t.command("cargo");
            command.args(args);
        }
        process::run(&format!("cargo {}", args.join(" ")), &mut command)
    };

    stage("fmt", &mut || host(&["fmt", "--all", "--", "--check"]));
    stage("clippy (host)", &mut || {
        host(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--no-default-features",
            "--",
            "-D",
            "warnings",
        ])
    });
    stage("clippy (wasm)", &mut || {
        with_tools(&|t| {
            process::run(
                "clippy for wasm32",
                t.command("cargo").args([
                    "clippy",
                    "--package",
                    "aghdam-kiosk",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ]),
            )
        })
    });
    stage("native tests", &mut || {
        host(&["test", "--workspace", "--no-default-features"])
    });
    stage("browser tests (wasm-bindgen-test)", &mut || {
        with_tools(&|t| {
            process::run(
                "wasm-bindgen-test in headless Chromium",
                t.command("cargo").args([
                    "test",
                    "--package",
                    "aghdam-kiosk",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--test",
                    "web",
                ]),
            )
        })
    });
    let dist_ok = stage("dist (release build)", &mut || with_tools(&Tools::dist));
    stage("end-to-end (Playwright)", &mut || {
        if !dist_ok {
            return Err("skipped: the release build failed".to_owned());
        }
        with_tools(&end_to_end)
    });

    println!("\n==> summary");
    for o in &outcomes {
        let verdict = if o.result.is_ok() { "passed" } else { "FAILED" };
        println!("  {verdict:6}  {:40} {:>5} s", o.stage, o.seconds);
    }
    let failed = outcomes.iter().filter(|o| o.result.is_err()).count();
    println!("{} passed, {failed} failed", outcomes.len() - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Serves `dist/` on a free loopback port and runs Playwright against it.
fn end_to_end(tools: &Tools) -> Result<(), String> {
    let server = Server::start(tools::repo_root().join("dist"), 0)?;
    let mut command = tools.command("npx");
    command
        .args(["playwright", "test"])
        .env("BASE_URL", server.url())
        .current_dir(tools::repo_root().join("tests/e2e"));
    if std::env::var_os("CI").is_some() {
        command.env("FORCE_COLOR", "0");
    }
    process::run("playwright test", &mut command)
}
