//! Loonwaarde Advies Tool (Loonwaardegids §2.3, LAT, Berekening): an arbeidsprestatie over the
//! taken (only reguliere and leerbare taken count, as T × K), a competentiescore weighted by
//! belang, and a werkprestatie that weighs the first three times and the second once.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    afgerond, blokkeert, controleer_score, controleer_uren, fout, geblokkeerd, let_op, pct, som, te_groot, Grens,
    Invoer, Methodiek, Uitkomst,
};
use crate::domain::getal::nl_kort;
use crate::domain::uitleg::Uitleg;

const BRON: &str = "Loonwaardegids §2.3, Loonwaarde Advies Tool, Berekening";

/// The LAT weighs ten competenties.
pub const MAX_COMPETENTIES: usize = 10;

/// The ten competenties the gids lists for the LAT, as a starting list for the form.
pub const COMPETENTIES: [&str; MAX_COMPETENTIES] = [
    "Nauwkeurigheid",
    "Stressbestendigheid en flexibiliteit",
    "Doorzettingsvermogen",
    "Gevoel voor arbeidsverhoudingen",
    "Collegialiteit",
    "Zelfstandigheid",
    "Afspraken nakomen",
    "Leerbaarheid",
    "Communiceren",
    "Productiviteit",
];

/// How the LAT groups the activities of the werknemer.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Categorie {
    Regulier,
    Leerbaar,
    Additioneel,
    Inactief,
}

impl Categorie {
    pub const ALLE: [Categorie; 4] =
        [Categorie::Regulier, Categorie::Leerbaar, Categorie::Additioneel, Categorie::Inactief];

    pub fn naam(self) -> &'static str {
        match self {
            Categorie::Regulier => "reguliere taak",
            Categorie::Leerbaar => "leerbare taak",
            Categorie::Additioneel => "additionele taak",
            Categorie::Inactief => "inactieve momenten",
        }
    }

    /// Whether its T × K counts; additionele taken and inactieve momenten count as 0%.
    pub fn telt_mee(self) -> bool {
        matches!(self, Categorie::Regulier | Categorie::Leerbaar)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lattaak {
    pub naam: String,
    pub categorie: Categorie,
    pub uren: Decimal,
    /// Ignored for additionele taken and inactieve momenten.
    pub tempo: Decimal,
    /// Ignored for additionele taken and inactieve momenten.
    pub kwaliteit: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latcompetentie {
    pub naam: String,
    /// Relative importance, greater than 0.
    pub belang: Decimal,
    /// 0–100.
    pub score: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Latinvoer {
    /// Omvang dienstverband in uren per week.
    pub dienstverband: Decimal,
    pub taken: Vec<Lattaak>,
    pub competenties: Vec<Latcompetentie>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latcijfers {
    /// Per taak T × K in percent; 0 for additionele taken and inactieve momenten.
    pub prestaties: Vec<Decimal>,
    /// Σ (uren × T × K) / omvang dienstverband, in percent.
    pub arbeidsprestatie: Decimal,
    /// Σ (belang × score) / Σ belang, in percent.
    pub competentiescore: Decimal,
    /// (3 × arbeidsprestatie + competentiescore) / 4, unrounded and before the cap.
    pub werkprestatie: Decimal,
}

pub fn bereken(invoer: &Latinvoer) -> Uitkomst<Latcijfers> {
    let methodiek = Methodiek::Lat;
    let mut bevindingen = Vec::new();
    if invoer.dienstverband <= Decimal::ZERO {
        bevindingen.push(fout(
            Invoer::Dienstverband,
            "Vul de omvang van het dienstverband in uren per week in (meer dan 0).".into(),
            BRON,
        ));
    }
    if invoer.taken.is_empty() {
        bevindingen.push(fout(Invoer::Taken, "Voeg ten minste één taak toe.".into(), BRON));
    }
    for (i, t) in invoer.taken.iter().enumerate() {
        controleer_uren(&mut bevindingen, Invoer::Uren(i), t.uren, BRON);
        if t.categorie.telt_mee() {
            controleer_score(&mut bevindingen, Invoer::Tempo(i), "Tempo", t.tempo, Grens::Tempo, BRON);
            controleer_score(&mut bevindingen, Invoer::Kwaliteit(i), "Kwaliteit", t.kwaliteit, Grens::Norm, BRON);
        }
    }
    if invoer.competenties.is_empty() {
        bevindingen.push(fout(
            Invoer::Competenties,
            "Vul ten minste één competentie met belang en score in; zonder belang is er geen competentiescore.".into(),
            BRON,
        ));
    }
    if invoer.competenties.len() > MAX_COMPETENTIES {
        bevindingen.push(let_op(
            Invoer::Competenties,
            format!(
                "De LAT weegt {MAX_COMPETENTIES} competenties; hier zijn er {}. Ze tellen alle mee.",
                invoer.competenties.len()
            ),
            BRON,
        ));
    }
    for (i, c) in invoer.competenties.iter().enumerate() {
        if c.belang <= Decimal::ZERO {
            bevindingen.push(fout(
                Invoer::Belang(i),
                format!("Competentie \u{2018}{}\u{2019}: het belang moet groter dan 0 zijn.", c.naam),
                BRON,
            ));
        }
        controleer_score(&mut bevindingen, Invoer::Score(i), "De score", c.score, Grens::Norm, BRON);
    }
    if blokkeert(&bevindingen) {
        return Uitkomst { resultaat: geblokkeerd(methodiek, bevindingen), cijfers: None };
    }

    let Some(c) = reken(invoer) else {
        bevindingen.push(te_groot(BRON));
        return Uitkomst { resultaat: geblokkeerd(methodiek, bevindingen), cijfers: None };
    };
    if c.uren_samen != invoer.dienstverband {
        // The gids divides by the dienstverband; the taken should fill it exactly.
        bevindingen.push(let_op(
            Invoer::Dienstverband,
            format!(
                "De taken en inactieve momenten beslaan samen {} uur per week, het dienstverband {} uur; \
                 de arbeidsprestatie is gedeeld door het dienstverband.",
                nl_kort(c.uren_samen, 2),
                nl_kort(invoer.dienstverband, 2)
            ),
            BRON,
        ));
    }

    let mut uitleg = Vec::new();
    for ((t, prestatie), deel) in invoer.taken.iter().zip(&c.cijfers.prestaties).zip(&c.delen) {
        let label = format!("Taak \u{2018}{}\u{2019}", t.naam);
        let (formule, berekening) = if t.categorie.telt_mee() {
            (
                format!("{}: prestatie = T × K; telt mee als uren × prestatie", t.categorie.naam()),
                format!(
                    "{} × {} = {}; {} uur × {} = {} uur",
                    pct(t.tempo),
                    pct(t.kwaliteit),
                    pct(*prestatie),
                    nl_kort(t.uren, 2),
                    pct(*prestatie),
                    nl_kort(*deel, 4)
                ),
            )
        } else {
            (format!("{}: prestatie 0%", t.categorie.naam()), format!("{} uur × 0% = 0 uur", nl_kort(t.uren, 2)))
        };
        uitleg.push((label, Uitleg { formule, berekening, norm: None, bron: BRON.to_string() }));
    }
    let delen: Vec<String> = c.delen.iter().map(|d| nl_kort(*d, 4)).collect();
    uitleg.push((
        "Arbeidsprestatie".to_string(),
        Uitleg {
            formule: "Arbeidsprestatie = Σ (uren × T × K) over de reguliere en leerbare taken / omvang dienstverband; \
                      additionele taken en inactieve momenten tellen als 0%"
                .to_string(),
            berekening: format!(
                "({}) / {} uur = {} / {} = {}",
                delen.join(" + "),
                nl_kort(invoer.dienstverband, 2),
                nl_kort(c.gewerkt, 4),
                nl_kort(invoer.dienstverband, 2),
                pct(c.cijfers.arbeidsprestatie)
            ),
            norm: None,
            bron: BRON.to_string(),
        },
    ));
    let termen: Vec<String> =
        invoer.competenties.iter().map(|k| format!("{} × {}", nl_kort(k.belang, 4), pct(k.score))).collect();
    let belangen: Vec<String> = invoer.competenties.iter().map(|k| nl_kort(k.belang, 4)).collect();
    uitleg.push((
        "Competentiescore".to_string(),
        Uitleg {
            formule: "Competentiescore = Σ (belang × score) / Σ belang".to_string(),
            berekening: format!(
                "({}) / ({}) = {} / {} = {}",
                termen.join(" + "),
                belangen.join(" + "),
                nl_kort(c.belang_maal_score, 4),
                nl_kort(c.belang_samen, 4),
                pct(c.cijfers.competentiescore)
            ),
            norm: Some(format!("hoogstens {MAX_COMPETENTIES} competenties")),
            bron: BRON.to_string(),
        },
    ));
    uitleg.push((
        "Werkprestatie".to_string(),
        Uitleg {
            formule: "Werkprestatie = (3 × arbeidsprestatie + competentiescore) / 4 (aanname van Werkwaarde: \
                      de gids noemt een gewogen product met gewichten 3 en 1 maar drukt de deler niet af)"
                .to_string(),
            berekening: format!(
                "(3 × {} + {}) / 4 = {}",
                pct(c.cijfers.arbeidsprestatie),
                pct(c.cijfers.competentiescore),
                pct(c.cijfers.werkprestatie)
            ),
            norm: None,
            bron: BRON.to_string(),
        },
    ));
    Uitkomst { resultaat: afgerond(methodiek, c.cijfers.werkprestatie, uitleg, bevindingen), cijfers: Some(c.cijfers) }
}

struct Tussen {
    cijfers: Latcijfers,
    uren_samen: Decimal,
    /// Per taak uren × T × K / 100² (0 for taken that do not count): hours at norm level.
    delen: Vec<Decimal>,
    /// Σ uren × T × K / 100: the hours worked at norm level.
    gewerkt: Decimal,
    belang_maal_score: Decimal,
    belang_samen: Decimal,
}

/// The arithmetic, checked: hours and belang have no upper bound, so any step may overflow.
fn reken(invoer: &Latinvoer) -> Option<Tussen> {
    let honderd = Decimal::ONE_HUNDRED;
    let mut prestaties = Vec::with_capacity(invoer.taken.len());
    let mut delen = Vec::with_capacity(invoer.taken.len());
    let mut uren_t_k = Decimal::ZERO;
    for t in &invoer.taken {
        if t.categorie.telt_mee() {
            prestaties.push(t.tempo.checked_mul(t.kwaliteit)?.checked_div(honderd)?);
            let product = t.uren.checked_mul(t.tempo)?.checked_mul(t.kwaliteit)?;
            delen.push(product.checked_div(honderd * honderd)?);
            uren_t_k = uren_t_k.checked_add(product)?;
        } else {
            prestaties.push(Decimal::ZERO);
            delen.push(Decimal::ZERO);
        }
    }
    let uren_samen = som(invoer.taken.iter().map(|t| t.uren))?;
    // One division for the arbeidsprestatie (uren × T × K is in uur·%², hence / 100).
    let arbeidsprestatie = uren_t_k.checked_div(invoer.dienstverband.checked_mul(honderd)?)?;
    let gewerkt = uren_t_k.checked_div(honderd * honderd)?;
    let belang_samen = som(invoer.competenties.iter().map(|c| c.belang))?;
    let belang_maal_score =
        invoer.competenties.iter().try_fold(Decimal::ZERO, |acc, c| acc.checked_add(c.belang.checked_mul(c.score)?))?;
    let competentiescore = belang_maal_score.checked_div(belang_samen)?;
    let werkprestatie =
        arbeidsprestatie.checked_mul(Decimal::from(3))?.checked_add(competentiescore)?.checked_div(Decimal::from(4))?;
    Some(Tussen {
        cijfers: Latcijfers { prestaties, arbeidsprestatie, competentiescore, werkprestatie },
        uren_samen,
        delen,
        gewerkt,
        belang_maal_score,
        belang_samen,
    })
}
