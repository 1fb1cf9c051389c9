//! K5 (compensatieregeling) and the aspirant verdicts of SPEC A5, on hand-made norm outcomes.

mod gedeeld;

use gedeeld::norm;
use werkwaarde::domain::keurmerk::oordeel::{compensatie_ruimte, oordeel, Uitslag};
use werkwaarde::domain::keurmerk::{Aanvrager, Normuitkomst, Profiel, Status};

fn houder(vorige: Option<bool>) -> Profiel {
    Profiel { aanvrager: Aanvrager::Keurmerkhouder, compensatie_vorige_periode: vorige, ..Default::default() }
}

/// `aantal` Diensten reported, the first `onder` of them below their 2.x.3 norm.
fn diensten(aantal: u8, onder: u8) -> Vec<Normuitkomst> {
    (1..=aantal)
        .map(|d| norm("2.x.3", 2, Some(d), if d <= onder { Status::VoldoetNiet } else { Status::Voldoet }, false))
        .chain([
            norm("1.5.8", 1, None, Status::Voldoet, false),
            norm("3.1.1", 3, None, Status::Voldoet, false),
            norm("minimum", 2, None, Status::Voldoet, false),
        ])
        .collect()
}

#[test]
fn k5_compensatieregeling() {
    let geval = |aantal: u8, onder: u8, vorige: bool| {
        oordeel(&houder(Some(vorige)), &diensten(aantal, onder), aantal as usize).uitslag
    };
    assert_eq!(geval(1, 1, false), Uitslag::Waarschuwing);
    assert_eq!(geval(3, 1, false), Uitslag::Gecompenseerd { diensten: vec![1] });
    assert_eq!(geval(3, 1, true), Uitslag::Waarschuwing);
    assert_eq!(geval(3, 2, false), Uitslag::Waarschuwing);
    assert_eq!(geval(6, 2, false), Uitslag::Gecompenseerd { diensten: vec![1, 2] });
    assert_eq!(geval(6, 3, false), Uitslag::Waarschuwing);
    assert_eq!(geval(6, 0, false), Uitslag::InOrde);
}

#[test]
fn compensation_room_by_number_of_diensten() {
    assert_eq!([1, 2, 5, 6, 12].map(compensatie_ruimte), [0, 1, 1, 2, 2]);
}

#[test]
fn an_unanswered_question_about_last_period_makes_compensation_provisional() {
    let o = oordeel(&houder(None), &diensten(3, 1), 3);
    assert_eq!(o.uitslag, Uitslag::Gecompenseerd { diensten: vec![1] });
    assert!(o.voorlopig);
    assert!(o.kop.starts_with("Voorlopig"));
}

#[test]
fn a_failed_materiele_norm_outweighs_everything_for_a_keurmerkhouder() {
    let mut n = diensten(3, 1);
    n.push(norm("1.2.4", 1, None, Status::VoldoetNiet, true));
    let o = oordeel(&houder(Some(false)), &n, 3);
    assert_eq!(o.uitslag, Uitslag::SchorsingOfIntrekkingMogelijk);
    assert!(o.redenen.iter().any(|r| r.starts_with("Norm 1.2.4 (materiële norm)")));
}

#[test]
fn a_failed_hoofdnorm_1_norm_is_a_waarschuwing_and_not_compensated() {
    let mut n = diensten(6, 1);
    n.push(norm("1.5.8", 1, None, Status::VoldoetNiet, false));
    assert_eq!(oordeel(&houder(Some(false)), &n, 6).uitslag, Uitslag::Waarschuwing);
}

#[test]
fn aspirant_verdicts() {
    let aspirant = Profiel::default();
    let o = oordeel(&aspirant, &diensten(2, 0), 2);
    assert_eq!(o.uitslag, Uitslag::KanWordenToegekend);
    assert_eq!(o.kop, "Keurmerk Arbeid kan worden toegekend");
    assert!(!o.voorlopig);

    // K9: only the minimum missed → verlenging.
    let mut zonder_minimum = diensten(2, 0);
    zonder_minimum.retain(|n| n.code != "minimum");
    zonder_minimum.push(norm("minimum", 2, None, Status::VoldoetNiet, false));
    assert_eq!(oordeel(&aspirant, &zonder_minimum, 2).uitslag, Uitslag::VerlengingMogelijk);

    // An aspirant gets no compensation: one Dienst below its norm is niet-toekenning (K5).
    let o = oordeel(&aspirant, &diensten(3, 1), 3);
    assert_eq!(o.uitslag, Uitslag::NietToekenning);
    assert!(o.redenen[0].starts_with("Dienst 1, norm 2.x.3"));

    // The minimum and hoofdnorm 1 both missed → niet-toekenning, no verlenging.
    zonder_minimum.push(norm("1.2.3", 1, None, Status::VoldoetNiet, true));
    assert_eq!(oordeel(&aspirant, &zonder_minimum, 2).uitslag, Uitslag::NietToekenning);
}

#[test]
fn unknown_items_make_the_verdict_provisional_and_are_listed() {
    let mut n = diensten(2, 0);
    n.push(norm("1.2.4", 1, None, Status::Onbekend, true));
    let o = oordeel(&Profiel::default(), &n, 2);
    assert_eq!(o.uitslag, Uitslag::KanWordenToegekend);
    assert!(o.voorlopig);
    assert_eq!(o.onbekend.len(), 1);
    assert_eq!(o.kop, "Voorlopig: Keurmerk Arbeid kan worden toegekend, als het onbekende onderdeel ook voldoet");
}

#[test]
fn a_missing_hoofdnorm_or_minimum_is_never_read_as_met() {
    let leeg = oordeel(&Profiel::default(), &[], 0);
    assert_eq!(leeg.uitslag, Uitslag::Onvolledig);
    assert_eq!(leeg.kop, "Nog geen oordeel: niet alle onderdelen zijn ingevuld");
    assert_eq!(oordeel(&houder(Some(false)), &[], 0).uitslag, Uitslag::Onvolledig);
    assert!(leeg.voorlopig);
    assert!(leeg
        .redenen
        .iter()
        .any(|r| r.contains("hoofdnorm 1, hoofdnorm 2, hoofdnorm 3, het minimum van vijf trajecten")));
    let mut zonder_3 = diensten(2, 0);
    zonder_3.retain(|n| n.hoofdnorm != 3);
    let o = oordeel(&Profiel::default(), &zonder_3, 2);
    assert_ne!(o.uitslag, Uitslag::KanWordenToegekend);
    assert!(o.voorlopig);
}

#[test]
fn never_toegekend_while_an_applicable_norm_fails() {
    use proptest::prelude::*;
    let statuses = prop::collection::vec(
        (
            1u8..=3,
            prop::option::of(1u8..=12),
            prop_oneof![
                Just(Status::Voldoet),
                Just(Status::VoldoetNiet),
                Just(Status::NietVanToepassing),
                Just(Status::Onbekend)
            ],
            any::<bool>(),
        ),
        0..30,
    );
    proptest!(|(items in statuses, aantal in 0usize..13)| {
        let n: Vec<_> = items.iter().map(|(h, d, s, m)| norm("x", *h, *d, *s, *m)).collect();
        let o = oordeel(&Profiel::default(), &n, aantal);
        if n.iter().any(|u| u.status == Status::VoldoetNiet) {
            prop_assert_ne!(&o.uitslag, &Uitslag::KanWordenToegekend);
        }
        if n.iter().any(|u| u.status == Status::Onbekend) {
            prop_assert!(o.voorlopig);
        }
        if o.uitslag == Uitslag::KanWordenToegekend {
            prop_assert!([1, 2, 3].iter().all(|h| n.iter().any(|u| u.hoofdnorm == *h)));
            prop_assert!(n.iter().any(|u| u.code == "minimum"));
        }
    });
}
