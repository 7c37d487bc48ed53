//! Text of several paragraphs, in the visitor's language.

use leptos::prelude::*;

use crate::content::Text;
use crate::ui::state::use_lang;

/// `text` as `<p>` elements, one per paragraph (blank-line separated).
#[component]
pub fn Paragraphs(text: Text) -> impl IntoView {
    let lang = use_lang();
    move || {
        text.paragraphs(lang.get())
            .map(|p| view! { <p>{p.to_owned()}</p> })
            .collect::<Vec<_>>()
    }
}
