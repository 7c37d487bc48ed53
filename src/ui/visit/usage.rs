//! Usage figures kept on the device, in `localStorage`: loaded at start,
//! saved after every visit as two alternating copies (`kiosk::figures_store`),
//! so a reload in the middle of a save loses nothing already saved.
//! Unreadable, foreign or unsaveable figures are noted for staff (and in
//! the console) and never stop the kiosk: when storage refuses, the figures
//! go on in memory.

use leptos::prelude::*;

use crate::kiosk::analytics::Figures;
use crate::kiosk::figures_store::{self, StoreNote, LEGACY_KEY, SLOT_KEYS};
use crate::platform::{console, storage};

/// The figures, and what staff should know about their storage.
#[derive(Clone, Copy)]
pub struct Usage {
    pub figures: RwSignal<Figures>,
    pub notes: RwSignal<Vec<StoreNote>>,
    /// The number of the last copy saved (or loaded).
    seq: StoredValue<u64>,
}

/// Loads the figures and provides them.
pub fn provide_usage() -> Usage {
    let read = storage::read;
    let usage = match (read(SLOT_KEYS[0]), read(SLOT_KEYS[1]), read(LEGACY_KEY)) {
        (Ok(first), Ok(second), Ok(legacy)) => {
            let loaded =
                figures_store::load([first.as_deref(), second.as_deref()], legacy.as_deref());
            let usage = Usage {
                figures: RwSignal::new(loaded.figures),
                notes: RwSignal::new(Vec::new()),
                seq: StoredValue::new(loaded.seq),
            };
            for note in loaded.notes {
                usage.note(note);
            }
            if legacy.is_some() && (loaded.seq > 0 || usage.save()) {
                // Carried over (or already before): the old key is done with.
                storage::remove(LEGACY_KEY);
            }
            usage
        }
        (Err(detail), _, _) | (_, Err(detail), _) | (_, _, Err(detail)) => {
            let usage = Usage {
                figures: RwSignal::new(Figures::default()),
                notes: RwSignal::new(Vec::new()),
                seq: StoredValue::new(0),
            };
            usage.note(StoreNote::Unavailable { detail });
            usage
        }
    };
    provide_context(usage);
    usage
}

impl Usage {
    /// Saves the figures as the next copy: true if stored. When storage
    /// refuses, the figures stay in memory and staff get a note.
    pub fn save(self) -> bool {
        let seq = self.seq.get_value() + 1;
        let text = self
            .figures
            .with_untracked(|f| figures_store::encode(f, seq));
        match storage::set(figures_store::slot_key(seq), &text) {
            Ok(()) => {
                self.seq.set_value(seq);
                true
            }
            Err(detail) => {
                self.note(StoreNote::Unavailable { detail });
                false
            }
        }
    }

    /// Forgets every figure (staff's "Clear").
    pub fn clear(self) {
        self.figures.set(Figures::default());
        self.notes.set(Vec::new());
        for key in SLOT_KEYS.into_iter().chain([LEGACY_KEY]) {
            storage::remove(key);
        }
    }

    /// Tells staff (panel and console); a repeated kind of note replaces
    /// the earlier one, so notes never pile up.
    fn note(self, note: StoreNote) {
        console::warn(&format!("usage figures: {note:?}"));
        self.notes.update(|notes| {
            notes.retain(|n| std::mem::discriminant(n) != std::mem::discriminant(&note));
            notes.push(note);
        });
    }
}
