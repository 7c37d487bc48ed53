//! Usage figures kept on the device, in `localStorage`: loaded at start,
//! saved after every visit. Corrupt or over-quota storage is reported to
//! staff and started afresh, never a reason for the kiosk to stop.

use leptos::prelude::*;

use crate::kiosk::analytics::Figures;
use crate::platform::storage;

const FIGURES_KEY: &str = "aghdam-kiosk.figures";

/// The figures, and what went wrong with their storage, if anything.
#[derive(Clone, Copy)]
pub struct Usage {
    pub figures: RwSignal<Figures>,
    pub trouble: RwSignal<Option<String>>,
}

/// Loads the figures and provides them.
pub fn provide_usage() -> Usage {
    let (figures, trouble) = match storage::get(FIGURES_KEY).map(|s| Figures::from_json(&s)) {
        None => (Figures::default(), None),
        Some(Ok(figures)) => (figures, None),
        Some(Err(e)) => {
            storage::remove(FIGURES_KEY);
            (
                Figures::default(),
                Some(format!(
                    "stored figures were unreadable and have been reset ({e})"
                )),
            )
        }
    };
    let usage = Usage {
        figures: RwSignal::new(figures),
        trouble: RwSignal::new(trouble),
    };
    provide_context(usage);
    usage
}

impl Usage {
    /// Saves the figures; on failure (storage full) starts them afresh.
    pub fn save(self) {
        let json = self.figures.with_untracked(Figures::to_json);
        if let Err(e) = storage::set(FIGURES_KEY, &json) {
            storage::remove(FIGURES_KEY);
            self.figures.set(Figures::default());
            self.trouble.set(Some(format!(
                "figures could not be saved and have been reset: {e}"
            )));
        }
    }

    /// Forgets every figure (staff's "Clear").
    pub fn clear(self) {
        self.figures.set(Figures::default());
        self.trouble.set(None);
        storage::remove(FIGURES_KEY);
    }
}
