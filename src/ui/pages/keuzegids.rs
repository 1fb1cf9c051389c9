//! The keuzegids of the Loonwaardegids (§2.1–§2.3, issue 13 item 4): the validated methodieken
//! against the kenmerken of the format, filterable, in our own words and without contact details.
//! It lives on the loonwaarde page (`#/keuzegids`, `#/keuzegids/<id>`). The texts are static, so
//! each view is written as HTML (`ui::html`); only the filter form is reactive.

use leptos::prelude::*;

use crate::domain::loonwaarde::keuzegids::{self, uren, Criterium, Doelgroep, Filter, Methodiekbeschrijving};
use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::html::Html;
use crate::ui::pagina::pagina;
use crate::ui::route::Route;

#[component]
pub fn Keuzegids(id: Option<String>) -> impl IntoView {
    match id.as_deref().and_then(keuzegids::methodiek) {
        Some(m) => view! { <Methodiekpagina m=m/> }.into_any(),
        None if id.is_some() => view! {
            <h1 tabindex="-1">"Methodiek niet gevonden"</h1>
            <p><a href=Route::Keuzegids(None).href()>"Naar de keuzegids"</a></p>
        }
        .into_any(),
        None => view! { <Overzicht/> }.into_any(),
    }
}

#[component]
fn Overzicht() -> impl IntoView {
    browser::zet_titel("Keuzegids loonwaardemethodieken — Werkwaarde");
    let doelgroep = RwSignal::new(String::new());
    let formule = RwSignal::new(String::new());
    let tekst = RwSignal::new(String::new());
    let lijst = move || {
        let f = Filter {
            doelgroep: Doelgroep::ALLE.into_iter().find(|d| format!("{d:?}") == doelgroep.get()),
            eigen_formule: match formule.get().as_str() {
                "ja" => Some(true),
                "nee" => Some(false),
                _ => None,
            },
            training_vereist: None,
            tekst: Some(tekst.get()).filter(|t| !t.trim().is_empty()),
        };
        lijst_html(&keuzegids::filter(&f))
    };
    view! {
        <h1 tabindex="-1">"Keuzegids loonwaardemethodieken"</h1>
        <p class="inleiding">
            "De gevalideerde methodieken van de Loonwaardegids naast elkaar, beschreven langs de kenmerken "
            "van het format (§2.2), in onze eigen woorden. Filter op doelgroep en rekenwijze, of zoek op een woord."
        </p>
        <form class="formulier raster" role="search" aria-label="Methodieken filteren" on:submit=|ev| ev.prevent_default()>
            <div class="veld">
                <label for="kg-doelgroep">"Doelgroep"</label>
                <select id="kg-doelgroep" on:change=move |ev| doelgroep.set(event_target_value(&ev))>
                    <option value="">"Alle doelgroepen"</option>
                    {Doelgroep::ALLE.into_iter().map(|d| view! { <option value=format!("{d:?}")>{d.naam()}</option> }).collect_view()}
                </select>
            </div>
            <div class="veld">
                <label for="kg-formule">"Rekenwijze"</label>
                <select id="kg-formule" on:change=move |ev| formule.set(event_target_value(&ev))>
                    <option value="">"Alle"</option>
                    <option value="nee">"Volgens het stappenplan van de Regeling"</option>
                    <option value="ja">"Met een eigen formule"</option>
                </select>
            </div>
            <div class="veld">
                <label for="kg-tekst">"Zoeken"</label>
                <input id="kg-tekst" type="search" on:input=move |ev| tekst.set(event_target_value(&ev))/>
            </div>
        </form>
        <div role="region" aria-label="Methodieken" aria-live="polite" inner_html=lijst></div>
        <p class="hint">{format!("Bron: {}.", keuzegids::bron())}</p>
    }
}

/// The filtered methodieken as a table: name (a link to its page), rekenwijze, Regeling, time.
fn lijst_html(lijst: &[&Methodiekbeschrijving]) -> String {
    let mut h = Html::new();
    h.el("p", "", &format!("{} van de {} methodieken", lijst.len(), keuzegids::METHODIEKEN.len()));
    if lijst.is_empty() {
        h.el("p", "", "Geen methodiek past bij dit filter.");
        return h.klaar();
    }
    h.open("table", "rapport-tabel keuzegids")
        .kopregel(&["Methodiek", "Rekenwijze", "Volgt de Regeling", "Tijd uitvoerder", "Doelgroepen"])
        .open("tbody", "");
    for m in lijst {
        h.open("tr", "").open_met("th", &[("scope", "row")]);
        h.open_met("a", &[("href", &Route::Keuzegids(Some(m.id.to_string())).href())]).tekst(m.naam).sluit("a");
        h.sluit("th");
        let doelgroepen: Vec<&str> = m.doelgroepen.iter().map(|d| d.naam()).collect();
        for cel in [m.rekenwijze.naam(), m.regeling.naam(), &uren(m.tijd.uitvoerder), &doelgroepen.join("; ")] {
            h.el("td", "", cel);
        }
        h.sluit("tr");
    }
    h.sluit("tbody").sluit("table");
    h.klaar()
}

#[component]
fn Methodiekpagina(m: &'static Methodiekbeschrijving) -> impl IntoView {
    browser::zet_titel(&format!("{} — Keuzegids — Werkwaarde", m.naam));
    let nieuw = pagina().schil_href(&Route::Gebied(DossierSoort::Loonwaarde));
    view! {
        <p><a href=Route::Keuzegids(None).href()>"Terug naar de keuzegids"</a></p>
        <h1 tabindex="-1">{m.naam}</h1>
        <div inner_html=methodiek_html(m)></div>
        <p>
            {if m.eigen_formule() {
                "Deze methodiek rekent met een eigen formule, en Werkwaarde rekent die uit. Maak een \
                 loonwaardedossier, vul de taak-urenanalyse in en vink deze methodiek aan onder \u{2018}Andere \
                 methodieken naast elkaar\u{2019}: zij vraagt dan alleen wat zij daarnaast nodig heeft."
            } else {
                "Deze methodiek rekent met het stappenplan van de Regeling: dat rekent een loonwaardedossier van \
                 Werkwaarde uit, en onder \u{2018}Andere methodieken naast elkaar\u{2019} staat zij met haar eigen \
                 naam naast de andere."
            }}
            " "
            <a class="knop" href=nieuw>"Een casus berekenen"</a>
        </p>
    }
}

fn methodiek_html(m: &Methodiekbeschrijving) -> String {
    let mut h = Html::new();
    h.open("dl", "kenmerken")
        .el("dt", "", "Rekenwijze")
        .el("dd", "", m.rekenwijze.naam())
        .el("dt", "", "Volgt de Regeling loonkostensubsidie")
        .el("dd", "", m.regeling.naam())
        .el("dt", "", "Tijd")
        .el(
            "dd",
            "",
            &format!(
                "uitvoerder {}, werkgever {}, werknemer {}",
                uren(m.tijd.uitvoerder),
                uren(m.tijd.werkgever),
                uren(m.tijd.werknemer)
            ),
        )
        .el("dt", "", "Rapportage")
        .el("dd", "", m.rapportage.naam())
        .el("dt", "", "Bron")
        .el("dd", "", &format!("Loonwaardegids {}", m.paragraaf))
        .sluit("dl");
    h.open("table", "rapport-tabel").kopregel(&["Kenmerk (§2.2)", "In het kort"]).open("tbody", "");
    for c in Criterium::ALLE {
        h.rij(&format!("{}. {}", c.nummer(), c.naam()), &[m.toon(c)]);
    }
    h.sluit("tbody").sluit("table");
    h.klaar()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_links_each_methodiek_and_counts_what_the_filter_lets_through() {
        let alle = keuzegids::filter(&Filter::default());
        let html = lijst_html(&alle);
        assert!(html.contains(&format!("{0} van de {0} methodieken", keuzegids::METHODIEKEN.len())));
        for m in keuzegids::METHODIEKEN {
            assert!(html.contains(&format!("href=\"#/keuzegids/{}\"", m.id)), "{}", m.id);
        }
        assert!(lijst_html(&[]).contains("Geen methodiek past bij dit filter."));
        let dariuz = keuzegids::methodiek("dariuz").expect("dariuz");
        let pagina = methodiek_html(dariuz);
        for c in Criterium::ALLE {
            assert!(pagina.contains(&tekst_van(c.naam())), "{}", c.naam());
        }
    }

    fn tekst_van(s: &str) -> String {
        crate::ui::html::tekst(s)
    }
}
