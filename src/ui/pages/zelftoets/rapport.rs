//! The zelftoets-rapport: what a provider takes away, made for A4. The verdict with its reasons,
//! the verbeterlijst ordered by consequence, per hoofdnorm the outcome, the Diensten with 2.x.3
//! and the minimum, tevredenheid with respons and publicatie, the sterren, the planner's next
//! deadlines, the checklist, and the Handleiding and dates it was measured against.

use leptos::prelude::*;

use super::documenten::DocumentenTabel;
use crate::domain::datum::lange_datum;
use crate::domain::getal::nl_kort;
use crate::domain::keurmerk::handleiding::HANDLEIDING;
use crate::domain::keurmerk::meetperiode::volgende_deadline;
use crate::domain::keurmerk::{Aanvrager, Gewicht, Normuitkomst, ZelftoetsVeld};
use crate::dossier::zelftoets::{beoordeel, dienst_naam, labels, Uitkomst, ZelftoetsData};
use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::route::{Route, Stap};
use crate::ui::state::app_state;
use crate::ui::widgets::lokale_tijd;

/// The step of the zelftoets that asks a field.
pub fn stap_van(veld: ZelftoetsVeld) -> Stap {
    use ZelftoetsVeld as V;
    match veld {
        V::Eis("zzp-opvang") => Stap::Hoofdnorm1,
        V::Profiel(_) | V::Eis(_) => Stap::Profiel,
        V::Checklist(code) if code.starts_with('2') => Stap::Diensten,
        V::Checklist(code) if code.starts_with('3') => Stap::Tevredenheid,
        V::Hoofdnorm1(_)
        | V::Vog { .. }
        | V::Verklaring(_)
        | V::Document(_)
        | V::DocumentDatum(_)
        | V::DocumentBoekjaar(_)
        | V::Checklist(_)
        | V::Onderbouwing(_)
        | V::Klacht { .. }
        | V::Ubo { .. } => Stap::Hoofdnorm1,
        V::Dienst { .. } | V::Dienstnummer(_) | V::Ladder(_) | V::Transparantie(_) => Stap::Diensten,
        V::Tevredenheid { .. } | V::Clientenaudit(_) | V::TevredenheidDienst(_) | V::Cedeo => Stap::Tevredenheid,
        V::Watals { .. } => Stap::Sterren,
        V::Planner(_) => Stap::Planner,
        V::Vrijstelling(_) => Stap::Vrijstelling,
    }
}

#[component]
pub fn ZelftoetsRapport(id: String) -> impl IntoView {
    let state = app_state();
    browser::zet_titel("Zelftoets-rapport — Werkwaarde");
    let dossier = state.actueel(&id).filter(|o| o.dossier.kind == DossierSoort::Zelftoets);
    let Some(o) = dossier else {
        return view! {
            <h1 tabindex="-1">"Rapport niet gevonden"</h1>
            <p>"Er is in deze browser geen zelftoets met dit adres."</p>
            <p><a href=crate::ui::pagina::pagina().schil_href(&Route::Dossiers)>"Naar de dossiers"</a></p>
        }
        .into_any();
    };
    let data = ZelftoetsData::uit(&o.dossier.data).unwrap_or_default();
    let u = beoordeel(&data);
    let namen = labels(&data, &u.profiel);
    let veldnaam = move |veld: Option<ZelftoetsVeld>| {
        veld.map(|v| {
            let label = namen.get(&v).cloned().unwrap_or_else(|| v.id());
            format!("{} (stap {})", label, stap_van(v).naam())
        })
    };
    let opgesteld = lokale_tijd(browser::nu());
    let terug = Route::Stap(id.clone(), Stap::Uitkomst).href();
    let o_ = &u.oordeel;
    let klasse = match (&o_.uitslag, o_.voorlopig) {
        (crate::domain::keurmerk::oordeel::Uitslag::VerlengingMogelijk, _) | (_, true) => "oordeel voorlopig",
        (crate::domain::keurmerk::oordeel::Uitslag::KanWordenToegekend, false)
        | (crate::domain::keurmerk::oordeel::Uitslag::InOrde, false)
        | (crate::domain::keurmerk::oordeel::Uitslag::Gecompenseerd { .. }, false) => "oordeel gunstig",
        _ => "oordeel ongunstig",
    };
    let verbeter: Vec<(Gewicht, Normuitkomst)> = u.verbeterlijst().into_iter().map(|(g, n)| (g, n.clone())).collect();
    let groepen: Vec<(Gewicht, Vec<Normuitkomst>)> = [Gewicht::Materieel, Gewicht::Blokkeert, Gewicht::Onbekend]
        .into_iter()
        .map(|g| (g, verbeter.iter().filter(|(x, _)| *x == g).map(|(_, n)| n.clone()).collect::<Vec<_>>()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let fouten: Vec<(String, String)> =
        u.fouten.iter().map(|(v, m)| (veldnaam(Some(*v)).unwrap_or_default(), m.clone())).collect();

    view! {
        <div class="rapport zelftoets-rapport">
            <p class="niet-printen">
                <a href=terug>"Terug naar de uitkomst"</a>
                " "
                <button type="button" on:click=|_| browser::print()>"Afdrukken of opslaan als PDF"</button>
            </p>
            <h1 tabindex="-1">"Zelftoets-rapport Keurmerk Arbeid"</h1>
            <p class="rapport-kop">{format!("{} · opgesteld {} · {}", o.dossier.title, opgesteld, HANDLEIDING.naam)}</p>
            <p class="hint">
                "Een zelftoets, geen oordeel van Blik op Werk of een auditor: het rapport laat zien hoe de "
                "ingevulde gegevens zich verhouden tot de normen van de Handleiding."
            </p>

            <h2>"Grondslag"</h2>
            <Grondslag u=u.clone()/>

            <h2>"Oordeel"</h2>
            <div class=klasse>
                <p class="oordeel-kop" data-testid="rapport-oordeel">{o_.kop.clone()}</p>
                <ul>{o_.redenen.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                <p class="hint">{format!("{} · {}", o_.uitleg.formule, o_.uitleg.bron)}</p>
            </div>

            <h2>"Verbeterlijst"</h2>
            {if groepen.is_empty() && fouten.is_empty() {
                view! { <p>"Niets te verbeteren: alle toepasselijke normen en eisen zijn gehaald."</p> }.into_any()
            } else {
                view! {
                    {(!fouten.is_empty()).then(|| view! {
                        <h3>"Invoer die niet klopt"</h3>
                        <ol class="verbeterlijst">
                            {fouten.into_iter().map(|(veld, melding)| view! {
                                <li><strong>{veld}</strong>{format!(": {melding}")}</li>
                            }).collect_view()}
                        </ol>
                    })}
                    {groepen.into_iter().map(|(g, lijst)| view! {
                        <h3>{format!("{} ({})", g.naam(), lijst.len())}</h3>
                        <ol class="verbeterlijst">
                            {lijst.into_iter().map(|n| {
                                let veld = veldnaam(n.veld);
                                view! {
                                    <li>
                                        <strong>{n.titel()}</strong>
                                        {format!(" — {}: {}", n.status.naam(), n.melding)}
                                        <br/>
                                        <span class="hint">{format!("Berekening: {}", n.uitleg.berekening)}</span>
                                        {veld.map(|v| view! { <br/><span class="hint">{format!("Aan te passen: {v}")}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    }).collect_view()}
                }
                .into_any()
            }}

            <h2>"Per hoofdnorm"</h2>
            <table class="rapport-tabel">
                <thead><tr>
                    <th scope="col">"Onderdeel"</th><th scope="col">"Voldoet"</th><th scope="col">"Voldoet niet"</th>
                    <th scope="col">"Nog onbekend"</th><th scope="col">"N.v.t."</th>
                </tr></thead>
                <tbody>
                    {[(0u8, "Voorwaarden voor het oordeel"), (1, "Hoofdnorm 1 — Organisatie"), (2, "Hoofdnorm 2 — Resultaten"), (3, "Hoofdnorm 3 — Tevredenheid")]
                        .into_iter()
                        .map(|(h, naam)| {
                            let t = u.telling(h);
                            view! { <tr>
                                <th scope="row">{naam}</th><td>{t.voldoet}</td><td>{t.voldoet_niet}</td>
                                <td>{t.onbekend}</td><td>{t.nvt}</td>
                            </tr> }
                        })
                        .collect_view()}
                </tbody>
            </table>

            <h2>"Diensten"</h2>
            <DienstenTabel u=u.clone() diensten=data.diensten.clone()/>

            <h2>"Tevredenheid"</h2>
            <TevredenheidRapport u=u.clone()/>

            <h2>"Sterren"</h2>
            <SterrenRapport u=u.clone()/>

            <h2>"Meetperiode en deadlines"</h2>
            <Deadlines u=u.clone()/>

            <h2>"Checklist voor aanvraag en audit"</h2>
            <DocumentenTabel documenten=u.documenten.clone()/>

            <p class="rapport-voet">{format!("Werkwaarde · {} · opgesteld {}", HANDLEIDING.naam, opgesteld)}</p>
        </div>
    }
    .into_any()
}

/// The Handleiding and the dates every term was measured at.
#[component]
fn Grondslag(u: Uitkomst) -> impl IntoView {
    let p = &u.profiel;
    let datum = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "niet ingevuld".to_string(), lange_datum);
    let meetperiode = u.planning.as_ref().map_or_else(
        || "niet ingevuld".to_string(),
        |pl| format!("{} tot en met {}", lange_datum(pl.meetperiode.begin()), lange_datum(pl.meetperiode.einde())),
    );
    view! {
        <dl class="kenmerken">
            <dt>"Handleiding"</dt>
            <dd>{format!(
                "{} ({}), in werking sinds {}",
                HANDLEIDING.naam,
                HANDLEIDING.uitgever,
                HANDLEIDING.in_werking().map_or_else(String::new, lange_datum)
            )}</dd>
            <dt>"Aanvrager"</dt>
            <dd>{match p.aanvrager {
                Aanvrager::Aspirant => "Aspirant-keurmerkhouder",
                Aanvrager::Keurmerkhouder => "Keurmerkhouder",
            }}</dd>
            <dt>"Datum van de audit"</dt>
            <dd>{format!("{} — hieraan gemeten: KvK-uittreksel, klachten, managementverklaring, SEQF{}", datum(p.peildatum),
                if p.aanvrager == Aanvrager::Keurmerkhouder { " en de VOG" } else { "" })}</dd>
            {(p.aanvrager == Aanvrager::Aspirant).then(|| view! {
                <dt>"Datum van de aanmelding"</dt>
                <dd>{format!("{} — hieraan gemeten: de VOG (voetnoten 4 en 20)", datum(p.aanmelddatum))}</dd>
            })}
            <dt>"Meetperiode"</dt>
            <dd>{meetperiode}</dd>
        </dl>
    }
}

/// Per Dienst its norms of hoofdnorm 2 with the numbers, then the minimum of five.
#[component]
fn DienstenTabel(u: Uitkomst, diensten: Vec<u8>) -> impl IntoView {
    let rijen: Vec<Normuitkomst> = u
        .uitkomsten
        .iter()
        .filter(|n| n.hoofdnorm == 2 && (n.dienst.is_some() || n.code == "minimum"))
        .cloned()
        .collect();
    let per_dienst = diensten
        .into_iter()
        .map(|d| {
            let normen: Vec<Normuitkomst> = rijen.iter().filter(|n| n.dienst == Some(d)).cloned().collect();
            view! {
                <tr class="dienstkop"><th scope="rowgroup" colspan="3">{dienst_naam(d)}</th></tr>
                {normen.into_iter().map(|n| view! {
                    <tr>
                        <th scope="row">{n.code.clone()}</th>
                        <td>{n.status.naam()}</td>
                        <td>{n.uitleg.berekening.clone()}</td>
                    </tr>
                }).collect_view()}
            }
        })
        .collect_view();
    let minimum = rijen.iter().find(|n| n.code == "minimum").cloned();
    view! {
        <table class="rapport-tabel">
            <thead><tr><th scope="col">"Norm"</th><th scope="col">"Stand"</th><th scope="col">"Berekening"</th></tr></thead>
            <tbody>
                {per_dienst}
                {minimum.map(|n| view! {
                    <tr class="dienstkop"><th scope="rowgroup" colspan="3">"Over alle Diensten"</th></tr>
                    <tr>
                        <th scope="row">"Minimum van vijf afgeronde trajecten (§3.1, §6.1.1)"</th>
                        <td>{n.status.naam()}</td>
                        <td>{n.uitleg.berekening.clone()}</td>
                    </tr>
                })}
            </tbody>
        </table>
    }
}

#[component]
fn TevredenheidRapport(u: Uitkomst) -> impl IntoView {
    let normen: Vec<Normuitkomst> = u.uitkomsten.iter().filter(|n| n.hoofdnorm == 3).cloned().collect();
    let publicatie = |p: &Option<crate::domain::keurmerk::tevredenheid::Publicatie>| {
        p.as_ref().map_or_else(|| "nog niet te zeggen".to_string(), |p| p.reden.clone())
    };
    view! {
        <table class="rapport-tabel">
            <thead><tr><th scope="col">"Norm"</th><th scope="col">"Stand"</th><th scope="col">"Berekening"</th></tr></thead>
            <tbody>
                {normen.into_iter().map(|n| view! {
                    <tr>
                        <th scope="row">{n.titel()}</th>
                        <td>{n.status.naam()}</td>
                        <td>{n.uitleg.berekening.clone()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h3>"Publicatie (Tabel 3)"</h3>
        <table class="rapport-tabel">
            <thead><tr><th scope="col">"Dienst"</th><th scope="col">"Cliënten"</th><th scope="col">"Opdrachtgevers"</th></tr></thead>
            <tbody>
                {u.publicaties.iter().map(|p| view! {
                    <tr>
                        <th scope="row">{format!("Dienst {}", p.dienst)}</th>
                        <td>{publicatie(&p.clienten)}</td>
                        <td>{publicatie(&p.opdrachtgevers)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn SterrenRapport(u: Uitkomst) -> impl IntoView {
    let t = &u.totaal;
    let totaal = match (t.afgerond(), &t.sterren) {
        (Some(s), Some(st)) => format!("Totaalscore {} · indicatief {} sterren", nl_kort(s, 2), st.aantal),
        (Some(s), None) => format!("Totaalscore {}", nl_kort(s, 2)),
        (None, _) => "Totaalscore nog niet te berekenen".to_string(),
    };
    view! {
        <p class="groot">{totaal}</p>
        <table class="rapport-tabel">
            <thead><tr><th scope="col">"Dienst"</th><th scope="col">"Subscore"</th><th scope="col">"Toelichting"</th></tr></thead>
            <tbody>
                {t.subscores.iter().map(|s| view! {
                    <tr>
                        <th scope="row">{format!("Dienst {}", s.dienst)}</th>
                        <td>{s.afgerond().map_or_else(|| "—".to_string(), |x| nl_kort(x, 2))}</td>
                        <td>{s.melding.clone()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <p class="hint">{format!("{} · {}", t.uitleg.formule, t.uitleg.bron)}</p>
    }
}

/// The planner's events from today on; the next deadline first marked.
#[component]
fn Deadlines(u: Uitkomst) -> impl IntoView {
    let Some(p) = u.planning.clone() else {
        return view! { <p>"Vul bij de planner de start en het jaar van de meetperiode in."</p> }.into_any();
    };
    let vandaag = browser::vandaag();
    let volgende = volgende_deadline(&p, vandaag);
    let komend: Vec<(usize, crate::domain::keurmerk::meetperiode::Gebeurtenis)> =
        p.gebeurtenissen.iter().cloned().enumerate().filter(|(_, g)| g.tot.unwrap_or(g.datum) >= vandaag).collect();
    if komend.is_empty() {
        return view! { <p>{format!("Alle data van deze meetperiode liggen vóór vandaag ({}).", lange_datum(vandaag))}</p> }
            .into_any();
    }
    view! {
        <table class="rapport-tabel">
            <thead><tr><th scope="col">"Datum"</th><th scope="col">"Wat"</th><th scope="col">"Bron"</th></tr></thead>
            <tbody>
                {komend.into_iter().map(|(i, g)| view! {
                    <tr class:volgende=volgende == Some(i)>
                        <td>{match g.tot {
                            Some(tot) => format!("{} tot en met {}", lange_datum(g.datum), lange_datum(tot)),
                            None => lange_datum(g.datum),
                        }}</td>
                        <td>{format!("{}{}", g.titel, if volgende == Some(i) { " (eerstvolgende deadline)" } else { "" })}</td>
                        <td>{g.uitleg.bron.clone()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::keurmerk::veld::VogKolom;

    #[test]
    fn every_field_belongs_to_the_step_that_asks_it() {
        assert_eq!(stap_van(ZelftoetsVeld::PEILDATUM), Stap::Profiel);
        assert_eq!(stap_van(ZelftoetsVeld::Eis("audit")), Stap::Profiel);
        assert_eq!(stap_van(ZelftoetsVeld::Eis("zzp-opvang")), Stap::Hoofdnorm1);
        assert_eq!(stap_van(ZelftoetsVeld::vog(3, VogKolom::Datum)), Stap::Hoofdnorm1);
        assert_eq!(stap_van(ZelftoetsVeld::Checklist("1.4.2")), Stap::Hoofdnorm1);
        assert_eq!(stap_van(ZelftoetsVeld::Checklist("2.1.1")), Stap::Diensten);
        assert_eq!(stap_van(ZelftoetsVeld::Checklist("3.2.2")), Stap::Tevredenheid);
        assert_eq!(stap_van(ZelftoetsVeld::Cedeo), Stap::Tevredenheid);
    }
}
