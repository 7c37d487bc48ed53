//! A modal dialog over the screen, with a large "Close" button.

use leptos::prelude::*;

use super::text;
use crate::labels::Label;
use crate::platform::document;

/// A dialog named `label`; touching outside it or "Close" calls `on_close`.
#[component]
pub fn Dialog(
    /// The dialog's accessible name.
    #[prop(into)]
    label: Signal<String>,
    on_close: Callback<()>,
    /// A class for the dialog box, named after the feature.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div
            class="dialog-backdrop"
            on:click=move |ev| {
                if document::target_has_class(&ev, "dialog-backdrop") {
                    on_close.run(());
                }
            }
        >
            <div class=format!("dialog {class}") role="dialog" aria-modal="true" aria-label=label>
                <div class="dialog-body">{children()}</div>
                <button class="dialog-close" on:click=move |_| on_close.run(())>
                    {text(Label::Close)}
                </button>
            </div>
        </div>
    }
}
