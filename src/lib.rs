//! Werkwaarde: the Handleiding Keurmerk Arbeid and the Loonwaardegids as a browser app.
//!
//! Four layers, imports only downward: `ui` → `store` → `dossier` → `domain`.
//! `domain` and `dossier` are pure and tested natively; `store` reaches the browser's storage only
//! through its `Backend` trait, so its logic is natively tested too.

pub mod domain;
pub mod dossier;
pub mod store;
pub mod ui;

/// The version written into every dossier this build saves or exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
