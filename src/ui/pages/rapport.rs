//! The loonwaarde rapport (SPEC B6) as a page made for printing: A4, paginated, with a footer.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::getal::{euro, nl_kort};
use crate::dossier::loonwaarde::{bereken, LoonwaardeData};
use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::app_state;
use crate::ui::widgets::lokale_tijd;

#[component]
pub fn RapportPagina(id: String) -> impl IntoView {
    let state = app_state();
    browser::zet_titel("Loonwaarderapport — Werkwaarde");
    let dossier = state.dossier(&id).filter(|o| o.dossier.kind == DossierSoort::Loonwaarde);
    let Some(o) = dossier else {
        return view! {
            <h1 tabindex="-1">"Rapport niet gevonden"</h1>
            <p>"Er is in deze browser geen loonwaardedossier met dit adres."</p>
            <p><a href=Route::Dossiers.href()>"Naar de dossiers"</a></p>
        }
        .into_any();
    };
    let data = LoonwaardeData::uit(&o.dossier.data).unwrap_or_default();
    let u = bereken(&data);
    let vandaag = lokale_tijd(browser::nu());
    let of_leeg = |s: &str| if s.trim().is_empty() { "—".to_string() } else { s.trim().to_string() };
    let taken = data.taken.clone();
    let resultaten = u.resultaat.as_ref().map(|r| r.taken.clone()).unwrap_or_default();
    let derde = data.methode.derde_score();

    view! {
        <div class="rapport">
            <p class="niet-printen">
                <a href=Route::Dossier(id.clone()).href()>"Terug naar de berekening"</a>
                " "
                <button type="button" on:click=|_| browser::print()>"Afdrukken of opslaan als PDF"</button>
            </p>
            <h1 tabindex="-1">"Loonwaarderapport"</h1>
            <p class="rapport-kop">{format!("{} · opgesteld {} · {}", o.dossier.title, vandaag, data.methode.naam())}</p>

            <h2>"Gegevens"</h2>
            <dl class="kenmerken">
                <dt>"Werknemer"</dt><dd>{of_leeg(&data.werknemer)}</dd>
                <dt>"Werkgever"</dt><dd>{of_leeg(&data.werkgever)}</dd>
                <dt>"Normfunctie"</dt><dd>{of_leeg(&data.normfunctie)}</dd>
                <dt>"Bron / CAO"</dt><dd>{of_leeg(&data.bron)}</dd>
                <dt>"Normloon per uur"</dt><dd>{of_leeg(&data.normloon)}</dd>
                <dt>"Voltijd uren per week"</dt><dd>{of_leeg(&data.voltijd_uren)}</dd>
                <dt>"Contracturen per week"</dt><dd>{of_leeg(&data.contracturen)}</dd>
                <dt>"Werkdagen per week"</dt><dd>{of_leeg(&data.werkdagen)}</dd>
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
                        <th scope="col">"T"</th><th scope="col">"K"</th><th scope="col">{derde}</th>
                        <th scope="col">"Prestatie"</th><th scope="col">"Loonwaarde"</th>
                    </tr>
                </thead>
                <tbody>
                    {taken.iter().enumerate().map(|(i, t)| {
                        let r = resultaten.get(i);
                        view! {
                            <tr>
                                <th scope="row">{t.naam.clone()}</th>
                                <td>{t.uren.clone()}</td>
                                <td>{r.map(|r| format!("{}%", nl_kort(r.aandeel, 2)))}</td>
                                <td>{format!("{}%", t.tempo)}</td>
                                <td>{format!("{}%", t.kwaliteit)}</td>
                                <td>{format!("{}%", t.inzet)}</td>
                                <td>{r.map(|r| format!("{}%", nl_kort(r.prestatie, 2)))}</td>
                                <td>{r.map(|r| format!("{}%", nl_kort(r.loonwaarde, 2)))}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <Staafdiagram data=data.clone()/>

            <h2>"Toelichting per taak"</h2>
            {taken.iter().map(|t| view! {
                <h3>{t.naam.clone()}</h3>
                <dl class="kenmerken">
                    <dt>"Tempo"</dt><dd>{of_leeg(&t.toelichting[0])}</dd>
                    <dt>"Kwaliteit"</dt><dd>{of_leeg(&t.toelichting[1])}</dd>
                    <dt>{derde}</dt><dd>{of_leeg(&t.toelichting[2])}</dd>
                </dl>
            }).collect_view()}

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

            <h2>"Loonkostensubsidie"</h2>
            {match &u.lks {
                Err(vraag) => view! { <p>{vraag.clone()}</p> }.into_any(),
                Ok(l) => view! {
                    <p>{match &u.wml {
                        Some(crate::domain::loonwaarde::lks::WmlOpzoek::Bekend { vanaf, per_uur }) if data.wml.trim().is_empty() =>
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
                {data.kosten.iter().map(|k| view! {
                    <li>{format!("{}: {} — € {} ({})", k.soort.naam(), of_leeg(&k.omschrijving), k.bedrag,
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

/// Grouped bars: T, K and I (or NW) per taak, 0–120% with a line at the norm (100%).
/// Coordinates are whole SVG units, so no float formatting is needed.
#[component]
fn Staafdiagram(data: LoonwaardeData) -> impl IntoView {
    const HOOGTE: i64 = 180;
    const MAX: i64 = 120;
    const GROEP: i64 = 110;
    let breedte = 60 + data.taken.len().max(1) as i64 * GROEP;
    let y = move |p: i64| 20 + HOOGTE - p.clamp(0, MAX) * HOOGTE / MAX;
    let lees = |s: &str| {
        crate::domain::getal::lees_getal(s).ok().and_then(|d| crate::domain::getal::rond_af(d, 0).to_i64()).unwrap_or(0)
    };
    let derde = data.methode.derde_klein();
    let label = format!(
        "Staafdiagram van tempo, kwaliteit en {derde} per taak: {}",
        data.taken
            .iter()
            .map(|t| format!("{} T {}%, K {}%, {derde} {}%", t.naam, t.tempo, t.kwaliteit, t.inzet))
            .collect::<Vec<_>>()
            .join("; ")
    );
    view! {
        <figure class="diagram">
            <svg viewBox=format!("0 0 {breedte} 250") role="img" aria-label=label width="100%">
                <line x1="50" x2=breedte y1=y(100) y2=y(100) class="normlijn"/>
                <text x="4" y=y(100) + 4 class="as">"100%"</text>
                <text x="4" y=y(0) + 4 class="as">"0%"</text>
                {data.taken.iter().enumerate().map(|(i, t)| {
                    let x0 = 60 + i as i64 * GROEP;
                    let scores = [lees(&t.tempo), lees(&t.kwaliteit), lees(&t.inzet)];
                    view! {
                        <g>
                            {scores.iter().enumerate().map(|(s, p)| {
                                let x = x0 + s as i64 * 30;
                                view! {
                                    <rect x=x y=y(*p) width="26" height=y(0) - y(*p) class=format!("staaf s{s}")/>
                                    <text x=x + 13 y=y(*p) - 3 class="waarde" text-anchor="middle">{p.to_string()}</text>
                                }
                            }).collect_view()}
                            <text x=x0 + 43 y="240" class="as" text-anchor="middle">{t.naam.chars().take(14).collect::<String>()}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                <span class="legenda s0">"■"</span>" tempo "
                <span class="legenda s1">"■"</span>" kwaliteit "
                <span class="legenda s2">"■"</span>{format!(" {derde}")}
                " — in % van de norm; de lijn is de norm (100%)."
            </figcaption>
        </figure>
    }
}
