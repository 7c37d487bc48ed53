//! App code size of a Trunk build: the wasm, JavaScript and CSS files of a
//! `dist/` folder (not fonts, media, content or the service worker), raw and
//! compressed the way a web server would send them. Shared by `bench` and the
//! size ratchet in `cargo xtask test`.

use std::io::Write as _;
use std::path::Path;

/// One file's size: raw, gzip level 9 and brotli quality 11.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSize {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// Every app code file of a build, and their totals.
#[derive(Clone, Debug)]
pub struct AppCode {
    pub files: Vec<FileSize>,
}

impl AppCode {
    pub fn raw(&self) -> u64 {
        self.files.iter().map(|f| f.raw).sum()
    }
    pub fn gzip(&self) -> u64 {
        self.files.iter().map(|f| f.gzip).sum()
    }
    pub fn brotli(&self) -> u64 {
        self.files.iter().map(|f| f.brotli).sum()
    }
}

fn is_wasm(name: &str) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("wasm"))
}

/// True for a top-level file of `dist/` that is app code.
fn is_app_code(name: &str) -> bool {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    matches!(ext, "wasm" | "js" | "css") && name != "sw.js"
}

/// The app code of the build in `dir` (top level only: Trunk puts the
/// wasm, its JavaScript glue and the hashed CSS there; fonts, media and
/// content live in sub-folders).
///
/// # Errors
/// When `dir` or a file in it cannot be read, or it holds no wasm.
pub fn app_code(dir: &Path) -> Result<AppCode, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.path().is_file() || !is_app_code(&name) {
            continue;
        }
        let bytes = std::fs::read(entry.path()).map_err(|e| format!("{name}: {e}"))?;
        files.push(FileSize {
            raw: bytes.len() as u64,
            gzip: gzip(&bytes),
            brotli: brotli(&bytes),
            name,
        });
    }
    if !files.iter().any(|f| is_wasm(&f.name)) {
        return Err(format!("{} holds no .wasm: build it first", dir.display()));
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(AppCode { files })
}

fn gzip(bytes: &[u8]) -> u64 {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len() as u64
}

fn brotli(bytes: &[u8]) -> u64 {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to memory");
    out.len() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_wasm_js_and_css_but_not_the_service_worker_or_pages() {
        assert!(is_app_code("app-1a2b_bg.wasm"));
        assert!(is_app_code("app-1a2b.js"));
        assert!(is_app_code("theme-9f.css"));
        assert!(!is_app_code("sw.js"));
        assert!(!is_app_code("index.html"));
        assert!(!is_app_code("precache.json"));
    }

    #[test]
    fn compresses_repetitive_text_well_below_its_size() {
        let text = "body { margin: 0 } ".repeat(500);
        let (g, b) = (gzip(text.as_bytes()), brotli(text.as_bytes()));
        assert!(g > 0 && g < 200, "gzip {g}");
        assert!(b > 0 && b <= g, "brotli {b} gzip {g}");
    }

    #[test]
    fn sizes_a_build_folder() {
        let dir = std::env::temp_dir().join(format!("xtask-size-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("fonts")).unwrap();
        std::fs::write(dir.join("a_bg.wasm"), [0u8; 1000]).unwrap();
        std::fs::write(dir.join("a.js"), "export{}").unwrap();
        std::fs::write(dir.join("sw.js"), "self").unwrap();
        std::fs::write(dir.join("fonts/f.css"), "x").unwrap();
        let code = app_code(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<_> = code.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.js", "a_bg.wasm"]);
        assert_eq!(code.raw(), 1008);
        assert!(code.gzip() < code.raw());
    }
}
