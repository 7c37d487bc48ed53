//! Everything the kiosk shows, loaded file by file: what is valid, and a
//! report of the files that are not. A broken file never hides the others.

use std::future::Future;

use super::{
    parse_glossary, parse_kiosk, parse_sources, parse_timeline, parse_tour, parse_tour_index,
    tour_file, Glossary, KioskSettings, LoadError, Refs, Sources, Timeline, Tour, GLOSSARY_FILE,
    INDEX_FILE, KIOSK_FILE, SOURCES_FILE, TIMELINE_FILE,
};

/// The loaded content.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    /// From `kiosk.json`, or the defaults if it is broken.
    pub settings: KioskSettings,
    /// Valid tours, in the order of the index.
    pub tours: Vec<Tour>,
    pub sources: Sources,
    pub glossary: Glossary,
    pub timeline: Timeline,
    /// Files that could not be used, with every problem found in them.
    pub problems: Vec<LoadError>,
}

impl Catalogue {
    /// Loads every content file through `read`, which fetches a file by its
    /// path relative to the content folder. `media_exists` tells whether a
    /// media file exists, where that can be known.
    ///
    /// The same code reads files over HTTP in the kiosk and from disk in
    /// `cargo xtask check-content`.
    pub async fn load<F, Fut>(read: F, media_exists: Option<&dyn Fn(&str) -> bool>) -> Catalogue
    where
        F: Fn(String) -> Fut,
        Fut: Future<Output = Result<String, String>>,
    {
        let mut c = Catalogue::default();
        let fetch = |file: &str| {
            let file = file.to_owned();
            let pending = read(file.clone());
            async move {
                pending
                    .await
                    .map_err(|reason| LoadError::Unreachable { file, reason })
            }
        };
        let mut refs = Refs {
            media_exists,
            ..Refs::default()
        };
        let settings = fetch(KIOSK_FILE)
            .await
            .and_then(|j| parse_kiosk(KIOSK_FILE, &j, &refs));
        c.settings = c.keep(settings).unwrap_or_default();

        let sources = fetch(SOURCES_FILE)
            .await
            .and_then(|j| parse_sources(SOURCES_FILE, &j));
        let sources = c.keep(sources);
        refs.sources = sources.as_ref();
        let glossary = fetch(GLOSSARY_FILE)
            .await
            .and_then(|j| parse_glossary(GLOSSARY_FILE, &j, &refs));
        let glossary = c.keep(glossary);
        refs.glossary = glossary.as_ref();

        let index = fetch(INDEX_FILE)
            .await
            .and_then(|j| parse_tour_index(INDEX_FILE, &j));
        let ids = c.keep(index).map(|index| index.tours);
        for id in ids.iter().flatten() {
            let file = tour_file(id);
            let tour = fetch(&file)
                .await
                .and_then(|j| parse_tour(&file, &j, &refs));
            if let Some(tour) = c.keep(tour) {
                c.tours.push(tour);
            }
        }
        refs.tours = ids.as_deref();
        let timeline = fetch(TIMELINE_FILE)
            .await
            .and_then(|j| parse_timeline(TIMELINE_FILE, &j, &refs));
        c.timeline = c.keep(timeline).unwrap_or_default();
        c.sources = sources.unwrap_or_default();
        c.glossary = glossary.unwrap_or_default();
        c
    }

    /// The value if it loaded; else its error is kept for the report.
    fn keep<T>(&mut self, result: Result<T, LoadError>) -> Option<T> {
        result.map_err(|e| self.problems.push(e)).ok()
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

    /// The problems of the file `file`, if it has any.
    pub fn problems_of(&self, file: &str) -> Vec<LoadError> {
        self.problems
            .iter()
            .filter(|e| e.file() == file)
            .cloned()
            .collect()
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
    /// Loads the content folder `dir` from disk, checking media files in the
    /// folder above it (for `xtask check-content` and tests).
    pub fn load_dir(dir: &std::path::Path) -> Catalogue {
        let site = dir.parent().unwrap_or(dir).to_path_buf();
        let exists = move |file: &str| site.join(file).is_file();
        let read = |file: String| {
            std::future::ready(std::fs::read_to_string(dir.join(&file)).map_err(|e| e.to_string()))
        };
        let mut load = std::pin::pin!(Self::load(read, Some(&exists)));
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        // Reading from disk never waits, so the first poll finishes.
        loop {
            if let std::task::Poll::Ready(catalogue) = load.as_mut().poll(&mut cx) {
                return catalogue;
            }
        }
    }
}
