//! The methodieken of Loonwaardegids §2.3 (`domain::loonwaarde::methodiek`): the worked examples of
//! `shared/vectors/loonwaarde.md` (L1, L2, L7, L8, L9) with their intermediate figures and the
//! boundaries they name, and the invariants (0–100, monotone, never a panic).

mod gedeeld;

use gedeeld::{l1, taak};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::getal::rond_af;
use werkwaarde::domain::loonwaarde::methodiek::dariuz::{self, Bestanddeel, Dariuzinvoer, Drietal};
use werkwaarde::domain::loonwaarde::methodiek::lat::{self, Categorie, Latcompetentie, Latinvoer, Lattaak};
use werkwaarde::domain::loonwaarde::methodiek::matchcare::{self, Matchcareinvoer, Matchcaretaak};
use werkwaarde::domain::loonwaarde::methodiek::naast_elkaar::{naast_elkaar, Loongegevens};
use werkwaarde::domain::loonwaarde::methodiek::talent6;
use werkwaarde::domain::loonwaarde::methodiek::vta::{self, Vtascore, Vtataak};
use werkwaarde::domain::loonwaarde::methodiek::{
    uit_stappenplan, Invoer, Methodiek, Methodiekbevinding, Methodiekresultaat,
};
use werkwaarde::domain::loonwaarde::{bereken, Methode, Taak};

// ---- helpers ---------------------------------------------------------------------------------

fn blokkerend(r: &Methodiekresultaat) -> Vec<&Methodiekbevinding> {
    r.bevindingen.iter().filter(|b| b.blokkeert).collect()
}

fn bij(r: &Methodiekresultaat, invoer: Invoer) -> Vec<&Methodiekbevinding> {
    r.bevindingen.iter().filter(|b| b.invoer == invoer).collect()
}

fn assert_geblokkeerd_bij(r: &Methodiekresultaat, invoer: Invoer) {
    assert_eq!(r.pi4, None, "{r:?}");
    assert_eq!(r.loonwaarde_onafgerond, None);
    assert!(r.uitleg.is_empty());
    assert!(
        bij(r, invoer).iter().any(|b| b.blokkeert),
        "expected a blocking finding at {invoer:?}: {:?}",
        r.bevindingen
    );
}

fn l7() -> Dariuzinvoer {
    Dariuzinvoer {
        vereisten: Drietal { tempo: dec!(40), efficientie: dec!(30), kwaliteit: dec!(30) },
        competentiescores: Drietal { tempo: dec!(80), efficientie: dec!(90), kwaliteit: dec!(100) },
        extra_begeleiding: dec!(5),
        extra_pauzes: dec!(3),
    }
}

fn lattaak(naam: &str, categorie: Categorie, uren: Decimal, t: Decimal, k: Decimal) -> Lattaak {
    Lattaak { naam: naam.into(), categorie, uren, tempo: t, kwaliteit: k }
}

fn competentie(naam: &str, belang: Decimal, score: Decimal) -> Latcompetentie {
    Latcompetentie { naam: naam.into(), belang, score }
}

fn l8() -> Latinvoer {
    Latinvoer {
        dienstverband: dec!(32),
        taken: vec![
            lattaak("A", Categorie::Regulier, dec!(16), dec!(90), dec!(100)),
            lattaak("B", Categorie::Leerbaar, dec!(8), dec!(70), dec!(90)),
            lattaak("C", Categorie::Additioneel, dec!(4), dec!(0), dec!(0)),
            lattaak("inactief", Categorie::Inactief, dec!(4), dec!(0), dec!(0)),
        ],
        competenties: vec![
            competentie("Nauwkeurigheid", dec!(3), dec!(80)),
            competentie("Zelfstandigheid", dec!(2), dec!(60)),
            competentie("Communiceren", dec!(1), dec!(100)),
        ],
    }
}

fn vtataak(naam: &str, uren: Decimal, insp: Decimal, vaard: Decimal, k: Decimal, i: Decimal) -> Vtataak {
    Vtataak {
        naam: naam.into(),
        uren,
        inspanning: insp,
        vaardigheden: vaard,
        kwaliteit: k,
        inzetbaarheid: i,
        toegelicht: [true; 4],
    }
}

fn l9() -> Vec<Vtataak> {
    vec![
        vtataak("A", dec!(30), dec!(90), dec!(80), dec!(100), dec!(95)),
        vtataak("B", dec!(10), dec!(100), dec!(100), dec!(90), dec!(100)),
    ]
}

fn mctaak(naam: &str, uren: Decimal, t: Decimal, k: Decimal, i: Decimal) -> Matchcaretaak {
    Matchcaretaak { naam: naam.into(), uren, tempo: t, kwaliteit: k, inzetbaarheid: i }
}

// ---- Methodiek -------------------------------------------------------------------------------

#[test]
fn every_methodiek_has_a_dutch_name_a_section_and_a_way_of_computing() {
    let mut namen: Vec<&str> = Methodiek::ALLE.iter().map(|m| m.naam()).collect();
    namen.sort();
    namen.dedup();
    assert_eq!(namen.len(), 11);
    for m in Methodiek::ALLE {
        assert!(!m.rekenwijze().is_empty());
        if !matches!(m, Methodiek::Ulw) {
            assert!(m.bron().starts_with("Loonwaardegids §"), "{m:?}: {}", m.bron());
        }
    }
    for m in
        [Methodiek::Activa, Methodiek::CompetensysLoonbalans, Methodiek::Uwv, Methodiek::Werkstap, Methodiek::Talent6]
    {
        assert_eq!(m.rekent_als(), Methodiek::Stappenplan, "{m:?}");
        assert_eq!(m.methode(), Some(Methode::Stappenplan));
    }
    for m in [Methodiek::Dariuz, Methodiek::Lat, Methodiek::Vta, Methodiek::Matchcare] {
        assert_eq!(m.rekent_als(), m);
        assert_eq!(m.methode(), None);
    }
    assert_eq!(Methodiek::Ulw.methode(), Some(Methode::Ulw));
    assert_eq!(Methodiek::Dariuz.bron(), "Loonwaardegids §2.3, Dariuz");
}

// ---- L1, L2: the stappenplan and the methodieken that compute with it ---------------------------

#[test]
fn l1_every_stappenplan_methodiek_gives_71_percent_and_11_36() {
    let uitkomst = bereken(Methode::Stappenplan, &l1(), None, false);
    for m in Methodiek::ALLE.into_iter().filter(|m| m.rekent_als() == Methodiek::Stappenplan) {
        let r = uit_stappenplan(m, &uitkomst);
        assert_eq!(r.methodiek, m);
        assert_eq!(r.loonwaarde_onafgerond, Some(dec!(71.2)));
        assert_eq!(r.pi4, Some(dec!(71)));
        assert_eq!(r.pi5(dec!(16.00)), Some(dec!(11.36)));
        let (_, u) = r.pi5_met_uitleg(dec!(16.00)).unwrap();
        assert_eq!(u.berekening, "71% × € 16,00 = € 11,36");
        assert_eq!(r.uitleg_van("Som van de taken").unwrap().berekening, "43,2% + 18% + 10% = 71,2% → 71%");
        assert_eq!(r.uitleg_van("Loonwaarde (Pi4)").unwrap().berekening, "71,2% → 71%");
        assert!(r.bevindingen.is_empty(), "{:?}", r.bevindingen);
    }
}

#[test]
fn l1_through_vta_and_matchcare_gives_the_same_71_percent() {
    // VTA with vaardigheden 100%: tempo = inspanning; the same three taken.
    let taken: Vec<Vtataak> =
        l1().iter().map(|t| vtataak(&t.naam, t.uren, t.tempo, dec!(100), t.kwaliteit, t.inzet)).collect();
    let v = vta::bereken(&taken);
    let c = v.cijfers.unwrap();
    assert_eq!(c.taken.iter().map(|t| t.aandeel).collect::<Vec<_>>(), [dec!(60), dec!(20), dec!(20)]);
    assert_eq!(c.taken.iter().map(|t| t.prestatie).collect::<Vec<_>>(), [dec!(72), dec!(90), dec!(50)]);
    assert_eq!(c.taken.iter().map(|t| t.deel).collect::<Vec<_>>(), [dec!(43.2), dec!(18), dec!(10)]);
    assert_eq!(v.resultaat.pi4, Some(dec!(71)));
    // Matchcare without a score is the stappenplan part only, and says so.
    let m = matchcare::bereken(&Matchcareinvoer {
        taken: l1().iter().map(|t| mctaak(&t.naam, t.uren, t.tempo, t.kwaliteit, t.inzet)).collect(),
        vaardigheden_competentiescore: None,
    });
    assert_eq!(m.resultaat.loonwaarde_onafgerond, Some(dec!(71.2)));
    assert_eq!(m.resultaat.pi4, Some(dec!(71)));
    assert_eq!(m.resultaat.pi5(dec!(16.00)), Some(dec!(11.36)));
}

#[test]
fn a_result_of_the_wrong_calculator_is_refused() {
    let ulw = bereken(Methode::Ulw, &l1(), None, false);
    let r = uit_stappenplan(Methodiek::Activa, &ulw);
    assert_geblokkeerd_bij(&r, Invoer::Geheel);
    let r = uit_stappenplan(Methodiek::Dariuz, &bereken(Methode::Stappenplan, &l1(), None, false));
    assert_geblokkeerd_bij(&r, Invoer::Geheel);
    assert_eq!(uit_stappenplan(Methodiek::Ulw, &ulw).pi4, Some(dec!(71)));
    // The calculator's own refusals block, at their field.
    let fout = bereken(Methode::Stappenplan, &[taak("x", dec!(8), dec!(80), dec!(100.5), dec!(100))], None, false);
    let r = uit_stappenplan(Methodiek::Werkstap, &fout);
    assert_geblokkeerd_bij(&r, Invoer::Stappenplan(werkwaarde::domain::loonwaarde::Veld::Kwaliteit(0)));
}

#[test]
fn l2_every_methodiek_rounds_half_away_from_zero_once() {
    // 87.5% → 88% (one taak at 87.5%).
    let sp = uit_stappenplan(
        Methodiek::Uwv,
        &bereken(Methode::Stappenplan, &[taak("t", dec!(40), dec!(87.5), dec!(100), dec!(100))], None, false),
    );
    assert_eq!((sp.loonwaarde_onafgerond, sp.pi4), (Some(dec!(87.5)), Some(dec!(88))));
    let d = dariuz::bereken(&Dariuzinvoer {
        vereisten: Drietal { tempo: dec!(100), efficientie: dec!(0), kwaliteit: dec!(0) },
        competentiescores: Drietal { tempo: dec!(87.5), efficientie: dec!(0), kwaliteit: dec!(0) },
        extra_begeleiding: dec!(0),
        extra_pauzes: dec!(0),
    });
    assert_eq!((d.resultaat.loonwaarde_onafgerond, d.resultaat.pi4), (Some(dec!(87.5)), Some(dec!(88))));
    let l = lat::bereken(&Latinvoer {
        dienstverband: dec!(40),
        taken: vec![lattaak("t", Categorie::Regulier, dec!(40), dec!(87.5), dec!(100))],
        competenties: vec![competentie("c", dec!(1), dec!(87.5))],
    });
    assert_eq!((l.resultaat.loonwaarde_onafgerond, l.resultaat.pi4), (Some(dec!(87.5)), Some(dec!(88))));

    // 42.5% + 32% = 74.5% → 75% (banker's rounding would give 74).
    let sp = uit_stappenplan(
        Methodiek::Stappenplan,
        &bereken(
            Methode::Stappenplan,
            &[taak("a", dec!(20), dec!(85), dec!(100), dec!(100)), taak("b", dec!(20), dec!(64), dec!(100), dec!(100))],
            None,
            false,
        ),
    );
    assert_eq!((sp.loonwaarde_onafgerond, sp.pi4), (Some(dec!(74.5)), Some(dec!(75))));
    let d = dariuz::bereken(&Dariuzinvoer {
        vereisten: Drietal { tempo: dec!(50), efficientie: dec!(50), kwaliteit: dec!(0) },
        competentiescores: Drietal { tempo: dec!(85), efficientie: dec!(64), kwaliteit: dec!(100) },
        extra_begeleiding: dec!(0),
        extra_pauzes: dec!(0),
    });
    assert_eq!(d.cijfers.as_ref().unwrap().productiviteit, dec!(74.5));
    assert_eq!(d.resultaat.pi4, Some(dec!(75)));
    let v = vta::bereken(&[
        vtataak("a", dec!(20), dec!(85), dec!(100), dec!(100), dec!(100)),
        vtataak("b", dec!(20), dec!(80), dec!(80), dec!(100), dec!(100)),
    ]);
    let c = v.cijfers.unwrap();
    assert_eq!(c.taken.iter().map(|t| t.deel).collect::<Vec<_>>(), [dec!(42.5), dec!(32)]);
    assert_eq!((c.totaal, v.resultaat.pi4), (dec!(74.5), Some(dec!(75))));
    let m = matchcare::bereken(&Matchcareinvoer {
        taken: vec![
            mctaak("a", dec!(20), dec!(85), dec!(100), dec!(100)),
            mctaak("b", dec!(20), dec!(64), dec!(100), dec!(100)),
        ],
        vaardigheden_competentiescore: Some(dec!(100)),
    });
    assert_eq!((m.resultaat.loonwaarde_onafgerond, m.resultaat.pi4), (Some(dec!(74.5)), Some(dec!(75))));
    // Just under the half rounds down.
    let m = matchcare::bereken(&Matchcareinvoer {
        taken: vec![mctaak("a", dec!(1), dec!(74.4999), dec!(100), dec!(100))],
        vaardigheden_competentiescore: None,
    });
    assert_eq!(m.resultaat.pi4, Some(dec!(74)));
}

// ---- L7: Dariuz ------------------------------------------------------------------------------

#[test]
fn l7_dariuz_gives_89_92_81_88_and_82_percent() {
    let u = dariuz::bereken(&l7());
    let c = u.cijfers.as_ref().unwrap();
    assert_eq!(c.gewogen, Drietal { tempo: dec!(32), efficientie: dec!(27), kwaliteit: dec!(30) });
    assert_eq!(c.productiviteit, dec!(89));
    assert_eq!(c.inzetbaarheid, dec!(92));
    assert_eq!(c.werkprestatie, dec!(81.88));
    let r = &u.resultaat;
    assert_eq!(r.methodiek, Methodiek::Dariuz);
    assert_eq!(r.loonwaarde_onafgerond, Some(dec!(81.88)));
    assert_eq!(r.pi4, Some(dec!(82)));
    assert_eq!(r.pi5(dec!(16.00)), Some(dec!(13.12)));
    assert!(r.bevindingen.is_empty(), "{:?}", r.bevindingen);
    assert_eq!(
        r.uitleg_van("Productiviteit").unwrap().berekening,
        "40% × 80% + 30% × 90% + 30% × 100% = 32% + 27% + 30% = 89%"
    );
    assert_eq!(r.uitleg_van("Inzetbaarheid").unwrap().berekening, "100% − (5% + 3%) = 92%");
    assert_eq!(r.uitleg_van("Werkprestatie").unwrap().berekening, "89% × 92% = 81,88%");
    assert_eq!(r.uitleg_van("Loonwaarde (Pi4)").unwrap().berekening, "81,88% → 82%");
    assert_eq!(r.uitleg_van("Productiviteit").unwrap().bron, "Loonwaardegids §2.3, Dariuz, Berekening");
    assert_eq!(r.pi5_met_uitleg(dec!(16.00)).unwrap().1.berekening, "82% × € 16,00 = € 13,12");
}

#[test]
fn l7_vereisten_of_99_or_101_are_a_finding_and_no_loonwaarde() {
    for (t1, samen) in [(dec!(39), "99%"), (dec!(41), "101%"), (dec!(39.99), "99,99%")] {
        let mut invoer = l7();
        invoer.vereisten.tempo = t1;
        let u = dariuz::bereken(&invoer);
        assert_geblokkeerd_bij(&u.resultaat, Invoer::Vereisten);
        assert!(u.cijfers.is_none());
        let melding = &bij(&u.resultaat, Invoer::Vereisten)[0].melding;
        assert!(melding.contains(samen) && melding.contains("precies 100%"), "{melding}");
        assert!(melding.contains("niet om"), "not rescaled: {melding}");
    }
    // Exactly 100, in another split, computes.
    let mut invoer = l7();
    invoer.vereisten = Drietal { tempo: dec!(33.34), efficientie: dec!(33.33), kwaliteit: dec!(33.33) };
    assert!(dariuz::bereken(&invoer).resultaat.is_berekend());
    // A negative vereiste is refused even when the three still add up to 100.
    invoer.vereisten = Drietal { tempo: dec!(-10), efficientie: dec!(60), kwaliteit: dec!(50) };
    assert_geblokkeerd_bij(&dariuz::bereken(&invoer).resultaat, Invoer::Vereiste(Bestanddeel::Tempo));
}

#[test]
fn l7_competentiescore_100_is_allowed_and_100_5_refused() {
    for b in Bestanddeel::ALLE {
        let mut invoer = l7();
        let zet = |d: &mut Drietal, w| match b {
            Bestanddeel::Tempo => d.tempo = w,
            Bestanddeel::Efficientie => d.efficientie = w,
            Bestanddeel::Kwaliteit => d.kwaliteit = w,
        };
        zet(&mut invoer.competentiescores, dec!(100));
        assert!(dariuz::bereken(&invoer).resultaat.is_berekend(), "{b:?} at 100");
        zet(&mut invoer.competentiescores, dec!(100.5));
        assert_geblokkeerd_bij(&dariuz::bereken(&invoer).resultaat, Invoer::Competentiescore(b));
        zet(&mut invoer.competentiescores, dec!(-1));
        assert_geblokkeerd_bij(&dariuz::bereken(&invoer).resultaat, Invoer::Competentiescore(b));
    }
    // All competentiescores at 100 and no aftrek: exactly 100%.
    let mut invoer = l7();
    invoer.competentiescores = Drietal { tempo: dec!(100), efficientie: dec!(100), kwaliteit: dec!(100) };
    invoer.extra_begeleiding = dec!(0);
    invoer.extra_pauzes = dec!(0);
    assert_eq!(dariuz::bereken(&invoer).resultaat.pi4, Some(dec!(100)));
}

#[test]
fn l7_begeleiding_and_pauzes_up_to_100_together() {
    let mut invoer = l7();
    invoer.extra_begeleiding = dec!(60);
    invoer.extra_pauzes = dec!(40);
    let u = dariuz::bereken(&invoer);
    assert_eq!(u.cijfers.unwrap().inzetbaarheid, dec!(0));
    assert_eq!(u.resultaat.pi4, Some(dec!(0)));
    invoer.extra_pauzes = dec!(40.5);
    assert_geblokkeerd_bij(&dariuz::bereken(&invoer).resultaat, Invoer::ExtraBegeleiding);
    // Shown together with other refusals, not one after the other.
    invoer.vereisten.tempo = dec!(41);
    let r = dariuz::bereken(&invoer).resultaat;
    assert_eq!(blokkerend(&r).len(), 2, "{:?}", r.bevindingen);
    invoer.vereisten.tempo = dec!(40);
    invoer.extra_pauzes = dec!(-1);
    assert_geblokkeerd_bij(&dariuz::bereken(&invoer).resultaat, Invoer::ExtraPauzes);
    invoer.extra_pauzes = dec!(0);
    invoer.extra_begeleiding = dec!(100.5);
    assert_geblokkeerd_bij(&dariuz::bereken(&invoer).resultaat, Invoer::ExtraBegeleiding);
}

// ---- L8: LAT ---------------------------------------------------------------------------------

#[test]
fn l8_lat_gives_60_75_76_67_64_729_and_65_percent() {
    let u = lat::bereken(&l8());
    let c = u.cijfers.as_ref().unwrap();
    assert_eq!(c.prestaties, [dec!(90), dec!(63), dec!(0), dec!(0)]);
    assert_eq!(c.arbeidsprestatie, dec!(60.75));
    assert_eq!(c.competentiescore, dec!(460) / dec!(6));
    assert_eq!(rond_af(c.competentiescore, 2), dec!(76.67));
    assert_eq!(c.werkprestatie, (dec!(3) * dec!(60.75) + dec!(460) / dec!(6)) / dec!(4));
    assert_eq!(rond_af(c.werkprestatie, 3), dec!(64.729));
    let r = &u.resultaat;
    assert_eq!(r.pi4, Some(dec!(65)));
    assert_eq!(r.pi5(dec!(15.00)), Some(dec!(9.75)));
    assert!(r.bevindingen.is_empty(), "{:?}", r.bevindingen);
    assert_eq!(
        r.uitleg_van("Arbeidsprestatie").unwrap().berekening,
        "(14,4 + 5,04 + 0 + 0) / 32 uur = 19,44 / 32 = 60,75%"
    );
    assert_eq!(
        r.uitleg_van("Competentiescore").unwrap().berekening,
        "(3 × 80% + 2 × 60% + 1 × 100%) / (3 + 2 + 1) = 460 / 6 = 76,6667%"
    );
    let wp = r.uitleg_van("Werkprestatie").unwrap();
    assert_eq!(wp.berekening, "(3 × 60,75% + 76,6667%) / 4 = 64,7292%");
    assert!(wp.formule.contains("/ 4") && wp.formule.contains("(aanname van Werkwaarde"), "{}", wp.formule);
    assert_eq!(r.uitleg_van("Taak \u{2018}C\u{2019}").unwrap().formule, "additionele taak: prestatie 0%");
    assert_eq!(r.uitleg_van("Taak \u{2018}B\u{2019}").unwrap().berekening, "70% × 90% = 63%; 8 uur × 63% = 5,04 uur");
}

#[test]
fn l8_uren_that_do_not_fill_the_dienstverband_are_a_finding_but_still_computed() {
    let mut invoer = l8();
    invoer.dienstverband = dec!(36);
    let u = lat::bereken(&invoer);
    let b = bij(&u.resultaat, Invoer::Dienstverband);
    assert_eq!(b.len(), 1);
    assert!(!b[0].blokkeert);
    assert!(b[0].melding.contains("32 uur") && b[0].melding.contains("36 uur"), "{}", b[0].melding);
    // Divided by the dienstverband, as the gids does: 19.44 / 36.
    assert_eq!(u.cijfers.unwrap().arbeidsprestatie, dec!(54));
    // Additionele taken and inactieve momenten count in the hours, not in the prestatie.
    let mut invoer = l8();
    invoer.taken[2].tempo = dec!(100);
    invoer.taken[2].kwaliteit = dec!(100);
    assert_eq!(lat::bereken(&invoer).cijfers.unwrap().arbeidsprestatie, dec!(60.75));
}

#[test]
fn l8_competenties_up_to_ten_with_positive_belang() {
    let tien: Vec<Latcompetentie> = lat::COMPETENTIES.iter().map(|n| competentie(n, dec!(1), dec!(70))).collect();
    let mut invoer = l8();
    invoer.competenties = tien.clone();
    let u = lat::bereken(&invoer);
    assert!(u.resultaat.bevindingen.is_empty(), "{:?}", u.resultaat.bevindingen);
    assert_eq!(u.cijfers.unwrap().competentiescore, dec!(70));
    invoer.competenties.push(competentie("elfde", dec!(1), dec!(70)));
    let u = lat::bereken(&invoer);
    let b = bij(&u.resultaat, Invoer::Competenties);
    assert!(b.len() == 1 && !b[0].blokkeert && b[0].melding.contains("11"), "{b:?}");
    // No competenties: Σ belang = 0, no score, no loonwaarde.
    invoer.competenties.clear();
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Competenties);
    invoer.competenties = tien;
    invoer.competenties[3].belang = dec!(0);
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Belang(3));
    invoer.competenties[3].belang = dec!(1);
    invoer.competenties[4].score = dec!(100);
    assert!(lat::bereken(&invoer).resultaat.is_berekend());
    invoer.competenties[4].score = dec!(100.5);
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Score(4));
}

#[test]
fn l8_scores_and_hours_at_their_limits() {
    let mut invoer = l8();
    invoer.taken[0].kwaliteit = dec!(100.5);
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Kwaliteit(0));
    let mut invoer = l8();
    invoer.taken[1].uren = dec!(-1);
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Uren(1));
    let mut invoer = l8();
    invoer.dienstverband = dec!(0);
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Dienstverband);
    let mut invoer = l8();
    invoer.taken.clear();
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Taken);
    // A tempo above the norm counts as measured; a total above 100% counts as 100%, with a finding.
    let invoer = Latinvoer {
        dienstverband: dec!(40),
        taken: vec![lattaak("snel", Categorie::Regulier, dec!(40), dec!(150), dec!(100))],
        competenties: vec![competentie("c", dec!(1), dec!(100))],
    };
    let u = lat::bereken(&invoer);
    assert_eq!(u.cijfers.as_ref().unwrap().werkprestatie, dec!(137.5));
    assert_eq!(u.resultaat.loonwaarde_onafgerond, Some(dec!(100)));
    assert_eq!(u.resultaat.pi4, Some(dec!(100)));
    let b = bij(&u.resultaat, Invoer::Geheel);
    assert!(b.len() == 1 && !b[0].blokkeert && b[0].melding.contains("137,5%"), "{b:?}");
    assert_eq!(u.resultaat.uitleg_van("Loonwaarde (Pi4)").unwrap().berekening, "137,5% telt als 100% → 100%");
}

// ---- L9: VTA ---------------------------------------------------------------------------------

#[test]
fn l9_vta_gives_68_4_and_90_then_73_8_and_74_percent() {
    let u = vta::bereken(&l9());
    let c = u.cijfers.as_ref().unwrap();
    assert_eq!(c.taken.iter().map(|t| t.tempo).collect::<Vec<_>>(), [dec!(72), dec!(100)]);
    assert_eq!(c.taken.iter().map(|t| t.prestatie).collect::<Vec<_>>(), [dec!(68.4), dec!(90)]);
    assert_eq!(c.taken.iter().map(|t| t.aandeel).collect::<Vec<_>>(), [dec!(75), dec!(25)]);
    assert_eq!(c.taken.iter().map(|t| t.deel).collect::<Vec<_>>(), [dec!(51.3), dec!(22.5)]);
    assert_eq!(c.totaal, dec!(73.8));
    let r = &u.resultaat;
    assert_eq!(r.loonwaarde_onafgerond, Some(dec!(73.8)));
    assert_eq!(r.pi4, Some(dec!(74)));
    assert_eq!(r.pi5(dec!(15.00)), Some(dec!(11.10)));
    assert!(r.bevindingen.is_empty(), "{:?}", r.bevindingen);
    assert_eq!(
        r.uitleg_van("Taak \u{2018}A\u{2019}").unwrap().berekening,
        "tempo 90% × 80% = 72%; prestatie 72% × 100% × 95% = 68,4%; 30/40 uur = 75% × 68,4% = 51,3%"
    );
    assert_eq!(r.uitleg_van("Som van de taken").unwrap().berekening, "51,3% + 22,5% = 73,8%");
}

#[test]
fn l9_a_sixth_taak_is_a_finding_five_are_not() {
    let mut taken = l9();
    taken.extend((0..3).map(|i| vtataak(&format!("t{i}"), dec!(2), dec!(100), dec!(100), dec!(100), dec!(100))));
    assert_eq!(taken.len(), 5);
    let u = vta::bereken(&taken);
    assert!(bij(&u.resultaat, Invoer::Taken).is_empty());
    taken.push(vtataak("zesde", dec!(2), dec!(100), dec!(100), dec!(100), dec!(100)));
    let u = vta::bereken(&taken);
    let b = bij(&u.resultaat, Invoer::Taken);
    assert_eq!(b.len(), 1);
    assert!(b[0].melding.contains("maximaal 5 taken"), "{}", b[0].melding);
    assert!(!b[0].blokkeert, "computed anyway, as the ULW does");
    assert!(u.resultaat.is_berekend());
}

#[test]
fn l9_every_score_below_100_needs_a_toelichting() {
    let mut taken = l9();
    taken[0].toegelicht = [true, false, true, false];
    taken[1].toegelicht = [false; 4];
    let u = vta::bereken(&taken);
    let ontbrekend: Vec<Invoer> = u.resultaat.bevindingen.iter().map(|b| b.invoer).collect();
    // Taak A: vaardigheden 80 and inzetbaarheid 95 lack one; taak B: only kwaliteit 90 is below 100.
    assert_eq!(
        ontbrekend,
        [
            Invoer::Toelichting(0, Vtascore::Vaardigheden),
            Invoer::Toelichting(0, Vtascore::Inzetbaarheid),
            Invoer::Toelichting(1, Vtascore::Kwaliteit)
        ]
    );
    let b = &u.resultaat.bevindingen[0];
    assert!(b.melding.contains("\u{2018}A\u{2019}") && b.melding.contains("vaardigheden") && b.melding.contains("80%"));
    assert!(u.resultaat.bevindingen.iter().all(|b| !b.blokkeert));
    assert_eq!(u.resultaat.pi4, Some(dec!(74)), "a missing toelichting does not change the loonwaarde");
}

#[test]
fn l9_kwaliteit_and_inzetbaarheid_stop_at_100_inspanning_may_exceed_it() {
    let mut taken = l9();
    taken[1].kwaliteit = dec!(100);
    assert!(vta::bereken(&taken).resultaat.is_berekend());
    taken[1].kwaliteit = dec!(100.5);
    assert_geblokkeerd_bij(&vta::bereken(&taken).resultaat, Invoer::Kwaliteit(1));
    let mut taken = l9();
    taken[0].inzetbaarheid = dec!(100.5);
    assert_geblokkeerd_bij(&vta::bereken(&taken).resultaat, Invoer::Inzetbaarheid(0));
    let mut taken = l9();
    taken[0].inspanning = dec!(110);
    let u = vta::bereken(&taken);
    assert_eq!(u.cijfers.unwrap().taken[0].tempo, dec!(88));
    assert!(vta::bereken(&[]).resultaat.bevindingen.iter().any(|b| b.invoer == Invoer::Taken && b.blokkeert));
    let nul = [vtataak("a", dec!(0), dec!(100), dec!(100), dec!(100), dec!(100))];
    assert_geblokkeerd_bij(&vta::bereken(&nul).resultaat, Invoer::Taken);
}

// ---- Matchcare -------------------------------------------------------------------------------

fn matchcare_l9(score: Option<Decimal>) -> Matchcareinvoer {
    Matchcareinvoer {
        taken: vec![
            mctaak("A", dec!(30), dec!(72), dec!(100), dec!(95)),
            mctaak("B", dec!(10), dec!(100), dec!(90), dec!(100)),
        ],
        vaardigheden_competentiescore: score,
    }
}

#[test]
fn matchcare_multiplies_by_the_score_only_when_it_is_entered() {
    let u = matchcare::bereken(&matchcare_l9(Some(dec!(90))));
    let c = u.cijfers.as_ref().unwrap();
    assert_eq!(c.taken.iter().map(|t| t.prestatie).collect::<Vec<_>>(), [dec!(68.4), dec!(90)]);
    assert_eq!(c.prestatie_hoofdtaken, dec!(73.8));
    assert_eq!(c.vaardigheden_competentiescore, Some(dec!(90)));
    assert_eq!(c.totaal, dec!(66.42));
    assert_eq!(u.resultaat.pi4, Some(dec!(66)));
    assert_eq!(u.resultaat.pi5(dec!(15.00)), Some(dec!(9.90)));
    assert!(u.resultaat.bevindingen.is_empty(), "{:?}", u.resultaat.bevindingen);
    let lw = u.resultaat.uitleg_van("Loonwaarde vóór afronding").unwrap();
    assert_eq!(lw.berekening, "73,8% × 90% = 66,42%");
    assert!(lw.formule.contains("× werknemersvaardigheden-competentiescore") && lw.formule.contains("aanname"));

    let u = matchcare::bereken(&matchcare_l9(None));
    assert_eq!(u.cijfers.as_ref().unwrap().totaal, dec!(73.8));
    assert_eq!(u.resultaat.pi4, Some(dec!(74)));
    let b = bij(&u.resultaat, Invoer::VaardighedenCompetentiescore);
    assert!(b.len() == 1 && !b[0].blokkeert && b[0].melding.contains("alleen het deel"), "{b:?}");
    let lw = u.resultaat.uitleg_van("Loonwaarde vóór afronding").unwrap();
    assert!(lw.formule.contains("alleen het deel volgens het stappenplan"), "{}", lw.formule);
}

#[test]
fn matchcare_limits() {
    assert_eq!(matchcare::bereken(&matchcare_l9(Some(dec!(100)))).resultaat.pi4, Some(dec!(74)));
    let u = matchcare::bereken(&matchcare_l9(Some(dec!(100.5))));
    assert_geblokkeerd_bij(&u.resultaat, Invoer::VaardighedenCompetentiescore);
    let mut invoer = matchcare_l9(Some(dec!(80)));
    invoer.taken.extend((0..4).map(|i| mctaak(&format!("t{i}"), dec!(1), dec!(100), dec!(100), dec!(100))));
    let u = matchcare::bereken(&invoer);
    let b = bij(&u.resultaat, Invoer::Taken);
    assert!(b.len() == 1 && !b[0].blokkeert && b[0].melding.contains("maximaal 5 hoofdtaken"), "{b:?}");
    invoer.taken.pop();
    assert!(bij(&matchcare::bereken(&invoer).resultaat, Invoer::Taken).is_empty());
    let mut invoer = matchcare_l9(None);
    invoer.taken[0].kwaliteit = dec!(100.5);
    assert_geblokkeerd_bij(&matchcare::bereken(&invoer).resultaat, Invoer::Kwaliteit(0));
}

// ---- Talent6 ---------------------------------------------------------------------------------

#[test]
fn talent6_reads_levels_0_to_6_with_their_names() {
    let n = talent6::lees_niveaus(&[dec!(0), dec!(1), dec!(2), dec!(3), dec!(6), dec!(6.0)]).unwrap();
    assert_eq!(n.len(), 6);
    assert_eq!((n[0].competentie, n[0].niveau, n[0].naam), ("Inzet en motivatie", 0, "aanloop"));
    assert_eq!((n[4].competentie, n[4].niveau, n[4].naam), ("Regels nakomen", 6, "inspireert"));
    assert_eq!(n[5].competentie, "Respect");
    for fout in [dec!(7), dec!(-1), dec!(2.5), dec!(6.01)] {
        let f = talent6::lees_niveaus(&[dec!(3), fout, dec!(3), dec!(3), dec!(3), dec!(3)]).unwrap_err();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].invoer, Invoer::Niveau(1));
        assert!(f[0].melding.starts_with("Resultaat:"), "{}", f[0].melding);
    }
    let f = talent6::lees_niveaus(&[dec!(3); 5]).unwrap_err();
    assert_eq!(f[0].invoer, Invoer::Competenties);
}

#[test]
fn talent6_explains_but_never_changes_the_loonwaarde() {
    let sp = uit_stappenplan(Methodiek::Stappenplan, &bereken(Methode::Stappenplan, &l1(), None, false));
    let t = talent6::met_competenties(sp.clone(), &[dec!(4), dec!(3), dec!(2), dec!(5), dec!(1), dec!(0)]);
    assert_eq!(t.methodiek, Methodiek::Talent6);
    assert_eq!((t.loonwaarde_onafgerond, t.pi4), (sp.loonwaarde_onafgerond, sp.pi4));
    assert_eq!(
        t.uitleg_van("Competentie \u{2018}Samenwerken\u{2019}").unwrap().berekening,
        "niveau 5: stimuleert anderen"
    );
    assert_eq!(t.uitleg.len(), sp.uitleg.len() + 6);
    // Wrong levels are findings that do not block.
    let t = talent6::met_competenties(sp.clone(), &[dec!(9); 6]);
    assert_eq!(t.pi4, Some(dec!(71)));
    assert_eq!(t.bevindingen.len(), 6);
    assert!(t.bevindingen.iter().all(|b| !b.blokkeert));
    // Only a stappenplan result can be Talent6's.
    let d = talent6::met_competenties(dariuz::bereken(&l7()).resultaat, &[dec!(3); 6]);
    assert_geblokkeerd_bij(&d, Invoer::Geheel);
}

// ---- Pi5 and texts ---------------------------------------------------------------------------

#[test]
fn pi5_needs_a_loonwaarde_and_a_normloon_of_at_least_zero() {
    let mut invoer = l7();
    invoer.vereisten.tempo = dec!(41);
    let geblokkeerd = dariuz::bereken(&invoer).resultaat;
    assert_eq!(geblokkeerd.pi5(dec!(16)), None);
    assert!(geblokkeerd.pi5_met_uitleg(dec!(16)).is_none());
    let r = dariuz::bereken(&l7()).resultaat;
    assert_eq!(r.pi5(dec!(-0.01)), None);
    assert_eq!(r.pi5(dec!(0)), Some(dec!(0)));
    assert_eq!(r.pi5(Decimal::MAX), None, "too large is None, not a panic");
    // Unrounded: cents only for display.
    assert_eq!(r.pi5(dec!(16.333)), Some(dec!(13.39306)));
    assert_eq!(r.pi5_met_uitleg(dec!(16.333)).unwrap().1.berekening, "82% × € 16,33 = € 13,39");
}

#[test]
fn texts_name_choices_in_words_not_with_the_internal_marker() {
    let mut teksten = Vec::new();
    teksten.push(format!("{:?}", dariuz::bereken(&l7())));
    teksten.push(format!("{:?}", lat::bereken(&l8())));
    teksten.push(format!("{:?}", vta::bereken(&l9())));
    teksten.push(format!("{:?}", matchcare::bereken(&matchcare_l9(None))));
    teksten.push(format!("{:?}", matchcare::bereken(&matchcare_l9(Some(dec!(50))))));
    for t in &teksten {
        assert!(!t.contains("[keuze"), "{t}");
        assert!(t.contains("(aanname van Werkwaarde)"), "{t}");
    }
}

// ---- properties ------------------------------------------------------------------------------

/// 0.00 … 100.00
fn score() -> impl Strategy<Value = Decimal> {
    (0u32..=10000).prop_map(|n| Decimal::new(n as i64, 2))
}

/// 0.00 … 150.00: a tempo-like score may pass the norm.
fn tempo() -> impl Strategy<Value = Decimal> {
    (0u32..=15000).prop_map(|n| Decimal::new(n as i64, 2))
}

fn uren() -> impl Strategy<Value = Decimal> {
    (1u32..=4000).prop_map(|n| Decimal::new(n as i64, 2))
}

/// Any Decimal, from the smallest to the largest, at every scale.
fn elk_getal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
            .prop_map(|(lo, mid, hi, neg, schaal)| Decimal::from_parts(lo, mid, hi, neg, schaal)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        Just(Decimal::new(1, 28)),
        (-200i64..=200).prop_map(Decimal::from),
    ]
}

fn dariuz_geldig() -> impl Strategy<Value = Dariuzinvoer> {
    (0u32..=10000, 0u32..=10000, score(), score(), score(), 0u32..=10000, 0u32..=10000).prop_map(
        |(a, b, t2, e2, k2, bg, ps)| {
            let t1 = a.min(10000);
            let e1 = b.min(10000 - t1);
            let k1 = 10000 - t1 - e1;
            let bg = bg.min(10000);
            let ps = ps.min(10000 - bg);
            let d = |n: u32| Decimal::new(n as i64, 2);
            Dariuzinvoer {
                vereisten: Drietal { tempo: d(t1), efficientie: d(e1), kwaliteit: d(k1) },
                competentiescores: Drietal { tempo: t2, efficientie: e2, kwaliteit: k2 },
                extra_begeleiding: d(bg),
                extra_pauzes: d(ps),
            }
        },
    )
}

fn categorie() -> impl Strategy<Value = Categorie> {
    prop_oneof![
        Just(Categorie::Regulier),
        Just(Categorie::Leerbaar),
        Just(Categorie::Additioneel),
        Just(Categorie::Inactief)
    ]
}

fn lat_geldig() -> impl Strategy<Value = Latinvoer> {
    (
        uren(),
        prop::collection::vec((categorie(), uren(), tempo(), score()), 1..8),
        prop::collection::vec((1u32..=1000, score()), 1..=10),
    )
        .prop_map(|(dienstverband, taken, competenties)| Latinvoer {
            dienstverband,
            taken: taken
                .into_iter()
                .enumerate()
                .map(|(i, (c, u, t, k))| lattaak(&format!("t{i}"), c, u, t, k))
                .collect(),
            competenties: competenties
                .into_iter()
                .enumerate()
                .map(|(i, (b, s))| competentie(&format!("c{i}"), Decimal::new(b as i64, 2), s))
                .collect(),
        })
}

fn vta_geldig() -> impl Strategy<Value = Vec<Vtataak>> {
    prop::collection::vec((uren(), tempo(), tempo(), score(), score(), any::<[bool; 4]>()), 1..=5).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (u, insp, vaard, k, inz, toe))| Vtataak {
                toegelicht: toe,
                ..vtataak(&format!("t{i}"), u, insp, vaard, k, inz)
            })
            .collect()
    })
}

fn matchcare_geldig() -> impl Strategy<Value = Matchcareinvoer> {
    (prop::collection::vec((uren(), tempo(), score(), score()), 1..=5), prop::option::of(score())).prop_map(
        |(taken, score)| Matchcareinvoer {
            taken: taken
                .into_iter()
                .enumerate()
                .map(|(i, (u, t, k, inz))| mctaak(&format!("t{i}"), u, t, k, inz))
                .collect(),
            vaardigheden_competentiescore: score,
        },
    )
}

/// Within 0–100, Pi4 the one rounding of it, and a finding exactly when the cap was applied.
fn binnen_de_grenzen(r: &Methodiekresultaat, ruw: Decimal) -> Result<(), TestCaseError> {
    let lw = r.loonwaarde_onafgerond.expect("valid input computes");
    prop_assert!(lw >= Decimal::ZERO && lw <= dec!(100), "{lw}");
    prop_assert_eq!(r.pi4, Some(rond_af(lw, 0)));
    prop_assert_eq!(lw, ruw.min(dec!(100)));
    let capped = r.bevindingen.iter().any(|b| b.invoer == Invoer::Geheel && b.melding.contains("telt als 100%"));
    prop_assert_eq!(capped, ruw > dec!(100));
    prop_assert!(blokkerend(r).is_empty());
    Ok(())
}

fn niet_lager(voor: &Methodiekresultaat, na: &Methodiekresultaat) -> Result<(), TestCaseError> {
    prop_assert!(
        na.loonwaarde_onafgerond >= voor.loonwaarde_onafgerond,
        "{:?} < {:?}",
        na.loonwaarde_onafgerond,
        voor.loonwaarde_onafgerond
    );
    prop_assert!(na.pi4 >= voor.pi4);
    Ok(())
}

fn hoger(w: Decimal, extra: u32, max: Decimal) -> Decimal {
    (w + Decimal::new(extra as i64, 2)).min(max)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn dariuz_stays_within_0_and_100_and_is_monotone(invoer in dariuz_geldig(), welke in 0usize..5, extra in 1u32..=5000) {
        let voor = dariuz::bereken(&invoer);
        binnen_de_grenzen(&voor.resultaat, voor.cijfers.as_ref().unwrap().werkprestatie)?;
        let mut beter = invoer.clone();
        let s = &mut beter.competentiescores;
        match welke {
            0 => s.tempo = hoger(s.tempo, extra, dec!(100)),
            1 => s.efficientie = hoger(s.efficientie, extra, dec!(100)),
            2 => s.kwaliteit = hoger(s.kwaliteit, extra, dec!(100)),
            // Less extra begeleiding or fewer extra pauzes: a higher inzetbaarheid.
            3 => beter.extra_begeleiding = (beter.extra_begeleiding - Decimal::new(extra as i64, 2)).max(Decimal::ZERO),
            _ => beter.extra_pauzes = (beter.extra_pauzes - Decimal::new(extra as i64, 2)).max(Decimal::ZERO),
        }
        niet_lager(&voor.resultaat, &dariuz::bereken(&beter).resultaat)?;
    }

    #[test]
    fn lat_stays_within_0_and_100_and_is_monotone(invoer in lat_geldig(), welke in 0usize..16, veld in 0usize..3, extra in 1u32..=5000) {
        let voor = lat::bereken(&invoer);
        binnen_de_grenzen(&voor.resultaat, voor.cijfers.as_ref().unwrap().werkprestatie)?;
        let mut beter = invoer.clone();
        match veld {
            0 => { let t = &mut beter.taken[welke % invoer.taken.len()]; t.tempo = hoger(t.tempo, extra, dec!(999)); }
            1 => { let t = &mut beter.taken[welke % invoer.taken.len()]; t.kwaliteit = hoger(t.kwaliteit, extra, dec!(100)); }
            _ => { let c = &mut beter.competenties[welke % invoer.competenties.len()]; c.score = hoger(c.score, extra, dec!(100)); }
        }
        niet_lager(&voor.resultaat, &lat::bereken(&beter).resultaat)?;
    }

    #[test]
    fn vta_stays_within_0_and_100_and_is_monotone(taken in vta_geldig(), welke in 0usize..5, veld in 0usize..4, extra in 1u32..=5000) {
        let voor = vta::bereken(&taken);
        binnen_de_grenzen(&voor.resultaat, voor.cijfers.as_ref().unwrap().totaal)?;
        let mut beter = taken.clone();
        let t = &mut beter[welke % taken.len()];
        match veld {
            0 => t.inspanning = hoger(t.inspanning, extra, dec!(999)),
            1 => t.vaardigheden = hoger(t.vaardigheden, extra, dec!(999)),
            2 => t.kwaliteit = hoger(t.kwaliteit, extra, dec!(100)),
            _ => t.inzetbaarheid = hoger(t.inzetbaarheid, extra, dec!(100)),
        }
        niet_lager(&voor.resultaat, &vta::bereken(&beter).resultaat)?;
    }

    #[test]
    fn matchcare_stays_within_0_and_100_and_is_monotone(invoer in matchcare_geldig(), welke in 0usize..5, veld in 0usize..4, extra in 1u32..=5000) {
        let voor = matchcare::bereken(&invoer);
        binnen_de_grenzen(&voor.resultaat, voor.cijfers.as_ref().unwrap().totaal)?;
        let mut beter = invoer.clone();
        let n = invoer.taken.len();
        match veld {
            0 => beter.taken[welke % n].tempo = hoger(beter.taken[welke % n].tempo, extra, dec!(999)),
            1 => beter.taken[welke % n].kwaliteit = hoger(beter.taken[welke % n].kwaliteit, extra, dec!(100)),
            2 => beter.taken[welke % n].inzetbaarheid = hoger(beter.taken[welke % n].inzetbaarheid, extra, dec!(100)),
            _ => beter.vaardigheden_competentiescore = beter.vaardigheden_competentiescore.map(|s| hoger(s, extra, dec!(100))),
        }
        niet_lager(&voor.resultaat, &matchcare::bereken(&beter).resultaat)?;
    }

    #[test]
    fn talent6_levels_never_change_the_loonwaarde(taken in vta_geldig(), niveaus in prop::collection::vec(elk_getal(), 0..8)) {
        let sp_taken: Vec<Taak> = taken.iter().map(|t| taak(&t.naam, t.uren, t.inspanning.min(dec!(100)), t.kwaliteit, t.inzetbaarheid)).collect();
        let sp = uit_stappenplan(Methodiek::Talent6, &bereken(Methode::Stappenplan, &sp_taken, None, false));
        let t = talent6::met_competenties(sp.clone(), &niveaus);
        prop_assert_eq!(t.loonwaarde_onafgerond, sp.loonwaarde_onafgerond);
        prop_assert_eq!(t.pi4, sp.pi4);
        prop_assert_eq!(blokkerend(&t).len(), blokkerend(&sp).len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any numbers at all: findings or a result, never a panic; a result is always within 0–100.
    #[test]
    fn any_input_never_panics(
        getallen in prop::collection::vec(elk_getal(), 40),
        n_taken in 0usize..8,
        n_comp in 0usize..12,
        normloon in elk_getal(),
        vlaggen in any::<[bool; 4]>(),
        score_ingevuld in any::<bool>(),
    ) {
        let g = |i: usize| getallen[i % getallen.len()];
        let mut resultaten = Vec::new();
        resultaten.push(dariuz::bereken(&Dariuzinvoer {
            vereisten: Drietal { tempo: g(0), efficientie: g(1), kwaliteit: g(2) },
            competentiescores: Drietal { tempo: g(3), efficientie: g(4), kwaliteit: g(5) },
            extra_begeleiding: g(6),
            extra_pauzes: g(7),
        }).resultaat);
        let cats = [Categorie::Regulier, Categorie::Leerbaar, Categorie::Additioneel, Categorie::Inactief];
        resultaten.push(lat::bereken(&Latinvoer {
            dienstverband: g(8),
            taken: (0..n_taken).map(|i| lattaak("t", cats[i % 4], g(9 + i), g(17 + i), g(25 + i))).collect(),
            competenties: (0..n_comp).map(|i| competentie("c", g(10 + i), g(20 + i))).collect(),
        }).resultaat);
        let vta_taken: Vec<Vtataak> = (0..n_taken)
            .map(|i| Vtataak { toegelicht: vlaggen, ..vtataak("t", g(i), g(i + 7), g(i + 14), g(i + 21), g(i + 28)) })
            .collect();
        resultaten.push(vta::bereken(&vta_taken).resultaat);
        resultaten.push(matchcare::bereken(&Matchcareinvoer {
            taken: (0..n_taken).map(|i| mctaak("t", g(i + 3), g(i + 11), g(i + 19), g(i + 27))).collect(),
            vaardigheden_competentiescore: score_ingevuld.then(|| g(35)),
        }).resultaat);
        resultaten.push(talent6::met_competenties(resultaten[0].clone(), &getallen[..n_comp.min(8)]));
        for r in &resultaten {
            let _ = r.pi5(normloon);
            let _ = r.pi5_met_uitleg(normloon);
            let _ = format!("{r:?}");
            prop_assert_eq!(r.pi4.is_some(), blokkerend(r).is_empty(), "{:?}", r);
            if let Some(lw) = r.loonwaarde_onafgerond {
                prop_assert!(lw >= Decimal::ZERO && lw <= dec!(100));
                prop_assert_eq!(r.pi4, Some(rond_af(lw, 0)));
            }
            for b in &r.bevindingen {
                prop_assert!(b.melding.starts_with(|c: char| c.is_uppercase()), "{}", b.melding);
            }
        }
    }

    /// Small, realistic ranges around the boundaries (negative, 0, 100, just above) hit the
    /// checks more often than any Decimal does.
    #[test]
    fn boundary_input_never_panics(
        waarden in prop::collection::vec(prop_oneof![(-2i64..=3).prop_map(|n| Decimal::new(n * 5, 1)), (9990i64..=10010).prop_map(|n| Decimal::new(n, 2))], 30),
        n in 0usize..7,
    ) {
        let g = |i: usize| waarden[i % waarden.len()];
        let d = dariuz::bereken(&Dariuzinvoer {
            vereisten: Drietal { tempo: g(0), efficientie: g(1), kwaliteit: g(2) },
            competentiescores: Drietal { tempo: g(3), efficientie: g(4), kwaliteit: g(5) },
            extra_begeleiding: g(6),
            extra_pauzes: g(7),
        });
        prop_assert_eq!(d.cijfers.is_some(), d.resultaat.is_berekend());
        let v = vta::bereken(&(0..n).map(|i| vtataak("t", g(i), g(i + 1), g(i + 2), g(i + 3), g(i + 4))).collect::<Vec<_>>());
        prop_assert_eq!(v.cijfers.is_some(), v.resultaat.is_berekend());
        let l = lat::bereken(&Latinvoer {
            dienstverband: g(8),
            taken: (0..n).map(|i| lattaak("t", Categorie::Regulier, g(i + 9), g(i + 10), g(i + 11))).collect(),
            competenties: (0..n).map(|i| competentie("c", g(i + 12), g(i + 13))).collect(),
        });
        prop_assert_eq!(l.cijfers.is_some(), l.resultaat.is_berekend());
    }
}

#[test]
fn numbers_too_large_to_compute_with_are_a_finding() {
    let invoer = Latinvoer {
        dienstverband: Decimal::new(1, 28),
        taken: vec![lattaak("t", Categorie::Regulier, dec!(100000000000000000000), dec!(999), dec!(100))],
        competenties: vec![competentie("c", dec!(1), dec!(50))],
    };
    assert_geblokkeerd_bij(&lat::bereken(&invoer).resultaat, Invoer::Geheel);
    let taken = [
        vtataak("a", Decimal::MAX, dec!(100), dec!(100), dec!(100), dec!(100)),
        vtataak("b", Decimal::MAX, dec!(100), dec!(100), dec!(100), dec!(100)),
    ];
    assert_geblokkeerd_bij(&vta::bereken(&taken).resultaat, Invoer::Geheel);
    let invoer = Matchcareinvoer {
        taken: vec![mctaak("a", Decimal::MAX, dec!(999), dec!(100), dec!(100))],
        vaardigheden_competentiescore: Some(dec!(50)),
    };
    assert_geblokkeerd_bij(&matchcare::bereken(&invoer).resultaat, Invoer::Geheel);
}

/// One case, several methodieken (issue 13, item 2): L1 in the stappenplan (71%), L7 in Dariuz
/// (82%), L8 in LAT (65%), L9 in VTA (74%), at € 16,00 and a WML of € 14,71: the spread is
/// 82 − 65 = 17 procentpunt and € 13,12 − € 10,40 = € 2,72 per uur.
#[test]
fn four_methodieken_side_by_side_with_their_spread() {
    let stappenplan = uit_stappenplan(Methodiek::Stappenplan, &bereken(Methode::Stappenplan, &l1(), None, false));
    let resultaten = vec![
        stappenplan,
        dariuz::bereken(&l7()).resultaat,
        lat::bereken(&l8()).resultaat,
        vta::bereken(&l9()).resultaat,
    ];
    let loon =
        Loongegevens { normloon: dec!(16), wml: Some(dec!(14.71)), contracturen: dec!(40), vakantietoeslag: false };
    let n = naast_elkaar(&resultaten, &loon);
    let pi4: Vec<Option<Decimal>> = n.rijen.iter().map(|r| r.pi4).collect();
    assert_eq!(pi4, [Some(dec!(71)), Some(dec!(82)), Some(dec!(65)), Some(dec!(74))]);
    assert_eq!(n.rijen[1].pi5_per_uur, Some(dec!(13.12)));
    let s = n.spreiding.clone().expect("spreiding");
    assert_eq!((s.hoogste, s.laagste), (Methodiek::Dariuz, Methodiek::Lat));
    assert_eq!(s.procentpunt, dec!(17));
    assert_eq!(s.euro_per_uur, dec!(2.72));
    // LKS per uur at 71%: (14,71 − 11,36) × 1,235 = 4,13725.
    assert_eq!(n.rijen[0].lks_per_uur, Some(dec!(4.13725)));
    // Without a WML the LKS is asked for, not guessed.
    let zonder = naast_elkaar(&resultaten, &Loongegevens { wml: None, ..loon });
    assert!(zonder.rijen.iter().all(|r| r.lks_per_uur.is_none() && r.melding.is_some()));
    // One methodiek alone has no spread; one that cannot compute is left out of it.
    assert_eq!(naast_elkaar(&resultaten[..1], &loon).spreiding, None);
    let mut onvolledig = l7();
    onvolledig.vereisten.tempo = dec!(41);
    let met_fout = vec![resultaten[0].clone(), dariuz::bereken(&onvolledig).resultaat];
    let n = naast_elkaar(&met_fout, &loon);
    assert_eq!(n.rijen[1].pi4, None);
    assert!(n.rijen[1].melding.is_some());
    assert_eq!(n.spreiding, None);
}
