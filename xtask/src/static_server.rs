//! A small static web server for `dist/`, as the kiosk PC should serve it:
//! an address without a file extension gets `index.html` (so deep links
//! reload), a missing file gets 404, `.wasm` is `application/wasm`.
//! Every answer carries the kiosk's Content Security Policy (the only way
//! to send `frame-ancestors`). Loopback only; one thread per connection;
//! GET and HEAD.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread::JoinHandle;

/// A running server.
pub struct Server {
    addr: SocketAddr,
    thread: JoinHandle<()>,
}

impl Server {
    /// Serves `root` on `127.0.0.1:port` (0 picks a free port) in the background.
    ///
    /// # Errors
    /// When the port cannot be opened.
    pub fn start(root: PathBuf, port: u16) -> Result<Server, String> {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                std::thread::spawn(move || {
                    // A client that hangs up early is not our problem.
                    let _ = handle(&root, stream);
                });
            }
        });
        Ok(Server { addr, thread })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Blocks for as long as the server runs.
    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

fn handle(root: &Path, stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read and ignore the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let response = match method {
        "GET" | "HEAD" => respond(root, target),
        _ => Response::text(405, "Method Not Allowed"),
    };
    response.write(stream, method == "HEAD")
}

struct Response {
    status: u16,
    reason: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Response {
    fn text(status: u16, reason: &'static str) -> Response {
        Response {
            status,
            reason,
            content_type: "text/plain; charset=utf-8",
            body: format!("{status} {reason}\n").into_bytes(),
        }
    }

    fn write(self, mut stream: TcpStream, head_only: bool) -> std::io::Result<()> {
        let header = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nContent-Security-Policy: {}\r\nConnection: close\r\n\r\n",
            self.status,
            self.reason,
            self.content_type,
            self.body.len(),
            crate::csp::POLICY
        );
        stream.write_all(header.as_bytes())?;
        if !head_only {
            stream.write_all(&self.body)?;
        }
        stream.flush()
    }
}

/// The response for `target` (a request path, maybe with a query).
fn respond(root: &Path, target: &str) -> Response {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(relative) = safe_relative(&percent_decode(path)) else {
        return Response::text(400, "Bad Request");
    };
    let file = root.join(&relative);
    let has_extension = relative
        .file_name()
        .is_some_and(|name| name.to_string_lossy().contains('.'));
    let file = if file.is_file() {
        file
    } else if has_extension {
        return Response::text(404, "Not Found");
    } else {
        // An address of the app: the app's own router decides what to show.
        root.join("index.html")
    };
    match std::fs::read(&file) {
        Ok(body) => Response {
            status: 200,
            reason: "OK",
            content_type: content_type(&file),
            body,
        },
        Err(_) => Response::text(404, "Not Found"),
    }
}

/// The request path as a path under the root, refusing `..` and the like.
fn safe_relative(path: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(out)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "mp3" => "audio/mpeg",
        "ogg" => "audio/ogg",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-site-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("content")).unwrap();
        std::fs::write(dir.join("index.html"), "<html>app</html>").unwrap();
        std::fs::write(dir.join("app.wasm"), b"\0asm").unwrap();
        std::fs::write(dir.join("content/tours.json"), "{}").unwrap();
        dir
    }

    #[test]
    fn serves_files_app_addresses_and_404s() {
        let root = site();
        let ok = respond(&root, "/content/tours.json");
        assert_eq!((ok.status, ok.content_type), (200, "application/json"));
        assert_eq!(respond(&root, "/app.wasm").content_type, "application/wasm");
        let deep = respond(&root, "/tour/aghdam-mosque/step/3?x=1");
        assert_eq!(
            (deep.status, deep.body.as_slice()),
            (200, b"<html>app</html>".as_slice())
        );
        assert_eq!(respond(&root, "/content/missing.json").status, 404);
        assert_eq!(respond(&root, "/media/y.svg").status, 404);
        assert_eq!(respond(&root, "/../etc/passwd").status, 400);
        assert_eq!(respond(&root, "/%2e%2e/x").status, 400);
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn every_answer_carries_the_security_policy() {
        use std::io::Read;
        let root = std::env::temp_dir().join(format!("xtask-csp-site-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("index.html"), "<html>app</html>").unwrap();
        let server = Server::start(root.clone(), 0).unwrap();
        for path in ["/", "/content/missing.json"] {
            let mut stream = TcpStream::connect(server.addr).unwrap();
            write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            let mut answer = String::new();
            stream.read_to_string(&mut answer).unwrap();
            let head = answer.split("\r\n\r\n").next().unwrap();
            assert!(
                head.lines()
                    .any(|l| l == format!("Content-Security-Policy: {}", crate::csp::POLICY)),
                "{path}: {head}"
            );
        }
        let _ = std::fs::remove_dir_all(root);
    }
}
