use chrono::{TimeZone, Utc};

use super::*;
use crate::dossier::herkomst::Herkomst;
use crate::dossier::{Dossier, DossierSoort};

fn dossier(titel: &str, uur: u32) -> Dossier {
    let t = Utc.with_ymd_and_hms(2026, 11, 22, uur, 0, 0).unwrap();
    Dossier::nieuw(DossierSoort::Zelftoets, titel, t, "0.1.0").unwrap()
}

#[test]
fn saved_dossiers_load_back_newest_first() {
    let opslag = Geheugen::default();
    bewaar(&opslag, "a", &dossier("Oud", 8), Herkomst::default()).unwrap();
    bewaar(&opslag, "b", &dossier("Nieuw", 9), Herkomst::default()).unwrap();
    let inhoud = laad(&opslag, crate::dossier::Controle::ALLES).unwrap();
    let titels: Vec<_> = inhoud.dossiers.iter().map(|o| o.dossier.title.as_str()).collect();
    assert_eq!(titels, ["Nieuw", "Oud"]);
    assert_eq!(inhoud.dossiers[0].id, "b");
    assert!(inhoud.beschadigd.is_empty());
}

#[test]
fn a_damaged_entry_is_reported_with_its_raw_text_and_the_others_still_load() {
    let opslag = Geheugen::default();
    bewaar(&opslag, "goed", &dossier("Goed", 8), Herkomst::default()).unwrap();
    opslag.schrijf(&sleutel("kapot"), "{\"format\": \"werkwaarde-dossier\", ").unwrap();
    opslag.schrijf(&sleutel("leeg-veld"), r#"{"format":"werkwaarde-dossier","schema_version":1}"#).unwrap();
    opslag.schrijf("iets.anders", "niet van ons").unwrap();

    let inhoud = laad(&opslag, crate::dossier::Controle::ALLES).unwrap();
    assert_eq!(inhoud.dossiers.len(), 1);
    assert_eq!(inhoud.beschadigd.len(), 2);
    let kapot = &inhoud.beschadigd[0];
    assert_eq!(kapot.sleutel, sleutel("kapot"));
    assert_eq!(kapot.ruw, "{\"format\": \"werkwaarde-dossier\", ");
    assert!(kapot.melding.contains("geen geldige JSON"), "{}", kapot.melding);
    assert!(inhoud.beschadigd[1].melding.contains("De titel ontbreekt (plaats: $.title)."));
    // Loading never rewrites or drops what it could not read.
    assert_eq!(opslag.lees(&sleutel("kapot")).unwrap().as_deref(), Some(kapot.ruw.as_str()));
}

#[test]
fn a_full_storage_reports_quota_and_keeps_the_previous_version() {
    let eerste = dossier("Klein", 8);
    let compact = crate::dossier::naar_json_compact(&eerste);
    let merk = crate::dossier::herkomst::merk_voor(&compact, &[]);
    let herkomst = Herkomst { merk, ..Default::default() };
    let tekst = crate::dossier::herkomst::met_herkomst(&compact, &herkomst);
    let opslag = Geheugen::met_limiet(sleutel("x").len() + tekst.chars().count() + 10);
    bewaar(&opslag, "x", &eerste, Herkomst::default()).unwrap();

    let mut groter = eerste.clone();
    groter.data.insert("notitie".into(), "x".repeat(100).into());
    assert_eq!(bewaar(&opslag, "x", &groter, Herkomst::default()), Err(OpslagFout::Vol));
    assert_eq!(laad(&opslag, crate::dossier::Controle::ALLES).unwrap().dossiers[0].dossier, eerste);
    assert!(OpslagFout::Vol.melding().contains("vol"));
}

#[test]
fn new_ids_never_reuse_a_key_in_use() {
    let opslag = Geheugen::default();
    opslag.schrijf(&sleutel("10-00000005"), "kapot").unwrap();
    let bezet = |k: &str| opslag.lees(k).ok().flatten().is_some();
    assert_eq!(nieuw_id(bezet, 16, 5), "10-00000006");
    assert_eq!(nieuw_id(|_| false, 16, 5), "10-00000005");
}

#[test]
fn only_keys_of_this_app_can_be_removed_as_damaged() {
    let opslag = Geheugen::default();
    opslag.schrijf("iets.anders", "v").unwrap();
    opslag.schrijf(&sleutel("k"), "v").unwrap();
    verwijder_beschadigd(&opslag, "iets.anders").unwrap();
    verwijder_beschadigd(&opslag, &sleutel("k")).unwrap();
    assert_eq!(opslag.sleutels().unwrap(), ["iets.anders"]);
}

/// Storage that accepts a write but keeps only part of it, as a broken or meddling browser might.
struct Afkappend(Geheugen);

impl Backend for Afkappend {
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        self.0.sleutels()
    }
    fn lees(&self, sleutel: &str) -> Result<Option<String>, OpslagFout> {
        self.0.lees(sleutel)
    }
    fn schrijf(&self, sleutel: &str, waarde: &str) -> Result<(), OpslagFout> {
        self.0.schrijf(sleutel, &waarde[..waarde.len() / 2])
    }
    fn wis(&self, sleutel: &str) -> Result<(), OpslagFout> {
        self.0.wis(sleutel)
    }
}

#[test]
fn a_write_that_reads_back_otherwise_is_not_saved() {
    let opslag = Afkappend(Geheugen::default());
    assert_eq!(bewaar(&opslag, "x", &dossier("Half", 8), Herkomst::default()), Err(OpslagFout::NietGelijk));
    assert!(OpslagFout::NietGelijk.melding().contains("niet zeker bewaard"));
    assert!(bewaar(&Geheugen::default(), "x", &dossier("Heel", 8), Herkomst::default()).is_ok());
}

#[test]
fn export_and_import_records_sit_beside_the_dossiers_and_go_with_a_delete() {
    use super::bewaren::*;
    let opslag = Geheugen::default();
    bewaar(&opslag, "a", &dossier("A", 8), Herkomst::default()).unwrap();
    let moment = Utc.with_ymd_and_hms(2026, 12, 3, 9, 30, 0).unwrap();
    zet_geexporteerd(&opslag, "a", moment).unwrap();
    zet_geimporteerd(&opslag, "b", moment).unwrap();
    opslag.schrijf("werkwaarde.export.c", "gisteren").unwrap();
    assert_eq!(opslag.lees("werkwaarde.export.a").unwrap().as_deref(), Some("2026-12-03T09:30:00Z"));

    let mut kopieen = lees_kopieen(&opslag);
    kopieen.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        kopieen,
        [
            ("a".to_string(), Kopieen { geexporteerd: Some(moment), geimporteerd: None }),
            ("b".to_string(), Kopieen { geexporteerd: None, geimporteerd: Some(moment) }),
        ],
        "an unreadable record (c) is skipped"
    );
    // The records are not dossiers, damaged or otherwise.
    let inhoud = laad(&opslag, crate::dossier::Controle::ALLES).unwrap();
    assert_eq!(inhoud.dossiers.len(), 1);
    assert!(inhoud.beschadigd.is_empty());

    verwijder(&opslag, "a").unwrap();
    assert!(lees_kopieen(&opslag).iter().all(|(id, _)| id != "a"));
}

#[test]
fn the_persist_answer_is_kept_outside_the_dossier_prefix() {
    use super::bewaren::*;
    let opslag = Geheugen::default();
    assert_eq!(lees_blijvend(&opslag), None);
    for antwoord in [Blijvend::Gevraagd, Blijvend::Ja, Blijvend::Nee, Blijvend::NietOndersteund] {
        zet_blijvend(&opslag, antwoord).unwrap();
        assert_eq!(lees_blijvend(&opslag), Some(antwoord));
    }
    assert!(!PERSIST_SLEUTEL.starts_with(PREFIX));
    assert!(laad(&opslag, crate::dossier::Controle::ALLES).unwrap().beschadigd.is_empty());
}
