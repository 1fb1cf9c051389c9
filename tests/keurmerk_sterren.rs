//! Sterrenberekening (SPEC A6, Bijlage 8): K7 with its bracket boundaries, TO = TC, spreading the
//! weight of PE/TR (and PM/PN) when there is no percentage, RIV for Dienst 8, Diensten 11/12, the
//! omzet-weighted total and its plain-average fallback, the builder from zelftoets data, and
//! properties (weights sum to 1, scores stay in range, nothing panics).

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::getal::rond_af;
use werkwaarde::domain::keurmerk::diensten::DienstInvoer;
use werkwaarde::domain::keurmerk::hoofdnorm1::Personeel;
use werkwaarde::domain::keurmerk::sterren::*;
use werkwaarde::domain::keurmerk::tevredenheid::TevredenheidDienst;
use werkwaarde::domain::keurmerk::ZelftoetsVeld;

use Invoerwaarde::{Geen, NietIngevuld, Waarde};

/// K7: Dienst 3 with TC 7.5, TO 8.0, TR 80%, PE 96%.
fn k7() -> Sterreninvoer {
    Sterreninvoer {
        dienst: 3,
        clienten_cijfer: Waarde(dec!(7.5)),
        opdrachtgevers_cijfer: Waarde(dec!(8.0)),
        transparantie: Waarde(dec!(80)),
        personeel: Waarde(dec!(96)),
        ..Default::default()
    }
}

/// Dienst 1 with every component filled in.
fn dienst1(omzet: Option<Decimal>) -> Sterreninvoer {
    Sterreninvoer {
        dienst: 1,
        clienten_cijfer: Waarde(dec!(8)),
        opdrachtgevers_cijfer: Waarde(dec!(7)),
        transparantie: Waarde(dec!(50)),
        personeel: Waarde(dec!(100)),
        pa_gemaakt: Waarde(dec!(40)),
        pa_nagekomen: Waarde(dec!(120)),
        garantie_wvp: None,
        omzet,
        cedeo: false,
    }
}

fn gewicht(s: &Subscore, o: Onderdeel) -> Decimal {
    s.onderdeel(o).map(|x| x.gewicht).unwrap_or_else(|| panic!("geen {o:?} in {s:#?}"))
}

// ---------------------------------------------------------------------------------------------
// K7
// ---------------------------------------------------------------------------------------------

#[test]
fn k7_bracket_boundaries() {
    for (p, score) in [
        (dec!(0), dec!(6.5)),
        (dec!(44.99), dec!(6.5)),
        (dec!(45), dec!(7)),
        (dec!(74.99), dec!(7)),
        (dec!(75), dec!(7.5)),
        (dec!(95), dec!(7.5)),
        (dec!(95.01), dec!(8)),
        (dec!(100), dec!(8)),
        (dec!(250), dec!(8)),
    ] {
        assert_eq!(score_bij_percentage(p), Some(score), "{p}%");
    }
    assert_eq!(score_bij_percentage(dec!(-0.01)), None);
}

#[test]
fn k7_dienst_3_is_7_70() {
    let s = subscore(&k7());
    assert_eq!(s.score, Some(dec!(7.70)), "{s:#?}");
    assert_eq!(s.afgerond(), Some(dec!(7.70)));
    assert!(s.ontbrekend.is_empty());
    assert_eq!(s.onderdeel(Onderdeel::Tr).and_then(|o| o.score), Some(dec!(7.5)));
    assert_eq!(s.onderdeel(Onderdeel::Pe).and_then(|o| o.score), Some(dec!(8)));
    assert_eq!(s.onderdeel(Onderdeel::Tc).and_then(|o| o.bijdrage), Some(dec!(3.375)));
    assert_eq!(s.gewichtsom(), Decimal::ONE);
    assert_eq!(s.uitleg.berekening, "0,45 × 7,5 + 0,25 × 8 + 0,15 × 7,5 + 0,15 × 8 = 7,70");
    assert!(s.uitleg.bron.contains("Bijlage 8"));
    assert!(s.onderdelen.iter().all(|o| o.uitleg.bron.contains("Bijlage 8")));
    let codes: Vec<_> = s.onderdelen.iter().map(|o| o.onderdeel).collect();
    assert_eq!(codes, [Onderdeel::Tc, Onderdeel::To, Onderdeel::Tr, Onderdeel::Pe]);
}

#[test]
fn k7_without_opdrachtgevers_to_equals_tc() {
    let s = subscore(&Sterreninvoer { opdrachtgevers_cijfer: Geen, ..k7() });
    assert_eq!(s.score, Some(dec!(7.575)), "{s:#?}");
    assert_eq!(s.afgerond(), Some(dec!(7.58)), "half away from zero");
    let to = s.onderdeel(Onderdeel::To).unwrap();
    assert_eq!(to.score, Some(dec!(7.5)));
    assert_eq!(to.gewicht, dec!(0.25), "TO keeps its weight");
    assert!(to.toelichting.contains("TO is gelijk aan TC"), "{}", to.toelichting);
    assert!(s.uitleg.berekening.ends_with("= 7,58"), "{}", s.uitleg.berekening);
}

#[test]
fn what_if_changes_one_percentage() {
    let basis = k7();
    assert_eq!(met_percentage(&basis, Onderdeel::Pe, dec!(95)).score, Some(dec!(7.625)));
    assert_eq!(met_percentage(&basis, Onderdeel::Tr, dec!(44.99)).score, Some(dec!(7.55)));
    assert_eq!(basis.met(Onderdeel::Tr, Waarde(dec!(96))).transparantie, Waarde(dec!(96)));
    assert_eq!(basis.met(Onderdeel::Riv, Waarde(dec!(1))), basis, "RIV goes through garantie_wvp");
    assert_eq!(subscore(&basis).score, Some(dec!(7.70)), "the original is untouched");
}

// ---------------------------------------------------------------------------------------------
// Spreading the weight
// ---------------------------------------------------------------------------------------------

#[test]
fn zzp_without_personnel_spreads_pe_weight() {
    let s = subscore(&Sterreninvoer { personeel: Geen, ..k7() });
    let pe = s.onderdeel(Onderdeel::Pe).unwrap();
    assert!(pe.vervallen);
    assert_eq!(pe.gewicht, Decimal::ZERO);
    assert_eq!(pe.score, None);
    assert!(pe.toelichting.contains("zzp"), "{}", pe.toelichting);
    assert_eq!(s.gewichtsom(), Decimal::ONE, "exactly 1");
    // 0.45 / 0.85, 0.25 / 0.85, 0.15 / 0.85
    assert_eq!(rond_af(gewicht(&s, Onderdeel::Tc), 20), rond_af(dec!(0.45) / dec!(0.85), 20));
    assert_eq!(rond_af(gewicht(&s, Onderdeel::To), 20), rond_af(dec!(0.25) / dec!(0.85), 20));
    assert_eq!(rond_af(gewicht(&s, Onderdeel::Tr), 20), rond_af(dec!(0.15) / dec!(0.85), 20));
    // (0.45·7.5 + 0.25·8 + 0.15·7.5) / 0.85 = 6.5 / 0.85 = 7.6470588…
    assert_eq!(rond_af(s.score.unwrap(), 10), rond_af(dec!(6.5) / dec!(0.85), 10));
    assert_eq!(s.afgerond(), Some(dec!(7.65)));
    assert!(s.uitleg.berekening.contains("PE zonder percentage"), "{}", s.uitleg.berekening);
}

#[test]
fn no_inspanningstrajecten_spreads_tr_weight() {
    let s = subscore(&Sterreninvoer { transparantie: Geen, ..k7() });
    assert!(s.onderdeel(Onderdeel::Tr).unwrap().vervallen);
    assert_eq!(s.gewichtsom(), Decimal::ONE);
    // (0.45·7.5 + 0.25·8 + 0.15·8) / 0.85
    assert_eq!(rond_af(s.score.unwrap(), 10), rond_af(dec!(6.575) / dec!(0.85), 10));
}

#[test]
fn both_pe_and_tr_missing_and_pn_without_afspraken() {
    let s = subscore(&Sterreninvoer { transparantie: Geen, personeel: Geen, pa_nagekomen: Geen, ..dienst1(None) });
    assert_eq!(s.gewichtsom(), Decimal::ONE);
    // Remaining: TC .35, TO .15, PM .05 → Σ .55
    assert_eq!(rond_af(gewicht(&s, Onderdeel::Tc), 20), rond_af(dec!(0.35) / dec!(0.55), 20));
    assert_eq!(gewicht(&s, Onderdeel::Pn), Decimal::ZERO);
    // (0.35·8 + 0.15·7 + 0.05·6.5) / 0.55
    assert_eq!(rond_af(s.score.unwrap(), 10), rond_af(dec!(4.175) / dec!(0.55), 10));
}

#[test]
fn redistribution_function_sums_to_one_and_keeps_proportions() {
    for dienst in 1..=10u8 {
        let g = herverdeel(dienst, &[]).unwrap();
        assert_eq!(g.iter().map(|(_, w)| *w).sum::<Decimal>(), Decimal::ONE, "Dienst {dienst}");
        for vervallen in [&[Onderdeel::Pe][..], &[Onderdeel::Tr], &[Onderdeel::Pe, Onderdeel::Tr]] {
            let g = herverdeel(dienst, vervallen).unwrap();
            assert_eq!(g.iter().map(|(_, w)| *w).sum::<Decimal>(), Decimal::ONE, "Dienst {dienst} {vervallen:?}");
            assert!(g.iter().filter(|(o, _)| vervallen.contains(o)).all(|(_, w)| w.is_zero()));
        }
    }
    assert_eq!(herverdeel(11, &[]), None);
    assert_eq!(herverdeel(12, &[]), None);
    assert_eq!(herverdeel(3, &[Onderdeel::Tc, Onderdeel::To, Onderdeel::Tr, Onderdeel::Pe]), None);
}

#[test]
fn a_missing_input_is_never_zero() {
    let s = subscore(&Sterreninvoer { personeel: NietIngevuld, ..k7() });
    assert_eq!(s.score, None);
    assert_eq!(s.ontbrekend.len(), 1);
    assert_eq!(s.ontbrekend[0].onderdeel, Some(Onderdeel::Pe));
    assert!(s.ontbrekend[0].melding.contains("1.6.6"), "{}", s.ontbrekend[0].melding);
    assert_eq!(s.ontbrekend[0].veld.map(ZelftoetsVeld::id).as_deref(), Some("personeel-gekwalificeerd"));
    assert!(s.melding.contains("nog niet te berekenen"));
    // Other components still show their score.
    assert_eq!(s.onderdeel(Onderdeel::Tr).and_then(|o| o.score), Some(dec!(7.5)));

    let leeg = subscore(&Sterreninvoer { dienst: 1, ..Default::default() });
    assert_eq!(leeg.score, None);
    let ontbrekend: Vec<_> = leeg.ontbrekend.iter().filter_map(|o| o.onderdeel).collect();
    assert_eq!(ontbrekend, [Onderdeel::Tc, Onderdeel::To, Onderdeel::Tr, Onderdeel::Pe, Onderdeel::Pm, Onderdeel::Pn]);

    // No TC at all: TO cannot lean on it, and only TC is reported.
    let zonder_tc = subscore(&Sterreninvoer { clienten_cijfer: Geen, opdrachtgevers_cijfer: Geen, ..k7() });
    assert_eq!(zonder_tc.score, None);
    assert_eq!(zonder_tc.ontbrekend.len(), 1);
    assert!(zonder_tc.ontbrekend[0].melding.contains("zonder TC"));
}

#[test]
fn invalid_values_are_refused_not_clamped() {
    for invoer in [
        Sterreninvoer { clienten_cijfer: Waarde(dec!(11)), ..k7() },
        Sterreninvoer { opdrachtgevers_cijfer: Waarde(dec!(0.5)), ..k7() },
        Sterreninvoer { transparantie: Waarde(dec!(100.01)), ..k7() },
        Sterreninvoer { personeel: Waarde(dec!(-1)), ..k7() },
    ] {
        let s = subscore(&invoer);
        assert_eq!(s.score, None, "{invoer:?}");
        assert_eq!(s.ontbrekend.len(), 1);
    }
    // PN may exceed 100%.
    assert!(subscore(&dienst1(None)).score.is_some());
}

// ---------------------------------------------------------------------------------------------
// RIV, Diensten 11 and 12
// ---------------------------------------------------------------------------------------------

fn dienst8(garantie: Option<bool>) -> Sterreninvoer {
    Sterreninvoer { dienst: 8, garantie_wvp: garantie, ..dienst1(None) }
}

#[test]
fn riv_for_dienst_8() {
    // TC 8, TO 7, TR 50% → 7, PE 100% → 8, PM 40% → 6.5, PN 120% → 8.
    let basis = dec!(0.35) * dec!(8)
        + dec!(0.15) * dec!(7)
        + dec!(0.15) * dec!(7)
        + dec!(0.25) * dec!(8)
        + dec!(0.02) * dec!(6.5)
        + dec!(0.02) * dec!(8);
    let met = subscore(&dienst8(Some(true)));
    assert_eq!(met.score, Some(basis + dec!(0.06) * dec!(10)), "{met:#?}");
    assert_eq!(met.score, Some(dec!(7.79)));
    assert_eq!(met.onderdeel(Onderdeel::Riv).and_then(|o| o.score), Some(dec!(10)));
    let zonder = subscore(&dienst8(Some(false)));
    assert_eq!(zonder.score, Some(basis + dec!(0.06) * dec!(4)));
    assert_eq!(zonder.score, Some(dec!(7.43)));
    let onbekend = subscore(&dienst8(None));
    assert_eq!(onbekend.score, None);
    assert_eq!(onbekend.ontbrekend[0].onderdeel, Some(Onderdeel::Riv));
    assert_eq!(onbekend.ontbrekend[0].veld.map(ZelftoetsVeld::id).as_deref(), Some("d8-garantie"));
    // Other Diensten ignore the garantie.
    assert!(subscore(&dienst1(None)).onderdeel(Onderdeel::Riv).is_none());
    assert_eq!(
        subscore(&Sterreninvoer { garantie_wvp: Some(true), ..dienst1(None) }).score,
        subscore(&dienst1(None)).score
    );
}

#[test]
fn diensten_11_and_12_have_no_subscore() {
    for n in [11, 12] {
        let s = subscore(&Sterreninvoer { dienst: n, ..k7() });
        assert!(s.uitgesloten);
        assert_eq!(s.score, None);
        assert!(s.onderdelen.is_empty());
        assert!(s.melding.contains("geen rij in Bijlage 8"), "{}", s.melding);
    }
    for n in [0, 13, 255] {
        let s = subscore(&Sterreninvoer { dienst: n, ..k7() });
        assert!(s.uitgesloten && s.melding.contains("bestaat niet"), "{}", s.melding);
    }
}

#[test]
fn weights_table_rows_sum_to_one() {
    for rij in WEGINGEN {
        assert_eq!(rij.gewichten.iter().map(|(_, w)| *w).sum::<Decimal>(), Decimal::ONE, "{:?}", rij.diensten);
    }
    let mut alle: Vec<u8> = WEGINGEN.iter().flat_map(|r| r.diensten.iter().copied()).collect();
    alle.sort_unstable();
    assert_eq!(alle, (1..=10).collect::<Vec<u8>>());
    assert!(KEUZES.len() >= 5);
    assert!(KEUZES.iter().any(|(o, _)| o.contains("Weging van het totaal")));
}

// ---------------------------------------------------------------------------------------------
// The total
// ---------------------------------------------------------------------------------------------

#[test]
fn total_is_weighted_by_omzet() {
    let a = Sterreninvoer { omzet: Some(dec!(100000)), ..k7() }; // 7.70
    let b = Sterreninvoer { dienst: 4, opdrachtgevers_cijfer: Geen, omzet: Some(dec!(50000)), ..k7() }; // 7.575
    let t = totaal(&[a, b]);
    assert_eq!(t.weging, Some(Totaalweging::Omzet));
    // (100000·7.70 + 50000·7.575) / 150000 = 7.658333…
    assert_eq!(rond_af(t.score.unwrap(), 10), rond_af(dec!(1148750) / dec!(150000), 10));
    assert_eq!(t.afgerond(), Some(dec!(7.66)));
    assert_eq!(t.aandelen.iter().map(|(_, a)| *a).sum::<Decimal>(), Decimal::ONE);
    assert!(t.meldingen.iter().any(|m| m.contains("aanname")), "{:?}", t.meldingen);
    assert!(t.uitleg.berekening.contains("€ 100.000,00 × 7,70"), "{}", t.uitleg.berekening);
    let sterren = t.sterren.unwrap();
    assert_eq!(sterren.aantal, 4);
    assert!(sterren.indicatief);
    assert!(sterren.toelichting.contains("Indicatief"));
}

#[test]
fn total_falls_back_to_plain_average_without_omzet() {
    let a = k7(); // 7.70, omzet missing
    let b = Sterreninvoer { dienst: 4, opdrachtgevers_cijfer: Geen, omzet: Some(Decimal::ZERO), ..k7() }; // 7.575
    let t = totaal(&[a, b]);
    assert_eq!(t.weging, Some(Totaalweging::Gelijk));
    assert_eq!(t.score, Some(dec!(7.6375)));
    assert!(t.meldingen.iter().any(|m| m.contains("even zwaar")));
    assert_eq!(t.uitleg.berekening, "(7,70 + 7,58) / 2 = 7,64; indicatief 4 sterren");
}

#[test]
fn total_with_some_omzet_asks_for_the_missing_one() {
    let a = Sterreninvoer { omzet: Some(dec!(1000)), ..k7() };
    let b = Sterreninvoer { dienst: 4, ..k7() };
    let t = totaal(&[a.clone(), b]);
    assert_eq!(t.score, None);
    assert_eq!(t.ontbrekend.len(), 1);
    assert_eq!(t.ontbrekend[0].veld.map(ZelftoetsVeld::id).as_deref(), Some("d4-omzet"));
    // A Dienst with omzet 0 beside one with omzet does not count, and says so.
    let c = Sterreninvoer { dienst: 4, clienten_cijfer: Waarde(dec!(1)), omzet: Some(Decimal::ZERO), ..k7() };
    let t = totaal(&[a, c]);
    assert_eq!(t.score, Some(dec!(7.70)));
    assert!(t.meldingen.iter().any(|m| m.contains("Dienst 4 heeft omzet € 0")));
}

#[test]
fn total_leaves_out_diensten_11_and_12() {
    let t = totaal(&[
        Sterreninvoer { omzet: Some(dec!(1000)), ..k7() },
        Sterreninvoer { dienst: 11, omzet: Some(dec!(5000000)), ..Default::default() },
        Sterreninvoer { dienst: 12, ..Default::default() },
    ]);
    assert_eq!(t.score, Some(dec!(7.70)));
    assert_eq!(t.aandelen, vec![(3, Decimal::ONE)]);
    assert_eq!(t.meldingen.iter().filter(|m| m.contains("geen rij in Bijlage 8")).count(), 2);
    assert_eq!(t.subscores.len(), 3);

    let alleen = totaal(&[Sterreninvoer { dienst: 11, ..Default::default() }]);
    assert_eq!(alleen.score, None);
    assert!(alleen.sterren.is_none());
    assert!(totaal(&[]).score.is_none());
}

#[test]
fn total_waits_for_every_subscore() {
    let t = totaal(&[k7(), Sterreninvoer { dienst: 1, ..Default::default() }]);
    assert_eq!(t.score, None);
    assert!(t.sterren.is_none());
    assert!(t.ontbrekend.iter().all(|o| o.dienst == 1));
    assert!(!t.ontbrekend.is_empty());
}

#[test]
fn indicative_stars_follow_the_table() {
    assert_eq!(indicatieve_sterren(dec!(6.49)), Some(1));
    assert_eq!(indicatieve_sterren(dec!(6.495)), Some(2), "compared after rounding to 2 decimals");
    assert_eq!(indicatieve_sterren(dec!(6.5)), Some(2));
    assert_eq!(indicatieve_sterren(dec!(7)), Some(3));
    assert_eq!(indicatieve_sterren(dec!(7.5)), Some(4));
    assert_eq!(indicatieve_sterren(dec!(10)), Some(4));
    assert!(sterren_tekst().contains("7,5 of hoger → 4 sterren"), "{}", sterren_tekst());
    assert!(schijven_tekst().contains("75% tot en met 95% → 7,5"), "{}", schijven_tekst());
}

// ---------------------------------------------------------------------------------------------
// From the zelftoets data
// ---------------------------------------------------------------------------------------------

#[test]
fn builder_reads_the_zelftoets() {
    let dienst = DienstInvoer {
        nummer: 1,
        a: Some(10),
        a2: Some(4),
        b: Some(6),
        b2: Some(3),
        c: Some(4),
        tvo_opdrachtgevers: Some(0),
        omzet: Some(dec!(12000)),
        ..Default::default()
    };
    let tvo = TevredenheidDienst {
        dienst: 1,
        clienten_respondenten: Some(8),
        clienten_cijfer: Some(dec!(7.5)),
        ..Default::default()
    };
    let personeel = Personeel { gekwalificeerd: Some(19), totaal: Some(20) };
    let i = sterreninvoer(&dienst, Some(&tvo), Some(10), Some(8), &personeel, false);
    assert_eq!(i.clienten_cijfer, Waarde(dec!(7.5)));
    assert_eq!(i.opdrachtgevers_cijfer, Geen);
    assert_eq!(i.transparantie, Waarde(dec!(80)));
    assert_eq!(i.personeel, Waarde(dec!(95)));
    assert_eq!(i.pa_gemaakt, Waarde(dec!(40)));
    assert_eq!(i.pa_nagekomen, Waarde(dec!(75)));
    assert_eq!(i.omzet, Some(dec!(12000)));
    // 0.35·7.5 + 0.15·7.5 + 0.15·7.5 + 0.25·7.5 + 0.05·6.5 + 0.05·7.5
    assert_eq!(subscore(&i).score, Some(dec!(7.45)));

    let zzp = sterreninvoer(&dienst, Some(&tvo), Some(0), Some(0), &Personeel::default(), true);
    assert_eq!(zzp.personeel, Geen);
    assert_eq!(zzp.transparantie, Geen);
    let geen_pa = sterreninvoer(
        &DienstInvoer { a2: Some(0), b2: Some(0), c: Some(0), ..dienst.clone() },
        None,
        None,
        None,
        &personeel,
        false,
    );
    assert_eq!(geen_pa.pa_nagekomen, Geen);
    assert_eq!(geen_pa.pa_gemaakt, Waarde(dec!(0)));
    assert_eq!(geen_pa.clienten_cijfer, NietIngevuld);
    // Inconsistent numbers (b.2 above b) never become a score.
    let fout = sterreninvoer(
        &DienstInvoer { b2: Some(7), ..dienst.clone() },
        Some(&tvo),
        Some(10),
        Some(8),
        &personeel,
        false,
    );
    assert_eq!(fout.pa_nagekomen, NietIngevuld);
    assert_eq!(fout.pa_gemaakt, NietIngevuld);
    // c = 0 while there are prestatieafspraken: ask for c.
    let c0 = sterreninvoer(
        &DienstInvoer { c: Some(0), b2: Some(0), ..dienst },
        Some(&tvo),
        Some(10),
        Some(8),
        &personeel,
        false,
    );
    assert_eq!(c0.pa_nagekomen, NietIngevuld);
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

fn waarde_strategie() -> impl Strategy<Value = Invoerwaarde> {
    prop_oneof![
        1 => Just(NietIngevuld),
        2 => Just(Geen),
        6 => (0u32..=15_000u32).prop_map(|h| Waarde(Decimal::new(i64::from(h), 2))),
        1 => any::<i64>().prop_map(|m| Waarde(Decimal::new(m, 3))),
        1 => (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28).prop_map(|(l, m, h, neg, s)| Waarde(Decimal::from_parts(l, m, h, neg, s))),
    ]
}

fn cijfer_strategie() -> impl Strategy<Value = Invoerwaarde> {
    prop_oneof![
        1 => Just(NietIngevuld),
        1 => Just(Geen),
        6 => (10u32..=100u32).prop_map(|t| Waarde(Decimal::new(i64::from(t), 1))),
        1 => any::<i64>().prop_map(|m| Waarde(Decimal::new(m, 2))),
    ]
}

fn omzet_strategie() -> impl Strategy<Value = Option<Decimal>> {
    prop_oneof![
        Just(None),
        Just(Some(Decimal::ZERO)),
        (0u64..10_000_000u64).prop_map(|c| Some(Decimal::new(c as i64, 2))),
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
            .prop_map(|(l, m, h, neg, s)| Some(Decimal::from_parts(l, m, h, neg, s))),
    ]
}

prop_compose! {
    fn invoer_strategie()(
        dienst in prop_oneof![8 => 1u8..=12, 1 => any::<u8>()],
        tc in cijfer_strategie(),
        to in cijfer_strategie(),
        tr in waarde_strategie(),
        pe in waarde_strategie(),
        pm in waarde_strategie(),
        pn in waarde_strategie(),
        garantie in proptest::option::of(any::<bool>()),
        omzet in omzet_strategie(),
        cedeo in any::<bool>(),
    ) -> Sterreninvoer {
        Sterreninvoer {
            dienst,
            clienten_cijfer: tc,
            opdrachtgevers_cijfer: to,
            transparantie: tr,
            personeel: pe,
            pa_gemaakt: pm,
            pa_nagekomen: pn,
            garantie_wvp: garantie,
            omzet,
            cedeo,
        }
    }
}

proptest! {
    #[test]
    fn weights_always_sum_to_exactly_one(dienst in 1u8..=10, mask in 0u8..16) {
        let kandidaten = [Onderdeel::Tr, Onderdeel::Pe, Onderdeel::Pm, Onderdeel::Pn];
        let vervallen: Vec<Onderdeel> =
            kandidaten.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, o)| *o).collect();
        let g = herverdeel(dienst, &vervallen).unwrap();
        prop_assert_eq!(g.iter().map(|(_, w)| *w).sum::<Decimal>(), Decimal::ONE);
        prop_assert!(g.iter().all(|(_, w)| *w >= Decimal::ZERO));
        // Proportions hold: each remaining weight is its table weight / Σ remaining, to 20 decimals.
        let rij = weging(dienst).unwrap();
        let som: Decimal = rij.gewichten.iter().filter(|(o, _)| !vervallen.contains(o)).map(|(_, w)| *w).sum();
        for ((o, w), (o2, w2)) in rij.gewichten.iter().zip(g.iter()) {
            prop_assert_eq!(o, o2);
            let verwacht = if vervallen.contains(o) { Decimal::ZERO } else { *w / som };
            prop_assert_eq!(rond_af(*w2, 20), rond_af(verwacht, 20));
        }
    }

    #[test]
    fn subscore_never_panics_and_stays_in_range(invoer in invoer_strategie()) {
        let s = subscore(&invoer);
        if !s.uitgesloten {
            prop_assert_eq!(s.gewichtsom(), Decimal::ONE);
        }
        for o in &s.onderdelen {
            if let Some(score) = o.score {
                prop_assert!(score >= Decimal::ONE && score <= Decimal::TEN, "{:?}", o);
                if o.onderdeel.is_percentage() || o.onderdeel == Onderdeel::Riv {
                    prop_assert!(score >= dec!(4) && score <= Decimal::TEN);
                }
            }
        }
        if let Some(score) = s.score {
            prop_assert!(s.ontbrekend.is_empty());
            let scores: Vec<Decimal> = s.onderdelen.iter().filter(|o| !o.vervallen).filter_map(|o| o.score).collect();
            let min = scores.iter().copied().min().unwrap();
            let max = scores.iter().copied().max().unwrap();
            // Between the lowest and highest component (a hair of slack for the 28th decimal).
            prop_assert!(score >= min - dec!(0.000000000000000000001) && score <= max + dec!(0.000000000000000000001), "{} not in [{}, {}]", score, min, max);
            prop_assert!(score >= Decimal::ONE - dec!(0.000000000000000000001) && score <= Decimal::TEN + dec!(0.000000000000000000001));
        } else {
            prop_assert!(s.uitgesloten || !s.ontbrekend.is_empty());
        }
    }

    #[test]
    fn with_cijfers_from_4_scores_stay_within_4_and_10(
        dienst in 1u8..=10,
        tc in 40u32..=100, to in 40u32..=100,
        tr in 0u32..=10_000, pe in 0u32..=10_000, pm in 0u32..=10_000, pn in 0u32..=30_000,
        garantie in any::<bool>(),
    ) {
        let s = subscore(&Sterreninvoer {
            dienst,
            clienten_cijfer: Waarde(Decimal::new(i64::from(tc), 1)),
            opdrachtgevers_cijfer: Waarde(Decimal::new(i64::from(to), 1)),
            transparantie: Waarde(Decimal::new(i64::from(tr), 2)),
            personeel: Waarde(Decimal::new(i64::from(pe), 2)),
            pa_gemaakt: Waarde(Decimal::new(i64::from(pm), 2)),
            pa_nagekomen: Waarde(Decimal::new(i64::from(pn), 2)),
            garantie_wvp: Some(garantie),
            omzet: None,
            cedeo: false,
        });
        let score = s.score.unwrap();
        prop_assert!(score >= dec!(4) && score <= Decimal::TEN, "{}", score);
    }

    #[test]
    fn total_never_panics(invoer in proptest::collection::vec(invoer_strategie(), 0..6)) {
        let t = totaal(&invoer);
        prop_assert_eq!(t.subscores.len(), invoer.len());
        if let Some(score) = t.score {
            prop_assert_eq!(t.aandelen.iter().map(|(_, a)| *a).sum::<Decimal>(), Decimal::ONE);
            prop_assert!(score >= Decimal::ONE - dec!(0.000000000000000000001) && score <= Decimal::TEN + dec!(0.000000000000000000001), "{}", score);
            prop_assert!(t.sterren.as_ref().is_some_and(|s| s.indicatief && (1..=4).contains(&s.aantal)));
            prop_assert!(t.ontbrekend.is_empty());
        }
    }
}
