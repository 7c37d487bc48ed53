//! Enlarging a picture: pinch with two fingers, drag with one, double tap
//! to zoom in or out; or the "Zoom in", "Zoom out" and "Reset zoom"
//! buttons, the + and - keys, and the arrow keys to move a zoomed picture.
//! Only this picture zooms, never the page.

use leptos::ev::PointerEvent;
use leptos::prelude::*;

use crate::content::Picture;
use crate::kiosk::zoom::{View, ZOOM_STEP};
use crate::labels::{label, Label};
use crate::ui::common::{Dialog, PictureLabels};
use crate::ui::state::use_lang;

/// Fingers on the picture: (pointer id, x, y).
type Fingers = Vec<(i32, f64, f64)>;

/// Milliseconds within which a second tap makes a double tap.
const DOUBLE_TAP_MS: f64 = 350.0;

/// `picture` in a dialog; `on_close` closes it.
#[component]
pub fn ImageViewer(picture: Picture, on_close: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let view_state = RwSignal::new(View::default());
    let (down, motion, up) = touch_handlers(view_state);

    let keys = Callback::new(move |key: String| {
        let Some(next) = view_state.get_untracked().keyed(&key) else {
            return false;
        };
        view_state.set(next);
        true
    });
    let caption = picture.caption.clone();
    let alt = picture.alt.clone();
    let src = format!("/{}", picture.file);
    let labelled = !picture.labels.is_empty();
    view! {
        <Dialog
            label=Signal::derive(move || caption.get(lang.get()).to_owned())
            on_close
            on_key=keys
            class="viewer"
        >
            <div
                class="viewer-stage"
                data-zoomed=move || view_state.get().is_zoomed().to_string()
                on:pointerdown=down
                on:pointermove=motion
                on:pointerup=up
                on:pointercancel=up
            >
                // The picture and its labels zoom together.
                <div
                    class="viewer-frame"
                    class:viewer-labelled=labelled
                    style:transform=move || view_state.get().css()
                >
                    <img
                        class="viewer-image"
                        src=src
                        alt=move || alt.get(lang.get()).to_owned()
                        draggable="false"
                    />
                    <PictureLabels labels=picture.labels.clone()/>
                </div>
            </div>
            <ZoomButtons view_state/>
            <p class="viewer-caption">{move || picture.caption.get(lang.get()).to_owned()}</p>
            <p class="viewer-hint">{move || label(Label::ZoomHint, lang.get())}</p>
        </Dialog>
    }
}

/// "Zoom in", "Zoom out" and "Reset zoom": what a pinch and a double tap do,
/// for a visitor who cannot make them.
#[component]
fn ZoomButtons(view_state: RwSignal<View>) -> impl IntoView {
    let lang = use_lang();
    let button = move |name: Label, change: fn(View) -> View| {
        view! {
            <button class="viewer-zoom" on:click=move |_| view_state.update(|v| *v = change(*v))>
                {move || label(name, lang.get())}
            </button>
        }
    };
    view! {
        <div class="viewer-zooms">
            {button(Label::ZoomIn, |v| v.zoomed_by(ZOOM_STEP))}
            {button(Label::ZoomOut, |v| v.zoomed_by(1.0 / ZOOM_STEP))}
            {button(Label::ResetZoom, |_| View::default())}
        </div>
    }
}

/// Pointer handlers for the stage: pinch with two fingers, drag with one,
/// double tap to zoom in or out. Returns (down, move, up or cancel).
fn touch_handlers(
    view_state: RwSignal<View>,
) -> (
    impl Fn(PointerEvent) + Copy + 'static,
    impl Fn(PointerEvent) + Copy + 'static,
    impl Fn(PointerEvent) + Copy + 'static,
) {
    let fingers = StoredValue::new(Fingers::new());
    // Where a pinch started: its view and the fingers' distance.
    let pinch = StoredValue::new(None::<(View, f64)>);
    let last_tap = StoredValue::new(f64::NEG_INFINITY);
    let moved = StoredValue::new(false);

    let distance = |f: &Fingers| {
        let (a, b) = (f[0], f[1]);
        (a.1 - b.1).hypot(a.2 - b.2)
    };
    let down = move |ev: PointerEvent| {
        ev.prevent_default();
        fingers.update_value(|f| {
            f.push((ev.pointer_id(), ev.client_x().into(), ev.client_y().into()));
        });
        moved.set_value(false);
        fingers.with_value(|f| {
            if f.len() == 2 {
                pinch.set_value(Some((view_state.get_untracked(), distance(f))));
            }
        });
    };
    let motion = move |ev: PointerEvent| {
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let mut delta = None;
        fingers.update_value(|f| {
            if let Some(finger) = f.iter_mut().find(|p| p.0 == ev.pointer_id()) {
                delta = Some((x - finger.1, y - finger.2));
                finger.1 = x;
                finger.2 = y;
            }
        });
        let Some((dx, dy)) = delta else { return };
        if dx.abs() + dy.abs() > 2.0 {
            moved.set_value(true);
        }
        let count = fingers.with_value(Vec::len);
        match (count, pinch.get_value()) {
            (2, Some((start, start_distance))) => {
                let now = fingers.with_value(|f| distance(f));
                view_state.set(View::pinched(start, start_distance, now));
            }
            (1, _) => view_state.update(|v| *v = v.panned(dx, dy)),
            _ => {}
        }
    };
    let up = move |ev: PointerEvent| {
        fingers.update_value(|f| f.retain(|p| p.0 != ev.pointer_id()));
        if fingers.with_value(Vec::len) < 2 {
            pinch.set_value(None);
        }
        if ev.type_() != "pointerup" || moved.get_value() {
            return;
        }
        let now = ev.time_stamp();
        if now - last_tap.get_value() < DOUBLE_TAP_MS {
            view_state.update(|v| *v = v.double_tapped());
            last_tap.set_value(f64::NEG_INFINITY);
        } else {
            last_tap.set_value(now);
        }
    };
    (down, motion, up)
}
