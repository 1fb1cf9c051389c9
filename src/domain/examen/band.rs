//! The bandbreedte: an answer is right when it lies within a margin of the Gouden Standaard
//! (Loonwaardegids §3.3 and §5; SPEC B3). Exact Decimal comparison, boundaries inside.

use rust_decimal::Decimal;

use crate::domain::getal::{euro, nl_kort, rond_af};
use crate::domain::uitleg::Uitleg;

/// The exam's margin: ±10% of the Gouden Standaard Pi5.
pub const EXAMEN_MARGE: Decimal = Decimal::TEN;

/// A Pi5 is compared on cents: the Gouden Standaard is stated on cents, and so is an answer.
pub const PI5_DECIMALEN: u32 = 2;

/// A Pi5 on cents, rounded half away from zero, as it is compared with the Gouden Standaard.
pub fn op_centen(pi5: Decimal) -> Decimal {
    rond_af(pi5, PI5_DECIMALEN)
}

/// |antwoord − goud| ≤ marge% × goud. L5: goud € 10,00 → € 9,00 and € 11,00 inside.
pub fn binnen_band(antwoord: Decimal, goud: Decimal, marge_procent: Decimal) -> bool {
    (antwoord - goud).abs() * Decimal::ONE_HUNDRED <= marge_procent * goud.abs()
}

/// (antwoord − goud) / goud × 100%; `None` when the gold is zero.
pub fn afwijking_procent(antwoord: Decimal, goud: Decimal) -> Option<Decimal> {
    (!goud.is_zero()).then(|| (antwoord - goud) / goud * Decimal::ONE_HUNDRED)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bandoordeel {
    /// `None`: not answered, which counts as outside the band.
    pub antwoord: Option<Decimal>,
    pub goud: Decimal,
    pub binnen: bool,
    pub afwijking: Option<Decimal>,
    pub ondergrens: Decimal,
    pub bovengrens: Decimal,
    pub uitleg: Uitleg,
}

pub fn beoordeel(antwoord: Option<Decimal>, goud: Decimal, marge_procent: Decimal) -> Bandoordeel {
    let marge = goud.abs() * marge_procent / Decimal::ONE_HUNDRED;
    let (ondergrens, bovengrens) = (goud - marge, goud + marge);
    let binnen = antwoord.is_some_and(|a| binnen_band(a, goud, marge_procent));
    let afwijking = antwoord.and_then(|a| afwijking_procent(a, goud));
    let berekening = match (antwoord, afwijking) {
        (Some(a), Some(af)) => format!(
            "{} tegenover {}: afwijking {}%, de bandbreedte is {} tot en met {}; {}",
            euro(a),
            euro(goud),
            nl_kort(af, 2),
            euro(ondergrens),
            euro(bovengrens),
            if binnen { "binnen de bandbreedte" } else { "buiten de bandbreedte" }
        ),
        (Some(a), None) => {
            format!("{} tegenover {}: {}", euro(a), euro(goud), if binnen { "binnen" } else { "buiten" })
        }
        (None, _) => "geen antwoord: telt als buiten de bandbreedte".to_string(),
    };
    Bandoordeel {
        antwoord,
        goud,
        binnen,
        afwijking,
        ondergrens,
        bovengrens,
        uitleg: Uitleg {
            formule: "|antwoord − Gouden Standaard| ≤ marge × Gouden Standaard (Pi5)".into(),
            berekening,
            norm: Some(format!("binnen ±{}% van de Gouden Standaard", nl_kort(marge_procent, 2))),
            bron: "Loonwaardegids §3.3 (bandbreedte) en §5 (examen)".into(),
        },
    }
}
