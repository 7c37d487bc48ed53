//! Project tasks, run as `cargo xtask <task>`: setting up the pinned tools,
//! serving, testing, building the release and checking content.

mod bench;
mod check_content;
mod csp;
mod long_run;
mod passcode;
mod precache;
mod process;
mod static_server;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <task>

  serve                 install the pinned tools, then run `trunk serve` (live reload)
  test                  install everything, then run every check; last line `N passed, N failed`
  dist                  release build into dist/, ready for any static web server
  serve-dist [--port N] [DIR]
                        serve dist/ (or DIR) the way the kiosk PC should: index.html
                        fallback for addresses, 404 for missing files
  check-content [DIR]   validate the content JSON (default public/content)
  screenshots [--large] release build, then a screenshot of every kind of screen in both
                        orientations and all four languages, into screenshots/
  set-passcode PIN [DIR] store a new staff PIN (as a salted PBKDF2 hash) in kiosk.json
  monkey [--actions N] [--seed S]
                        release build, then N random touches, switches and waits
                        (default 20,000; `cargo xtask test` runs 2,000) from seed S
  soak                  release build, then a week of visits in one page: 5,000
                        navigations, 200 idle resets, 7 nightly fresh starts
  bench [--runs N] [--actions N] [--attract-seconds N]
                        the kiosk against the reference Leptos counter, both built now:
                        size, start-up, step change, language switch, idle CPU, Lighthouse;
                        writes bench/results.{json,md}, fails on a missed budget
  setup                 only install the pinned tools

Tools are cached in $AGHDAM_TOOLS_DIR (default ~/.cache/aghdam-kiosk/tools).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => return test::run(),
        Some("dist") => tools::Tools::install(tools::Need::Build).and_then(|t| t.dist()),
        Some("serve-dist") => serve_dist(&args[1..]),
        Some("check-content") => return check_content::run(args.get(1).map(PathBuf::from)),
        Some("screenshots") => screenshots(args.iter().any(|a| a == "--large")),
        Some("set-passcode") => passcode::run(&args[1..]),
        Some("monkey") => long_run::monkey(&args[1..]),
        Some("soak") => long_run::soak(),
        Some("bench") => bench::run(&args[1..]),
        Some("setup") => tools::Tools::install(tools::Need::Everything).map(|_| ()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), String> {
    let tools = tools::Tools::install(tools::Need::Build)?;
    println!("The kiosk will be at http://127.0.0.1:8080/ once the first build finishes.");
    tools
        .command("trunk")
        .args(["serve", "--offline"])
        .current_dir(tools::repo_root())
        .status()
        .map_err(|e| format!("could not start trunk: {e}"))
        .and_then(|s| process::check("trunk serve", s))
}

fn serve_dist(args: &[String]) -> Result<(), String> {
    let mut port = 4173;
    let mut dir = tools::repo_root().join("dist");
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "--port" {
            port = args
                .next()
                .and_then(|p| p.parse().ok())
                .ok_or("--port needs a number")?;
        } else {
            dir = PathBuf::from(arg);
        }
    }
    if !dir.join("index.html").is_file() {
        return Err(format!(
            "{} has no index.html: run `cargo xtask dist` first",
            dir.display()
        ));
    }
    let server = static_server::Server::start(dir, port)?;
    println!("Serving the kiosk at {} (Ctrl-C to stop)", server.url());
    server.wait();
    Ok(())
}

fn screenshots(large: bool) -> Result<(), String> {
    let tools = tools::Tools::install(tools::Need::Everything)?;
    tools.dist()?;
    let root = tools::repo_root();
    let server = static_server::Server::start(root.join("dist"), 0)?;
    let mut command = tools.command("node");
    command
        .arg("screenshots.mjs")
        .env("BASE_URL", server.url())
        .env("OUT", root.join("screenshots"))
        .current_dir(root.join("tests/e2e"));
    if large {
        command.arg("--large");
    }
    process::run("taking screenshots", &mut command)
}
