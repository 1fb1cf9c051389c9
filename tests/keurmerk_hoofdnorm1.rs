//! Hoofdnorm 1 (SPEC A1, A2, A8): K8 klachten, the VOG, KvK and managementverklaring checks, the
//! UBO/PEP helper, applicability per profiel, the catalogue, and never-panic properties.

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::keurmerk::catalogus::{norm, toepassing, Toepassing, HOOFDNORM1, NOOT_MATERIELE_NORM_2_4_4};
use werkwaarde::domain::keurmerk::hoofdnorm1::*;
use werkwaarde::domain::keurmerk::ZelftoetsVeld;
use werkwaarde::domain::keurmerk::{Aanvrager, Normuitkomst, Profiel, Rechtsvorm, Status};

fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(j, m, dag).expect("testdatum")
}

/// An aspirant whose aanmelding and audit fall on the same day, so every term is measured there.
fn profiel(peil: NaiveDate) -> Profiel {
    Profiel { kvk_plichtig: true, peildatum: Some(peil), aanmelddatum: Some(peil), ..Default::default() }
}

fn zoek<'a>(uitkomsten: &'a [Normuitkomst], code: &str) -> &'a Normuitkomst {
    uitkomsten.iter().find(|u| u.code == code).unwrap_or_else(|| panic!("geen uitkomst voor {code}"))
}

fn klacht(ontvangen: NaiveDate, bevestigd: Option<NaiveDate>, afgehandeld: Option<NaiveDate>) -> Klacht {
    Klacht {
        ontvangen: Some(ontvangen),
        bevestigd,
        afgehandeld,
        behandelaar: "J. de Vries".into(),
        uitkomst: if afgehandeld.is_some() { "Opgelost".into() } else { String::new() },
        ..Default::default()
    }
}

/// Klachten as rows of a register: each row's id is its position, so "klacht-2-…" is the third.
fn genummerd(klachten: Vec<Klacht>) -> Vec<Klacht> {
    klachten.into_iter().enumerate().map(|(i, k)| Klacht { rij: i as u64, ..k }).collect()
}

/// Received 3 maart 2025, bevestigd after 14 days; afgehandeld after `dagen` days.
fn k8(dagen: u64) -> Klacht {
    let o = d(2025, 3, 3);
    klacht(o, Some(d(2025, 3, 17)), o.checked_add_days(chrono::Days::new(dagen)))
}

// ---------------------------------------------------------------------------------------------
// K8: klachten
// ---------------------------------------------------------------------------------------------

#[test]
fn k8_day_14_and_day_42_are_in_time_day_43_is_late() {
    let peil = Some(d(2025, 6, 1));
    let op_tijd = klachtstatus(&k8(42), 0, peil);
    assert_eq!(op_tijd.bevestiging, Termijn::Tijdig);
    assert_eq!(op_tijd.afhandeling, Termijn::Tijdig);
    assert_eq!(op_tijd.dagen_tot_afhandeling, Some(42));
    assert_eq!(op_tijd.uiterste_bevestiging, Some(d(2025, 3, 17)));
    assert_eq!(op_tijd.uiterste_afhandeling, Some(d(2025, 4, 14)));
    assert!(op_tijd.bevindingen.is_empty(), "{:?}", op_tijd.bevindingen);

    let te_laat = klachtstatus(&k8(43), 0, peil);
    assert_eq!(te_laat.afhandeling, Termijn::TeLaat);
    assert_eq!(te_laat.dagen_tot_afhandeling, Some(43));
    let b = te_laat.bevindingen.iter().find(|b| b.code == "1.5.8").expect("bevinding 1.5.8");
    assert_eq!(b.veld, "klacht-0-afgehandeld");
    assert!(b.melding().contains("43 dagen"), "{}", b.melding());

    let mut laat_bevestigd = k8(20);
    laat_bevestigd.bevestigd = Some(d(2025, 3, 18));
    laat_bevestigd.rij = 2;
    let s = klachtstatus(&laat_bevestigd, 2, peil);
    assert_eq!(s.bevestiging, Termijn::TeLaat);
    assert!(s.bevindingen.iter().any(|b| b.code == "1.5.2.a" && b.veld == "klacht-2-bevestigd"));
}

#[test]
fn k8_four_of_five_in_time_is_80_percent_and_meets_1_5_8() {
    let klachten = vec![k8(10), k8(42), k8(30), k8(43), k8(1)];
    let u = norm_1_5_8(&klachten, Some(d(2025, 6, 1)));
    assert_eq!(u.status, Status::Voldoet, "{}", u.melding);
    assert_eq!(u.uitleg.berekening, "4 / 5 × 100% = 80%");
    assert_eq!(u.uitleg.bron, "norm 1.5.8, §2.5");
}

#[test]
fn k8_three_of_four_in_time_is_75_percent_and_fails_1_5_8() {
    let klachten = genummerd(vec![k8(10), k8(42), k8(43), k8(1)]);
    let u = norm_1_5_8(&klachten, Some(d(2025, 6, 1)));
    assert_eq!(u.status, Status::VoldoetNiet);
    assert!(u.melding.contains("75%"), "{}", u.melding);
    assert!(u.melding.contains("klacht 3"), "{}", u.melding);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("klacht-2-afgehandeld"));
}

#[test]
fn k8_an_open_klacht_older_than_six_weeks_counts_as_late() {
    let open = vec![klacht(d(2025, 3, 3), Some(d(2025, 3, 5)), None)];
    // On the 42nd day it can still be handled in time: lopend, counted neither way.
    let s = klachtstatus(&open[0], 0, Some(d(2025, 4, 14)));
    assert_eq!(s.afhandeling, Termijn::Lopend);
    assert_eq!(norm_1_5_8(&open, Some(d(2025, 4, 14))).status, Status::Voldoet);
    // A day later it is late, and as the only decided klacht it fails the norm.
    let s = klachtstatus(&open[0], 0, Some(d(2025, 4, 15)));
    assert_eq!(s.afhandeling, Termijn::TeLaat);
    let u = norm_1_5_8(&open, Some(d(2025, 4, 15)));
    assert_eq!(u.status, Status::VoldoetNiet);
    assert_eq!(u.uitleg.berekening, "0 / 1 × 100% = 0%");
}

#[test]
fn k8_zero_klachten_meet_1_5_8() {
    let u = norm_1_5_8(&[], Some(d(2025, 6, 1)));
    assert_eq!(u.status, Status::Voldoet);
    assert!(u.melding.contains("Geen klachten"));
    // Even without a peildatum: nothing can be late.
    assert_eq!(norm_1_5_8(&[], None).status, Status::Voldoet);
}

#[test]
fn lopende_klachten_count_neither_way() {
    let peil = d(2025, 6, 1);
    let mut klachten = vec![k8(1), k8(2), k8(3), k8(4), k8(50)];
    for _ in 0..3 {
        klachten.push(klacht(d(2025, 5, 20), Some(d(2025, 5, 21)), None));
    }
    let t = klachttelling(&klachtstatussen(&klachten, Some(peil)));
    assert_eq!(t, Klachttelling { tijdig: 4, te_laat: 1, lopend: 3, onbekend: 0 });
    let u = norm_1_5_8(&klachten, Some(peil));
    assert_eq!(u.status, Status::Voldoet);
    assert!(u.uitleg.berekening.contains("3 nog binnen de termijn"), "{}", u.uitleg.berekening);
}

#[test]
fn an_open_klacht_without_peildatum_asks_for_the_peildatum() {
    let klachten = vec![klacht(d(2025, 3, 3), Some(d(2025, 3, 4)), None)];
    let u = norm_1_5_8(&klachten, None);
    assert_eq!(u.status, Status::Onbekend);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("p-peildatum"));
    assert!(u.melding.contains("peildatum"));
}

#[test]
fn an_undecidable_klacht_only_matters_when_it_could_tip_the_result() {
    let peil = Some(d(2025, 6, 1));
    let zonder_datum = Klacht { afgehandeld: Some(d(2025, 4, 1)), ..Default::default() };
    // 9 in time + 1 unknown: 90% at worst → voldoet.
    let mut klachten: Vec<Klacht> = (0..9).map(|_| k8(5)).collect();
    klachten.push(zonder_datum.clone());
    assert_eq!(norm_1_5_8(&klachten, peil).status, Status::Voldoet);
    // 3 in time + 1 unknown: 100% or 75% → unknown, pointing at the klacht.
    let klachten = genummerd(vec![k8(5), k8(5), k8(5), zonder_datum]);
    let u = norm_1_5_8(&klachten, peil);
    assert_eq!(u.status, Status::Onbekend);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("klacht-3-ontvangen"));
}

#[test]
fn niet_in_behandeling_melding_within_four_weeks() {
    let o = d(2025, 3, 3);
    let mut k = klacht(o, Some(d(2025, 3, 5)), None);
    k.uitkomst = "Niet in behandeling: anoniem".into();
    k.niet_in_behandeling_gemeld = Some(d(2025, 3, 31)); // day 28
    let s = klachtstatus(&k, 0, Some(d(2025, 6, 1)));
    assert_eq!(s.melding, Some(Termijn::Tijdig));
    assert_eq!(s.afhandeling, Termijn::Tijdig);
    k.niet_in_behandeling_gemeld = Some(d(2025, 4, 1)); // day 29
    let s = klachtstatus(&k, 0, Some(d(2025, 6, 1)));
    assert_eq!(s.melding, Some(Termijn::TeLaat));
    assert_eq!(s.afhandeling, Termijn::TeLaat);
    assert!(s.bevindingen.iter().any(|b| b.code == "1.5.2.b" && b.veld == "klacht-0-niet-in-behandeling"));
}

#[test]
fn dates_out_of_order_are_findings_not_panics() {
    let k = Klacht {
        ontvangen: Some(d(2025, 3, 10)),
        bevestigd: Some(d(2025, 3, 1)),
        afgehandeld: Some(d(2025, 2, 1)),
        ..Default::default()
    };
    let s = klachtstatus(&k, 0, Some(d(2025, 6, 1)));
    assert_eq!(s.bevestiging, Termijn::Onbekend);
    assert_eq!(s.afhandeling, Termijn::Onbekend);
    assert!(s.bevindingen.iter().any(|b| b.veld == "klacht-0-bevestigd" && b.melding().contains("vóór de ontvangst")));
    assert!(s
        .bevindingen
        .iter()
        .any(|b| b.veld == "klacht-0-afgehandeld" && b.melding().contains("vóór de ontvangst")));
}

#[test]
fn the_register_shows_items_1_5_6_a_to_e() {
    let peil = d(2025, 6, 1);
    let p = profiel(peil);
    let mut zonder_behandelaar = k8(10);
    zonder_behandelaar.behandelaar = "  ".into();
    let invoer = Hoofdnorm1Invoer { klachten: genummerd(vec![k8(10), zonder_behandelaar]), ..Default::default() };
    let u = beoordeel(&p, &invoer);
    assert_eq!(zoek(&u, "1.5.6.a").status, Status::Voldoet);
    assert_eq!(zoek(&u, "1.5.6.b").status, Status::Voldoet);
    let c = zoek(&u, "1.5.6.c");
    assert_eq!(c.status, Status::Onbekend);
    assert_eq!(c.veld.map(ZelftoetsVeld::id).as_deref(), Some("klacht-1-behandelaar"));
    assert!(c.melding.contains("klacht 2"), "{}", c.melding);
    let ouder = zoek(&u, "1.5.6");
    assert_eq!(ouder.status, Status::Onbekend);
    assert!(ouder.melding.contains('c'));
    // The user's own "voldoet niet" stands against a complete-looking register.
    let mut invoer = invoer;
    invoer.checklist.insert("1.5.6.a".into(), Status::VoldoetNiet);
    assert_eq!(zoek(&beoordeel(&p, &invoer), "1.5.6.a").status, Status::VoldoetNiet);
}

#[test]
fn late_items_in_the_register_are_named_at_the_reglement_norms() {
    let p = profiel(d(2025, 6, 1));
    let mut laat = k8(43);
    laat.bevestigd = Some(d(2025, 3, 20));
    let mut invoer = Hoofdnorm1Invoer { klachten: genummerd(vec![k8(5), laat]), ..Default::default() };
    invoer.checklist.insert("1.5.2.a".into(), Status::Voldoet);
    let u = beoordeel(&p, &invoer);
    let a = zoek(&u, "1.5.2.a");
    assert_eq!(a.status, Status::Voldoet, "the reglement itself is the user's answer");
    assert!(a.melding.contains("klacht 2"), "{}", a.melding);
    assert_eq!(a.veld.map(ZelftoetsVeld::id).as_deref(), Some("klacht-1-bevestigd"));
    assert!(zoek(&u, "1.5.2.c").melding.contains("klacht 2"));
}

// ---------------------------------------------------------------------------------------------
// VOG (1.2.4)
// ---------------------------------------------------------------------------------------------

fn met_vog(afgifte: NaiveDate, aspecten: &[u16]) -> Hoofdnorm1Invoer {
    Hoofdnorm1Invoer {
        vogs: vec![Vog { afgifte: Some(afgifte), functieaspecten: aspecten.to_vec(), ..Default::default() }],
        ..Default::default()
    }
}

#[test]
fn vog_exactly_six_months_old_is_in_time_one_day_more_is_not() {
    let p = profiel(d(2025, 9, 1));
    let u = beoordeel(&p, &met_vog(d(2025, 3, 1), VOG_FUNCTIEASPECTEN));
    let vog = zoek(&u, "1.2.4");
    assert_eq!(vog.status, Status::Voldoet, "{}", vog.melding);
    assert!(vog.materieel);
    assert!(vog.uitleg.berekening.contains("1 maart 2025"), "{}", vog.uitleg.berekening);

    let u = beoordeel(&p, &met_vog(d(2025, 2, 28), VOG_FUNCTIEASPECTEN));
    let vog = zoek(&u, "1.2.4");
    assert_eq!(vog.status, Status::VoldoetNiet);
    assert_eq!(vog.veld.map(ZelftoetsVeld::id).as_deref(), Some("vog-datum"));
    assert!(vog.melding.contains("28 februari 2025"), "{}", vog.melding);
}

#[test]
fn vog_six_months_before_a_month_end_clamps_to_the_shorter_month() {
    let p = profiel(d(2025, 8, 31));
    assert_eq!(zoek(&beoordeel(&p, &met_vog(d(2025, 2, 28), VOG_FUNCTIEASPECTEN)), "1.2.4").status, Status::Voldoet);
    assert_eq!(
        zoek(&beoordeel(&p, &met_vog(d(2025, 2, 27), VOG_FUNCTIEASPECTEN)), "1.2.4").status,
        Status::VoldoetNiet
    );
}

#[test]
fn a_missing_functieaspect_is_named() {
    let p = profiel(d(2025, 9, 1));
    let zonder_71: Vec<u16> = VOG_FUNCTIEASPECTEN.iter().copied().filter(|f| *f != 71).collect();
    let vog = zoek(&beoordeel(&p, &met_vog(d(2025, 8, 1), &zonder_71)), "1.2.4").clone();
    assert_eq!(vog.status, Status::VoldoetNiet);
    assert!(vog.melding.contains("functieaspect 71"), "{}", vog.melding);
    assert_eq!(vog.veld.map(ZelftoetsVeld::id).as_deref(), Some("vog-functieaspecten"));
    assert_eq!(
        ontbrekende_functieaspecten(&Vog { afgifte: None, functieaspecten: vec![11, 12, 13], ..Default::default() }),
        [21, 22, 41, 43, 53, 71]
    );
}

#[test]
fn vog_without_peildatum_or_aspects_is_unknown() {
    // A keurmerkhouder's VOG is measured at the audit; an aspirant's at the aanmelding, even
    // when the audit date is known (footnotes 4 and 20).
    let zonder_peil = Profiel { kvk_plichtig: true, aanvrager: Aanvrager::Keurmerkhouder, ..Default::default() };
    let vog = zoek(&beoordeel(&zonder_peil, &met_vog(d(2025, 8, 1), VOG_FUNCTIEASPECTEN)), "1.2.4").clone();
    assert_eq!(vog.status, Status::Onbekend);
    assert_eq!(vog.veld.map(ZelftoetsVeld::id).as_deref(), Some("p-peildatum"));
    let aspirant = Profiel { kvk_plichtig: true, peildatum: Some(d(2025, 9, 1)), ..Default::default() };
    let vog = zoek(&beoordeel(&aspirant, &met_vog(d(2025, 8, 1), VOG_FUNCTIEASPECTEN)), "1.2.4").clone();
    assert_eq!(vog.status, Status::Onbekend);
    assert_eq!(vog.veld.map(ZelftoetsVeld::id).as_deref(), Some("p-aanmelddatum"));
    let leeg = zoek(&beoordeel(&profiel(d(2025, 9, 1)), &met_vog(d(2025, 8, 1), &[])), "1.2.4").clone();
    assert_eq!(leeg.status, Status::Onbekend);
    assert_eq!(leeg.veld.map(ZelftoetsVeld::id).as_deref(), Some("vog-functieaspecten"));
    // Too old outweighs unknown aspects.
    let oud = zoek(&beoordeel(&profiel(d(2025, 9, 1)), &met_vog(d(2024, 1, 1), &[])), "1.2.4").clone();
    assert_eq!(oud.status, Status::VoldoetNiet);
}

// ---------------------------------------------------------------------------------------------
// KvK (1.2.1) and documents
// ---------------------------------------------------------------------------------------------

#[test]
fn kvk_uittreksel_at_most_three_months_old() {
    let p = profiel(d(2025, 6, 15));
    let met = |datum| Hoofdnorm1Invoer { kvk_datum: Some(datum), ..Default::default() };
    let u = zoek(&beoordeel(&p, &met(d(2025, 3, 15))), "1.2.1").clone();
    assert_eq!(u.status, Status::Voldoet, "{}", u.melding);
    assert!(u.materieel);
    // One day older: the registration is not yet proven ([keuze]: nog onbekend, not voldoet niet).
    let u = zoek(&beoordeel(&p, &met(d(2025, 3, 14))), "1.2.1").clone();
    assert_eq!(u.status, Status::Onbekend);
    assert!(u.melding.contains("nieuw uittreksel"), "{}", u.melding);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("kvk-datum"));
    // The document checklist marks the old uittreksel as not good enough.
    let doc =
        documenten(&p, &met(d(2025, 3, 14)), Some(2025)).into_iter().find(|x| x.id == "kvk-uittreksel").expect("kvk");
    assert_eq!(doc.status, Status::VoldoetNiet);
    assert_eq!(doc.aanwezig, Some(true));
    assert!(!doc.waarschuwingen.is_empty());
    // The user's own "niet ingeschreven" fails the materiële norm.
    let mut niet = met(d(2025, 6, 1));
    niet.checklist.insert("1.2.1".into(), Status::VoldoetNiet);
    assert_eq!(zoek(&beoordeel(&p, &niet), "1.2.1").status, Status::VoldoetNiet);
}

#[test]
fn document_checklist_ages() {
    let p = profiel(d(2025, 6, 15));
    let mut invoer = Hoofdnorm1Invoer::default();
    invoer
        .documenten
        .insert("omzetverklaring".into(), Documentinvoer { aanwezig: Some(true), datum: None, boekjaar: Some(2024) });
    invoer.documenten.insert("privacyreglement".into(), Documentinvoer { aanwezig: Some(false), ..Default::default() });
    invoer.vogs = vec![Vog { afgifte: Some(d(2025, 1, 1)), functieaspecten: vec![11, 12], ..Default::default() }];
    // A meetperiode that starts in 2025 asks for the omzetverklaring over 2024.
    let docs = documenten(&p, &invoer, Some(2025));
    assert_eq!(docs.len(), DOCUMENTEN.len());
    let doc = |id: &str| docs.iter().find(|x| x.id == id).expect("document");
    assert_eq!(doc("omzetverklaring").status, Status::Voldoet);
    assert_eq!(doc("privacyreglement").status, Status::VoldoetNiet);
    assert_eq!(doc("klachtenreglement").status, Status::Onbekend);
    assert_eq!(doc("vog").status, Status::VoldoetNiet);
    assert!(doc("vog").waarschuwingen.iter().any(|w| w.contains("21, 22, 41, 43, 53 en 71")));
    assert_eq!(doc("vog").veld, "doc-vog");

    invoer
        .documenten
        .insert("omzetverklaring".into(), Documentinvoer { aanwezig: Some(true), datum: None, boekjaar: Some(2023) });
    assert_eq!(
        documenten(&p, &invoer, Some(2025)).iter().find(|x| x.id == "omzetverklaring").map(|x| x.status),
        Some(Status::VoldoetNiet)
    );

    let eenmanszaak = Profiel { rechtsvorm: Rechtsvorm::Eenmanszaak, kvk_plichtig: false, ..p };
    let docs = documenten(&eenmanszaak, &invoer, Some(2025));
    assert_eq!(docs.iter().find(|x| x.id == "ubo-pep").map(|x| x.status), Some(Status::NietVanToepassing));
    assert_eq!(docs.iter().find(|x| x.id == "kvk-uittreksel").map(|x| x.status), Some(Status::NietVanToepassing));
}

// ---------------------------------------------------------------------------------------------
// Managementverklaring (1.2.3)
// ---------------------------------------------------------------------------------------------

fn verklaring(profiel: &Profiel, datum: Option<NaiveDate>) -> Managementverklaring {
    Managementverklaring { datum, antwoorden: verklaringen(profiel).map(|v| (v.id.to_string(), true)).collect() }
}

#[test]
fn managementverklaring_all_yes_meets_one_no_fails_one_open_is_unknown() {
    let p = profiel(d(2025, 6, 1));
    let mut invoer =
        Hoofdnorm1Invoer { managementverklaring: verklaring(&p, Some(d(2025, 1, 10))), ..Default::default() };
    let u = zoek(&beoordeel(&p, &invoer), "1.2.3").clone();
    assert_eq!(u.status, Status::Voldoet, "{}", u.melding);
    assert!(u.materieel);
    assert_eq!(verklaringen(&p).count(), 16);

    invoer.managementverklaring.antwoorden.remove("k");
    let u = zoek(&beoordeel(&p, &invoer), "1.2.3").clone();
    assert_eq!(u.status, Status::Onbekend);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("mv-k"));

    invoer.managementverklaring.antwoorden.insert("c".into(), false);
    let u = zoek(&beoordeel(&p, &invoer), "1.2.3").clone();
    assert_eq!(u.status, Status::VoldoetNiet, "a nee outweighs an open answer");
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("mv-c"));
    assert!(u.melding.contains("onderdeel c"), "{}", u.melding);

    let zonder_datum = Hoofdnorm1Invoer { managementverklaring: verklaring(&p, None), ..Default::default() };
    let u = zoek(&beoordeel(&p, &zonder_datum), "1.2.3").clone();
    assert_eq!(u.status, Status::Onbekend);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("mv-datum"));
}

#[test]
fn keurmerk_inburgeren_holders_declare_three_extra_items_but_1_2_3_is_not_assessed_here() {
    let gewoon = profiel(d(2025, 6, 1));
    let inburgeren = Profiel { keurmerk_inburgeren: true, ..gewoon.clone() };
    // Bijlage 6 still lists a–p plus inb-a–c for them …
    assert_eq!(verklaringen(&inburgeren).count(), 19);
    let invoer =
        Hoofdnorm1Invoer { managementverklaring: verklaring(&gewoon, Some(d(2025, 1, 10))), ..Default::default() };
    // … but §3.4 'Let op' exempts the whole of hoofdnorm 1 at the resultatenaudit, 1.2.3 included.
    let u = zoek(&beoordeel(&inburgeren, &invoer), "1.2.3").clone();
    assert_eq!(u.status, Status::NietVanToepassing);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("p-inburgeren"));
    assert!(u.melding.contains("§3.4"), "{}", u.melding);
}

// ---------------------------------------------------------------------------------------------
// UBO/PEP (1.2.5)
// ---------------------------------------------------------------------------------------------

fn persoon(naam: &str) -> UboPersoon {
    UboPersoon { naam: naam.into(), pep: Some(false), ..Default::default() }
}

#[test]
fn ubo_thresholds_follow_bijlage_7b_per_criterion() {
    let personen = vec![
        UboPersoon { kapitaal: Some(dec!(25)), ..persoon("Kapitaal precies 25") },
        UboPersoon { kapitaal: Some(dec!(25.01)), ..persoon("Kapitaal 25,01") },
        UboPersoon { stemrechten: Some(dec!(25)), ..persoon("Stemrechten precies 25") },
        UboPersoon { vermogen: Some(dec!(25)), ..persoon("Vermogen precies 25") },
        UboPersoon { andere_zeggenschap: true, ..persoon("Zeggenschap") },
    ];
    let o = ubo_overzicht(&personen);
    let ubo: Vec<bool> = o.personen.iter().map(|u| u.ubo).collect();
    assert_eq!(ubo, [false, true, false, true, true]);
    assert!(!o.pseudo);
    assert!(o.noot.contains("7A") && o.noot.contains("7B"));
    assert_eq!(o.noot, NOOT_UBO_DREMPEL);
}

#[test]
fn when_nobody_qualifies_the_bestuurder_of_the_top_holding_is_pseudo_ubo() {
    let personen = vec![
        UboPersoon { kapitaal: Some(dec!(20)), ..persoon("A") },
        UboPersoon { bestuurder_top_holding: true, ..persoon("B") },
    ];
    let o = ubo_overzicht(&personen);
    assert!(o.pseudo && !o.pseudo_ontbreekt);
    assert_eq!(o.personen.iter().map(|u| u.pseudo_ubo).collect::<Vec<_>>(), [false, true]);

    // A real UBO means nobody is pseudo-UBO, even a bestuurder of the holding.
    let personen = vec![
        UboPersoon { kapitaal: Some(dec!(60)), ..persoon("A") },
        UboPersoon { bestuurder_top_holding: true, ..persoon("B") },
    ];
    let o = ubo_overzicht(&personen);
    assert!(!o.pseudo && o.personen.iter().all(|u| !u.pseudo_ubo));

    let o = ubo_overzicht(&[persoon("A")]);
    assert!(o.pseudo_ontbreekt);
}

#[test]
fn norm_1_2_5_needs_the_registration_the_persons_and_their_pep_answer() {
    let p = profiel(d(2025, 6, 1));
    let mut invoer = Hoofdnorm1Invoer {
        ubo: vec![UboPersoon { kapitaal: Some(dec!(100)), ..persoon("A. Jansen") }],
        ..Default::default()
    };
    invoer.documenten.insert("ubo-pep".into(), Documentinvoer { aanwezig: Some(true), ..Default::default() });
    let u = zoek(&beoordeel(&p, &invoer), "1.2.5").clone();
    assert_eq!(u.status, Status::Voldoet, "{}", u.melding);
    assert!(u.materieel);
    assert!(u.melding.contains("UBO: A. Jansen"), "{}", u.melding);
    assert!(u.melding.contains("geen PEP"), "{}", u.melding);

    invoer.ubo[0].pep = None;
    let u = zoek(&beoordeel(&p, &invoer), "1.2.5").clone();
    assert_eq!(u.status, Status::Onbekend);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("ubo-0-pep"));

    invoer.ubo[0].pep = Some(true);
    invoer.ubo[0].kapitaal = Some(dec!(120));
    let o = ubo_overzicht(&invoer.ubo);
    assert_eq!(o.personen[0].bevindingen.len(), 1);
    assert_eq!(o.personen[0].bevindingen[0].veld, "ubo-0-kapitaal");
    assert_eq!(zoek(&beoordeel(&p, &invoer), "1.2.5").status, Status::Onbekend);

    invoer.documenten.insert("ubo-pep".into(), Documentinvoer { aanwezig: Some(false), ..Default::default() });
    assert_eq!(zoek(&beoordeel(&p, &invoer), "1.2.5").status, Status::VoldoetNiet);

    let eenmanszaak = Profiel { rechtsvorm: Rechtsvorm::Eenmanszaak, ..p };
    let u = zoek(&beoordeel(&eenmanszaak, &invoer), "1.2.5").clone();
    assert_eq!(u.status, Status::NietVanToepassing);
    assert_eq!(u.veld.map(ZelftoetsVeld::id).as_deref(), Some("p-rechtsvorm"));
}

// ---------------------------------------------------------------------------------------------
// Personeel (1.6.6)
// ---------------------------------------------------------------------------------------------

#[test]
fn percentage_passend_gekwalificeerd() {
    let p = |g, t| Personeel { gekwalificeerd: Some(g), totaal: Some(t) };
    assert_eq!(percentage_gekwalificeerd(&p(9, 12)), Some(dec!(75)));
    assert_eq!(percentage_gekwalificeerd(&p(12, 12)), Some(dec!(100)));
    assert_eq!(percentage_gekwalificeerd(&p(13, 12)), None);
    assert_eq!(percentage_gekwalificeerd(&p(0, 0)), None);
    assert_eq!(percentage_gekwalificeerd(&Personeel::default()), None);

    let profiel = profiel(d(2025, 6, 1));
    let invoer = Hoofdnorm1Invoer { personeel: p(13, 12), ..Default::default() };
    let u = zoek(&beoordeel(&profiel, &invoer), "1.6.6").clone();
    assert_eq!(u.status, Status::Onbekend);
    assert!(u.melding.contains("kan niet groter zijn"), "{}", u.melding);
    let invoer = Hoofdnorm1Invoer { personeel: p(9, 12), ..Default::default() };
    let u = zoek(&beoordeel(&profiel, &invoer), "1.6.6").clone();
    assert_eq!(u.status, Status::Voldoet);
    assert_eq!(u.uitleg.berekening, "9 / 12 × 100% = 75%");
    let zzp = Profiel { zzp: true, ..profiel };
    assert_eq!(zoek(&beoordeel(&zzp, &invoer), "1.6.6").status, Status::NietVanToepassing);
}

// ---------------------------------------------------------------------------------------------
// Applicability per profiel (SPEC A1)
// ---------------------------------------------------------------------------------------------

fn toepassing_van(code: &str, profiel: &Profiel) -> Toepassing {
    toepassing(norm(code).expect("code in de catalogus"), profiel)
}

fn vrijgesteld(code: &str, profiel: &Profiel) -> bool {
    matches!(toepassing_van(code, profiel), Toepassing::Vrijgesteld(_))
}

#[test]
fn zzp_drops_the_own_staff_norms_only() {
    let zzp = Profiel { zzp: true, kvk_plichtig: true, oval_lid: true, ..Default::default() };
    for code in ["1.6.1", "1.6.2", "1.6.3", "1.6.4", "1.6.5", "1.6.6"] {
        assert!(matches!(toepassing_van(code, &zzp), Toepassing::NietVanToepassing(r) if r.contains("§2.8")), "{code}");
    }
    for code in ["1.6.7", "1.6.8", "1.6.9", "1.6.10", "1.5.8", "1.1.1"] {
        assert_eq!(toepassing_van(code, &zzp), Toepassing::Ja, "{code}");
    }
}

#[test]
fn wca_exempts_its_list_of_tabel_4() {
    let wca = Profiel { wca: true, kvk_plichtig: true, oval_lid: true, ..Default::default() };
    for code in
        ["1.1.1", "1.1.2", "1.2.1", "1.4.1", "1.4.3.h", "1.4.6", "1.5.1.a", "1.5.6.e", "1.5.9", "1.6.1", "1.6.9"]
    {
        assert!(vrijgesteld(code, &wca), "{code}");
    }
    for code in ["1.2.2.a", "1.2.3", "1.2.4", "1.2.5", "1.3.1", "1.6.10", "1.7.1"] {
        assert_eq!(toepassing_van(code, &wca), Toepassing::Ja, "{code}");
    }
}

#[test]
fn iso_or_hkz_exempts_its_list_of_tabel_4() {
    let iso = Profiel { iso_of_hkz: true, kvk_plichtig: true, oval_lid: true, ..Default::default() };
    for code in ["1.1.1", "1.1.2", "1.2.1", "1.4.2", "1.5.1", "1.5.1.d"] {
        assert!(vrijgesteld(code, &iso), "{code}");
    }
    for code in ["1.4.1", "1.4.3", "1.5.2", "1.5.8", "1.6.1"] {
        assert_eq!(toepassing_van(code, &iso), Toepassing::Ja, "{code}");
    }
}

#[test]
fn nlqf_keeps_only_the_three_kern_norms() {
    let profiel = Profiel { nlqf: true, kvk_plichtig: true, ..Default::default() };
    for n in HOOFDNORM1 {
        let kern = ["1.2.3", "1.2.4", "1.2.5"].contains(&n.code);
        assert_eq!(toepassing(n, &profiel) == Toepassing::Ja, kern, "{} bij {profiel:?}", n.code);
        if !kern {
            assert!(vrijgesteld(n.code, &profiel), "{}", n.code);
        }
    }
}

/// §3.4 'Let op': a Keurmerk Inburgeren holder is exempt from the assessment of hoofdnorm 1 as a
/// whole, the materiële normen included; an old VOG is then no ground for schorsing.
#[test]
fn keurmerk_inburgeren_exempts_the_whole_of_hoofdnorm_1_materiele_normen_included() {
    let profiel = Profiel {
        keurmerk_inburgeren: true,
        kvk_plichtig: true,
        aanvrager: Aanvrager::Keurmerkhouder,
        peildatum: Some(d(2025, 9, 1)),
        ..Default::default()
    };
    for n in HOOFDNORM1 {
        assert!(vrijgesteld(n.code, &profiel), "{}", n.code);
    }
    // A VOG of two years old and one missing functieaspect: still vrijgesteld, never a failure.
    let oud = Hoofdnorm1Invoer {
        vogs: vec![Vog { afgifte: Some(d(2023, 9, 1)), functieaspecten: vec![11], ..Default::default() }],
        ..Default::default()
    };
    let u = beoordeel(&profiel, &oud);
    assert!(u.iter().all(|u| u.status == Status::NietVanToepassing), "{u:?}");
    // The same VOG without the Keurmerk Inburgeren fails the materiële norm 1.2.4.
    let zonder = Profiel { keurmerk_inburgeren: false, ..profiel };
    let vog = zoek(&beoordeel(&zonder, &oud), "1.2.4").clone();
    assert_eq!(vog.status, Status::VoldoetNiet);
    assert!(vog.materieel);
}

#[test]
fn oval_norms_are_required_for_members_and_advice_for_others() {
    let lid = Profiel { oval_lid: true, kvk_plichtig: true, ..Default::default() };
    let geen_lid = Profiel { kvk_plichtig: true, peildatum: Some(d(2025, 6, 1)), ..Default::default() };
    for code in ["1.7.1", "1.7.2", "1.7.3", "1.7.4", "1.7.5"] {
        assert_eq!(toepassing_van(code, &lid), Toepassing::Ja);
        assert!(matches!(toepassing_van(code, &geen_lid), Toepassing::Aanbevolen(_)));
    }
    // Advice never fails: even a "voldoet niet" answer becomes n.v.t. with the answer in the text.
    let mut invoer = Hoofdnorm1Invoer::default();
    invoer.checklist.insert("1.7.2".into(), Status::VoldoetNiet);
    let u = zoek(&beoordeel(&geen_lid, &invoer), "1.7.2").clone();
    assert_eq!(u.status, Status::NietVanToepassing);
    assert!(u.melding.starts_with("Aanbevolen"), "{}", u.melding);
    assert!(u.melding.contains("voldoet niet"), "{}", u.melding);
    invoer.checklist.insert("1.7.2".into(), Status::VoldoetNiet);
    let lid = Profiel { peildatum: Some(d(2025, 6, 1)), ..lid };
    assert_eq!(zoek(&beoordeel(&lid, &invoer), "1.7.2").status, Status::VoldoetNiet);
}

#[test]
fn eenmanszaak_and_organisations_outside_the_kvk() {
    let eenmanszaak = Profiel { rechtsvorm: Rechtsvorm::Eenmanszaak, kvk_plichtig: true, ..Default::default() };
    assert!(matches!(toepassing_van("1.2.5", &eenmanszaak), Toepassing::NietVanToepassing(_)));
    assert_eq!(toepassing_van("1.2.1", &eenmanszaak), Toepassing::Ja);
    for rv in [Rechtsvorm::Publiekrechtelijk, Rechtsvorm::Vve] {
        let p = Profiel { rechtsvorm: rv, kvk_plichtig: true, ..Default::default() };
        assert!(matches!(toepassing_van("1.2.5", &p), Toepassing::NietVanToepassing(_)));
    }
    assert_eq!(toepassing_van("1.2.5", &Profiel { kvk_plichtig: true, ..Default::default() }), Toepassing::Ja);

    let sw = Profiel { rechtsvorm: Rechtsvorm::Publiekrechtelijk, kvk_plichtig: false, ..Default::default() };
    assert!(matches!(toepassing_van("1.2.1", &sw), Toepassing::NietVanToepassing(r) if r.contains("KvK")));
    let u = beoordeel(&sw, &Hoofdnorm1Invoer::default());
    assert_eq!(zoek(&u, "1.2.1").status, Status::NietVanToepassing);
    assert_eq!(zoek(&u, "1.2.1").veld.map(ZelftoetsVeld::id).as_deref(), Some("p-kvk"));
}

#[test]
fn a_vrijgesteld_outcome_names_its_reason() {
    let wca =
        Profiel { wca: true, kvk_plichtig: true, oval_lid: true, peildatum: Some(d(2025, 6, 1)), ..Default::default() };
    let mut invoer = Hoofdnorm1Invoer::default();
    invoer.klachten.push(k8(60)); // late, but 1.5.8 is vrijgesteld
    let u = beoordeel(&wca, &invoer);
    let k = zoek(&u, "1.5.8");
    assert_eq!(k.status, Status::NietVanToepassing);
    assert!(k.melding.starts_with("Vrijgesteld. WCA"), "{}", k.melding);
    assert_eq!(k.veld.map(ZelftoetsVeld::id).as_deref(), Some("p-wca"));
    assert_eq!(zoek(&u, "1.5.6").status, Status::NietVanToepassing);
}

// ---------------------------------------------------------------------------------------------
// The catalogue and beoordeel as a whole
// ---------------------------------------------------------------------------------------------

#[test]
fn every_catalogue_code_is_unique_and_the_spec_list_is_complete() {
    let mut codes: Vec<&str> = HOOFDNORM1.iter().map(|n| n.code).collect();
    let aantal = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), aantal, "dubbele code");

    let mut verwacht: Vec<String> =
        vec!["1.1.1", "1.1.2", "1.2.1", "1.2.2.a", "1.2.2.b", "1.2.3", "1.2.4", "1.2.5", "1.3.1", "1.3.2"]
            .into_iter()
            .map(String::from)
            .collect();
    verwacht.extend((1..=6).map(|i| format!("1.4.{i}")));
    verwacht.extend("abcdefgh".chars().map(|c| format!("1.4.3.{c}")));
    verwacht.extend((1..=9).map(|i| format!("1.5.{i}")));
    verwacht.extend("abcd".chars().map(|c| format!("1.5.1.{c}")));
    verwacht.extend("abcd".chars().map(|c| format!("1.5.2.{c}")));
    verwacht.extend("abcde".chars().map(|c| format!("1.5.6.{c}")));
    verwacht.extend((1..=10).map(|i| format!("1.6.{i}")));
    verwacht.extend((1..=5).map(|i| format!("1.7.{i}")));
    verwacht.sort();
    let mut gevonden: Vec<String> = HOOFDNORM1.iter().map(|n| n.code.to_string()).collect();
    gevonden.sort();
    assert_eq!(gevonden, verwacht);
    assert_eq!(HOOFDNORM1.len(), 61);

    for n in HOOFDNORM1 {
        assert!(n.paragraaf.starts_with("§2."), "{}", n.code);
        assert!(!n.omschrijving.is_empty() && n.omschrijving.len() < 200, "{}", n.code);
    }
    assert!(NOOT_MATERIELE_NORM_2_4_4.contains("2.4.4"));
    assert!(norm("2.4.4").is_none());
}

#[test]
fn one_outcome_per_norm_in_catalogue_order_and_nothing_fails_on_an_empty_dossier() {
    let p = profiel(d(2025, 6, 1));
    let u = beoordeel(&p, &Hoofdnorm1Invoer::default());
    assert_eq!(u.len(), HOOFDNORM1.len());
    for (uitkomst, n) in u.iter().zip(HOOFDNORM1) {
        assert_eq!(uitkomst.code, n.code);
        assert_eq!(uitkomst.hoofdnorm, 1);
        assert_eq!(uitkomst.dienst, None);
        assert_eq!(uitkomst.materieel, n.materieel);
        assert!(uitkomst.uitleg.bron.contains(n.code), "{}: {}", n.code, uitkomst.uitleg.bron);
        assert!(!uitkomst.melding.is_empty(), "{}", n.code);
        assert_ne!(uitkomst.status, Status::VoldoetNiet, "{}: {}", n.code, uitkomst.melding);
    }
    assert_eq!(zoek(&u, "1.4.2").veld.map(ZelftoetsVeld::id).as_deref(), Some("h1-1.4.2"));
    assert_eq!(zoek(&u, "1.4.2").status, Status::Onbekend);
    assert_eq!(zoek(&u, "1.5.8").status, Status::Voldoet, "no klachten: nothing late");
    assert_eq!(zoek(&u, "1.7.1").status, Status::NietVanToepassing, "not an OVAL member");
}

/// An organisation in order on every point: nothing is unknown or failing.
fn alles_op_orde() -> (Profiel, Hoofdnorm1Invoer) {
    let profiel = Profiel {
        aanvrager: Aanvrager::Keurmerkhouder,
        kvk_plichtig: true,
        oval_lid: true,
        peildatum: Some(d(2025, 9, 1)),
        ..Default::default()
    };
    let mut invoer = Hoofdnorm1Invoer {
        checklist: HOOFDNORM1.iter().map(|n| (n.code.to_string(), Status::Voldoet)).collect(),
        vogs: vec![Vog {
            afgifte: Some(d(2025, 6, 1)),
            functieaspecten: VOG_FUNCTIEASPECTEN.to_vec(),
            ..Default::default()
        }],
        kvk_datum: Some(d(2025, 8, 1)),
        managementverklaring: verklaring(&profiel, Some(d(2025, 1, 15))),
        klachten: vec![k8(20)],
        personeel: Personeel { gekwalificeerd: Some(9), totaal: Some(10) },
        ubo: vec![UboPersoon { kapitaal: Some(dec!(100)), ..persoon("A. Jansen") }],
        ..Default::default()
    };
    invoer.documenten.insert("ubo-pep".into(), Documentinvoer { aanwezig: Some(true), ..Default::default() });
    (profiel, invoer)
}

#[test]
fn an_organisation_in_order_meets_every_norm() {
    let (profiel, invoer) = alles_op_orde();
    for u in beoordeel(&profiel, &invoer) {
        assert_eq!(u.status, Status::Voldoet, "{}: {}", u.code, u.melding);
    }
}

#[test]
fn older_and_partial_files_still_load() {
    let leeg: Hoofdnorm1Invoer = serde_json::from_str("{}").expect("leeg object");
    assert_eq!(leeg, Hoofdnorm1Invoer::default());
    let deel: Hoofdnorm1Invoer = serde_json::from_str(
        r#"{"klachten":[{"ontvangen":"2025-03-03"}],"checklist":{"1.4.2":"voldoet"},"ubo":[{"naam":"A","kapitaal":"30"}]}"#,
    )
    .expect("gedeeltelijk");
    assert_eq!(deel.klachten[0].ontvangen, Some(d(2025, 3, 3)));
    assert_eq!(deel.checklist.get("1.4.2"), Some(&Status::Voldoet));
    assert_eq!(deel.ubo[0].kapitaal, Some(dec!(30)));
    let (_, vol) = alles_op_orde();
    let tekst = serde_json::to_string(&vol).expect("json");
    assert_eq!(serde_json::from_str::<Hoofdnorm1Invoer>(&tekst).expect("terug"), vol);
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

fn basis() -> NaiveDate {
    d(2025, 1, 1)
}

fn dag(n: i64) -> NaiveDate {
    basis() + chrono::Duration::days(n)
}

/// Days after ontvangst, biased towards the term boundaries (14/15, 28/29, 42/43) and including
/// dates before the ontvangst.
fn na_ontvangst() -> impl Strategy<Value = i64> {
    prop_oneof![
        2 => prop::sample::select(vec![0i64, 13, 14, 15, 27, 28, 29, 41, 42, 43]),
        1 => -30i64..120,
    ]
}

fn klacht_strategie() -> impl Strategy<Value = Klacht> {
    (
        0i64..130,
        proptest::bool::weighted(0.85),
        proptest::option::of(na_ontvangst()),
        proptest::option::weighted(0.2, na_ontvangst()),
        proptest::option::weighted(0.6, na_ontvangst()),
        any::<bool>(),
    )
        .prop_map(|(o, met_ontvangst, bevestigd, gemeld, afgehandeld, ingevuld)| Klacht {
            ontvangen: met_ontvangst.then(|| dag(o)),
            bevestigd: bevestigd.map(|x| dag(o + x)),
            niet_in_behandeling_gemeld: gemeld.map(|x| dag(o + x)),
            afgehandeld: afgehandeld.map(|x| dag(o + x)),
            behandelaar: if ingevuld { "X".into() } else { String::new() },
            uitkomst: if ingevuld { "Y".into() } else { String::new() },
            ..Default::default()
        })
}

/// A peildatum 0–200 days after the base date, or none.
fn peil_strategie() -> impl Strategy<Value = Option<NaiveDate>> {
    proptest::option::weighted(0.85, (0i64..200).prop_map(dag))
}

/// The rule of SPEC A2 restated independently, in whole days: (tijdig, te laat, lopend, onbekend).
fn orakel(klachten: &[Klacht], peil: Option<NaiveDate>) -> (u64, u64, u64, u64) {
    let mut t = (0, 0, 0, 0);
    for k in klachten {
        let Some(o) = k.ontvangen else {
            t.3 += 1;
            continue;
        };
        let termijn = if k.niet_in_behandeling_gemeld.is_some() { 28 } else { 42 };
        match (k.niet_in_behandeling_gemeld.or(k.afgehandeld), peil) {
            (Some(x), _) if x < o => t.3 += 1,
            (Some(x), _) if (x - o).num_days() <= termijn => t.0 += 1,
            (Some(_), _) => t.1 += 1,
            (None, Some(p)) if (p - o).num_days() > termijn => t.1 += 1,
            (None, Some(_)) => t.2 += 1,
            (None, None) => t.3 += 1,
        }
    }
    t
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// For arbitrary klacht dates (missing, out of order, after the peildatum) and an optional
    /// peildatum, nothing panics, and with T in time, L late and U undecidable klachten (lopende
    /// excluded, as the oracle above computes them):
    /// - U = 0: 1.5.8 is Voldoet exactly when 5·L ≤ T + L (≥ 80% of the decided klachten in
    ///   time, zero decided included), and VoldoetNiet otherwise;
    /// - U > 0: Voldoet when even all U late still gives 5·(L+U) ≤ T+L+U, VoldoetNiet when even
    ///   all U in time gives 5·L > T+L+U, and Onbekend in between.
    #[test]
    fn klachten_never_panic_and_1_5_8_is_the_80_percent_rule(
        klachten in proptest::collection::vec(klacht_strategie(), 0..12),
        peil in peil_strategie(),
    ) {
        let statussen = klachtstatussen(&klachten, peil);
        prop_assert_eq!(statussen.len(), klachten.len());
        let (t, l, p, u) = orakel(&klachten, peil);
        let telling = klachttelling(&statussen);
        prop_assert_eq!(telling, Klachttelling { tijdig: t, te_laat: l, lopend: p, onbekend: u });

        let status = norm_1_5_8(&klachten, peil).status;
        let verwacht = if u == 0 {
            if l * 5 <= t + l { Status::Voldoet } else { Status::VoldoetNiet }
        } else if (l + u) * 5 <= t + l + u {
            Status::Voldoet
        } else if l * 5 > t + l + u {
            Status::VoldoetNiet
        } else {
            Status::Onbekend
        };
        prop_assert_eq!(status, verwacht);

        let profiel = Profiel { kvk_plichtig: true, peildatum: peil, ..Default::default() };
        let invoer = Hoofdnorm1Invoer { klachten, ..Default::default() };
        let uitkomsten = beoordeel(&profiel, &invoer);
        prop_assert_eq!(uitkomsten.len(), HOOFDNORM1.len());
        prop_assert_eq!(zoek(&uitkomsten, "1.5.8").status, status);
    }

    /// Arbitrary percentages (any sign and scale) and profile flags never panic the UBO helper or
    /// beoordeel, and a person is a UBO exactly when a criterion of Bijlage 7B holds.
    #[test]
    fn ubo_and_profiles_never_panic(
        kapitaal in proptest::option::of((any::<i64>(), 0u32..10).prop_map(|(m, s)| Decimal::new(m, s))),
        vermogen in proptest::option::of((-200i64..20000, 0u32..3).prop_map(|(m, s)| Decimal::new(m, s))),
        zeggenschap in any::<bool>(),
        vlaggen in proptest::collection::vec(any::<bool>(), 8),
    ) {
        let persoon = UboPersoon { kapitaal, vermogen, andere_zeggenschap: zeggenschap, ..Default::default() };
        let o = ubo_overzicht(std::slice::from_ref(&persoon));
        let honderd = Decimal::ONE_HUNDRED;
        let geldig = |x: Option<Decimal>| x.filter(|x| *x >= Decimal::ZERO && *x <= honderd);
        let verwacht = geldig(kapitaal).is_some_and(|k| k > dec!(25))
            || geldig(vermogen).is_some_and(|v| v >= dec!(25))
            || zeggenschap;
        prop_assert_eq!(o.personen[0].ubo, verwacht);

        let profiel = Profiel {
            kvk_plichtig: vlaggen[0], zzp: vlaggen[1], oval_lid: vlaggen[2], nlqf: vlaggen[3],
            keurmerk_inburgeren: vlaggen[4], wca: vlaggen[5], iso_of_hkz: vlaggen[6],
            peildatum: if vlaggen[7] { Some(d(2025, 6, 1)) } else { None },
            ..Default::default()
        };
        let invoer = Hoofdnorm1Invoer { ubo: vec![persoon], ..Default::default() };
        let uitkomsten = beoordeel(&profiel, &invoer);
        prop_assert_eq!(uitkomsten.len(), HOOFDNORM1.len());
        // Every norm that does not apply is n.v.t., whatever was entered.
        for (u, n) in uitkomsten.iter().zip(HOOFDNORM1) {
            if toepassing(n, &profiel) != Toepassing::Ja {
                prop_assert_eq!(u.status, Status::NietVanToepassing);
            }
        }
        let _ = documenten(&profiel, &invoer, Some(2025));
        let _ = documenten(&profiel, &invoer, None);
    }
}

#[test]
fn extreme_dates_never_panic() {
    let uitersten = [NaiveDate::MIN, NaiveDate::MAX, d(2025, 2, 28)];
    for &o in &uitersten {
        for &a in &uitersten {
            for &p in &uitersten {
                let k = Klacht {
                    ontvangen: Some(o),
                    bevestigd: Some(a),
                    afgehandeld: Some(a),
                    niet_in_behandeling_gemeld: Some(p),
                    ..Default::default()
                };
                let open = Klacht { ontvangen: Some(o), ..Default::default() };
                let profiel = Profiel { kvk_plichtig: true, peildatum: Some(p), ..Default::default() };
                let invoer = Hoofdnorm1Invoer {
                    klachten: vec![k, open],
                    vogs: vec![Vog { afgifte: Some(a), functieaspecten: vec![0, u16::MAX], ..Default::default() }],
                    kvk_datum: Some(o),
                    managementverklaring: Managementverklaring { datum: Some(a), ..Default::default() },
                    personeel: Personeel { gekwalificeerd: Some(u64::MAX), totaal: Some(u64::MAX) },
                    ..Default::default()
                };
                assert_eq!(beoordeel(&profiel, &invoer).len(), HOOFDNORM1.len());
                assert_eq!(documenten(&profiel, &invoer, Some(i32::MAX)).len(), DOCUMENTEN.len());
                assert_eq!(documenten(&profiel, &invoer, Some(i32::MIN)).len(), DOCUMENTEN.len());
            }
        }
    }
}
