use leptos::prelude::*;

use crate::dossier::{Dossier, DossierSoort};
use crate::ui::browser;
use crate::ui::route::{Route, Stap};
use crate::ui::state::app_state;
use crate::ui::widgets::{lokale_tijd, DossierActies};

#[component]
pub fn DossierPagina(id: String, stap: Option<Stap>) -> impl IntoView {
    let state = app_state();
    let id = StoredValue::new(id);
    // The page is rebuilt only when the dossier appears, disappears or changes kind; every edit
    // inside it updates single fields, so typing never loses focus.
    let soort = Memo::new(move |_| state.dossier(&id.get_value()).map(|o| o.dossier.kind));
    let veld = move |f: fn(&Dossier) -> String| {
        move || state.dossier(&id.get_value()).map(|o| f(&o.dossier)).unwrap_or_default()
    };
    Effect::new(move |_| {
        let titel = state.dossier(&id.get_value()).map(|o| o.dossier.title);
        browser::zet_titel(&format!("{} — Werkwaarde", titel.as_deref().unwrap_or("Dossier niet gevonden")));
    });

    move || match soort.get() {
        None => view! {
            <h1 tabindex="-1">"Dossier niet gevonden"</h1>
            <p>
                "Er is in deze browser geen dossier met dit adres. Het kan zijn verwijderd, of het "
                "staat in een andere browser: importeer dan het geëxporteerde bestand."
            </p>
            <p><a href=Route::Dossiers.href()>"Naar de dossiers"</a></p>
        }
        .into_any(),
        Some(kind) => view! {
            <p class="kruimel"><a href=Route::Dossiers.href()>"Dossiers"</a> " › " {kind.naam()}</p>
            <h1 tabindex="-1">{veld(|d| d.title.clone())}</h1>
            <dl class="kenmerken">
                <dt>"Soort"</dt>
                <dd>{kind.naam()}</dd>
                <dt>"Aangemaakt"</dt>
                <dd>{veld(|d| lokale_tijd(d.created))}</dd>
                <dt>"Laatst gewijzigd"</dt>
                <dd>{veld(|d| lokale_tijd(d.updated))}</dd>
                <dt>"Gemaakt met"</dt>
                <dd>{veld(|d| format!("Werkwaarde {}", d.app_version))}</dd>
            </dl>
            <DossierActies id=id.get_value() na_verwijderen=Some(Route::Dossiers)/>
            {match kind {
                DossierSoort::Loonwaarde => view! {
                    <GebiedLader naam="loonwaarde" id=id.get_value() stap="berekening"/>
                }
                .into_any(),
                DossierSoort::Zelftoets => view! {
                    <GebiedLader naam="zelftoets" id=id.get_value() stap=stap.unwrap_or(Stap::Profiel).sleutel()/>
                }
                .into_any(),
                DossierSoort::Examentraining => view! {
                    <GebiedLader naam="examen" id=id.get_value() stap=stap.unwrap_or(Stap::Oefenen).sleutel()/>
                }
                .into_any(),
            }}
        }
        .into_any(),
    }
}

/// A placeholder the area's own wasm mounts into; loaded only when such a dossier is opened.
#[component]
pub fn GebiedLader(naam: &'static str, id: String, stap: &'static str) -> impl IntoView {
    let fout = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let id = id.clone();
        leptos::task::spawn_local(async move {
            if let Err(m) = crate::ui::gebied::laad(naam, &id, stap).await {
                fout.try_set(Some(m));
            }
        });
    });
    view! {
        // The area's wasm owns everything inside the placeholder; the shell never renders there.
        <div id=crate::ui::gebied::WORTEL_ID></div>
        <p class="wacht laden" role="status">"Het onderdeel wordt geladen…"</p>
        {move || fout.get().map(|m| view! { <p class="veldfout" role="alert">{m}</p> })}
    }
}
