//! The zelftoets as a provider fills it in, as typed text by field id, through the whole pipeline:
//! answers → domain inputs → every norm → the verdict.

mod gedeeld;

use gedeeld::net_voldoende;

use werkwaarde::domain::keurmerk::oordeel::Uitslag;
use werkwaarde::domain::keurmerk::Status;
use werkwaarde::domain::keurmerk::ZelftoetsVeld;
use werkwaarde::dossier::zelftoets::{beoordeel, ZelftoetsData};

/// A small aspirant with Dienst 1 and Dienst 9 whose numbers just pass: 2.1.3 and 2.9.3 at
/// exactly 80%, five trajecten from five persons, 10% response, cijfers at 6.5.
fn veld(id: &str) -> ZelftoetsVeld {
    ZelftoetsVeld::uit_id(id).expect("een veld van de zelftoets")
}

fn niet_gehaald(data: &ZelftoetsData) -> Vec<String> {
    beoordeel(data)
        .uitkomsten
        .iter()
        .filter(|u| u.status != Status::Voldoet && u.status != Status::NietVanToepassing)
        .map(|u| format!("{} {:?} {:?}: {}", u.code, u.dienst, u.status, u.melding))
        .collect()
}

#[test]
fn a_provider_that_just_passes_can_be_granted_the_keurmerk() {
    let data = net_voldoende();
    let u = beoordeel(&data);
    assert!(u.fouten.is_empty(), "{:?}", u.fouten);
    assert_eq!(niet_gehaald(&data), Vec::<String>::new());
    assert_eq!(u.oordeel.uitslag, Uitslag::KanWordenToegekend, "{:?}", u.oordeel.redenen);
    assert!(!u.oordeel.voorlopig);
    assert_eq!(u.oordeel.kop, "Keurmerk Arbeid kan worden toegekend");
}

#[test]
fn one_number_just_below_fails_with_its_norm_code() {
    let mut data = net_voldoende();
    data.invoer.insert("d9-b2".into(), "7".into());
    data.invoer.insert("d9-b".into(), "8".into());
    let u = beoordeel(&data);
    assert_eq!(u.oordeel.uitslag, Uitslag::NietToekenning);
    assert!(u.oordeel.redenen.iter().any(|r| r.starts_with("Dienst 9, norm 2.9.3")), "{:?}", u.oordeel.redenen);
    let veld = u.oordeel.niet_voldaan[0].veld.map(ZelftoetsVeld::id);
    assert!(veld.as_deref().is_some_and(|v| v.starts_with("d9-")), "{veld:?}");
}

#[test]
fn a_cijfer_just_below_6_5_fails_3_1_1() {
    let mut data = net_voldoende();
    data.invoer.insert("t1-c-cijfer".into(), "6,4".into());
    data.invoer.insert("t9-c-cijfer".into(), "6,5".into());
    let u = beoordeel(&data);
    assert!(u.oordeel.niet_voldaan.iter().any(|n| n.code == "3.1.1"), "{:?}", u.oordeel.redenen);
}

#[test]
fn inconsistent_numbers_are_marked_at_their_field_and_the_verdict_waits() {
    let mut data = net_voldoende();
    data.invoer.insert("d1-b2".into(), "11".into());
    let u = beoordeel(&data);
    assert!(u.fout(veld("d1-b2")).is_some_and(|m| m.contains("2.1.b.2")), "{:?}", u.fouten);
    // The affected norm is unknown until the numbers agree, so the verdict is only conditional.
    assert!(u.oordeel.voorlopig);
    assert!(u.oordeel.onbekend.iter().any(|n| n.dienst == Some(1)), "{:?}", u.oordeel.onbekend);
    assert!(u.oordeel.kop.starts_with("Voorlopig: "), "{}", u.oordeel.kop);
}

#[test]
fn only_the_minimum_missed_gives_verlenging() {
    let mut data = net_voldoende();
    for d in [1, 9] {
        data.invoer.insert(format!("d{d}-personen"), "4".into());
    }
    let u = beoordeel(&data);
    assert_eq!(u.oordeel.uitslag, Uitslag::VerlengingMogelijk, "{:?}", niet_gehaald(&data));
}

#[test]
fn a_klacht_handled_late_is_shown_on_its_row_and_fails_1_5_8() {
    let mut data = net_voldoende();
    data.klachten = vec![7];
    for (k, v) in [
        ("ontvangen", "2025-03-03"),
        ("bevestigd", "2025-03-17"),
        ("afgehandeld", "2025-04-15"),
        ("behandelaar", "Directie"),
        ("uitkomst", "Excuses"),
    ] {
        data.invoer.insert(format!("klacht-7-{k}"), v.into());
    }
    let u = beoordeel(&data);
    let regel = u.klachtregel(7).expect("klacht 7");
    assert!(regel.contains("te laat afgehandeld (dag 43"), "{regel}");
    let n158 = u.uitkomsten.iter().find(|n| n.code == "1.5.8").unwrap();
    assert_eq!(n158.status, Status::VoldoetNiet);
    assert_eq!(n158.veld.map(ZelftoetsVeld::id).as_deref(), Some("klacht-7-afgehandeld"));
}

#[test]
fn empty_and_random_answers_never_panic() {
    use proptest::prelude::*;
    let sleutels: Vec<String> = net_voldoende().invoer.keys().cloned().collect();
    proptest!(ProptestConfig::with_cases(300), |(waarden in prop::collection::vec(".{0,12}", sleutels.len()), diensten in prop::collection::vec(0u8..15, 0..5))| {
        let invoer = sleutels.iter().cloned().zip(waarden).collect();
        let data = ZelftoetsData { invoer, diensten, klachten: vec![1, 2], personen: vec![3], bestuurders: vec![4] };
        let _ = beoordeel(&data);
    });
    let leeg = beoordeel(&ZelftoetsData::default());
    assert_eq!(leeg.oordeel.uitslag, Uitslag::Onvolledig);
}

#[test]
fn a_zelftoets_file_round_trips_and_bad_data_is_named_by_its_path() {
    use werkwaarde::dossier::{lees_import, naar_json, Dossier, DossierSoort};
    let mut d = Dossier::nieuw(DossierSoort::Zelftoets, "Noord BV", chrono::Utc::now(), "0.1.0").unwrap();
    d.data = net_voldoende().naar_map();
    let terug = lees_import(naar_json(&d).as_bytes()).unwrap();
    assert_eq!(beoordeel(&ZelftoetsData::uit(&terug.data).unwrap()).oordeel.uitslag, Uitslag::KanWordenToegekend);

    let mut v: serde_json::Value = serde_json::from_str(&naar_json(&d)).unwrap();
    v["data"]["diensten"] = serde_json::json!(["een"]);
    let fout = lees_import(v.to_string().as_bytes()).unwrap_err();
    assert_eq!(fout.bevindingen()[0].pad, "$.data.diensten[0]");
}
