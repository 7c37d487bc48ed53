//! All browser glue lives here: fetching files, the document and the
//! console. Nothing else in the crate names `web_sys`, `js_sys` or `gloo`.

pub mod console;
pub mod document;
pub mod http;
pub mod media;
pub mod speech;
