//! Hoofdnorm 3 (SPEC A4): K3 (3.1.1–3.1.3), K4 (publicatienorm), the cliëntenaudit and CEDEO
//! paths, opdrachtgevers, the checklist items, input errors, exact boundaries, and properties.

use std::collections::BTreeMap;

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::keurmerk::tevredenheid::*;
use werkwaarde::domain::keurmerk::ZelftoetsVeld;
use werkwaarde::domain::keurmerk::{Normuitkomst, Profiel, Status};

fn zoek<'a>(uitkomsten: &'a [Normuitkomst], code: &str) -> &'a Normuitkomst {
    uitkomsten.iter().find(|u| u.code == code).unwrap_or_else(|| panic!("geen uitkomst voor {code}: {uitkomsten:#?}"))
}

fn per_dienst<'a>(uitkomsten: &'a [Normuitkomst], code: &str, dienst: u8) -> &'a Normuitkomst {
    uitkomsten
        .iter()
        .find(|u| u.code == code && u.dienst == Some(dienst))
        .unwrap_or_else(|| panic!("geen uitkomst {code} voor Dienst {dienst}: {uitkomsten:#?}"))
}

fn clienten(dienst: u8, uitgenodigd: u64, respondenten: u64, cijfer: Decimal) -> TevredenheidDienst {
    TevredenheidDienst {
        dienst,
        clienten_uitgenodigd: Some(uitgenodigd),
        clienten_respondenten: Some(respondenten),
        clienten_cijfer: Some(cijfer),
        opdrachtgevers_respondenten: Some(0),
        ..Default::default()
    }
}

fn invoer(diensten: Vec<TevredenheidDienst>) -> TevredenheidInvoer {
    TevredenheidInvoer { diensten, ..Default::default() }
}

fn beoordeel(diensten: Vec<TevredenheidDienst>) -> Vec<Normuitkomst> {
    beoordeel_tevredenheid(&Profiel::default(), &invoer(diensten))
}

// ---------------------------------------------------------------------------------------------
// K3: 3.1.1 and 3.1.2
// ---------------------------------------------------------------------------------------------

#[test]
fn k3_weighted_average_6_76_meets_3_1_1_and_a_small_dienst_is_left_out_of_3_1_2() {
    let u = beoordeel(vec![clienten(1, 100, 30, dec!(7.0)), clienten(3, 10, 4, dec!(5.0))]);
    let n = zoek(&u, "3.1.1");
    assert_eq!(n.status, Status::Voldoet, "{}", n.melding);
    assert_eq!(n.hoofdnorm, 3);
    assert_eq!(n.dienst, None);
    assert_eq!(n.uitleg.berekening, "(30 × 7,0 + 4 × 5,0) / 34 = 6,76");
    assert_eq!(n.uitleg.bron, "norm 3.1.1, §4.1");
    assert!(n.melding.contains("6,76"), "{}", n.melding);
    assert!(n.melding.contains("tevredenheidsonderzoek"), "{}", n.melding);

    assert_eq!(per_dienst(&u, "3.1.2", 1).status, Status::Voldoet);
    let b = per_dienst(&u, "3.1.2", 3);
    assert_eq!(b.status, Status::NietVanToepassing, "{}", b.melding);
    assert!(b.melding.contains("minder dan 5"), "{}", b.melding);
}

#[test]
fn k3_five_respondents_with_5_0_fail_3_1_2_for_that_dienst() {
    let u = beoordeel(vec![clienten(1, 100, 30, dec!(7.0)), clienten(3, 10, 5, dec!(5.0))]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet);
    let b = per_dienst(&u, "3.1.2", 3);
    assert_eq!(b.status, Status::VoldoetNiet, "{}", b.melding);
    assert_eq!(b.veld.map(ZelftoetsVeld::id).as_deref(), Some("t3-c-cijfer"));
    assert_eq!(per_dienst(&u, "3.1.2", 1).status, Status::Voldoet);
}

#[test]
fn k3_responsnorm_boundaries() {
    let r = |u: u64, n: u64| responsnorm(&[clienten(1, u, n, dec!(7.0))]).status;
    assert_eq!(r(300, 30), Status::Voldoet, "exactly 10%");
    assert_eq!(r(300, 29), Status::VoldoetNiet);
    assert_eq!(r(500, 40), Status::Voldoet, "40 respondents (8%)");
    assert_eq!(r(500, 39), Status::VoldoetNiet, "39 respondents (7.8%)");
    // Summed over the Diensten.
    let twee = responsnorm(&[clienten(1, 200, 20, dec!(7.0)), clienten(2, 100, 10, dec!(7.0))]);
    assert_eq!(twee.status, Status::Voldoet);
    assert_eq!(twee.berekening, "30 / 300 × 100% = 10%; 30 respondenten");

    let u = beoordeel(vec![clienten(1, 500, 39, dec!(7.0))]);
    let n = zoek(&u, "3.1.3");
    assert_eq!(n.status, Status::VoldoetNiet);
    assert!(n.melding.contains("cliëntenaudit"), "{}", n.melding);
    assert_eq!(n.uitleg.bron, "norm 3.1.3, §4.1");
}

#[test]
fn forty_respondents_meet_the_responsnorm_even_with_invited_counts_missing() {
    let mut d = clienten(1, 0, 40, dec!(7.0));
    d.clienten_uitgenodigd = None;
    assert_eq!(responsnorm(&[d.clone()]).status, Status::Voldoet);
    d.clienten_respondenten = Some(39);
    let r = responsnorm(&[d]);
    assert_eq!(r.status, Status::Onbekend);
    assert_eq!(r.veld.map(ZelftoetsVeld::id).as_deref(), Some("t1-c-uitgenodigd"));
}

// ---------------------------------------------------------------------------------------------
// The cliëntenaudit path
// ---------------------------------------------------------------------------------------------

#[test]
fn a_missed_responsnorm_asks_for_the_clientenaudit() {
    let u = beoordeel(vec![clienten(1, 500, 39, dec!(7.0))]);
    let n = zoek(&u, "3.1.1");
    assert_eq!(n.status, Status::Onbekend);
    assert!(n.melding.contains("cliëntenaudit"), "{}", n.melding);
    assert_eq!(n.veld.map(ZelftoetsVeld::id).as_deref(), Some("t1-audit"));
    assert_eq!(per_dienst(&u, "3.1.2", 1).status, Status::Onbekend);
    assert_eq!(
        beoordelingspad(&Profiel::default(), &invoer(vec![clienten(1, 500, 39, dec!(7.0))])),
        Pad::Clientenaudit
    );
}

#[test]
fn the_clientenaudit_is_judged_with_the_same_thresholds() {
    let mut a = clienten(1, 300, 10, dec!(8.0));
    let mut b = clienten(2, 200, 9, dec!(8.0));
    a.clientenaudit_cijfer = Some(dec!(7.0));
    b.clientenaudit_cijfer = Some(dec!(6.0));
    let u = beoordeel(vec![a.clone(), b.clone()]);
    let n = zoek(&u, "3.1.1");
    // (7,0 + 6,0) / 2 = 6,5 exactly: met. The TVO cijfers (8,0) are not used.
    assert_eq!(n.status, Status::Voldoet, "{}", n.melding);
    assert_eq!(n.uitleg.berekening, "(7,0 + 6,0) / 2 = 6,50");
    assert!(n.melding.contains("cliëntenaudit"), "{}", n.melding);
    assert_eq!(per_dienst(&u, "3.1.2", 2).status, Status::Voldoet);
    // With the audit in, the missed responsnorm no longer decides.
    let r = zoek(&u, "3.1.3");
    assert_eq!(r.status, Status::NietVanToepassing, "{}", r.melding);
    assert!(r.melding.contains("cliëntenaudit"), "{}", r.melding);

    b.clientenaudit_cijfer = Some(dec!(5.4));
    let u = beoordeel(vec![a.clone(), b.clone()]);
    assert_eq!(per_dienst(&u, "3.1.2", 2).status, Status::VoldoetNiet);
    assert_eq!(zoek(&u, "3.1.1").status, Status::VoldoetNiet, "6,2 < 6,5");

    b.clientenaudit_cijfer = Some(dec!(5.5));
    a.clientenaudit_cijfer = Some(dec!(7.5));
    let u = beoordeel(vec![a, b]);
    assert_eq!(per_dienst(&u, "3.1.2", 2).status, Status::Voldoet, "exactly 5,5");
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet, "exactly 6,5");
}

// ---------------------------------------------------------------------------------------------
// Exact boundaries of 3.1.1 and 3.1.2
// ---------------------------------------------------------------------------------------------

#[test]
fn an_average_of_exactly_6_5_meets_3_1_1() {
    let u = beoordeel(vec![clienten(1, 100, 10, dec!(7.0)), clienten(2, 100, 10, dec!(6.0))]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet);
    assert_eq!(zoek(&u, "3.1.1").uitleg.berekening, "(10 × 7,0 + 10 × 6,0) / 20 = 6,50");
    let u = beoordeel(vec![clienten(1, 100, 10, dec!(7.0)), clienten(2, 100, 11, dec!(6.0))]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::VoldoetNiet);
    let u = beoordeel(vec![clienten(1, 100, 40, dec!(6.5))]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet);
    let u = beoordeel(vec![clienten(1, 100, 40, dec!(6.4))]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::VoldoetNiet);
}

#[test]
fn the_comparison_is_unrounded_although_the_display_is_rounded() {
    // 999 × 6,5 + 1 × 5,5 over 1000 = 6,499: shown as 6,50, and still below 6,5.
    let u = beoordeel(vec![clienten(1, 2000, 999, dec!(6.5)), clienten(2, 10, 1, dec!(5.5))]);
    let n = zoek(&u, "3.1.1");
    assert_eq!(n.status, Status::VoldoetNiet, "{}", n.melding);
    assert!(n.uitleg.berekening.ends_with("= 6,50"), "{}", n.uitleg.berekening);
}

#[test]
fn exactly_5_respondents_and_exactly_5_5_are_judged_and_met() {
    let u = beoordeel(vec![clienten(1, 100, 40, dec!(7.0)), clienten(2, 10, 5, dec!(5.5))]);
    assert_eq!(per_dienst(&u, "3.1.2", 2).status, Status::Voldoet);
    let u = beoordeel(vec![clienten(1, 100, 40, dec!(7.0)), clienten(2, 10, 5, dec!(5.4))]);
    assert_eq!(per_dienst(&u, "3.1.2", 2).status, Status::VoldoetNiet);
    let u = beoordeel(vec![clienten(1, 100, 40, dec!(7.0)), clienten(2, 10, 4, dec!(1.0))]);
    assert_eq!(per_dienst(&u, "3.1.2", 2).status, Status::NietVanToepassing);
}

#[test]
fn missing_figures_ask_for_their_field() {
    let mut d = clienten(1, 100, 40, dec!(7.0));
    d.clienten_cijfer = None;
    let u = beoordeel(vec![d]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.1.1").veld.map(ZelftoetsVeld::id).as_deref(), Some("t1-c-cijfer"));
    // Zero respondents need no cijfer.
    let mut leeg = clienten(2, 10, 0, dec!(1.0));
    leeg.clienten_cijfer = None;
    let u = beoordeel(vec![clienten(1, 100, 40, dec!(7.0)), leeg]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet);
    assert_eq!(zoek(&u, "3.1.1").uitleg.berekening, "(40 × 7,0) / 40 = 7,00");
    // Nothing entered at all.
    let u = beoordeel(vec![]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.1.2").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.1.3").status, Status::Onbekend);
}

#[test]
fn while_the_responsnorm_is_unknown_3_1_is_not_settled() {
    let mut d = clienten(1, 100, 20, dec!(8.0));
    d.clienten_uitgenodigd = None;
    let u = beoordeel(vec![d]);
    let n = zoek(&u, "3.1.1");
    assert_eq!(n.status, Status::Onbekend);
    assert!(n.melding.contains("Hangt af van de responsnorm"), "{}", n.melding);
    assert!(n.melding.contains("8,00"), "{}", n.melding);
    assert_eq!(n.veld.map(ZelftoetsVeld::id).as_deref(), Some("t1-c-uitgenodigd"));
}

// ---------------------------------------------------------------------------------------------
// CEDEO-erkenning
// ---------------------------------------------------------------------------------------------

#[test]
fn cedeo_judges_3_1_from_its_cijfer_without_a_responsnorm() {
    let profiel = Profiel { cedeo: true, ..Default::default() };
    let mut inv = invoer(vec![clienten(1, 500, 1, dec!(3.0))]);
    inv.cedeo_cijfer = Some(dec!(7.0));
    let u = beoordeel_tevredenheid(&profiel, &inv);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet);
    assert!(zoek(&u, "3.1.1").melding.contains("CEDEO"));
    assert_eq!(zoek(&u, "3.1.2").status, Status::Voldoet);
    assert_eq!(zoek(&u, "3.1.3").status, Status::NietVanToepassing);
    assert_eq!(beoordelingspad(&profiel, &inv), Pad::Cedeo);

    inv.cedeo_cijfer = Some(dec!(6.0));
    let u = beoordeel_tevredenheid(&profiel, &inv);
    assert_eq!(zoek(&u, "3.1.1").status, Status::VoldoetNiet);
    assert_eq!(zoek(&u, "3.1.2").status, Status::Voldoet);

    inv.cedeo_cijfer = None;
    let u = beoordeel_tevredenheid(&profiel, &inv);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.1.1").veld.map(ZelftoetsVeld::id).as_deref(), Some("t-cedeo"));

    inv.cedeo_cijfer = Some(dec!(11));
    let u = beoordeel_tevredenheid(&profiel, &inv);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Onbekend);
}

// ---------------------------------------------------------------------------------------------
// 3.2–3.4
// ---------------------------------------------------------------------------------------------

fn opdrachtgevers(dienst: u8, respondenten: Option<u64>, cijfer: Option<Decimal>) -> TevredenheidDienst {
    TevredenheidDienst {
        opdrachtgevers_uitgenodigd: Some(10),
        opdrachtgevers_respondenten: respondenten,
        opdrachtgevers_cijfer: cijfer,
        ..clienten(dienst, 100, 40, dec!(7.0))
    }
}

#[test]
fn norm_3_2_1_weighted_average_of_the_opdrachtgevers() {
    let u = beoordeel(vec![opdrachtgevers(1, Some(3), Some(dec!(7.0))), opdrachtgevers(2, Some(2), Some(dec!(6.0)))]);
    let n = zoek(&u, "3.2.1");
    assert_eq!(n.status, Status::Voldoet, "{}", n.melding);
    assert_eq!(n.uitleg.berekening, "(3 × 7,0 + 2 × 6,0) / 5 = 6,60");
    assert_eq!(n.uitleg.bron, "norm 3.2.1, §4.2");
    let u = beoordeel(vec![opdrachtgevers(1, Some(1), Some(dec!(7.0))), opdrachtgevers(2, Some(1), Some(dec!(6.0)))]);
    assert_eq!(zoek(&u, "3.2.1").status, Status::Voldoet, "exactly 6,5");
    let u = beoordeel(vec![opdrachtgevers(1, Some(1), Some(dec!(6.4)))]);
    assert_eq!(zoek(&u, "3.2.1").status, Status::VoldoetNiet);
    let u = beoordeel(vec![opdrachtgevers(1, Some(0), None)]);
    assert_eq!(zoek(&u, "3.2.1").status, Status::NietVanToepassing);
    let u = beoordeel(vec![opdrachtgevers(1, None, None)]);
    assert_eq!(zoek(&u, "3.2.1").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.2.1").veld.map(ZelftoetsVeld::id).as_deref(), Some("t1-o-respondenten"));
}

#[test]
fn checklist_items_and_the_first_meetperiode() {
    let mut inv = invoer(vec![clienten(1, 100, 40, dec!(7.0))]);
    inv.checklist.insert("3.2.2".to_string(), Status::Voldoet);
    inv.checklist.insert("3.4.1".to_string(), Status::VoldoetNiet);
    let u = beoordeel_tevredenheid(&Profiel::default(), &inv);
    assert_eq!(zoek(&u, "3.2.2").status, Status::Voldoet);
    assert_eq!(zoek(&u, "3.2.2").veld.map(ZelftoetsVeld::id).as_deref(), Some("h3-3.2.2"));
    assert_eq!(zoek(&u, "3.4.1").status, Status::VoldoetNiet);
    assert_eq!(zoek(&u, "3.4.1").uitleg.bron, "norm 3.4.1, §4.4");
    assert_eq!(zoek(&u, "3.3.1").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.3.1").uitleg.bron, "norm 3.3.1, §4.3");

    let eerste = Profiel { eerste_meetperiode: true, ..Default::default() };
    let u = beoordeel_tevredenheid(&eerste, &inv);
    assert_eq!(zoek(&u, "3.3.1").status, Status::NietVanToepassing);
    let codes: Vec<&str> = u.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(codes, ["3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.3.1", "3.4.1"]);
    assert!(u.iter().all(|u| u.hoofdnorm == 3 && !u.materieel));
}

// ---------------------------------------------------------------------------------------------
// Input errors
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_cijfers_and_counts_are_findings_and_hold_back_the_verdict() {
    assert_eq!(cijfer_fout(dec!(1)), None);
    assert_eq!(cijfer_fout(dec!(10)), None);
    assert_eq!(cijfer_fout(dec!(7.5)), None);
    assert_eq!(cijfer_fout(dec!(7.50)), None);
    assert!(cijfer_fout(dec!(0.9)).is_some());
    assert!(cijfer_fout(dec!(10.1)).is_some());
    assert!(cijfer_fout(dec!(7.25)).is_some());

    let mut d = clienten(1, 100, 40, dec!(7.25));
    let f = invoerfouten(&invoer(vec![d.clone()]));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].veld, "t1-c-cijfer");
    assert!(f[0].melding.contains("hoogstens één decimaal"), "{}", f[0].melding);
    let u = beoordeel(vec![d.clone()]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Onbekend);
    assert_eq!(per_dienst(&u, "3.1.2", 1).status, Status::Onbekend);

    d.clienten_cijfer = Some(dec!(7.0));
    d.clienten_respondenten = Some(101);
    let f = invoerfouten(&invoer(vec![d.clone()]));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].veld, "t1-c-respondenten");
    let u = beoordeel(vec![d]);
    assert_eq!(zoek(&u, "3.1.3").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Onbekend);

    let f = invoerfouten(&invoer(vec![
        clienten(1, 10, 5, dec!(7.0)),
        clienten(1, 10, 5, dec!(7.0)),
        clienten(14, 1, 1, dec!(7.0)),
    ]));
    assert_eq!(f.iter().filter(|f| f.melding.contains("twee keer")).count(), 1);
    assert_eq!(f.iter().filter(|f| f.melding.contains("bestaat niet")).count(), 1);

    let mut o = opdrachtgevers(1, Some(11), Some(dec!(7.0)));
    let f = invoerfouten(&invoer(vec![o.clone()]));
    assert_eq!(f[0].veld, "t1-o-respondenten");
    let u = beoordeel(vec![o.clone()]);
    assert_eq!(zoek(&u, "3.2.1").status, Status::Onbekend);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet, "an opdrachtgevers error leaves 3.1 alone");
    o.opdrachtgevers_respondenten = Some(2);
    o.clientenaudit_cijfer = Some(dec!(0));
    assert_eq!(invoerfouten(&invoer(vec![o]))[0].veld, "t1-audit");
}

// ---------------------------------------------------------------------------------------------
// K4: the publicatienorm (Tabel 3)
// ---------------------------------------------------------------------------------------------

#[test]
fn k4_publicatienorm_table() {
    let tabel =
        [(8, 4, true), (8, 3, false), (4, 2, false), (10, 4, true), (60, 18, true), (120, 29, false), (200, 40, true)];
    for (uitgenodigd, respondenten, verwacht) in tabel {
        let p = gepubliceerd(uitgenodigd, respondenten);
        assert_eq!(p.gepubliceerd, verwacht, "{uitgenodigd}/{respondenten}: {}", p.reden);
    }
    assert!(gepubliceerd(8, 3).reden.contains("37,5%"), "{}", gepubliceerd(8, 3).reden);
    assert!(gepubliceerd(4, 2).reden.contains("ten minste 3"), "{}", gepubliceerd(4, 2).reden);
    assert!(gepubliceerd(120, 29).reden.contains("24,17%"), "{}", gepubliceerd(120, 29).reden);
    assert!(gepubliceerd(200, 40).reden.contains("40"), "{}", gepubliceerd(200, 40).reden);
}

#[test]
fn publicatienorm_bounds_read_as_10_49_and_50_99() {
    assert_eq!(minimale_respons(9), 50);
    assert_eq!(minimale_respons(10), 40);
    assert_eq!(minimale_respons(49), 40);
    assert_eq!(minimale_respons(50), 30);
    assert_eq!(minimale_respons(99), 30);
    assert_eq!(minimale_respons(100), 25);
    assert!(gepubliceerd(49, 20).gepubliceerd, "40,8% ≥ 40%");
    assert!(!gepubliceerd(49, 19).gepubliceerd);
    assert!(gepubliceerd(50, 15).gepubliceerd, "exactly 30%");
    assert!(!gepubliceerd(50, 14).gepubliceerd);
    assert!(gepubliceerd(100, 25).gepubliceerd, "exactly 25%");
    assert!(!gepubliceerd(100, 24).gepubliceerd);
    assert!(gepubliceerd(1000, 40).gepubliceerd, "40 from 100 invited up");
    assert!(!gepubliceerd(99, 29).gepubliceerd, "40 respondents is no rule below 100 invited");
    assert!(!gepubliceerd(0, 3).gepubliceerd);
}

#[test]
fn opdrachtgevers_are_published_from_two_respondents_and_nothing_touches_the_verdict() {
    assert!(!opdrachtgevers_gepubliceerd(1).gepubliceerd);
    assert!(opdrachtgevers_gepubliceerd(2).gepubliceerd);
    let mut d = clienten(1, 8, 3, dec!(7.0));
    d.opdrachtgevers_respondenten = Some(1);
    let p = publicaties(&invoer(vec![d.clone(), TevredenheidDienst { dienst: 2, ..Default::default() }]));
    assert_eq!(p.len(), 2);
    assert_eq!(p[0].clienten.as_ref().map(|c| c.gepubliceerd), Some(false));
    assert_eq!(p[0].opdrachtgevers.as_ref().map(|c| c.gepubliceerd), Some(false));
    assert_eq!(p[1].clienten, None);
    // Not published, yet 3.1.1 is judged as usual: the publicatienorm plays no part.
    let u = beoordeel(vec![clienten(1, 8, 3, dec!(7.0))]);
    assert_eq!(zoek(&u, "3.1.1").status, Status::Voldoet);
}

#[test]
fn invoer_round_trips_and_loads_from_an_empty_object() {
    let mut inv = invoer(vec![opdrachtgevers(3, Some(2), Some(dec!(6.5)))]);
    inv.cedeo_cijfer = Some(dec!(7.5));
    inv.checklist = BTreeMap::from([("3.2.2".to_string(), Status::Voldoet)]);
    let tekst = serde_json::to_string(&inv).expect("json");
    let terug: TevredenheidInvoer = serde_json::from_str(&tekst).expect("terug");
    assert_eq!(terug, inv);
    let leeg: TevredenheidInvoer = serde_json::from_str("{}").expect("leeg");
    assert_eq!(leeg, TevredenheidInvoer::default());
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

fn any_count() -> impl Strategy<Value = Option<u64>> {
    prop_oneof![Just(None), Just(Some(0)), Just(Some(u64::MAX)), any::<u64>().prop_map(Some), (0u64..60).prop_map(Some)]
}

fn any_cijfer() -> impl Strategy<Value = Option<Decimal>> {
    prop_oneof![
        Just(None),
        (10i64..=100).prop_map(|c| Some(Decimal::new(c, 1))),
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
            .prop_map(|(lo, mid, hi, neg, s)| Some(Decimal::from_parts(lo, mid, hi, neg, s))),
    ]
}

prop_compose! {
    fn willekeurige_dienst()(
        dienst in prop_oneof![1u8..=12, any::<u8>()],
        c in (any_count(), any_count(), any_cijfer()),
        o in (any_count(), any_count(), any_cijfer()),
        audit in any_cijfer(),
    ) -> TevredenheidDienst {
        TevredenheidDienst {
            dienst,
            clienten_uitgenodigd: c.0, clienten_respondenten: c.1, clienten_cijfer: c.2,
            opdrachtgevers_uitgenodigd: o.0, opdrachtgevers_respondenten: o.1, opdrachtgevers_cijfer: o.2,
            clientenaudit_cijfer: audit,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_input_never_panics(
        diensten in proptest::collection::vec(willekeurige_dienst(), 0..6),
        cedeo in any_cijfer(),
        profiel_cedeo in any::<bool>(),
        eerste in any::<bool>(),
    ) {
        let profiel = Profiel { cedeo: profiel_cedeo, eerste_meetperiode: eerste, ..Default::default() };
        let inv = TevredenheidInvoer { diensten, cedeo_cijfer: cedeo, checklist: BTreeMap::new() };
        let u = beoordeel_tevredenheid(&profiel, &inv);
        prop_assert!(u.iter().all(|u| u.hoofdnorm == 3));
        for code in ["3.1.1", "3.1.3", "3.2.1", "3.2.2", "3.3.1", "3.4.1"] {
            prop_assert_eq!(u.iter().filter(|x| x.code == code).count(), 1, "{}", code);
        }
        let _ = invoerfouten(&inv);
        let _ = publicaties(&inv);
        let _ = beoordelingspad(&profiel, &inv);
    }

    #[test]
    fn publication_never_panics_and_needs_three_respondents(u in any::<u64>(), r in any::<u64>()) {
        let p = gepubliceerd(u, r);
        if p.gepubliceerd {
            prop_assert!(r >= 3);
        }
    }

    /// On the TVO path, 3.1.1 is met exactly when Σ r·c ≥ 6,5 · Σ r, computed here in tenths.
    #[test]
    fn weighted_average_compares_exactly(
        rijen in proptest::collection::vec((1u64..200, 10u64..=100), 1..6),
    ) {
        let diensten: Vec<TevredenheidDienst> = rijen
            .iter()
            .enumerate()
            .map(|(i, (r, c))| clienten(i as u8 + 1, *r, *r, Decimal::new(*c as i64, 1)))
            .collect();
        let totaal: u64 = rijen.iter().map(|(r, _)| r).sum();
        let som_tienden: u64 = rijen.iter().map(|(r, c)| r * c).sum();
        // Every invited person answered, so the responsnorm is met.
        let u = beoordeel(diensten);
        let verwacht = if som_tienden >= 65 * totaal { Status::Voldoet } else { Status::VoldoetNiet };
        prop_assert_eq!(zoek(&u, "3.1.1").status, verwacht);
        for (i, (r, c)) in rijen.iter().enumerate() {
            let s = per_dienst(&u, "3.1.2", i as u8 + 1).status;
            let verwacht = if *r < 5 { Status::NietVanToepassing } else if *c >= 55 { Status::Voldoet } else { Status::VoldoetNiet };
            prop_assert_eq!(s, verwacht);
        }
    }

    #[test]
    fn responsnorm_matches_integer_arithmetic((u, r) in (0u64..2000).prop_flat_map(|u| (Just(u), 0..=u))) {
        let s = responsnorm(&[clienten(1, u, r, dec!(7.0))]).status;
        let verwacht = if r >= 40 || (u > 0 && r * 100 >= 10 * u) { Status::Voldoet } else { Status::VoldoetNiet };
        prop_assert_eq!(s, verwacht);
    }
}
