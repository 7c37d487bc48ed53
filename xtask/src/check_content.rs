//! `cargo xtask check-content [DIR]`: the app's own validator, for staff.

use std::path::PathBuf;
use std::process::ExitCode;

use aghdam_kiosk::content::Catalogue;

pub fn run(dir: Option<PathBuf>) -> ExitCode {
    let dir = dir.unwrap_or_else(|| crate::tools::repo_root().join("public/content"));
    let catalogue = Catalogue::load_dir(&dir);
    let problems = catalogue.problem_lines();
    for line in &problems {
        println!("{line}");
    }
    if problems.is_empty() {
        let steps: usize = catalogue.tours.iter().map(|t| t.steps.len()).sum();
        println!(
            "{}: content is valid ({} tours, {steps} steps, {} sources)",
            dir.display(),
            catalogue.tours.len(),
            catalogue.sources.sources.len()
        );
        ExitCode::SUCCESS
    } else {
        eprintln!("{} problem(s) found in {}", problems.len(), dir.display());
        ExitCode::FAILURE
    }
}
