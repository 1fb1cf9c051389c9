use leptos::prelude::*;

use super::grafiek::{Punt, ResultatenGrafiek};
use super::model::model;
use crate::dossier::examentraining::Soort;
use crate::dossier::examenuitslag::oordeel;
use crate::ui::route::{Route, Stap};

/// A stored date (`2026-12-01`) as a Dutch reader writes it (1 december 2026); anything else as is.
fn datum_nl(iso: &str) -> String {
    crate::domain::lezen::lees_datum(iso).map_or_else(|_| iso.to_string(), crate::domain::datum::lange_datum)
}

/// Every finished exam and herexamen in this dossier, with a chart over time. Kept locally in the
/// dossier, so it travels with an export.
#[component]
pub fn ResultatenDeel() -> impl IntoView {
    let m = model();
    let rijen = move || {
        m.data.with(|d| {
            d.examens
                .iter()
                .filter(|z| z.domein().klaar())
                .map(|z| {
                    let o = oordeel(d, z);
                    let klasse = match (o.geslaagd, o.uitslag) {
                        (Some(true), _) => "geslaagd",
                        (_, Some(crate::domain::examen::uitslag::Uitslag::NietGeslaagdHerexamen { .. })) => "herexamen",
                        _ => "gezakt",
                    };
                    (z.clone(), o, klasse)
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let lijst = rijen();
        if lijst.is_empty() {
            let href = crate::ui::browser::hash();
            let naar_examen = match Route::parse(&href) {
                Route::Stap(id, _) => Route::Stap(id, Stap::Examen).href(),
                _ => "#/dossiers".into(),
            };
            return view! {
                <p class="leeg">"Nog geen afgeronde examens in dit dossier. "<a href=naar_examen>"Start een examen"</a>"."</p>
            }
            .into_any();
        }
        let punten: Vec<Punt> = lijst
            .iter()
            .map(|(z, o, klasse)| Punt {
                label: datum_kort(&z.datum),
                binnen: o.binnen as u32,
                totaal: z.casussen.len() as u32,
                klasse,
            })
            .collect();
        view! {
            <ResultatenGrafiek punten=punten/>
            <table class="dossiers">
                <caption class="sr">"Uitslagen"</caption>
                <thead><tr><th scope="col">"Datum"</th><th scope="col">"Soort"</th><th scope="col">"Binnen de bandbreedte"</th><th scope="col">"Uitslag"</th></tr></thead>
                <tbody>
                    {lijst.into_iter().map(|(z, o, _)| view! {
                        <tr>
                            <td>{datum_nl(&z.datum)}</td>
                            <td>{match z.soort { Soort::Examen => "Examen", Soort::Herexamen => "Herexamen" }}</td>
                            <td>{format!("{} van {}", o.binnen, z.casussen.len())}</td>
                            <td>{o.kop.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    }
}

/// `2026-11-22` → `22-11`.
fn datum_kort(iso: &str) -> String {
    match (iso.get(8..10), iso.get(5..7)) {
        (Some(d), Some(m)) => format!("{d}-{m}"),
        _ => iso.to_string(),
    }
}
