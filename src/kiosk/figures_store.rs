//! How usage figures are kept in storage so that no failure loses more
//! than the visit being saved: two copies, written in turn, each with a
//! sequence number and a checksum. A save always overwrites the *older*
//! copy, so when the page is reloaded (or the power cut) in the middle of
//! a write, the newer good copy is still there; a copy whose checksum does
//! not match is ignored. Figures of the earlier format (plain JSON under
//! one key) are carried over. Pure: the caller reads and writes the keys.
//!
//! ```
//! use aghdam_kiosk::kiosk::analytics::Figures;
//! use aghdam_kiosk::kiosk::figures_store::{encode, load, slot_key};
//!
//! let text = encode(&Figures::default(), 1);
//! assert_eq!(slot_key(1), "aghdam-kiosk.figures.1");
//! let loaded = load([None, Some(text.as_str())], None);
//! assert_eq!((loaded.seq, loaded.notes.len()), (1, 0));
//! ```

use std::fmt::Write as _;

use super::analytics::Figures;

/// Where figures of the earlier format (plain JSON) were kept.
pub const LEGACY_KEY: &str = "aghdam-kiosk.figures";
/// The two copies: copy `seq` goes to `SLOT_KEYS[seq % 2]`.
pub const SLOT_KEYS: [&str; 2] = ["aghdam-kiosk.figures.0", "aghdam-kiosk.figures.1"];
/// The first word of a stored copy.
const MAGIC: &str = "aghdam-figures-2";

/// Something staff should know about the stored figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreNote {
    /// Figures of the earlier storage format were carried over.
    Migrated,
    /// One copy was unreadable (a save cut short): the other was used.
    EarlierCopyUsed { detail: String },
    /// Nothing stored could be read: the figures start afresh.
    Reset { detail: String },
    /// Storage refused to read or save: the figures are kept in memory
    /// only, until the kiosk restarts.
    Unavailable { detail: String },
}

/// The key that copy number `seq` is written to.
pub fn slot_key(seq: u64) -> &'static str {
    SLOT_KEYS[usize::from(seq % 2 == 1)]
}

/// Copy number `seq` of `figures` as stored:
/// `aghdam-figures-2 <seq> <checksum> <figures JSON>`.
pub fn encode(figures: &Figures, seq: u64) -> String {
    let json = figures.to_json();
    let mut out = String::with_capacity(json.len() + 48);
    let _ = write!(out, "{MAGIC} {seq} {:016x} {json}", checksum(seq, &json));
    out
}

/// The sequence number and figures of a stored copy.
fn decode(text: &str) -> Result<(u64, Figures), String> {
    let mut parts = text.splitn(4, ' ');
    let (magic, seq, sum, json) = (parts.next(), parts.next(), parts.next(), parts.next());
    let (Some(MAGIC), Some(seq), Some(sum), Some(json)) = (magic, seq, sum, json) else {
        return Err("not a stored copy of the figures".to_owned());
    };
    let seq: u64 = seq
        .parse()
        .map_err(|_| format!("bad sequence number {seq:?}"))?;
    if u64::from_str_radix(sum, 16).ok() != Some(checksum(seq, json)) {
        return Err("checksum mismatch (a save was cut short?)".to_owned());
    }
    let figures = Figures::from_json(json).map_err(|e| e.to_string())?;
    Ok((seq, figures))
}

/// What was read from storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub figures: Figures,
    /// The number of the copy loaded (0 if none): the next save is `seq + 1`.
    pub seq: u64,
    pub notes: Vec<StoreNote>,
}

/// The newest good copy among the two slots; if neither holds one, the
/// figures under [`LEGACY_KEY`] carried over; else fresh figures. Anything
/// unreadable is noted. The caller saves migrated figures as copy `seq + 1`
/// and then removes the legacy key (also when a good copy made it unneeded).
pub fn load(slots: [Option<&str>; 2], legacy: Option<&str>) -> Loaded {
    let mut best: Option<(u64, Figures)> = None;
    let mut problems = Vec::new();
    for (key, text) in SLOT_KEYS.iter().zip(slots) {
        match text.map(decode) {
            Some(Ok((seq, figures)))
                if best.as_ref().is_none_or(|(best_seq, _)| seq > *best_seq) =>
            {
                best = Some((seq, figures));
            }
            Some(Ok(_)) | None => {}
            Some(Err(e)) => problems.push(format!("{key}: {e}")),
        }
    }
    let detail = problems.join("; ");
    if let Some((seq, figures)) = best {
        let notes = if detail.is_empty() {
            Vec::new()
        } else {
            vec![StoreNote::EarlierCopyUsed { detail }]
        };
        return Loaded {
            figures,
            seq,
            notes,
        };
    }
    let (figures, note) = match legacy.map(Figures::from_json) {
        Some(Ok(figures)) => (figures, Some(StoreNote::Migrated)),
        Some(Err(e)) => {
            let detail = if detail.is_empty() {
                format!("{LEGACY_KEY}: {e}")
            } else {
                format!("{detail}; {LEGACY_KEY}: {e}")
            };
            (Figures::default(), Some(StoreNote::Reset { detail }))
        }
        None if detail.is_empty() => (Figures::default(), None),
        None => (Figures::default(), Some(StoreNote::Reset { detail })),
    };
    Loaded {
        figures,
        seq: 0,
        notes: note.into_iter().collect(),
    }
}

/// FNV-1a (64 bit) of the sequence number and the JSON: enough to notice a
/// copy cut short or edited by hand.
fn checksum(seq: u64, json: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in seq.to_le_bytes().iter().chain(json.as_bytes()) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;
    use crate::kiosk::idle::Millis;
    use crate::kiosk::session::Session;

    fn figures_with(visits: u64) -> Figures {
        let mut figures = Figures::default();
        for i in 0..visits {
            let summary = Session::begin(Millis(0), Lang::En).end(Millis(60_000 + i), 20_000);
            figures.record("2026-12-01", &summary);
        }
        figures
    }

    fn visits(figures: &Figures) -> u64 {
        figures.summary().sessions
    }

    /// Storage as a map, saved to the way the app does.
    #[derive(Default)]
    struct Store {
        slots: [Option<String>; 2],
    }

    impl Store {
        fn save(&mut self, figures: &Figures, seq: u64) {
            let index = SLOT_KEYS.iter().position(|k| *k == slot_key(seq)).unwrap();
            self.slots[index] = Some(encode(figures, seq));
        }
        fn load(&self) -> Loaded {
            load([self.slots[0].as_deref(), self.slots[1].as_deref()], None)
        }
    }

    #[test]
    fn saves_alternate_between_the_two_keys_and_the_newest_wins() {
        let mut store = Store::default();
        for seq in 1..=5 {
            store.save(&figures_with(seq), seq);
            let loaded = store.load();
            assert_eq!((loaded.seq, visits(&loaded.figures)), (seq, seq));
            assert!(loaded.notes.is_empty());
        }
        assert_eq!(slot_key(4), SLOT_KEYS[0]);
        assert_eq!(slot_key(5), SLOT_KEYS[1]);
    }

    #[test]
    fn a_save_cut_short_at_any_point_falls_back_to_the_copy_before_it() {
        let mut store = Store::default();
        store.save(&figures_with(3), 3);
        store.save(&figures_with(4), 4);
        let next = encode(&figures_with(5), 5);
        // Every prefix of the copy being written, as a torn write would leave it.
        for cut in (0..next.len()).step_by(7) {
            let mut torn = Store {
                slots: store.slots.clone(),
            };
            torn.slots[1] = Some(next[..cut].to_owned());
            let loaded = torn.load();
            assert_eq!(
                (loaded.seq, visits(&loaded.figures)),
                (4, 4),
                "cut at {cut}"
            );
            assert!(
                matches!(&loaded.notes[..], [StoreNote::EarlierCopyUsed { detail }] if detail.starts_with("aghdam-kiosk.figures.1: ")),
                "cut at {cut}: {:?}",
                loaded.notes
            );
        }
    }

    #[test]
    fn a_changed_byte_is_noticed() {
        let text = encode(&figures_with(2), 7);
        let edited = text.replace("\"sessions\":2", "\"sessions\":9");
        assert_ne!(text, edited);
        assert!(decode(&edited).unwrap_err().contains("checksum"));
        let renumbered = text.replacen(" 7 ", " 9 ", 1);
        assert!(decode(&renumbered).unwrap_err().contains("checksum"));
        assert_eq!(decode(&text).map(|(seq, f)| (seq, visits(&f))), Ok((7, 2)));
    }

    #[test]
    fn figures_of_the_earlier_format_are_carried_over() {
        let legacy = figures_with(6).to_json();
        let loaded = load([None, None], Some(legacy.as_str()));
        assert_eq!(visits(&loaded.figures), 6);
        assert_eq!((loaded.seq, loaded.notes), (0, vec![StoreNote::Migrated]));
        // Once a copy is saved, the legacy key no longer matters.
        let copy = encode(&loaded.figures, 1);
        let again = load([None, Some(copy.as_str())], Some(legacy.as_str()));
        assert_eq!((again.seq, again.notes), (1, vec![]));
    }

    #[test]
    fn unreadable_or_foreign_figures_start_afresh_with_a_note() {
        for legacy in ["{ not json", r#"{"version":7,"days":{}}"#, r#"{"days":{}}"#] {
            let loaded = load([None, None], Some(legacy));
            assert_eq!(loaded.figures, Figures::default());
            assert!(
                matches!(&loaded.notes[..], [StoreNote::Reset { detail }] if detail.starts_with("aghdam-kiosk.figures: ")),
                "{legacy}: {:?}",
                loaded.notes
            );
        }
        let loaded = load([Some("garbage"), Some("aghdam-figures-2 x 0 {}")], None);
        assert_eq!(loaded.figures, Figures::default());
        assert!(matches!(&loaded.notes[..], [StoreNote::Reset { detail }]
            if detail.contains("figures.0: not a stored copy") && detail.contains("figures.1: bad sequence number")));
        // A copy of a newer figures version (the kiosk went back a version).
        let json = figures_with(1)
            .to_json()
            .replace("\"version\":1", "\"version\":2");
        let newer = format!("{MAGIC} 2 {:016x} {json}", checksum(2, &json));
        let loaded = load([Some(newer.as_str()), None], None);
        assert!(
            matches!(&loaded.notes[..], [StoreNote::Reset { detail }] if detail.contains("version 2"))
        );
    }

    #[test]
    fn nothing_stored_is_a_quiet_fresh_start() {
        assert_eq!(
            load([None, None], None),
            Loaded {
                figures: Figures::default(),
                seq: 0,
                notes: vec![]
            }
        );
    }
}
