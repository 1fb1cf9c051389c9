use leptos::prelude::*;

use super::model::model;
use crate::domain::keurmerk::handleiding::HANDLEIDING;
use crate::domain::keurmerk::oordeel::{Oordeel, Uitslag};
use crate::domain::keurmerk::{Normuitkomst, Status};
use crate::ui::browser;
use crate::ui::route::{Route, Stap};
use crate::ui::widgets::UitlegBlok;

/// The verdict first, then per hoofdnorm what fails and what is still unknown, each linked to its
/// input.
#[component]
pub fn UitkomstStap() -> impl IntoView {
    let m = model();
    let u = m.uitkomst;
    let id = StoredValue::new(browser::hash());
    move || {
        u.with(|u| {
            let o = &u.oordeel;
            let klasse = oordeel_klasse(o);
            let groepen = [(0u8, Stap::Profiel), (1, Stap::Hoofdnorm1), (2, Stap::Diensten), (3, Stap::Tevredenheid)];
            view! {
                <div class=klasse role="status">
                    <p class="oordeel-kop" data-testid="oordeel">{o.kop.clone()}</p>
                    <ul>{o.redenen.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                    <UitlegBlok uitleg=o.uitleg.clone()/>
                </div>
                <p>
                    <a class="knop" href=rapport_link(&id.get_value())>"Zelftoets-rapport bekijken en afdrukken"</a>
                    {format!(" Met de verbeterlijst, de Diensten, de sterren, de deadlines en de checklist; getoetst aan de {}.", HANDLEIDING.naam)}
                </p>
                {groepen.into_iter().map(|(h, stap)| {
                    let niet: Vec<Normuitkomst> = u.uitkomsten.iter()
                        .filter(|n| n.hoofdnorm == h && n.status == Status::VoldoetNiet).cloned().collect();
                    let open: Vec<Normuitkomst> = u.uitkomsten.iter()
                        .filter(|n| n.hoofdnorm == h && n.status == Status::Onbekend).cloned().collect();
                    let t = u.telling(h);
                    let stap_href = stap_link(&id.get_value(), stap);
                    let open_href = stap_href.clone();
                    let naam = if h == 0 { "Voorwaarden voor het oordeel" } else { stap.naam() };
                    // The requirements of the profiel step only show once any is asked.
                    (h != 0 || t.voldoet + t.voldoet_niet + t.onbekend + t.nvt > 0).then(|| view! {
                        <section class="hoofdnorm" aria-label=naam>
                            <h3>{naam}</h3>
                            <p class="hint">{format!("{} voldoet, {} voldoet niet, {} nog onbekend, {} n.v.t.", t.voldoet, t.voldoet_niet, t.onbekend, t.nvt)}</p>
                            <ul class="normen">
                                {niet.into_iter().map(|n| norm_regel(n, stap_href.clone())).collect_view()}
                            </ul>
                            {(!open.is_empty()).then(|| view! {
                                <details class="open-items">
                                    <summary>{format!("{} nog onbekend — wat ontbreekt er?", open.len())}</summary>
                                    <ul class="normen">
                                        {open.into_iter().map(|n| norm_regel(n, open_href.clone())).collect_view()}
                                    </ul>
                                </details>
                            })}
                        </section>
                    })
                }).collect_view()}
            }
        })
    }
}

/// How a verdict is coloured, on the uitkomst step and in the rapport.
pub fn oordeel_klasse(o: &Oordeel) -> &'static str {
    match (&o.uitslag, o.voorlopig) {
        // A verlenging is neither a grant nor a refusal: shown like an open verdict.
        (Uitslag::Onvolledig | Uitslag::VerlengingMogelijk, _) | (_, true) => "oordeel voorlopig",
        (Uitslag::KanWordenToegekend | Uitslag::InOrde | Uitslag::Gecompenseerd { .. }, false) => "oordeel gunstig",
        _ => "oordeel ongunstig",
    }
}

fn rapport_link(hash: &str) -> String {
    match Route::parse(hash) {
        Route::Stap(id, _) | Route::Dossier(id) => Route::Rapport(id).href(),
        _ => "#/dossiers".to_string(),
    }
}

fn stap_link(hash: &str, stap: Stap) -> String {
    match Route::parse(hash) {
        Route::Stap(id, _) | Route::Dossier(id) => Route::Stap(id, stap).href(),
        _ => "#/dossiers".to_string(),
    }
}

fn norm_regel(n: Normuitkomst, stap_href: String) -> impl IntoView {
    let titel = n.titel();
    let status = n.status;
    let veld = n.veld;
    let href = stap_href.clone();
    view! {
        <li class=if status == Status::VoldoetNiet { "niet" } else { "onbekend" }>
            <strong>{titel}</strong>
            {if n.materieel { " (materieel)" } else { "" }}
            {format!(" — {}: {}", status.naam(), n.melding)}
            " "
            <a href=href on:click=move |_| {
                if let Some(v) = veld {
                    browser::focus_na_navigatie(format!("veld-{v}"));
                }
            }>"naar het veld"</a>
            <UitlegBlok uitleg=n.uitleg.clone()/>
        </li>
    }
}
