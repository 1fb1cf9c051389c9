//! The exam verdict (Loonwaardegids §5; SPEC B3): six casussen judged on Pi5 within ±10%, and the
//! herexamen of three casussen with its norm.

use super::band::Bandoordeel;
use crate::domain::uitleg::Uitleg;

pub const EXAMEN_CASUSSEN: usize = 6;
pub const HEREXAMEN_CASUSSEN: usize = 3;

const BRON: &str = "Loonwaardegids §5 (examen Loonwaarde Deskundige)";

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
        (5.., _) => (Uitslag::Geslaagd, "Geslaagd".to_string()),
        (_, Some(norm)) => (
            Uitslag::NietGeslaagdHerexamen { norm },
            format!("Niet geslaagd, herexamen mogelijk: daarin moeten {norm} van de 3 casussen binnen de band vallen"),
        ),
        _ => (Uitslag::NietGeslaagdGeenHerexamen, "Niet geslaagd, geen herexamen".to_string()),
    };
    Ok(Examenuitslag {
        binnen,
        uitslag,
        kop,
        uitleg: Uitleg {
            formule: "aantal casussen met Pi5 binnen ±10% van de Gouden Standaard".into(),
            berekening: format!("{binnen} van de {EXAMEN_CASUSSEN} binnen de band"),
            norm: Some("5 of 6: geslaagd; 3 of 4: herexamen (na 3 is de norm 3 van 3, na 4 is het 2 van 3); 0 tot en met 2: geen herexamen".into()),
            bron: format!("{BRON}; herexamen van 3 casussen [keuze]"),
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
        return Err(format!("Na {binnen_examen} van de 6 binnen de band is er geen herexamen."));
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
            berekening: format!("{binnen} van de {HEREXAMEN_CASUSSEN} binnen de band"),
            norm: Some(format!("ten minste {norm} van de 3 (na {binnen_examen} van de 6 in het examen)")),
            bron: format!("{BRON}; herexamen van 3 casussen [keuze]"),
        },
    })
}

/// The days of an exam: a verdict is only given once every day is handed in, so nothing of a
/// sitting leaks before it is over.
pub fn uitslag_zichtbaar(dagen_ingeleverd: &[bool]) -> bool {
    !dagen_ingeleverd.is_empty() && dagen_ingeleverd.iter().all(|d| *d)
}
