//! Names drawn over a picture (a map's places) in the visitor's language,
//! each placed by percent of the picture with style properties, never a
//! `style` attribute, and marked with its language.

use leptos::prelude::*;

use crate::content::{Anchor, PictureLabel};
use crate::ui::state::use_lang;

/// `labels` over the picture they belong to; the parent must be the
/// picture's own box (`position: relative`, the picture's size).
#[component]
pub fn PictureLabels(labels: Vec<PictureLabel>) -> impl IntoView {
    let lang = use_lang();
    labels
        .into_iter()
        .map(|label| {
            let anchor = match label.anchor {
                Anchor::Start => "picture-label-start",
                Anchor::Middle => "picture-label-middle",
                Anchor::End => "picture-label-end",
            };
            let text = label.text;
            view! {
                // The alt text already says what the picture shows.
                <span
                    class=format!("picture-label {anchor}")
                    class:picture-label-strong=label.strong
                    lang=move || lang.get().code()
                    aria-hidden="true"
                    style:left=format!("{}%", label.x)
                    style:top=format!("{}%", label.y)
                >
                    {move || text.get(lang.get()).to_owned()}
                </span>
            }
        })
        .collect_view()
}
