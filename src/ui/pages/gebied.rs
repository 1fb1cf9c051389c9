use leptos::prelude::*;

use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::app_state;
use crate::ui::widgets::{gebied_omschrijving, DossierLijst, NieuwDossier};

/// The landing page of one area. Its calculators arrive in later versions; until then it says so
/// and offers what already works: that area's dossiers.
#[component]
pub fn GebiedPagina(soort: DossierSoort) -> impl IntoView {
    browser::zet_titel(&format!("{} — Werkwaarde", soort.naam()));
    let state = app_state();
    let eigen = Signal::derive(move || state.van_soort(soort));
    view! {
        <h1 tabindex="-1">{soort.naam()}</h1>
        <p class="inleiding">{gebied_omschrijving(soort)}</p>
        {match soort {
            DossierSoort::Examentraining => view! {
                <p class="hint">
                    "Maak een examentrainingsdossier aan: oefen met twaalf casussen en kijk ze na tegen de "
                    "Gouden Standaard, maak een examen van zes casussen over twee dagen met een tijdslimiet, "
                    "volg uw uitslagen en simuleer de validatie van een methodiek."
                </p>
            }
            .into_any(),
            DossierSoort::Zelftoets => view! {
                <p class="hint">
                    "Maak een zelftoets aan en loop de stappen door: profiel, hoofdnorm 1, de Diensten, "
                    "tevredenheid en de uitkomst; daarna de sterren, de meetperiodeplanner en de vrijstelling."
                </p>
            }
            .into_any(),
            DossierSoort::Loonwaarde => view! {
                <p class="hint">
                    "Maak een loonwaardedossier aan of open er een: de berekening loopt mee terwijl u typt, "
                    "en het rapport drukt u af vanuit het dossier."
                </p>
            }
            .into_any(),
        }}
        <section aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">"Nieuw dossier"</h2>
            <NieuwDossier vaste_soort=Some(soort)/>
        </section>
        <section aria-labelledby="lijst-kop">
            <h2 id="lijst-kop">"Uw dossiers"</h2>
            <DossierLijst dossiers=eigen/>
            <p><a href=Route::Dossiers.href()>"Alle dossiers, importeren en exporteren"</a></p>
        </section>
    }
}
