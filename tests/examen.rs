//! L5 and L6 of `vectors/loonwaarde.md` with their exact boundaries, the herexamen, nakijken,
//! drawing casussen, and the sitting: its days, timer, hand-in and grading.

use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use werkwaarde::domain::examen::band::{
    afwijking_procent, beoordeel, binnen_band, op_centen, Bandoordeel, EXAMEN_MARGE, PI5_DECIMALEN,
};
use werkwaarde::domain::examen::casus::{nog_niet_getrokken, pi5_op_centen, trek, trek_zonder_herhaling, Casus};
use werkwaarde::domain::examen::nakijken::{nakijken, nakijken_met_invoerfouten, telt_bij_nakijken};
use werkwaarde::domain::examen::uitslag::{
    self, banden, examen, herexamen, herexamen_norm, uitslag_zichtbaar, Uitslag, EXAMEN_CASUSSEN, GESLAAGD_VANAF,
    HEREXAMEN_CASUSSEN,
};
use werkwaarde::domain::examen::validatie::{valideer, Resultaatrij, Validatiesoort};
use werkwaarde::domain::examen::zitting::{
    controleer_antwoord, dag_van, examenduur, nieuwe_dagen, Antwoord, Dag, Soort, Zitting, CASUSSEN_PER_DAG,
    EXAMENDAGEN, HEREXAMENDAGEN, MAX_MINUTEN, MIN_MINUTEN, STANDAARD_MINUTEN,
};
use werkwaarde::domain::loonwaarde::{Methode, Taak, Veld};

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
    assert!(herexamen(4, &oordelen(2, 3)).unwrap().uitleg.bron.contains("(aanname van Werkwaarde)"));
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

/// Issue 15: exams draw from the whole pool without repeats until it is used up. Four exams of
/// six from 24 casussen are 24 different casussen; the fifth begins a new round.
#[test]
fn exams_draw_without_repeats_until_the_pool_is_used_up() {
    let alle: Vec<String> = (1..=24).map(|i| format!("c{i:02}")).collect();
    let mut eerdere: Vec<String> = Vec::new();
    for examen in 0..4u32 {
        let zes = trek_zonder_herhaling(&alle, &eerdere, &[], 6, 11 + examen);
        assert_eq!(zes.len(), 6);
        assert!(zes.iter().all(|c| !eerdere.contains(c)), "examen {examen} herhaalt een casus: {zes:?}");
        eerdere.extend(zes);
    }
    let mut gezien = eerdere.clone();
    gezien.sort();
    assert_eq!(gezien, alle, "vier examens van zes dekken de hele pool precies één keer");
    assert_eq!(nog_niet_getrokken(&alle, &eerdere), alle, "de pool is op: een nieuwe ronde begint");
    let vijfde = trek_zonder_herhaling(&alle, &eerdere, &[], 6, 99);
    assert_eq!(vijfde.len(), 6);
}

/// A round that runs out mid-exam: the rest of the round first, then new casussen, not those of
/// the exam a herexamen follows.
#[test]
fn a_draw_that_ends_a_round_takes_the_rest_first_and_avoids_the_previous_exam() {
    let alle: Vec<String> = (1..=8).map(|i| format!("c{i:02}")).collect();
    let eerste: Vec<String> = alle[..6].to_vec();
    let vrij = nog_niet_getrokken(&alle, &eerste);
    assert_eq!(vrij, ["c07", "c08"]);
    let her = trek_zonder_herhaling(&alle, &eerste, &eerste[..3], 3, 5);
    assert_eq!(her.len(), 3);
    assert!(her.contains(&"c07".to_string()) && her.contains(&"c08".to_string()), "{her:?}");
    assert!(!eerste[..3].contains(&her[2]), "aangevuld met een casus van het vorige examen: {her:?}");
    // Ids no longer in the pool (a casus removed from the app) do not count.
    assert_eq!(nog_niet_getrokken(&alle, &["weg".to_string()]), alle);
}

#[test]
fn the_exam_day_lasts_180_minutes_unless_set_from_1_to_480() {
    assert_eq!((STANDAARD_MINUTEN, MIN_MINUTEN, MAX_MINUTEN), (180, 1, 480));
    assert_eq!(examenduur(None), Ok(180));
    assert_eq!(examenduur(Some(1)), Ok(1));
    assert_eq!(examenduur(Some(480)), Ok(480));
    for buiten in [0, 481, u32::MAX] {
        let f = examenduur(Some(buiten)).unwrap_err();
        assert!(f.contains("1 tot en met 480"), "{buiten}: {f}");
    }
}

#[test]
fn an_exam_is_two_days_of_three_and_a_herexamen_one_sitting_of_three() {
    assert_eq!((CASUSSEN_PER_DAG, EXAMENDAGEN, HEREXAMENDAGEN), (3, 2, 1));
    assert_eq!((Soort::Examen.dagen(), Soort::Examen.casussen()), (2, 6));
    assert_eq!((Soort::Herexamen.dagen(), Soort::Herexamen.casussen()), (1, 3));
    assert_eq!((EXAMEN_CASUSSEN, HEREXAMEN_CASUSSEN, GESLAAGD_VANAF), (6, 3, 5));
    assert_eq!((0..6).map(dag_van).collect::<Vec<_>>(), [0, 0, 0, 1, 1, 1]);
    let dagen = nieuwe_dagen(Soort::Examen, 90);
    assert_eq!(dagen, vec![Dag::nieuw(90); 2]);
    assert!(dagen.iter().all(|d| d.gestart.is_none() && d.ingeleverd.is_none() && !d.tijd_op));
    assert_eq!(nieuwe_dagen(Soort::Herexamen, 90).len(), 1);
}

#[test]
fn an_answer_is_a_pi5_on_cents_and_not_negative() {
    assert_eq!(PI5_DECIMALEN, 2);
    assert_eq!(controleer_antwoord(dec!(0)), Ok(dec!(0)));
    assert_eq!(controleer_antwoord(dec!(12.94)), Ok(dec!(12.94)));
    assert_eq!(controleer_antwoord(dec!(12.9400)), Ok(dec!(12.9400)), "trailing zeros are still cents");
    assert!(controleer_antwoord(dec!(12.945)).unwrap_err().contains("2 decimalen"));
    assert!(controleer_antwoord(dec!(-0.01)).unwrap_err().contains("negatief"));
    // Compared on cents, rounded half away from zero.
    assert_eq!(op_centen(dec!(12.345)), dec!(12.35));
    assert_eq!(op_centen(dec!(12.3449)), dec!(12.34));
    assert_eq!(pi5_op_centen(dec!(71), dec!(16.00)), dec!(11.36));
}

fn dag_van_twee_minuten_vanaf(gestart: u64) -> Dag {
    let mut d = Dag::nieuw(2);
    assert!(d.begin(gestart));
    d
}

#[test]
fn the_timer_hands_a_day_in_at_the_exact_millisecond_of_its_end() {
    let mut niet_begonnen = Dag::nieuw(2);
    assert_eq!((niet_begonnen.einde(), niet_begonnen.resterend(5)), (None, None));
    assert!(!niet_begonnen.verloop(u64::MAX), "a day not begun never runs out");
    assert!(!niet_begonnen.loopt(0));

    let mut d = dag_van_twee_minuten_vanaf(1_000);
    assert!(!d.begin(2_000), "a day begins once");
    assert_eq!(d.gestart, Some(1_000));
    assert_eq!(d.einde(), Some(121_000));
    assert_eq!(d.resterend(61_000), Some(60_000));
    assert_eq!(d.resterend(500_000), Some(0));
    assert!(d.loopt(120_999) && !d.verstreken(120_999));
    assert!(!d.verloop(120_999));
    assert_eq!(d.ingeleverd, None);
    assert!(d.verstreken(121_000) && !d.loopt(121_000));
    assert!(d.verloop(121_000));
    assert_eq!((d.ingeleverd, d.tijd_op), (Some(121_000), true));
    assert!(!d.verloop(200_000), "handed in once");
    assert_eq!(d.ingeleverd, Some(121_000));
    assert!(!d.begin(300_000), "a handed-in day does not begin again");

    // Also when nobody looked: the day is handed in at its end, not when the timer next ran.
    let mut later = dag_van_twee_minuten_vanaf(1_000);
    assert!(later.verloop(9_999_999));
    assert_eq!(later.ingeleverd, Some(121_000));

    // A corrupt start time in a file does not overflow.
    let mut rand = Dag { gestart: Some(u64::MAX), ..Dag::nieuw(MAX_MINUTEN) };
    assert_eq!(rand.einde(), Some(u64::MAX));
    assert!(!rand.verloop(u64::MAX - 1));
}

#[test]
fn handing_in_needs_confirmation_and_a_begun_day() {
    let mut niet_begonnen = Dag::nieuw(2);
    assert!(!niet_begonnen.lever_in(5, true));
    assert_eq!(niet_begonnen.ingeleverd, None);

    let mut d = dag_van_twee_minuten_vanaf(1_000);
    assert!(!d.lever_in(60_000, false), "not without confirmation");
    assert_eq!(d.ingeleverd, None);
    assert!(d.lever_in(60_000, true));
    assert_eq!((d.ingeleverd, d.tijd_op), (Some(60_000), false));
    assert!(!d.lever_in(70_000, true), "handed in once");
    assert_eq!(d.ingeleverd, Some(60_000));

    // One millisecond before the end the user hands in; at the end the time was up.
    let mut net = dag_van_twee_minuten_vanaf(1_000);
    assert!(net.lever_in(120_999, true));
    assert_eq!((net.ingeleverd, net.tijd_op), (Some(120_999), false));
    let mut te_laat = dag_van_twee_minuten_vanaf(1_000);
    assert!(te_laat.lever_in(121_000, true));
    assert_eq!((te_laat.ingeleverd, te_laat.tijd_op), (Some(121_000), true));
    let mut veel_te_laat = dag_van_twee_minuten_vanaf(1_000);
    assert!(veel_te_laat.lever_in(500_000, true));
    assert_eq!((veel_te_laat.ingeleverd, veel_te_laat.tijd_op), (Some(121_000), true));
}

fn zitting(id: u64, soort: Soort, vorige: Option<u64>, binnen: usize) -> Zitting {
    let antwoorden =
        (0..soort.casussen()).map(|i| Antwoord { goud: dec!(10), pi5: (i < binnen).then_some(dec!(10.50)) }).collect();
    Zitting { id, soort, vorige, dagen: nieuwe_dagen(soort, 60), antwoorden }
}

fn alles_ingeleverd(mut z: Zitting) -> Zitting {
    for d in &mut z.dagen {
        d.begin(0);
        d.lever_in(1, true);
    }
    z
}

#[test]
fn days_are_sat_in_order_and_only_the_running_day_takes_answers() {
    let mut z = zitting(1, Soort::Examen, None, 0);
    assert_eq!(z.huidige_dag(), Some(0));
    assert!(!z.begin(1, 0), "day 2 waits for day 1");
    assert!(!z.antwoord_open(0, 0), "not before the day begins");
    assert!(z.begin(0, 1_000));
    assert!(!z.begin(0, 2_000));
    assert!((0..3).all(|c| z.antwoord_open(c, 2_000)));
    assert!((3..6).all(|c| !z.antwoord_open(c, 2_000)));
    assert!(!z.antwoord_open(0, 1_000 + 60 * 60_000), "not once the time is up");
    assert!(!z.antwoord_open(6, 2_000), "no such casus");
    assert!(!z.lever_in(0, 3_000, false));
    assert!(z.lever_in(0, 3_000, true));
    assert!(!z.antwoord_open(0, 3_000), "not after the hand-in");
    assert_eq!(z.huidige_dag(), Some(1));
    assert!(!z.klaar());
    assert!(z.begin(1, 4_000));
    assert!(!z.verloop(4_000 + 60 * 60_000 - 1));
    assert!(z.verloop(4_000 + 60 * 60_000));
    assert!(z.dagen[1].tijd_op && !z.dagen[0].tijd_op);
    assert_eq!(z.huidige_dag(), None);
    assert!(z.klaar());
    assert!(!z.lever_in(7, 0, true), "no such day");
    assert!(!Zitting { dagen: Vec::new(), ..z }.klaar(), "a sitting without days is never finished");
}

#[test]
fn an_empty_answer_counts_as_outside_and_there_is_no_verdict_before_the_end() {
    let b = banden(&[Antwoord { goud: dec!(10), pi5: None }, Antwoord { goud: dec!(10), pi5: Some(dec!(11)) }]);
    assert_eq!(b.iter().map(|o| o.binnen).collect::<Vec<_>>(), [false, true]);
    let mut z = zitting(1, Soort::Examen, None, 6);
    let o = uitslag::oordeel(&[], &z);
    assert_eq!((o.klaar, o.binnen, o.geslaagd, o.uitslag), (false, 6, None, None));
    assert!(o.uitleg.is_none());
    z.dagen[0].begin(0);
    z.dagen[0].lever_in(1, true);
    assert_eq!(uitslag::oordeel(&[], &z).geslaagd, None, "one day of two is not the end");
    let z = alles_ingeleverd(z);
    let o = uitslag::oordeel(&[], &z);
    assert_eq!((o.klaar, o.geslaagd, o.uitslag), (true, Some(true), Some(Uitslag::Geslaagd)));
    assert!(o.kop.contains("6 van 6"), "{}", o.kop);
    for (binnen, geslaagd) in [(5, true), (4, false), (0, false)] {
        let o = uitslag::oordeel(&[], &alles_ingeleverd(zitting(1, Soort::Examen, None, binnen)));
        assert_eq!(o.geslaagd, Some(geslaagd), "{binnen}");
    }
    // An exam of the wrong size says so instead of judging.
    let mut kort = alles_ingeleverd(zitting(1, Soort::Examen, None, 5));
    kort.antwoorden.pop();
    let o = uitslag::oordeel(&[], &kort);
    assert_eq!(o.geslaagd, None);
    assert!(o.kop.contains("6 casussen"), "{}", o.kop);
}

#[test]
fn a_herexamen_is_open_once_after_3_or_4_and_judged_by_its_norm() {
    for (binnen, norm) in [(3, Some(3)), (4, Some(2)), (2, None), (5, None)] {
        let examen = alles_ingeleverd(zitting(1, Soort::Examen, None, binnen));
        assert_eq!(uitslag::herexamen_mogelijk(&[examen]).map(|(_, n)| n), norm, "{binnen}");
    }
    let examen = alles_ingeleverd(zitting(1, Soort::Examen, None, 4));
    assert_eq!(uitslag::herexamen_mogelijk(std::slice::from_ref(&examen)), Some((1, 2)));
    // An unfinished exam opens nothing; the latest finished exam counts.
    let lopend = zitting(2, Soort::Examen, None, 0);
    assert_eq!(uitslag::herexamen_mogelijk(std::slice::from_ref(&lopend)), None);
    assert_eq!(uitslag::herexamen_mogelijk(&[examen.clone(), lopend]), Some((1, 2)));
    let geslaagd = alles_ingeleverd(zitting(3, Soort::Examen, None, 6));
    assert_eq!(uitslag::herexamen_mogelijk(&[examen.clone(), geslaagd]), None);

    // Offered once: a started herexamen closes it, finished or not.
    let her = zitting(2, Soort::Herexamen, Some(1), 2);
    let alle = [examen.clone(), her.clone()];
    assert_eq!(uitslag::herexamen_mogelijk(&alle), None);
    assert_eq!(uitslag::oordeel(&alle, &her).geslaagd, None);
    // After 4 of 6 the norm is 2 of 3: 2 passes, 1 does not.
    let her = alles_ingeleverd(her);
    let o = uitslag::oordeel(&[examen.clone(), her.clone()], &her);
    assert_eq!(o.geslaagd, Some(true));
    assert!(o.kop.contains("norm 2 van 3"), "{}", o.kop);
    let zwak = alles_ingeleverd(zitting(2, Soort::Herexamen, Some(1), 1));
    assert_eq!(uitslag::oordeel(&[examen.clone(), zwak.clone()], &zwak).geslaagd, Some(false));
    // After 3 of 6 the norm is 3 of 3.
    let drie = alles_ingeleverd(zitting(1, Soort::Examen, None, 3));
    let her = alles_ingeleverd(zitting(2, Soort::Herexamen, Some(1), 2));
    assert_eq!(uitslag::oordeel(&[drie, her.clone()], &her).geslaagd, Some(false));
    // Without its exam a herexamen cannot be judged, and says why.
    let o = uitslag::oordeel(std::slice::from_ref(&her), &her);
    assert_eq!(o.geslaagd, None);
    assert!(o.kop.contains("niet meer in dit dossier"), "{}", o.kop);
}

#[test]
fn nakijken_compares_pi5_on_cents_and_counts_only_the_analysis() {
    let c = casus();
    let goud = c.gouden_standaard.stappenplan.pi5;
    let taken = als_taken(&c, Methode::Stappenplan);
    let r = nakijken(&c, Methode::Stappenplan, &taken, Some(goud + dec!(0.004)));
    assert_eq!(r.pi5, Some(goud));
    assert_eq!(r.band.afwijking, Some(Decimal::ZERO));
    let r = nakijken(&c, Methode::Stappenplan, &taken, Some(goud + dec!(0.005)));
    assert_eq!(r.pi5, Some(goud + dec!(0.01)), "half a cent rounds away from zero");
    assert!(telt_bij_nakijken(Veld::Tempo(0)) && telt_bij_nakijken(Veld::Normloon));
    assert!(!telt_bij_nakijken(Veld::Peildatum) && !telt_bij_nakijken(Veld::Wml));
    assert!(!telt_bij_nakijken(Veld::Bedrag(0)));
    let r = nakijken_met_invoerfouten(&c, Methode::Stappenplan, 1);
    assert_eq!(
        r.meldingen,
        ["Uw analyse heeft nog 1 invoerfout; verbeter die in de rekenhulp en kijk dan opnieuw na."]
    );
    assert!(!r.band.binnen && r.pi4.is_none());
    assert!(nakijken_met_invoerfouten(&c, Methode::Stappenplan, 2).meldingen[0].contains("2 invoerfouten"));
}

proptest! {
    /// Within one exam never a casus twice, whatever came before.
    #[test]
    fn a_draw_never_repeats_within_an_exam(
        pool in 6usize..30,
        eerdere in proptest::collection::vec(0usize..30, 0..60),
        n in 1usize..7,
        zaad in any::<u32>(),
    ) {
        let alle: Vec<String> = (0..pool).map(|i| format!("c{i:02}")).collect();
        let eerdere: Vec<String> = eerdere.into_iter().map(|i| format!("c{i:02}")).collect();
        let getrokken = trek_zonder_herhaling(&alle, &eerdere, &[], n, zaad);
        let mut uniek = getrokken.clone();
        uniek.sort();
        uniek.dedup();
        prop_assert_eq!(getrokken.len(), n.min(pool));
        prop_assert_eq!(uniek.len(), getrokken.len());
        let vrij = nog_niet_getrokken(&alle, &eerdere);
        if vrij.len() >= n {
            prop_assert!(getrokken.iter().all(|c| vrij.contains(c)));
        } else {
            prop_assert!(vrij.iter().all(|c| getrokken.contains(c)));
        }
    }

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
