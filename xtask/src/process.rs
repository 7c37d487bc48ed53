//! Running commands and reporting how they ended.

use std::process::{Command, ExitStatus};

/// `Ok` if `status` is success, else a message naming `what`.
pub fn check(what: &str, status: ExitStatus) -> Result<(), String> {
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// Runs `command`, letting it print, and checks that it succeeded.
pub fn run(what: &str, command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|e| {
        format!(
            "{what}: could not start {}: {e}",
            command.get_program().display()
        )
    })?;
    check(what, status)
}

/// Runs `command` quietly and returns what it printed, if it succeeded.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status.success().then(|| {
        let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&out.stderr));
        text
    })
}
