//! A picture with its caption, credit and labels; a neat placeholder if the file
//! cannot be loaded (tried again after a pause), never a broken-image icon.

use std::time::Duration;

use leptos::prelude::*;

use super::{text, PictureLabels};
use crate::content::Picture;
use crate::kiosk::backoff::Backoff;
use crate::labels::Label;
use crate::ui::state::use_lang;

/// How often a picture that failed to load is tried again.
const MAX_RETRIES: u32 = 5;

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
    // A picture that failed is tried again after a growing pause: the
    // server may have been restarting.
    let attempts = StoredValue::new(0_u32);
    let retry = move || {
        failed.set(true);
        let attempt = attempts.get_value();
        if attempt < MAX_RETRIES {
            attempts.set_value(attempt + 1);
            let delay = Backoff::CONTENT.delay(attempt);
            set_timeout(move || failed.set(false), Duration::from_millis(delay));
        }
    };
    let src = format!("/{}", picture.file);
    let Picture {
        alt,
        caption,
        credit,
        labels,
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
                <div class="figure-frame">
                    <img
                        class="figure-image"
                        src=src.clone()
                        alt=alt
                        draggable="false"
                        on:error=move |_| retry()
                    />
                    <PictureLabels labels=labels.clone()/>
                </div>
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
