//! `cargo xtask test`: every check, each stage run even after another
//! failed, then one summary whose last line is `N passed, N failed`.

use std::process::{Command, ExitCode};
use std::time::Instant;

use crate::process;
use crate::static_server::Server;
use crate::tools::{self, Need, Tools};

/// The stages run so far and how they ended.
#[derive(Default)]
struct Run {
    outcomes: Vec<(&'static str, Result<(), String>, u64)>,
}

impl Run {
    /// Runs one stage, printing a header and any failure; true if it passed.
    fn stage(&mut self, name: &'static str, work: impl FnOnce() -> Result<(), String>) -> bool {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = work();
        if let Err(e) = &result {
            eprintln!("{name}: {e}");
        }
        let ok = result.is_ok();
        self.outcomes
            .push((name, result, started.elapsed().as_secs()));
        ok
    }

    fn summary(&self) -> ExitCode {
        println!("\n==> summary");
        for (name, result, seconds) in &self.outcomes {
            let verdict = if result.is_ok() { "passed" } else { "FAILED" };
            println!("  {verdict:6}  {name:40} {seconds:>5} s");
        }
        let failed = self.outcomes.iter().filter(|(_, r, _)| r.is_err()).count();
        println!("{} passed, {failed} failed", self.outcomes.len() - failed);
        if failed == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}

pub fn run() -> ExitCode {
    let mut run = Run::default();
    let mut installed = None;
    run.stage("setup", || {
        installed = Some(Tools::install(Need::Everything)?);
        Ok(())
    });
    let tools = installed.as_ref();

    run.stage("fmt", || host(tools, &["fmt", "--all", "--", "--check"]));
    run.stage("clippy (host)", || {
        host(
            tools,
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--no-default-features",
                "--",
                "-D",
                "warnings",
            ],
        )
    });
    run.stage("clippy (wasm)", || {
        cargo_with(
            tools,
            &[
                "clippy",
                "--package",
                "aghdam-kiosk",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        )
    });
    run.stage("supply chain (cargo deny)", || {
        cargo_with(tools, &["deny", "check", "licenses", "bans", "sources"])
    });
    run.stage("native tests", || {
        host(tools, &["test", "--workspace", "--no-default-features"])
    });
    run.stage("browser tests (wasm-bindgen-test)", || {
        cargo_with(
            tools,
            &[
                "test",
                "--package",
                "aghdam-kiosk",
                "--target",
                "wasm32-unknown-unknown",
                "--test",
                "web",
            ],
        )
    });
    let dist = run.stage("dist (release build)", || needs(tools)?.dist());
    run.stage("size ratchet (bench/results.json)", || {
        if dist {
            crate::bench::size_ratchet(&tools::repo_root().join("dist"))
        } else {
            Err("skipped: the release build failed".to_owned())
        }
    });
    run.stage("end-to-end (Playwright)", || {
        if dist {
            end_to_end(needs(tools)?)
        } else {
            Err("skipped: the release build failed".to_owned())
        }
    });
    run.summary()
}

fn needs(tools: Option<&Tools>) -> Result<&Tools, String> {
    tools.ok_or_else(|| "skipped: setup failed".to_owned())
}

/// A cargo command that needs none of the pinned tools (it still shares
/// their build folder when set-up worked).
fn host(tools: Option<&Tools>, args: &[&str]) -> Result<(), String> {
    let mut command = match tools {
        Some(t) => t.command("cargo"),
        None => Command::new("cargo"),
    };
    command.args(args).current_dir(tools::repo_root());
    process::run(&format!("cargo {}", args.join(" ")), &mut command)
}

/// A cargo command that needs the pinned tools (wasm target, test runner).
fn cargo_with(tools: Option<&Tools>, args: &[&str]) -> Result<(), String> {
    let tools = needs(tools)?;
    process::run(
        &format!("cargo {}", args.join(" ")),
        tools.command("cargo").args(args),
    )
}

/// Every Playwright spec; the monkey gets a fresh seed, printed for replay.
fn end_to_end(tools: &Tools) -> Result<(), String> {
    let seed = crate::long_run::fresh_seed();
    println!("monkey seed {seed} (tests/e2e/monkey.spec.ts prints how to replay it)");
    playwright(tools, &[], &[("MONKEY_SEED", seed.to_string())])
}

/// Serves `dist/` on a free loopback port and runs Playwright against it,
/// with `args` after `playwright test` and `env` set.
pub fn playwright(tools: &Tools, args: &[&str], env: &[(&str, String)]) -> Result<(), String> {
    let server = Server::start(tools::repo_root().join("dist"), 0)?;
    let mut command = tools.command("npx");
    command
        .args(["playwright", "test"])
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .env("BASE_URL", server.url())
        .current_dir(tools::repo_root().join("tests/e2e"));
    if std::env::var_os("CI").is_some() {
        command.env("FORCE_COLOR", "0");
    }
    process::run("playwright test", &mut command)
}
