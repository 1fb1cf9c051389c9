//! A loonwaarde case as the deskundige types it: text in, numbers, findings and LKS out.

mod gedeeld;

use rust_decimal_macros::dec;
use serde_json::json;
use werkwaarde::domain::loonwaarde::{Methode, Veld};
use werkwaarde::dossier::loonwaarde::{bereken, Getalinvoer, KostenData, LoonwaardeData, TaakData};
use werkwaarde::dossier::{lees_import, naar_json, Dossier, DossierSoort};

fn taak(id: u64, naam: &str, uren: &str, t: &str, k: &str, i: &str) -> TaakData {
    gedeeld::taakdata(id, naam, uren, t, k, i, ["langzamer door beperking", "fouten bij drukte", "extra pauzes"])
}

pub fn l1() -> LoonwaardeData {
    LoonwaardeData {
        werknemer: "Jan Jansen".into(),
        werkgever: "Inpakbedrijf De Zon".into(),
        normfunctie: "Productiemedewerker".into(),
        bron: "CAO Metalektro".into(),
        normloon: "16,00".into(),
        voltijd_uren: "40".into(),
        contracturen: "40".into(),
        werkdagen: "5".into(),
        taken: vec![
            taak(1, "inpakken", "24", "80", "90", "100"),
            taak(2, "etiketteren", "8", "100", "100", "90"),
            taak(3, "schoonmaken", "8", "50", "100", "100"),
        ],
        peildatum: "2026-03-01".into(),
        ontwikkeladvies: "Training tempo inpakken".into(),
        kosten: vec![KostenData {
            id: 4,
            omschrijving: "jobcoach Piet".into(),
            bedrag: "1.200,00".into(),
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[test]
fn case_l1_as_typed_gives_71_percent_11_36_and_its_lks() {
    let u = bereken(&l1());
    assert!(u.fouten.is_empty(), "{:?}", u.fouten);
    assert_eq!(u.resultaat.as_ref().unwrap().pi4, dec!(71));
    assert_eq!(u.pi5_per_uur.as_ref().unwrap().0, dec!(11.36));
    let lks = u.lks.unwrap();
    // WML 1-1-2026 = 14.71; 14.71 − 11.36 = 3.35; × 1.235 = 4.13725
    assert_eq!(lks.verschil, dec!(3.35));
    assert_eq!(lks.per_uur, dec!(4.13725));
    assert_eq!(u.kosten.eenmalig, dec!(1200.00));
}

#[test]
fn the_translation_keeps_every_number_as_read_for_the_rapport() {
    use Getalinvoer::{Getal, NietIngevuld, Ongeldig};
    let u = bereken(&l1());
    let i = &u.invoer;
    assert_eq!(
        (i.normloon, i.voltijd_uren, i.contracturen, i.werkdagen),
        (Getal(dec!(16.00)), Getal(dec!(40)), Getal(dec!(40)), Getal(dec!(5)))
    );
    assert_eq!(i.wml, NietIngevuld, "looked up by the peildatum");
    assert_eq!(i.bedragen, [Getal(dec!(1200.00))]);
    assert_eq!(i.taken.len(), 3);
    assert_eq!((i.taken[0].tempo, i.taken[2].tempo), (Getal(dec!(80)), Getal(dec!(50))));
    let r = i.taken[0].resultaat.as_ref().unwrap();
    assert_eq!(r, &u.resultaat.as_ref().unwrap().taken[0]);
    assert_eq!(r.aandeel, dec!(60));

    // Bad and missing input stays bad and missing: never a 0.
    let mut d = l1();
    d.taken[0].tempo = "veel".into();
    d.taken[1].kwaliteit = String::new();
    d.taken[2].uren = "-1".into();
    d.normloon = "abc".into();
    d.werkdagen = "9".into();
    d.voltijd_uren = String::new();
    d.kosten[0].bedrag = "-5".into();
    let i = bereken(&d).invoer;
    assert_eq!(i.taken[0].tempo, Ongeldig);
    assert_eq!(i.taken[0].kwaliteit, Getal(dec!(90)));
    assert_eq!(i.taken[1].kwaliteit, NietIngevuld);
    assert_eq!(i.taken[2].uren, Getal(dec!(-1)), "negative uren are refused by the rules only once all taken read");
    assert!(i.taken.iter().all(|t| t.resultaat.is_none()));
    assert_eq!((i.normloon, i.werkdagen, i.voltijd_uren), (Ongeldig, Ongeldig, NietIngevuld));
    assert_eq!(i.bedragen, [Ongeldig]);

    // A score the rules refuse is not valid either: kwaliteit above 100% in the ULW.
    let mut d = l1();
    d.methode = Methode::Ulw;
    d.taken[0].kwaliteit = "110".into();
    let u = bereken(&d);
    assert!(u.resultaat.is_none());
    assert_eq!(u.invoer.taken[0].kwaliteit, Ongeldig);
    assert_eq!(u.invoer.taken[0].tempo, Getal(dec!(80)));
    assert_eq!(u.invoer.taken[1].kwaliteit, Getal(dec!(100)));
    d.taken[0].kwaliteit = "90".into();
    d.taken[2].uren = "-1".into();
    assert_eq!(bereken(&d).invoer.taken[2].uren, Ongeldig);

    // A regular arbeidsprestatie needs no analysis: no taak carries a part of the result.
    let mut d = l1();
    d.methode = Methode::Ulw;
    d.regulier = true;
    d.taken[1].tempo = "x".into();
    let u = bereken(&d);
    assert_eq!(u.resultaat.as_ref().unwrap().pi4, dec!(100));
    assert!(u.invoer.taken.iter().all(|t| t.resultaat.is_none()));
    assert_eq!(u.invoer.taken[1].tempo, Ongeldig);
}

#[test]
fn bad_text_is_reported_at_its_field_and_nothing_panics() {
    let mut d = l1();
    d.taken[1].tempo = "snel".into();
    d.normloon = "".into();
    d.taken[2].uren = "-".into();
    let u = bereken(&d);
    assert!(u.fout(Veld::Tempo(1)).unwrap().contains("geen getal"));
    assert_eq!(u.fout(Veld::Normloon), Some("Vul het normloon per uur in."));
    assert!(u.fout(Veld::Uren(2)).is_some());
    assert!(u.resultaat.is_none());
}

#[test]
fn a_missing_peildatum_or_wml_is_asked_for_not_guessed() {
    let mut d = l1();
    d.peildatum = "".into();
    assert!(bereken(&d).lks.unwrap_err().contains("Vul de peildatum in"));
    d.peildatum = "2026-11-22".into();
    assert!(bereken(&d).lks.unwrap_err().contains("1 juli 2026"));
    d.wml = "15,00".into();
    assert_eq!(bereken(&d).lks.unwrap().wml, dec!(15.00));
}

#[test]
fn switching_to_ulw_with_six_taken_gives_the_finding() {
    let mut d = l1();
    d.methode = Methode::Ulw;
    for i in 0..3 {
        d.taken.push(taak(10 + i, &format!("extra {i}"), "3", "100", "100", "100"));
    }
    d.taken[0].uren = "15".into();
    let r = bereken(&d).resultaat.unwrap();
    assert!(r.bevindingen.iter().any(|b| b.melding.contains("maximaal 5 hoofdtaken")));
}

#[test]
fn anonymised_data_keeps_the_numbers_and_drops_names_and_free_text() {
    let a = l1().geanonimiseerd();
    let tekst = serde_json::to_string(&a).unwrap();
    for naam in ["Jan Jansen", "De Zon", "Piet", "beperking", "Training"] {
        assert!(!tekst.contains(naam), "{naam} left in {tekst}");
    }
    assert_eq!(bereken(&a).pi5_per_uur.unwrap().0, dec!(11.36));
}

#[test]
fn a_loonwaarde_dossier_round_trips_and_a_bad_data_field_is_named_by_path() {
    let mut d = Dossier::nieuw(DossierSoort::Loonwaarde, "Casus", chrono::Utc::now(), "0.1.0").unwrap();
    d.data = l1().naar_map();
    let terug = lees_import(naar_json(&d).as_bytes()).unwrap();
    assert_eq!(LoonwaardeData::uit(&terug.data).unwrap(), l1());

    let mut v: serde_json::Value = serde_json::from_str(&naar_json(&d)).unwrap();
    v["data"]["taken"][1]["uren"] = json!(8);
    let fout = lees_import(v.to_string().as_bytes()).unwrap_err();
    assert_eq!(fout.bevindingen()[0].pad, "$.data.taken[1].uren");
    v["data"]["taken"][1]["uren"] = json!("8");
    v["data"]["methode"] = json!("gokken");
    assert_eq!(lees_import(v.to_string().as_bytes()).unwrap_err().bevindingen()[0].pad, "$.data.methode");
}

#[test]
fn an_empty_data_object_is_a_valid_empty_case() {
    let d = LoonwaardeData::uit(&serde_json::Map::new()).unwrap();
    assert_eq!(d, LoonwaardeData::default());
    let u = bereken(&d);
    assert!(u.resultaat.is_none());
    assert!(u.fout(Veld::Normloon).is_some());
}

#[test]
fn the_anonymised_dossier_replaces_a_title_that_may_hold_a_name() {
    let mut d = Dossier::nieuw(DossierSoort::Loonwaarde, "Casus Jan Jansen", chrono::Utc::now(), "0.1.0").unwrap();
    d.data = l1().naar_map();
    let a = werkwaarde::dossier::loonwaarde::anoniem_dossier(&d).unwrap();
    assert_eq!(a.title, "Geanonimiseerde loonwaarde — Productiemedewerker");
    let tekst = naar_json(&a);
    assert!(!tekst.contains("Jansen"));
    assert!(lees_import(tekst.as_bytes()).is_ok());
}
