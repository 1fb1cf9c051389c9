use leptos::prelude::*;

use super::model::model;
use super::normen::NormenVan;
use super::rijen::{Lijst, Rijen};
use super::veld::InvoerVeld;
use crate::domain::keurmerk::hoofdnorm1::{AFHANDELING_DAGEN, BEVESTIGING_DAGEN};
use crate::domain::keurmerk::ZelftoetsVeld;
use crate::dossier::zelftoets::{checklist_velden, document_velden, hoofdnorm1_velden, klacht_velden, ubo_velden};

#[component]
pub fn Hoofdnorm1Stap() -> impl IntoView {
    let m = model();
    let u = m.uitkomst;
    let profiel = move || u.with(|u| u.profiel.clone());
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
                {hoofdnorm1_velden(&profiel()).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
            </div>
        }}
        <NormStand codes=&["1.2.1", "1.2.3", "1.2.4", "1.6.6"]/>

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

        <h3>"Normen van hoofdnorm 1"</h3>
        <ul class="checklist">
            {checklist_velden().into_iter().map(|(status, toel)| {
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

/// The computed outcome of these hoofdnorm 1 norms.
#[component]
fn NormStand(codes: &'static [&'static str]) -> impl IntoView {
    view! { <NormenVan hoofdnorm=1 codes=codes.iter().map(|c| c.to_string()).collect()/> }
}

#[component]
fn Berekend(code: String) -> impl IntoView {
    view! { <NormenVan hoofdnorm=1 codes=vec![code]/> }
}
