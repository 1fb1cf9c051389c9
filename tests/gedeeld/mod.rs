//! What several test files share: a passing zelftoets dossier, hand-made norm outcomes, and the
//! taken of loonwaarde vector L1. Each test crate uses part of it, so the rest is dead code there.
#![allow(dead_code)]

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::keurmerk::catalogus::HOOFDNORM1;
use werkwaarde::domain::keurmerk::hoofdnorm1::{VERKLARINGEN, VOG_FUNCTIEASPECTEN};
use werkwaarde::domain::keurmerk::{Normuitkomst, Status};
use werkwaarde::domain::loonwaarde::Taak;
use werkwaarde::domain::uitleg::Uitleg;
use werkwaarde::dossier::loonwaarde::TaakData;
use werkwaarde::dossier::zelftoets::ZelftoetsData;

/// A small aspirant that just passes: Dienst 1 and 9 at exactly 80%, five
/// trajecten from five persons each, 10% response, cijfers at 6,5. Audit on 1 maart 2026,
/// aanmelding on 1 december 2025, VOG of 1 september 2025, KvK-uittreksel of 15 januari 2026.
pub fn net_voldoende() -> ZelftoetsData {
    let mut i: BTreeMap<String, String> = BTreeMap::new();
    let mut zet = |k: &str, v: &str| {
        i.insert(k.to_string(), v.to_string());
    };
    zet("p-aanvrager", "aspirant");
    zet("p-peildatum", "2026-03-01");
    zet("p-aanmelddatum", "2025-12-01");
    zet("p-verlenging", "nee");
    for eis in ["audit", "tvo", "betaling", "persoonlijk", "informatie"] {
        zet(&format!("eis-{eis}"), "ja");
    }
    zet("p-rechtsvorm", "bv");
    zet("p-kvk", "ja");
    zet("p-eerste", "ja");
    for n in HOOFDNORM1 {
        zet(&format!("h1-{}", n.code), "voldoet");
    }
    zet("kvk-datum", "2026-01-15");
    zet("vog-datum", "2025-09-01");
    zet("vog-naam", "A. de Vries");
    let aspecten: Vec<String> = VOG_FUNCTIEASPECTEN.iter().map(|a| a.to_string()).collect();
    zet("vog-functieaspecten", &aspecten.join(", "));
    zet("mv-datum", "2026-01-10");
    for v in VERKLARINGEN.iter().filter(|v| !v.alleen_inburgeren) {
        zet(&format!("mv-{}", v.id), "ja");
    }
    zet("personeel-gekwalificeerd", "3");
    zet("personeel-totaal", "4");
    zet("ubo-1-naam", "A. de Vries");
    zet("ubo-1-kapitaal", "100");
    zet("ubo-1-pep", "nee");
    zet("doc-ubo-pep", "ja");
    for (d, p) in [(1, "2.1"), (9, "2.9")] {
        zet(&format!("d{d}-a"), "10");
        zet(&format!("d{d}-a2"), "10");
        zet(&format!("d{d}-b"), "8");
        zet(&format!("d{d}-b2"), "8");
        zet(&format!("d{d}-c"), "10");
        zet(&format!("d{d}-tvo-c"), "10");
        zet(&format!("d{d}-tvo-o"), "2");
        zet(&format!("d{d}-personen"), "5");
        zet(&format!("d{d}-omzet"), "25000");
        zet(&format!("h2-{p}.1"), "voldoet");
        zet(&format!("h2-{p}.2"), "voldoet");
        zet(&format!("t{d}-c-uitgenodigd"), "50");
        zet(&format!("t{d}-c-respondenten"), "5");
        zet(&format!("t{d}-c-cijfer"), "6,5");
        zet(&format!("t{d}-o-uitgenodigd"), "2");
        zet(&format!("t{d}-o-respondenten"), "2");
        zet(&format!("t{d}-o-cijfer"), "7");
    }
    zet("d9-d", "6");
    zet("transparantie-2.0.1", "0");
    zet("transparantie-2.0.2", "0");
    for c in ["3.2.2", "3.3.1", "3.4.1"] {
        zet(&format!("h3-{c}"), "voldoet");
    }
    ZelftoetsData { invoer: i, diensten: vec![1, 9], personen: vec![1], ..Default::default() }
}

/// A hand-made norm outcome, for tests of the verdict alone.
pub fn norm(code: &str, hoofdnorm: u8, dienst: Option<u8>, status: Status, materieel: bool) -> Normuitkomst {
    Normuitkomst {
        code: code.into(),
        hoofdnorm,
        dienst,
        status,
        materieel,
        melding: format!("{code} {}", status.naam()),
        uitleg: Uitleg { formule: String::new(), berekening: String::new(), norm: None, bron: String::new() },
        veld: None,
    }
}

/// A taak with every toelichting written.
pub fn taak(naam: &str, uren: Decimal, t: Decimal, k: Decimal, i: Decimal) -> Taak {
    Taak { naam: naam.into(), uren, tempo: t, kwaliteit: k, inzet: i, toegelicht: [true; 3] }
}

/// A taak of a loonwaarde dossier as typed, with a toelichting for each score.
pub fn taakdata(id: u64, naam: &str, uren: &str, t: &str, k: &str, i: &str, toelichting: [&str; 3]) -> TaakData {
    TaakData {
        id,
        naam: naam.into(),
        uren: uren.into(),
        tempo: t.into(),
        kwaliteit: k.into(),
        inzet: i.into(),
        toelichting: toelichting.map(str::to_string),
    }
}

/// Vector L1: 71,2% → 71%.
pub fn l1() -> Vec<Taak> {
    vec![
        taak("inpakken", dec!(24), dec!(80), dec!(90), dec!(100)),
        taak("etiketteren", dec!(8), dec!(100), dec!(100), dec!(90)),
        taak("schoonmaken", dec!(8), dec!(50), dec!(100), dec!(100)),
    ]
}
