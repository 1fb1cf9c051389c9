//! Leptos components: they read signals, call `dossier`/`domain`, and render. No rule lives here.

mod app;
mod browser;
pub mod gebied;
mod pages;
pub mod route;
mod state;
mod widgets;

pub use app::App;

/// Mounts the app on `<body>`; called from `main`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
