//! A picture with its caption and credit; a neat placeholder if the file
//! cannot be loaded, never a broken-image icon.

use leptos::prelude::*;

use super::text;
use crate::content::Picture;
use crate::labels::Label;
use crate::ui::state::use_lang;

/// `picture`; with `on_open`, touching it calls that (to enlarge it).
#[component]
pub fn Figure(
    picture: Picture,
    #[prop(optional)] on_open: Option<Callback<()>>,
    /// A class for the figure, named after where it is shown.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let failed = RwSignal::new(false);
    let src = format!("/{}", picture.file);
    let Picture {
        alt,
        caption,
        credit,
        ..
    } = picture;
    let alt = Signal::derive(move || alt.get(lang.get()).to_owned());
    let image = move || {
        if failed.get() {
            view! {
                <div class="figure-missing" role="img" aria-label=alt>
                    <span aria-hidden="true">{text(Label::PictureMissing)}</span>
                </div>
            }
            .into_any()
        } else {
            view! {
                <img
                    class="figure-image"
                    src=src.clone()
                    alt=alt
                    draggable="false"
                    on:error=move |_| failed.set(true)
                />
            }
            .into_any()
        }
    };
    let framed = match on_open {
        Some(open) => view! {
            <button class="figure-open" on:click=move |_| open.run(())>{image}</button>
        }
        .into_any(),
        None => image.into_any(),
    };
    view! {
        <figure class=format!("figure {class}")>
            {framed}
            <figcaption>
                <span class="figure-caption">{move || caption.get(lang.get()).to_owned()}</span>
                <span class="figure-credit">{move || credit.get(lang.get()).to_owned()}</span>
            </figcaption>
        </figure>
    }
}
