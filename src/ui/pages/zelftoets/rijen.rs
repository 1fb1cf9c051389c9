use leptos::prelude::*;

use super::model::model;
use super::veld::InvoerVeld;
use crate::domain::tekst::met_hoofdletter;
use crate::dossier::invoer::Invoerdef;
use crate::dossier::zelftoets::ZelftoetsData;

/// Which list of rows: the klachtenregister, the persons of the UBO/PEP helper, or the
/// bestuurders with their VOG.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Lijst {
    Klachten,
    Personen,
    Bestuurders,
}

impl Lijst {
    /// The rows shown; the first bestuurder (row 0) is always there.
    fn rijen(self, d: &ZelftoetsData) -> Vec<u64> {
        match self {
            Lijst::Klachten => d.klachten.clone(),
            Lijst::Personen => d.personen.clone(),
            Lijst::Bestuurders => d.bestuurder_rijen(),
        }
    }

    fn rijen_mut(self, d: &mut ZelftoetsData) -> &mut Vec<u64> {
        match self {
            Lijst::Klachten => &mut d.klachten,
            Lijst::Personen => &mut d.personen,
            Lijst::Bestuurders => &mut d.bestuurders,
        }
    }

    fn enkelvoud(self) -> &'static str {
        match self {
            Lijst::Klachten => "klacht",
            Lijst::Personen => "persoon",
            Lijst::Bestuurders => "bestuurder",
        }
    }

    /// Row 0 of the bestuurders is not a row of the list and cannot be removed.
    fn verwijderbaar(self, rij: u64) -> bool {
        !(self == Lijst::Bestuurders && rij == 0)
    }
}

/// An editable table of rows; each cell is an ordinary field, defined by `velden` (row id,
/// position from 1). `status` renders a computed cell per row (e.g. whether a klacht was handled
/// in time).
#[component]
pub fn Rijen(
    lijst: Lijst,
    velden: fn(u64, usize) -> Vec<Invoerdef>,
    #[prop(optional)] status: Option<Callback<u64, String>>,
) -> impl IntoView {
    let m = model();
    let data = m.data;
    let voeg_toe = move |_| {
        data.update(|d| {
            let id = d.nieuw_rij_id();
            lijst.rijen_mut(d).push(id);
        })
    };
    view! {
        <div class="rijen">
            <For
                each=move || data.with(|d| lijst.rijen(d).into_iter().enumerate().collect::<Vec<_>>())
                key=|(i, id)| (*i, *id)
                let:rij
            >
                {
                    let (i, rij_id) = rij;
                    let nummer = i + 1;
                    view! {
                        <fieldset class="rij-invoer">
                            <legend>{format!("{} {nummer}", met_hoofdletter(lijst.enkelvoud()))}</legend>
                            <div class="formulier rij">
                                {velden(rij_id, nummer).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
                            </div>
                            {status.map(|s| view! { <p class="rijstatus">{move || s.run(rij_id)}</p> })}
                            {lijst.verwijderbaar(rij_id).then(|| view! {
                                <button
                                    type="button"
                                    class="gevaar"
                                    on:click=move |_| data.update(|d| lijst.rijen_mut(d).retain(|r| *r != rij_id))
                                >
                                    {format!("{} {nummer} verwijderen", met_hoofdletter(lijst.enkelvoud()))}
                                </button>
                            })}
                        </fieldset>
                    }
                }
            </For>
            <button type="button" on:click=voeg_toe>{format!("{} toevoegen", met_hoofdletter(lijst.enkelvoud()))}</button>
        </div>
    }
}
