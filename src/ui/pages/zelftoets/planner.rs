use chrono::NaiveDate;
use leptos::prelude::*;

use super::model::model;
use super::veld::InvoerVeld;
use crate::domain::datum::lange_datum;
use crate::domain::keurmerk::meetperiode::{
    dagen_tot, stand, tabel1, volgende_deadline, Gebeurtenis, Herkomst, Planning, Stand, Start, Tabel1Uitkomst,
};
use crate::dossier::planner::{huidige_meetperiode, ics_bestand, planner_velden, VELD_JAAR, VELD_START};
use crate::ui::browser;
use crate::ui::widgets::UitlegBlok;

/// Tabel 2 and the §5.1.1 terms as a timeline with today marked and the next deadline
/// highlighted; Tabel 1 for the chosen meetperiode; the dates as an .ics download.
#[component]
pub fn PlannerStap() -> impl IntoView {
    let m = model();
    let vandaag = browser::vandaag();
    let melding = RwSignal::new(None::<String>);
    let huidige = move |_| {
        let start = Start::uit_sleutel(&m.waarde(VELD_START)).unwrap_or(Start::Januari);
        m.zet(VELD_START, start.sleutel().to_string());
        m.zet(VELD_JAAR, huidige_meetperiode(start, vandaag).to_string());
    };
    let download = move |_| {
        let Some(p) = m.uitkomst.with(|u| u.planning.clone()) else { return };
        let (naam, inhoud) = ics_bestand(&p, browser::nu().naive_utc());
        melding.set(Some(match browser::download(&naam, "text/calendar;charset=utf-8", &inhoud) {
            Ok(()) => format!("{naam} is gedownload: {} datums.", p.gebeurtenissen.len()),
            Err(f) => f,
        }));
    };
    view! {
        <p class="hint">
            "Kies de start en het jaar van de meetperiode. Werkwaarde zet alle datums van Tabel 2 en de "
            "termijnen van §5.1.1 op een tijdlijn. De UWV-variant volgt uit het profiel (‘UWV is opdrachtgever’)."
        </p>
        <div class="formulier raster">
            {planner_velden().into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
        </div>
        <p><button type="button" on:click=huidige>"Meetperiode die nu loopt"</button></p>
        {move || m.uitkomst.with(|u| match &u.planning {
            None => view! { <p class="leeg">"Nog geen planning: kies de start en vul het jaar in."</p> }.into_any(),
            Some(p) => view! {
                <Tijdlijn planning=p.clone() vandaag=vandaag/>
                <div class="acties">
                    <button type="button" on:click=download>"Agenda downloaden (.ics)"</button>
                    <span class="hint">"Alle datums als hele-dag-afspraken, voor Outlook, Google Agenda of Apple Agenda."</span>
                </div>
                {p.bevindingen.iter().map(|b| view! { <p class="veldlet-op">{b.clone()}</p> }).collect_view()}
                <details class="keuzes">
                    <summary>"Hoe de planner de Handleiding leest (aannames van Werkwaarde)"</summary>
                    <ul>{p.keuzes.iter().map(|k| view! { <li>{*k}</li> }).collect_view()}</ul>
                </details>
                <Tabel1 planning=p.clone()/>
            }.into_any(),
        })}
        <p role="status" class="hint">{move || melding.get()}</p>
    }
}

#[component]
fn Tijdlijn(planning: Planning, vandaag: NaiveDate) -> impl IntoView {
    let volgende = volgende_deadline(&planning, vandaag);
    // Today goes between the last item before it and the first on or after it.
    let vandaag_op = planning.gebeurtenissen.iter().position(|g| g.datum >= vandaag);
    let mut items = Vec::new();
    for (i, g) in planning.gebeurtenissen.iter().enumerate() {
        if vandaag_op == Some(i) {
            items.push(vandaag_item(vandaag).into_any());
        }
        items.push(item(g, stand(g, vandaag), volgende == Some(i), vandaag).into_any());
    }
    if vandaag_op.is_none() {
        items.push(vandaag_item(vandaag).into_any());
    }
    let samenvatting = match volgende.and_then(|i| planning.gebeurtenissen.get(i)) {
        // "Eerstvolgende deadline: Deadline aanleveren …" says deadline twice.
        Some(g) => format!(
            "Eerstvolgende deadline: {}, {} ({}).",
            g.titel.strip_prefix("Deadline ").unwrap_or(&g.titel),
            lange_datum(g.laatste_dag()),
            dagen_tekst(dagen_tot(g.laatste_dag(), vandaag))
        ),
        None => "Alle deadlines van deze meetperiode liggen achter u.".to_string(),
    };
    view! {
        <h3>{format!("Tijdlijn: {}", planning.meetperiode.naam())}</h3>
        <p class="volgende" data-testid="volgende-deadline">{samenvatting}</p>
        <ol class="tijdlijn" aria-label="Tijdlijn van de meetperiode">{items}</ol>
    }
}

fn dagen_tekst(n: i64) -> String {
    match n {
        0 => "vandaag".into(),
        1 => "morgen".into(),
        n if n > 0 => format!("over {n} dagen"),
        -1 => "gisteren".into(),
        n => format!("{} dagen geleden", -n),
    }
}

fn vandaag_item(vandaag: NaiveDate) -> impl IntoView {
    view! {
        <li class="vandaag" data-testid="vandaag">
            <span class="datum">{lange_datum(vandaag)}</span>
            <strong>"Vandaag"</strong>
        </li>
    }
}

fn item(g: &Gebeurtenis, st: Stand, volgende: bool, vandaag: NaiveDate) -> impl IntoView {
    let wanneer = match g.tot {
        Some(t) => format!("{} tot en met {}", lange_datum(g.datum), lange_datum(t)),
        None => lange_datum(g.datum),
    };
    let klasse = format!(
        "{}{}{}",
        match st {
            Stand::Voorbij => "voorbij",
            Stand::Nu => "nu",
            Stand::Komend => "komend",
        },
        if volgende { " volgende" } else { "" },
        if g.deadline { " deadline" } else { "" },
    );
    let bron = match g.herkomst {
        Herkomst::Tabel2 => "Tabel 2",
        Herkomst::Paragraaf511 => "§5.1.1",
    };
    let stand_tekst = match st {
        Stand::Voorbij => "voorbij".to_string(),
        Stand::Nu if g.tot.is_some() => "nu open".to_string(),
        Stand::Nu => "vandaag".to_string(),
        Stand::Komend => dagen_tekst(dagen_tot(g.datum, vandaag)),
    };
    view! {
        <li class=klasse aria-current=volgende.then_some("step")>
            <span class="datum">{wanneer}</span>
            <span class="wat">
                {g.titel.clone()}
                {volgende.then(|| view! { <strong class="label">" — eerstvolgende deadline"</strong> })}
                <span class="hint">{format!(" · {bron} · {stand_tekst}")}</span>
            </span>
            <UitlegBlok uitleg=g.uitleg.clone()/>
        </li>
    }
}

#[component]
fn Tabel1(planning: Planning) -> impl IntoView {
    let (uitkomst, bron) = tabel1(planning.meetperiode);
    view! {
        <h3>"Welke Handleiding geldt (Tabel 1)"</h3>
        {match uitkomst {
            Tabel1Uitkomst::Tabel(rijen) => view! {
                <table class="rapport-tabel">
                    <caption class="sr">"Geldigheid per deel van de Handleiding"</caption>
                    <thead><tr><th scope="col">"Handleiding"</th><th scope="col">"Onderdeel"</th><th scope="col">"Geldt tot en met"</th></tr></thead>
                    <tbody>
                        {rijen.into_iter().map(|(h, o, d)| view! {
                            <tr><td>{h}</td><td>{o}</td><td>{lange_datum(d)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any(),
            Tabel1Uitkomst::Buiten(tekst) => view! { <p>{tekst}</p> }.into_any(),
        }}
        <p class="bron">{bron}</p>
    }
}
