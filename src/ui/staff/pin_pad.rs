//! The PIN pad: large digit buttons, the digits shown as dots, wrong tries
//! locking the pad for a growing time.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::kiosk::staff::PinGuard;
use crate::labels::{label, locked_for, Label};
use crate::platform::{clock, crypto};
use crate::ui::state::{use_lang, Content, StaffAccess};

const MAX_DIGITS: usize = 12;

/// Asks for the staff PIN and unlocks staff mode when it is right.
#[component]
pub fn PinPad() -> impl IntoView {
    let lang = use_lang();
    let Content(content) = expect_context();
    let StaffAccess(unlocked) = expect_context();
    let pin = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let guard = StoredValue::new(PinGuard::default());
    let checking = RwSignal::new(false);
    // Re-read once a second while locked, so the wait counts down.
    let now = RwSignal::new(clock::now());
    if let Ok(timer) = set_interval_with_handle(
        move || now.set(clock::now()),
        std::time::Duration::from_secs(1),
    ) {
        on_cleanup(move || timer.clear());
    }
    let wait = move || guard.with_value(|g| g.wait(now.get()));

    let submit = move |_: leptos::ev::MouseEvent| {
        let Some(passcode) =
            content.with_untracked(|c| c.as_ref().map(|c| c.settings.staff.clone()))
        else {
            return;
        };
        if wait() > 0 || checking.get_untracked() {
            return;
        }
        let entered = pin.get_untracked();
        checking.set(true);
        spawn_local(async move {
            let right = crypto::pbkdf2_hex(&entered, &passcode.salt, passcode.iterations)
                .await
                .is_ok_and(|hash| !passcode.hash.is_empty() && hash == passcode.hash);
            checking.set(false);
            pin.set(String::new());
            if right {
                guard.update_value(PinGuard::succeeded);
                unlocked.set(true);
            } else {
                guard.update_value(|g| g.failed(clock::now()));
                now.set(clock::now());
                message.set(Some(
                    label(Label::WrongPin, lang.get_untracked()).to_owned(),
                ));
            }
        });
    };
    let digits = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
        .map(|digit| {
            let press = move |_: leptos::ev::MouseEvent| {
                pin.update(|p| {
                    if p.len() < MAX_DIGITS {
                        p.push_str(digit);
                    }
                });
            };
            view! {
                <button class="pin-key" disabled={move || wait() > 0} on:click=press>
                    {digit}
                </button>
            }
        })
        .to_vec();
    view! {
        <section class="pin-pad">
            <p class="pin-prompt">{move || label(Label::EnterPin, lang.get())}</p>
            <p class="pin-dots" aria-live="polite">{move || "●".repeat(pin.get().chars().count())}</p>
            <p class="pin-message" role="status">
                {move || match wait() {
                    0 => message.get().unwrap_or_default(),
                    ms => locked_for(ms.div_ceil(1000), lang.get()),
                }}
            </p>
            <div class="pin-keys">
                {digits}
                <button class="pin-key" on:click=move |_| pin.set(String::new())>
                    {move || label(Label::Clear, lang.get())}
                </button>
                <button
                    class="pin-key pin-enter"
                    disabled={move || wait() > 0 || pin.get().is_empty() || checking.get()}
                    on:click=submit
                >
                    {move || label(Label::Enter, lang.get())}
                </button>
            </div>
        </section>
    }
}
