//! The kiosk's Content Security Policy, and the step of `cargo xtask dist`
//! that makes `dist/index.html` obey it: Trunk's inline wasm loader becomes
//! a file of its own and the policy goes into a `<meta>`, so that the same
//! fixed policy can be sent by any server (the static server here, the
//! README's nginx sample) whatever the build.

use std::fmt::Write as _;
use std::path::Path;

use crate::precache::Fnv1a;

/// The policy, as the server sends it. No `'unsafe-inline'`: scripts and
/// styles come only from the kiosk's own files, dynamic styles are set
/// through the CSSOM (Leptos `style:` properties), never as attributes.
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' blob: data:; media-src 'self'; object-src 'none'; \
base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/// The policy for the page's `<meta>`: all of [`POLICY`] but
/// `frame-ancestors`, which browsers ignore in a `<meta>` (and complain
/// about in the console); only the server's header can carry it.
pub fn meta_policy() -> String {
    POLICY
        .split("; ")
        .filter(|directive| !directive.starts_with("frame-ancestors"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Makes `dist/index.html` obey [`POLICY`]: each inline script is written
/// to `dist/loader-<hash>.js` and loaded from there, and the policy goes
/// into a `<meta>` at the top of `<head>`.
///
/// # Errors
/// When the file cannot be read or written, or the page has inline code
/// that no file can replace (a `<style>` element, a `style` or `on…`
/// attribute).
pub fn harden_dist(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let (html, scripts) = harden(&html)?;
    for (name, code) in scripts {
        let file = dist.join(&name);
        std::fs::write(&file, code).map_err(|e| format!("{}: {e}", file.display()))?;
        println!("  {name}: Trunk's inline loader, moved out for the security policy");
    }
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))
}

/// The page with every inline `<script>` replaced by one loading a file,
/// and the policy `<meta>` added; and the files: (name, code).
fn harden(html: &str) -> Result<(String, Vec<(String, String)>), String> {
    let mut out = String::with_capacity(html.len() + 512);
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        let tag_end = start
            + rest[start..]
                .find('>')
                .ok_or("index.html: a <script> tag is not closed")?;
        let attributes = &rest[start + "<script".len()..tag_end];
        let body_end = tag_end
            + rest[tag_end..]
                .find("</script>")
                .ok_or("index.html: a <script> has no </script>")?;
        let code = &rest[tag_end + 1..body_end];
        if attributes.contains("src=") {
            out.push_str(&rest[start..body_end]);
        } else {
            let mut hash = Fnv1a::default();
            hash.write(code.as_bytes());
            let name = format!("loader-{:016x}.js", hash.0);
            let _ = write!(out, "<script{} src=\"/{name}\">", attributes.trim_end());
            scripts.push((name, code.trim().to_owned() + "\n"));
        }
        out.push_str("</script>");
        rest = &rest[body_end + "</script>".len()..];
    }
    out.push_str(rest);
    refuse_inline_code(&out)?;
    let head = out.find("<head>").ok_or("index.html has no <head>")? + "<head>".len();
    out.insert_str(
        head,
        &format!(
            "\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            meta_policy()
        ),
    );
    Ok((out, scripts))
}

/// An error naming inline code left in the page, which the policy would
/// refuse at run time.
fn refuse_inline_code(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    let attribute_at = |name: &str| {
        lower
            .match_indices(name)
            .any(|(i, _)| lower[..i].ends_with(char::is_whitespace))
    };
    if lower.contains("<style") {
        return Err("index.html has a <style> element: move it into a CSS file".to_owned());
    }
    if attribute_at("style=") {
        return Err("index.html has a style=\"…\" attribute: move it into a CSS file".to_owned());
    }
    for handler in ["onload=", "onerror=", "onclick="] {
        if attribute_at(handler) {
            return Err(format!(
                "index.html has an {handler}\"…\" handler: move it into a script file"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{harden, meta_policy, POLICY};

    /// What Trunk 0.21 writes, shortened.
    const TRUNK_PAGE: &str = "<!DOCTYPE html><html lang=\"az\"><head>\n<meta charset=\"utf-8\">\
<link rel=\"stylesheet\" href=\"/shell-1.css\" integrity=\"sha384-x\"/>\
<script src=\"/shell-1.js\" integrity=\"sha384-y\"></script>\n\
<script type=\"module\">\nimport init, * as bindings from '/app-2.js';\n\
const wasm = await init({ module_or_path: '/app-2_bg.wasm' });\n</script>\
</head><body><noscript>needs JavaScript</noscript></body></html>";

    #[test]
    fn the_inline_loader_becomes_a_file_and_the_policy_a_meta() {
        let (html, scripts) = harden(TRUNK_PAGE).expect("hardened");
        assert_eq!(scripts.len(), 1);
        let (name, code) = &scripts[0];
        assert_eq!(
            (&name[..7], name.len()),
            ("loader-", "loader-".len() + 16 + ".js".len())
        );
        assert_eq!(
            code,
            "import init, * as bindings from '/app-2.js';\nconst wasm = await init({ module_or_path: '/app-2_bg.wasm' });\n"
        );
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"/{name}\"></script>"
        )));
        // The shell's own script is left as it is, in its place before the loader.
        assert!(html.contains(
            "<script src=\"/shell-1.js\" integrity=\"sha384-y\"></script>\n<script type=\"module\""
        ));
        assert!(!html.contains("import init"));
        assert!(html.starts_with(&format!(
            "<!DOCTYPE html><html lang=\"az\"><head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n<meta charset",
            meta_policy()
        )));
        // The same build gives the same file name.
        assert_eq!(harden(TRUNK_PAGE).expect("again").1[0].0, *name);
    }

    #[test]
    fn the_meta_policy_is_the_server_policy_without_frame_ancestors() {
        assert_eq!(
            meta_policy(),
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' blob: data:; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
        );
        assert!(POLICY.contains("frame-ancestors 'none'"));
        assert!(!POLICY.contains("unsafe-inline"));
    }

    #[test]
    fn inline_styles_and_handlers_are_refused() {
        let with = |extra: &str| TRUNK_PAGE.replace("<noscript>", &format!("{extra}<noscript>"));
        assert!(harden(&with("<style>p{}</style>")).is_err());
        assert!(harden(&with("<p style=\"color:red\"></p>")).is_err());
        assert!(harden(&with("<img src=x onerror=\"go()\">")).is_err());
        assert!(harden(&with("<p data-style=\"x\" class=\"onload=\"></p>")).is_ok());
        assert!(harden("<script>never closed").is_err());
    }

    #[test]
    fn the_readme_nginx_sample_sends_the_same_policy() {
        let readme = std::fs::read_to_string(crate::tools::repo_root().join("README.md"))
            .expect("README.md");
        assert!(
            readme.contains(&format!("add_header Content-Security-Policy \"{POLICY}\"")),
            "the README's nginx sample must send exactly csp::POLICY"
        );
    }
}
