//! `/staff`: the PIN pad until the right PIN is entered, then the panel.

use leptos::prelude::*;

use super::{PinPad, StaffPanel};
use crate::labels::Label;
use crate::ui::common::{text, Page};
use crate::ui::state::StaffAccess;

/// Never shows anything for visitors: only the pad, or the panel for staff.
#[component]
pub fn StaffScreen() -> impl IntoView {
    let StaffAccess(unlocked) = expect_context();
    let title = text(Label::Staff);
    view! {
        <Page title=Signal::derive(move || title().to_owned()) class="staff">
            <h1>{title}</h1>
            {move || if unlocked.get() { view! { <StaffPanel/> }.into_any() } else { view! { <PinPad/> }.into_any() }}
        </Page>
    }
}
