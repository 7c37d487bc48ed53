//! Aghdam kiosk: a touchscreen guide to the Aghdam Juma Mosque and the
//! Khojaly Martyrs Cemetery. `content`, `kiosk` and `labels` are pure Rust; `platform`
//! and `ui` need a browser and come with the `web` feature.

pub mod content;
pub mod kiosk;
pub mod labels;

#[cfg(feature = "web")]
pub mod platform;
#[cfg(feature = "web")]
pub mod ui;
