//! The trainer's side of the examentraining: write casussen (or start from a shipped one), put six
//! or three in a pack, export it for the trainees without the Gouden Standaard and for the trainer
//! with it, and grade the answer files of the group.

mod editor;
mod nakijken;

use leptos::prelude::*;

use super::bestand::{self, Bestandsbericht, Bestandsknop};
use super::casussen;
use super::model::model;
use crate::domain::examen::casus::Casus;
use crate::domain::examen::zitting::{MAX_MINUTEN, MIN_MINUTEN, STANDAARD_MINUTEN};
use crate::domain::loonwaarde::Methode;
use crate::dossier::casusontwerp::Casusontwerp;
use crate::dossier::casuspakket::{lees_pakket, Casuspakket, Pakketgegevens};
use crate::dossier::examentraining::lees_minuten;
use crate::ui::browser;
use crate::ui::widgets::Veld;

#[component]
pub fn TrainerDeel() -> impl IntoView {
    view! {
        <p class="hint niet-printen">
            "Voor een trainer die een groep voorbereidt op het examen Loonwaardedeskundige: schrijf eigen casussen, "
            "stel een pakket samen van zes casussen (examen) of drie (herexamen), geef de deelnemers de versie zonder "
            "Gouden Standaard en lees hun antwoordbestanden hier weer in."
        </p>
        <section class="niet-printen" aria-labelledby="eigen-kop">
            <h3 id="eigen-kop">"Eigen casussen"</h3>
            <editor::EigenCasussen/>
        </section>
        <section class="niet-printen" aria-labelledby="samenstellen-kop">
            <h3 id="samenstellen-kop">"Pakket samenstellen"</h3>
            <Samenstellen/>
        </section>
        <section aria-labelledby="uitgegeven-kop">
            <h3 id="uitgegeven-kop">"Uitgegeven pakketten en nakijken"</h3>
            <nakijken::Uitgegeven/>
        </section>
    }
}

/// A random hexadecimal text of `n` × 8 digits, for a pack's id and key.
fn willekeurig(n: usize) -> String {
    (0..n).map(|_| format!("{:08x}", browser::toeval())).collect()
}

#[component]
fn Samenstellen() -> impl IntoView {
    let m = model();
    let index = LocalResource::new(casussen::index);
    let titel = RwSignal::new(String::new());
    let minuten = RwSignal::new(String::new());
    let methode = RwSignal::new(Methode::Stappenplan);
    let gekozen = RwSignal::new(Vec::<String>::new());
    let bericht = RwSignal::new(None::<(bool, String)>);
    let bezig = RwSignal::new(false);
    let minuten_fout = Signal::derive(move || minuten.with(|t| lees_minuten(t).err()));
    let wissel = move |id: String, aan: bool| {
        gekozen.update(|g| {
            g.retain(|x| *x != id);
            if aan {
                g.push(id);
            }
        })
    };
    let maak = move |_| {
        let Ok(min) = minuten.with_untracked(|t| lees_minuten(t)) else { return };
        bezig.set(true);
        leptos::task::spawn_local(async move {
            let ids = gekozen.get_untracked();
            let mut casussen_ = Vec::new();
            let mut fouten = Vec::new();
            for id in &ids {
                let eigen = m.data.with_untracked(|d| d.eigen_casussen.iter().find(|o| o.id == *id).cloned());
                let c: Result<Casus, Vec<String>> = match eigen {
                    Some(o) => o.naar_casus(),
                    None => casussen::casus(id).await.map_err(|f| vec![f]),
                };
                match c {
                    Ok(c) => casussen_.push(c),
                    Err(f) => fouten.push(format!("{id}: {}", f.join(" "))),
                }
            }
            let uitkomst = if fouten.is_empty() {
                Casuspakket::nieuw(
                    Pakketgegevens {
                        id: format!("pk-{}", willekeurig(2)),
                        titel: titel.get_untracked(),
                        gemaakt: browser::vandaag().format("%Y-%m-%d").to_string(),
                        methode: methode.get_untracked(),
                        minuten: min,
                        sleutel: willekeurig(4),
                    },
                    casussen_,
                )
            } else {
                Err(fouten)
            };
            match uitkomst {
                Ok(p) => {
                    let t = p.titel.clone();
                    m.data.try_update(|d| d.uitgegeven.push(p));
                    gekozen.try_set(Vec::new());
                    bericht.try_set(Some((true, format!("Het pakket ‘{t}’ is gemaakt; exporteer het hieronder."))));
                }
                Err(f) => {
                    bericht.try_set(Some((false, f.join(" "))));
                }
            }
            bezig.try_set(false);
        });
    };
    let eigen = move || {
        m.data.with(|d| {
            d.eigen_casussen.iter().map(|o| (o.id.clone(), o.titel.clone(), o.naar_casus().is_ok())).collect::<Vec<_>>()
        })
    };
    let vink = move |id: String, label: String, bruikbaar: bool| {
        let id2 = id.clone();
        view! {
            <label class="keuze">
                <input type="checkbox" disabled=!bruikbaar
                    prop:checked=move || gekozen.with(|g| g.contains(&id2))
                    on:change=move |ev| wissel(id.clone(), event_target_checked(&ev))/>
                {label}
            </label>
        }
    };
    let bij_trainerspakket = Callback::new(move |(naam, tekst): (String, Result<String, String>)| {
        let r = tekst.and_then(|t| lees_pakket(&t)).and_then(|p| {
            if !p.met_goud() {
                return Err(
                    "Dit is de versie voor deelnemers, zonder Gouden Standaard: daarmee kunt u niet nakijken.".into()
                );
            }
            if m.data.with_untracked(|d| d.uitgegeven.iter().any(|q| q.id == p.id)) {
                return Err(format!("Het pakket ‘{}’ staat al bij de uitgegeven pakketten.", p.titel));
            }
            let t = p.titel.clone();
            m.data.update(|d| d.uitgegeven.push(p));
            Ok(format!("Het trainerspakket ‘{t}’ is ingelezen."))
        });
        bericht.set(Some(bestand::bericht(&naam, r)));
    });
    view! {
        <div class="formulier rij">
            <Veld id="pk-titel".into() label="Titel van het pakket" waarde=titel zet=Callback::new(move |v| titel.set(v))/>
            <Veld id="pk-minuten".into() label=format!("Minuten per examendag (standaard {STANDAARD_MINUTEN}; {MIN_MINUTEN} tot {MAX_MINUTEN})")
                waarde=minuten zet=Callback::new(move |v| minuten.set(v)) fout=minuten_fout/>
        </div>
        <fieldset class="methode">
            <legend>"Beoordeeld volgens"</legend>
            {[Methode::Stappenplan, Methode::Ulw].into_iter().map(|me| view! {
                <label class="keuze">
                    <input type="radio" name="pakketmethode" prop:checked=move || methode.get() == me on:change=move |_| methode.set(me)/>
                    {me.naam()}
                </label>
            }).collect_view()}
        </fieldset>
        <fieldset class="casuskeuze">
            <legend>{move || format!("Casussen ({} gekozen; 6 voor een examen, 3 voor een herexamen)", gekozen.with(Vec::len))}</legend>
            {move || {
                let lijst = eigen();
                (!lijst.is_empty()).then(|| view! {
                    <p class="hint">"Eigen casussen (alleen casussen die kloppen kunnen mee):"</p>
                    {lijst.into_iter().map(|(id, t, ok)| vink(id, format!("{t} (eigen casus)"), ok)).collect_view()}
                })
            }}
            <Suspense fallback=|| view! { <p class="wacht" role="status">"De casussen worden geladen…"</p> }>
                {move || index.get().map(|r| match r {
                    Err(f) => view! { <p class="veldfout" role="alert">{f}</p> }.into_any(),
                    Ok(lijst) => lijst.into_iter().map(|c| vink(c.id.clone(), format!("{} ({}, {})", c.titel, c.sector, c.niveau.naam()), true)).collect_view().into_any(),
                })}
            </Suspense>
        </fieldset>
        <div class="acties">
            <button type="submit" disabled=move || bezig.get() || minuten_fout.get().is_some() on:click=maak>"Pakket maken"</button>
            <Bestandsknop id="trainerspakket-bestand" label="Trainerspakket importeren (.json)" bij_bestand=bij_trainerspakket/>
        </div>
        <Bestandsbericht bericht=bericht/>
    }
}

/// The next free id of an own casus.
pub(super) fn nieuw_ontwerp_id(eigen: &[Casusontwerp]) -> String {
    let n = (1..).find(|n| !eigen.iter().any(|o| o.id == format!("eigen-{n}"))).unwrap_or(1);
    format!("eigen-{n}")
}
