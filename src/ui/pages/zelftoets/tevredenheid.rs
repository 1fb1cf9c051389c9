use leptos::prelude::*;

use super::model::model;
use super::normen::NormenVan;
use super::veld::InvoerVeld;
use crate::dossier::zelftoets::{dienst_naam, tevredenheid_algemeen, tevredenheid_velden};

#[component]
pub fn TevredenheidStap() -> impl IntoView {
    let m = model();
    let diensten = move || m.data.with(|d| d.diensten.clone());
    // Tabel 3: published or not, with the reason; no influence on the verdict.
    let publicatie = move |d: u8| {
        m.uitkomst.with(|u| {
            u.publicaties.iter().find(|p| p.dienst == d).map(|p| {
                let deel = |wie: &str, pub_: &Option<crate::domain::keurmerk::tevredenheid::Publicatie>| {
                    pub_.as_ref().map(|p| format!("{wie}: {}", p.reden))
                };
                [deel("Cliënten", &p.clienten), deel("Opdrachtgevers", &p.opdrachtgevers)]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
        })
    };
    view! {
        <p class="hint">
            "Per Dienst de uitnodigingen, de respondenten en het gemiddelde cijfer uit het "
            "tevredenheidsonderzoek (TVO). Het gewogen gemiddelde, de responsnorm en de "
            "publicatienorm rekent Werkwaarde uit."
        </p>
        <Show when=move || m.data.with(|d| d.diensten.is_empty())>
            <p class="veldlet-op">"Kies eerst bij stap 3 welke Diensten u aanbiedt."</p>
        </Show>
        <For each=diensten key=|d| *d let:d>
            <fieldset class="dienst">
                <legend>{dienst_naam(d)}</legend>
                <div class="formulier raster">
                    {tevredenheid_velden(d).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
                </div>
                <p class="hint">{move || publicatie(d)}</p>
                <NormenVan hoofdnorm=3 dienst=d/>
            </fieldset>
        </For>
        <h3>"Over alle Diensten"</h3>
        <div class="formulier raster">
            {tevredenheid_algemeen().into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
        </div>
        <h3>"Normen van hoofdnorm 3"</h3>
        <NormenVan hoofdnorm=3/>
    }
}
