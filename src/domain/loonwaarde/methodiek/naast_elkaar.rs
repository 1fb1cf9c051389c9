//! One case computed with several methodieken, side by side (issue 13, item 2): per methodiek
//! Pi4, Pi5 and the LKS, and the spread between the highest and the lowest loonwaarde in
//! procentpunten and in euro per uur. The calculator wires this up; here is the arithmetic.

use rust_decimal::Decimal;

use super::{Methodiek, Methodiekresultaat};
use crate::domain::loonwaarde::lks::{self, LksInvoer};

/// What the LKS needs besides the loonwaarde: the same for every methodiek of one case.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Loongegevens {
    pub normloon: Decimal,
    pub wml: Option<Decimal>,
    pub contracturen: Decimal,
    pub vakantietoeslag: bool,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Methoderij {
    pub methodiek: Methodiek,
    /// Whole percents; `None` while the methodiek's own inputs are incomplete.
    pub pi4: Option<Decimal>,
    pub pi5_per_uur: Option<Decimal>,
    /// `None` without a WML (or without a loonwaarde).
    pub lks_per_uur: Option<Decimal>,
    /// Why a figure is missing, in Dutch.
    pub melding: Option<String>,
}

/// The highest and the lowest loonwaarde among the methodieken that computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Spreiding {
    pub hoogste: Methodiek,
    pub laagste: Methodiek,
    pub procentpunt: Decimal,
    pub euro_per_uur: Decimal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NaastElkaar {
    pub rijen: Vec<Methoderij>,
    /// `None` with fewer than two methodieken that computed.
    pub spreiding: Option<Spreiding>,
}

pub fn naast_elkaar(resultaten: &[Methodiekresultaat], loon: &Loongegevens) -> NaastElkaar {
    let rijen: Vec<Methoderij> = resultaten
        .iter()
        .map(|r| {
            let pi4 = r.pi4;
            let melding = match (pi4, loon.wml) {
                (None, _) => Some(
                    r.bevindingen
                        .iter()
                        .find(|b| b.blokkeert)
                        .map_or_else(|| "Nog niet te berekenen.".to_string(), |b| b.melding.clone()),
                ),
                (Some(_), None) => Some("Vul het WML in om de loonkostensubsidie te berekenen.".to_string()),
                _ => None,
            };
            Methoderij {
                methodiek: r.methodiek,
                pi4,
                pi5_per_uur: r.pi5(loon.normloon),
                lks_per_uur: pi4.zip(loon.wml).map(|(pi4, wml)| {
                    lks::bereken(LksInvoer {
                        pi4,
                        normloon: loon.normloon,
                        wml,
                        vakantietoeslag: loon.vakantietoeslag,
                        contracturen: loon.contracturen,
                    })
                    .per_uur
                }),
                melding,
            }
        })
        .collect();
    let berekend: Vec<(&Methoderij, Decimal, Decimal)> =
        rijen.iter().filter_map(|r| Some((r, r.pi4?, r.pi5_per_uur?))).collect();
    // The first of equal ones wins, so the table's order decides ties.
    let hoogste = berekend.iter().fold(None::<&(&Methoderij, Decimal, Decimal)>, |m, x| match m {
        Some(y) if y.1 >= x.1 => Some(y),
        _ => Some(x),
    });
    let laagste = berekend.iter().fold(None::<&(&Methoderij, Decimal, Decimal)>, |m, x| match m {
        Some(y) if y.1 <= x.1 => Some(y),
        _ => Some(x),
    });
    let spreiding = match (hoogste, laagste) {
        (Some(h), Some(l)) if berekend.len() >= 2 => Some(Spreiding {
            hoogste: h.0.methodiek,
            laagste: l.0.methodiek,
            procentpunt: h.1 - l.1,
            euro_per_uur: h.2 - l.2,
        }),
        _ => None,
    };
    NaastElkaar { rijen, spreiding }
}
