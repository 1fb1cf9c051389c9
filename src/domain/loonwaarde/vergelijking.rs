//! Two analyses of one werknemer side by side, taak by taak and score by score, and what makes
//! the difference in the loonwaarde (SPEC B3 nakijken, issue 13: second opinion, vector L10).
//!
//! The difference of the unrounded totals (B minus A) is split exactly into parts: per paired
//! taak the effect of its share, then tempo, kwaliteit and the third score (inzetbaarheid or netto
//! werktijd), each changed from A's value to B's in that order, so the parts of a taak telescope to
//! its change in contribution; a taak only one side has counts whole. Each side is computed with
//! its own method, so a ULW analysis can be compared with a stappenplan one: the tempo that counts
//! is the one its own method lets count.

use rust_decimal::Decimal;

use super::berekening::{bereken, Methode, Resultaat, Taak, Veldfout, Werkweek};
use crate::domain::getal::nl_kort;

/// One side of a taak: its hours, share and scores, and what it adds to the loonwaarde.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taakscores {
    /// The taak's position in its own analysis.
    pub index: usize,
    pub naam: String,
    pub uren: Decimal,
    /// Percent of the working time, unrounded.
    pub aandeel: Decimal,
    /// The tempo that counts in this side's method.
    pub tempo: Decimal,
    pub kwaliteit: Decimal,
    pub inzet: Decimal,
    pub prestatie: Decimal,
    /// Percent points of the loonwaarde, unrounded.
    pub bijdrage: Decimal,
}

/// A row of the comparison: a taak of A, of B, or of both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taakpaar {
    pub naam: String,
    pub a: Option<Taakscores>,
    pub b: Option<Taakscores>,
}

/// One cause of the difference, in percent points of the loonwaarde (B minus A).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verschil {
    pub tekst: String,
    pub procentpunt: Decimal,
}

/// One side: its method and its result, or why it cannot be computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Kant {
    pub methode: Methode,
    pub resultaat: Result<Resultaat, Vec<Veldfout>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Vergelijking {
    pub a: Kant,
    pub b: Kant,
    /// A's taken in A's order with their partners, then B's taken without one.
    pub paren: Vec<Taakpaar>,
    /// Every part of the difference, largest effect first; empty unless both sides compute. The
    /// parts add up to `verschil`.
    pub verschillen: Vec<Verschil>,
    /// B's unrounded loonwaarde minus A's, in percent points; `None` unless both sides compute.
    pub verschil: Option<Decimal>,
}

/// How taken are paired: by name (trimmed, case-insensitive), unless the user paired some by hand
/// (`(index in A, index in B)`), which goes first. A taak is in at most one pair.
pub fn paren(a: &[Taak], b: &[Taak], handmatig: &[(usize, usize)]) -> Vec<(Option<usize>, Option<usize>)> {
    let sleutel = |n: &str| n.trim().to_lowercase();
    let mut b_bezet = vec![false; b.len()];
    let mut a_partner: Vec<Option<usize>> = vec![None; a.len()];
    for &(i, j) in handmatig {
        if i < a.len() && j < b.len() && a_partner[i].is_none() && !b_bezet[j] {
            a_partner[i] = Some(j);
            b_bezet[j] = true;
        }
    }
    for (i, t) in a.iter().enumerate() {
        if a_partner[i].is_some() {
            continue;
        }
        if let Some(j) = (0..b.len()).find(|&j| !b_bezet[j] && sleutel(&b[j].naam) == sleutel(&t.naam)) {
            a_partner[i] = Some(j);
            b_bezet[j] = true;
        }
    }
    let mut uit: Vec<(Option<usize>, Option<usize>)> =
        a_partner.iter().enumerate().map(|(i, j)| (Some(i), *j)).collect();
    uit.extend(b_bezet.iter().enumerate().filter(|(_, bezet)| !**bezet).map(|(j, _)| (None, Some(j))));
    uit
}

fn scores(taken: &[Taak], r: &Resultaat) -> Vec<Taakscores> {
    taken
        .iter()
        .zip(&r.taken)
        .enumerate()
        .map(|(index, (t, tr))| Taakscores {
            index,
            naam: t.naam.trim().to_string(),
            uren: t.uren,
            aandeel: tr.aandeel,
            tempo: tr.tempo_telt,
            kwaliteit: t.kwaliteit,
            inzet: t.inzet,
            prestatie: tr.prestatie,
            bijdrage: tr.loonwaarde,
        })
        .collect()
}

const HONDERD3: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// aandeel × T × K × I in percent points of the loonwaarde.
fn bijdrage(a: Decimal, t: Decimal, k: Decimal, i: Decimal) -> Decimal {
    a * t * k * i / HONDERD3
}

/// The name of the third score when the two sides may use different methods.
pub fn derde(a: Methode, b: Methode) -> &'static str {
    match (a, b) {
        (Methode::Ulw, Methode::Ulw) => "Netto werktijd",
        (Methode::Stappenplan, Methode::Stappenplan) => "Inzetbaarheid",
        _ => "Inzetbaarheid / netto werktijd",
    }
}

/// The parts of the difference between a paired taak's contributions, B minus A; they telescope
/// to `b.bijdrage − a.bijdrage` up to the last digit of `Decimal`.
pub fn delen(a: &Taakscores, b: &Taakscores, derde: &'static str) -> [(&'static str, Decimal, Decimal, Decimal); 4] {
    let stap0 = bijdrage(a.aandeel, a.tempo, a.kwaliteit, a.inzet);
    let stap1 = bijdrage(b.aandeel, a.tempo, a.kwaliteit, a.inzet);
    let stap2 = bijdrage(b.aandeel, b.tempo, a.kwaliteit, a.inzet);
    let stap3 = bijdrage(b.aandeel, b.tempo, b.kwaliteit, a.inzet);
    let stap4 = bijdrage(b.aandeel, b.tempo, b.kwaliteit, b.inzet);
    [
        ("Aandeel", b.aandeel, a.aandeel, stap1 - stap0),
        ("Tempo", b.tempo, a.tempo, stap2 - stap1),
        ("Kwaliteit", b.kwaliteit, a.kwaliteit, stap3 - stap2),
        (derde, b.inzet, a.inzet, stap4 - stap3),
    ]
}

/// Compares analysis B with analysis A. `handmatig` pairs taken by hand (index in A, index in B);
/// the rest pair by name. Neither analysis is changed.
pub fn vergelijk(
    a: (Methode, &[Taak]),
    b: (Methode, &[Taak]),
    week: Option<Werkweek>,
    handmatig: &[(usize, usize)],
) -> Vergelijking {
    let ka = Kant { methode: a.0, resultaat: bereken(a.0, a.1, week, false) };
    let kb = Kant { methode: b.0, resultaat: bereken(b.0, b.1, week, false) };
    let sa = ka.resultaat.as_ref().map(|r| scores(a.1, r)).unwrap_or_default();
    let sb = kb.resultaat.as_ref().map(|r| scores(b.1, r)).unwrap_or_default();
    let naam = |t: &Taak| t.naam.trim().to_string();
    let paren: Vec<Taakpaar> = paren(a.1, b.1, handmatig)
        .into_iter()
        .map(|(i, j)| Taakpaar {
            naam: i.and_then(|i| a.1.get(i)).or_else(|| j.and_then(|j| b.1.get(j))).map(naam).unwrap_or_default(),
            a: i.and_then(|i| sa.get(i).cloned()),
            b: j.and_then(|j| sb.get(j).cloned()),
        })
        .collect();
    let (verschil, mut verschillen) = match (&ka.resultaat, &kb.resultaat) {
        (Ok(ra), Ok(rb)) => {
            let derde_naam = derde(a.0, b.0);
            let mut uit = Vec::new();
            for p in &paren {
                match (&p.a, &p.b) {
                    (Some(x), Some(y)) => {
                        let anders = if x.naam.to_lowercase() == y.naam.to_lowercase() {
                            x.naam.clone()
                        } else {
                            format!("{} / {}", x.naam, y.naam)
                        };
                        for (wat, eigen, ander, effect) in delen(x, y, derde_naam) {
                            uit.push(Verschil {
                                tekst: format!(
                                    "{wat} {anders}: {}% in plaats van {}%",
                                    nl_kort(eigen, 2),
                                    nl_kort(ander, 2)
                                ),
                                procentpunt: effect,
                            });
                        }
                    }
                    (None, Some(y)) => uit.push(Verschil {
                        tekst: format!("Taak {} staat alleen in B ({} uur)", y.naam, nl_kort(y.uren, 2)),
                        procentpunt: y.bijdrage,
                    }),
                    (Some(x), None) => uit.push(Verschil {
                        tekst: format!("Taak {} staat alleen in A ({} uur)", x.naam, nl_kort(x.uren, 2)),
                        procentpunt: -x.bijdrage,
                    }),
                    (None, None) => {}
                }
            }
            (Some(rb.onafgerond - ra.onafgerond), uit)
        }
        _ => (None, Vec::new()),
    };
    verschillen.sort_by_key(|v| std::cmp::Reverse(v.procentpunt.abs()));
    Vergelijking { a: ka, b: kb, paren, verschillen, verschil }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn taak(naam: &str, uren: Decimal, t: Decimal, k: Decimal, i: Decimal) -> Taak {
        Taak { naam: naam.into(), uren, tempo: t, kwaliteit: k, inzet: i, toegelicht: [true; 3] }
    }

    /// Vector L10: deskundige A 85%, B 80%; the 5 procentpunten all come from taak X's tempo.
    #[test]
    fn l10_second_opinion_splits_the_difference_into_its_cause() {
        let a =
            [taak("X", dec!(20), dec!(80), dec!(100), dec!(100)), taak("Y", dec!(20), dec!(100), dec!(90), dec!(100))];
        let b =
            [taak("x ", dec!(20), dec!(70), dec!(100), dec!(100)), taak("Y", dec!(20), dec!(100), dec!(90), dec!(100))];
        let v = vergelijk((Methode::Stappenplan, &a), (Methode::Stappenplan, &b), None, &[]);
        assert_eq!(v.a.resultaat.as_ref().unwrap().pi4, dec!(85));
        assert_eq!(v.b.resultaat.as_ref().unwrap().pi4, dec!(80));
        assert_eq!(v.verschil, Some(dec!(-5)));
        assert_eq!(v.verschillen[0].procentpunt, dec!(-5));
        assert_eq!(v.verschillen[0].tekst, "Tempo X: 70% in plaats van 80%");
        assert!(v.verschillen[1..].iter().all(|d| d.procentpunt.is_zero()));
        // Pi5 at € 15,00: € 12,75 against € 12,00.
        assert_eq!(v.a.resultaat.as_ref().unwrap().pi5_per_uur(dec!(15)).0, dec!(12.75));
        assert_eq!(v.b.resultaat.as_ref().unwrap().pi5_per_uur(dec!(15)).0, dec!(12.00));
    }

    #[test]
    fn pairs_by_hand_go_first_and_every_taak_is_in_one_pair() {
        let a = [
            taak("inpakken", dec!(10), dec!(100), dec!(100), dec!(100)),
            taak("sorteren", dec!(10), dec!(90), dec!(100), dec!(100)),
        ];
        let b = [
            taak("Sorteren", dec!(10), dec!(80), dec!(100), dec!(100)),
            taak("dozen vouwen", dec!(10), dec!(90), dec!(100), dec!(100)),
        ];
        assert_eq!(paren(&a, &b, &[]), [(Some(0), None), (Some(1), Some(0)), (None, Some(1))]);
        assert_eq!(paren(&a, &b, &[(0, 1)]), [(Some(0), Some(1)), (Some(1), Some(0))]);
        // A pair by hand that names a taken taak or an index out of range is ignored.
        assert_eq!(paren(&a, &b, &[(0, 0), (1, 0), (5, 1)]), [(Some(0), Some(0)), (Some(1), None), (None, Some(1))]);
    }

    /// Across methods: B in the ULW lets a tempo of 110% count as 100%, A in the stappenplan as
    /// measured; the difference is the tempo.
    #[test]
    fn a_ulw_analysis_compares_with_a_stappenplan_one() {
        let a = [taak("productie", dec!(40), dec!(110), dec!(90), dec!(100))];
        let v = vergelijk((Methode::Stappenplan, &a), (Methode::Ulw, &a), None, &[]);
        assert_eq!(v.verschil, Some(dec!(-9)));
        assert_eq!(v.verschillen[0].tekst, "Tempo productie: 100% in plaats van 110%");
        assert_eq!(v.verschillen[0].procentpunt, dec!(-9));
    }

    proptest::proptest! {
        /// The parts always add up to the difference of the unrounded totals.
        #[test]
        fn the_parts_add_up_to_the_difference(
            a in proptest::collection::vec((1u32..40, 0u32..200, 0u32..=100, 0u32..=100), 1..6),
            b in proptest::collection::vec((1u32..40, 0u32..200, 0u32..=100, 0u32..=100), 1..6),
            ulw in proptest::bool::ANY,
        ) {
            let maak = |v: &Vec<(u32, u32, u32, u32)>| -> Vec<Taak> {
                v.iter().enumerate().map(|(i, (u, t, k, n))| taak(&format!("t{}", i % 4), (*u).into(), (*t).into(), (*k).into(), (*n).into())).collect()
            };
            let (ta, tb) = (maak(&a), maak(&b));
            let mb = if ulw { Methode::Ulw } else { Methode::Stappenplan };
            let v = vergelijk((Methode::Stappenplan, &ta), (mb, &tb), None, &[]);
            let som: Decimal = v.verschillen.iter().map(|d| d.procentpunt).sum();
            let verschil = v.verschil.unwrap();
            proptest::prop_assert!((som - verschil).abs() < dec!(0.000000000001), "{} tegen {}", som, verschil);
        }
    }
}
