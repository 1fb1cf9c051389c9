//! Loonkostensubsidie: the gap between the wettelijk minimumloon (WML) and the loonwaarde in
//! euro, capped at 70% of the WML, plus the vergoeding werkgeverslasten (SPEC B5).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::berekening::per_maand;
use crate::domain::datum::lange_datum;
use crate::domain::getal::{euro, nl_kort};
use crate::domain::uitleg::Uitleg;

/// WML per uur (21 jaar en ouder), from the date it applies. New values are a data change.
pub const WML_PER_UUR: &[(i32, u32, &str)] =
    &[(2024, 1, "13.27"), (2024, 7, "13.68"), (2025, 1, "14.06"), (2025, 7, "14.40"), (2026, 1, "14.71")];

const WERKGEVERSLASTEN: &str = "1.235";
const VAKANTIETOESLAG: &str = "1.08";
const CAP: &str = "0.70";
const BRON_LKS: &str = "Participatiewet art. 10d; Besluit loonkostensubsidie Participatiewet 2021";

fn d(tekst: &str) -> Decimal {
    // Only the constants above pass through here; they are valid decimals.
    tekst.parse().unwrap_or(Decimal::ZERO)
}

/// The WML changes on 1 januari and 1 juli; this is the change that governs `datum`.
pub fn wijzigingsdatum(datum: NaiveDate) -> NaiveDate {
    let maand = if datum.month() >= 7 { 7 } else { 1 };
    NaiveDate::from_ymd_opt(datum.year(), maand, 1).unwrap_or(datum)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WmlOpzoek {
    Bekend {
        vanaf: NaiveDate,
        per_uur: Decimal,
    },
    /// Werkwaarde does not know the WML from this date: the user must enter it.
    Onbekend {
        vanaf: NaiveDate,
    },
}

pub fn wml_op(datum: NaiveDate) -> WmlOpzoek {
    let vanaf = wijzigingsdatum(datum);
    WML_PER_UUR
        .iter()
        .find(|(j, m, _)| *j == vanaf.year() && *m == vanaf.month())
        .map(|(_, _, bedrag)| WmlOpzoek::Bekend { vanaf, per_uur: d(bedrag) })
        .unwrap_or(WmlOpzoek::Onbekend { vanaf })
}

impl WmlOpzoek {
    pub fn vraag(&self) -> Option<String> {
        match self {
            WmlOpzoek::Bekend { .. } => None,
            WmlOpzoek::Onbekend { vanaf } => Some(format!(
                "Werkwaarde kent het WML per {} niet; vul het bruto minimumuurloon vanaf die datum in.",
                lange_datum(*vanaf)
            )),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LksInvoer {
    pub pi4: Decimal,
    pub normloon: Decimal,
    pub wml: Decimal,
    pub vakantietoeslag: bool,
    pub contracturen: Decimal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lks {
    pub wml: Decimal,
    pub pi5: Decimal,
    pub verschil: Decimal,
    pub cap: Decimal,
    pub excl_werkgeverslasten: Decimal,
    pub per_uur: Decimal,
    pub per_maand: Decimal,
    /// The chain, step by step: loonwaarde → Pi5 → verschil → cap → werkgeverslasten → LKS.
    pub stappen: Vec<Uitleg>,
}

pub fn bereken(invoer: LksInvoer) -> Lks {
    let factor = if invoer.vakantietoeslag { d(VAKANTIETOESLAG) } else { Decimal::ONE };
    let wml = invoer.wml * factor;
    let normloon = invoer.normloon * factor;
    let pi5 = invoer.pi4 / Decimal::ONE_HUNDRED * normloon;
    let verschil = (wml - pi5).max(Decimal::ZERO);
    let cap = d(CAP) * wml;
    let excl = verschil.min(cap);
    let per_uur = excl * d(WERKGEVERSLASTEN);
    let per_maand = per_maand(per_uur, invoer.contracturen);
    let vt = if invoer.vakantietoeslag { " (incl. 8% vakantietoeslag)" } else { "" };

    let stappen = vec![
        stap(
            "Pi5 = loonwaarde × normloon per uur",
            format!("{}% × {}{vt} = {}", nl_kort(invoer.pi4, 0), euro(normloon), euro(pi5)),
            None,
        ),
        stap(
            "verschil = WML − Pi5, niet onder nul",
            format!("{} − {} = {}", euro(wml), euro(pi5), euro(verschil)),
            None,
        ),
        stap(
            "ten hoogste 70% van het WML",
            format!(
                "70% × {} = {}; het laagste van {} en {} is {}",
                euro(wml),
                euro(cap),
                euro(verschil),
                euro(cap),
                euro(excl)
            ),
            Some("70% van het WML, vóór de werkgeverslasten (aanname van Werkwaarde)".to_string()),
        ),
        stap(
            "plus 23,5% vergoeding werkgeverslasten",
            format!("{} × 1,235 = {} per uur", euro(excl), euro(per_uur)),
            None,
        ),
        stap(
            "per maand = per uur × contracturen × 13/3",
            format!("{} × {} uur × 13/3 = {}", euro(per_uur), nl_kort(invoer.contracturen, 2), euro(per_maand)),
            None,
        ),
    ];
    Lks { wml, pi5, verschil, cap, excl_werkgeverslasten: excl, per_uur, per_maand, stappen }
}

fn stap(formule: &str, berekening: String, norm: Option<String>) -> Uitleg {
    Uitleg { formule: formule.to_string(), berekening, norm, bron: BRON_LKS.to_string() }
}
