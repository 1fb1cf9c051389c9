use leptos::prelude::*;

use super::model::model;
use super::veld::InvoerVeld;
use crate::dossier::invoer::{Invoerdef, Soort};
use crate::dossier::zelftoets::ZelftoetsData;

/// Which list of rows: the klachtenregister or the persons of the UBO/PEP helper.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lijst {
    Klachten,
    Personen,
}

impl Lijst {
    fn rijen(self, d: &ZelftoetsData) -> &Vec<u64> {
        match self {
            Lijst::Klachten => &d.klachten,
            Lijst::Personen => &d.personen,
        }
    }

    fn rijen_mut(self, d: &mut ZelftoetsData) -> &mut Vec<u64> {
        match self {
            Lijst::Klachten => &mut d.klachten,
            Lijst::Personen => &mut d.personen,
        }
    }

    pub fn prefix(self) -> &'static str {
        match self {
            Lijst::Klachten => "klacht",
            Lijst::Personen => "ubo",
        }
    }

    fn enkelvoud(self) -> &'static str {
        match self {
            Lijst::Klachten => "klacht",
            Lijst::Personen => "persoon",
        }
    }
}

/// An editable table of rows; each cell is an ordinary field with id `<prefix>-<rij>-<kolom>`.
/// `status` renders a computed cell per row (e.g. whether a klacht was handled in time).
#[component]
pub fn Rijen(
    lijst: Lijst,
    kolommen: Vec<(&'static str, &'static str, Soort)>,
    #[prop(optional)] status: Option<Callback<u64, String>>,
) -> impl IntoView {
    let m = model();
    let data = m.data;
    let kolommen = StoredValue::new(kolommen);
    let voeg_toe = move |_| {
        data.update(|d| {
            let id = d.nieuw_rij_id();
            lijst.rijen_mut(d).push(id);
        })
    };
    view! {
        <div class="rijen">
            <For
                each=move || data.with(|d| lijst.rijen(d).iter().copied().enumerate().collect::<Vec<_>>())
                key=|(i, id)| (*i, *id)
                let:rij
            >
                {
                    let (i, rij_id) = rij;
                    let nummer = i + 1;
                    view! {
                        <fieldset class="rij-invoer">
                            <legend>{format!("{} {nummer}", hoofdletter(lijst.enkelvoud()))}</legend>
                            <div class="formulier rij">
                                {kolommen.get_value().into_iter().map(|(kolom, label, soort)| {
                                    let def = Invoerdef::new(
                                        format!("{}-{rij_id}-{kolom}", lijst.prefix()),
                                        format!("{label} ({} {nummer})", lijst.enkelvoud()),
                                        soort,
                                    );
                                    view! { <InvoerVeld def=def/> }
                                }).collect_view()}
                            </div>
                            {status.map(|s| view! { <p class="rijstatus">{move || s.run(rij_id)}</p> })}
                            <button
                                type="button"
                                class="gevaar"
                                on:click=move |_| data.update(|d| lijst.rijen_mut(d).retain(|r| *r != rij_id))
                            >
                                {format!("{} {nummer} verwijderen", hoofdletter(lijst.enkelvoud()))}
                            </button>
                        </fieldset>
                    }
                }
            </For>
            <button type="button" on:click=voeg_toe>{format!("{} toevoegen", hoofdletter(lijst.enkelvoud()))}</button>
        </div>
    }
}

fn hoofdletter(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
