//! One case computed with several methodieken, side by side (issue 13, item 2): per methodiek
//! Pi4, Pi5 and the LKS, and the spread between the highest and the lowest loonwaarde in
//! procentpunten and in euro per uur, and for each pair what makes the difference. The calculator
//! wires this up; here is the arithmetic.

use rust_decimal::Decimal;

use super::{Methodiek, Methodiekresultaat};
use crate::domain::loonwaarde::lks::{self, LksInvoer};
use crate::domain::loonwaarde::vergelijking::{vergelijk, Verschil};
use crate::domain::loonwaarde::{Methode, Taak, Werkweek};

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

/// A methodiek's loonwaarde as the calculator of the Regeling computes it, when it is one: the
/// stappenplan family and the ULW as they are, VTA with its tempo as inspanning × vaardigheden,
/// Matchcare before its competentiescore. Two such methodieken compare taak by taak.
#[derive(Debug, Clone, PartialEq)]
pub struct Taakvorm {
    pub methode: Methode,
    pub taken: Vec<Taak>,
}

/// One methodiek of the case for `paarverschillen`.
#[derive(Debug, Clone, PartialEq)]
pub struct Vergelijkbaar<'a> {
    pub resultaat: &'a Methodiekresultaat,
    /// `None` for a methodiek that does not compute per taak of the urenanalyse (Dariuz, LAT, a
    /// ULW with a reguliere arbeidsprestatie).
    pub taakvorm: Option<Taakvorm>,
    /// What this methodiek's own formula adds to its taakvorm (Matchcare's competentiescore), or
    /// how it computes instead; named in the part of the difference the taken do not explain.
    pub eigen: String,
}

/// What makes the difference between two methodieken of one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Paarverschil {
    pub a: Methodiek,
    pub b: Methodiek,
    /// Pi4 of B minus Pi4 of A, in procentpunten.
    pub procentpunt: Decimal,
    /// The parts, largest first, then the rounding; they add up to `procentpunt` exactly.
    pub delen: Vec<Verschil>,
}

/// Every pair of methodieken that computed, in the table's order, with the difference in Pi4 split
/// into exact parts: taak by taak and score by score where both compute per taak (as the second
/// opinion does), one part for what their own formulas do beyond that, and the rounding.
pub fn paarverschillen(methoden: &[Vergelijkbaar<'_>], week: Option<Werkweek>) -> Vec<Paarverschil> {
    let mut uit = Vec::new();
    for (i, a) in methoden.iter().enumerate() {
        for b in &methoden[i + 1..] {
            if let Some(p) = paarverschil(a, b, week) {
                uit.push(p);
            }
        }
    }
    uit
}

fn paarverschil(a: &Vergelijkbaar<'_>, b: &Vergelijkbaar<'_>, week: Option<Werkweek>) -> Option<Paarverschil> {
    let (ra, rb) = (a.resultaat, b.resultaat);
    let (ruw_a, ruw_b) = (ra.loonwaarde_onafgerond?, rb.loonwaarde_onafgerond?);
    let procentpunt = rb.pi4?.checked_sub(ra.pi4?)?;
    let totaal = ruw_b.checked_sub(ruw_a)?;
    let mut delen: Vec<Verschil> = Vec::new();
    if let (Some(ta), Some(tb)) = (&a.taakvorm, &b.taakvorm) {
        // Both come from the same urenanalyse: pair the taken by their place, not by name.
        let handmatig: Vec<(usize, usize)> =
            if ta.taken.len() == tb.taken.len() { (0..ta.taken.len()).map(|k| (k, k)).collect() } else { Vec::new() };
        let v = vergelijk((ta.methode, &ta.taken), (tb.methode, &tb.taken), week, &handmatig);
        if v.verschil.is_some() {
            delen.extend(v.verschillen.into_iter().filter(|d| !d.procentpunt.is_zero()));
        }
    }
    let verklaard = delen.iter().try_fold(Decimal::ZERO, |s, d| s.checked_add(d.procentpunt))?;
    let rest = totaal.checked_sub(verklaard)?;
    if !rest.is_zero() {
        let mut wat: Vec<&str> = Vec::new();
        for kant in [a, b] {
            if kant.taakvorm.is_none() || !kant.eigen.is_empty() {
                wat.push(&kant.eigen);
            }
        }
        let tekst = if wat.is_empty() {
            "Een loonwaarde boven 100% telt als 100%".to_string()
        } else {
            format!("Andere rekenwijze: {}", wat.join("; "))
        };
        delen.push(Verschil { tekst, procentpunt: rest });
    }
    delen.sort_by_key(|d| std::cmp::Reverse(d.procentpunt.abs()));
    // The rounding is what is left of the Pi4 difference after the other parts, summed in the
    // order shown, so the parts add up to it to the last digit of Decimal.
    let samen = delen.iter().try_fold(Decimal::ZERO, |s, d| s.checked_add(d.procentpunt))?;
    let afronding = procentpunt.checked_sub(samen)?;
    if !afronding.is_zero() {
        delen.push(Verschil { tekst: "Afronding op hele procenten".to_string(), procentpunt: afronding });
    }
    Some(Paarverschil { a: ra.methodiek, b: rb.methodiek, procentpunt, delen })
}
