//! Additionele kosten: reported beside the loonwaarde, never part of it (Regeling, stap 7).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kostensoort {
    #[default]
    Begeleiding,
    Herstel,
    Werkplekaanpassing,
    Verzuim,
    Scholing,
}

impl Kostensoort {
    pub const ALLE: [Kostensoort; 5] = [
        Kostensoort::Begeleiding,
        Kostensoort::Herstel,
        Kostensoort::Werkplekaanpassing,
        Kostensoort::Verzuim,
        Kostensoort::Scholing,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Kostensoort::Begeleiding => "Begeleiding",
            Kostensoort::Herstel => "Herstel",
            Kostensoort::Werkplekaanpassing => "Werkplekaanpassing / voorzieningen",
            Kostensoort::Verzuim => "Verzuim",
            Kostensoort::Scholing => "Scholing",
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Frequentie {
    #[default]
    Eenmalig,
    /// Structurele kosten per jaar.
    Structureel,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kostenpost {
    pub soort: Kostensoort,
    pub frequentie: Frequentie,
    pub bedrag: Decimal,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Kostentotaal {
    pub eenmalig: Decimal,
    pub structureel_per_jaar: Decimal,
}

pub fn totaal(posten: &[Kostenpost]) -> Kostentotaal {
    posten.iter().fold(Kostentotaal::default(), |mut t, p| {
        match p.frequentie {
            Frequentie::Eenmalig => t.eenmalig += p.bedrag,
            Frequentie::Structureel => t.structureel_per_jaar += p.bedrag,
        }
        t
    })
}
