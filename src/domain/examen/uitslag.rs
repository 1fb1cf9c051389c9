//! The exam verdict (Loonwaardegids §5; SPEC B3): six casussen judged on Pi5 within ±10%, and the
//! herexamen of three casussen with its norm; and the grading of a stored sitting: an empty or
//! unreadable answer counts as outside the band, a herexamen is offered once and judged by the
//! norm its exam set.

use super::band::{beoordeel, Bandoordeel, EXAMEN_MARGE};
use super::zitting::{Antwoord, Soort, Zitting};
use crate::domain::uitleg::Uitleg;

pub use super::zitting::uitslag_zichtbaar;

pub const EXAMEN_CASUSSEN: usize = Soort::Examen.casussen();
pub const HEREXAMEN_CASUSSEN: usize = Soort::Herexamen.casussen();
/// Within the band in at least this many of the exam's casussen: geslaagd.
pub const GESLAAGD_VANAF: usize = 5;

const BRON: &str = "Loonwaardegids §5 (examen Loonwaardedeskundige)";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uitslag {
    Geslaagd,
    /// 3 or 4 within the band: a herexamen of three casussen, passed with `norm` of them.
    NietGeslaagdHerexamen {
        norm: usize,
    },
    NietGeslaagdGeenHerexamen,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Examenuitslag {
    pub binnen: usize,
    pub uitslag: Uitslag,
    pub kop: String,
    pub uitleg: Uitleg,
}

/// The norm of the herexamen after `binnen` of six within the band: 3 of 3 after 3, 2 of 3 after
/// 4 [keuze: a herexamen has three casussen, as its percentages 100% and 66,67% imply].
pub fn herexamen_norm(binnen: usize) -> Option<usize> {
    match binnen {
        3 => Some(3),
        4 => Some(2),
        _ => None,
    }
}

pub fn examen(oordelen: &[Bandoordeel]) -> Result<Examenuitslag, String> {
    if oordelen.len() != EXAMEN_CASUSSEN {
        return Err(format!("Een examen heeft {EXAMEN_CASUSSEN} casussen, niet {}.", oordelen.len()));
    }
    let binnen = oordelen.iter().filter(|o| o.binnen).count();
    let (uitslag, kop) = match (binnen, herexamen_norm(binnen)) {
        (b, _) if b >= GESLAAGD_VANAF => (Uitslag::Geslaagd, "Geslaagd".to_string()),
        (_, Some(norm)) => (
            Uitslag::NietGeslaagdHerexamen { norm },
            format!(
                "Niet geslaagd, herexamen mogelijk: daarin moeten {norm} van de {HEREXAMEN_CASUSSEN} casussen binnen de bandbreedte vallen"
            ),
        ),
        _ => (Uitslag::NietGeslaagdGeenHerexamen, "Niet geslaagd, geen herexamen".to_string()),
    };
    Ok(Examenuitslag {
        binnen,
        uitslag,
        kop,
        uitleg: Uitleg {
            formule: "aantal casussen met Pi5 binnen ±10% van de Gouden Standaard".into(),
            berekening: format!("{binnen} van de {EXAMEN_CASUSSEN} binnen de bandbreedte"),
            norm: Some("5 of 6: geslaagd; 3 of 4: herexamen (na 3 is de norm 3 van 3, na 4 is het 2 van 3); 0 tot en met 2: geen herexamen".into()),
            bron: format!("{BRON}; herexamen van 3 casussen (aanname van Werkwaarde)"),
        },
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Herexamenuitslag {
    pub binnen: usize,
    pub norm: usize,
    pub geslaagd: bool,
    pub kop: String,
    pub uitleg: Uitleg,
}

/// The herexamen after an exam with `binnen_examen` within the band.
pub fn herexamen(binnen_examen: usize, oordelen: &[Bandoordeel]) -> Result<Herexamenuitslag, String> {
    let Some(norm) = herexamen_norm(binnen_examen) else {
        return Err(format!("Na {binnen_examen} van de {EXAMEN_CASUSSEN} binnen de bandbreedte is er geen herexamen."));
    };
    if oordelen.len() != HEREXAMEN_CASUSSEN {
        return Err(format!("Een herexamen heeft {HEREXAMEN_CASUSSEN} casussen, niet {}.", oordelen.len()));
    }
    let binnen = oordelen.iter().filter(|o| o.binnen).count();
    let geslaagd = binnen >= norm;
    Ok(Herexamenuitslag {
        binnen,
        norm,
        geslaagd,
        kop: if geslaagd { "Herexamen geslaagd".into() } else { "Herexamen niet geslaagd".into() },
        uitleg: Uitleg {
            formule: "aantal casussen van het herexamen met Pi5 binnen ±10%".into(),
            berekening: format!("{binnen} van de {HEREXAMEN_CASUSSEN} binnen de bandbreedte"),
            norm: Some(format!(
                "ten minste {norm} van de {HEREXAMEN_CASUSSEN} (na {binnen_examen} van de {EXAMEN_CASUSSEN} in het examen)"
            )),
            bron: format!("{BRON}; herexamen van 3 casussen (aanname van Werkwaarde)"),
        },
    })
}

/// Every answer of a sitting against its Gouden Standaard, within ±10%; an answer that is empty or
/// cannot be read counts as outside the band.
pub fn banden(antwoorden: &[Antwoord]) -> Vec<Bandoordeel> {
    antwoorden.iter().map(|a| beoordeel(a.pi5, a.goud, EXAMEN_MARGE)).collect()
}

fn aantal_binnen(oordelen: &[Bandoordeel]) -> usize {
    oordelen.iter().filter(|o| o.binnen).count()
}

/// A stored sitting judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zittingsoordeel {
    /// Every casus with its judgement, in the order of the sitting.
    pub oordelen: Vec<Bandoordeel>,
    pub klaar: bool,
    pub binnen: usize,
    pub kop: String,
    /// `None` until every day is handed in.
    pub geslaagd: Option<bool>,
    pub uitslag: Option<Uitslag>,
    pub uitleg: Option<Uitleg>,
}

/// The verdict of `z`, once every day is handed in. A herexamen is judged by the norm of the exam
/// it follows, looked up in `zittingen`.
pub fn oordeel(zittingen: &[Zitting], z: &Zitting) -> Zittingsoordeel {
    let oordelen = banden(&z.antwoorden);
    let binnen = aantal_binnen(&oordelen);
    let klaar = z.klaar();
    let mut o = Zittingsoordeel {
        oordelen,
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
    match z.soort {
        Soort::Examen => match examen(&o.oordelen) {
            Ok(u) => {
                o.geslaagd = Some(u.uitslag == Uitslag::Geslaagd);
                o.uitslag = Some(u.uitslag);
                o.kop = format!("{} ({} van {EXAMEN_CASUSSEN} binnen de bandbreedte)", u.kop, u.binnen);
                o.uitleg = Some(u.uitleg);
            }
            Err(f) => o.kop = f,
        },
        Soort::Herexamen => {
            let vorige = z.vorige.and_then(|v| zittingen.iter().find(|e| e.id == v));
            match vorige.map(|v| herexamen(aantal_binnen(&banden(&v.antwoorden)), &o.oordelen)) {
                Some(Ok(u)) => {
                    o.geslaagd = Some(u.geslaagd);
                    o.kop = format!(
                        "{} ({} van {HEREXAMEN_CASUSSEN} binnen de bandbreedte; norm {} van {HEREXAMEN_CASUSSEN})",
                        u.kop, u.binnen, u.norm
                    );
                    o.uitleg = Some(u.uitleg);
                }
                Some(Err(f)) => o.kop = f,
                None => o.kop = "Het examen bij dit herexamen is niet meer in dit dossier.".into(),
            }
        }
    }
    o
}

/// The herexamen that is open in `zittingen`: after the latest finished exam, when its count
/// allows one and none followed it yet (a herexamen is offered once). The exam's id and the
/// herexamen's norm.
pub fn herexamen_mogelijk(zittingen: &[Zitting]) -> Option<(u64, usize)> {
    let z = zittingen.iter().rev().find(|z| z.soort == Soort::Examen && z.klaar())?;
    if zittingen.iter().any(|h| h.vorige == Some(z.id)) {
        return None;
    }
    match oordeel(zittingen, z).uitslag {
        Some(Uitslag::NietGeslaagdHerexamen { norm }) => Some((z.id, norm)),
        _ => None,
    }
}
