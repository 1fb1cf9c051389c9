//! The shell's pages and the areas, as a binary hands them to `ui::App` (`ui::Pagina`): each
//! binary names only what its page shows, so only that code is linked into its wasm. The notice
//! of a two-tab conflict comes with the areas: only a calculator can hold one.

use leptos::prelude::*;

use super::dossiers::DossiersPagina;
use super::examen::{Delen, Examentraining, ALLE_DELEN, EXAMENPAGINA, TRAINERPAGINA};
use super::gebied::GebiedPagina;
use super::keuzegids::Keuzegids;
use super::loonwaarde::LoonwaardeCalculator;
use super::rapport::RapportPagina;
use super::start::StartPagina;
use super::tweede_beoordeling::TweedeBeoordeling;
use super::zelftoets::{Zelftoets, ZelftoetsRapport};
use crate::dossier::{self, Controle, DossierSoort};
use crate::ui::pagina::{Gebied, Pagina, Schil};
use crate::ui::route::Stap;
use crate::ui::widgets::Samenvoeging;

/// The shell's pages: the start page, the area pages and the dossier list with import and export.
pub const SCHIL: Schil = Schil {
    start: || view! { <StartPagina/> }.into_any(),
    gebied: |soort| view! { <GebiedPagina soort=soort/> }.into_any(),
    dossiers: || view! { <DossiersPagina/> }.into_any(),
};

/// The start page (`index.html`): the shell only.
pub const START: Pagina = Pagina { naar_start: "", schil: Some(SCHIL), gebieden: &[], controle: Controle::ALLES };

pub const ZELFTOETS: Gebied = Gebied {
    soort: DossierSoort::Zelftoets,
    toon: zelftoets,
    rapport: Some(zelftoets_rapport),
    vergelijk: None,
    keuzegids: None,
    controle: dossier::zelftoets_fout,
};

pub const LOONWAARDE: Gebied = Gebied {
    soort: DossierSoort::Loonwaarde,
    toon: loonwaarde,
    rapport: Some(rapport),
    vergelijk: Some(vergelijk),
    keuzegids: Some(keuzegids),
    controle: dossier::loonwaarde_fout,
};

pub const EXAMENTRAINING: Gebied = Gebied {
    soort: DossierSoort::Examentraining,
    toon: examen,
    rapport: None,
    vergelijk: None,
    keuzegids: None,
    controle: dossier::examentraining_fout,
};

/// The examentraining's trainer part, on a page of its own (`trainer/`).
pub const EXAMENTRAINER: Gebied = Gebied { toon: trainer, ..EXAMENTRAINING };

/// Every part of the examentraining in one wasm (`alles`, measured only).
pub const EXAMENTRAINING_ALLES: Gebied = Gebied { toon: examen_alles, ..EXAMENTRAINING };

fn zelftoets(id: String, stap: Signal<Option<Stap>>) -> AnyView {
    let stap = Signal::derive(move || stap.get().filter(|s| Stap::ALLE.contains(s)).unwrap_or(Stap::Profiel));
    view! { <Samenvoeging id=id.clone() naam=crate::dossier::zelftoets::plaatsnaam/><Zelftoets id=id stap=stap/> }
        .into_any()
}

fn examen(id: String, stap: Signal<Option<Stap>>) -> AnyView {
    examentraining(id, stap, Stap::Oefenen, EXAMENPAGINA)
}

fn trainer(id: String, stap: Signal<Option<Stap>>) -> AnyView {
    examentraining(id, stap, Stap::Trainer, TRAINERPAGINA)
}

fn examen_alles(id: String, stap: Signal<Option<Stap>>) -> AnyView {
    examentraining(id, stap, Stap::Oefenen, ALLE_DELEN)
}

fn examentraining(id: String, stap: Signal<Option<Stap>>, eerst: Stap, delen: Delen) -> AnyView {
    let stap = Signal::derive(move || stap.get().filter(|s| Stap::EXAMEN.contains(s)).unwrap_or(eerst));
    view! {
        <Samenvoeging id=id.clone() naam=crate::dossier::examentraining::plaatsnaam/>
        <Examentraining id=id stap=stap delen=delen/>
    }
    .into_any()
}

fn loonwaarde(id: String, _stap: Signal<Option<Stap>>) -> AnyView {
    view! { <Samenvoeging id=id.clone() naam=crate::dossier::loonwaarde::plaatsnaam/><LoonwaardeCalculator id=id/> }
        .into_any()
}

fn zelftoets_rapport(id: String) -> AnyView {
    view! { <ZelftoetsRapport id=id/> }.into_any()
}

fn keuzegids(id: Option<String>) -> AnyView {
    view! { <Keuzegids id=id/> }.into_any()
}

fn vergelijk(a: String, b: String) -> AnyView {
    view! { <TweedeBeoordeling a=a b=b/> }.into_any()
}

fn rapport(id: String) -> AnyView {
    view! { <RapportPagina id=id/> }.into_any()
}
