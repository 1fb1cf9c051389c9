use crate::domain::keurmerk::ZelftoetsVeld;
use leptos::prelude::*;

use super::model::model;
use super::rapport::stap_van;
use super::veld::InvoerVeld;
use crate::domain::keurmerk::vrijstelling::{regeling, Oordeel, Regeling, VOORWAARDEN};
use crate::dossier::invoer::Invoerdef;
use crate::dossier::planner::vrijstelling_velden;
use crate::ui::browser;
use crate::ui::route::{Route, Stap};
use crate::ui::widgets::UitlegBlok;

/// §5.1.1: would the provider be exempt from the resultatenaudit this year? Only the questions
/// of the regeling that applies to the cyclusjaar are shown.
#[component]
pub fn VrijstellingStap() -> impl IntoView {
    let m = model();
    let u = m.uitkomst;
    let velden = vrijstelling_velden();
    let (algemeen, rest): (Vec<Invoerdef>, Vec<Invoerdef>) =
        velden.into_iter().partition(|d| d.veld == crate::domain::keurmerk::vrijstelling::VELD_CYCLUSJAAR);
    let rest = StoredValue::new(rest);
    // A memo: the questions are rebuilt only when the regeling changes, never while answering.
    let huidige = Memo::new(move |_| u.with(|u| u.vrijstelling.regeling));
    let vragen = move |r: Regeling| {
        rest.with_value(|rest| {
            rest.iter()
                .filter(|d| match VOORWAARDEN.iter().find(|v| v.veld() == d.veld) {
                    Some(v) => v.regeling == r,
                    // The tevredenheid fields belong to the year-6 regeling.
                    None => r == Regeling::Tweejaarlijks,
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let uitslag = move || {
        u.with(|u| {
            let v = &u.vrijstelling;
            let klasse = match v.oordeel {
                Oordeel::KomtInAanmerking => "oordeel gunstig",
                Oordeel::KomtNietInAanmerking => "oordeel ongunstig",
                Oordeel::NogOnbekend | Oordeel::NietMogelijk => "oordeel voorlopig",
            };
            let lijst = |items: &Vec<(String, ZelftoetsVeld)>| {
                items
                    .iter()
                    .map(|(vraag, veld)| {
                        let doel = format!("veld-{veld}");
                        // A condition of another step (the compensatie, §6.2.1) links to that step.
                        let stap = stap_van(*veld);
                        let href = match Route::parse(&browser::hash()) {
                            Route::Stap(id, _) | Route::Dossier(id) if stap != Stap::Vrijstelling => {
                                Route::Stap(id, stap).href()
                            }
                            _ => browser::hash(),
                        };
                        let hier = stap == Stap::Vrijstelling;
                        view! {
                            <li>{vraag.clone()}" "
                                <a href=href on:click=move |ev| {
                                    if hier { ev.prevent_default(); }
                                    browser::focus_na_navigatie(doel.clone());
                                }>{if hier { "naar de vraag" } else { "naar het veld" }}</a>
                            </li>
                        }
                    })
                    .collect_view()
            };
            view! {
                <div class=klasse role="status">
                    <p class="oordeel-kop" data-testid="vrijstelling">{v.samenvatting.clone()}</p>
                    {(!v.niet_voldaan.is_empty()).then(|| view! {
                        <p>"Hieraan voldoet u niet:"</p><ul>{lijst(&v.niet_voldaan)}</ul>
                    })}
                    {(!v.open.is_empty()).then(|| view! {
                        <details><summary>{if v.open.len() == 1 { "1 vraag nog open".to_string() } else { format!("{} vragen nog open", v.open.len()) }}</summary><ul>{lijst(&v.open)}</ul></details>
                    })}
                    {v.tevredenheid.clone().map(|t| view! { <UitlegBlok uitleg=t titel="Klanttevredenheid: hoe berekend?"/> })}
                    <p class="bron">"Bron: §5.1.1, vrijstelling van de resultatenaudit"</p>
                </div>
            }
        })
    };
    view! {
        <p class="hint">
            "Een keurmerkhouder kan vrijstelling krijgen van de resultatenaudit: in cyclusjaar 4, en vanaf "
            "cyclusjaar 6 eens per twee jaar. Blik op Werk beoordeelt dat zelf in de laatste maand van de "
            "meetperiode; met deze vragen ziet u vooraf of u zou voldoen en wat er nog ontbreekt."
        </p>
        <div class="formulier rij">
            {algemeen.into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
        </div>
        {uitslag}
        {move || {
            match huidige.get() {
                Some(r) => view! {
                    <fieldset class="dienst">
                        <legend>{r.naam()}</legend>
                        <div class="formulier raster">
                            {vragen(r).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
                        </div>
                    </fieldset>
                }.into_any(),
                None => {
                    let later = [Regeling::CyclusjaarVier, Regeling::Tweejaarlijks]
                        .map(|r| format!("{}: {} voorwaarden", r.naam(), VOORWAARDEN.iter().filter(|v| v.regeling == r).count()));
                    view! {
                        <p class="hint">{format!("Bekijk de voorwaarden alvast: {}. Vul hierboven cyclusjaar 4 of 6 in.", later.join("; "))}</p>
                    }.into_any()
                }
            }
        }}
        <p class="hint">{format!("Welke regeling bij welk jaar: cyclusjaar 4 → {}; 5 → geen; 6 en later → {}.",
            regeling(4).map_or("", |r| r.naam()), regeling(6).map_or("", |r| r.naam()))}</p>
    }
}
