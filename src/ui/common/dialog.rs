//! A modal dialog over the screen, with a large "Close" button. While it is
//! open, Tab stays inside it and Escape closes it; focus then goes back to
//! what opened it.

use leptos::ev::KeyboardEvent;
use leptos::html::Div;
use leptos::prelude::*;

use super::text;
use crate::labels::Label;
use crate::platform::{document, focus};

/// A dialog named `label`; touching outside it, "Close" or Escape calls `on_close`.
#[component]
pub fn Dialog(
    /// The dialog's accessible name.
    #[prop(into)]
    label: Signal<String>,
    on_close: Callback<()>,
    /// Keys the dialog's content answers (the viewer's zoom keys), by
    /// `KeyboardEvent.key`; true if it used the key.
    #[prop(optional)]
    on_key: Option<Callback<String, bool>>,
    /// A class for the dialog box, named after the feature.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let boxed = NodeRef::<Div>::new();
    keep_focus(boxed, ".dialog-close");
    let keys = move |ev: KeyboardEvent| {
        focus::keep_tab_inside(&ev);
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_close.run(());
        } else if on_key.is_some_and(|keys| keys.run(ev.key())) {
            ev.prevent_default();
        }
    };
    view! {
        <div
            class="dialog-backdrop"
            on:click=move |ev| {
                if document::target_has_class(&ev, "dialog-backdrop") {
                    on_close.run(());
                }
            }
        >
            <div
                class=format!("dialog {class}")
                role="dialog"
                aria-modal="true"
                aria-label=label
                tabindex="-1"
                node_ref=boxed
                on:keydown=keys
            >
                <div class="dialog-body">{children()}</div>
                <button class="dialog-close" on:click=move |_| on_close.run(())>
                    {text(Label::Close)}
                </button>
            </div>
        </div>
    }
}

/// Moves focus into the dialog `boxed` (onto `first`) when it opens, and
/// back to what had it when the dialog closes.
pub fn keep_focus(boxed: NodeRef<Div>, first: &'static str) {
    let opener = StoredValue::new_local(focus::Opener::remember());
    Effect::new(move |_| {
        if let Some(element) = boxed.get() {
            focus::focus_inside(&element, first);
        }
    });
    on_cleanup(move || opener.with_value(focus::Opener::restore));
}
