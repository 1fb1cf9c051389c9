//! Which HTML page this wasm runs on, and which areas it can show.
//!
//! The start page renders the shell's pages (start, the area pages, the dossier list with import
//! and export); an area's page renders the menu and that area's dossiers, with their actions
//! (rename, duplicate, export, delete). Whatever a page lacks opens on the page that has it, which
//! is a page load. One app runs per page; two apps never share a page or keep each other in step.

use leptos::prelude::{AnyView, Signal};

use super::route::{Route, Stap};
use crate::dossier::{Controle, DossierSoort, Inhoudscontrole};

/// One area's screens, as a binary hands them to the shell. Only the binary that names a
/// `Gebied` links its code, so the start page carries none of the areas.
#[derive(Clone, Copy)]
pub struct Gebied {
    pub soort: DossierSoort,
    /// The area's view of dossier `id`; `stap` follows the address without rebuilding the view.
    pub toon: fn(id: String, stap: Signal<Option<Stap>>) -> AnyView,
    /// A print view of dossier `id` (`#/dossiers/<id>/rapport`), for areas that have one.
    pub rapport: Option<fn(id: String) -> AnyView>,
    /// Reference pages of the area without a dossier (the loonwaarde keuzegids: `#/keuzegids`).
    pub keuzegids: Option<fn(id: Option<String>) -> AnyView>,
    /// Dossier `a` beside dossier `b` (`#/dossiers/<a>/vergelijk/<b>`), for areas that compare.
    pub vergelijk: Option<fn(a: String, b: String) -> AnyView>,
    /// How this area's data are checked when a dossier is read (`dossier::Controle`).
    pub controle: Inhoudscontrole,
}

/// The shell's own pages, as the start page's binary hands them over (see `Gebied`).
#[derive(Clone, Copy)]
pub struct Schil {
    pub start: fn() -> AnyView,
    pub gebied: fn(DossierSoort) -> AnyView,
    pub dossiers: fn() -> AnyView,
}

/// The page this wasm was built for.
#[derive(Clone, Copy)]
pub struct Pagina {
    /// The relative path from this page to the start page: `""` on the start page, `"../"` on
    /// an area's page. Every other page and every fetched file is addressed through it, so the
    /// app works at the root of a host and under a sub-path alike.
    pub naar_start: &'static str,
    /// The shell's pages, on the start page only: each area's page would otherwise carry them
    /// too, and the largest would no longer fit its download budget (README, *Performance*).
    pub schil: Option<Schil>,
    pub gebieden: &'static [Gebied],
    /// How this page checks a dossier it reads: every kind where it can import (the start
    /// page), else the data of the areas it shows. Another kind's dossier opens on its own page,
    /// which checks it, so this page need not carry that area's reader. A constant of the page,
    /// so a page that does not name a reader does not link it.
    pub controle: Controle,
}

impl Pagina {
    /// An area's page, one folder below the start page.
    pub const fn gebied(gebieden: &'static [Gebied]) -> Pagina {
        let mut controle = Controle::GEEN;
        let mut i = 0;
        while i < gebieden.len() {
            controle = controle.met(gebieden[i].soort, gebieden[i].controle);
            i += 1;
        }
        Pagina { naar_start: "../", schil: None, gebieden, controle }
    }

    pub fn gebied_voor(&self, soort: DossierSoort) -> Option<&'static Gebied> {
        self.gebieden.iter().find(|g| g.soort == soort)
    }

    /// A file of the app's own (casussen, voorbeelden), relative to this page.
    pub fn bestand(&self, pad: &str) -> String {
        format!("{}{pad}", self.naar_start)
    }

    /// The address of one of the shell's pages: here, or on the start page.
    pub fn schil_href(&self, route: &Route) -> String {
        match self.schil {
            Some(_) => route.href(),
            None => format!("{}{}", self.naar_start, route.href()),
        }
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
    static HUIDIG: std::cell::Cell<Pagina> =
        const { std::cell::Cell::new(Pagina { naar_start: "", schil: None, gebieden: &[], controle: Controle::GEEN }) };
}

pub fn zet_pagina(p: Pagina) {
    HUIDIG.with(|h| h.set(p));
}

/// The page this wasm runs on.
pub fn pagina() -> Pagina {
    HUIDIG.with(std::cell::Cell::get)
}
