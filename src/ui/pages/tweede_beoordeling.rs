//! A second opinion: two loonwaarde dossiers of one werknemer side by side, taak by taak with
//! every score and toelichting of both, and the difference in the loonwaarde split into the
//! taken and scores that cause it (issue 13, vector L10). Works across methods; neither dossier
//! is changed. Computed once when it opens, so it is static HTML (`ui::html`).

use leptos::prelude::*;

use crate::domain::getal::{euro, nl_kort};
use crate::dossier::loonwaarde::{
    tweede_beoordeling, LoonwaardeData, TaakData, TweedeBeoordeling as TweedeBeoordelingUitkomst, Uitkomst,
};
use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::html::Html;
use crate::ui::route::Route;
use crate::ui::state::app_state;
use crate::ui::widgets::lokale_tijd;

#[component]
pub fn TweedeBeoordeling(a: String, b: String) -> impl IntoView {
    let state = app_state();
    browser::zet_titel("Tweede beoordeling — Werkwaarde");
    let lees = |id: &str| {
        state
            .actueel(id)
            .filter(|o| o.dossier.kind == DossierSoort::Loonwaarde)
            .map(|o| (o.dossier.title.clone(), LoonwaardeData::uit(&o.dossier.data).unwrap_or_default()))
    };
    let (Some((titel_a, da)), Some((titel_b, db))) = (lees(&a), lees(&b)) else {
        return view! {
            <h1 tabindex="-1">"Vergelijking niet gevonden"</h1>
            <p>"Een van de twee loonwaardedossiers staat niet in deze browser. Importeer het bestand van uw collega en kies het opnieuw."</p>
            <p><a href=crate::ui::pagina::pagina().schil_href(&Route::Dossiers)>"Naar de dossiers"</a></p>
        }
        .into_any();
    };
    let opgesteld = lokale_tijd(browser::nu());
    // Pairs made by hand live on this page only: comparing changes neither dossier.
    let handmatig: RwSignal<Vec<(usize, usize)>> = RwSignal::new(Vec::new());
    let (da, db) = (StoredValue::new(da), StoredValue::new(db));
    let (ta, tb) = (StoredValue::new(titel_a.clone()), StoredValue::new(titel_b));
    // Computed once per change of the pairs; the text and the pairing form both read it.
    let t =
        Memo::new(move |_| handmatig.with(|h| da.with_value(|da| db.with_value(|db| tweede_beoordeling(da, db, h)))));
    let inhoud = move || {
        t.with(|t| {
            da.with_value(|da| {
                db.with_value(|db| vergelijking_html(&ta.get_value(), da, &tb.get_value(), db, &opgesteld, t))
            })
        })
    };
    // The taken each side still has without a partner, by index among its readable taken.
    let los = move || {
        t.with(|t| {
            let alleen = |a: bool| {
                t.vergelijking
                    .paren
                    .iter()
                    .filter_map(|p| match (&p.a, &p.b, a) {
                        (Some(x), None, true) => Some((x.index, x.naam.clone())),
                        (None, Some(y), false) => Some((y.index, y.naam.clone())),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            };
            (alleen(true), alleen(false))
        })
    };
    view! {
        <div class="rapport tweede-beoordeling">
            <p class="niet-printen">
                <a href=Route::Dossier(a.clone()).href()>{format!("Terug naar {titel_a}")}</a>
                " "
                <button type="button" on:click=|_| browser::print()>"Afdrukken of opslaan als PDF"</button>
            </p>
            <h1 tabindex="-1">"Tweede beoordeling"</h1>
            <div inner_html=inhoud></div>
            <section class="niet-printen" aria-labelledby="koppel-kop">
                <h2 id="koppel-kop">"Taken koppelen"</h2>
                <p class="hint">"Heten twee taken anders maar gaat het om hetzelfde werk, koppel ze dan hier; de vergelijking rekent meteen opnieuw."</p>
                {move || {
                    let (los_a, los_b) = los();
                    if los_a.is_empty() || los_b.is_empty() {
                        return view! { <p>"Elke taak heeft een tegenhanger, of er is niets meer te koppelen."</p> }.into_any();
                    }
                    los_a.into_iter().map(|(i, naam)| {
                        let opties = los_b.clone();
                        let id = format!("koppel-{i}");
                        view! {
                            <div class="formulier rij">
                                <label for=id.clone()>{format!("Taak {naam} van A koppelen aan")}</label>
                                <select id=id on:change=move |ev| {
                                    if let Ok(j) = event_target_value(&ev).parse::<usize>() {
                                        handmatig.update(|h| h.push((i, j)));
                                    }
                                }>
                                    <option value="">"— niet koppelen —"</option>
                                    {opties.into_iter().map(|(j, n)| view! { <option value=j.to_string()>{n}</option> }).collect_view()}
                                </select>
                            </div>
                        }
                    }).collect_view().into_any()
                }}
                {move || (!handmatig.with(Vec::is_empty)).then(|| view! {
                    <p><button type="button" on:click=move |_| handmatig.set(Vec::new())>"Koppelingen ongedaan maken"</button></p>
                })}
            </section>
        </div>
    }
    .into_any()
}

/// "X", or "X / Y" for a pair made by hand of two names.
fn paarnaam(p: &crate::domain::loonwaarde::vergelijking::Taakpaar) -> String {
    match (&p.a, &p.b) {
        (Some(x), Some(y)) if x.naam.to_lowercase() != y.naam.to_lowercase() => format!("{} / {}", x.naam, y.naam),
        _ => p.naam.clone(),
    }
}

fn pct(d: rust_decimal::Decimal) -> String {
    format!("{}%", nl_kort(d, 2))
}

fn kant(u: &Uitkomst) -> (String, String) {
    match &u.resultaat {
        Some(r) if u.fouten.is_empty() => (
            format!("{}%", nl_kort(r.pi4, 0)),
            u.pi5_per_uur.as_ref().map_or_else(|| "—".to_string(), |(p, _)| euro(*p)),
        ),
        _ => ("niet te berekenen".to_string(), "—".to_string()),
    }
}

fn toelichting<'a>(data: &'a LoonwaardeData, naam: &str) -> Option<&'a TaakData> {
    data.taken.iter().find(|t| t.naam.trim().to_lowercase() == naam.trim().to_lowercase())
}

/// Everything below the title, as static HTML.
pub fn vergelijking_html(
    titel_a: &str,
    a: &LoonwaardeData,
    titel_b: &str,
    b: &LoonwaardeData,
    opgesteld: &str,
    t: &TweedeBeoordelingUitkomst,
) -> String {
    let v = &t.vergelijking;
    let mut h = Html::new();
    h.el("p", "rapport-kop", &format!("A: {titel_a} · B: {titel_b} · opgesteld {opgesteld}"));
    h.el(
        "p",
        "hint",
        "Twee analyses van één werknemer naast elkaar. Elke kant is berekend met haar eigen methode; geen van \
         beide dossiers wordt gewijzigd.",
    );
    let (pi4_a, pi5_a) = kant(&t.a);
    let (pi4_b, pi5_b) = kant(&t.b);
    h.open("table", "rapport-tabel").kopregel(&["", "A", "B"]).open("tbody", "");
    h.rij("Dossier", &[titel_a, titel_b]);
    h.rij("Methode", &[a.methode.naam(), b.methode.naam()]);
    let of_leeg = |s: &str| if s.trim().is_empty() { "niet ingevuld".to_string() } else { s.trim().to_string() };
    h.rij("Normfunctie", &[&of_leeg(&a.normfunctie), &of_leeg(&b.normfunctie)]);
    h.rij("Loonwaarde (Pi4)", &[&pi4_a, &pi4_b]);
    h.rij("Pi5 per uur", &[&pi5_a, &pi5_b]);
    h.sluit("tbody").sluit("table");

    for (naam, u) in [("A", &t.a), ("B", &t.b)] {
        if !u.fouten.is_empty() {
            h.el(
                "p",
                "veldfout",
                &format!(
                    "Dossier {naam} heeft nog {} invoerfout{}: open het en verbeter die eerst; de vergelijking gebruikt alleen de taken die wel te lezen zijn.",
                    u.fouten.len(),
                    if u.fouten.len() == 1 { "" } else { "en" }
                ),
            );
        }
    }

    h.el("h2", "", "Wat het verschil maakt");
    match v.verschil {
        None => {
            h.el("p", "", "Nog niet te zeggen: een van beide analyses is niet te berekenen.");
        }
        Some(verschil) => {
            h.el(
                "p",
                "groot",
                &format!(
                    "B − A = {} procentpunt (onafgerond), precies verdeeld over de oorzaken hieronder.",
                    nl_kort(verschil, 4)
                ),
            );
            let drempel = rust_decimal::Decimal::new(5, 3);
            h.open("ol", "verschillen");
            for d in v.verschillen.iter().filter(|d| d.procentpunt.abs() >= drempel) {
                h.el("li", "", &format!("{}: {} procentpunt", d.tekst, nl_kort(d.procentpunt, 4)));
            }
            h.sluit("ol");
        }
    }

    h.el("h2", "", "Taak voor taak");
    h.open("table", "rapport-tabel").kopregel(&[
        "Taak",
        "Uren A / B",
        "Tempo A / B",
        "Kwaliteit A / B",
        "I of NW A / B",
        "Bijdrage A / B",
    ]);
    h.open("tbody", "");
    let paar = |x: Option<String>, y: Option<String>| {
        format!("{} / {}", x.unwrap_or_else(|| "—".into()), y.unwrap_or_else(|| "—".into()))
    };
    for p in &v.paren {
        let (x, y) = (p.a.as_ref(), p.b.as_ref());
        h.rij(
            &paarnaam(p),
            &[
                &paar(x.map(|s| nl_kort(s.uren, 2)), y.map(|s| nl_kort(s.uren, 2))),
                &paar(x.map(|s| pct(s.tempo)), y.map(|s| pct(s.tempo))),
                &paar(x.map(|s| pct(s.kwaliteit)), y.map(|s| pct(s.kwaliteit))),
                &paar(x.map(|s| pct(s.inzet)), y.map(|s| pct(s.inzet))),
                &paar(x.map(|s| pct(s.bijdrage)), y.map(|s| pct(s.bijdrage))),
            ],
        );
    }
    h.sluit("tbody").sluit("table");

    h.el("h2", "", "Toelichtingen");
    for p in &v.paren {
        h.el("h3", "", &paarnaam(p));
        h.open("table", "rapport-tabel").kopregel(&["Score", "A", "B"]).open("tbody", "");
        // Each side by its own name: a pair made by hand may join two names.
        let (ta, tb) =
            (p.a.as_ref().and_then(|x| toelichting(a, &x.naam)), p.b.as_ref().and_then(|y| toelichting(b, &y.naam)));
        for (i, score) in ["Tempo", "Kwaliteit", "Inzetbaarheid / netto werktijd"].into_iter().enumerate() {
            let tekst = |t: Option<&TaakData>| {
                t.map(|t| t.toelichting[i].trim().to_string()).filter(|s| !s.is_empty()).unwrap_or_else(|| "—".into())
            };
            h.rij(score, &[&tekst(ta), &tekst(tb)]);
        }
        h.sluit("tbody").sluit("table");
    }
    h.klaar()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(ta: &str, a: &LoonwaardeData, tb: &str, b: &LoonwaardeData, handmatig: &[(usize, usize)]) -> String {
        vergelijking_html(ta, a, tb, b, "5 december 2026", &tweede_beoordeling(a, b, handmatig))
    }

    fn data(tempo_x: &str) -> LoonwaardeData {
        let taak = |naam: &str, t: &str, k: &str| TaakData {
            naam: naam.into(),
            uren: "20".into(),
            tempo: t.into(),
            kwaliteit: k.into(),
            inzet: "100".into(),
            ..Default::default()
        };
        LoonwaardeData {
            normloon: "15".into(),
            contracturen: "40".into(),
            taken: vec![taak("X", tempo_x, "100"), taak("Y", "100", "90")],
            ..Default::default()
        }
    }

    /// Vector L10 through two dossiers: 85% against 80%, € 12,75 against € 12,00, and the whole
    /// difference from taak X's tempo.
    #[test]
    fn l10_two_dossiers_side_by_side() {
        let html = html("Deskundige A", &data("80"), "<b>B</b>", &data("70"), &[]);
        assert!(html.contains("&lt;b&gt;B&lt;/b&gt;") && !html.contains("<b>B"));
        for stuk in [
            "85%",
            "80%",
            "€ 12,75",
            "€ 12,00",
            "B − A = −5 procentpunt",
            "Tempo X: 70% in plaats van 80%: −5 procentpunt",
        ] {
            assert!(html.contains(stuk), "{stuk} ontbreekt in {html}");
        }
        assert!(!html.contains("Kwaliteit Y"), "a part of 0 is left out");
    }

    /// Two names for one taak: unpaired, each side's taak counts whole; paired by hand, only the
    /// tempo differs, as in L10.
    #[test]
    fn a_pair_made_by_hand_joins_two_names() {
        let mut b = data("70");
        b.taken[0].naam = "Inpakken X".into();
        b.taken[0].toelichting[0] = "Gemeten door B".into();
        let los = html("A", &data("80"), "B", &b, &[]);
        assert!(los.contains("Taak X staat alleen in A"), "{los}");
        let gekoppeld = html("A", &data("80"), "B", &b, &[(0, 0)]);
        assert!(gekoppeld.contains("Tempo X / Inpakken X: 70% in plaats van 80%: −5 procentpunt"), "{gekoppeld}");
        assert!(gekoppeld.contains("<h3>X / Inpakken X</h3>") && gekoppeld.contains("Gemeten door B"));
    }
}
