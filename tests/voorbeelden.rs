//! The voorbeeld dossiers in `public/voorbeelden/` import like any file and show what they promise.

use rust_decimal_macros::dec;
use werkwaarde::domain::examen::uitslag::Uitslag as Examenuitslag;
use werkwaarde::domain::keurmerk::oordeel::Uitslag;
use werkwaarde::dossier::examentraining::{nakijk, ExamentrainingData};
use werkwaarde::dossier::examenuitslag::oordeel;
use werkwaarde::dossier::loonwaarde::{bereken, LoonwaardeData};
use werkwaarde::dossier::zelftoets::{beoordeel, ZelftoetsData};
use werkwaarde::dossier::{lees_import, Dossier, DossierSoort};

fn voorbeeld(naam: &str) -> Dossier {
    let pad = format!("{}/public/voorbeelden/{naam}.json", env!("CARGO_MANIFEST_DIR"));
    lees_import(&std::fs::read(pad).unwrap()).unwrap_or_else(|f| panic!("{naam}: {}", f.melding()))
}

#[test]
fn the_loonwaarde_example_is_case_l1() {
    let d = voorbeeld("loonwaarde");
    assert_eq!(d.kind, DossierSoort::Loonwaarde);
    let u = bereken(&LoonwaardeData::uit(&d.data).unwrap());
    assert!(u.fouten.is_empty(), "{:?}", u.fouten);
    assert_eq!(u.resultaat.unwrap().pi4, dec!(71));
    assert_eq!(u.pi5_per_uur.unwrap().0, dec!(11.36));
}

#[test]
fn the_zelftoets_example_just_passes_and_has_sterren_and_a_planning() {
    let d = voorbeeld("zelftoets");
    assert_eq!(d.kind, DossierSoort::Zelftoets);
    let u = beoordeel(&ZelftoetsData::uit(&d.data).unwrap());
    assert!(u.fouten.is_empty(), "{:?}", u.fouten);
    assert_eq!(u.oordeel.uitslag, Uitslag::KanWordenToegekend, "{:?}", u.oordeel.redenen);
    assert!(u.totaal.score.is_some(), "{:?}", u.totaal.ontbrekend);
    assert!(u.planning.is_some());
}

#[test]
fn the_examentraining_example_has_a_wrong_attempt_and_a_finished_exam() {
    let d = voorbeeld("examentraining");
    let data = ExamentrainingData::uit(&d.data).unwrap();
    let c02: werkwaarde::domain::examen::casus::Casus = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/casussen/c02-schoonmaak.json")).unwrap(),
    )
    .unwrap();
    let poging = data.poging("c02-schoonmaak").unwrap();
    let r = nakijk(&c02, &poging.werk);
    assert!(r.verschillen.first().is_some_and(|v| v.tekst.starts_with("Tempo")), "{:?}", r.verschillen);
    let z = &data.examens[0];
    assert!(z.domein().klaar());
    let o = oordeel(&data, z);
    assert_eq!(o.uitslag, Some(Examenuitslag::Geslaagd));
    assert_eq!(o.binnen, 5);
    assert_eq!(data.simulator.rijen.len(), 6);
}
