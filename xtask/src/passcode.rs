//! `cargo xtask set-passcode PIN [DIR]`: stores a new staff PIN in
//! `kiosk.json` as a salted PBKDF2-HMAC-SHA256 hash, never the PIN itself.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::PathBuf;

/// Iterations of PBKDF2: slow enough to make guessing costly.
pub const ITERATIONS: u32 = 210_000;

/// The hex hash of `pin` with `salt`, as the kiosk computes it.
pub fn hash(pin: &str, salt: &[u8], iterations: u32) -> String {
    let mut key = [0_u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin.as_bytes(), salt, iterations, &mut key);
    hex(&key)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

pub fn run(args: &[String]) -> Result<(), String> {
    let pin = args
        .first()
        .filter(|p| (4..=12).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        .ok_or("usage: cargo xtask set-passcode PIN [CONTENT_DIR]  (PIN: 4 to 12 digits)")?;
    let dir = args.get(1).map_or_else(
        || crate::tools::repo_root().join("public/content"),
        PathBuf::from,
    );
    let file = dir.join("kiosk.json");
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut kiosk: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut salt = [0_u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut salt))
        .map_err(|e| format!("no random salt: {e}"))?;
    kiosk["staff"] = serde_json::json!({
        "salt": hex(&salt),
        "iterations": ITERATIONS,
        "hash": hash(pin, &salt, ITERATIONS),
    });
    let json = serde_json::to_string_pretty(&kiosk).map_err(|e| e.to_string())?;
    std::fs::write(&file, json + "\n").map_err(|e| format!("{}: {e}", file.display()))?;
    println!("{}: new staff passcode stored", file.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::hash;

    #[test]
    fn matches_the_published_pbkdf2_sha256_vector() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64), first 32 bytes.
        assert_eq!(
            hash("passwd", b"salt", 1),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        );
    }
}
