use leptos::prelude::*;

use super::browser;
use super::pages::{naar_elders, DossierPagina, NietGevonden, RapportRoute, VergelijkRoute};
use super::pagina::Pagina;
use super::route::Route;
use super::state::AppState;
use super::widgets::OpslagMelding;
use crate::dossier::DossierSoort;
use crate::APP_VERSION;

/// The whole app on one page: the shell and the areas this page's binary brings along.
#[component]
pub fn App(pagina: Pagina) -> impl IntoView {
    super::pagina::zet_pagina(pagina);
    provide_context(AppState::laad(pagina.controle));

    let (route, zet_route) = signal(Route::parse(&browser::hash()));
    // A step click inside a dossier changes only `stap`; the dossier's view and its model stay.
    let scherm = Memo::new(move |_| route.with(Route::scherm));
    let stap = Memo::new(move |_| route.with(Route::stap));
    let state = super::state::app_state();
    let luisteraar = window_event_listener(leptos::ev::hashchange, move |_| {
        // The next screen (a report, say) reads the dossier as it is now.
        state.bewaar_wachtend();
        zet_route.set(Route::parse(&browser::hash()));
        // After the new page is in the DOM, send focus to its heading for keyboard and screen
        // reader users, as a full page load would.
        request_animation_frame(browser::focus_op_kop);
    });
    on_cleanup(move || luisteraar.remove());

    // Work that storage refused is only in this page: leaving it (another area's page, a reload,
    // closing the tab) would lose it, so the browser asks first.
    let vertrek = window_event_listener(leptos::ev::beforeunload, move |ev| {
        state.bewaar_wachtend();
        if state.niet_bewaard.with_untracked(|n| !n.is_empty()) {
            ev.prevent_default();
            ev.set_return_value("Niet alles is bewaard.");
        }
    });
    let weg = window_event_listener(leptos::ev::pagehide, move |_| state.bewaar_wachtend());
    // A hidden tab may be discarded without a pagehide (phones do that): write before it is.
    let verborgen = window_event_listener(leptos::ev::visibilitychange, move |_| state.bewaar_wachtend());
    // Another tab saved, renamed or deleted a dossier: this page's copy follows, so a later save
    // here (a rename, a copy) does not write an old version over it.
    let andere_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(sleutel) = ev.key() {
            state.van_andere_tab(&sleutel, ev.new_value());
            state.bewaren.van_andere_tab(&sleutel);
        }
    });
    on_cleanup(move || {
        vertrek.remove();
        weg.remove();
        verborgen.remove();
        andere_tab.remove();
    });

    // A file dropped outside the import zone would make the browser open it and leave the app.
    let sleep_over = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let laat_los = window_event_listener(leptos::ev::drop, |ev| ev.prevent_default());
    on_cleanup(move || {
        sleep_over.remove();
        laat_los.remove();
    });

    let menu = [
        Route::Gebied(DossierSoort::Zelftoets),
        Route::Gebied(DossierSoort::Loonwaarde),
        Route::Gebied(DossierSoort::Examentraining),
        Route::Dossiers,
    ];

    view! {
        <header class="kop">
            <a class="merk" href=pagina.schil_href(&Route::Start)>"Werkwaarde"</a>
            <nav aria-label="Hoofdmenu">
                <ul>
                    {menu
                        .into_iter()
                        .map(|r| {
                            let naam = menu_naam(&r);
                            let href = pagina.schil_href(&r);
                            let huidig = move || {
                                (route.with(Route::in_menu).as_ref() == Some(&r)).then_some("page")
                            };
                            view! { <li><a href=href aria-current=huidig>{naam}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
        <OpslagMelding/>
        <main>
            {move || match (scherm.get(), pagina.schil) {
                (Route::Start, Some(schil)) => (schil.start)(),
                (Route::Gebied(soort), Some(schil)) => (schil.gebied)(soort),
                (Route::Dossiers, Some(schil)) => (schil.dossiers)(),
                // The shell's pages are on the start page.
                (r @ (Route::Start | Route::Gebied(_) | Route::Dossiers), None) => {
                    naar_elders(&pagina.schil_href(&r), "De pagina wordt geopend…")
                }
                (Route::Dossier(id) | Route::Stap(id, _), _) => view! { <DossierPagina id=id stap=stap/> }.into_any(),
                (Route::Rapport(id), _) => view! { <RapportRoute id=id/> }.into_any(),
                (Route::Vergelijk(a, b), _) => view! { <VergelijkRoute a=a b=b/> }.into_any(),
                (r @ Route::Keuzegids(_), _) => keuzegids_route(r),
                (Route::Onbekend(pad), _) => view! { <NietGevonden pad=pad/> }.into_any(),
            }}
        </main>
        <footer class="voet">
            <p>
                "Werkwaarde " {APP_VERSION}
                " · Alles wordt in deze browser berekend en bewaard; er wordt niets verzonden."
            </p>
        </footer>
    }
}

fn menu_naam(route: &Route) -> &'static str {
    match route {
        Route::Gebied(DossierSoort::Zelftoets) => "Zelftoets Keurmerk Arbeid",
        Route::Gebied(soort) => soort.naam(),
        _ => "Dossiers",
    }
}

/// The keuzegids is on the loonwaarde page; elsewhere it opens there.
fn keuzegids_route(route: Route) -> AnyView {
    let pagina = crate::ui::pagina::pagina();
    match (pagina.gebied_voor(DossierSoort::Loonwaarde).and_then(|g| g.keuzegids), &route) {
        (Some(toon), Route::Keuzegids(id)) => toon(id.clone()),
        _ => naar_elders(&pagina.href(DossierSoort::Loonwaarde, &route), "De keuzegids wordt geopend…"),
    }
}
