//! A trainee's side of a casus pack: import the trainer's pack, sit it as an exam (two days, the
//! timer, as the app's own exam), and export the answer file for the trainer.

use leptos::prelude::*;

use super::bestand::{self, Bestandsbericht, Bestandsknop};
use super::model::model;
use crate::dossier::casuspakket::lees_pakket;
use crate::dossier::examentraining::pakketzitting;
use crate::ui::browser;
use crate::ui::route::{Route, Stap};
use crate::ui::widgets::Veld;

#[component]
pub fn PakketDeel(dossier: String) -> impl IntoView {
    let m = model();
    let bericht = RwSignal::new(None::<(bool, String)>);
    let bij_bestand = Callback::new(move |(naam, tekst): (String, Result<String, String>)| {
        let uitkomst = tekst.and_then(|t| lees_pakket(&t)).and_then(|p| {
            if p.met_goud() {
                return Err("Dit is de trainersversie, met de Gouden Standaard. Vraag de trainer om de versie voor \
                            deelnemers, of lees dit pakket in onder Trainer."
                    .to_string());
            }
            if m.data.with_untracked(|d| d.pakketten.iter().any(|q| q.id == p.id)) {
                return Err(format!("Het pakket ‘{}’ staat al in deze examentraining.", p.titel));
            }
            let titel = p.titel.clone();
            m.data.update(|d| d.pakketten.push(p));
            Ok(format!("Het pakket ‘{titel}’ is geïmporteerd."))
        });
        bericht.set(Some(bestand::bericht(&naam, uitkomst)));
    });
    let naam_fout = Signal::derive(move || {
        m.data.with(|d| d.deelnemer.trim().is_empty().then(|| "Vul uw naam in voordat u een pakket maakt.".to_string()))
    });
    let dossier = StoredValue::new(dossier);
    view! {
        <p class="hint">
            "Een trainer geeft u een casuspakket: de casussen van een oefenexamen, zonder de Gouden Standaard. "
            "U maakt het als examen (met de tijd per dag die de trainer koos) en exporteert daarna een "
            "antwoordbestand. Dat leest de trainer in en kijkt het na; na het inleveren kunnen de antwoorden niet meer "
            "veranderen zonder dat de trainer het ziet."
        </p>
        <div class="acties">
            <Bestandsknop id="pakket-bestand" label="Casuspakket importeren (.json)" bij_bestand=bij_bestand/>
        </div>
        <Bestandsbericht bericht=bericht/>
        <div class="formulier rij">
            <Veld id="pakket-deelnemer".into() label="Uw naam (gaat mee naar de trainer)"
                waarde=Signal::derive(move || m.data.with(|d| d.deelnemer.clone()))
                zet=Callback::new(move |v| m.data.update(|d| d.deelnemer = v))
                fout=naam_fout/>
        </div>
        {move || {
            let pakketten = m.data.with(|d| d.pakketten.clone());
            if pakketten.is_empty() {
                return view! { <p class="leeg">"Nog geen casuspakket geïmporteerd."</p> }.into_any();
            }
            view! {
                <table class="dossiers">
                    <caption class="sr">"Geïmporteerde casuspakketten"</caption>
                    <thead><tr>
                        <th scope="col">"Pakket"</th><th scope="col">"Soort"</th><th scope="col">"Minuten per dag"</th>
                        <th scope="col">"Stand"</th><th scope="col"><span class="sr">"Actie"</span></th>
                    </tr></thead>
                    <tbody>
                        {pakketten.into_iter().map(|p| view! { <Pakketrij pakket_id=p.id.clone() dossier=dossier.get_value()/> }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}

/// One pack: start its exam, go on with it, or export the answer file.
#[component]
fn Pakketrij(pakket_id: String, dossier: String) -> impl IntoView {
    let m = model();
    let pid = StoredValue::new(pakket_id);
    let fout = RwSignal::new(None::<String>);
    let pakket = move || m.data.with(|d| d.pakketten.iter().find(|p| p.id == pid.get_value()).cloned());
    // The latest sitting of this pack.
    let zitting = move || {
        m.data.with(|d| {
            d.examens.iter().rev().find(|z| z.pakket.as_ref().is_some_and(|b| b.id == pid.get_value())).cloned()
        })
    };
    let naar_examen = StoredValue::new(Route::Stap(dossier, Stap::Examen).href());
    let start = move |_| {
        let Some(p) = pakket() else { return };
        let datum = browser::vandaag().format("%Y-%m-%d").to_string();
        let mut gestart = false;
        m.data.update(|d| {
            if d.examens.iter().any(|z| !z.domein().klaar()) {
                fout.set(Some("Er loopt al een examen in deze examentraining; maak dat eerst af.".into()));
                return;
            }
            match pakketzitting(d.volgend_zitting_id(), datum, &p, &d.deelnemer) {
                Ok(z) => {
                    d.examens.push(z);
                    gestart = true;
                }
                Err(f) => fout.set(Some(f)),
            }
        });
        if gestart {
            fout.set(None);
            browser::ga_naar(&naar_examen.get_value());
        }
    };
    let exporteer = move |_| {
        let Some(z) = zitting() else { return };
        let r =
            z.antwoordbestand().and_then(|a| browser::download(&a.bestandsnaam(), "application/json", &a.naar_json()));
        fout.set(r.err());
    };
    move || {
        let Some(p) = pakket() else { return ().into_any() };
        let z = zitting();
        let klaar = z.as_ref().is_some_and(|z| z.zegel.is_some());
        let stand = match &z {
            None => "nog niet gemaakt".to_string(),
            Some(z) if z.zegel.is_some() => {
                format!("ingeleverd door {}", z.pakket.as_ref().map_or("", |b| b.deelnemer.as_str()))
            }
            Some(_) => "bezig".to_string(),
        };
        let soort = match p.soort() {
            Some(s) => {
                format!("{} ({} casussen)", if s.dagen() == 2 { "examen" } else { "herexamen" }, p.casussen.len())
            }
            None => format!("{} casussen", p.casussen.len()),
        };
        let titel = p.titel.clone();
        view! {
            <tr>
                <th scope="row">{p.titel.clone()}</th>
                <td>{soort}</td>
                <td>{p.minuten}</td>
                <td>{stand}</td>
                <td>
                    {match (&z, klaar) {
                        (None, _) => view! {
                            <button type="button" on:click=start>{format!("Examen starten: {titel}")}</button>
                        }.into_any(),
                        (Some(_), false) => view! { <a href=naar_examen.get_value()>"Verder met het examen"</a> }.into_any(),
                        (Some(_), true) => view! {
                            <button type="button" on:click=exporteer>{format!("Antwoordbestand exporteren: {titel}")}</button>
                        }.into_any(),
                    }}
                    {move || fout.get().map(|f| view! { <p class="veldfout" role="alert">{f}</p> })}
                </td>
            </tr>
        }.into_any()
    }
}
