//! L5 and L6 of `vectors/loonwaarde.md` with their exact boundaries, the herexamen, nakijken
//! and drawing casussen.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::examen::band::{afwijking_procent, beoordeel, binnen_band, Bandoordeel, EXAMEN_MARGE};
use werkwaarde::domain::examen::casus::{trek, Casus};
use werkwaarde::domain::examen::nakijken::nakijken;
use werkwaarde::domain::examen::uitslag::{examen, herexamen, herexamen_norm, uitslag_zichtbaar, Uitslag};
use werkwaarde::domain::examen::validatie::{valideer, Resultaatrij, Validatiesoort};
use werkwaarde::domain::loonwaarde::{Methode, Taak};

#[test]
fn l5_band_boundaries_are_inside() {
    let goud = dec!(10.00);
    for (antwoord, binnen) in
        [(dec!(9.00), true), (dec!(11.00), true), (dec!(8.99), false), (dec!(11.01), false), (dec!(10), true)]
    {
        assert_eq!(binnen_band(antwoord, goud, EXAMEN_MARGE), binnen, "{antwoord}");
        assert_eq!(beoordeel(Some(antwoord), goud, EXAMEN_MARGE).binnen, binnen, "{antwoord}");
    }
    let b = beoordeel(Some(dec!(11.00)), goud, EXAMEN_MARGE);
    assert_eq!((b.ondergrens, b.bovengrens), (dec!(9.00), dec!(11.00)));
    assert_eq!(b.afwijking, Some(dec!(10)));
    assert!(b.uitleg.bron.contains("§5"));
    assert_eq!(afwijking_procent(dec!(9), dec!(10)), Some(dec!(-10)));
    assert_eq!(afwijking_procent(dec!(9), Decimal::ZERO), None);
    let leeg = beoordeel(None, goud, EXAMEN_MARGE);
    assert!(!leeg.binnen, "no answer counts as outside");
}

fn oordelen(binnen: usize, totaal: usize) -> Vec<Bandoordeel> {
    (0..totaal).map(|i| beoordeel(Some(if i < binnen { dec!(10) } else { dec!(20) }), dec!(10), EXAMEN_MARGE)).collect()
}

#[test]
fn l5_exam_verdict_for_every_count() {
    for binnen in 0..=6 {
        let u = examen(&oordelen(binnen, 6)).unwrap();
        assert_eq!(u.binnen, binnen);
        let verwacht = match binnen {
            5 | 6 => Uitslag::Geslaagd,
            3 => Uitslag::NietGeslaagdHerexamen { norm: 3 },
            4 => Uitslag::NietGeslaagdHerexamen { norm: 2 },
            _ => Uitslag::NietGeslaagdGeenHerexamen,
        };
        assert_eq!(u.uitslag, verwacht, "{binnen} binnen");
    }
    assert!(examen(&oordelen(5, 5)).is_err());
    assert!(examen(&oordelen(6, 7)).is_err());
}

#[test]
fn l5_herexamen_norms() {
    assert_eq!(herexamen_norm(3), Some(3));
    assert_eq!(herexamen_norm(4), Some(2));
    assert_eq!(herexamen_norm(2), None);
    assert_eq!(herexamen_norm(5), None);
    assert!(herexamen(3, &oordelen(3, 3)).unwrap().geslaagd);
    assert!(!herexamen(3, &oordelen(2, 3)).unwrap().geslaagd);
    assert!(herexamen(4, &oordelen(2, 3)).unwrap().geslaagd);
    assert!(!herexamen(4, &oordelen(1, 3)).unwrap().geslaagd);
    assert!(herexamen(5, &oordelen(3, 3)).is_err(), "no herexamen after 5");
    assert!(herexamen(3, &oordelen(3, 6)).is_err(), "a herexamen has three casussen");
    assert!(herexamen(4, &oordelen(2, 3)).unwrap().uitleg.bron.contains("[keuze]"));
}

#[test]
fn no_verdict_before_every_day_is_handed_in() {
    assert!(!uitslag_zichtbaar(&[]));
    assert!(!uitslag_zichtbaar(&[true, false]));
    assert!(!uitslag_zichtbaar(&[false, true]));
    assert!(uitslag_zichtbaar(&[true, true]));
}

fn rijen(binnen: usize, totaal: usize, uitvoerenden: usize, marge_buiten: Decimal) -> Vec<Resultaatrij> {
    (0..totaal)
        .map(|i| Resultaatrij {
            uitvoerende: format!("U{}", i % uitvoerenden),
            casus: format!("c{i}"),
            antwoord: if i < binnen { dec!(100) } else { dec!(100) + marge_buiten },
            goud: dec!(100),
        })
        .collect()
}

#[test]
fn l6_first_validation_55_percent() {
    let v = valideer(Validatiesoort::Eerste, &rijen(11, 20, 5, dec!(16)));
    assert_eq!(v.percentage, Some(dec!(55)));
    assert!(v.gevalideerd);
    assert_eq!(v.jaren, Some(2));
    let v = valideer(Validatiesoort::Eerste, &rijen(10, 20, 5, dec!(16)));
    assert!(!v.gevalideerd);
    assert_eq!(v.jaren, None);
}

#[test]
fn l6_hervalidatie_70_percent() {
    assert!(valideer(Validatiesoort::Her, &rijen(14, 20, 5, dec!(11))).gevalideerd);
    assert!(!valideer(Validatiesoort::Her, &rijen(13, 20, 5, dec!(11))).gevalideerd);
}

#[test]
fn l6_band_edges_and_validity_term() {
    // ±15% at its edge is inside for a first validation, ±10% for a hervalidatie.
    let r = |antwoord| vec![Resultaatrij { uitvoerende: "A".into(), casus: "c".into(), antwoord, goud: dec!(100) }];
    assert!(valideer(Validatiesoort::Eerste, &r(dec!(115))).gevalideerd);
    assert!(valideer(Validatiesoort::Eerste, &r(dec!(85))).gevalideerd);
    assert!(!valideer(Validatiesoort::Eerste, &r(dec!(115.01))).gevalideerd);
    assert!(valideer(Validatiesoort::Her, &r(dec!(110))).gevalideerd);
    assert!(!valideer(Validatiesoort::Her, &r(dec!(110.01))).gevalideerd);
    // Fewer than five uitvoerenden: one year; five: two. Names count case-insensitively.
    assert_eq!(valideer(Validatiesoort::Eerste, &rijen(20, 20, 4, dec!(0))).jaren, Some(1));
    assert_eq!(valideer(Validatiesoort::Eerste, &rijen(20, 20, 5, dec!(0))).jaren, Some(2));
    let mut zelfde = rijen(10, 10, 5, dec!(0));
    for (i, r) in zelfde.iter_mut().enumerate() {
        r.uitvoerende = if i % 2 == 0 { "Jansen".into() } else { " jansen ".into() };
    }
    assert_eq!(valideer(Validatiesoort::Eerste, &zelfde).uitvoerenden, 1);
}

#[test]
fn an_empty_simulator_says_so_without_dividing_by_zero() {
    let v = valideer(Validatiesoort::Her, &[]);
    assert_eq!(v.percentage, None);
    assert!(!v.gevalideerd);
    assert!(v.kop.contains("Nog geen resultaten"));
}

fn casus() -> Casus {
    let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/public/casussen/c05-logistiek.json");
    serde_json::from_str(&std::fs::read_to_string(pad).unwrap()).unwrap()
}

fn als_taken(c: &Casus, methode: Methode) -> Vec<Taak> {
    c.analyse(methode).domeintaken()
}

#[test]
fn nakijken_the_gold_itself_is_inside_with_no_difference() {
    let c = casus();
    let r = nakijken(
        &c,
        Methode::Stappenplan,
        &als_taken(&c, Methode::Stappenplan),
        Some(c.gouden_standaard.stappenplan.pi5),
    );
    assert!(r.band.binnen);
    assert_eq!(r.band.afwijking, Some(Decimal::ZERO));
    assert_eq!(r.pi4, Some(c.gouden_standaard.stappenplan.pi4));
    assert!(r.verschillen.is_empty());
    assert!(r.taken.iter().all(|t| t.gebruiker.is_some() && t.goud.is_some()));
}

#[test]
fn nakijken_names_the_tempo_that_made_the_difference_and_the_parts_add_up() {
    let c = casus();
    let mut taken = als_taken(&c, Methode::Stappenplan);
    let naam = taken[0].naam.clone();
    taken[0].tempo -= dec!(20);
    let r = nakijken(&c, Methode::Stappenplan, &taken, Some(dec!(1)));
    assert!(r.verschillen[0].tekst.starts_with(&format!("Tempo {naam}")), "{:?}", r.verschillen);
    assert!(r.verschillen[0].procentpunt < Decimal::ZERO);
    // The parts are exactly the difference in the unrounded loonwaarde.
    let som: Decimal = r.verschillen.iter().map(|v| v.procentpunt).sum();
    let goud: Decimal = r.taken.iter().filter_map(|t| t.goud.as_ref()).map(|g| g.bijdrage).sum();
    let eigen: Decimal = r.taken.iter().filter_map(|t| t.gebruiker.as_ref()).map(|g| g.bijdrage).sum();
    assert_eq!(som, eigen - goud);
    assert!(!r.band.binnen);
}

#[test]
fn nakijken_lists_a_missing_and_an_extra_taak() {
    let c = casus();
    let mut taken = als_taken(&c, Methode::Stappenplan);
    let weg = taken.remove(0);
    taken[0].uren += weg.uren;
    taken.push(Taak {
        naam: "Koffie zetten".into(),
        uren: dec!(0),
        tempo: dec!(100),
        kwaliteit: dec!(100),
        inzet: dec!(100),
        toegelicht: [true; 3],
    });
    let r = nakijken(&c, Methode::Stappenplan, &taken, None);
    assert!(r.verschillen.iter().any(|v| v.tekst.contains("ontbreekt in uw analyse")));
    assert!(r.taken.iter().any(|t| t.naam == "Koffie zetten" && t.goud.is_none()));
    assert!(r.taken.iter().any(|t| t.naam == weg.naam && t.gebruiker.is_none()));
    let leeg = nakijken(&c, Methode::Stappenplan, &[], None);
    assert_eq!(leeg.pi4, None);
    assert!(!leeg.meldingen.is_empty());
}

#[test]
fn drawing_casussen_avoids_the_excluded_and_repeats_per_seed() {
    let alle: Vec<String> = (1..=12).map(|i| format!("c{i:02}")).collect();
    let zes = trek(&alle, &[], 6, 42);
    assert_eq!(zes.len(), 6);
    assert_eq!(zes, trek(&alle, &[], 6, 42));
    let mut uniek = zes.clone();
    uniek.sort();
    uniek.dedup();
    assert_eq!(uniek.len(), 6);
    let drie = trek(&alle, &zes, 3, 7);
    assert!(drie.iter().all(|c| !zes.contains(c)));
    // Too few left: topped up rather than short.
    assert_eq!(trek(&alle[..4], &alle[..3], 3, 1).len(), 3);
}

proptest! {
    #[test]
    fn band_is_symmetric_and_monotone(goud in 1u32..100_000, d in 0u32..100_000) {
        let goud = Decimal::new(i64::from(goud), 2);
        let d = Decimal::new(i64::from(d), 2);
        prop_assert_eq!(binnen_band(goud + d, goud, EXAMEN_MARGE), binnen_band(goud - d, goud, EXAMEN_MARGE));
        if binnen_band(goud + d, goud, EXAMEN_MARGE) {
            prop_assert!(binnen_band(goud + d / Decimal::TWO, goud, EXAMEN_MARGE));
        }
    }

    #[test]
    fn validation_percentage_stays_between_0_and_100(n in 1usize..40, b in 0usize..40, u in 1usize..8) {
        let b = b.min(n);
        let v = valideer(Validatiesoort::Eerste, &rijen(b, n, u, dec!(50)));
        let p = v.percentage.unwrap();
        prop_assert!(p >= Decimal::ZERO && p <= Decimal::ONE_HUNDRED);
        prop_assert_eq!(v.binnen, b);
    }
}
