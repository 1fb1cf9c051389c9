//! Every path of the verdict (§6.1 and §6.2, SPEC A5) as one table: the profiel, the norm
//! outcomes, the number of Diensten reported, and the Uitslag the Handleiding leads to.
//!
//! What the Handleiding says, in short:
//! - §6.1.1: an aspirant meeting every norm gets the Keurmerk. With too few afgeronde trajecten
//!   (at least five, on one Dienst, from five different persons) Blik op Werk may extend the
//!   meetperiode once, by one meetperiode, if the audit shows Norm 1 met and the norms of the
//!   tevredenheidsonderzoek met; it may attach further conditions. A second shortfall means
//!   niet-toekenning: no second extension.
//! - §6.1.2: not meeting the norms is niet-toekenning; so is an audit or tevredenheidsonderzoek
//!   not (timely) done, or payment obligations to Blik op Werk not (fully) met.
//! - §6.2.1: no compensatieregeling for aspirants. A keurmerkhouder reporting one Dienst gets no
//!   compensatie; two to five Diensten: one Dienst may score below the norm; six or more: two.
//!   After a meetperiode with compensatie, the next must meet every norm.
//! - §1.2, §6.2.2 and the definitielijst: failing a materiële norm (1.2.1, 1.2.3–1.2.5, the
//!   Persoonlijk Keurmerk, correct and complete information) allows direct schorsing or
//!   intrekking, without a waarschuwing first; any other failure leads to a waarschuwing.
//!
//! The requirements that are not numbered norms (audit, tvo, betaling, persoonlijk,
//! informatie) come from the real `eisen::beoordeel`, so the table also checks how they are
//! typed (§6.1.2 condition or materieel).

mod gedeeld;

use gedeeld::norm;
use std::collections::BTreeMap;

use werkwaarde::domain::keurmerk::eisen;
use werkwaarde::domain::keurmerk::handleiding::HANDLEIDING;
use werkwaarde::domain::keurmerk::oordeel::{oordeel, Oordeel, Uitslag};
use werkwaarde::domain::keurmerk::{Aanvrager, Normuitkomst, Profiel, Status};

/// An aspirant who says whether this meetperiode already is the verlenging.
fn aspirant(al_verlengd: Option<bool>) -> Profiel {
    Profiel { aanvrager: Aanvrager::Aspirant, al_verlengd, ..Default::default() }
}

/// A keurmerkhouder who says whether compensatie was applied in the previous meetperiode.
fn houder(vorige: Option<bool>) -> Profiel {
    Profiel { aanvrager: Aanvrager::Keurmerkhouder, compensatie_vorige_periode: vorige, ..Default::default() }
}

/// One row of the table. By default: `diensten` Diensten reported, all meeting their 2.x.3
/// norm; hoofdnorm 1 (1.2.4 materieel, 1.5.8) and hoofdnorm 3 (3.1.1) met; the minimum of five
/// met; every requirement of `eisen::EISEN` that applies answered "ja".
struct Geval {
    wat: &'static str,
    profiel: Profiel,
    diensten: u8,
    /// The first `onder` Diensten fail their 2.x.3 norm.
    onder: u8,
    minimum: Status,
    /// Requirements answered "nee".
    nee: &'static [&'static str],
    /// Outcomes that replace the default one with the same code and Dienst (or are added).
    anders: Vec<Normuitkomst>,
    uitslag: Uitslag,
    voorlopig: bool,
}

impl Geval {
    fn new(wat: &'static str, profiel: Profiel, diensten: u8) -> Geval {
        Geval {
            wat,
            profiel,
            diensten,
            onder: 0,
            minimum: Status::Voldoet,
            nee: &[],
            anders: Vec::new(),
            uitslag: Uitslag::Onvolledig,
            voorlopig: false,
        }
    }

    fn onder(mut self, onder: u8) -> Geval {
        self.onder = onder;
        self
    }

    fn minimum_gemist(mut self) -> Geval {
        self.minimum = Status::VoldoetNiet;
        self
    }

    fn nee(mut self, nee: &'static [&'static str]) -> Geval {
        self.nee = nee;
        self
    }

    fn met(mut self, n: Normuitkomst) -> Geval {
        self.anders.push(n);
        self
    }

    fn verwacht(mut self, uitslag: Uitslag, voorlopig: bool) -> Geval {
        self.uitslag = uitslag;
        self.voorlopig = voorlopig;
        self
    }

    fn uitkomsten(&self) -> Vec<Normuitkomst> {
        let mut n = vec![
            norm("1.2.4", 1, None, Status::Voldoet, true),
            norm("1.5.8", 1, None, Status::Voldoet, false),
            norm("3.1.1", 3, None, Status::Voldoet, false),
            norm("minimum", 2, None, self.minimum, false),
        ];
        n.extend((1..=self.diensten).map(|d| {
            norm("2.x.3", 2, Some(d), if d <= self.onder { Status::VoldoetNiet } else { Status::Voldoet }, false)
        }));
        let antwoorden: BTreeMap<&'static str, bool> =
            eisen::EISEN.iter().map(|e| (e.id, !self.nee.contains(&e.id))).collect();
        n.extend(eisen::beoordeel(&self.profiel, &antwoorden));
        for a in &self.anders {
            match n.iter_mut().find(|x| x.code == a.code && x.dienst == a.dienst) {
                Some(plek) => *plek = a.clone(),
                None => n.push(a.clone()),
            }
        }
        n
    }

    fn oordeel(&self) -> Oordeel {
        oordeel(&self.profiel, &self.uitkomsten(), usize::from(self.diensten))
    }
}

fn gevallen() -> Vec<Geval> {
    use Uitslag::*;
    let gecompenseerd = |diensten: &[u8]| Gecompenseerd { diensten: diensten.to_vec() };
    let nee = Some(false);
    vec![
        // §6.1.1 toekenning: every norm met, the minimum of five met.
        Geval::new("aspirant: alles gehaald → toekenning", aspirant(nee), 2).verwacht(KanWordenToegekend, false),
        // §6.1.1 verlenging: too few afgeronde trajecten, Norm 1 and tevredenheid met.
        Geval::new("aspirant: alleen het minimum gemist → verlenging", aspirant(nee), 2)
            .minimum_gemist()
            .verwacht(VerlengingMogelijk, false),
        // The test of §6.1.1 names only Norm 1 and the tevredenheid: Dienst norms of hoofdnorm 2
        // below their norm do not stand in the way of the verlenging.
        Geval::new("aspirant: minimum gemist en twee Dienstnormen gemist → nog steeds verlenging", aspirant(nee), 3)
            .minimum_gemist()
            .onder(2)
            .verwacht(VerlengingMogelijk, false),
        // Unanswered whether this already is the verlenging: the verlenging is only provisional.
        Geval::new("aspirant: minimum gemist, vraag naar eerdere verlenging open → voorlopig", aspirant(None), 2)
            .minimum_gemist()
            .verwacht(VerlengingMogelijk, true),
        // §6.1.1: "niet nogmaals ... verlengen": a second shortfall is niet-toekenning.
        Geval::new("aspirant: minimum opnieuw gemist in de verlenging → niet-toekenning", aspirant(Some(true)), 2)
            .minimum_gemist()
            .verwacht(NietToekenning, false),
        // Already extended, but the minimum is now met: the normal toekenning.
        Geval::new("aspirant: in de verlenging alles gehaald → toekenning", aspirant(Some(true)), 2)
            .verwacht(KanWordenToegekend, false),
        // §6.1.1: verlenging needs Norm 1 met.
        Geval::new("aspirant: minimum en een norm van hoofdnorm 1 gemist → niet-toekenning", aspirant(nee), 2)
            .minimum_gemist()
            .met(norm("1.5.8", 1, None, Status::VoldoetNiet, false))
            .verwacht(NietToekenning, false),
        // §6.1.1: verlenging needs the tevredenheid norms met.
        Geval::new("aspirant: minimum en 3.1.1 gemist → niet-toekenning", aspirant(nee), 2)
            .minimum_gemist()
            .met(norm("3.1.1", 3, None, Status::VoldoetNiet, false))
            .verwacht(NietToekenning, false),
        // A materiële norm (1.2.4, the VOG) not met: no toekenning, minimum met or not.
        Geval::new("aspirant: materiële norm 1.2.4 gemist → niet-toekenning", aspirant(nee), 2)
            .met(norm("1.2.4", 1, None, Status::VoldoetNiet, true))
            .verwacht(NietToekenning, false),
        Geval::new("aspirant: materiële norm en minimum gemist → niet-toekenning", aspirant(nee), 2)
            .minimum_gemist()
            .met(norm("1.2.4", 1, None, Status::VoldoetNiet, true))
            .verwacht(NietToekenning, false),
        // §6.1.2: no (timely) audit, no (timely) tevredenheidsonderzoek, or payment obligations
        // unmet: niet-toekenning even with every norm met.
        Geval::new("aspirant: audit niet (tijdig) uitgevoerd → niet-toekenning", aspirant(nee), 2)
            .nee(&["audit"])
            .verwacht(NietToekenning, false),
        Geval::new("aspirant: tevredenheidsonderzoek niet (tijdig) → niet-toekenning", aspirant(nee), 2)
            .nee(&["tvo"])
            .verwacht(NietToekenning, false),
        Geval::new("aspirant: betalingsverplichtingen niet voldaan → niet-toekenning", aspirant(nee), 2)
            .nee(&["betaling"])
            .verwacht(NietToekenning, false),
        // A §6.1.2 condition also rules out the verlenging.
        Geval::new("aspirant: minimum gemist en niet betaald → niet-toekenning, geen verlenging", aspirant(nee), 2)
            .minimum_gemist()
            .nee(&["betaling"])
            .verwacht(NietToekenning, false),
        // The materiële requirements of the definitielijst hold for aspirants too.
        Geval::new("aspirant: Persoonlijk Keurmerk geschonden → niet-toekenning", aspirant(nee), 2)
            .nee(&["persoonlijk"])
            .verwacht(NietToekenning, false),
        Geval::new("aspirant: onjuiste of onvolledige informatie → niet-toekenning", aspirant(nee), 2)
            .nee(&["informatie"])
            .verwacht(NietToekenning, false),
        Geval::new("aspirant: minimum gemist en onjuiste informatie → niet-toekenning", aspirant(nee), 2)
            .minimum_gemist()
            .nee(&["informatie"])
            .verwacht(NietToekenning, false),
        // §6.2.1: "niet mogelijk voor Aspirant-Keurmerkhouders": one Dienst below its norm with
        // three Diensten reported (room for one, were it a keurmerkhouder) still fails.
        Geval::new("aspirant: één Dienstnorm gemist, minimum gehaald → niet-toekenning", aspirant(nee), 3)
            .onder(1)
            .verwacht(NietToekenning, false),
        // Keurmerkhouder.
        Geval::new("houder: alles gehaald → in orde", houder(nee), 3).verwacht(InOrde, false),
        // §6.2.1: one Dienst reported, no compensatie.
        Geval::new("houder: 1 Dienst, die onder de norm → waarschuwing", houder(nee), 1)
            .onder(1)
            .verwacht(Waarschuwing, false),
        // Two to five Diensten: one may be below the norm; boundaries 2 and 5.
        Geval::new("houder: 2 Diensten, 1 onder de norm → gecompenseerd", houder(nee), 2)
            .onder(1)
            .verwacht(gecompenseerd(&[1]), false),
        Geval::new("houder: 2 Diensten, 2 onder de norm → waarschuwing", houder(nee), 2)
            .onder(2)
            .verwacht(Waarschuwing, false),
        Geval::new("houder: 5 Diensten, 1 onder de norm → gecompenseerd", houder(nee), 5)
            .onder(1)
            .verwacht(gecompenseerd(&[1]), false),
        Geval::new("houder: 5 Diensten, 2 onder de norm → waarschuwing", houder(nee), 5)
            .onder(2)
            .verwacht(Waarschuwing, false),
        // Six or more: two may be below the norm; boundary 6 (and 12, all Diensten).
        Geval::new("houder: 6 Diensten, 2 onder de norm → gecompenseerd", houder(nee), 6)
            .onder(2)
            .verwacht(gecompenseerd(&[1, 2]), false),
        Geval::new("houder: 6 Diensten, 3 onder de norm → waarschuwing", houder(nee), 6)
            .onder(3)
            .verwacht(Waarschuwing, false),
        Geval::new("houder: 12 Diensten, 2 onder de norm → gecompenseerd", houder(nee), 12)
            .onder(2)
            .verwacht(gecompenseerd(&[1, 2]), false),
        // §6.2.1: after a meetperiode with compensatie, every norm must be met: no room now.
        Geval::new("houder: vorige periode gecompenseerd, 1 van 3 onder de norm → waarschuwing", houder(Some(true)), 3)
            .onder(1)
            .verwacht(Waarschuwing, false),
        Geval::new("houder: vorige periode gecompenseerd, 1 van 6 onder de norm → waarschuwing", houder(Some(true)), 6)
            .onder(1)
            .verwacht(Waarschuwing, false),
        // Unanswered whether compensatie was applied last time: compensated, but provisionally.
        Geval::new("houder: vraag naar vorige compensatie open → voorlopig gecompenseerd", houder(None), 3)
            .onder(1)
            .verwacht(gecompenseerd(&[1]), true),
        // Compensatie is for Dienst norms only: a non-materiële norm of hoofdnorm 1 is a
        // waarschuwing (§6.2.2) even with room to spare.
        Geval::new("houder: niet-materiële norm 1.5.8 gemist → waarschuwing", houder(nee), 6)
            .met(norm("1.5.8", 1, None, Status::VoldoetNiet, false))
            .verwacht(Waarschuwing, false),
        Geval::new("houder: 3.1.1 gemist → waarschuwing", houder(nee), 6)
            .met(norm("3.1.1", 3, None, Status::VoldoetNiet, false))
            .verwacht(Waarschuwing, false),
        // Materiële normen: direct schorsing or intrekking possible, no waarschuwing first.
        Geval::new("houder: materiële norm 1.2.4 gemist → schorsing of intrekking", houder(nee), 3)
            .met(norm("1.2.4", 1, None, Status::VoldoetNiet, true))
            .verwacht(SchorsingOfIntrekkingMogelijk, false),
        Geval::new("houder: materiële norm en een compenseerbare Dienst → schorsing of intrekking", houder(nee), 3)
            .onder(1)
            .met(norm("1.2.4", 1, None, Status::VoldoetNiet, true))
            .verwacht(SchorsingOfIntrekkingMogelijk, false),
        Geval::new("houder: Persoonlijk Keurmerk geschonden → schorsing of intrekking", houder(nee), 3)
            .nee(&["persoonlijk"])
            .verwacht(SchorsingOfIntrekkingMogelijk, false),
        Geval::new("houder: onjuiste of onvolledige informatie → schorsing of intrekking", houder(nee), 3)
            .nee(&["informatie"])
            .verwacht(SchorsingOfIntrekkingMogelijk, false),
        // The §6.1.2 conditions are the aspirant's: they are not asked of a keurmerkhouder, so a
        // stray "nee" there changes nothing.
        Geval::new("houder: §6.1.2-voorwaarden gelden niet → in orde", houder(nee), 3)
            .nee(&["audit", "tvo", "betaling"])
            .verwacht(InOrde, false),
    ]
}

#[test]
fn every_verdict_path_of_section_6_gives_its_uitslag() {
    let mut fouten = Vec::new();
    for g in gevallen() {
        let o = g.oordeel();
        if o.uitslag != g.uitslag || o.voorlopig != g.voorlopig {
            fouten.push(format!(
                "{}: verwacht {:?} (voorlopig {}), kreeg {:?} (voorlopig {}); redenen {:?}",
                g.wat, g.uitslag, g.voorlopig, o.uitslag, o.voorlopig, o.redenen
            ));
        }
    }
    assert!(fouten.is_empty(), "{}", fouten.join("\n"));
}

#[test]
fn the_table_holds_no_duplicate_rows_and_covers_both_applicants() {
    let rijen = gevallen();
    let namen: std::collections::BTreeSet<&str> = rijen.iter().map(|g| g.wat).collect();
    assert_eq!(namen.len(), rijen.len(), "every row has its own description");
    for a in [Aanvrager::Aspirant, Aanvrager::Keurmerkhouder] {
        assert!(rijen.iter().filter(|g| g.profiel.aanvrager == a).count() >= 10, "{a:?}");
    }
}

fn rij(wat: &str) -> Geval {
    gevallen().into_iter().find(|g| g.wat == wat).unwrap_or_else(|| panic!("geen rij {wat}"))
}

#[test]
fn a_verlenging_says_blik_op_werk_may_attach_nadere_voorwaarden_and_that_it_is_once_only() {
    let o = rij("aspirant: alleen het minimum gemist → verlenging").oordeel();
    assert_eq!(o.uitslag, Uitslag::VerlengingMogelijk);
    // §6.1.1: "Blik op Werk is bevoegd om aan deze verlenging nadere voorwaarden te verbinden".
    assert!(o.redenen.iter().any(|r| r.contains("nadere voorwaarden") && r.contains("§6.1.1")), "{:?}", o.redenen);
    assert!(o.kop.contains("eenmalig"), "{}", o.kop);
    // Answered "nee" to "already extended": nothing left to ask.
    assert!(!o.redenen.iter().any(|r| r.starts_with("Beantwoord")), "{:?}", o.redenen);
}

#[test]
fn an_unanswered_verlenging_question_is_asked_in_the_reasons() {
    let o = rij("aspirant: minimum gemist, vraag naar eerdere verlenging open → voorlopig").oordeel();
    assert!(o.kop.starts_with("Voorlopig: "), "{}", o.kop);
    assert!(
        o.redenen.iter().any(|r| r.contains("al een verlenging is") && r.contains("maar één keer")),
        "{:?}",
        o.redenen
    );
}

#[test]
fn a_second_shortfall_is_niet_toekenning_because_verlenging_is_once_only() {
    let o = rij("aspirant: minimum opnieuw gemist in de verlenging → niet-toekenning").oordeel();
    assert_eq!(o.uitslag, Uitslag::NietToekenning);
    // §6.1.1: Blik op Werk cannot extend again and proceeds to niet-toekenning.
    assert!(o.redenen.iter().any(|r| r.contains("al de verlenging") && r.contains("maar één keer")), "{:?}", o.redenen);
    // §6.1.2: a new aanvraag after twelve months, with a plan van aanpak.
    assert!(o.redenen.iter().any(|r| r.contains("twaalf maanden") && r.contains("plan van aanpak")));
    assert!(!o.redenen.iter().any(|r| r.contains("nadere voorwaarden")), "{:?}", o.redenen);
}

#[test]
fn dienst_norms_beside_a_verlenging_are_named_but_do_not_block_it() {
    let o = rij("aspirant: minimum gemist en twee Dienstnormen gemist → nog steeds verlenging").oordeel();
    assert!(
        o.redenen.iter().any(|r| r.starts_with("2 Dienstnormen van hoofdnorm 2 zijn niet gehaald")),
        "{:?}",
        o.redenen
    );
}

#[test]
fn a_missed_verlenging_says_why_norm_1_or_tevredenheid_blocks_it() {
    for wat in [
        "aspirant: minimum en een norm van hoofdnorm 1 gemist → niet-toekenning",
        "aspirant: minimum en 3.1.1 gemist → niet-toekenning",
    ] {
        let o = rij(wat).oordeel();
        assert!(
            o.redenen.iter().any(|r| r.starts_with("Verlenging met één meetperiode is er alleen als hoofdnorm 1")),
            "{wat}: {:?}",
            o.redenen
        );
    }
}

#[test]
fn section_6_1_2_requirements_are_named_with_their_paragraph() {
    for id in ["audit", "tvo", "betaling"] {
        let e = eisen::eis(id).unwrap();
        assert_eq!(e.bron, "§6.1.2", "{id}");
        assert_eq!(e.soort, eisen::Eissoort::Toekenning, "{id}");
    }
    let o = rij("aspirant: betalingsverplichtingen niet voldaan → niet-toekenning").oordeel();
    assert!(o.redenen.iter().any(|r| r.starts_with("Betalingsverplichtingen (§6.1.2)")), "{:?}", o.redenen);
}

#[test]
fn compensation_names_its_room_and_that_the_next_period_must_meet_every_norm() {
    let o = rij("houder: 5 Diensten, 1 onder de norm → gecompenseerd").oordeel();
    assert!(
        o.redenen.iter().any(|r| r.contains("bij 5 gerapporteerde Dienst(en) mag één Dienst onder de norm blijven")),
        "{:?}",
        o.redenen
    );
    assert!(o.redenen.iter().any(|r| r.contains("volgende meetperiode aan alle normen voldoen")));
    let o = rij("houder: vorige periode gecompenseerd, 1 van 3 onder de norm → waarschuwing").oordeel();
    assert!(
        o.redenen.iter().any(|r| r.contains("in de vorige meetperiode al is toegepast (§6.2.1)")),
        "{:?}",
        o.redenen
    );
}

#[test]
fn a_materiele_requirement_of_a_keurmerkhouder_is_named_in_the_reasons() {
    let o = rij("houder: Persoonlijk Keurmerk geschonden → schorsing of intrekking").oordeel();
    assert_eq!(o.kop, "Een materiële norm is niet gehaald: directe schorsing of intrekking is mogelijk");
    assert!(o.redenen.iter().any(|r| r.starts_with("Persoonlijk Keurmerk (§6.2.6")), "{:?}", o.redenen);
}

#[test]
fn the_verdict_cites_the_handleiding_by_name_and_paragraph() {
    let asp = rij("aspirant: alles gehaald → toekenning").oordeel();
    assert_eq!(asp.uitleg.bron, format!("{}, §6.1.1 en §6.1.2", HANDLEIDING.naam));
    let hou = rij("houder: alles gehaald → in orde").oordeel();
    assert_eq!(hou.uitleg.bron, format!("{}, §6.2.1 en §6.2.2", HANDLEIDING.naam));
}
