use leptos::prelude::*;

use crate::dossier::Dossier;
use crate::ui::browser;
use crate::ui::pagina::{pagina, Gebied};
use crate::ui::route::{Route, Stap};
use crate::ui::state::app_state;
use crate::ui::widgets::{exportdatum, lokale_tijd, DossierActies, ExportHerinnering};

#[component]
pub fn DossierPagina(id: String, #[prop(into)] stap: Signal<Option<Stap>>) -> impl IntoView {
    let state = app_state();
    let pagina = pagina();
    let id = StoredValue::new(id);
    // The page is rebuilt only when the dossier appears, disappears or changes kind; every edit
    // inside it updates single fields, so typing never loses focus.
    let soort = Memo::new(move |_| state.met_dossier(&id.get_value(), |o| o.dossier.kind));
    let veld = move |f: fn(&Dossier) -> String| move || state.met_dossier(&id.get_value(), |o| f(&o.dossier));
    let niet_bewaard = Memo::new(move |_| state.niet_bewaard.with(|n| n.iter().any(|x| *x == id.get_value())));
    Effect::new(move |_| {
        let titel = state.met_dossier(&id.get_value(), |o| o.dossier.title.clone());
        browser::zet_titel(&format!("{} — Werkwaarde", titel.as_deref().unwrap_or("Dossier niet gevonden")));
    });

    move || match soort.get() {
        None => niet_gevonden().into_any(),
        Some(kind) => match pagina.gebied_voor(kind) {
            // A dossier that is only in this page's memory (storage full) cannot travel to another
            // page: it stays here, with the warning's export and retry, until it is saved.
            None if niet_bewaard.get() => view! {
                <h1 tabindex="-1">{veld(|d| d.title.clone())}</h1>
                <p>
                    "Dit dossier is nog niet bewaard, omdat de opslag van de browser vol is. Het staat "
                    "alleen in dit tabblad. Exporteer het, of maak ruimte en probeer opnieuw op te slaan; "
                    "daarna wordt het geopend."
                </p>
            }
            .into_any(),
            // Another area's dossier opens on that area's own page.
            None => {
                let route = match stap.get_untracked() {
                    Some(st) => Route::Stap(id.get_value(), st),
                    None => Route::Dossier(id.get_value()),
                };
                naar_elders(&pagina.href(kind, &route), "Het dossier wordt geopend…")
            }
            Some(gebied) => view! {
                <p class="kruimel"><a href=pagina.schil_href(&Route::Dossiers)>"Dossiers"</a> " › " {kind.naam()}</p>
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
                    <dt>"Laatst geëxporteerd"</dt>
                    <dd>{move || exportdatum(state.bewaren.van(&id.get_value()).geexporteerd)}</dd>
                </dl>
                <DossierActies id=id.get_value() na_verwijderen=Some(Route::Dossiers)/>
                <ExportHerinnering id=id.get_value()/>
                {(gebied.toon)(id.get_value(), stap)}
            }
            .into_any(),
        },
    }
}

/// `#/dossiers/<id>/rapport`: the print view of an area that has one, on that area's page.
#[component]
pub fn RapportRoute(id: String) -> impl IntoView {
    let state = app_state();
    let pagina = pagina();
    let soort = state.met_dossier(&id, |o| o.dossier.kind);
    match soort {
        Some(kind) => match pagina.gebied_voor(kind) {
            Some(Gebied { rapport: Some(rapport), .. }) => rapport(id),
            Some(_) => niet_gevonden().into_any(),
            None => naar_elders(&pagina.href(kind, &Route::Rapport(id)), "Het rapport wordt geopend…"),
        },
        // The rapport says itself that there is no such loonwaardedossier.
        None => match pagina.gebieden.iter().find_map(|g| g.rapport) {
            Some(rapport) => rapport(id),
            None => niet_gevonden().into_any(),
        },
    }
}

/// Dossier `a` beside dossier `b`, on the page of `a`'s area when it compares.
#[component]
pub fn VergelijkRoute(a: String, b: String) -> impl IntoView {
    let state = app_state();
    let pagina = pagina();
    let route = Route::Vergelijk(a.clone(), b.clone());
    match state.met_dossier(&a, |o| o.dossier.kind) {
        Some(kind) => match pagina.gebied_voor(kind) {
            Some(Gebied { vergelijk: Some(vergelijk), .. }) => vergelijk(a, b),
            Some(_) => niet_gevonden().into_any(),
            None => naar_elders(&pagina.href(kind, &route), "De vergelijking wordt geopend…"),
        },
        None => match pagina.gebieden.iter().find_map(|g| g.vergelijk) {
            Some(vergelijk) => vergelijk(a, b),
            None => niet_gevonden().into_any(),
        },
    }
}

/// Replaces this page with `url` (the page that shows what was asked for), saying so meanwhile.
pub fn naar_elders(url: &str, melding: &'static str) -> AnyView {
    browser::vervang_locatie(url);
    view! { <p class="wacht laden" role="status">{melding}</p> }.into_any()
}

fn niet_gevonden() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Dossier niet gevonden"</h1>
        <p>
            "Er is in deze browser geen dossier met dit adres. Het kan zijn verwijderd, of het "
            "staat in een andere browser: importeer dan het geëxporteerde bestand."
        </p>
        <p><a href=crate::ui::pagina::pagina().schil_href(&Route::Dossiers)>"Naar de dossiers"</a></p>
    }
}
