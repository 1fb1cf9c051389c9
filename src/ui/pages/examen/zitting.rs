use leptos::prelude::*;

use super::casussen;
use super::model::model;
use super::verhaal::CasusVerhaal;
use crate::domain::examen::band::Bandoordeel;
use crate::domain::examen::casus::trek_zonder_herhaling;
use crate::domain::examen::uitslag::{EXAMEN_CASUSSEN, HEREXAMEN_CASUSSEN};
use crate::domain::examen::zitting::{dag_van, CASUSSEN_PER_DAG, MAX_MINUTEN, MIN_MINUTEN, STANDAARD_MINUTEN};
use crate::domain::getal::{euro, nl_kort};
use crate::domain::loonwaarde::Methode;
use crate::dossier::examentraining::{lees_antwoord, lees_minuten, nieuwe_zitting, ExamentrainingData, Soort, Zitting};
use crate::dossier::examenuitslag::{herexamen_mogelijk, oordeel, Zittingsoordeel};
use crate::dossier::loonwaarde::LoonwaardeData;
use crate::ui::browser;
use crate::ui::pages::loonwaarde::{Rekenblad, Rekenmodel};
use crate::ui::widgets::{UitlegBlok, Veld};

/// Examenmodus: six casussen over two days of three, each day a sitting with its own timer; no
/// feedback until a day is handed in.
#[component]
pub fn ExamenDeel() -> impl IntoView {
    let m = model();
    // Memos: the sitting is rebuilt only when another one starts or ends, never while typing.
    let lopend =
        Memo::new(move |_| m.data.with(|d| d.examens.iter().rev().find(|z| !z.domein().klaar()).map(|z| z.id)));
    let laatste =
        Memo::new(move |_| m.data.with(|d| d.examens.iter().rev().find(|z| z.domein().klaar()).map(|z| z.id)));
    view! {
        <p class="hint">
            "Het examen Loonwaardedeskundige bestaat uit zes casussen, verdeeld over twee examendagen van drie. "
            "U werkt ze uit zoals op het echte examen: met de hand, zonder tussentijdse uitkomsten. Per casus "
            "vult u uw Pi5 in (loonwaarde in euro per uur). Na het inleveren van een dag ziet u de beoordeling: "
            "binnen ±10% van de Gouden Standaard is goed."
        </p>
        {move || match lopend.get() {
            Some(id) => view! { <Sitting id=id/> }.into_any(),
            None => view! { <Starten/> }.into_any(),
        }}
        {move || laatste.get().map(|id| view! {
            <h3>"Laatste uitslag"</h3>
            <Uitslagblok id=id/>
        })}
    }
}

#[component]
fn Starten() -> impl IntoView {
    let m = model();
    let bezig = RwSignal::new(false);
    let fout = RwSignal::new(None::<String>);
    let minuten_fout = Signal::derive(move || m.data.with(|d| lees_minuten(&d.minuten).err()));
    let herexamen_na = move || m.data.with(|d| herexamen_mogelijk(d).map(|(z, _)| z.id));
    let start = move |soort: Soort| {
        let Ok(minuten) = m.data.with(|d| lees_minuten(&d.minuten)) else { return };
        bezig.set(true);
        leptos::task::spawn_local(async move {
            let resultaat = async {
                let index = casussen::index().await?;
                let alle: Vec<String> = index.iter().map(|c| c.id.clone()).collect();
                let eerdere = m.data.with_untracked(ExamentrainingData::getrokken);
                let (n, vorige, vermijd) = match soort {
                    Soort::Examen => (EXAMEN_CASUSSEN, None, Vec::new()),
                    Soort::Herexamen => {
                        let na = m.data.with_untracked(|d| herexamen_mogelijk(d).map(|(z, _)| z.clone()));
                        let Some(z) = na else {
                            return Err("Er is geen examen waarvoor een herexamen openstaat.".to_string());
                        };
                        (HEREXAMEN_CASUSSEN, Some(z.id), z.casussen.iter().map(|c| c.id.clone()).collect())
                    }
                };
                let mut gekozen = Vec::new();
                for id in trek_zonder_herhaling(&alle, &eerdere, &vermijd, n, browser::toeval()) {
                    gekozen.push(casussen::casus(&id).await?);
                }
                Ok((gekozen, vorige))
            }
            .await;
            match resultaat {
                Ok((gekozen, vorige)) => {
                    let datum = browser::vandaag().format("%Y-%m-%d").to_string();
                    m.data.try_update(|d| {
                        let z = nieuwe_zitting(
                            d.volgend_zitting_id(),
                            soort,
                            vorige,
                            datum,
                            d.examenmethode,
                            &gekozen,
                            minuten,
                        );
                        d.examens.push(z);
                    });
                    fout.try_set(None);
                }
                Err(f) => {
                    fout.try_set(Some(f));
                }
            }
            bezig.try_set(false);
        });
    };
    let methode = move || m.data.with(|d| d.examenmethode);
    view! {
        <h3>"Nieuw examen"</h3>
        <div class="formulier rij">
            <Veld
                id="ex-minuten".into()
                label=format!("Minuten per examendag (standaard {STANDAARD_MINUTEN})")
                waarde=Signal::derive(move || m.data.with(|d| d.minuten.clone()))
                zet=Callback::new(move |v| m.data.update(|d| d.minuten = v))
                fout=minuten_fout
            />
        </div>
        <p class="hint">{format!(
            "Standaard {STANDAARD_MINUTEN} minuten per dag: drie casussen van ongeveer een uur (lezen, analyseren, rekenen). \
             De Loonwaardegids noemt geen examenduur; dit is een aanname van Werkwaarde. U kunt {MIN_MINUTEN} tot {MAX_MINUTEN} minuten instellen."
        )}</p>
        <fieldset class="methode">
            <legend>"Beoordeeld volgens"</legend>
            {[Methode::Stappenplan, Methode::Ulw].into_iter().map(|me| view! {
                <label class="keuze">
                    <input type="radio" name="examenmethode" prop:checked=move || methode() == me
                        on:change=move |_| m.data.update(|d| d.examenmethode = me)/>
                    {me.naam()}
                </label>
            }).collect_view()}
        </fieldset>
        <div class="acties">
            <button type="submit" disabled=move || bezig.get() || minuten_fout.get().is_some() on:click=move |_| start(Soort::Examen)>
                "Examen starten (6 casussen)"
            </button>
            {move || herexamen_na().map(|_| view! {
                <button type="button" disabled=move || bezig.get() on:click=move |_| start(Soort::Herexamen)>
                    "Herexamen starten (3 casussen)"
                </button>
            })}
        </div>
        {move || fout.get().map(|f| view! { <p class="veldfout" role="alert">{f}</p> })}
    }
}

/// A running exam or herexamen.
#[component]
fn Sitting(id: u64) -> impl IntoView {
    let m = model();
    let nu = RwSignal::new(browser::millis());
    let zitting = move || m.data.with(|d| d.examens.iter().find(|z| z.id == id).cloned());
    // Hands in a day whose time ran out, also when that happened while the page was closed. The
    // interval can fire once more while this view is being removed: every access is a `try_`.
    let verloop = move || {
        let t = browser::millis();
        if nu.try_set(t).is_some() {
            return;
        }
        let verlopen =
            m.data.try_with_untracked(|d| d.examens.iter().find(|z| z.id == id).is_some_and(|z| z.domein().verloop(t)));
        if verlopen == Some(true) {
            m.data.try_update(|d| {
                if let Some(z) = d.examens.iter_mut().find(|z| z.id == id) {
                    z.wijzig(|z| z.verloop(t));
                }
            });
        }
    };
    verloop();
    if let Ok(h) = set_interval_with_handle(verloop, std::time::Duration::from_millis(1000)) {
        on_cleanup(move || h.clear());
    }
    // Only what decides the layout is tracked here: which day, and whether it has begun.
    let stand = Memo::new(move |_| {
        zitting().and_then(|z| {
            let dag = z.domein().huidige_dag()?;
            let gestart = z.dagen.get(dag).and_then(|d| d.gestart).is_some();
            let minuten = z.dagen.get(dag).map_or(STANDAARD_MINUTEN, |d| d.minuten);
            let titel = match (&z.pakket, z.soort) {
                (Some(p), _) => format!("Casuspakket ‘{}’ — dag {} van {}", p.titel, dag + 1, z.dagen.len()),
                (None, Soort::Examen) => format!("Examen {} — dag {} van {}", z.id, dag + 1, z.dagen.len()),
                (None, Soort::Herexamen) => format!("Herexamen {}", z.id),
            };
            Some((dag, gestart, minuten, titel))
        })
    });
    let eerdere_dagen = move || m.data.with(|d| d.examens.iter().find(|z| z.id == id).map(|z| ingeleverde_dagen(d, z)));
    move || {
        let Some((dag, gestart, minuten, titel)) = stand.get() else { return ().into_any() };
        view! {
            <h3>{titel}</h3>
            {eerdere_dagen}
            {if gestart {
                view! { <Dagwerk id=id dag=dag nu=nu/> }.into_any()
            } else {
                view! {
                    <p>{format!("Deze dag heeft drie casussen en duurt {minuten} minuten. De tijd loopt vanaf het begin, ook als u de pagina sluit.")}</p>
                    <button type="submit" on:click=move |_| {
                        let t = browser::millis();
                        m.data.update(|d| {
                            if let Some(z) = d.examens.iter_mut().find(|z| z.id == id) {
                                z.wijzig(|z| z.begin(dag, t));
                            }
                        });
                    }>{format!("Dag {} beginnen", dag + 1)}</button>
                }.into_any()
            }}
        }.into_any()
    }
}

fn ingeleverde_dagen(data: &ExamentrainingData, z: &Zitting) -> AnyView {
    if z.pakket.is_some() {
        return pakketdagen(z).into_any();
    }
    let o = oordeel(data, z);
    z.dagen
        .iter()
        .enumerate()
        .filter(|(_, d)| d.ingeleverd.is_some())
        .map(|(i, d)| {
            let rijen = z.casussen.iter().zip(&o.oordelen).enumerate().filter(|(c, _)| dag_van(*c) == i).map(|(c, (ec, b))| casus_rij(c, ec.titel.clone(), b)).collect_view();
            view! {
                <details class="dag-uitslag" open>
                    <summary>{format!("Dag {} ingeleverd{}", i + 1, if d.tijd_op { " (de tijd was om)" } else { "" })}</summary>
                    <table class="rapport-tabel"><caption class="sr">{format!("Beoordeling dag {}", i + 1)}</caption>
                        <thead><tr><th scope="col">"Casus"</th><th scope="col">"Uw Pi5"</th><th scope="col">"Gouden Standaard"</th><th scope="col">"Afwijking"</th><th scope="col">"Oordeel"</th></tr></thead>
                        <tbody>{rijen}</tbody>
                    </table>
                </details>
            }
        })
        .collect_view()
        .into_any()
}

/// The handed-in days of a pack sitting: the answers only, since the trainer has the Gouden
/// Standaard.
fn pakketdagen(z: &Zitting) -> impl IntoView {
    z.dagen
        .iter()
        .enumerate()
        .filter(|(_, d)| d.ingeleverd.is_some())
        .map(|(i, d)| {
            let rijen = z
                .casussen
                .iter()
                .enumerate()
                .filter(|(c, _)| dag_van(*c) == i)
                .map(|(c, ec)| {
                    let antwoord = match lees_antwoord(&ec.antwoord) {
                        Ok(Some(a)) => euro(a),
                        _ => "geen antwoord".into(),
                    };
                    view! { <tr><th scope="row">{format!("{}. {}", c + 1, ec.titel)}</th><td>{antwoord}</td></tr> }
                })
                .collect_view();
            view! {
                <details class="dag-uitslag" open>
                    <summary>{format!("Dag {} ingeleverd{}", i + 1, if d.tijd_op { " (de tijd was om)" } else { "" })}</summary>
                    <table class="rapport-tabel"><caption class="sr">{format!("Antwoorden dag {}", i + 1)}</caption>
                        <thead><tr><th scope="col">"Casus"</th><th scope="col">"Uw Pi5"</th></tr></thead>
                        <tbody>{rijen}</tbody>
                    </table>
                </details>
            }
        })
        .collect_view()
}

fn casus_rij(c: usize, titel: String, b: &Bandoordeel) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{format!("{}. {titel}", c + 1)}</th>
            <td>{b.antwoord.map(euro).unwrap_or_else(|| "geen antwoord".into())}</td>
            <td>{euro(b.goud)}</td>
            <td>{b.afwijking.map(|a| format!("{}%", nl_kort(a, 2))).unwrap_or_else(|| "–".into())}</td>
            <td><strong>{if b.binnen { "binnen de bandbreedte" } else { "buiten de bandbreedte" }}</strong><UitlegBlok uitleg=b.uitleg.clone()/></td>
        </tr>
    }
}

/// The casussen of a started day, their answer fields and the timer.
#[component]
fn Dagwerk(id: u64, dag: usize, nu: RwSignal<u64>) -> impl IntoView {
    let m = model();
    let bevestig = RwSignal::new(false);
    let zitting = move || m.data.with(|d| d.examens.iter().find(|z| z.id == id).cloned());
    let resterend =
        move || zitting().and_then(|z| z.domein().dagen.get(dag).and_then(|d| d.resterend(nu.get()))).unwrap_or(0);
    let klok = move || {
        let s = resterend() / 1000;
        format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    };
    let inleveren = move |_| {
        let t = browser::millis();
        // This is the confirmed hand-in: the button is only shown after "Dag … inleveren".
        m.data.update(|d| {
            if let Some(z) = d.examens.iter_mut().find(|z| z.id == id) {
                z.wijzig(|z| z.lever_in(dag, t, true));
            }
        });
    };
    let casussen_vandaag: Vec<(usize, String)> = zitting()
        .map(|z| {
            z.casussen.iter().enumerate().filter(|(i, _)| dag_van(*i) == dag).map(|(i, c)| (i, c.id.clone())).collect()
        })
        .unwrap_or_default();
    // One calculator at a time: its fields have fixed ids.
    let rekenhulp = RwSignal::new(None::<usize>);
    view! {
        <p class="timer-regel" role="timer" aria-live="off">
            "Resterende tijd: "
            <span class="timer" class:bijna=move || resterend() < 5 * 60_000 data-testid="timer">{klok}</span>
        </p>
        {casussen_vandaag.into_iter().map(|(i, cid)| view! { <Examencasus id=id index=i casus_id=cid rekenhulp=rekenhulp/> }).collect_view()}
        <div class="acties">
            <Show when=move || !bevestig.get()>
                <button type="submit" on:click=move |_| bevestig.set(true)>{format!("Dag {} inleveren", dag + 1)}</button>
            </Show>
        </div>
        <Show when=move || bevestig.get()>
            <div class="acties bevestig" role="group" aria-label="Inleveren bevestigen">
                <p>"Na het inleveren kunt u de antwoorden van deze dag niet meer wijzigen. Inleveren?"</p>
                <button type="submit" on:click=inleveren>"Ja, inleveren"</button>
                <button type="button" on:click=move |_| bevestig.set(false)>"Nee, verder werken"</button>
            </div>
        </Show>
    }
}

#[component]
fn Examencasus(id: u64, index: usize, casus_id: String, rekenhulp: RwSignal<Option<usize>>) -> impl IntoView {
    let m = model();
    let cid = StoredValue::new(casus_id);
    // A pack's casus comes from the pack in this dossier; the app's own from its file.
    let uit_pakket = m.data.with_untracked(|d| {
        let z = d.examens.iter().find(|z| z.id == id)?;
        let p = z.pakket.as_ref()?;
        d.pakketten
            .iter()
            .find(|q| q.id == p.id)?
            .casussen
            .iter()
            .find(|c| c.opgave.id == cid.get_value())
            .map(|c| c.opgave.clone())
    });
    let is_pakket =
        m.data.with_untracked(|d| d.examens.iter().find(|z| z.id == id).is_some_and(|z| z.pakket.is_some()));
    let casus = LocalResource::new(move || {
        let c = cid.get_value();
        let uit_pakket = uit_pakket.clone();
        async move {
            match uit_pakket {
                Some(o) => Ok(o),
                None if is_pakket => Err("Deze casus staat niet meer in het casuspakket van dit dossier.".to_string()),
                None => casussen::casus(&c).await.map(|c| c.opgave),
            }
        }
    });
    let waarde = Signal::derive(move || {
        m.data.with(|d| {
            d.examens
                .iter()
                .find(|z| z.id == id)
                .and_then(|z| z.casussen.get(index))
                .map(|c| c.antwoord.clone())
                .unwrap_or_default()
        })
    });
    let zet = Callback::new(move |v: String| wijzig_casus(id, index, move |c| c.antwoord = v));
    let fout = Signal::derive(move || lees_antwoord(&waarde.get()).err());
    view! {
        <section class="examencasus" aria-label=format!("Casus {}", index + 1)>
            <Suspense fallback=|| view! { <p class="wacht">"De casus wordt geladen…"</p> }>
                {move || casus.get().map(|r| match r {
                    Ok(c) => view! {
                        <details open=index.is_multiple_of(CASUSSEN_PER_DAG)>
                            <summary>{format!("Casus {}: {}", index + 1, c.titel)}</summary>
                            <CasusVerhaal casus=c/>
                        </details>
                    }.into_any(),
                    Err(f) => view! { <p class="veldfout">{f}</p> }.into_any(),
                })}
            </Suspense>
            <Veld id=format!("ex-antwoord-{index}") label=format!("Uw Pi5 voor casus {} (€ per uur)", index + 1)
                waarde=waarde zet=zet fout=fout decimaal=true/>
            {is_pakket.then(|| view! { <Pakketrekenhulp id=id index=index rekenhulp=rekenhulp/> })}
        </section>
    }
}

/// The verdict of a finished exam or herexamen.
#[component]
pub fn Uitslagblok(id: u64) -> impl IntoView {
    let m = model();
    move || {
        m.data.with(|d| {
            let z = d.examens.iter().find(|z| z.id == id)?;
            if let Some(p) = &z.pakket {
                return Some(view! {
                    <div class="oordeel" role="status">
                        <p class="oordeel-kop" data-testid="examenuitslag">{format!(
                            "Ingeleverd. De trainer kijkt het casuspakket ‘{}’ na; exporteer uw antwoordbestand onder Casuspakket.",
                            p.titel
                        )}</p>
                    </div>
                    {ingeleverde_dagen(d, z)}
                }.into_any());
            }
            let o: Zittingsoordeel = oordeel(d, z);
            let klasse = if o.geslaagd == Some(true) { "oordeel gunstig" } else { "oordeel ongunstig" };
            Some(view! {
                <div class=klasse role="status">
                    <p class="oordeel-kop" data-testid="examenuitslag">{o.kop.clone()}</p>
                    {o.uitleg.clone().map(|u| view! { <UitlegBlok uitleg=u/> })}
                </div>
                {ingeleverde_dagen(d, z)}
            }.into_any())
        })
    }
}

/// In a pack sitting: the trainee's analysis of a casus in the calculator, which goes to the
/// trainer with the answer file, so the trainer can see what made a difference taak by taak.
#[component]
fn Pakketrekenhulp(id: u64, index: usize, rekenhulp: RwSignal<Option<usize>>) -> impl IntoView {
    let m = model();
    let open = move || rekenhulp.get() == Some(index);
    move || {
        if !open() {
            return view! {
                <button type="button" on:click=move |_| rekenhulp.set(Some(index))>
                    {format!("Casus {} uitwerken in de rekenhulp", index + 1)}
                </button>
            }
            .into_any();
        }
        let begin = m.data.with_untracked(|d| {
            d.examens.iter().find(|z| z.id == id).and_then(|z| z.casussen.get(index)).and_then(|c| c.werk.clone())
        });
        let werk = RwSignal::new(begin.unwrap_or_default());
        // Every change goes into the sitting while the day is open; after the hand-in it is sealed.
        Effect::new(move |vorige: Option<()>| {
            let w: LoonwaardeData = werk.get();
            if vorige.is_some() {
                wijzig_casus(id, index, move |c| c.werk = Some(w));
            }
        });
        let methode = werk.with_untracked(|w| w.methode);
        view! {
            <div class="rekenhulp" role="group" aria-label=format!("Rekenhulp casus {}", index + 1)>
                <p class="hint">"Uw analyse gaat met het antwoordbestand naar de trainer. Vul uw Pi5 zelf in het antwoordveld in."</p>
                <Rekenblad m=Rekenmodel::van(werk) vaste_methode=methode/>
                <button type="button" on:click=move |_| rekenhulp.set(None)>"Rekenhulp sluiten"</button>
            </div>
        }
        .into_any()
    }
}

/// Changes casus `index` of sitting `id` now, if its day is open (`Zitting::wijzig_casus`).
fn wijzig_casus(id: u64, index: usize, wijziging: impl FnOnce(&mut crate::dossier::examentraining::Examencasus)) {
    let t = browser::millis();
    model().data.update(|d| {
        if let Some(z) = d.examens.iter_mut().find(|z| z.id == id) {
            z.wijzig_casus(index, t, wijziging);
        }
    });
}
