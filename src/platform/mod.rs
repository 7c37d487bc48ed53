//! All browser glue lives here: fetching files, the document, time,
//! storage, input, focus, speech, media, crypto and the page's JavaScript shell.
//! Nothing else in the crate names `web_sys`, `js_sys` or `gloo`.

pub mod clock;
pub mod console;
pub mod crash;
pub mod crypto;
pub mod document;
pub mod focus;
pub mod http;
pub mod input;
pub mod media;
pub mod page;
pub mod speech;
pub mod storage;
