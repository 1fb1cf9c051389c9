//! One loonwaarde dossier computed with several methodieken (issue 13, item 2): the taak-urenanalyse
//! entered once, each methodiek's extra inputs, the table, the spread and what makes each pair's
//! difference. The numbers are those of vectors L7 (Dariuz) and L9 (VTA).

mod gedeeld;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::loonwaarde::methodiek::lat::Categorie;
use werkwaarde::domain::loonwaarde::methodiek::{Invoer, Methodiek};
use werkwaarde::domain::loonwaarde::Methode;
use werkwaarde::dossier::loonwaarde::bereken;
use werkwaarde::dossier::loonwaarde::{LoonwaardeData, TaakData};
use werkwaarde::dossier::methodieken::{CompetentieData, MethodiekenData, Methodiekvergelijking};

fn taak(id: u64, naam: &str, uren: &str, t: &str, k: &str, i: &str) -> TaakData {
    gedeeld::taakdata(id, naam, uren, t, k, i, ["gemeten", "gezien", "rooster"])
}

/// The taken of L9, with the stappenplan's own tempo for A at 75% (VTA's inspanning × vaardigheden
/// gives 72%).
fn geval() -> LoonwaardeData {
    let mut d = LoonwaardeData {
        methode: Methode::Stappenplan,
        normloon: "15".into(),
        contracturen: "40".into(),
        peildatum: "1-3-2026".into(),
        taken: vec![taak(1, "A", "30", "75", "100", "95"), taak(2, "B", "10", "100", "90", "100")],
        ..Default::default()
    };
    let m = &mut d.methodieken;
    for x in [Methodiek::Vta, Methodiek::Dariuz] {
        m.voeg_toe(x);
    }
    for (id, insp, vaard) in [(1, "90", "80"), (2, "100", "100")] {
        let t = m.taak_mut(id);
        t.inspanning = insp.into();
        t.vaardigheden = vaard.into();
        t.toelichting = ["NEN 3147-meting".into(), "instructie nodig".into()];
    }
    m.dariuz.vereisten = ["40".into(), "30".into(), "30".into()];
    m.dariuz.competentiescores = ["80".into(), "90".into(), "100".into()];
    m.dariuz.extra_begeleiding = "5".into();
    m.dariuz.extra_pauzes = "3".into();
    d
}

/// As the calculator does: its own reading of the data, then the methodieken beside it.
fn vergelijk(d: &LoonwaardeData) -> Methodiekvergelijking {
    werkwaarde::dossier::methodieken::vergelijk_methodieken(d, &bereken(d))
}

fn pi4(v: &Methodiekvergelijking, m: Methodiek) -> Option<Decimal> {
    v.tabel.rijen.iter().find(|r| r.methodiek == m).and_then(|r| r.pi4)
}

#[test]
fn one_case_three_methodieken_side_by_side() {
    let v = vergelijk(&geval());
    let volgorde: Vec<Methodiek> = v.tabel.rijen.iter().map(|r| r.methodiek).collect();
    assert_eq!(volgorde, [Methodiek::Stappenplan, Methodiek::Vta, Methodiek::Dariuz], "own method first");
    assert_eq!(pi4(&v, Methodiek::Stappenplan), Some(dec!(76)), "0,75 × 71,25% + 0,25 × 90% = 75,9375%");
    assert_eq!(pi4(&v, Methodiek::Vta), Some(dec!(74)), "L9: 73,8%");
    assert_eq!(pi4(&v, Methodiek::Dariuz), Some(dec!(82)), "L7: 81,88%");
    let s = v.tabel.spreiding.as_ref().expect("three computed");
    assert_eq!((s.hoogste, s.laagste), (Methodiek::Dariuz, Methodiek::Vta));
    assert_eq!((s.procentpunt, s.euro_per_uur), (dec!(8), dec!(1.20)));
    assert!(v.tabel.rijen.iter().all(|r| r.lks_per_uur.is_some()), "the WML of 1-3-2026 is known");
}

#[test]
fn each_pair_splits_into_exact_parts() {
    let v = vergelijk(&geval());
    assert_eq!(v.paren.len(), 3);
    let p = &v.paren[0];
    assert_eq!((p.a, p.b, p.procentpunt), (Methodiek::Stappenplan, Methodiek::Vta, dec!(-2)));
    assert_eq!(p.delen[0].tekst, "Tempo A: 72% in plaats van 75%");
    assert_eq!(p.delen[0].procentpunt, dec!(-2.1375), "0,75 × (72% − 75%) × 95%");
    assert_eq!(p.delen.last().unwrap().tekst, "Afronding op hele procenten");
    assert_eq!(p.delen.last().unwrap().procentpunt, dec!(0.1375));
    // Dariuz does not compute per taak: its whole difference is one part.
    let d = &v.paren[1];
    assert_eq!((d.a, d.b, d.procentpunt), (Methodiek::Stappenplan, Methodiek::Dariuz, dec!(6)));
    assert!(d.delen[0].tekst.starts_with("Andere rekenwijze: Dariuz"), "{}", d.delen[0].tekst);
    assert_eq!(d.delen[0].procentpunt, dec!(81.88) - dec!(75.9375));
    for p in &v.paren {
        let som: Decimal = p.delen.iter().map(|d| d.procentpunt).sum();
        assert_eq!(som, p.procentpunt, "{:?} tegen {:?}", p.a, p.b);
    }
}

#[test]
fn a_missing_extra_input_blocks_only_its_methodiek_at_its_field() {
    let mut d = geval();
    d.methodieken.taak_mut(1).inspanning.clear();
    d.methodieken.dariuz.extra_pauzes = "drie".into();
    let v = vergelijk(&d);
    assert_eq!(pi4(&v, Methodiek::Vta), None);
    assert_eq!(pi4(&v, Methodiek::Dariuz), None);
    assert_eq!(pi4(&v, Methodiek::Stappenplan), Some(dec!(76)));
    assert_eq!(
        v.melding(Methodiek::Vta, Invoer::Inspanning(0)).unwrap().melding,
        "Vul de inspanning van taak \u{2018}A\u{2019} in."
    );
    assert!(v.melding(Methodiek::Dariuz, Invoer::ExtraPauzes).unwrap().blokkeert);
    assert!(v.tabel.spreiding.is_none(), "one methodiek computed");
    assert!(v.paren.is_empty());
}

#[test]
fn vta_asks_a_toelichting_for_inspanning_below_100() {
    let mut d = geval();
    d.methodieken.taak_mut(1).toelichting[0].clear();
    let v = vergelijk(&d);
    let b = v.melding(
        Methodiek::Vta,
        Invoer::Toelichting(0, werkwaarde::domain::loonwaarde::methodiek::vta::Vtascore::Inspanning),
    );
    assert!(b.is_some_and(|b| !b.blokkeert), "a finding, the loonwaarde still computes");
    assert_eq!(pi4(&v, Methodiek::Vta), Some(dec!(74)));
}

#[test]
fn lat_takes_the_contracturen_as_dienstverband_and_its_categories() {
    let mut d = geval();
    d.methodieken.voeg_toe(Methodiek::Lat);
    assert_eq!(d.methodieken.lat_competenties.len(), 10, "the gids's ten to start with");
    d.methodieken.lat_competenties = vec![
        CompetentieData { naam: "a".into(), belang: "3".into(), score: "80".into() },
        CompetentieData { naam: "b".into(), belang: "2".into(), score: "60".into() },
        CompetentieData { naam: "c".into(), belang: "1".into(), score: "100".into() },
    ];
    d.methodieken.taak_mut(2).categorie = Categorie::Leerbaar;
    let v = vergelijk(&d);
    // (30 × 75% × 100% + 10 × 100% × 90%) / 40 = 78,75%; (3 × 78,75 + 76,667) / 4 = 78,23 → 78.
    assert_eq!(pi4(&v, Methodiek::Lat), Some(dec!(78)));
    d.methodieken.taak_mut(2).categorie = Categorie::Additioneel;
    // (22,5 / 40 = 56,25%; (168,75 + 76,667) / 4 = 61,35 → 61.
    assert_eq!(pi4(&vergelijk(&d), Methodiek::Lat), Some(dec!(61)));
}

#[test]
fn removing_a_taak_removes_what_the_methodieken_asked_of_it() {
    let mut d = geval();
    assert!(d.methodieken.taken.iter().any(|t| t.id == 2));
    d.verwijder_taak(2);
    assert_eq!(d.taken.len(), 1);
    assert!(d.methodieken.taken.iter().all(|t| t.id != 2), "no orphan left in the file");
    assert_eq!(d.methodieken.taak(1).inspanning, "90", "the other taak keeps its scores");
    let v = vergelijk(&d);
    // Only taak A (30 h): VTA 72% × 100% × 95% = 68,4%.
    assert_eq!(pi4(&v, Methodiek::Vta), Some(dec!(68)));
}

#[test]
fn the_ulw_and_the_stappenplan_of_one_case_differ_by_the_tempo_cap() {
    let mut d = geval();
    d.taken[1].tempo = "120".into();
    d.methodieken = MethodiekenData::default();
    d.methodieken.voeg_toe(Methodiek::Ulw);
    let v = vergelijk(&d);
    let p = &v.paren[0];
    assert_eq!((p.a, p.b), (Methodiek::Stappenplan, Methodiek::Ulw));
    assert_eq!(p.delen[0].tekst, "Tempo B: 100% in plaats van 120%");
    assert_eq!(p.delen[0].procentpunt, dec!(-4.5), "0,25 × (100% − 120%) × 90%");
}

#[test]
fn the_file_keeps_the_methodieken_and_the_anonymised_copy_only_drops_free_text() {
    let d = geval();
    let terug = LoonwaardeData::uit(&d.naar_map()).unwrap();
    assert_eq!(terug, d);
    let anoniem = d.geanonimiseerd();
    assert_eq!(anoniem.methodieken.naast, d.methodieken.naast);
    assert_eq!(anoniem.methodieken.dariuz, d.methodieken.dariuz);
    assert!(anoniem.methodieken.taken.iter().all(|t| t.toelichting.iter().all(String::is_empty)));
    assert_eq!(anoniem.methodieken.taak(1).inspanning, "90");
    // Without methodieken the file is as before.
    let zonder = LoonwaardeData { methodieken: MethodiekenData::default(), ..d };
    assert!(!zonder.naar_map().contains_key("methodieken"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    /// For any case and any methodieken added, every pair's parts add up exactly to the difference
    /// in Pi4, and each computed loonwaarde lies within 0–100%.
    #[test]
    fn every_pair_adds_up_exactly(
        taken in proptest::collection::vec((1u32..30, 0u32..150, 0u32..=100, 0u32..=100, 0u32..=120, 0u32..=120), 1..7),
        ulw in proptest::bool::ANY,
        matchcare in proptest::option::of(0u32..=100),
    ) {
        let mut d = geval();
        d.methode = if ulw { Methode::Ulw } else { Methode::Stappenplan };
        d.taken = taken
            .iter()
            .enumerate()
            .map(|(i, (u, t, k, n, _, _))| taak(i as u64 + 1, &format!("t{i}"), &u.to_string(), &t.to_string(), &k.to_string(), &n.to_string()))
            .collect();
        d.methodieken.taken.clear();
        for (i, (.., insp, vaard)) in taken.iter().enumerate() {
            let x = d.methodieken.taak_mut(i as u64 + 1);
            x.inspanning = insp.to_string();
            x.vaardigheden = vaard.to_string();
        }
        for m in [Methodiek::Stappenplan, Methodiek::Ulw, Methodiek::Matchcare, Methodiek::Activa] {
            d.methodieken.voeg_toe(m);
        }
        d.methodieken.matchcare_score = matchcare.map(|s| s.to_string()).unwrap_or_default();
        let v = vergelijk(&d);
        for r in &v.resultaten {
            if let Some(p) = r.pi4 {
                proptest::prop_assert!((Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&p), "{:?}: {}", r.methodiek, p);
            }
        }
        for p in &v.paren {
            let som: Decimal = p.delen.iter().map(|d| d.procentpunt).sum();
            proptest::prop_assert_eq!(som, p.procentpunt, "{:?} tegen {:?}: {:?}", p.a, p.b, p.delen);
        }
    }
}
