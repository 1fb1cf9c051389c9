//! The trainer's packs: export for trainees and for the trainer, read the group's answer files,
//! and the overview per trainee and per casus, printable and as CSV.

use leptos::prelude::*;

use super::super::bestand::{self, Bestandsknop};
use super::super::model::model;
use crate::domain::examen::groep::{Casusspreiding, Deelnemeruitslag, Groepsoordeel, Kortoordeel};
use crate::domain::getal::{euro, nl_kort};
use crate::dossier::antwoordbestand::{groep, groep_csv, lees_antwoordbestand};
use crate::dossier::casuspakket::Casuspakket;
use crate::ui::browser;
use crate::ui::widgets::UitlegBlok;

#[component]
pub fn Uitgegeven() -> impl IntoView {
    let m = model();
    let ids = Memo::new(move |_| m.data.with(|d| d.uitgegeven.iter().map(|p| p.id.clone()).collect::<Vec<_>>()));
    move || {
        let ids = ids.get();
        if ids.is_empty() {
            return view! { <p class="leeg">"Nog geen pakketten gemaakt of ingelezen."</p> }.into_any();
        }
        ids.into_iter().map(|id| view! { <Pakketblok id=id/> }).collect_view().into_any()
    }
}

#[component]
fn Pakketblok(id: String) -> impl IntoView {
    let m = model();
    let id = StoredValue::new(id);
    let pakket = Memo::new(move |_| m.data.with(|d| d.uitgegeven.iter().find(|p| p.id == id.get_value()).cloned()));
    let oordeel = Memo::new(move |_| {
        m.data.with(|d| {
            let p = d.uitgegeven.iter().find(|p| p.id == id.get_value())?;
            groep(p, &d.antwoorden, &d.uitgegeven)
        })
    });
    let berichten = RwSignal::new(Vec::<(bool, String)>::new());
    let fout = RwSignal::new(None::<String>);
    let exporteer = move |voor_trainer: bool| {
        let Some(p) = pakket.get_untracked() else { return };
        let bestand = if voor_trainer { p.clone() } else { p.voor_deelnemers() };
        fout.set(browser::download(&p.bestandsnaam(voor_trainer), "application/json", &bestand.naar_json()).err());
    };
    let bij_antwoord = Callback::new(move |(naam, tekst): (String, Result<String, String>)| {
        let r = tekst.and_then(|t| {
            let a = m.data.with_untracked(|d| lees_antwoordbestand(&t, &d.uitgegeven, &d.antwoorden))?;
            if a.pakket != id.get_value() {
                let titel =
                    m.data.with_untracked(|d| d.uitgegeven.iter().find(|p| p.id == a.pakket).map(|p| p.titel.clone()));
                return Err(format!(
                    "Dit antwoordbestand hoort bij het pakket ‘{}’; lees het daar in.",
                    titel.unwrap_or_default()
                ));
            }
            let deelnemer = a.deelnemer.clone();
            m.data.update(|d| d.antwoorden.push(a));
            Ok(format!("Het antwoordbestand van {deelnemer} is ingelezen."))
        });
        // Several files at once: each message names its file, also when it went well.
        berichten.update(|b| b.push(bestand::bericht(&naam, r.map(|t| format!("{naam}: {t}")))));
    });
    let csv = move |_| {
        let (Some(p), Some(g)) = (pakket.get_untracked(), oordeel.get_untracked()) else { return };
        let naam = p.bestandsnaam(false).replace("-deelnemers.json", "-uitslagen.csv");
        fout.set(browser::download(&naam, "text/csv;charset=utf-8", &format!("\u{feff}{}", groep_csv(&p, &g))).err());
    };
    let verwijder = move |deelnemer: String| {
        m.data.update(|d| d.antwoorden.retain(|a| !(a.pakket == id.get_value() && a.deelnemer == deelnemer)));
    };
    move || {
        let Some(p) = pakket.get() else { return ().into_any() };
        let titel = p.titel.clone();
        let kop_id = format!("pakket-{}", p.id);
        let kop =
            format!("{} ({} casussen, {} minuten per dag, {})", p.titel, p.casussen.len(), p.minuten, p.methode.naam());
        let knop_id = format!("antwoorden-{}", p.id);
        let kop_id2 = kop_id.clone();
        view! {
            <article class="pakket" aria-labelledby=kop_id.clone()>
                <h4 id=kop_id2>{kop}</h4>
                <div class="acties niet-printen">
                    <button type="button" on:click=move |_| exporteer(false)>{format!("Exporteren voor deelnemers (zonder Gouden Standaard): {titel}")}</button>
                    <button type="button" on:click=move |_| exporteer(true)>"Exporteren voor de trainer (met Gouden Standaard)"</button>
                    <Bestandsknop id=knop_id label="Antwoordbestanden inlezen (.json)" meerdere=true bij_bestand=bij_antwoord/>
                </div>
                {move || fout.get().map(|f| view! { <p class="veldfout" role="alert">{f}</p> })}
                <div class="berichten">
                    {move || berichten.get().into_iter().map(|(goed, t)| view! {
                        <p class=if goed { "gelukt" } else { "veldfout" } role=if goed { "status" } else { "alert" }>{t}</p>
                    }).collect_view()}
                </div>
                {move || oordeel.get().filter(|g| !g.deelnemers.is_empty()).map(|g| view! {
                    <Overzicht pakket=p.clone() g=g verwijder=Callback::new(verwijder)/>
                    <div class="acties niet-printen">
                        <button type="button" on:click=move |_| browser::print()>"Afdrukken"</button>
                        <button type="button" on:click=csv>"Uitslagen exporteren (CSV)"</button>
                    </div>
                })}
            </article>
        }
        .into_any()
    }
}

#[component]
fn Overzicht(pakket: Casuspakket, g: Groepsoordeel, verwijder: Callback<String>) -> impl IntoView {
    let kolommen = g
        .casussen
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <th scope="col" title=c.titel.clone()>{format!("Casus {}", i + 1)}</th> })
        .collect_view();
    let deelnemers = g.deelnemers.clone();
    view! {
        <h5>"Per deelnemer"</h5>
        <table class="rapport-tabel groep" data-testid="groep-deelnemers">
            <caption class="sr">{format!("Uitslag per deelnemer, {}", pakket.titel)}</caption>
            <thead><tr><th scope="col">"Deelnemer"</th>{kolommen}<th scope="col">"Binnen"</th><th scope="col">"Uitslag"</th><th scope="col" class="niet-printen"><span class="sr">"Verwijderen"</span></th></tr></thead>
            <tbody>{deelnemers.into_iter().map(|d| deelnemerrij(d, verwijder)).collect_view()}</tbody>
        </table>
        <h5>"Per casus"</h5>
        {g.casussen.into_iter().enumerate().map(|(i, c)| casusblok(i, c)).collect_view()}
    }
}

fn deelnemerrij(d: Deelnemeruitslag, verwijder: Callback<String>) -> impl IntoView {
    let klasse = match d.kort {
        Kortoordeel::Geslaagd => "geslaagd",
        Kortoordeel::Herexamen => "herexamen",
        _ => "gezakt",
    };
    let naam = d.deelnemer.clone();
    let cellen = d
        .oordelen
        .iter()
        .map(|o| {
            let tekst = o.antwoord.map_or_else(|| "geen antwoord".to_string(), euro);
            view! { <td class=if o.binnen { "binnen" } else { "buiten" }>{tekst}" "<span>{if o.binnen { "✓ binnen" } else { "✗ buiten" }}</span></td> }
        })
        .collect_view();
    let tijd = (!d.tijd_op.is_empty()).then(|| {
        format!(
            " (dag {} ingeleverd toen de tijd om was)",
            d.tijd_op.iter().map(ToString::to_string).collect::<Vec<_>>().join(" en ")
        )
    });
    view! {
        <tr class=klasse>
            <th scope="row">{d.deelnemer.clone()}{tijd}</th>
            {cellen}
            <td>{d.binnen}</td>
            <td><strong>{d.kort.naam()}</strong><br/><span class="hint">{d.kop.clone()}</span>{d.uitleg.clone().map(|u| view! { <UitlegBlok uitleg=u/> })}</td>
            <td class="niet-printen"><button type="button" class="gevaar" aria-label=format!("Antwoordbestand van {naam} verwijderen")
                on:click=move |_| verwijder.run(naam.clone())>"Verwijderen"</button></td>
        </tr>
    }
}

fn casusblok(i: usize, c: Casusspreiding) -> impl IntoView {
    let spreiding = match (c.laagste, c.mediaan, c.hoogste) {
        (Some(l), Some(m), Some(h)) => format!("laagste {}, mediaan {}, hoogste {}", euro(l), euro(m), euro(h)),
        _ => "niemand gaf een antwoord".to_string(),
    };
    let rijen = c
        .antwoorden
        .into_iter()
        .map(|a| {
            let verschil = if a.verschillen.is_empty() {
                a.meldingen.join(" ")
            } else {
                a.verschillen
                    .iter()
                    .take(3)
                    .map(|v| format!("{} ({} procentpunt)", v.tekst, nl_kort(v.procentpunt, 2)))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            view! {
                <tr>
                    <th scope="row">{a.deelnemer}</th>
                    <td>{a.band.antwoord.map_or_else(|| "geen antwoord".to_string(), euro)}</td>
                    <td>{a.band.afwijking.map_or_else(|| "–".to_string(), |x| format!("{}%", nl_kort(x, 2)))}</td>
                    <td>{if a.band.binnen { "binnen" } else { "buiten" }}</td>
                    <td>{verschil}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="casusgroep" open>
            <summary>{format!(
                "Casus {}: {} — Gouden Standaard {}; {} binnen de bandbreedte; {spreiding}",
                i + 1, c.titel, euro(c.goud), c.binnen
            )}</summary>
            <table class="rapport-tabel">
                <caption class="sr">{format!("Antwoorden casus {}", i + 1)}</caption>
                <thead><tr><th scope="col">"Deelnemer"</th><th scope="col">"Pi5"</th><th scope="col">"Afwijking"</th><th scope="col">"Oordeel"</th><th scope="col">"Wat het verschil maakte"</th></tr></thead>
                <tbody>{rijen}</tbody>
            </table>
        </details>
    }
}
