//! Validatie of a loonwaardemethodiek (Loonwaardegids §3.3; SPEC B3): the share of answers within
//! the band of the Gouden Standaard, and how long the validation holds.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::band::{beoordeel, Bandoordeel};
use crate::domain::getal::nl_kort;
use crate::domain::uitleg::Uitleg;

const BRON: &str = "Loonwaardegids §3.3 (validatie van een methodiek)";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Validatiesoort {
    /// First validation: ±15%, at least 55% within.
    #[default]
    Eerste,
    /// Hervalidatie: ±10%, at least 70% within.
    Her,
}

impl Validatiesoort {
    pub fn marge(self) -> Decimal {
        match self {
            Validatiesoort::Eerste => Decimal::from(15),
            Validatiesoort::Her => Decimal::TEN,
        }
    }

    pub fn minimum(self) -> Decimal {
        match self {
            Validatiesoort::Eerste => Decimal::from(55),
            Validatiesoort::Her => Decimal::from(70),
        }
    }

    pub fn naam(self) -> &'static str {
        match self {
            Validatiesoort::Eerste => "eerste validatie (±15%, ten minste 55%)",
            Validatiesoort::Her => "hervalidatie (±10%, ten minste 70%)",
        }
    }
}

/// Fewer uitvoerenden than this: validated for one year instead of two.
pub const MIN_UITVOERENDEN_TWEE_JAAR: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resultaatrij {
    pub uitvoerende: String,
    pub casus: String,
    pub antwoord: Decimal,
    pub goud: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validatie {
    pub soort: Validatiesoort,
    pub oordelen: Vec<Bandoordeel>,
    pub binnen: usize,
    pub totaal: usize,
    /// Exact: 11 of 20 is 55%.
    pub percentage: Option<Decimal>,
    pub uitvoerenden: usize,
    pub gevalideerd: bool,
    /// 1 or 2 years, when gevalideerd.
    pub jaren: Option<u8>,
    pub kop: String,
    pub uitleg: Uitleg,
}

pub fn valideer(soort: Validatiesoort, rijen: &[Resultaatrij]) -> Validatie {
    let oordelen: Vec<Bandoordeel> = rijen.iter().map(|r| beoordeel(Some(r.antwoord), r.goud, soort.marge())).collect();
    let binnen = oordelen.iter().filter(|o| o.binnen).count();
    let totaal = rijen.len();
    let uitvoerenden = rijen
        .iter()
        .map(|r| r.uitvoerende.trim().to_lowercase())
        .filter(|u| !u.is_empty())
        .collect::<BTreeSet<_>>()
        .len();
    let percentage = (totaal > 0).then(|| Decimal::from(binnen) * Decimal::ONE_HUNDRED / Decimal::from(totaal));
    let gevalideerd = percentage.is_some_and(|p| p >= soort.minimum());
    let jaren = gevalideerd.then_some(if uitvoerenden < MIN_UITVOERENDEN_TWEE_JAAR { 1 } else { 2 });
    let kop = match (percentage, jaren) {
        (None, _) => "Nog geen resultaten: voeg rijen toe of importeer een CSV-bestand.".to_string(),
        (Some(p), Some(j)) => format!(
            "Gevalideerd voor {j} jaar: {}% binnen de bandbreedte ({binnen} van {totaal}), {uitvoerenden} uitvoerende{}",
            nl_kort(p, 2),
            if uitvoerenden == 1 { "" } else { "n" }
        ),
        (Some(p), None) => format!(
            "Niet gevalideerd: {}% binnen de bandbreedte ({binnen} van {totaal}); nodig is ten minste {}%",
            nl_kort(p, 2),
            nl_kort(soort.minimum(), 0)
        ),
    };
    let berekening = match percentage {
        Some(p) => format!("{binnen} / {totaal} × 100% = {}%", nl_kort(p, 2)),
        None => "geen resultaten".to_string(),
    };
    let termijn =
        format!("{} of meer uitvoerenden: 2 jaar; minder: 1 jaar (hier {uitvoerenden})", MIN_UITVOERENDEN_TWEE_JAAR);
    Validatie {
        soort,
        oordelen,
        binnen,
        totaal,
        percentage,
        uitvoerenden,
        gevalideerd,
        jaren,
        kop,
        uitleg: Uitleg {
            formule: format!(
                "casussen met een antwoord binnen ±{}% van de Gouden Standaard / alle casussen × 100%",
                nl_kort(soort.marge(), 0)
            ),
            berekening,
            norm: Some(format!("ten minste {}%; {termijn}", nl_kort(soort.minimum(), 0))),
            bron: BRON.into(),
        },
    }
}
