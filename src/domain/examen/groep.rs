//! Grading a group: every trainee's answers to one casus pack against its Gouden Standaard, per
//! trainee the verdict of the exam (or herexamen) and per casus how the group scattered and what
//! made each trainee's difference, taak by taak.
//!
//! The verdict is the exam's own (`uitslag`), the band the exam's ±10% (`band`) and the
//! difference the nakijken of a practice casus (`nakijken`): a group is judged exactly as one
//! trainee alone would be.

use rust_decimal::Decimal;

use super::band::Bandoordeel;
use super::casus::Casus;
use super::nakijken::{nakijken, Verschil};
use super::uitslag::{self, Uitslag};
use super::zitting::{Antwoord, Dag, Soort};
use crate::domain::loonwaarde::{Methode, Taak};
use crate::domain::uitleg::Uitleg;

/// What one trainee handed in for the pack, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Inzending {
    pub deelnemer: String,
    /// Per casus of the pack, in its order: the Pi5 answered (`None`: empty or unreadable).
    pub antwoorden: Vec<Option<Decimal>>,
    /// Per casus: the trainee's taak-urenanalyse, where they worked it in the calculator.
    pub analyses: Vec<Option<Vec<Taak>>>,
    pub dagen: Vec<Dag>,
    /// For a herexamen: how many of the trainee's exam were within the band, when that exam's
    /// answer file was read too (the herexamen's norm depends on it).
    pub examen_binnen: Option<usize>,
}

/// The verdict of a trainee, in short for the overview and whole for the uitleg.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kortoordeel {
    Geslaagd,
    Herexamen,
    NietGeslaagd,
    /// A herexamen whose exam was not read: its norm is unknown.
    Onbekend,
}

impl Kortoordeel {
    pub fn naam(self) -> &'static str {
        match self {
            Kortoordeel::Geslaagd => "geslaagd",
            Kortoordeel::Herexamen => "herexamen",
            Kortoordeel::NietGeslaagd => "niet geslaagd",
            Kortoordeel::Onbekend => "norm onbekend",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deelnemeruitslag {
    pub deelnemer: String,
    /// Per casus, in the pack's order.
    pub oordelen: Vec<Bandoordeel>,
    pub binnen: usize,
    pub kort: Kortoordeel,
    pub kop: String,
    pub uitleg: Option<Uitleg>,
    /// A day handed in because the time was up, by number (1-based).
    pub tijd_op: Vec<usize>,
}

/// One trainee's answer to one casus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Groepsantwoord {
    pub deelnemer: String,
    pub band: Bandoordeel,
    /// What made the difference with the Gouden Standaard, largest first; empty without an
    /// analysis.
    pub verschillen: Vec<Verschil>,
    /// Why the difference is missing or incomplete.
    pub meldingen: Vec<String>,
}

/// How the group did on one casus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Casusspreiding {
    pub casus_id: String,
    pub titel: String,
    pub goud: Decimal,
    pub antwoorden: Vec<Groepsantwoord>,
    pub binnen: usize,
    /// Lowest, median and highest answer; `None` when nobody answered.
    pub laagste: Option<Decimal>,
    pub mediaan: Option<Decimal>,
    pub hoogste: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Groepsoordeel {
    pub deelnemers: Vec<Deelnemeruitslag>,
    pub casussen: Vec<Casusspreiding>,
}

/// Judges every inzending against `casussen` (the pack, with its Gouden Standaard) in `methode`.
/// An inzending that does not have one answer per casus is judged on what it has: a missing
/// answer counts as outside the band, as an empty one does.
pub fn beoordeel_groep(casussen: &[Casus], methode: Methode, soort: Soort, inzendingen: &[Inzending]) -> Groepsoordeel {
    let goud: Vec<Decimal> = casussen.iter().map(|c| c.analyse(methode).pi5).collect();
    let deelnemers = inzendingen.iter().map(|i| deelnemer(&goud, soort, i)).collect::<Vec<_>>();
    let casussen = casussen
        .iter()
        .enumerate()
        .map(|(k, casus)| {
            let antwoorden: Vec<Groepsantwoord> = inzendingen
                .iter()
                .zip(&deelnemers)
                .map(|(i, d)| groepsantwoord(casus, methode, k, i, &d.oordelen[k]))
                .collect();
            let mut gegeven: Vec<Decimal> = antwoorden.iter().filter_map(|a| a.band.antwoord).collect();
            gegeven.sort();
            Casusspreiding {
                casus_id: casus.id.clone(),
                titel: casus.titel.clone(),
                goud: goud[k],
                binnen: antwoorden.iter().filter(|a| a.band.binnen).count(),
                laagste: gegeven.first().copied(),
                mediaan: mediaan(&gegeven),
                hoogste: gegeven.last().copied(),
                antwoorden,
            }
        })
        .collect();
    Groepsoordeel { deelnemers, casussen }
}

/// Every answer against the Gouden Standaard Pi5 of its casus (`goud`, in the pack's order),
/// within ±10%; a missing answer counts as outside the band.
pub fn banden(goud: &[Decimal], antwoorden: &[Option<Decimal>]) -> Vec<Bandoordeel> {
    let antwoorden: Vec<Antwoord> = goud
        .iter()
        .enumerate()
        .map(|(k, g)| Antwoord { goud: *g, pi5: antwoorden.get(k).copied().flatten() })
        .collect();
    uitslag::banden(&antwoorden)
}

fn deelnemer(goud: &[Decimal], soort: Soort, i: &Inzending) -> Deelnemeruitslag {
    let oordelen = banden(goud, &i.antwoorden);
    let binnen = oordelen.iter().filter(|o| o.binnen).count();
    let tijd_op = i.dagen.iter().enumerate().filter(|(_, d)| d.tijd_op).map(|(n, _)| n + 1).collect();
    let (kort, kop, uitleg) = match soort {
        Soort::Examen => match uitslag::examen(&oordelen) {
            Ok(u) => {
                let kort = match u.uitslag {
                    Uitslag::Geslaagd => Kortoordeel::Geslaagd,
                    Uitslag::NietGeslaagdHerexamen { .. } => Kortoordeel::Herexamen,
                    Uitslag::NietGeslaagdGeenHerexamen => Kortoordeel::NietGeslaagd,
                };
                (kort, u.kop, Some(u.uitleg))
            }
            Err(f) => (Kortoordeel::Onbekend, f, None),
        },
        Soort::Herexamen => match i.examen_binnen.map(|b| uitslag::herexamen(b, &oordelen)) {
            Some(Ok(u)) => {
                let kort = if u.geslaagd { Kortoordeel::Geslaagd } else { Kortoordeel::NietGeslaagd };
                (kort, u.kop, Some(u.uitleg))
            }
            Some(Err(f)) => (Kortoordeel::Onbekend, f, None),
            None => (
                Kortoordeel::Onbekend,
                format!(
                    "{binnen} van de {} binnen de bandbreedte; de norm hangt af van het examen van deze deelnemer, \
                     en dat antwoordbestand is niet ingelezen",
                    oordelen.len()
                ),
                None,
            ),
        },
    };
    Deelnemeruitslag { deelnemer: i.deelnemer.clone(), oordelen, binnen, kort, kop, uitleg, tijd_op }
}

fn groepsantwoord(casus: &Casus, methode: Methode, k: usize, i: &Inzending, band: &Bandoordeel) -> Groepsantwoord {
    let (verschillen, meldingen) = match i.analyses.get(k).and_then(|a| a.as_ref()) {
        Some(taken) => {
            let r = nakijken(casus, methode, taken, band.antwoord);
            // The nakijken of practice speaks to the user; here only what blocks the comparison
            // is relevant, and it concerns the trainee.
            let meldingen = if r.pi4.is_none() {
                vec!["De analyse van deze deelnemer is niet compleet: het verschil per taak ontbreekt.".to_string()]
            } else {
                Vec::new()
            };
            (r.verschillen, meldingen)
        }
        None => {
            (Vec::new(), vec!["Geen analyse in de rekenhulp ingeleverd: alleen de Pi5 is te vergelijken.".to_string()])
        }
    };
    Groepsantwoord { deelnemer: i.deelnemer.clone(), band: band.clone(), verschillen, meldingen }
}

/// The middle answer, or the mean of the middle two, of answers sorted ascending.
fn mediaan(gesorteerd: &[Decimal]) -> Option<Decimal> {
    let n = gesorteerd.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(gesorteerd[n / 2]),
        _ => Some((gesorteerd[n / 2 - 1] + gesorteerd[n / 2]) / Decimal::TWO),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn de_mediaan_van_een_even_aantal_is_het_midden_van_de_twee_middelste() {
        let d = |v: i64| Decimal::new(v, 2);
        assert_eq!(mediaan(&[]), None);
        assert_eq!(mediaan(&[d(1000)]), Some(d(1000)));
        assert_eq!(mediaan(&[d(900), d(1000), d(1300)]), Some(d(1000)));
        assert_eq!(mediaan(&[d(900), d(1000), d(1100), d(1300)]), Some(d(1050)));
    }
}
