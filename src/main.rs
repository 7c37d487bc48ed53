//! Starts the kiosk in the browser.

fn main() {
    aghdam_kiosk::platform::crash::install_panic_hook();
    leptos::mount::mount_to_body(aghdam_kiosk::ui::App);
}
