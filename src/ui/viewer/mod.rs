//! The picture viewer: a dialog where a picture can be enlarged.

mod image_viewer;

pub use image_viewer::ImageViewer;
