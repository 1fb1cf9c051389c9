//! Which HTML page this wasm runs on, and which areas it can show.
//!
//! Every page renders the whole shell (menu, start page, area pages, dossier list, import and
//! export) and one area's screens. A dossier of an area this page lacks is opened on that area's
//! own page, which is a page load; nothing is ever shared between two apps through storage events.

use leptos::prelude::{AnyView, Signal};

use super::route::{Route, Stap};
use crate::dossier::DossierSoort;

/// One area's screens, as a binary hands them to the shell. Only the binary that names a
/// `Gebied` links its code, so the start page carries none of the areas.
#[derive(Clone, Copy)]
pub struct Gebied {
    pub soort: DossierSoort,
    /// The area's view of dossier `id`; `stap` follows the address without rebuilding the view.
    pub toon: fn(id: String, stap: Signal<Option<Stap>>) -> AnyView,
    /// A print view of dossier `id` (`#/dossiers/<id>/rapport`), for areas that have one.
    pub rapport: Option<fn(id: String) -> AnyView>,
}

/// The page this wasm was built for.
#[derive(Clone, Copy)]
pub struct Pagina {
    /// The relative path from this page to the start page: `""` on the start page, `"../"` on
    /// an area's page. Every other page and every fetched file is addressed through it, so the
    /// app works at the root of a host and under a sub-path alike.
    pub naar_start: &'static str,
    pub gebieden: &'static [Gebied],
}

impl Pagina {
    /// The start page: the shell only.
    pub const START: Pagina = Pagina { naar_start: "", gebieden: &[] };

    /// An area's page, one folder below the start page.
    pub const fn gebied(gebieden: &'static [Gebied]) -> Pagina {
        Pagina { naar_start: "../", gebieden }
    }

    pub fn gebied_voor(&self, soort: DossierSoort) -> Option<&'static Gebied> {
        self.gebieden.iter().find(|g| g.soort == soort)
    }

    /// A file of the app's own (casussen, voorbeelden), relative to this page.
    pub fn bestand(&self, pad: &str) -> String {
        format!("{}{pad}", self.naar_start)
    }

    /// The address of `route` for a dossier of kind `soort`: on this page when it shows that
    /// area, otherwise on the area's own page.
    pub fn href(&self, soort: DossierSoort, route: &Route) -> String {
        match self.gebied_voor(soort) {
            Some(_) => route.href(),
            None => format!("{}{}{}", self.naar_start, map_van(soort), route.href()),
        }
    }
}

/// The folder of the page that shows dossiers of this kind (as `make build` writes it).
pub fn map_van(soort: DossierSoort) -> &'static str {
    match soort {
        DossierSoort::Zelftoets => "zelftoets/",
        DossierSoort::Loonwaarde => "loonwaarde/",
        DossierSoort::Examentraining => "examen/",
    }
}

thread_local! {
    // Fixed for the life of the wasm: set once by `App`, read also from async tasks, which run
    // outside the component tree and its context.
    static HUIDIG: std::cell::Cell<Pagina> = const { std::cell::Cell::new(Pagina::START) };
}

pub fn zet_pagina(p: Pagina) {
    HUIDIG.with(|h| h.set(p));
}

/// The page this wasm runs on.
pub fn pagina() -> Pagina {
    HUIDIG.with(std::cell::Cell::get)
}
