use leptos::prelude::*;

use super::model::model;
use super::veld::InvoerVeld;
use crate::domain::tekst::met_hoofdletter;
use crate::dossier::invoer::Invoerdef;
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

    fn enkelvoud(self) -> &'static str {
        match self {
            Lijst::Klachten => "klacht",
            Lijst::Personen => "persoon",
        }
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
                each=move || data.with(|d| lijst.rijen(d).iter().copied().enumerate().collect::<Vec<_>>())
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
                            <button
                                type="button"
                                class="gevaar"
                                on:click=move |_| data.update(|d| lijst.rijen_mut(d).retain(|r| *r != rij_id))
                            >
                                {format!("{} {nummer} verwijderen", met_hoofdletter(lijst.enkelvoud()))}
                            </button>
                        </fieldset>
                    }
                }
            </For>
            <button type="button" on:click=voeg_toe>{format!("{} toevoegen", met_hoofdletter(lijst.enkelvoud()))}</button>
        </div>
    }
}
