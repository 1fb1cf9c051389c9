//! Leptos components: they read signals, call `dossier`/`domain`, and render. No rule lives here.
//!
//! One Leptos app runs per HTML page. Each binary mounts it with what its page shows (see
//! `pagina`): the start page the shell's pages, an area's page that area.

mod app;
mod bewaren;
mod browser;
mod html;
mod pages;
pub mod pagina;
pub mod route;
mod state;
mod widgets;

pub use app::App;
pub use pages::{EXAMENTRAINER, EXAMENTRAINING, EXAMENTRAINING_ALLES, LOONWAARDE, SCHIL, START, ZELFTOETS};
pub use pagina::{Gebied, Pagina, Schil};

/// Mounts the app for `pagina` on `<body>`; called from each binary's `main`.
pub fn mount(pagina: Pagina) {
    leptos::mount::mount_to_body(move || leptos::view! { <App pagina=pagina/> });
}
