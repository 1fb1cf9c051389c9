//! Judging a stored exam or herexamen: each answer against its Gouden Standaard, and the verdict
//! once every day is handed in (`domain::examen::uitslag`).

use super::examentraining::{lees_antwoord, Examencasus, ExamentrainingData, Soort, Zitting};
use crate::domain::examen::band::{beoordeel, Bandoordeel, EXAMEN_MARGE};
use crate::domain::examen::uitslag::{self, uitslag_zichtbaar, Uitslag};
use crate::domain::uitleg::Uitleg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zittingsoordeel {
    /// Every casus with its judgement; an answer that cannot be read counts as none.
    pub casussen: Vec<(Examencasus, Bandoordeel)>,
    pub klaar: bool,
    pub binnen: usize,
    pub kop: String,
    /// `None` until every day is handed in.
    pub geslaagd: Option<bool>,
    pub uitslag: Option<Uitslag>,
    pub uitleg: Option<Uitleg>,
}

fn banden(z: &Zitting) -> Vec<(Examencasus, Bandoordeel)> {
    z.casussen
        .iter()
        .map(|c| (c.clone(), beoordeel(lees_antwoord(&c.antwoord).ok().flatten(), c.goud, EXAMEN_MARGE)))
        .collect()
}

/// The verdict of `z`; a herexamen is judged with the count of the exam it follows in `data`.
pub fn oordeel(data: &ExamentrainingData, z: &Zitting) -> Zittingsoordeel {
    let casussen = banden(z);
    let binnen = casussen.iter().filter(|(_, b)| b.binnen).count();
    let ingeleverd: Vec<bool> = z.dagen.iter().map(|d| d.ingeleverd.is_some()).collect();
    let klaar = uitslag_zichtbaar(&ingeleverd);
    let mut o = Zittingsoordeel {
        casussen,
        klaar,
        binnen,
        kop: "Nog niet alle dagen zijn ingeleverd: de uitslag volgt daarna.".into(),
        geslaagd: None,
        uitslag: None,
        uitleg: None,
    };
    if !klaar {
        return o;
    }
    let oordelen: Vec<Bandoordeel> = o.casussen.iter().map(|(_, b)| b.clone()).collect();
    match z.soort {
        Soort::Examen => match uitslag::examen(&oordelen) {
            Ok(u) => {
                o.geslaagd = Some(u.uitslag == Uitslag::Geslaagd);
                o.uitslag = Some(u.uitslag);
                o.kop = format!("{} ({} van 6 binnen de band)", u.kop, u.binnen);
                o.uitleg = Some(u.uitleg);
            }
            Err(f) => o.kop = f,
        },
        Soort::Herexamen => {
            let vorige = z.vorige.and_then(|v| data.examens.iter().find(|e| e.id == v));
            let binnen_examen = vorige.map(|v| banden(v).iter().filter(|(_, b)| b.binnen).count());
            match binnen_examen.map(|b| uitslag::herexamen(b, &oordelen)) {
                Some(Ok(u)) => {
                    o.geslaagd = Some(u.geslaagd);
                    o.kop = format!("{} ({} van 3 binnen de band; norm {} van 3)", u.kop, u.binnen, u.norm);
                    o.uitleg = Some(u.uitleg);
                }
                Some(Err(f)) => o.kop = f,
                None => o.kop = "Het examen bij dit herexamen is niet meer in dit dossier.".into(),
            }
        }
    }
    o
}

/// The latest finished exam that allows a herexamen not yet taken, with the herexamen's norm.
pub fn herexamen_mogelijk(data: &ExamentrainingData) -> Option<(&Zitting, usize)> {
    let z = data.examens.iter().rev().find(|z| z.soort == Soort::Examen && z.klaar())?;
    if data.examens.iter().any(|h| h.vorige == Some(z.id)) {
        return None;
    }
    match oordeel(data, z).uitslag {
        Some(Uitslag::NietGeslaagdHerexamen { norm }) => Some((z, norm)),
        _ => None,
    }
}
