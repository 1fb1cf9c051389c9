use leptos::prelude::*;

use super::veld::InvoerVeld;
use crate::dossier::zelftoets::profiel_velden;

#[component]
pub fn ProfielStap() -> impl IntoView {
    view! {
        <p class="hint">
            "Het profiel bepaalt welke normen voor u gelden: een vrijstelling of een norm die niet van "
            "toepassing is, staat bij de uitkomst met de reden erbij."
        </p>
        <div class="formulier raster">
            {profiel_velden().into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
        </div>
    }
}
