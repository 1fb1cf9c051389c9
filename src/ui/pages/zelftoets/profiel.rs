use leptos::prelude::*;

use super::model::model;
use super::veld::InvoerVeld;
use crate::domain::keurmerk::handleiding::HANDLEIDING;
use crate::dossier::zelftoets::{eisen_velden, profiel_velden};

#[component]
pub fn ProfielStap() -> impl IntoView {
    let u = model().uitkomst;
    // The requirements asked depend on the profiel only, not on every keystroke.
    let profiel = Memo::new(move |_| u.with(|u| u.profiel.clone()));
    view! {
        <p class="hint">
            {format!("Deze zelftoets volgt de {} van {}. ", HANDLEIDING.naam, HANDLEIDING.uitgever)}
            "Het profiel bepaalt welke normen voor u gelden: een vrijstelling of een norm die niet van "
            "toepassing is, staat bij de uitkomst met de reden erbij."
        </p>
        <div class="formulier raster">
            {profiel_velden().into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
        </div>
        <h3>"Voorwaarden voor het oordeel"</h3>
        <p class="hint">
            "Beantwoord deze vragen met ja of nee. Zolang een vraag open staat, is het oordeel voorlopig; "
            "een nee weegt zwaar (§6.1.2, §6.2.6 en de materiële normen van de definitielijst)."
        </p>
        {move || view! {
            <div class="formulier raster">
                {eisen_velden(&profiel.get()).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
            </div>
        }}
    }
}
