//! Installs the pinned tools into a per-user cache keyed by version, checks
//! their versions, and builds commands that find them on PATH.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process;

pub const TRUNK: &str = "0.21.14";
pub const BINARYEN: &str = "132";
/// The `@fontsource` packages of Noto Sans and Noto Serif (SIL Open Font Licence).
pub const FONTSOURCE: &str = "5.3.0";
/// cargo-deny, for the offline supply-chain check (test only).
pub const CARGO_DENY: &str = "0.20.2";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// What a task needs installed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The wasm target, Trunk, wasm-bindgen and wasm-opt.
    Build,
    /// That, plus Chromium, chromedriver and the Node test dependencies.
    Everything,
}

/// The installed tools: a PATH that finds them, and where builds go.
pub struct Tools {
    path: OsString,
    target_dir: PathBuf,
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// `$AGHDAM_CACHE_DIR`, else `$XDG_CACHE_HOME/aghdam-kiosk`, else `~/.cache/aghdam-kiosk`.
fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("AGHDAM_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("aghdam-kiosk")
}

/// Where pinned tools live: `$AGHDAM_TOOLS_DIR`, else `<cache>/tools`.
pub fn tools_dir() -> PathBuf {
    std::env::var_os("AGHDAM_TOOLS_DIR").map_or_else(|| cache_root().join("tools"), PathBuf::from)
}

impl Tools {
    /// Installs (or finds) what `need` asks for, checking every version.
    ///
    /// # Errors
    /// Which tool could not be installed, and what to do about it.
    pub fn install(need: Need) -> Result<Tools, String> {
        let dir = tools_dir();
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create the tools folder {}: {e}", dir.display()))?;
        let wasm_bindgen = wasm_bindgen_version()?;
        install_wasm_target()?;
        let trunk_root = dir.join(format!("trunk-{TRUNK}"));
        cargo_install(
            &trunk_root,
            "trunk",
            TRUNK,
            true,
            "trunk",
            &format!("trunk {TRUNK}"),
        )?;
        let bindgen_root = dir.join(format!("wasm-bindgen-{wasm_bindgen}"));
        cargo_install(
            &bindgen_root,
            "wasm-bindgen-cli",
            &wasm_bindgen,
            false,
            "wasm-bindgen",
            &format!("wasm-bindgen {wasm_bindgen}"),
        )?;
        let binaryen_root = dir.join(format!("binaryen-{BINARYEN}"));
        install_binaryen(&binaryen_root)?;
        install_fonts(&dir.join(format!("fonts-{FONTSOURCE}")))?;
        let deny_root = dir.join(format!("cargo-deny-{CARGO_DENY}"));
        if need == Need::Everything {
            install_chromium()?;
            install_node_modules()?;
            cargo_install(
                &deny_root,
                "cargo-deny",
                CARGO_DENY,
                true,
                "cargo-deny",
                &format!("cargo-deny {CARGO_DENY}"),
            )?;
        }
        let mut paths = vec![
            trunk_root.join("bin"),
            bindgen_root.join("bin"),
            binaryen_root.join("node_modules/.bin"),
            deny_root.join("bin"),
        ];
        paths.extend(std::env::split_paths(
            &std::env::var_os("PATH").unwrap_or_default(),
        ));
        let path = std::env::join_paths(paths).map_err(|e| format!("bad PATH: {e}"))?;
        let target_dir = std::env::var_os("CARGO_TARGET_DIR")
            .map_or_else(|| cache_root().join("target"), PathBuf::from);
        Ok(Tools { path, target_dir })
    }

    /// A command that finds the pinned tools first on PATH and shares one
    /// build folder between clones, so Leptos is not compiled again for each.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env("PATH", &self.path)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .current_dir(repo_root());
        command
    }

    /// Cargo's build folder, shared by every build these tools run.
    pub fn target_dir(&self) -> &Path {
        &self.target_dir
    }

    /// The release build into `dist/`, made to obey the security policy, with
    /// `precache.json` for the service worker.
    ///
    /// # Errors
    /// When Trunk fails, or `precache.json` cannot be written.
    pub fn dist(&self) -> Result<(), String> {
        process::run(
            "trunk build --release",
            self.command("trunk")
                .args(["build", "--release", "--offline"]),
        )?;
        let dist = repo_root().join("dist");
        crate::csp::harden_dist(&dist)?;
        let version = crate::precache::write_precache(&dist)?;
        println!("  precache.json: version {version}");
        let mut total = 0;
        for entry in std::fs::read_dir(&dist).map_err(|e| format!("{}: {e}", dist.display()))? {
            let entry = entry.map_err(|e| e.to_string())?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("wasm" | "js")
            ) {
                let size = entry.metadata().map_or(0, |m| m.len());
                total += size;
                println!("  {name}: {size} bytes");
            }
        }
        println!(
            "dist/ is ready ({total} bytes of wasm and JS); try it with `cargo xtask serve-dist`"
        );
        Ok(())
    }
}

/// The wasm-bindgen version in Cargo.lock, which must equal the pins in
/// Cargo.toml and Trunk.toml.
fn wasm_bindgen_version() -> Result<String, String> {
    let root = repo_root();
    let read = |file: &str| {
        std::fs::read_to_string(root.join(file)).map_err(|e| format!("cannot read {file}: {e}"))
    };
    let lock = read("Cargo.lock")?;
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"wasm-bindgen\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"').to_owned())
        .ok_or("Cargo.lock has no wasm-bindgen: run `cargo generate-lockfile`")?;
    let pin = format!("wasm-bindgen = {{ version = \"={version}\"");
    if !read("Cargo.toml")?.contains(&pin) {
        return Err(format!(
            "Cargo.toml must pin wasm-bindgen to exactly the Cargo.lock version: {pin}"
        ));
    }
    if !read("Trunk.toml")?.contains(&format!("wasm_bindgen = \"{version}\"")) {
        return Err(format!(
            "Trunk.toml [tools] wasm_bindgen must be \"{version}\""
        ));
    }
    Ok(version)
}

fn install_wasm_target() -> Result<(), String> {
    let installed = process::output(Command::new("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|out| out.lines().any(|l| l.trim() == WASM_TARGET));
    if installed {
        return Ok(());
    }
    println!("installing the {WASM_TARGET} target");
    process::run(
        "rustup target add",
        Command::new("rustup").args(["target", "add", WASM_TARGET]),
    )
    .map_err(|e| format!("{e}: check that rustup can reach Rust's toolchain server"))
}

/// `cargo install <krate> --version <version> --root <root>` unless `bin`
/// there already prints `expected` for `--version`.
pub(crate) fn cargo_install(
    root: &Path,
    krate: &str,
    version: &str,
    locked: bool,
    bin: &str,
    expected: &str,
) -> Result<(), String> {
    let exe = root.join("bin").join(bin);
    let has = |exe: &Path| {
        process::output(Command::new(exe).arg("--version"))
            .is_some_and(|out| out.starts_with(expected))
    };
    if has(&exe) {
        return Ok(());
    }
    println!(
        "installing {krate} {version} into {} (a few minutes, once)",
        root.display()
    );
    let mut install = Command::new("cargo");
    install
        .args(["install", krate, "--version", version, "--force", "--root"])
        .arg(root)
        .env_remove("CARGO_TARGET_DIR");
    if locked {
        install.arg("--locked");
    }
    process::run(&format!("installing {krate} {version}"), &mut install).map_err(|e| {
        format!("{e}: check the network to the crate registry, then run the command again")
    })?;
    if has(&exe) {
        Ok(())
    } else {
        Err(format!(
            "{} does not report {expected}: remove {} and retry",
            exe.display(),
            root.display()
        ))
    }
}

fn install_binaryen(root: &Path) -> Result<(), String> {
    let exe = root.join("node_modules/.bin/wasm-opt");
    let expected = format!("wasm-opt version {BINARYEN}");
    let has = || {
        process::output(Command::new(&exe).arg("--version"))
            .is_some_and(|out| out.starts_with(&expected))
    };
    if has() {
        return Ok(());
    }
    println!(
        "installing wasm-opt (binaryen {BINARYEN}) into {}",
        root.display()
    );
    std::fs::create_dir_all(root).map_err(|e| format!("{}: {e}", root.display()))?;
    process::run(
        "installing binaryen",
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--save-exact"])
            .arg(format!("binaryen@{BINARYEN}.0.0"))
            .current_dir(root),
    )
    .map_err(|e| format!("{e}: needs Node.js and npm with access to the npm registry"))?;
    if has() {
        Ok(())
    } else {
        Err(format!("{} does not report {expected}", exe.display()))
    }
}

/// Noto Sans and Noto Serif for Latin (with ə, ğ, ı) and Cyrillic, from the
/// npm `@fontsource` packages, copied into `public/fonts/` for Trunk.
fn install_fonts(root: &Path) -> Result<(), String> {
    let package = |family: &str| root.join("node_modules/@fontsource").join(family);
    let version_of = |family: &str| {
        std::fs::read_to_string(package(family).join("package.json"))
            .is_ok_and(|p| p.contains(&format!("\"version\": \"{FONTSOURCE}\"")))
    };
    if !(version_of("noto-sans") && version_of("noto-serif")) {
        println!(
            "installing the Noto fonts ({FONTSOURCE}) into {}",
            root.display()
        );
        std::fs::create_dir_all(root).map_err(|e| format!("{}: {e}", root.display()))?;
        process::run(
            "installing fonts",
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--save-exact"])
                .arg(format!("@fontsource/noto-sans@{FONTSOURCE}"))
                .arg(format!("@fontsource/noto-serif@{FONTSOURCE}"))
                .current_dir(root),
        )
        .map_err(|e| format!("{e}: needs Node.js and npm with access to the npm registry"))?;
    }
    let target = repo_root().join("public/fonts");
    std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    let copy = |from: PathBuf, name: &str| {
        std::fs::copy(&from, target.join(name))
            .map(|_| ())
            .map_err(|e| format!("fonts: cannot copy {}: {e}", from.display()))
    };
    for (family, weights) in [
        ("noto-sans", &["400", "600", "700"][..]),
        ("noto-serif", &["600"][..]),
    ] {
        for weight in weights {
            for subset in ["latin", "latin-ext", "cyrillic"] {
                let name = format!("{family}-{subset}-{weight}-normal.woff2");
                copy(package(family).join("files").join(&name), &name)?;
            }
        }
        copy(
            package(family).join("LICENSE"),
            &format!("{family}-LICENSE.txt"),
        )?;
    }
    Ok(())
}

/// Debian's Chromium and its matching driver.
fn install_chromium() -> Result<(), String> {
    let versions = || {
        let browser = process::output(Command::new(CHROMIUM).arg("--version"))?;
        let driver = process::output(Command::new(CHROMEDRIVER).arg("--version"))?;
        Some((version_number(&browser)?, version_number(&driver)?))
    };
    if versions().is_none() {
        println!("installing Debian's chromium and chromium-driver");
        process::run("apt-get update", Command::new("apt-get").arg("update"))
            .and_then(|()| {
                process::run(
                    "apt-get install chromium chromium-driver",
                    Command::new("apt-get").args(["install", "-y", "chromium", "chromium-driver"]),
                )
            })
            .map_err(|e| {
                format!("{e}: install the Debian packages chromium and chromium-driver as root")
            })?;
    }
    match versions() {
        Some((browser, driver)) if browser == driver => Ok(()),
        Some((browser, driver)) => Err(format!(
            "Chromium {browser} and chromedriver {driver} differ: run `apt-get install -y chromium chromium-driver` to get a matching pair"
        )),
        None => Err(format!("{CHROMIUM} or {CHROMEDRIVER} does not run after installing")),
    }
}

/// The first word that looks like a dotted version number.
fn version_number(text: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| w.contains('.') && w.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .map(str::to_owned)
}

/// Playwright and friends, exactly as `tests/e2e/package-lock.json` lists them.
fn install_node_modules() -> Result<(), String> {
    let dir = repo_root().join("tests/e2e");
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if matches!((modified(&lock), modified(&stamp)), (Some(l), Some(s)) if s >= l) {
        return Ok(());
    }
    println!("installing the end-to-end test dependencies (npm ci)");
    process::run(
        "npm ci",
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .current_dir(&dir),
    )
    .map_err(|e| format!("{e}: needs Node.js and npm with access to the npm registry"))
}

#[cfg(test)]
mod tests {
    use super::version_number;

    #[test]
    fn reads_chromium_and_driver_versions() {
        assert_eq!(
            version_number("Chromium 156.0.8078.108 built on Debian GNU/Linux 12").as_deref(),
            Some("156.0.8078.108")
        );
        assert_eq!(
            version_number("ChromeDriver 156.0.8078.108 (730482a9-refs/branch-heads/8078@{#2244})")
                .as_deref(),
            Some("156.0.8078.108")
        );
    }
}
