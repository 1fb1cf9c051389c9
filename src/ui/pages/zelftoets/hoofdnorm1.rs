use leptos::prelude::*;

use super::documenten::documenten_tabel;
use super::model::model;
use super::normen::NormenVan;
use super::rijen::{Lijst, Rijen};
use super::veld::InvoerVeld;
use crate::domain::keurmerk::hoofdnorm1::{AFHANDELING_DAGEN, BEVESTIGING_DAGEN};
use crate::domain::keurmerk::ZelftoetsVeld;
use crate::dossier::zelftoets::{
    checklist_velden, document_velden, hoofdnorm1_velden, klacht_velden, ubo_velden, vog_velden,
};

#[component]
pub fn Hoofdnorm1Stap() -> impl IntoView {
    let m = model();
    let u = m.uitkomst;
    // Only a change of the profiel redraws the forms that depend on it, not every keystroke.
    let profiel = Memo::new(move |_| u.with(|u| u.profiel.clone()));
    let klacht_status = Callback::new(move |rij: u64| u.with(|u| u.klachtregel(rij).unwrap_or_default()));
    view! {
        <p class="hint">
            "Wat Werkwaarde kan uitrekenen, rekent het uit: de leeftijd van VOG en KvK-uittreksel, "
            "de managementverklaring, de termijnen van elke klacht en norm 1.5.8, UBO en PEP. De "
            "overige normen vult u zelf in, met een onderbouwing."
        </p>
        <h3>"Documenten en verklaringen"</h3>
        {move || view! {
            <div class="formulier raster">
                {hoofdnorm1_velden(&profiel.get()).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
            </div>
        }}
        <NormStand codes=&["1.2.1", "1.2.3", "1.6.6"]/>

        <h3>"VOG per bestuurder"</h3>
        <p class="hint">
            "Elke bestuurder heeft een eigen VOG met de functieaspecten 11, 12, 13, 21, 22, 41, 43, 53 en 71. "
            "Voor een aspirant telt de leeftijd op de datum van de aanmelding, voor een keurmerkhouder op de "
            "datum van de audit (voetnoten 4 en 20)."
        </p>
        <Rijen lijst=Lijst::Bestuurders velden=vog_velden/>
        <NormStand codes=&["1.2.4"]/>

        <h3>"Klachtenregister"</h3>
        <p class="hint">{format!(
            "Per klacht, gerekend vanaf de ontvangst: een ontvangstbevestiging binnen {} weken, een bericht \u{2018}niet in behandeling\u{2019} binnen 4 weken en de afhandeling binnen {} weken.",
            BEVESTIGING_DAGEN / 7,
            AFHANDELING_DAGEN / 7
        )}</p>
        <Rijen lijst=Lijst::Klachten velden=klacht_velden status=klacht_status/>
        <NormStand codes=&["1.5.8"]/>

        <h3>"UBO en PEP"</h3>
        <Rijen lijst=Lijst::Personen velden=ubo_velden/>
        <NormStand codes=&["1.2.5"]/>

        <h3>"Checklist aanvraag en audit"</h3>
        <div class="formulier raster">
            {document_velden().into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
        </div>
        <Documentenlijst/>

        <h3>"Normen van hoofdnorm 1"</h3>
        <ul class="checklist">
            {move || checklist_velden(&profiel.get()).into_iter().map(|(status, toel)| {
                let code = match status.veld {
                    ZelftoetsVeld::Checklist(code) => code.to_string(),
                    _ => String::new(),
                };
                view! {
                    <li>
                        <div class="formulier rij">
                            <InvoerVeld def=status/>
                            <InvoerVeld def=toel/>
                        </div>
                        <Berekend code=code/>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The aanvraag- en auditchecklist as it stands (§5.1.1, SPEC A8): per document present or not,
/// its date and age, and its status with what is wrong.
#[component]
fn Documentenlijst() -> impl IntoView {
    let u = model().uitkomst;
    move || u.with(|u| view! { <div inner_html=documenten_tabel(&u.documenten)></div> })
}

/// The computed outcome of these hoofdnorm 1 norms.
#[component]
fn NormStand(codes: &'static [&'static str]) -> impl IntoView {
    view! { <NormenVan hoofdnorm=1 codes=codes.iter().map(|c| c.to_string()).collect()/> }
}

#[component]
fn Berekend(code: String) -> impl IntoView {
    view! { <NormenVan hoofdnorm=1 codes=vec![code]/> }
}
