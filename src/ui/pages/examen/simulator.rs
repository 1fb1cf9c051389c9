use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::model::model;
use crate::domain::examen::validatie::Validatiesoort;
use crate::domain::getal::nl_kort;
use crate::dossier::examentraining::Simulatorrij;
use crate::dossier::simulator::{bereken, lees_csv, naar_csv, soort, veld, MAX_BYTES};
use crate::ui::browser;
use crate::ui::widgets::{UitlegBlok, Veld};

const KOLOMMEN: [(&str, &str); 4] = [
    ("uitvoerende", "Uitvoerende"),
    ("casus", "Casus"),
    ("antwoord", "Antwoord Pi5 (€)"),
    ("goud", "Gouden Standaard Pi5 (€)"),
];

/// Validatie of a methodiek (Loonwaardegids §3.3): results of several uitvoerenden against the
/// Gouden Standaard, typed in or imported from CSV.
#[component]
pub fn SimulatorDeel() -> impl IntoView {
    let m = model();
    let uitkomst = Memo::new(move |_| m.data.with(|d| bereken(&d.simulator)));
    let import_berichten = RwSignal::new(Vec::<String>::new());
    let huidige_soort = move || m.data.with(|d| soort(&d.simulator));
    let voeg_toe = move |_| {
        m.data.update(|d| {
            let id = d.volgend_rij_id();
            d.simulator.rijen.push(Simulatorrij { id, ..Default::default() });
        })
    };
    let bij_keuze = move |ev: leptos::ev::Event| {
        let Some(invoer) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let bestand = invoer.files().and_then(|f| f.get(0));
        invoer.set_value("");
        let Some(bestand) = bestand else { return };
        let naam = bestand.name();
        if bestand.size() > MAX_BYTES as f64 {
            import_berichten.set(vec![format!("{naam}: het bestand is groter dan {} MB.", MAX_BYTES / 1_000_000)]);
            return;
        }
        spawn_local(async move {
            let blob = gloo_file::File::from(bestand);
            let berichten = match gloo_file::futures::read_as_bytes(&blob).await {
                Err(_) => vec![format!("{naam} kon niet worden gelezen.")],
                Ok(bytes) => {
                    let eerste = m.data.with_untracked(|d| d.volgend_rij_id());
                    match lees_csv(&bytes, eerste) {
                        Err(f) => vec![format!("{naam}: {f}")],
                        Ok(import) => {
                            let mut b = vec![format!(
                                "{naam}: {} rij{} ingelezen{}.",
                                import.rijen.len(),
                                if import.rijen.len() == 1 { "" } else { "en" },
                                if import.fouten.is_empty() {
                                    String::new()
                                } else {
                                    format!(", {} overgeslagen", import.fouten.len())
                                }
                            )];
                            b.extend(import.fouten);
                            m.data.try_update(|d| d.simulator.rijen.extend(import.rijen));
                            b
                        }
                    }
                }
            };
            import_berichten.try_set(berichten);
        });
    };
    let exporteer = move |_| {
        let csv = m.data.with(|d| naar_csv(&d.simulator.rijen));
        if let Err(f) = browser::download("validatie-resultaten.csv", "text/csv;charset=utf-8", &csv) {
            import_berichten.set(vec![f]);
        }
    };
    view! {
        <p class="hint">
            "Een methodiek is gevalideerd als genoeg antwoorden van uitvoerenden binnen de bandbreedte van de "
            "Gouden Standaard vallen: bij een eerste validatie ±15% en ten minste 55% van alle casussen, bij een "
            "hervalidatie ±10% en ten minste 70%. Met minder dan 5 uitvoerenden geldt de validatie 1 jaar, anders 2."
        </p>
        <fieldset class="methode">
            <legend>"Soort validatie"</legend>
            {[(Validatiesoort::Eerste, "eerste"), (Validatiesoort::Her, "her")].into_iter().map(|(s, sleutel)| view! {
                <label class="keuze">
                    <input type="radio" name="validatiesoort" prop:checked=move || huidige_soort() == s
                        on:change=move |_| m.data.update(|d| d.simulator.soort = sleutel.to_string())/>
                    {s.naam()}
                </label>
            }).collect_view()}
        </fieldset>
        {move || uitkomst.with(|(v, _)| {
            let klasse = match (v.totaal, v.gevalideerd) {
                (0, _) => "oordeel voorlopig",
                (_, true) => "oordeel gunstig",
                _ => "oordeel ongunstig",
            };
            view! {
                <div class=klasse role="status">
                    <p class="oordeel-kop" data-testid="validatie">{v.kop.clone()}</p>
                    <UitlegBlok uitleg=v.uitleg.clone()/>
                </div>
            }
        })}
        <div class="acties">
            // A Dutch button instead of the browser's own, as for the dossier import.
            <input id="sim-csv" class="sr" type="file" accept=".csv,text/csv" on:change=bij_keuze/>
            <label for="sim-csv" class="bestandknop">"CSV-bestand importeren (uitvoerende;casus;antwoord;goud)"</label>
        </div>
        <div role="status" class="berichten" data-testid="csv-berichten">
            {move || {
                let b = import_berichten.get();
                (!b.is_empty()).then(|| view! { <ul>{b.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul> })
            }}
        </div>
        <table class="taken simulator">
            <caption class="sr">"Resultaten per uitvoerende en casus"</caption>
            <thead><tr>
                {KOLOMMEN.iter().map(|(_, l)| view! { <th scope="col">{*l}</th> }).collect_view()}
                <th scope="col">"Oordeel"</th>
                <th scope="col"><span class="sr">"Verwijderen"</span></th>
            </tr></thead>
            <tbody>
                <For each=move || m.data.with(|d| d.simulator.rijen.iter().map(|r| r.id).collect::<Vec<_>>()) key=|id| *id let:rid>
                    <SimRij rid=rid uitkomst=uitkomst/>
                </For>
            </tbody>
        </table>
        <div class="acties">
            <button type="button" on:click=voeg_toe>"Rij toevoegen"</button>
            <button type="button" on:click=exporteer>"Exporteren als CSV"</button>
        </div>
    }
}

type Uitkomst = (crate::domain::examen::validatie::Validatie, std::collections::BTreeMap<String, String>);

#[component]
fn SimRij(rid: u64, uitkomst: Memo<Uitkomst>) -> impl IntoView {
    let m = model();
    let nummer = move || m.data.with(|d| d.simulator.rijen.iter().position(|r| r.id == rid).map_or(0, |i| i + 1));
    let cel = move |kolom: &'static str, label: &'static str| {
        let waarde = Signal::derive(move || {
            m.data.with(|d| {
                d.simulator.rijen.iter().find(|r| r.id == rid).map(|r| kolom_van(r, kolom).clone()).unwrap_or_default()
            })
        });
        let zet = Callback::new(move |v: String| {
            m.data.update(|d| {
                if let Some(r) = d.simulator.rijen.iter_mut().find(|r| r.id == rid) {
                    *kolom_van_mut(r, kolom) = v;
                }
            })
        });
        let fout = Signal::derive(move || uitkomst.with(|(_, f)| f.get(&veld(rid, kolom)).cloned()));
        view! {
            <td>
                <Veld id=format!("veld-{}", veld(rid, kolom)) label=Signal::derive(move || format!("{label} (rij {})", nummer()))
                    verborgen_label=true waarde=waarde zet=zet fout=fout decimaal=matches!(kolom, "antwoord" | "goud")/>
            </td>
        }
    };
    let oordeel = move || {
        uitkomst.with(|(v, f)| {
            if KOLOMMEN.iter().any(|(k, _)| f.contains_key(&veld(rid, k))) {
                return "telt niet mee".to_string();
            }
            // Rows that count are judged in order; this row's place among them.
            let telt = m.data.with(|d| {
                d.simulator
                    .rijen
                    .iter()
                    .filter(|r| !KOLOMMEN.iter().any(|(k, _)| f.contains_key(&veld(r.id, k))))
                    .position(|r| r.id == rid)
            });
            telt.and_then(|i| v.oordelen.get(i))
                .map(|b| match b.afwijking {
                    Some(a) => format!("{} ({}%)", if b.binnen { "binnen" } else { "buiten" }, nl_kort(a, 2)),
                    None => {
                        if b.binnen {
                            "binnen".into()
                        } else {
                            "buiten".into()
                        }
                    }
                })
                .unwrap_or_default()
        })
    };
    let verwijder = move |_| m.data.update(|d| d.simulator.rijen.retain(|r| r.id != rid));
    view! {
        <tr>
            {KOLOMMEN.iter().map(|(k, l)| cel(k, l)).collect_view()}
            <td>{oordeel}</td>
            <td><button type="button" on:click=verwijder aria-label=move || format!("Rij {} verwijderen", nummer())>"×"</button></td>
        </tr>
    }
}

fn kolom_van<'a>(r: &'a Simulatorrij, kolom: &str) -> &'a String {
    match kolom {
        "uitvoerende" => &r.uitvoerende,
        "casus" => &r.casus,
        "antwoord" => &r.antwoord,
        _ => &r.goud,
    }
}

fn kolom_van_mut<'a>(r: &'a mut Simulatorrij, kolom: &str) -> &'a mut String {
    match kolom {
        "uitvoerende" => &mut r.uitvoerende,
        "casus" => &mut r.casus,
        "antwoord" => &mut r.antwoord,
        _ => &mut r.goud,
    }
}
