//! `cargo xtask monkey` and `cargo xtask soak`: the long versions of the
//! monkey and soak specs (`tests/e2e/monkey.spec.ts`, `soak.spec.ts`), run
//! against a fresh release build the way `cargo xtask test` runs them.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

use crate::test::playwright;
use crate::tools::{Need, Tools};

/// A seed for the monkey that differs from run to run (the standard
/// library keys its hashers randomly for each process).
pub fn fresh_seed() -> u32 {
    let random = RandomState::new().build_hasher().finish();
    u32::try_from(random >> 32).unwrap_or_default()
}

/// `monkey [--actions N] [--seed S]`: N random actions (default 20,000)
/// from seed S (default: a fresh one, printed).
pub fn monkey(args: &[String]) -> Result<(), String> {
    let mut actions = 20_000u32;
    let mut seed = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut number = |name: &str| {
            args.next()
                .and_then(|n| n.parse::<u32>().ok())
                .ok_or(format!("{name} needs a whole number"))
        };
        match arg.as_str() {
            "--actions" => actions = number("--actions")?,
            "--seed" => seed = Some(number("--seed")?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let seed = seed.unwrap_or_else(fresh_seed);
    println!("monkey: {actions} actions from seed {seed}");
    run(
        "monkey.spec.ts",
        &[
            ("MONKEY_ACTIONS", actions.to_string()),
            ("MONKEY_SEED", seed.to_string()),
        ],
    )
}

/// `soak`: the full week, 5,000 navigations and 200 idle resets over 7 days.
pub fn soak() -> Result<(), String> {
    run(
        "soak.spec.ts",
        &[
            ("SOAK_NAVIGATIONS", "5000".to_owned()),
            ("SOAK_RESETS", "200".to_owned()),
            ("SOAK_DAYS", "7".to_owned()),
        ],
    )
}

/// A release build, then the one spec in landscape (the specs turn the
/// screen themselves where they need to).
fn run(spec: &str, env: &[(&str, String)]) -> Result<(), String> {
    let tools = Tools::install(Need::Everything)?;
    tools.dist()?;
    playwright(&tools, &[spec, "--project=landscape"], env)
}
