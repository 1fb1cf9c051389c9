//! One typed definition per zelftoets field: every field a step page defines has exactly one id,
//! `uit_id` reads that id back to the same field, and every finding the rules produce points at
//! a field that a step page defines for the dossier at hand.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use werkwaarde::domain::keurmerk::ZelftoetsVeld;
use werkwaarde::dossier::invoer::Soort;
use werkwaarde::dossier::zelftoets::{alle_velden, beoordeel, lees_profiel, ZelftoetsData};

/// A dossier with every Dienst, three klachten, two persons and two bestuurders; the profiel asks
/// for the Inburgeren declarations and the zzp'er's regeling too.
fn alles() -> ZelftoetsData {
    let mut invoer = BTreeMap::new();
    invoer.insert("p-inburgeren".to_string(), "ja".to_string());
    invoer.insert("p-zzp".to_string(), "ja".to_string());
    ZelftoetsData {
        invoer,
        diensten: (1..=12).collect(),
        klachten: vec![1, 7, 42],
        personen: vec![3, 100],
        bestuurders: vec![101],
    }
}

fn gedefinieerd(data: &ZelftoetsData) -> BTreeSet<ZelftoetsVeld> {
    let profiel = lees_profiel(&mut werkwaarde::dossier::invoer::Antwoorden::van(&data.invoer));
    alle_velden(data, &profiel).into_iter().map(|d| d.veld).collect()
}

#[test]
fn every_defined_field_round_trips_through_its_id() {
    let data = alles();
    let profiel = lees_profiel(&mut werkwaarde::dossier::invoer::Antwoorden::van(&data.invoer));
    let velden = alle_velden(&data, &profiel);
    assert!(velden.len() > 300, "{}", velden.len());
    let mut ids = BTreeSet::new();
    for def in &velden {
        let id = def.id();
        assert_eq!(ZelftoetsVeld::uit_id(&id), Some(def.veld), "{id}");
        assert!(ids.insert(id.clone()), "{id} is defined twice");
    }
    // The stored format is unchanged: a few ids exactly as dossiers hold them.
    for id in [
        "p-oval",
        "p-peildatum",
        "p-aanmelddatum",
        "p-verlenging",
        "kvk-datum",
        "vog-naam",
        "vog-datum",
        "vog-functieaspecten",
        "vog-101-datum",
        "eis-audit",
        "eis-persoonlijk",
        "eis-informatie",
        "eis-zzp-opvang",
        "d6-afgerond",
        "d10-afgerond",
        "d11-afgerond",
        "mv-inb-a",
        "doc-kvk-uittreksel-datum",
        "doc-omzetverklaring-boekjaar",
        "h1-1.5.8",
        "h1-1.4.2-toel",
        "h2-2.1.1",
        "h3-3.4.1",
        "klacht-42-niet-in-behandeling",
        "ubo-100-pep",
        "d1-a2",
        "d11-bev-f",
        "d9-vorig-c",
        "d10-ladder-groepen",
        "transparantie-2.0.2",
        "t12-o-respondenten",
        "t3-audit",
        "t-cedeo",
        "watals-3-waarde",
        "mp-eerste-audit",
        "vs-cyclusjaar",
        "vs6-vorig-jaar",
        "vs6-clientenaudit",
    ] {
        assert!(ids.contains(id), "{id} is no longer defined");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Only an exact id names a field: whatever `uit_id` accepts, `id` writes back unchanged.
    #[test]
    fn an_accepted_id_is_written_back_unchanged(s in "(p-|h[123]-|klacht-|ubo-|d|t|doc-|mv-|watals-|vs)[a-z0-9.+-]{0,14}") {
        if let Some(v) = ZelftoetsVeld::uit_id(&s) {
            prop_assert_eq!(v.id(), s);
        }
    }

    #[test]
    fn row_fields_round_trip_for_any_row_id(rij in any::<u64>(), k in 0usize..6, u in 0usize..7) {
        use werkwaarde::domain::keurmerk::veld::{KlachtKolom, UboKolom};
        let klacht = ZelftoetsVeld::klacht(rij, KlachtKolom::ALLE[k]);
        let ubo = ZelftoetsVeld::ubo(rij, UboKolom::ALLE[u]);
        prop_assert_eq!(ZelftoetsVeld::uit_id(&klacht.id()), Some(klacht));
        prop_assert_eq!(ZelftoetsVeld::uit_id(&ubo.id()), Some(ubo));
    }
}

/// Values that exercise the rules for a field of this kind: empty, boundaries, nonsense, dates in
/// and out of order, every option of a choice.
fn waarden(soort: Soort) -> Vec<&'static str> {
    match soort {
        Soort::Keuze(opties) => opties.iter().map(|(w, _)| *w).chain(["onzin"]).collect(),
        Soort::JaNee => vec!["", "ja", "nee"],
        Soort::Status => vec!["", "voldoet", "voldoet_niet", "nvt"],
        Soort::Datum => vec![
            "",
            "2023-01-01",
            "2025-03-03",
            "2025-03-17",
            "2025-04-15",
            "2025-09-01",
            "2026-01-15",
            "2026-03-01",
            "2027-01-01",
            "2026-02-30",
            "abc",
        ],
        Soort::Aantal => {
            vec!["", "0", "1", "3", "5", "8", "10", "12", "40", "100", "-1", "2,5", "1.200", "abc", "2025", "4", "6"]
        }
        Soort::Bedrag => vec!["", "0", "125000", "-5", "12,345", "abc"],
        Soort::Cijfer => vec!["", "7,5", "6,4", "6,5", "5", "11", "0,5", "7,25", "6,995", "abc"],
        Soort::Procent => vec!["", "0", "25", "25,01", "40", "96", "100", "100,5", "101", "-1", "abc"],
        Soort::Tekst => vec![
            "",
            "J. de Vries",
            "11, 12, 13, 21, 22, 41, 43, 53, 71",
            "11, x",
            "10×-1, 20×0, 40×2",
            "5x1; kapot",
            "3×2",
        ],
    }
}

fn dossier() -> impl Strategy<Value = ZelftoetsData> {
    let diensten = prop::collection::btree_set(1u8..=12, 0..=12);
    let klachten = prop::collection::btree_set(0u64..60, 0..5);
    let personen = prop::collection::btree_set(0u64..60, 0..4);
    let bestuurders = prop::collection::btree_set(1u64..60, 0..3);
    (diensten, klachten, personen, bestuurders).prop_flat_map(|(diensten, klachten, personen, bestuurders)| {
        let personen: Vec<u64> = personen.into_iter().filter(|p| !klachten.contains(p)).collect();
        let bestuurders: Vec<u64> =
            bestuurders.into_iter().filter(|b| !klachten.contains(b) && !personen.contains(b)).collect();
        let data = ZelftoetsData {
            invoer: BTreeMap::new(),
            diensten: diensten.into_iter().collect(),
            klachten: klachten.into_iter().collect(),
            personen,
            bestuurders,
        };
        // Every field of this dossier (and of the Inburgeren profiel), each with a value of its kind.
        let mut met_inburgeren = data.clone();
        met_inburgeren.invoer.insert("p-inburgeren".into(), "ja".into());
        let profiel = lees_profiel(&mut werkwaarde::dossier::invoer::Antwoorden::van(&met_inburgeren.invoer));
        let velden: Vec<(String, Vec<&'static str>)> =
            alle_velden(&met_inburgeren, &profiel).into_iter().map(|d| (d.id(), waarden(d.soort))).collect();
        let n = velden.len();
        (Just(data), Just(velden), prop::collection::vec(any::<u8>(), n)).prop_map(|(mut data, velden, keuzes)| {
            for ((id, opties), k) in velden.into_iter().zip(keuzes) {
                let waarde = opties[usize::from(k) % opties.len()];
                if !waarde.is_empty() {
                    data.invoer.insert(id, waarde.to_string());
                }
            }
            data
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Every field a finding names — an outcome's link, an error at a field, a missing sterren
    /// input, a vrijstelling question — is one the step pages define for this dossier.
    #[test]
    fn every_finding_points_at_a_field_on_a_step_page(data in dossier()) {
        let velden = gedefinieerd(&data);
        let u = beoordeel(&data);
        let mut genoemd: Vec<(String, ZelftoetsVeld)> = Vec::new();
        for n in u.uitkomsten.iter().chain(&u.oordeel.niet_voldaan).chain(&u.oordeel.onbekend) {
            genoemd.extend(n.veld.map(|v| (format!("norm {}", n.code), v)));
        }
        genoemd.extend(u.fouten.keys().map(|v| ("fout".to_string(), *v)));
        for o in u.totaal.ontbrekend.iter().chain(u.totaal.subscores.iter().flat_map(|s| &s.ontbrekend)) {
            genoemd.extend(o.veld.map(|v| (format!("sterren {}", o.melding), v)));
        }
        for (vraag, v) in u.vrijstelling.open.iter().chain(&u.vrijstelling.niet_voldaan) {
            genoemd.push((format!("vrijstelling {vraag}"), *v));
        }
        for (wat, v) in genoemd {
            prop_assert!(velden.contains(&v), "{wat} points at {v}, which no step page defines");
        }
    }
}
