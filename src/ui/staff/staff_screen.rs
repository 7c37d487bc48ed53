//! `/staff`: the PIN pad until the right PIN is entered, then the panel.

use leptos::prelude::*;

use super::{PinPad, StaffPanel};
use crate::labels::Label;
use crate::ui::common::{text, Page, ScreenHeading};
use crate::ui::state::StaffAccess;

/// Never shows anything for visitors: only the pad, or the panel for staff.
#[component]
pub fn StaffScreen() -> impl IntoView {
    let StaffAccess(unlocked) = expect_context();
    let title = text(Label::Staff);
    view! {
        <Page title=Signal::derive(move || title().to_owned()) class="staff">
            // A new heading (so focus moves to it) once the PIN is right.
            {move || if unlocked.get() {
                view! { <ScreenHeading>{title}</ScreenHeading><StaffPanel/> }.into_any()
            } else {
                view! { <ScreenHeading>{title}</ScreenHeading><PinPad/> }.into_any()
            }}
        </Page>
    }
}
