//! A counter: the smallest Leptos CSR app, the floor the kiosk is measured against.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let count = RwSignal::new(0);
        view! { <button on:click=move |_| *count.write() += 1>{count}</button> }
    });
}
