use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::state::app_state;
use crate::ui::widgets::{BeschadigdeOpslag, DossierLijst, Importeer, NieuwDossier, OpslagEnBackup};

#[component]
pub fn DossiersPagina() -> impl IntoView {
    browser::zet_titel("Dossiers — Werkwaarde");
    let state = app_state();
    view! {
        <h1 tabindex="-1">"Dossiers"</h1>
        <p class="inleiding">
            "Uw dossiers staan alleen in deze browser. Exporteer een dossier als bestand om het te "
            "bewaren of te delen; wie het importeert, ziet precies hetzelfde."
        </p>
        <section aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">"Nieuw dossier"</h2>
            <NieuwDossier vaste_soort=None/>
        </section>
        <section aria-labelledby="import-kop">
            <h2 id="import-kop">"Importeren"</h2>
            <Importeer/>
        </section>
        <section aria-labelledby="lijst-kop">
            <h2 id="lijst-kop">"Alle dossiers"</h2>
            <DossierLijst dossiers=state.dossiers/>
        </section>
        <OpslagEnBackup/>
        <BeschadigdeOpslag/>
    }
}
