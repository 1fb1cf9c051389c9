//! The zelftoets-rapport: what a provider takes away, made for A4. The verdict with its reasons,
//! the verbeterlijst ordered by consequence, per hoofdnorm the outcome, the Diensten with 2.x.3
//! and the minimum, tevredenheid with respons and publicatie, the sterren, the planner's next
//! deadlines, the checklist, and the Handleiding and dates it was measured against.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::documenten::documenten_tabel;
use super::uitkomst::oordeel_klasse;
use crate::domain::datum::lange_datum;
use crate::domain::getal::nl_kort;
use crate::domain::keurmerk::handleiding::HANDLEIDING;
use crate::domain::keurmerk::meetperiode::volgende_deadline;
use crate::domain::keurmerk::tevredenheid::Publicatie;
use crate::domain::keurmerk::{Aanvrager, Gewicht, ZelftoetsVeld};
use crate::dossier::zelftoets::{beoordeel, dienst_naam, labels, Uitkomst, ZelftoetsData};
use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::html::Html;
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
    let opgesteld = lokale_tijd(browser::nu());
    let inhoud = rapport_html(&o.dossier.title, &data, &u, &opgesteld, browser::vandaag());
    view! {
        <div class="rapport zelftoets-rapport">
            <p class="niet-printen">
                <a href=Route::Stap(id.clone(), Stap::Uitkomst).href()>"Terug naar de uitkomst"</a>
                " "
                <button type="button" on:click=|_| browser::print()>"Afdrukken of opslaan als PDF"</button>
            </p>
            <h1 tabindex="-1">"Zelftoets-rapport Keurmerk Arbeid"</h1>
            <div inner_html=inhoud></div>
        </div>
    }
    .into_any()
}

/// Everything below the title, as static HTML: the rapport is computed once when it opens.
pub fn rapport_html(titel: &str, data: &ZelftoetsData, u: &Uitkomst, opgesteld: &str, vandaag: NaiveDate) -> String {
    let namen = labels(data, &u.profiel);
    let veldnaam = |veld: ZelftoetsVeld| {
        format!("{} (stap {})", namen.get(&veld).cloned().unwrap_or_else(|| veld.id()), stap_van(veld).naam())
    };
    let mut h = Html::new();
    h.el("p", "rapport-kop", &format!("{titel} · opgesteld {opgesteld} · {}", HANDLEIDING.naam)).el(
        "p",
        "hint",
        "Een zelftoets, geen oordeel van Blik op Werk of een auditor: het rapport laat zien hoe de ingevulde \
         gegevens zich verhouden tot de normen van de Handleiding.",
    );
    h.el("h2", "", "Grondslag");
    grondslag(&mut h, u);
    h.el("h2", "", "Oordeel");
    oordeel(&mut h, u);
    h.el("h2", "", "Verbeterlijst");
    verbeterlijst(&mut h, u, &veldnaam);
    h.el("h2", "", "Per hoofdnorm");
    per_hoofdnorm(&mut h, u);
    h.el("h2", "", "Diensten");
    diensten(&mut h, u, &data.diensten);
    h.el("h2", "", "Tevredenheid");
    tevredenheid(&mut h, u);
    h.el("h2", "", "Sterren");
    sterren(&mut h, u);
    h.el("h2", "", "Meetperiode en deadlines");
    deadlines(&mut h, u, vandaag);
    h.el("h2", "", "Checklist voor aanvraag en audit");
    let mut uit = h.klaar();
    uit.push_str(&documenten_tabel(&u.documenten));
    let mut h = Html::new();
    h.el("p", "rapport-voet", &format!("Werkwaarde · {} · opgesteld {opgesteld}", HANDLEIDING.naam));
    uit.push_str(&h.klaar());
    uit
}

/// The Handleiding and the dates every term was measured at.
fn grondslag(h: &mut Html, u: &Uitkomst) {
    let p = &u.profiel;
    let datum = |d: Option<NaiveDate>| d.map_or_else(|| "niet ingevuld".to_string(), lange_datum);
    let meetperiode = u.planning.as_ref().map_or_else(
        || "niet ingevuld".to_string(),
        |pl| format!("{} tot en met {}", lange_datum(pl.meetperiode.begin()), lange_datum(pl.meetperiode.einde())),
    );
    let aspirant = p.aanvrager == Aanvrager::Aspirant;
    let mut regels = vec![
        (
            "Handleiding",
            format!(
                "{} ({}), in werking sinds {}",
                HANDLEIDING.naam,
                HANDLEIDING.uitgever,
                HANDLEIDING.in_werking().map_or_else(String::new, lange_datum)
            ),
        ),
        ("Aanvrager", if aspirant { "Aspirant-keurmerkhouder" } else { "Keurmerkhouder" }.to_string()),
        (
            "Datum van de audit",
            format!(
                "{} — hieraan gemeten: KvK-uittreksel, klachten, managementverklaring, SEQF{}",
                datum(p.peildatum),
                if aspirant { "" } else { " en de VOG" }
            ),
        ),
    ];
    if aspirant {
        regels.push((
            "Datum van de aanmelding",
            format!("{} — hieraan gemeten: de VOG (voetnoten 4 en 20)", datum(p.aanmelddatum)),
        ));
    }
    regels.push(("Meetperiode", meetperiode));
    h.open("dl", "kenmerken");
    for (dt, dd) in regels {
        h.el("dt", "", dt).el("dd", "", &dd);
    }
    h.sluit("dl");
}

fn oordeel(h: &mut Html, u: &Uitkomst) {
    let o = &u.oordeel;
    h.open("div", oordeel_klasse(o))
        .open_met("p", &[("class", "oordeel-kop"), ("data-testid", "rapport-oordeel")])
        .tekst(&o.kop)
        .sluit("p")
        .open("ul", "");
    for r in &o.redenen {
        h.el("li", "", r);
    }
    h.sluit("ul").el("p", "hint", &format!("{} · {}", o.uitleg.formule, o.uitleg.bron)).sluit("div");
}

/// The verbeterlijst: input that does not read, then the outcomes by weight.
fn verbeterlijst(h: &mut Html, u: &Uitkomst, veldnaam: &dyn Fn(ZelftoetsVeld) -> String) {
    let lijst = u.verbeterlijst();
    if lijst.is_empty() && u.fouten.is_empty() {
        h.el("p", "", "Niets te verbeteren: alle toepasselijke normen en eisen zijn gehaald.");
        return;
    }
    if !u.fouten.is_empty() {
        h.el("h3", "", "Invoer die niet klopt").open("ol", "verbeterlijst");
        for (veld, melding) in &u.fouten {
            h.open("li", "").el("strong", "", &veldnaam(*veld)).tekst(&format!(": {melding}")).sluit("li");
        }
        h.sluit("ol");
    }
    for g in [Gewicht::Materieel, Gewicht::Blokkeert, Gewicht::Onbekend] {
        let punten: Vec<_> = lijst.iter().filter(|(x, _)| *x == g).map(|(_, n)| *n).collect();
        if punten.is_empty() {
            continue;
        }
        h.el("h3", "", &format!("{} ({})", g.naam(), punten.len())).open("ol", "verbeterlijst");
        for n in punten {
            h.open("li", "")
                .el("strong", "", &n.titel())
                .tekst(&format!(" — {}: {}", n.status.naam(), n.melding))
                .open("br", "")
                .el("span", "hint", &format!("Berekening: {}", n.uitleg.berekening));
            if let Some(v) = n.veld {
                h.open("br", "").el("span", "hint", &format!("Aan te passen: {}", veldnaam(v)));
            }
            h.sluit("li");
        }
        h.sluit("ol");
    }
}

fn per_hoofdnorm(h: &mut Html, u: &Uitkomst) {
    h.open("table", "rapport-tabel").kopregel(&["Onderdeel", "Voldoet", "Voldoet niet", "Nog onbekend", "N.v.t."]);
    h.open("tbody", "");
    for (n, naam) in [
        (0u8, "Voorwaarden voor het oordeel"),
        (1, "Hoofdnorm 1 — Organisatie"),
        (2, "Hoofdnorm 2 — Resultaten"),
        (3, "Hoofdnorm 3 — Tevredenheid"),
    ] {
        let t = u.telling(n);
        let [a, b, c, d] = [t.voldoet, t.voldoet_niet, t.onbekend, t.nvt].map(|x| x.to_string());
        h.rij(naam, &[&a, &b, &c, &d]);
    }
    h.sluit("tbody").sluit("table");
}

/// Per Dienst its norms of hoofdnorm 2 with the numbers, then the minimum of five.
fn diensten(h: &mut Html, u: &Uitkomst, diensten: &[u8]) {
    h.open("table", "rapport-tabel").kopregel(&["Norm", "Stand", "Berekening"]).open("tbody", "");
    let groep = |h: &mut Html, naam: &str| {
        h.open("tr", "dienstkop")
            .open_met("th", &[("scope", "rowgroup"), ("colspan", "3")])
            .tekst(naam)
            .sluit("th")
            .sluit("tr");
    };
    for &d in diensten {
        groep(h, &dienst_naam(d));
        for n in u.uitkomsten.iter().filter(|n| n.hoofdnorm == 2 && n.dienst == Some(d)) {
            h.rij(&n.code, &[n.status.naam(), &n.uitleg.berekening]);
        }
    }
    if let Some(n) = u.uitkomsten.iter().find(|n| n.code == "minimum") {
        groep(h, "Over alle Diensten");
        h.rij("Minimum van vijf afgeronde trajecten (§3.1, §6.1.1)", &[n.status.naam(), &n.uitleg.berekening]);
    }
    h.sluit("tbody").sluit("table");
}

fn tevredenheid(h: &mut Html, u: &Uitkomst) {
    h.open("table", "rapport-tabel").kopregel(&["Norm", "Stand", "Berekening"]).open("tbody", "");
    for n in u.uitkomsten.iter().filter(|n| n.hoofdnorm == 3) {
        h.rij(&n.titel(), &[n.status.naam(), &n.uitleg.berekening]);
    }
    h.sluit("tbody").sluit("table");
    let publicatie =
        |p: &Option<Publicatie>| p.as_ref().map_or_else(|| "nog niet te zeggen".to_string(), |p| p.reden.clone());
    h.el("h3", "", "Publicatie (Tabel 3)");
    h.open("table", "rapport-tabel").kopregel(&["Dienst", "Cliënten", "Opdrachtgevers"]).open("tbody", "");
    for p in &u.publicaties {
        h.rij(&format!("Dienst {}", p.dienst), &[&publicatie(&p.clienten), &publicatie(&p.opdrachtgevers)]);
    }
    h.sluit("tbody").sluit("table");
}

fn sterren(h: &mut Html, u: &Uitkomst) {
    let t = &u.totaal;
    let totaal = match (t.afgerond(), &t.sterren) {
        (Some(s), Some(st)) => format!("Totaalscore {} · indicatief {} sterren", nl_kort(s, 2), st.aantal),
        (Some(s), None) => format!("Totaalscore {}", nl_kort(s, 2)),
        (None, _) => "Totaalscore nog niet te berekenen".to_string(),
    };
    h.el("p", "groot", &totaal);
    h.open("table", "rapport-tabel").kopregel(&["Dienst", "Subscore", "Toelichting"]).open("tbody", "");
    for s in &t.subscores {
        let score = s.afgerond().map_or_else(|| "—".to_string(), |x| nl_kort(x, 2));
        h.rij(&format!("Dienst {}", s.dienst), &[&score, &s.melding]);
    }
    h.sluit("tbody").sluit("table").el("p", "hint", &format!("{} · {}", t.uitleg.formule, t.uitleg.bron));
}

/// The planner's events from today on, the next deadline marked.
fn deadlines(h: &mut Html, u: &Uitkomst, vandaag: NaiveDate) {
    let Some(p) = &u.planning else {
        h.el("p", "", "Vul bij de planner de start en het jaar van de meetperiode in.");
        return;
    };
    let volgende = volgende_deadline(p, vandaag);
    let komend: Vec<_> =
        p.gebeurtenissen.iter().enumerate().filter(|(_, g)| g.tot.unwrap_or(g.datum) >= vandaag).collect();
    if komend.is_empty() {
        h.el("p", "", &format!("Alle data van deze meetperiode liggen vóór vandaag ({}).", lange_datum(vandaag)));
        return;
    }
    h.open("table", "rapport-tabel").kopregel(&["Datum", "Wat", "Bron"]).open("tbody", "");
    for (i, g) in komend {
        let wanneer = match g.tot {
            Some(tot) => format!("{} tot en met {}", lange_datum(g.datum), lange_datum(tot)),
            None => lange_datum(g.datum),
        };
        let eerst = volgende == Some(i);
        h.open("tr", if eerst { "volgende" } else { "" });
        h.el("td", "", &wanneer)
            .el("td", "", &format!("{}{}", g.titel, if eerst { " (eerstvolgende deadline)" } else { "" }))
            .el("td", "", &g.uitleg.bron)
            .sluit("tr");
    }
    h.sluit("tbody").sluit("table");
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

    #[test]
    fn the_rapport_escapes_what_was_typed_and_orders_the_verbeterlijst_by_consequence() {
        let mut data = ZelftoetsData::default();
        for (k, v) in [
            ("p-aanvrager", "keurmerkhouder"),
            ("eis-persoonlijk", "nee"),
            ("h1-1.3.1", "voldoet_niet"),
            ("vog-naam", "<b>Jan & Zn</b>"),
            ("d1-a", "-3"),
        ] {
            data.invoer.insert(k.into(), v.into());
        }
        data.diensten = vec![1];
        let u = beoordeel(&data);
        let html = rapport_html("<script>x</script>", &data, &u, "5 december 2026", NaiveDate::MIN);
        assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;script&gt;x&lt;/script&gt;"));
        let plek = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} ontbreekt"));
        // Input that does not read first, then the materiële, then what blocks, then the unknown.
        assert!(plek("Invoer die niet klopt") < plek("Materiële normen en eisen die niet gehaald zijn (1)"));
        assert!(plek("Materiële normen en eisen") < plek("Wat het oordeel in de weg staat"));
        assert!(plek("Wat het oordeel in de weg staat") < plek("Wat nog onbekend is"));
        let lijst = &html[plek("<h2>Verbeterlijst</h2>")..plek("<h2>Per hoofdnorm</h2>")];
        let in_lijst = |s: &str| lijst.find(s).unwrap_or_else(|| panic!("{s} niet in de verbeterlijst"));
        assert!(in_lijst("Persoonlijk Keurmerk (§6.2.6 en definitielijst (Bijlage 1))") < in_lijst("Norm 1.3.1"));
        assert!(html.contains("Aan te passen: 2.1.a"), "the field to fix names its label and step");
        for kop in
            ["Grondslag", "Oordeel", "Per hoofdnorm", "Diensten", "Tevredenheid", "Sterren", "Meetperiode en deadlines"]
        {
            assert!(html.contains(&format!("<h2>{kop}</h2>")), "{kop}");
        }
        assert!(html.contains("Stand van de checklist voor aanvraag en audit"));
        assert!(html.contains(HANDLEIDING.naam));
    }
}
