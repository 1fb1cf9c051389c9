//! The backup of every dossier (`dossier::backup`): written and read back, a backup with bad
//! dossiers in it, the single-file import unchanged through the same reader, and the rule for the
//! export reminder at its boundaries.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::{json, Value};
use werkwaarde::dossier::backup::{
    backup_bestandsnaam, exportherinnering, lees_bestand, naar_backup, Backup, Bestand, Herinnering, MAX_BACKUP_BYTES,
};
use werkwaarde::dossier::{lees_import, naar_json, Dossier, DossierSoort, ImportFout, MAX_IMPORT_BYTES};

fn fixture(naam: &str) -> Dossier {
    let pad = format!("{}/tests/fixtures/v1/{naam}.json", env!("CARGO_MANIFEST_DIR"));
    lees_import(&std::fs::read(pad).unwrap()).unwrap()
}

fn drie() -> Vec<Dossier> {
    ["zelftoets-volledig", "loonwaarde-volledig", "examentraining-volledig"].into_iter().map(fixture).collect()
}

fn t(dag: u32, uur: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, dag, uur, 0, 0).unwrap()
}

fn backup_van(bytes: &[u8]) -> Backup {
    match lees_bestand(bytes).unwrap() {
        Bestand::Backup(b) => b,
        Bestand::Dossier(_) => panic!("read as a single dossier"),
    }
}

fn envelop(dossiers: Vec<Value>) -> Value {
    json!({
        "format": "werkwaarde-backup",
        "schema_version": 1,
        "created": "2026-12-05T10:00:00Z",
        "app_version": "0.1.0",
        "dossiers": dossiers,
        "beschadigd": [],
    })
}

#[test]
fn a_backup_reads_back_every_dossier_and_keeps_the_damaged_raw_text() {
    let dossiers = drie();
    let ruw = "{\"format\":\"werkwaarde-dossier\",\"title\":\"Half";
    let tekst = naar_backup(&dossiers, [("werkwaarde.dossier.kapot", ruw)], t(5, 10), "0.1.0");

    let v: Value = serde_json::from_str(&tekst).unwrap();
    assert_eq!(v["format"], "werkwaarde-backup");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["created"], "2026-12-05T10:00:00Z");
    assert_eq!(v["beschadigd"], json!([{ "sleutel": "werkwaarde.dossier.kapot", "ruw": ruw }]));
    // Each dossier is exactly its single-file export object.
    for (i, d) in dossiers.iter().enumerate() {
        let los: Value = serde_json::from_str(&naar_json(d)).unwrap();
        assert_eq!(v["dossiers"][i], los);
        assert_eq!(lees_import(v["dossiers"][i].to_string().as_bytes()).unwrap(), *d);
    }

    let b = backup_van(tekst.as_bytes());
    assert_eq!(b.dossiers, dossiers);
    assert!(b.geweigerd.is_empty());
    assert_eq!(b.beschadigd, ["werkwaarde.dossier.kapot"]);
}

#[test]
fn an_empty_backup_is_a_backup_with_nothing_in_it() {
    let tekst = naar_backup(&[], [], t(5, 10), "0.1.0");
    assert_eq!(backup_van(tekst.as_bytes()), Backup::default());
}

#[test]
fn the_backup_file_is_named_after_the_day() {
    assert_eq!(backup_bestandsnaam(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()), "werkwaarde-backup-2026-12-05.json");
}

#[test]
fn bad_dossiers_in_a_backup_are_refused_one_by_one_with_the_single_file_reason() {
    let [zelftoets, loonwaarde, examen]: [Dossier; 3] = drie().try_into().unwrap();
    let goed = |d: &Dossier| serde_json::from_str::<Value>(&naar_json(d)).unwrap();
    let mut zonder_titel = goed(&loonwaarde);
    zonder_titel.as_object_mut().unwrap().remove("title");
    let mut kapotte_data = goed(&examen);
    kapotte_data["title"] = json!("Oefenen voor juni");
    kapotte_data["data"]["examens"] = json!("geen lijst");
    let mut nieuwer = goed(&zelftoets);
    nieuwer["schema_version"] = json!(7);
    let slecht = [zonder_titel, kapotte_data, json!("geen dossier"), nieuwer];
    let mut lijst = vec![goed(&zelftoets)];
    lijst.extend(slecht.iter().cloned());
    lijst.push(goed(&loonwaarde));

    let b = backup_van(envelop(lijst).to_string().as_bytes());
    assert_eq!(b.dossiers, [zelftoets, loonwaarde]);
    let plaatsen: Vec<_> = b.geweigerd.iter().map(|g| g.plaats).collect();
    assert_eq!(plaatsen, [2, 3, 4, 5]);
    let namen: Vec<_> = b.geweigerd.iter().map(|g| g.naam()).collect();
    assert_eq!(namen[0], "Dossier 2");
    assert_eq!(namen[1], "Dossier 3 (\u{2018}Oefenen voor juni\u{2019})");
    assert_eq!(namen[2], "Dossier 4");
    // The reason is the one the same entry gets as a file of its own.
    for (g, los) in b.geweigerd.iter().zip(&slecht) {
        assert_eq!(g.fout, lees_import(los.to_string().as_bytes()).unwrap_err());
    }
    assert!(b.geweigerd[0].reden().contains("De titel ontbreekt (plaats: $.title)."), "{}", b.geweigerd[0].reden());
    assert!(b.geweigerd[1].reden().contains("$.data.examens"), "{}", b.geweigerd[1].reden());
    assert!(b.geweigerd[2].reden().starts_with("Dit is geen Werkwaarde-dossier"));
    assert!(b.geweigerd[3].reden().contains("schemaversie 7"));
}

#[test]
fn a_backup_envelope_that_cannot_be_read_is_refused_whole() {
    let mut nieuwer = envelop(vec![]);
    nieuwer["schema_version"] = json!(2);
    assert_eq!(lees_bestand(nieuwer.to_string().as_bytes()), Err(ImportFout::NieuwereBackup { versie: 2 }));
    assert!(ImportFout::NieuwereBackup { versie: 2 }.melding().contains("back-upversie 2"));

    let mut zonder = envelop(vec![]);
    zonder.as_object_mut().unwrap().remove("dossiers");
    let fout = lees_bestand(zonder.to_string().as_bytes()).unwrap_err();
    assert_eq!(fout.bevindingen()[0].pad, "$.dossiers");

    let mut geen_lijst = envelop(vec![]);
    geen_lijst["dossiers"] = json!({});
    let fout = lees_bestand(geen_lijst.to_string().as_bytes()).unwrap_err();
    assert_eq!(fout.bevindingen()[0].melding, "moet een lijst van dossiers zijn");

    let mut zonder_versie = envelop(vec![]);
    zonder_versie.as_object_mut().unwrap().remove("schema_version");
    assert_eq!(
        lees_bestand(zonder_versie.to_string().as_bytes()).unwrap_err().bevindingen()[0].pad,
        "$.schema_version"
    );
}

#[test]
fn a_single_dossier_file_reads_as_lees_import_reads_it() {
    let d = fixture("loonwaarde-volledig");
    assert_eq!(lees_bestand(naar_json(&d).as_bytes()), Ok(Bestand::Dossier(Box::new(d))));
    let gevallen: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"   ".to_vec(),
        vec![0xff, 0xfe, 0x00],
        b"{\"format\": \"werkwaarde-dossier\",\n  oeps }".to_vec(),
        br#"{"naam": "iets anders"}"#.to_vec(),
        br#"{"format": "werkwaarde-dossier", "schema_version": 9}"#.to_vec(),
        br#"{"format": "werkwaarde-dossier", "schema_version": 1, "kind": "zelftoets"}"#.to_vec(),
        b"[1, 2]".to_vec(),
        "\u{feff}{}".as_bytes().to_vec(),
        vec![b' '; MAX_IMPORT_BYTES as usize + 1],
    ];
    for bytes in gevallen {
        let verwacht = lees_import(&bytes).map(|d| Bestand::Dossier(Box::new(d)));
        assert_eq!(lees_bestand(&bytes), verwacht, "{:?}", String::from_utf8_lossy(&bytes[..bytes.len().min(60)]));
    }
}

#[test]
fn only_a_backup_may_be_larger_than_a_dossier() {
    // A backup over 10 MB is read; a dossier of that size is not.
    let mut groot = fixture("zelftoets-volledig");
    groot.data.insert("opmerking".into(), json!("x".repeat(MAX_IMPORT_BYTES as usize)));
    let tekst = naar_backup([&groot], [], t(5, 10), "0.1.0");
    assert!(tekst.len() as u64 > MAX_IMPORT_BYTES);
    let b = backup_van(tekst.as_bytes());
    // The dossier itself is over 10 MB but its JSON checks out: the single-file rules apply to its
    // content, and it comes out whole.
    assert_eq!(b.dossiers.len() + b.geweigerd.len(), 1);

    let te_groot = vec![b' '; MAX_BACKUP_BYTES as usize + 1];
    assert_eq!(lees_bestand(&te_groot), Err(ImportFout::BackupTeGroot { bytes: MAX_BACKUP_BYTES + 1 }));
    assert!(ImportFout::BackupTeGroot { bytes: MAX_BACKUP_BYTES + 1 }.melding().contains("hoogstens 50 MB"));
}

fn dossier(created: DateTime<Utc>, updated: DateTime<Utc>) -> Dossier {
    let mut d = Dossier::nieuw(DossierSoort::Loonwaarde, "Casus", created, "0.1.0").unwrap();
    d.updated = updated;
    d
}

#[test]
fn the_reminder_comes_at_exactly_seven_days_after_the_last_export_with_a_change_since() {
    let export = t(1, 9);
    let d = dossier(t(1, 8), t(3, 12));
    let week = export + Duration::days(7);
    assert_eq!(exportherinnering(&d, Some(export), None, week - Duration::seconds(1)), None);
    assert_eq!(
        exportherinnering(&d, Some(export), None, week),
        Some(Herinnering { dagen: 7, ooit_geexporteerd: true })
    );
    assert_eq!(
        exportherinnering(&d, Some(export), None, export + Duration::days(8) + Duration::hours(5)),
        Some(Herinnering { dagen: 8, ooit_geexporteerd: true })
    );
    // No change since the export: no reminder, however long ago.
    let ongewijzigd = dossier(t(1, 8), export);
    assert_eq!(exportherinnering(&ongewijzigd, Some(export), None, export + Duration::days(60)), None);
    let eerder = dossier(t(1, 8), t(1, 8) + Duration::minutes(30));
    assert_eq!(exportherinnering(&eerder, Some(export), None, export + Duration::days(60)), None);
    // One second of change after it is enough.
    let net = dossier(t(1, 8), export + Duration::seconds(1));
    assert!(exportherinnering(&net, Some(export), None, week).is_some());
}

#[test]
fn never_exported_counts_from_creation_or_from_the_import() {
    let aangemaakt = t(1, 8);
    let d = dossier(aangemaakt, t(2, 8));
    assert_eq!(exportherinnering(&d, None, None, aangemaakt + Duration::days(7) - Duration::seconds(1)), None);
    let h = exportherinnering(&d, None, None, aangemaakt + Duration::days(7)).unwrap();
    assert_eq!(h, Herinnering { dagen: 7, ooit_geexporteerd: false });
    assert!(h.melding().starts_with("Dit dossier is nog nooit geëxporteerd."));
    // Never changed after it was made: nothing to lose.
    assert_eq!(exportherinnering(&dossier(aangemaakt, aangemaakt), None, None, aangemaakt + Duration::days(30)), None);
    // An imported dossier (made long ago elsewhere) counts from its import into this browser.
    let oud = dossier(Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap(), t(3, 8));
    assert_eq!(exportherinnering(&oud, None, Some(t(2, 8)), t(5, 8)), None);
    assert_eq!(exportherinnering(&oud, None, Some(t(2, 8)), t(9, 8)).map(|h| h.dagen), Some(7));
    // The later of export and import counts.
    assert_eq!(exportherinnering(&oud, Some(t(1, 8)), Some(t(2, 8)), t(8, 9)), None);
    let h = exportherinnering(&oud, Some(t(1, 8)), None, t(9, 8)).unwrap();
    assert_eq!(
        h.melding(),
        "Dit dossier is al 8 dagen niet geëxporteerd en is sindsdien gewijzigd. Exporteer het, dan heeft u \
         een actuele reservekopie."
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_get_an_answer(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = lees_bestand(&bytes);
    }

    #[test]
    fn any_list_in_a_backup_gets_an_answer_per_entry(
        lijst in prop::collection::vec(prop_oneof![
            Just(Value::Null),
            any::<i64>().prop_map(Value::from),
            ".{0,10}".prop_map(Value::from),
            Just(json!({"format": "werkwaarde-dossier"})),
            Just(json!({"format": "werkwaarde-dossier", "schema_version": 1, "title": "x"})),
        ], 0..8)
    ) {
        let n = lijst.len();
        let b = backup_van(envelop(lijst).to_string().as_bytes());
        prop_assert_eq!(b.dossiers.len() + b.geweigerd.len(), n);
    }
}
