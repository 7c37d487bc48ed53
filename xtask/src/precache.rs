//! The service worker's list of files: `dist/precache.json` with every file
//! of the build and a version hash of their contents, also stamped into
//! `dist/sw.js` so that browsers notice a new build.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The files of the build that the service worker does not cache itself.
const NOT_PRECACHED: [&str; 2] = ["/precache.json", "/sw.js"];
/// What `public/sw.js` says where its version goes.
const SW_VERSION_PLACEHOLDER: &str = "%KIOSK_VERSION%";

/// Writes `dist/precache.json` (every file of the build, for the service
/// worker to cache) and stamps its version into `dist/sw.js`, so that the
/// browser sees each new build as a new service worker. Returns the version.
pub fn write_precache(dist: &Path) -> Result<String, String> {
    let mut paths = Vec::new();
    list_files(dist, "", &mut paths)?;
    let mut files = Vec::with_capacity(paths.len());
    for (url, path) in paths {
        if NOT_PRECACHED.contains(&url.as_str()) {
            continue;
        }
        let contents = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push((url, contents));
    }
    let (version, json) = precache_manifest(&mut files);
    let manifest = dist.join("precache.json");
    std::fs::write(&manifest, json).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let sw = dist.join("sw.js");
    if sw.is_file() {
        let text = std::fs::read_to_string(&sw).map_err(|e| format!("{}: {e}", sw.display()))?;
        if !text.contains(SW_VERSION_PLACEHOLDER) {
            return Err(format!(
                "{} has no {SW_VERSION_PLACEHOLDER} to stamp the version into",
                sw.display()
            ));
        }
        std::fs::write(&sw, text.replace(SW_VERSION_PLACEHOLDER, &version))
            .map_err(|e| format!("{}: {e}", sw.display()))?;
    }
    Ok(version)
}

/// Every file under `dir`, recursively, as (URL path, file path); `prefix`
/// is the URL path of `dir` ("" for the root).
fn list_files(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = entry.path();
        let name = entry
            .file_name()
            .into_string()
            .map_err(|_| format!("{}: the name is not UTF-8", path.display()))?;
        let url = format!("{prefix}/{}", url_encode(&name));
        let kind = entry
            .file_type()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if kind.is_dir() {
            list_files(&path, &url, out)?;
        } else {
            out.push((url, path));
        }
    }
    Ok(())
}

/// A file name as a URL path segment: percent-encoded but for the
/// characters a path segment may hold as they are.
fn url_encode(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// The text of `precache.json` for `files` (URL path, contents), and its
/// version: a 64-bit FNV-1a hash, in hex, of every path and its contents.
/// Sorts `files` by path; "/" (the start address, answered with
/// `index.html`) comes first in the list.
fn precache_manifest(files: &mut [(String, Vec<u8>)]) -> (String, String) {
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut hash = Fnv1a::default();
    for (url, contents) in files.iter() {
        // Lengths first, so that no two different builds feed the same bytes.
        hash.write(&(url.len() as u64).to_le_bytes());
        hash.write(url.as_bytes());
        hash.write(&(contents.len() as u64).to_le_bytes());
        hash.write(contents);
    }
    let version = format!("{:016x}", hash.0);
    // URL paths are percent-encoded: nothing in them needs escaping in JSON.
    let list: Vec<String> = std::iter::once("/")
        .chain(files.iter().map(|(url, _)| url.as_str()))
        .map(|url| format!("    \"{url}\""))
        .collect();
    let json = format!(
        "{{\n  \"version\": \"{version}\",\n  \"files\": [\n{}\n  ]\n}}\n",
        list.join(",\n")
    );
    (version, json)
}

/// The 64-bit FNV-1a hash: small, and enough to tell builds apart.
pub(crate) struct Fnv1a(pub(crate) u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{precache_manifest, url_encode, write_precache, Fnv1a};

    #[test]
    fn fnv1a_matches_the_published_values() {
        for (text, expected) in [
            ("", 0xcbf2_9ce4_8422_2325_u64),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ] {
            let mut hash = Fnv1a::default();
            hash.write(text.as_bytes());
            assert_eq!(hash.0, expected, "{text:?}");
        }
    }

    #[test]
    fn precache_lists_the_start_address_first_then_every_file_sorted() {
        let mut files = vec![
            ("/media/a.svg".to_owned(), b"<svg/>".to_vec()),
            ("/index.html".to_owned(), b"<!doctype html>".to_vec()),
            ("/content/tours.json".to_owned(), b"[]".to_vec()),
        ];
        let (version, json) = precache_manifest(&mut files);
        assert_eq!(version.len(), 16);
        assert!(version.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(
            json,
            format!(
                "{{\n  \"version\": \"{version}\",\n  \"files\": [\n    \"/\",\n    \"/content/tours.json\",\n    \"/index.html\",\n    \"/media/a.svg\"\n  ]\n}}\n"
            )
        );
        // The order files were found in does not matter; any change of a
        // path or a content does.
        let mut reordered = vec![files[2].clone(), files[0].clone(), files[1].clone()];
        assert_eq!(precache_manifest(&mut reordered).0, version);
        let mut edited = files.clone();
        edited[0].1.push(b' ');
        assert_ne!(precache_manifest(&mut edited).0, version);
        let mut renamed = files.clone();
        renamed[2].0 = "/media/b.svg".to_owned();
        assert_ne!(precache_manifest(&mut renamed).0, version);
        // Bytes moved from a path into its contents make another version.
        let mut a = vec![("/ab".to_owned(), b"c".to_vec())];
        let mut b = vec![("/a".to_owned(), b"bc".to_vec())];
        assert_ne!(precache_manifest(&mut a).0, precache_manifest(&mut b).0);
    }

    #[test]
    fn dist_gets_a_precache_list_and_a_stamped_service_worker() {
        let dist =
            std::env::temp_dir().join(format!("aghdam-precache-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(dist.join("media/old photos")).expect("temp folder");
        let write = |name: &str, text: &str| std::fs::write(dist.join(name), text).expect("write");
        write("index.html", "<!doctype html>");
        write("media/old photos/1.svg", "<svg/>");
        write("sw.js", "const VERSION = \"%KIOSK_VERSION%\";");
        write("precache.json", "from an earlier build");
        let version = write_precache(&dist).expect("precache");
        let json = std::fs::read_to_string(dist.join("precache.json")).expect("read");
        assert!(json.contains(&format!("\"version\": \"{version}\"")));
        assert!(json.contains("\"/\",\n    \"/index.html\",\n    \"/media/old%20photos/1.svg\"\n"));
        assert!(!json.contains("sw.js") && !json.contains("precache.json"));
        let sw = std::fs::read_to_string(dist.join("sw.js")).expect("read");
        assert_eq!(sw, format!("const VERSION = \"{version}\";"));
        // Building again gives the same version (sw.js and the list are not in it).
        write("sw.js", "const VERSION = \"%KIOSK_VERSION%\";");
        assert_eq!(write_precache(&dist), Ok(version));
        // A service worker without the placeholder would never update: an error.
        write("sw.js", "const VERSION = \"1\";");
        assert!(write_precache(&dist).is_err());
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn file_names_become_url_path_segments() {
        assert_eq!(
            url_encode("aghdam-kiosk-3c9f_bg.wasm"),
            "aghdam-kiosk-3c9f_bg.wasm"
        );
        assert_eq!(url_encode("a b#1?.svg"), "a%20b%231%3F.svg");
        assert_eq!(url_encode("ə\"\\.json"), "%C9%99%22%5C.json");
    }
}
