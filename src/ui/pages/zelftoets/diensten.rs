use leptos::prelude::*;

use super::model::model;
use super::normen::NormenVan;
use super::veld::InvoerVeld;
use crate::domain::keurmerk::diensten::{dienst_bij_einddoel, EINDDOELEN, EINDDOELVRAAG, EINDDOEL_TOELICHTING};
use crate::dossier::zelftoets::{
    alle_diensten, dienst_checklist, dienst_naam, dienst_velden, ladder_velden, transparantie_velden,
};

#[component]
pub fn DienstenStap() -> impl IntoView {
    let m = model();
    let data = m.data;
    let einddoel = RwSignal::new(String::new());
    view! {
        <p class="hint">
            "Rapporteer alle Diensten die u aanbiedt (§3.1). Per Dienst vult u de aantallen in; "
            "Werkwaarde toetst de samenhang ervan en rekent de normen uit."
        </p>
        <fieldset class="diensten-keuze">
            <legend>"Welke Diensten biedt u aan?"</legend>
            {alle_diensten().map(|(nummer, naam)| view! {
                <label class="keuze">
                    <input
                        type="checkbox"
                        prop:checked=move || data.with(|d| d.diensten.contains(&nummer))
                        on:change=move |ev| {
                            let aan = event_target_checked(&ev);
                            data.update(|d| {
                                d.diensten.retain(|x| *x != nummer);
                                if aan {
                                    d.diensten.push(nummer);
                                    d.diensten.sort_unstable();
                                }
                            });
                        }
                    />
                    {format!("Dienst {nummer}: {naam}")}
                </label>
            }).collect_view()}
        </fieldset>
        <details class="hulp">
            <summary>"Welke Dienst past bij een traject?"</summary>
            <p class="hint">{EINDDOEL_TOELICHTING}</p>
            <div class="veld">
                <label for="einddoel">{EINDDOELVRAAG}</label>
                <select id="einddoel" on:change=move |ev| einddoel.set(event_target_value(&ev))>
                    <option value="">"Kies het einddoel"</option>
                    {EINDDOELEN.iter().map(|e| view! { <option value=e.id>{e.antwoord}</option> }).collect_view()}
                </select>
            </div>
            <p role="status">{move || dienst_bij_einddoel(&einddoel.get()).map(|n| format!("Dit traject hoort bij {}.", dienst_naam(n)))}</p>
        </details>

        <For each=move || data.with(|d| d.diensten.clone()) key=|n| *n let:nummer>
            <fieldset class="dienst">
                <legend>{dienst_naam(nummer)}</legend>
                <div class="formulier raster">
                    {dienst_velden(nummer).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
                </div>
                {(nummer == 10).then(|| view! {
                    <h4>"Participatieladder (§3.13)"</h4>
                    <div class="formulier raster">
                        {ladder_velden().into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
                    </div>
                })}
                <div class="formulier raster">
                    {dienst_checklist(nummer).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
                </div>
                <NormenVan hoofdnorm=2 dienst=nummer/>
            </fieldset>
        </For>

        <h3>"Transparantie (§3.2)"</h3>
        <div class="formulier raster">
            {transparantie_velden().into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
        </div>
        <p>{move || m.uitkomst.with(|u| u.transparantie.1.berekening.clone())}</p>

        <h3>"Minimum van vijf trajecten"</h3>
        <NormenVan hoofdnorm=2 codes=vec!["minimum".to_string()]/>
    }
}
