//! Writing a casus: the texts, the normfunctie and the Gouden Standaard in the calculator, checked
//! while typing through the same rules as every shipped casus (`Casusontwerp::naar_casus`).

use leptos::prelude::*;

use super::super::casussen;
use super::super::model::model;
use super::nieuw_ontwerp_id;
use crate::domain::examen::casus::Niveau;
use crate::domain::getal::{euro, nl_kort};
use crate::domain::loonwaarde::Methode;
use crate::dossier::casusontwerp::Casusontwerp;
use crate::dossier::loonwaarde::LoonwaardeData;
use crate::ui::pages::loonwaarde::{Rekenblad, Rekenmodel};
use crate::ui::widgets::Veld;

#[component]
pub fn EigenCasussen() -> impl IntoView {
    let m = model();
    let bewerkt = RwSignal::new(None::<String>);
    let index = LocalResource::new(casussen::index);
    let startpunt = RwSignal::new(String::new());
    let fout = RwSignal::new(None::<String>);
    let te_verwijderen = RwSignal::new(None::<String>);
    let nieuw = move |_| {
        let mut id = String::new();
        m.data.update(|d| {
            id = nieuw_ontwerp_id(&d.eigen_casussen);
            d.eigen_casussen.push(Casusontwerp::nieuw(id.clone()));
        });
        bewerkt.set(Some(id));
    };
    let open_startpunt = move |_| {
        let bron = startpunt.get_untracked();
        if bron.is_empty() {
            fout.set(Some("Kies eerst een casus als startpunt.".into()));
            return;
        }
        leptos::task::spawn_local(async move {
            match casussen::casus(&bron).await {
                Ok(c) => {
                    let mut id = String::new();
                    m.data.try_update(|d| {
                        id = nieuw_ontwerp_id(&d.eigen_casussen);
                        d.eigen_casussen.push(Casusontwerp::uit_casus(&c, id.clone()));
                    });
                    fout.try_set(None);
                    bewerkt.try_set(Some(id));
                }
                Err(f) => {
                    fout.try_set(Some(f));
                }
            }
        });
    };
    let lijst = move || {
        m.data.with(|d| {
            d.eigen_casussen
                .iter()
                .map(|o| {
                    let stand = match o.naar_casus() {
                        Ok(_) => "klopt".to_string(),
                        Err(f) => format!("{} punt{} te verbeteren", f.len(), if f.len() == 1 { "" } else { "en" }),
                    };
                    (o.id.clone(), o.titel.clone(), o.sector.clone(), stand)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        {move || {
            let rijen = lijst();
            if rijen.is_empty() {
                return view! { <p class="leeg">"Nog geen eigen casussen."</p> }.into_any();
            }
            view! {
                <table class="dossiers">
                    <caption class="sr">"Eigen casussen"</caption>
                    <thead><tr><th scope="col">"Casus"</th><th scope="col">"Sector"</th><th scope="col">"Controle"</th><th scope="col"><span class="sr">"Acties"</span></th></tr></thead>
                    <tbody>
                        {rijen.into_iter().map(|(id, titel, sector, stand)| {
                            let (id1, id2) = (id.clone(), id.clone());
                            let naam = if titel.trim().is_empty() { id.clone() } else { titel.clone() };
                            view! {
                                <tr>
                                    <th scope="row">{naam.clone()}</th>
                                    <td>{sector}</td>
                                    <td>{stand}</td>
                                    <td>
                                        <button type="button" aria-label=format!("Bewerken: {naam}") on:click=move |_| bewerkt.set(Some(id1.clone()))>"Bewerken"</button>
                                        <button type="button" class="gevaar" aria-label=format!("Verwijderen: {naam}") on:click=move |_| {
                                            te_verwijderen.set(Some(id2.clone()))
                                        }>"Verwijderen"</button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        {move || te_verwijderen.get().map(|weg| {
            let naam = m.data.with_untracked(|d| d.eigen_casussen.iter().find(|o| o.id == weg).map(|o| o.titel.clone())).unwrap_or_default();
            view! {
                <div class="acties bevestig" role="group" aria-label="Verwijderen bevestigen">
                    <p>{format!("De casus ‘{naam}’ wordt verwijderd, met alles wat u erin schreef. Pakketten die hem al bevatten houden hun eigen kopie. Verwijderen?")}</p>
                    <button type="button" class="gevaar" on:click=move |_| {
                        let weg = weg.clone();
                        m.data.update(|d| d.eigen_casussen.retain(|o| o.id != weg));
                        if bewerkt.get_untracked().as_deref() == Some(weg.as_str()) {
                            bewerkt.set(None);
                        }
                        te_verwijderen.set(None);
                    }>"Ja, verwijderen"</button>
                    <button type="button" on:click=move |_| te_verwijderen.set(None)>"Nee, behouden"</button>
                </div>
            }
        })}
        <div class="acties">
            <button type="button" on:click=nieuw>"Nieuwe casus"</button>
            <label for="startpunt">"Of begin bij een casus van Werkwaarde:"</label>
            <select id="startpunt" on:change=move |ev| startpunt.set(event_target_value(&ev))>
                <option value="">"— kies een casus —"</option>
                <Suspense fallback=|| ()>
                    {move || index.get().and_then(Result::ok).map(|l| l.into_iter().map(|c| view! {
                        <option value=c.id.clone()>{format!("{} ({})", c.titel, c.sector)}</option>
                    }).collect_view())}
                </Suspense>
            </select>
            <button type="button" on:click=open_startpunt>"Als startpunt openen"</button>
        </div>
        {move || fout.get().map(|f| view! { <p class="veldfout" role="alert">{f}</p> })}
        {move || bewerkt.get().map(|id| view! { <Casuseditor id=id/> })}
    }
}

/// Which sheet of the Gouden Standaard is open.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Blad {
    Stappenplan,
    Ulw,
}

#[component]
fn Casuseditor(id: String) -> impl IntoView {
    let m = model();
    let id = StoredValue::new(id);
    let ontwerp =
        Memo::new(move |_| m.data.with(|d| d.eigen_casussen.iter().find(|o| o.id == id.get_value()).cloned()));
    let wijzig = move |f: Box<dyn FnOnce(&mut Casusontwerp)>| {
        m.data.update(|d| {
            if let Some(o) = d.eigen_casussen.iter_mut().find(|o| o.id == id.get_value()) {
                f(o);
            }
        })
    };
    let tekstveld = move |veld: &'static str,
                          label: &'static str,
                          meerregelig: bool,
                          lees: fn(&Casusontwerp) -> &String,
                          schrijf: fn(&mut Casusontwerp) -> &mut String| {
        view! {
            <Veld id=format!("ontwerp-{veld}") label=label meerregelig=meerregelig
                waarde=Signal::derive(move || ontwerp.with(|o| o.as_ref().map(|o| lees(o).clone()).unwrap_or_default()))
                zet=Callback::new(move |v: String| wijzig(Box::new(move |o| *schrijf(o) = v)))/>
        }
    };
    let blad = RwSignal::new(Blad::Stappenplan);
    let met_ulw = move || ontwerp.with(|o| o.as_ref().is_some_and(|o| o.ulw.is_some()));
    let controle = Memo::new(move |_| ontwerp.with(|o| o.as_ref().map(Casusontwerp::naar_casus)));
    let niveau = move || ontwerp.with(|o| o.as_ref().map_or(Niveau::Gemiddeld, |o| o.niveau));
    view! {
        <section class="casuseditor" aria-labelledby="editor-kop">
            <h3 id="editor-kop" tabindex="-1">{move || format!("Casus bewerken: {}", ontwerp.with(|o| o.as_ref().map(|o| o.titel.clone()).unwrap_or_default()))}</h3>
            <div class="formulier rij">
                {tekstveld("titel", "Titel", false, |o| &o.titel, |o| &mut o.titel)}
                {tekstveld("sector", "Sector", false, |o| &o.sector, |o| &mut o.sector)}
                <label for="ontwerp-niveau">"Niveau"</label>
                <select id="ontwerp-niveau" on:change=move |ev| {
                    let n = match event_target_value(&ev).as_str() {
                        "eenvoudig" => Niveau::Eenvoudig,
                        "complex" => Niveau::Complex,
                        _ => Niveau::Gemiddeld,
                    };
                    wijzig(Box::new(move |o| o.niveau = n));
                }>
                    {[Niveau::Eenvoudig, Niveau::Gemiddeld, Niveau::Complex].into_iter().map(|n| view! {
                        <option value=n.naam() selected=move || niveau() == n>{n.naam()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="formulier">
                {tekstveld("werkplek", "Werkplek", true, |o| &o.werkplek, |o| &mut o.werkplek)}
                {tekstveld("werkgever", "Wat de werkgever vertelt", true, |o| &o.werkgever, |o| &mut o.werkgever)}
                {tekstveld("werknemer", "Wat de werknemer vertelt", true, |o| &o.werknemer, |o| &mut o.werknemer)}
                {tekstveld("observaties", "Waarnemingen (één per regel, met de getallen die de kandidaat nodig heeft)", true, |o| &o.observaties, |o| &mut o.observaties)}
                {tekstveld("toelichting", "Toelichting op de Gouden Standaard (berekening en veelgemaakte fouten)", true, |o| &o.toelichting, |o| &mut o.toelichting)}
            </div>
            <h4>"Gouden Standaard"</h4>
            <p class="hint">
                "Vul de normfunctie en de taak-urenanalyse in zoals de Gouden Standaard ze afleidt, met bij elke score "
                "de toelichting. Pi4 en Pi5 rekent Werkwaarde zelf uit, met dezelfde regels als de rekenhulp."
            </p>
            <label class="keuze">
                <input type="checkbox" prop:checked=met_ulw on:change=move |ev| {
                    let aan = event_target_checked(&ev);
                    wijzig(Box::new(move |o| {
                        o.ulw = aan.then(|| LoonwaardeData { methode: Methode::Ulw, ..o.stappenplan.clone() });
                    }));
                    blad.set(if aan { Blad::Ulw } else { Blad::Stappenplan });
                }/>
                "De ULW geeft een andere analyse (andere hoofdtaken of een tempo boven 100%)"
            </label>
            <Show when=met_ulw>
                <fieldset class="methode">
                    <legend>"Analyse bewerken"</legend>
                    {[(Blad::Stappenplan, "Stappenplan"), (Blad::Ulw, "ULW")].into_iter().map(|(b, naam)| view! {
                        <label class="keuze">
                            <input type="radio" name="ontwerpblad" prop:checked=move || blad.get() == b on:change=move |_| blad.set(b)/>
                            {naam}
                        </label>
                    }).collect_view()}
                </fieldset>
            </Show>
            {move || {
                let b = if met_ulw() { blad.get() } else { Blad::Stappenplan };
                view! { <Ontwerpblad id=id.get_value() blad=b/> }
            }}
            <h4>"Controle"</h4>
            <div role="status" data-testid="ontwerp-controle">
                {move || controle.get().map(|r| match r {
                    Ok(c) => {
                        let g = &c.gouden_standaard;
                        let ulw = g.ulw.as_ref().map(|u| format!("; ULW {}%, {}", nl_kort(u.pi4, 0), euro(u.pi5))).unwrap_or_default();
                        view! {
                            <p class="oordeel gunstig">{format!(
                                "De casus klopt: stappenplan {}%, {} per uur{ulw}. Hij kan in een pakket.",
                                nl_kort(g.stappenplan.pi4, 0), euro(g.stappenplan.pi5)
                            )}</p>
                        }.into_any()
                    }
                    Err(fouten) => view! {
                        <p>"Nog te verbeteren voordat de casus in een pakket kan:"</p>
                        <ul class="fouten">{fouten.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                    }.into_any(),
                })}
            </div>
        </section>
    }
}

/// One sheet of the Gouden Standaard in the calculator; each change goes into the casus.
#[component]
fn Ontwerpblad(id: String, blad: Blad) -> impl IntoView {
    let m = model();
    let id = StoredValue::new(id);
    let lees = move |d: &crate::dossier::examentraining::ExamentrainingData| {
        let o = d.eigen_casussen.iter().find(|o| o.id == id.get_value())?;
        match blad {
            Blad::Stappenplan => Some(o.stappenplan.clone()),
            Blad::Ulw => o.ulw.clone(),
        }
    };
    let methode = if blad == Blad::Ulw { Methode::Ulw } else { Methode::Stappenplan };
    let begin = m.data.with_untracked(|d| lees(d)).unwrap_or_default();
    let werk = RwSignal::new(LoonwaardeData { methode, ..begin });
    Effect::new(move |vorige: Option<()>| {
        let w: LoonwaardeData = werk.get();
        if vorige.is_some() {
            m.data.update(|d| {
                let Some(o) = d.eigen_casussen.iter_mut().find(|o| o.id == id.get_value()) else { return };
                match blad {
                    Blad::Stappenplan => o.stappenplan = w,
                    Blad::Ulw => o.ulw = Some(w),
                }
            });
        }
    });
    view! { <Rekenblad m=Rekenmodel::van(werk) vaste_methode=methode/> }
}
