//! The areas as a binary hands them to the shell (`ui::Pagina`): each binary names only its own,
//! so only its code is linked into that page's wasm.

use leptos::prelude::*;

use super::examen::Examentraining;
use super::loonwaarde::LoonwaardeCalculator;
use super::rapport::RapportPagina;
use super::zelftoets::Zelftoets;
use crate::dossier::DossierSoort;
use crate::ui::pagina::Gebied;
use crate::ui::route::Stap;

pub const ZELFTOETS: Gebied = Gebied { soort: DossierSoort::Zelftoets, toon: zelftoets, rapport: None };

pub const LOONWAARDE: Gebied = Gebied { soort: DossierSoort::Loonwaarde, toon: loonwaarde, rapport: Some(rapport) };

pub const EXAMENTRAINING: Gebied = Gebied { soort: DossierSoort::Examentraining, toon: examen, rapport: None };

fn zelftoets(id: String, stap: Signal<Option<Stap>>) -> AnyView {
    let stap = Signal::derive(move || stap.get().filter(|s| Stap::ALLE.contains(s)).unwrap_or(Stap::Profiel));
    view! { <Zelftoets id=id stap=stap/> }.into_any()
}

fn examen(id: String, stap: Signal<Option<Stap>>) -> AnyView {
    let stap = Signal::derive(move || stap.get().filter(|s| Stap::EXAMEN.contains(s)).unwrap_or(Stap::Oefenen));
    view! { <Examentraining id=id stap=stap/> }.into_any()
}

fn loonwaarde(id: String, _stap: Signal<Option<Stap>>) -> AnyView {
    view! { <LoonwaardeCalculator id=id/> }.into_any()
}

fn rapport(id: String) -> AnyView {
    view! { <RapportPagina id=id/> }.into_any()
}
