use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::examen::casus::Casus;
use crate::domain::examen::nakijken::{Taakscores, Taakvergelijking};
use crate::domain::getal::{euro, nl_kort};
use crate::domain::loonwaarde::Methode;
use crate::dossier::examentraining::nakijk;
use crate::dossier::loonwaarde::LoonwaardeData;
use crate::ui::widgets::UitlegBlok;

/// The judgement of a practice attempt: within the band or not, the deviation, the analysis
/// beside the Gouden Standaard element by element, and what made the difference.
#[component]
pub fn Nakijkblok(casus: Casus, werk: LoonwaardeData) -> impl IntoView {
    let r = nakijk(&casus, &werk);
    let gs = &casus.gouden_standaard;
    let klasse = if r.band.binnen { "oordeel gunstig" } else { "oordeel ongunstig" };
    let kop = match (r.pi5, r.band.afwijking) {
        (Some(p), Some(af)) => format!(
            "{}: uw Pi5 {} wijkt {}% af van de Gouden Standaard {}",
            if r.band.binnen { "Binnen de bandbreedte" } else { "Buiten de bandbreedte" },
            euro(p),
            nl_kort(af, 2),
            euro(r.goud_pi5)
        ),
        _ => "Nog niet na te kijken".to_string(),
    };
    let methode_tekst = match r.methode {
        Methode::Ulw if gs.ulw.is_some() => "Vergeleken met de ULW-analyse van de Gouden Standaard.",
        Methode::Ulw => "Vergeleken met de Gouden Standaard (de ULW-analyse is hier gelijk aan het stappenplan).",
        Methode::Stappenplan => "Vergeleken met de Gouden Standaard volgens het stappenplan.",
    };
    let derde = r.methode.derde_score();
    let taken = r.taken.clone();
    let gouden_taken = casus.analyse(r.methode).taken.clone();
    view! {
        <section class="nakijken" aria-labelledby="nakijken-kop">
            <h3 id="nakijken-kop">"Nakijken"</h3>
            <div class=klasse role="status">
                <p class="oordeel-kop" data-testid="nakijkoordeel">{kop}</p>
                <ul>{r.meldingen.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
                <p>{format!(
                    "Pi4: uw {} tegenover {}%. Band voor Pi5: {} tot en met {}.",
                    r.pi4.map(|p| format!("{}%", nl_kort(p, 0))).unwrap_or_else(|| "–".into()),
                    nl_kort(r.goud_pi4, 0),
                    euro(r.band.ondergrens),
                    euro(r.band.bovengrens)
                )}</p>
                <UitlegBlok uitleg=r.band.uitleg.clone()/>
            </div>
            <p class="hint">{methode_tekst}</p>
            {(!r.verschillen.is_empty()).then(|| view! {
                <h4>"Wat het verschil maakte"</h4>
                <ol class="verschillen" data-testid="verschillen">
                    {r.verschillen.iter().take(6).map(|v| view! {
                        <li>{format!("{}: {} procentpunt", v.tekst, teken(v.procentpunt))}</li>
                    }).collect_view()}
                </ol>
                <p class="hint">"In procentpunten van de loonwaarde vóór afronding; samen precies het verschil tussen uw Pi4 en die van de Gouden Standaard."</p>
            })}
            <h4>"Uw analyse naast de Gouden Standaard"</h4>
            <table class="taken vergelijking">
                <caption class="sr">"Per taak: uw scores en die van de Gouden Standaard"</caption>
                <thead><tr>
                    <th scope="col">"Taak"</th><th scope="col">"Bron"</th><th scope="col">"Uren"</th><th scope="col">"Aandeel"</th>
                    <th scope="col">"T %"</th><th scope="col">"K %"</th><th scope="col">{format!("{derde} %")}</th>
                    <th scope="col">"Prestatie"</th><th scope="col">"Bijdrage"</th>
                </tr></thead>
                {taken.into_iter().map(vergelijk_rijen).collect_view()}
            </table>
            <h4>"Toelichting van de Gouden Standaard"</h4>
            <p class="vrije-tekst">{gs.toelichting.clone()}</p>
            <ul>
                {gouden_taken.into_iter().map(|t| view! {
                    <li><strong>{t.naam.clone()}</strong>": "
                        {format!("tempo: {} · kwaliteit: {} · {}: {}", t.toelichting[0], t.toelichting[1], derde.to_lowercase(), t.toelichting[2])}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

fn teken(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", nl_kort(d, 2))
    } else {
        nl_kort(d, 2)
    }
}

fn cellen(s: Option<&Taakscores>) -> impl IntoView {
    let f = |d: Option<Decimal>, n: u32| d.map(|d| nl_kort(d, n)).unwrap_or_else(|| "–".into());
    let pct = |d: Option<Decimal>| d.map(|d| format!("{}%", nl_kort(d, 2))).unwrap_or_else(|| "–".into());
    view! {
        <td class="getal">{f(s.map(|s| s.uren), 2)}</td>
        <td class="getal">{pct(s.map(|s| s.aandeel))}</td>
        <td class="getal">{f(s.map(|s| s.tempo), 2)}</td>
        <td class="getal">{f(s.map(|s| s.kwaliteit), 2)}</td>
        <td class="getal">{f(s.map(|s| s.inzet), 2)}</td>
        <td class="getal">{pct(s.map(|s| s.prestatie))}</td>
        <td class="getal">{f(s.map(|s| s.bijdrage), 2)}</td>
    }
}

fn vergelijk_rijen(v: Taakvergelijking) -> impl IntoView {
    view! {
        <tbody class="taak">
            <tr>
                <th scope="rowgroup" rowspan="2">{v.naam.clone()}</th>
                <td>"U"</td>
                {cellen(v.gebruiker.as_ref())}
            </tr>
            <tr class="goud">
                <td>"Gouden Standaard"</td>
                {cellen(v.goud.as_ref())}
            </tr>
        </tbody>
    }
}
