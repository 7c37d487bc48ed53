//! The staff entrance: an invisible 120 × 120 px corner of the home screen;
//! five touches there within three seconds open `/staff`.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::kiosk::staff::CornerTaps;
use crate::platform::clock;

/// The hidden corner (no control a visitor can see or a screen reader lists).
#[component]
pub fn StaffCorner() -> impl IntoView {
    let taps = StoredValue::new(CornerTaps::default());
    let navigate = use_navigate();
    let tap = move |_| {
        let now = clock::now();
        if taps.try_update_value(|t| t.tap(now)).unwrap_or(false) {
            navigate("/staff", NavigateOptions::default());
        }
    };
    view! { <div class="staff-corner" aria-hidden="true" on:pointerdown=tap></div> }
}
