//! The glossary words of a step as a row of large buttons, each opening a
//! short definition (the marked words in the text are too small to touch).

use leptos::prelude::*;

use crate::content::Term;
use crate::labels::Label;
use crate::ui::common::{text, Dialog};
use crate::ui::state::use_lang;

/// Buttons for `terms`; nothing if there are none.
#[component]
pub fn GlossaryRow(terms: Vec<Term>) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(None::<usize>);
    if terms.is_empty() {
        return ().into_any();
    }
    let terms = StoredValue::new(terms);
    let buttons = move || {
        terms.with_value(|terms| {
            terms
                .iter()
                .enumerate()
                .map(|(i, term)| {
                    let word = term.term.clone();
                    view! {
                        <button class="glossary-button" on:click=move |_| open.set(Some(i))>
                            {move || word.get(lang.get()).to_owned()}
                        </button>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let dialog = move || {
        let term = terms.with_value(|t| open.get().and_then(|i| t.get(i).cloned()))?;
        let name = term.term.clone();
        Some(view! {
            <Dialog
                label=Signal::derive(move || name.get(lang.get()).to_owned())
                on_close=Callback::new(move |()| open.set(None))
                class="glossary-dialog"
            >
                <h2>{move || term.term.get(lang.get()).to_owned()}</h2>
                <p>{move || term.definition.get(lang.get()).to_owned()}</p>
            </Dialog>
        })
    };
    view! {
        <section class="glossary-row">
            <h2 class="glossary-heading">{text(Label::WordsExplained)}</h2>
            <div class="glossary-buttons">{buttons}</div>
            {dialog}
        </section>
    }
    .into_any()
}
