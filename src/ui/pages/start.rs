use leptos::prelude::*;

use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::widgets::gebied_omschrijving;

#[component]
pub fn StartPagina() -> impl IntoView {
    browser::zet_titel("Werkwaarde");
    let kaart = |route: Route, titel: &'static str, tekst: &'static str| {
        view! {
            <li class="kaart">
                <h2><a href=route.href()>{titel}</a></h2>
                <p>{tekst}</p>
            </li>
        }
    };
    view! {
        <h1 tabindex="-1">"Werkwaarde"</h1>
        <p class="inleiding">
            "Werkwaarde helpt re-integratie- en participatiebedrijven zichzelf te toetsen aan het "
            "Keurmerk Arbeid, en loonwaardedeskundigen een loonwaarde te berekenen en te oefenen "
            "voor hun examen. Elke uitkomst laat zien hoe ze is berekend en op welke norm ze "
            "berust, en uw gegevens verlaten deze browser alleen als u zelf een dossier exporteert."
        </p>
        <ul class="kaarten">
            {kaart(
                Route::Gebied(DossierSoort::Zelftoets),
                "Zelftoets Keurmerk Arbeid",
                gebied_omschrijving(DossierSoort::Zelftoets),
            )}
            {kaart(
                Route::Gebied(DossierSoort::Loonwaarde),
                "Loonwaarde",
                gebied_omschrijving(DossierSoort::Loonwaarde),
            )}
            {kaart(
                Route::Gebied(DossierSoort::Examentraining),
                "Examentraining",
                gebied_omschrijving(DossierSoort::Examentraining),
            )}
            {kaart(
                Route::Dossiers,
                "Dossiers",
                "Al uw werk als dossiers in deze browser: aanmaken, hernoemen, dupliceren, \
                 verwijderen, en als bestand exporteren en importeren om te delen.",
            )}
        </ul>
    }
}
