use leptos::prelude::*;

use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::pagina::pagina;
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
                    "Maak een examentrainingsdossier aan: oefen met vierentwintig casussen en kijk ze na tegen de "
                    "Gouden Standaard, maak een examen van zes casussen over twee dagen met een tijdslimiet, "
                    "volg uw uitslagen en simuleer de validatie van een methodiek. Als trainer schrijft u eigen "
                    "casussen, geeft u een casuspakket zonder Gouden Standaard aan een groep en kijkt u hun "
                    "antwoordbestanden na."
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
                <p>
                    <a href=pagina().href(DossierSoort::Loonwaarde, &Route::Keuzegids(None))>"Keuzegids loonwaardemethodieken"</a>
                    " — de gevalideerde methodieken naast elkaar, per kenmerk."
                </p>
            }
            .into_any(),
        }}
        <section aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">"Nieuw dossier"</h2>
            <NieuwDossier vaste_soort=Some(soort)/>
        </section>
        <Voorbeeld soort=soort/>
        <section aria-labelledby="lijst-kop">
            <h2 id="lijst-kop">"Uw dossiers"</h2>
            <DossierLijst dossiers=eigen/>
            <p><a href=Route::Dossiers.href()>"Alle dossiers, importeren en exporteren"</a></p>
        </section>
    }
}

/// A small, realistic, invented example that opens as an ordinary dossier (`public/voorbeelden/`,
/// fetched only when asked for), so nobody has to start from an empty screen.
#[component]
fn Voorbeeld(soort: DossierSoort) -> impl IntoView {
    let state = app_state();
    let fout = RwSignal::new(None::<String>);
    let bezig = RwSignal::new(false);
    let open = move |_| {
        bezig.set(true);
        leptos::task::spawn_local(async move {
            let url = pagina().bestand(&format!("voorbeelden/{}.json?v={}", soort.sleutel(), crate::APP_VERSION));
            let uitkomst = match browser::haal_tekst(&url).await {
                Ok(tekst) => state.importeer(tekst.as_bytes()).map_err(|f| f.melding()),
                Err(f) => Err(f),
            };
            bezig.try_set(false);
            match uitkomst {
                Ok(o) => browser::ga_naar(&Route::Dossier(o.id).href()),
                Err(f) => {
                    fout.try_set(Some(f));
                }
            }
        });
    };
    view! {
        <section aria-labelledby="voorbeeld-kop">
            <h2 id="voorbeeld-kop">"Voorbeeld"</h2>
            <p class="hint">{match soort {
                DossierSoort::Loonwaarde => "Een ingevulde berekening met drie taken (casus L1 uit de bronnen), om te zien hoe alles werkt.",
                DossierSoort::Zelftoets => "Een kleine aanbieder met Dienst 1 en 9 die net aan de normen voldoet, met sterren en een planning.",
                DossierSoort::Examentraining => "Een nagekeken oefencasus met één fout, een afgerond examen en een validatie-simulatie.",
            }}</p>
            <button type="button" disabled=move || bezig.get() on:click=open>"Voorbeeld openen"</button>
            <p class="hint">"Het voorbeeld wordt een gewoon dossier: u kunt het aanpassen, exporteren of verwijderen."</p>
            {move || fout.get().map(|f| view! { <p class="veldfout" role="alert">{f}</p> })}
        </section>
    }
}
