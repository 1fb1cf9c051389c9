//! The sterren, planner and vrijstelling steps through the dossier: typed answers by field id →
//! the domain → what the pages show.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal_macros::dec;
use werkwaarde::domain::keurmerk::vrijstelling::{Oordeel, VOORWAARDEN};
use werkwaarde::domain::keurmerk::ZelftoetsVeld;
use werkwaarde::dossier::planner::{ics_bestand, VELD_EERSTE_AUDIT, VELD_JAAR, VELD_START};
use werkwaarde::dossier::sterren::{veld_onderdeel, veld_waarde, watals_velden};
use werkwaarde::dossier::zelftoets::{beoordeel, ZelftoetsData};

fn veld(id: &str) -> ZelftoetsVeld {
    ZelftoetsVeld::uit_id(id).expect("een veld van de zelftoets")
}

/// The stored id of a field, to type an answer into it.
fn id(v: ZelftoetsVeld) -> &'static str {
    Box::leak(v.id().into_boxed_str())
}

fn data(paren: &[(&str, &str)]) -> ZelftoetsData {
    let invoer: BTreeMap<String, String> = paren.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    ZelftoetsData { invoer, diensten: vec![3], ..Default::default() }
}

/// K7's Dienst 3, typed in the zelftoets: TC 7.5, TO 8.0, TR 8 of 10 = 80%, PE 24 of 25 = 96%.
fn k7() -> Vec<(&'static str, &'static str)> {
    vec![
        ("t3-c-uitgenodigd", "100"),
        ("t3-c-respondenten", "40"),
        ("t3-c-cijfer", "7,5"),
        ("t3-o-uitgenodigd", "10"),
        ("t3-o-respondenten", "5"),
        ("t3-o-cijfer", "8"),
        ("d3-tvo-o", "10"),
        ("transparantie-2.0.1", "10"),
        ("transparantie-2.0.2", "8"),
        ("personeel-gekwalificeerd", "24"),
        ("personeel-totaal", "25"),
        ("d3-omzet", "100000"),
    ]
}

#[test]
fn k7_through_the_typed_zelftoets() {
    let u = beoordeel(&data(&k7()));
    assert_eq!(u.sterren.len(), 1);
    let s = &u.totaal.subscores[0];
    assert_eq!(s.score, Some(dec!(7.70)), "{:?}", s.ontbrekend);
    assert_eq!(u.totaal.afgerond(), Some(dec!(7.70)));
    assert!(u.totaal.sterren.as_ref().is_some_and(|s| s.indicatief));
}

#[test]
fn what_if_changes_a_copy_and_reports_bad_values_at_the_field() {
    let mut paren = k7();
    paren.push(("watals-3-onderdeel", "tr"));
    paren.push(("watals-3-waarde", "96"));
    let u = beoordeel(&data(&paren));
    assert_eq!(u.totaal.subscores[0].score, Some(dec!(7.70)), "the real subscore is untouched");
    let w = u.watals.get(&3).expect("wat-als");
    // TR 96% → 8: 3.375 + 2.0 + 1.2 + 1.2.
    assert_eq!(w.subscore.score, Some(dec!(7.775)));
    let mut paren = k7();
    paren.push(("watals-3-onderdeel", "tc"));
    paren.push(("watals-3-waarde", "11"));
    let u = beoordeel(&data(&paren));
    assert!(u.watals.is_empty());
    assert!(u.fouten.get(&veld_waarde(3)).is_some_and(|f| f.contains("tussen 1 en 10")));
    let mut paren = k7();
    paren.push(("watals-3-onderdeel", "pe"));
    paren.push(("watals-3-waarde", "100,5"));
    assert!(beoordeel(&data(&paren)).fouten.contains_key(&veld_waarde(3)));
}

#[test]
fn what_if_fields_follow_the_row_of_bijlage_8() {
    assert!(watals_velden(11).is_empty() && watals_velden(12).is_empty());
    assert_eq!(watals_velden(3)[0].veld, veld_onderdeel(3));
    let opties = |d| match watals_velden(d)[0].soort {
        werkwaarde::dossier::invoer::Soort::Keuze(o) => o.len(),
        _ => 0,
    };
    assert_eq!(opties(1), 7);
    assert_eq!(opties(3), 5, "Diensten 3–6 have no PM and PN");
}

#[test]
fn planner_from_typed_fields_with_uwv_from_the_profiel() {
    let u = beoordeel(&data(&[(id(VELD_START), "januari"), (id(VELD_JAAR), "2025"), ("p-uwv", "ja")]));
    let p = u.planning.expect("planning");
    let tvo = p.gebeurtenissen.iter().find(|g| g.sleutel == "tvo-deadline").unwrap();
    assert_eq!(tvo.datum, NaiveDate::from_ymd_opt(2026, 1, 15).unwrap());
    let (naam, ics) = ics_bestand(&p, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap().and_hms_opt(9, 0, 0).unwrap());
    assert_eq!(naam, "keurmerk-meetperiode-2025-01.ics");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), p.gebeurtenissen.len());
}

#[test]
fn planner_input_errors_stay_at_their_field() {
    for jaar in ["20255", "1999", "2025,5", "twee"] {
        let u = beoordeel(&data(&[(id(VELD_START), "april"), (id(VELD_JAAR), jaar)]));
        assert!(u.planning.is_none(), "{jaar}");
        assert!(u.fouten.contains_key(&VELD_JAAR), "{jaar}");
    }
    let u =
        beoordeel(&data(&[(id(VELD_START), "april"), (id(VELD_JAAR), "2025"), (id(VELD_EERSTE_AUDIT), "31-02-2026")]));
    assert!(u.fouten.contains_key(&VELD_EERSTE_AUDIT));
    assert!(u.planning.is_some(), "a bad audit date does not hide the planning");
    let u = beoordeel(&data(&[(id(VELD_JAAR), "2025")]));
    assert!(u.planning.is_none(), "no start chosen");
}

#[test]
fn vrijstelling_from_typed_fields() {
    let mut paren: Vec<(&str, &str)> = vec![("p-aanvrager", "keurmerkhouder"), ("vs-cyclusjaar", "4")];
    for v in VOORWAARDEN.iter().filter(|v| v.id.starts_with("vs4")) {
        paren.push((v.id, "ja"));
    }
    assert_eq!(beoordeel(&data(&paren)).vrijstelling.oordeel, Oordeel::KomtInAanmerking);
    paren.push(("vs4-facturen", "nee"));
    let u = beoordeel(&data(&paren));
    assert_eq!(u.vrijstelling.oordeel, Oordeel::KomtNietInAanmerking);
    assert_eq!(u.vrijstelling.niet_voldaan[0].1, "vs4-facturen");
    let u = beoordeel(&data(&[("p-aanvrager", "keurmerkhouder"), ("vs-cyclusjaar", "0")]));
    assert!(u.fouten.contains_key(&veld("vs-cyclusjaar")));
    let u =
        beoordeel(&data(&[("p-aanvrager", "keurmerkhouder"), ("vs-cyclusjaar", "6"), ("vs6-tevredenheid", "6,995")]));
    assert!(u.fouten.contains_key(&veld("vs6-tevredenheid")), "at most two decimals");
}
