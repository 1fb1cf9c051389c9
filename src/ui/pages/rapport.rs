//! The loonwaarde rapport (SPEC B6) as a page made for printing: A4, paginated, with a footer.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::methodieken::vergelijking_html;
use super::rapportmodel::ulw_rapport_html;
use crate::domain::getal::{euro, nl_kort, rond_af};
use crate::dossier::loonwaarde::{bereken, GelezenTaak, Getalinvoer, LoonwaardeData};
use crate::dossier::methodieken::vergelijk_methodieken;
use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::app_state;
use crate::ui::widgets::lokale_tijd;

#[component]
pub fn RapportPagina(id: String) -> impl IntoView {
    let state = app_state();
    browser::zet_titel("Loonwaarderapport — Werkwaarde");
    let dossier = state.actueel(&id).filter(|o| o.dossier.kind == DossierSoort::Loonwaarde);
    let Some(o) = dossier else {
        return view! {
            <h1 tabindex="-1">"Rapport niet gevonden"</h1>
            <p>"Er is in deze browser geen loonwaardedossier met dit adres."</p>
            <p><a href=crate::ui::pagina::pagina().schil_href(&Route::Dossiers)>"Naar de dossiers"</a></p>
        }
        .into_any();
    };
    let data = LoonwaardeData::uit(&o.dossier.data).unwrap_or_default();
    let u = bereken(&data);
    let ulw = data.methode == crate::domain::loonwaarde::Methode::Ulw;
    let methodieken = (data.methodieken.in_rapport && !data.methodieken.naast.is_empty())
        .then(|| vergelijking_html(&vergelijk_methodieken(&data, &u), true));
    let vandaag = lokale_tijd(browser::nu());
    let taken = data.taken.clone();
    let gelezen = u.invoer.taken.clone();
    let derde = data.methode.derde_score();
    let getal = |g: Getalinvoer| toon(g, |d| nl_kort(d, 2));

    view! {
        <div class="rapport">
            <p class="niet-printen">
                <a href=Route::Dossier(id.clone()).href()>"Terug naar de berekening"</a>
                " "
                <button type="button" on:click=|_| browser::print()>"Afdrukken of opslaan als PDF"</button>
            </p>
            <h1 tabindex="-1">{if ulw { "Rapport Loonwaardemeting LKS" } else { "Loonwaarderapport" }}</h1>
            <p class="rapport-kop">{format!("{} · opgesteld {} · {}", o.dossier.title, vandaag, data.methode.naam())}</p>

            {if ulw {
                view! {
                    <div inner_html=ulw_rapport_html(&data, &u)></div>
                    <Staafdiagram methode=data.methode taken=taken.iter().map(|t| t.naam.clone()).zip(gelezen.clone()).collect()/>
                }.into_any()
            } else {
                view! {
                <h2>"Gegevens"</h2>
                <dl class="kenmerken">
                    <dt>"Werknemer"</dt><dd>{of_leeg(&data.werknemer)}</dd>
                    <dt>"Werkgever"</dt><dd>{of_leeg(&data.werkgever)}</dd>
                    <dt>"Normfunctie"</dt><dd>{of_leeg(&data.normfunctie)}</dd>
                    <dt>"Bron / CAO"</dt><dd>{of_leeg(&data.bron)}</dd>
                    <dt>"Normloon per uur"</dt><dd>{toon(u.invoer.normloon, euro)}</dd>
                    <dt>"Voltijduren per week"</dt><dd>{getal(u.invoer.voltijd_uren)}</dd>
                    <dt>"Contracturen per week"</dt><dd>{getal(u.invoer.contracturen)}</dd>
                    <dt>"Werkdagen per week"</dt><dd>{getal(u.invoer.werkdagen)}</dd>
                    <dt>"Methode"</dt><dd>{data.methode.naam()}</dd>
                    <dt>"Eén factor, één score"</dt>
                    <dd>{if data.enkel_geteld {
                        "Bevestigd: elke beperkende factor is in slechts één van T, K en I meegeteld."
                    } else {
                        "Niet bevestigd door de deskundige."
                    }}</dd>
                </dl>

                <h2>"Taak-urenanalyse en scores"</h2>
                <table class="rapport-tabel">
                    <thead>
                        <tr>
                            <th scope="col">"Taak"</th><th scope="col">"Uren"</th><th scope="col">"Aandeel"</th>
                            <th scope="col">"Tempo (T)"</th><th scope="col">"Kwaliteit (K)"</th><th scope="col">{derde}</th>
                            <th scope="col">"Prestatie"</th><th scope="col">"Loonwaarde"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {taken.iter().zip(&gelezen).map(|(t, g)| {
                            let r = g.resultaat.as_ref();
                            view! {
                                <tr>
                                    <th scope="row">{t.naam.clone()}</th>
                                    <td>{getal(g.uren)}</td>
                                    <td>{r.map(|r| format!("{}%", nl_kort(r.aandeel, 2)))}</td>
                                    <td>{procent(g.tempo)}</td>
                                    <td>{procent(g.kwaliteit)}</td>
                                    <td>{procent(g.inzet)}</td>
                                    <td>{r.map(|r| format!("{}%", nl_kort(r.prestatie, 2)))}</td>
                                    <td>{r.map(|r| format!("{}%", nl_kort(r.loonwaarde, 2)))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <Staafdiagram methode=data.methode taken=taken.iter().map(|t| t.naam.clone()).zip(gelezen.clone()).collect()/>

                <h2>"Toelichting per taak"</h2>
                {taken.iter().map(|t| view! {
                    <h3>{t.naam.clone()}</h3>
                    <dl class="kenmerken">
                        <dt>"Tempo"</dt><dd>{of_leeg(&t.toelichting[0])}</dd>
                        <dt>"Kwaliteit"</dt><dd>{of_leeg(&t.toelichting[1])}</dd>
                        <dt>{derde}</dt><dd>{of_leeg(&t.toelichting[2])}</dd>
                    </dl>
                }).collect_view()}
                }.into_any()
            }}

            <h2>"Uitkomst"</h2>
            {match &u.resultaat {
                None => view! { <p>"De berekening is niet volledig; open het dossier om de gemarkeerde velden in te vullen."</p> }.into_any(),
                Some(r) => view! {
                    <dl class="kenmerken">
                        <dt>"Loonwaarde (Pi4)"</dt><dd class="groot">{format!("{}%", nl_kort(r.pi4, 0))}</dd>
                        <dt>"Berekening"</dt><dd>{r.uitleg.berekening.clone()}</dd>
                        <dt>"Pi5 per uur"</dt><dd class="groot">{u.pi5_per_uur.as_ref().map(|(p, _)| euro(*p))}</dd>
                        <dt>"Pi5 per maand"</dt><dd>{u.pi5_per_maand.as_ref().map(|(p, _)| euro(*p))}</dd>
                        <dt>"Bron"</dt><dd>{r.uitleg.bron.clone()}</dd>
                    </dl>
                    {(!r.bevindingen.is_empty()).then(|| view! {
                        <h3>"Bevindingen"</h3>
                        <ul>{r.bevindingen.iter().map(|b| view! { <li>{b.melding.clone()}</li> }).collect_view()}</ul>
                    })}
                }.into_any(),
            }}
            {methodieken.map(|html| view! { <h2>"Methodieken naast elkaar"</h2><div inner_html=html></div> })}

            <h2>"Loonkostensubsidie"</h2>
            {match &u.lks {
                Err(vraag) => view! { <p>{vraag.clone()}</p> }.into_any(),
                Ok(l) => view! {
                    <p>{match &u.wml {
                        Some(crate::domain::loonwaarde::lks::WmlOpzoek::Bekend { vanaf, per_uur }) if u.invoer.wml == Getalinvoer::NietIngevuld =>
                            format!("WML per uur vanaf {}: {}.", crate::domain::datum::lange_datum(*vanaf), euro(*per_uur)),
                        _ => format!("WML per uur door de deskundige ingevuld: {}.", euro(l.wml)),
                    }}</p>
                    <ol>{l.stappen.iter().map(|s| view! { <li>{format!("{}: {}", s.formule, s.berekening)}</li> }).collect_view()}</ol>
                    <p>{format!("LKS per uur {} · per maand {}", euro(l.per_uur), euro(l.per_maand))}</p>
                }.into_any(),
            }}

            <h2>"Additionele kosten"</h2>
            <p class="hint">"Buiten de loonwaarde."</p>
            <ul>
                {data.kosten.iter().zip(u.invoer.bedragen.clone()).map(|(k, bedrag)| view! {
                    <li>{format!("{}: {} — {} ({})", k.soort.naam(), of_leeg(&k.omschrijving), toon(bedrag, euro),
                        match k.frequentie { crate::domain::loonwaarde::kosten::Frequentie::Eenmalig => "eenmalig", _ => "structureel per jaar" })}</li>
                }).collect_view()}
            </ul>
            <p>{format!("Totaal eenmalig {} · structureel {} per jaar", euro(u.kosten.eenmalig), euro(u.kosten.structureel_per_jaar))}</p>

            <h2>"Ontwikkeladvies"</h2>
            <p class="vrije-tekst">{of_leeg(&data.ontwikkeladvies)}</p>

            <p class="rapport-voet">{format!("Werkwaarde {} · berekend in de browser · {}", crate::APP_VERSION, vandaag)}</p>
        </div>
    }
    .into_any()
}

/// Typed text as the rapport shows it: trimmed, or a dash when empty.
pub(super) fn of_leeg(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.trim().to_string()
    }
}

/// A number as read, or what is wrong with it: bad or missing input is shown as such.
pub(super) fn toon(g: Getalinvoer, als: impl Fn(Decimal) -> String) -> String {
    match g {
        Getalinvoer::Getal(d) => als(d),
        Getalinvoer::NietIngevuld => "niet ingevuld".to_string(),
        Getalinvoer::Ongeldig => "ongeldig".to_string(),
    }
}

fn procent(g: Getalinvoer) -> String {
    toon(g, |d| format!("{}%", nl_kort(d, 2)))
}

/// Grouped bars: T, K and I (or NW) per taak, 0–120% with a line at the norm (100%). A score
/// that is not filled in or not valid gets no bar but its name, so it never reads as 0%.
/// Coordinates are whole SVG units, so no float formatting is needed.
#[component]
fn Staafdiagram(methode: crate::domain::loonwaarde::Methode, taken: Vec<(String, GelezenTaak)>) -> impl IntoView {
    const HOOGTE: i64 = 180;
    const MAX: i64 = 120;
    const GROEP: i64 = 110;
    let breedte = 60 + taken.len().max(1) as i64 * GROEP;
    let y = move |p: i64| 20 + HOOGTE - p.clamp(0, MAX) * HOOGTE / MAX;
    // Whole percents for the bar's height, at the chart's edge; above `MAX` the bar is full.
    let hoogte = |d: Decimal| rond_af(d.clamp(Decimal::ZERO, Decimal::from(MAX)), 0).to_i64().unwrap_or(0);
    let derde = methode.derde_klein();
    let label = format!(
        "Staafdiagram van tempo, kwaliteit en {derde} per taak: {}",
        taken
            .iter()
            .map(|(naam, g)| format!(
                "{naam} T {}, K {}, {derde} {}",
                procent(g.tempo),
                procent(g.kwaliteit),
                procent(g.inzet)
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    view! {
        <figure class="diagram">
            <svg viewBox=format!("0 0 {breedte} 250") role="img" aria-label=label width="100%">
                <line x1="50" x2=breedte y1=y(100) y2=y(100) class="normlijn"/>
                <text x="4" y=y(100) + 4 class="as">"100%"</text>
                <text x="4" y=y(0) + 4 class="as">"0%"</text>
                {taken.iter().enumerate().map(|(i, (naam, g))| {
                    let x0 = 60 + i as i64 * GROEP;
                    let scores = [g.tempo, g.kwaliteit, g.inzet];
                    view! {
                        <g>
                            {scores.iter().enumerate().map(|(s, score)| {
                                let x = x0 + s as i64 * 30;
                                match *score {
                                    Getalinvoer::Getal(d) => {
                                        let p = hoogte(d);
                                        view! {
                                            <rect x=x y=y(p) width="26" height=y(0) - y(p) class=format!("staaf s{s}")/>
                                            <text x=x + 13 y=y(p) - 3 class="waarde" text-anchor="middle">{nl_kort(rond_af(d, 0), 0)}</text>
                                        }.into_any()
                                    }
                                    ander => {
                                        // No bar: the reason, written upward from the axis.
                                        let (cx, cy) = (x + 17, y(0) - 4);
                                        view! {
                                            <text x=cx y=cy transform=format!("rotate(-90 {cx} {cy})") class="waarde ontbreekt">{toon(ander, |_| String::new())}</text>
                                        }.into_any()
                                    }
                                }
                            }).collect_view()}
                            <text x=x0 + 43 y="240" class="as" text-anchor="middle">{naam.chars().take(14).collect::<String>()}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                <span class="legenda s0">"■"</span>" tempo "
                <span class="legenda s1">"■"</span>" kwaliteit "
                <span class="legenda s2">"■"</span>{format!(" {derde}")}
                " — in % van de norm; de lijn is de norm (100%). Een score zonder staaf is niet ingevuld of ongeldig."
            </figcaption>
        </figure>
    }
}
