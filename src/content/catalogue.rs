//! Everything the kiosk shows, loaded file by file: the tours that are valid,
//! and a report of the files that are not.

use std::future::Future;

use super::{
    parse_sources, parse_tour, parse_tour_index, tour_file, LoadError, Sources, Tour, INDEX_FILE,
    SOURCES_FILE,
};

/// The loaded content. A broken tour file does not hide the others.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    /// Valid tours, in the order of the index.
    pub tours: Vec<Tour>,
    pub sources: Sources,
    /// Files that could not be used, with every problem found in them.
    pub problems: Vec<LoadError>,
}

impl Catalogue {
    /// Loads the index, the sources and every tour through `read`, which
    /// fetches a file by its path relative to the content folder.
    ///
    /// The same code reads files over HTTP in the kiosk and from disk in
    /// `cargo xtask check-content`.
    pub async fn load<F, Fut>(read: F) -> Catalogue
    where
        F: Fn(String) -> Fut,
        Fut: Future<Output = Result<String, String>>,
    {
        let mut catalogue = Catalogue::default();
        let fetch = |file: String| {
            let pending = read(file.clone());
            async move {
                pending
                    .await
                    .map_err(|reason| LoadError::Unreachable { file, reason })
            }
        };
        let sources = fetch(SOURCES_FILE.to_owned())
            .await
            .and_then(|json| parse_sources(SOURCES_FILE, &json));
        match sources {
            Ok(sources) => catalogue.sources = sources,
            Err(e) => catalogue.problems.push(e),
        }
        let index = fetch(INDEX_FILE.to_owned())
            .await
            .and_then(|json| parse_tour_index(INDEX_FILE, &json));
        let ids = match index {
            Ok(index) => index.tours,
            Err(e) => {
                catalogue.problems.push(e);
                return catalogue;
            }
        };
        for id in ids {
            let file = tour_file(&id);
            let tour = fetch(file.clone())
                .await
                .and_then(|json| parse_tour(&file, &json, &catalogue.sources));
            match tour {
                Ok(tour) => catalogue.tours.push(tour),
                Err(e) => catalogue.problems.push(e),
            }
        }
        catalogue
    }

    /// The tour with this id, if it loaded.
    pub fn tour(&self, id: &str) -> Option<&Tour> {
        self.tours.iter().find(|t| t.id == id)
    }

    /// The next tour after `id` (wrapping round), to suggest at a tour's end.
    pub fn other_tour(&self, id: &str) -> Option<&Tour> {
        let at = self.tours.iter().position(|t| t.id == id)?;
        let next = &self.tours[(at + 1) % self.tours.len()];
        (next.id != id).then_some(next)
    }

    /// Every problem of every file, one `file: path: message` line each.
    pub fn problem_lines(&self) -> Vec<String> {
        self.problems
            .iter()
            .flat_map(|e| match e {
                LoadError::Invalid { problems, .. } => {
                    problems.iter().map(ToString::to_string).collect()
                }
                LoadError::Unreachable { .. } => vec![e.to_string()],
            })
            .collect()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Catalogue {
    /// Loads the content folder `dir` from disk (for `xtask check-content` and tests).
    pub fn load_dir(dir: &std::path::Path) -> Catalogue {
        let read = |file: String| {
            std::future::ready(std::fs::read_to_string(dir.join(&file)).map_err(|e| e.to_string()))
        };
        let mut load = std::pin::pin!(Self::load(read));
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        // Reading from disk never waits, so the first poll finishes.
        loop {
            if let std::task::Poll::Ready(catalogue) = load.as_mut().poll(&mut cx) {
                return catalogue;
            }
        }
    }
}
