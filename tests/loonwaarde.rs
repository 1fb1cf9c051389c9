//! The loonwaarde examples of `shared/vectors/loonwaarde.md` (L1–L4), their boundaries, and the
//! invariants of the calculation.

mod gedeeld;

use chrono::NaiveDate;
use gedeeld::{l1, taak};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::loonwaarde::lks::{self, wml_op, LksInvoer, WmlOpzoek};
use werkwaarde::domain::loonwaarde::{bereken, hoofdtaak_minimum, Methode, Taak, Veld, Werkweek};

fn week(contracturen: Decimal, werkdagen: Decimal) -> Option<Werkweek> {
    Some(Werkweek { contracturen, werkdagen: Some(werkdagen) })
}

#[test]
fn l1_stappenplan_gives_71_percent_and_11_36_per_hour() {
    let r = bereken(Methode::Stappenplan, &l1(), week(dec!(40), dec!(5)), false).unwrap();
    let aandelen: Vec<_> = r.taken.iter().map(|t| t.aandeel).collect();
    assert_eq!(aandelen, [dec!(60), dec!(20), dec!(20)]);
    let prestaties: Vec<_> = r.taken.iter().map(|t| t.prestatie).collect();
    assert_eq!(prestaties, [dec!(72), dec!(90), dec!(50)]);
    let delen: Vec<_> = r.taken.iter().map(|t| t.loonwaarde).collect();
    assert_eq!(delen, [dec!(43.2), dec!(18), dec!(10)]);
    assert_eq!(r.onafgerond, dec!(71.2));
    assert_eq!(r.pi4, dec!(71));
    let (pi5, uitleg) = r.pi5_per_uur(dec!(16.00));
    assert_eq!(pi5, dec!(11.36));
    assert_eq!(uitleg.berekening, "71% × € 16,00 = € 11,36");
    assert_eq!(r.uitleg.berekening, "43,2% + 18% + 10% = 71,2% → 71%");
    assert!(r.bevindingen.is_empty(), "{:?}", r.bevindingen);
}

#[test]
fn l2_rounds_half_away_from_zero_once_at_the_end() {
    let een = [taak("tempo-voorbeeld", dec!(40), dec!(87.5), dec!(100), dec!(100))];
    assert_eq!(bereken(Methode::Stappenplan, &een, None, false).unwrap().pi4, dec!(88));
    // 42.5 + 32 = 74.5 → 75 (banker's rounding would give 74).
    let twee =
        [taak("a", dec!(20), dec!(85), dec!(100), dec!(100)), taak("b", dec!(20), dec!(64), dec!(100), dec!(100))];
    let r = bereken(Methode::Stappenplan, &twee, None, false).unwrap();
    assert_eq!(r.onafgerond, dec!(74.5));
    assert_eq!(r.pi4, dec!(75));
}

#[test]
fn rounding_happens_only_at_the_end_even_with_thirds() {
    // Three equal shares of 33.333…% — rounding each share first would give 99% instead of 100%.
    let taken: Vec<_> = (0..3).map(|i| taak(&format!("t{i}"), dec!(8), dec!(100), dec!(100), dec!(100))).collect();
    let r = bereken(Methode::Stappenplan, &taken, None, false).unwrap();
    assert_eq!(r.pi4, dec!(100));
    assert_eq!(r.onafgerond, dec!(100));
}

#[test]
fn l3_ulw_tempo_above_100_counts_as_100() {
    let t = [taak("productie", dec!(40), dec!(110), dec!(100), dec!(100))];
    let r = bereken(Methode::Ulw, &t, week(dec!(40), dec!(5)), false).unwrap();
    assert_eq!(r.taken[0].tempo_telt, dec!(100));
    assert_eq!(r.pi4, dec!(100));
    assert!(r.taken[0].uitleg.berekening.contains("gemeten 110%, telt als 100%"));
}

#[test]
fn tempo_exactly_100_is_used_as_is() {
    let t = [taak("x", dec!(40), dec!(100), dec!(90), dec!(100))];
    let r = bereken(Methode::Ulw, &t, None, false).unwrap();
    assert_eq!(r.taken[0].tempo_telt, dec!(100));
    assert_eq!(r.pi4, dec!(90));
}

#[test]
fn l3_ulw_rejects_kwaliteit_and_netto_werktijd_above_100() {
    let t = [taak("x", dec!(40), dec!(100), dec!(100.01), dec!(101))];
    let fouten = bereken(Methode::Ulw, &t, None, false).unwrap_err();
    let velden: Vec<_> = fouten.iter().map(|f| f.veld).collect();
    assert_eq!(velden, [Veld::Kwaliteit(0), Veld::Inzet(0)]);
    assert!(fouten[1].melding.starts_with("Netto werktijd (NW) kan niet boven 100%"));
}

#[test]
fn l3_hoofdtaak_minimum_from_weekuren_and_werkdagen() {
    // 40 h over 5 days: max(40/16, 5 × 0.5) = 2.5 h = 6.25%; 20 h: max(1.25, 2.5) = 2.5 h = 12.5%.
    assert_eq!(hoofdtaak_minimum(Werkweek { contracturen: dec!(40), werkdagen: Some(dec!(5)) }), dec!(2.5));
    assert_eq!(hoofdtaak_minimum(Werkweek { contracturen: dec!(20), werkdagen: Some(dec!(5)) }), dec!(2.5));
    // 48 h over 3 days: 1/16 dominates.
    assert_eq!(hoofdtaak_minimum(Werkweek { contracturen: dec!(48), werkdagen: Some(dec!(3)) }), dec!(3));

    // 20 h over 5 days: a hoofdtaak of 2 h is a finding; exactly 2.5 h is not.
    let taken = [
        taak("hoofd", dec!(15.5), dec!(100), dec!(100), dec!(100)),
        taak("klein", dec!(2), dec!(100), dec!(100), dec!(100)),
        taak("precies", dec!(2.5), dec!(100), dec!(100), dec!(100)),
    ];
    let r = bereken(Methode::Ulw, &taken, week(dec!(20), dec!(5)), false).unwrap();
    let velden: Vec<_> = r.bevindingen.iter().map(|b| b.veld).collect();
    assert_eq!(velden, [Veld::Uren(1)]);
    assert!(r.bevindingen[0].melding.contains("ten minste 2,5 uur (12,5% van 20 uur)"));
    // The finding is shown, the case is still computed as entered.
    assert_eq!(r.pi4, dec!(100));
}

#[test]
fn unknown_werkdagen_are_asked_for_in_ulw_not_assumed() {
    let t = [taak("x", dec!(20), dec!(100), dec!(100), dec!(100))];
    let w = Some(Werkweek { contracturen: dec!(20), werkdagen: None });
    let r = bereken(Methode::Ulw, &t, w, false).unwrap();
    assert_eq!(r.bevindingen.len(), 1);
    assert_eq!(r.bevindingen[0].veld, Veld::Werkdagen);
    assert_eq!(hoofdtaak_minimum(Werkweek { contracturen: dec!(20), werkdagen: None }), dec!(1.25));
    assert!(bereken(Methode::Stappenplan, &t, w, false).unwrap().bevindingen.is_empty());
}

#[test]
fn l3_six_hoofdtaken_is_a_finding_five_is_not() {
    let zes: Vec<_> = (0..6).map(|i| taak(&format!("t{i}"), dec!(6), dec!(100), dec!(100), dec!(100))).collect();
    let r = bereken(Methode::Ulw, &zes, week(dec!(36), dec!(5)), false).unwrap();
    assert!(r.bevindingen.iter().any(|b| b.veld == Veld::Taken && b.melding.contains("maximaal 5 hoofdtaken")));
    let vijf = &zes[..5];
    let r = bereken(Methode::Ulw, vijf, week(dec!(30), dec!(5)), false).unwrap();
    assert!(!r.bevindingen.iter().any(|b| b.veld == Veld::Taken));
    // The stappenplan has no such limit.
    let r = bereken(Methode::Stappenplan, &zes, week(dec!(36), dec!(5)), false).unwrap();
    assert!(r.bevindingen.is_empty());
}

#[test]
fn a_regular_arbeidsprestatie_is_100_percent_in_ulw() {
    let r = bereken(Methode::Ulw, &[], None, true).unwrap();
    assert_eq!(r.pi4, dec!(100));
}

#[test]
fn a_score_below_100_without_toelichting_is_a_finding_at_that_field() {
    let mut t = taak("inpakken", dec!(40), dec!(80), dec!(100), dec!(100));
    t.toegelicht = [false, false, false];
    let r = bereken(Methode::Stappenplan, &[t], None, false).unwrap();
    let velden: Vec<_> = r.bevindingen.iter().map(|b| b.veld).collect();
    assert_eq!(velden, [Veld::Toelichting(0, 0)]);
}

#[test]
fn hours_that_differ_from_contracturen_are_a_finding() {
    let r = bereken(Methode::Stappenplan, &l1(), week(dec!(36), dec!(5)), false).unwrap();
    assert_eq!(r.bevindingen.len(), 1);
    assert_eq!(r.bevindingen[0].veld, Veld::Contracturen);
    assert!(r.bevindingen[0].melding.contains("40 uur per week, de contracturen zijn 36 uur"));
}

#[test]
fn no_taken_or_no_hours_is_an_error_not_a_panic() {
    assert_eq!(bereken(Methode::Stappenplan, &[], None, false).unwrap_err()[0].veld, Veld::Taken);
    let nul = [taak("x", dec!(0), dec!(100), dec!(100), dec!(100))];
    assert_eq!(bereken(Methode::Stappenplan, &nul, None, false).unwrap_err()[0].veld, Veld::Taken);
    let neg = [taak("x", dec!(-1), dec!(-5), dec!(100), dec!(100))];
    let velden: Vec<_> = bereken(Methode::Stappenplan, &neg, None, false).unwrap_err().iter().map(|f| f.veld).collect();
    assert!(velden.contains(&Veld::Tempo(0)) && velden.contains(&Veld::Uren(0)));
}

#[test]
fn pi5_per_month_uses_13_thirds_weeks() {
    let r = bereken(Methode::Stappenplan, &l1(), None, false).unwrap();
    let (maand, _) = r.pi5_per_maand(dec!(16), dec!(40));
    // 11.36 × 40 × 13 / 3 = 1969.0666…
    assert_eq!(werkwaarde::domain::getal::rond_af(maand, 2), dec!(1969.07));
}

fn lks(normloon: Decimal, pi4: Decimal) -> lks::Lks {
    lks::bereken(LksInvoer { pi4, normloon, wml: dec!(14.71), vakantietoeslag: false, contracturen: dec!(36) })
}

#[test]
fn l4_lks_below_the_cap() {
    let l = lks(dec!(14.71), dec!(60));
    assert_eq!(l.pi5, dec!(8.826));
    assert_eq!(l.verschil, dec!(5.884));
    assert_eq!(l.cap, dec!(10.297));
    assert_eq!(l.excl_werkgeverslasten, dec!(5.884));
    assert_eq!(l.per_uur, dec!(7.266740));
    assert_eq!(l.stappen.len(), 5);
    assert!(l.stappen[3].berekening.ends_with("€ 7,27 per uur"));
}

#[test]
fn l4_lks_capped_at_70_percent_of_wml() {
    let l = lks(dec!(14.71), dec!(20));
    assert_eq!(l.verschil, dec!(11.768));
    assert_eq!(l.excl_werkgeverslasten, dec!(10.297));
    assert_eq!(l.per_uur, dec!(12.716795));
}

#[test]
fn l4_no_lks_when_pi5_is_above_wml() {
    let l = lks(dec!(18.00), dec!(85));
    assert_eq!(l.pi5, dec!(15.30));
    assert_eq!(l.verschil, dec!(0));
    assert_eq!(l.per_uur, dec!(0));
}

#[test]
fn boundary_pi5_exactly_wml_gives_zero_and_cap_exactly_hit() {
    // Pi5 = 100% × 14.71 = WML → nothing to subsidise.
    assert_eq!(lks(dec!(14.71), dec!(100)).per_uur, dec!(0));
    // Loonwaarde 30% of WML → verschil is exactly 70% of WML: the cap and the gap coincide.
    let l = lks(dec!(14.71), dec!(30));
    assert_eq!(l.verschil, l.cap);
    assert_eq!(l.excl_werkgeverslasten, dec!(10.297));
}

#[test]
fn vakantietoeslag_raises_wml_and_normloon_alike() {
    let l = lks::bereken(LksInvoer {
        pi4: dec!(60),
        normloon: dec!(14.71),
        wml: dec!(14.71),
        vakantietoeslag: true,
        contracturen: dec!(36),
    });
    assert_eq!(l.wml, dec!(15.8868));
    assert_eq!(l.pi5, dec!(9.53208));
    assert_eq!(l.verschil, dec!(6.35472));
}

#[test]
fn wml_table_by_date_and_the_missing_date_is_asked_for() {
    let dag = |j, m, d| NaiveDate::from_ymd_opt(j, m, d).unwrap();
    assert_eq!(wml_op(dag(2026, 1, 1)), WmlOpzoek::Bekend { vanaf: dag(2026, 1, 1), per_uur: dec!(14.71) });
    assert_eq!(wml_op(dag(2025, 6, 30)), WmlOpzoek::Bekend { vanaf: dag(2025, 1, 1), per_uur: dec!(14.06) });
    assert_eq!(wml_op(dag(2025, 7, 1)), WmlOpzoek::Bekend { vanaf: dag(2025, 7, 1), per_uur: dec!(14.40) });
    let later = wml_op(dag(2026, 11, 22));
    assert_eq!(later, WmlOpzoek::Onbekend { vanaf: dag(2026, 7, 1) });
    assert!(later.vraag().unwrap().contains("1 juli 2026"));
    assert_eq!(wml_op(dag(2023, 12, 31)), WmlOpzoek::Onbekend { vanaf: dag(2023, 7, 1) });
}

fn score() -> impl Strategy<Value = Decimal> {
    (0u32..=10000).prop_map(|n| Decimal::new(n as i64, 2)) // 0.00 … 100.00
}

fn taken_strategie() -> impl Strategy<Value = Vec<Taak>> {
    prop::collection::vec((1u32..=4000, score(), score(), score()), 1..8).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (u, t, k, inz))| taak(&format!("t{i}"), Decimal::new(u as i64, 2), t, k, inz))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn shares_sum_to_100_and_loonwaarde_stays_within_0_and_100(taken in taken_strategie(), ulw in any::<bool>()) {
        let methode = if ulw { Methode::Ulw } else { Methode::Stappenplan };
        let r = bereken(methode, &taken, None, false).unwrap();
        let som: Decimal = r.taken.iter().map(|t| t.aandeel).sum();
        prop_assert!((som - dec!(100)).abs() < dec!(0.000000000001), "Σ aandeel = {som}");
        prop_assert!(r.onafgerond >= Decimal::ZERO && r.onafgerond <= dec!(100.0000000001));
        prop_assert!(r.pi4 >= Decimal::ZERO && r.pi4 <= dec!(100));
        prop_assert_eq!(r.pi4, werkwaarde::domain::getal::rond_af(r.onafgerond, 0));
        prop_assert!((r.pi4 - r.onafgerond).abs() <= dec!(0.5));
    }

    #[test]
    fn raising_any_score_never_lowers_the_loonwaarde(taken in taken_strategie(), welke in 0usize..8, veld in 0usize..3, extra in 1u32..=2000) {
        let i = welke % taken.len();
        let voor = bereken(Methode::Stappenplan, &taken, None, false).unwrap();
        let mut hoger = taken.clone();
        let d = Decimal::new(extra as i64, 2);
        match veld {
            0 => hoger[i].tempo += d,
            1 => hoger[i].kwaliteit = (hoger[i].kwaliteit + d).min(dec!(100)),
            _ => hoger[i].inzet = (hoger[i].inzet + d).min(dec!(100)),
        }
        let na = bereken(Methode::Stappenplan, &hoger, None, false).unwrap();
        prop_assert!(na.onafgerond >= voor.onafgerond);
        prop_assert!(na.pi4 >= voor.pi4);
    }

    #[test]
    fn lks_is_never_negative_and_never_above_the_capped_amount(pi4 in 0u32..=100, normloon in 1000u32..=4000) {
        let l = lks(Decimal::new(normloon as i64, 2), Decimal::from(pi4));
        prop_assert!(l.per_uur >= Decimal::ZERO);
        prop_assert!(l.excl_werkgeverslasten <= l.cap);
    }
}

/// SPEC B1.5a: the stappenplan sets no cap, so a tempo above 100% counts as measured (casus c06:
/// snijden 125%, the three taken 77,90625% → 78%; capped it would be 72%).
#[test]
fn b1_5a_stappenplan_counts_tempo_above_100_as_measured() {
    let t = [
        taak("snijden", dec!(7), dec!(125), dec!(100), dec!(90)),
        taak("salades", dec!(7), dec!(75), dec!(95), dec!(90)),
        taak("afwas", dec!(14), dec!(75), dec!(100), dec!(90)),
    ];
    let r = bereken(Methode::Stappenplan, &t, None, false).unwrap();
    assert_eq!(r.taken[0].tempo_telt, dec!(125));
    assert_eq!(r.taken[0].prestatie, dec!(112.5));
    assert_eq!(r.onafgerond, dec!(77.90625));
    assert_eq!(r.pi4, dec!(78));
    assert!(
        r.taken[0].uitleg.berekening.contains("telt in het stappenplan zoals gemeten"),
        "{}",
        r.taken[0].uitleg.berekening
    );
    assert!(r.uitleg.norm.as_deref().is_some_and(|n| n.contains("tempo telt zoals gemeten")));
    // The same taken in the ULW: tempo counts as 100% per hoofdtaak → 72,28125% → 72%.
    let u = bereken(Methode::Ulw, &t, None, false).unwrap();
    assert_eq!(u.taken[0].tempo_telt, dec!(100));
    assert_eq!(u.pi4, dec!(72));
}

/// SPEC B1.5a: a stappenplan total above 100% shows as 100%, with a finding; exactly 100% has none.
#[test]
fn b1_5a_a_total_above_100_shows_as_100_with_a_finding() {
    let t = [taak("x", dec!(40), dec!(110), dec!(100), dec!(100))];
    let r = bereken(Methode::Stappenplan, &t, None, false).unwrap();
    assert_eq!(r.onafgerond, dec!(110));
    assert_eq!(r.pi4, dec!(100));
    assert!(r.bevindingen.iter().any(|b| b.melding.contains("ten hoogste 100%")), "{:?}", r.bevindingen);
    assert!(r.uitleg.berekening.ends_with("→ 100% (ten hoogste 100%)"), "{}", r.uitleg.berekening);
    // 100,4% rounds to 100% but is still above it: the finding says so.
    let t = [taak("x", dec!(40), dec!(100.4), dec!(100), dec!(100))];
    let r = bereken(Methode::Stappenplan, &t, None, false).unwrap();
    assert_eq!(r.pi4, dec!(100));
    assert!(r.bevindingen.iter().any(|b| b.melding.contains("ten hoogste 100%")));
    let t = [taak("x", dec!(40), dec!(100), dec!(100), dec!(100))];
    let r = bereken(Methode::Stappenplan, &t, None, false).unwrap();
    assert!(r.bevindingen.is_empty(), "{:?}", r.bevindingen);
}

/// SPEC B1.5a: kwaliteit and inzetbaarheid above 100% are refused in the stappenplan too.
#[test]
fn b1_5a_stappenplan_refuses_kwaliteit_and_inzetbaarheid_above_100() {
    let t = [taak("x", dec!(40), dec!(100), dec!(100.01), dec!(101))];
    let fouten = bereken(Methode::Stappenplan, &t, None, false).unwrap_err();
    assert_eq!(fouten.len(), 2, "{fouten:?}");
    assert!(fouten.iter().all(|f| f.melding.contains("niet boven 100%")));
}
