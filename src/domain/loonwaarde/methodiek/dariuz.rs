//! Dariuz (Loonwaardegids §2.3, Dariuz, Berekening): vereisten × competentiescores for tempo,
//! efficiëntie and kwaliteit give the productiviteit; extra begeleiding and extra pauzes lower the
//! inzetbaarheid; werkprestatie = productiviteit × inzetbaarheid.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{afgerond, blokkeert, controleer_score, fout, geblokkeerd, pct, Grens, Invoer, Methodiek, Uitkomst};
use crate::domain::uitleg::Uitleg;

const BRON: &str = "Loonwaardegids §2.3, Dariuz, Berekening";

/// The three bestanddelen Dariuz weighs.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bestanddeel {
    Tempo,
    Efficientie,
    Kwaliteit,
}

impl Bestanddeel {
    pub const ALLE: [Bestanddeel; 3] = [Bestanddeel::Tempo, Bestanddeel::Efficientie, Bestanddeel::Kwaliteit];

    pub fn naam(self) -> &'static str {
        match self {
            Bestanddeel::Tempo => "tempo",
            Bestanddeel::Efficientie => "efficiëntie",
            Bestanddeel::Kwaliteit => "kwaliteit",
        }
    }

    /// The letter of the gids's table: T, E, K.
    pub fn letter(self) -> &'static str {
        match self {
            Bestanddeel::Tempo => "T",
            Bestanddeel::Efficientie => "E",
            Bestanddeel::Kwaliteit => "K",
        }
    }
}

/// One number per bestanddeel, in percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Drietal {
    pub tempo: Decimal,
    pub efficientie: Decimal,
    pub kwaliteit: Decimal,
}

impl Drietal {
    pub fn van(&self, b: Bestanddeel) -> Decimal {
        match b {
            Bestanddeel::Tempo => self.tempo,
            Bestanddeel::Efficientie => self.efficientie,
            Bestanddeel::Kwaliteit => self.kwaliteit,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dariuzinvoer {
    /// T1, E1, K1: relative importance, together exactly 100.
    pub vereisten: Drietal,
    /// T2, E2, K2: 0–100.
    pub competentiescores: Drietal,
    /// B: extra begeleiding in percent of working time.
    pub extra_begeleiding: Decimal,
    /// P: extra pauzes in percent of working time.
    pub extra_pauzes: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dariuzcijfers {
    /// TP, EP, KP: vereiste × competentiescore per bestanddeel, in percent points.
    pub gewogen: Drietal,
    /// TP + EP + KP.
    pub productiviteit: Decimal,
    /// 100 − (B + P).
    pub inzetbaarheid: Decimal,
    /// productiviteit × inzetbaarheid, unrounded.
    pub werkprestatie: Decimal,
}

pub fn bereken(invoer: &Dariuzinvoer) -> Uitkomst<Dariuzcijfers> {
    let methodiek = Methodiek::Dariuz;
    let mut bevindingen = Vec::new();
    for b in Bestanddeel::ALLE {
        let naam = format!("De vereiste voor {} ({}1)", b.naam(), b.letter());
        controleer_score(&mut bevindingen, Invoer::Vereiste(b), &naam, invoer.vereisten.van(b), Grens::Norm, BRON);
    }
    let vereisten_samen = super::som(Bestanddeel::ALLE.map(|b| invoer.vereisten.van(b)));
    if vereisten_samen != Some(Decimal::ONE_HUNDRED) {
        // Never rescaled: the deskundige decides which vereiste is off.
        let samen = vereisten_samen.map_or_else(|| "meer dan 100%".to_string(), pct);
        bevindingen.push(fout(
            Invoer::Vereisten,
            format!(
                "De vereisten voor tempo, efficiëntie en kwaliteit tellen op tot {samen}; samen moeten ze precies \
                 100% zijn. Werkwaarde schaalt ze niet om."
            ),
            BRON,
        ));
    }
    for b in Bestanddeel::ALLE {
        let naam = format!("De competentiescore voor {} ({}2)", b.naam(), b.letter());
        let score = invoer.competentiescores.van(b);
        controleer_score(&mut bevindingen, Invoer::Competentiescore(b), &naam, score, Grens::Norm, BRON);
    }
    let (b, p) = (invoer.extra_begeleiding, invoer.extra_pauzes);
    controleer_score(&mut bevindingen, Invoer::ExtraBegeleiding, "Extra begeleiding (B)", b, Grens::Norm, BRON);
    controleer_score(&mut bevindingen, Invoer::ExtraPauzes, "Extra pauzes (P)", p, Grens::Norm, BRON);
    // Checked only when B and P each are valid, so one wrong field does not give two findings.
    let binnen = |w: Decimal| w >= Decimal::ZERO && w <= Decimal::ONE_HUNDRED;
    let aftrek = b.checked_add(p);
    if binnen(b) && binnen(p) && aftrek.is_none_or(|a| a > Decimal::ONE_HUNDRED) {
        bevindingen.push(fout(
            Invoer::ExtraBegeleiding,
            format!(
                "Extra begeleiding en extra pauzes zijn samen {}; dat kan niet meer zijn dan 100% van de werktijd.",
                aftrek.map_or_else(|| "meer dan 100%".to_string(), pct)
            ),
            BRON,
        ));
    }
    if blokkeert(&bevindingen) {
        return Uitkomst { resultaat: geblokkeerd(methodiek, bevindingen), cijfers: None };
    }

    // Every input is now within 0–100, so plain arithmetic cannot overflow.
    let honderd = Decimal::ONE_HUNDRED;
    let (v, s) = (&invoer.vereisten, &invoer.competentiescores);
    let gewogen = Drietal {
        tempo: v.tempo * s.tempo / honderd,
        efficientie: v.efficientie * s.efficientie / honderd,
        kwaliteit: v.kwaliteit * s.kwaliteit / honderd,
    };
    let som_producten = v.tempo * s.tempo + v.efficientie * s.efficientie + v.kwaliteit * s.kwaliteit;
    let productiviteit = som_producten / honderd;
    let inzetbaarheid = honderd - b - p;
    // One division, so the werkprestatie is as exact as Decimal allows and monotone in each score.
    let werkprestatie = som_producten * inzetbaarheid / (honderd * honderd);

    let uitleg = vec![
        (
            "Productiviteit".to_string(),
            Uitleg {
                formule: "Productiviteit = T1 × T2 + E1 × E2 + K1 × K2 (vereiste × competentiescore per bestanddeel)"
                    .to_string(),
                berekening: format!(
                    "{} × {} + {} × {} + {} × {} = {} + {} + {} = {}",
                    pct(v.tempo),
                    pct(s.tempo),
                    pct(v.efficientie),
                    pct(s.efficientie),
                    pct(v.kwaliteit),
                    pct(s.kwaliteit),
                    pct(gewogen.tempo),
                    pct(gewogen.efficientie),
                    pct(gewogen.kwaliteit),
                    pct(productiviteit)
                ),
                norm: Some("de vereisten samen precies 100%".to_string()),
                bron: BRON.to_string(),
            },
        ),
        (
            "Inzetbaarheid".to_string(),
            Uitleg {
                formule: "Inzetbaarheid = 100% − (extra begeleiding B + extra pauzes P)".to_string(),
                berekening: format!("100% − ({} + {}) = {}", pct(b), pct(p), pct(inzetbaarheid)),
                norm: None,
                bron: BRON.to_string(),
            },
        ),
        (
            "Werkprestatie".to_string(),
            Uitleg {
                formule: "Werkprestatie = productiviteit × inzetbaarheid".to_string(),
                berekening: format!("{} × {} = {}", pct(productiviteit), pct(inzetbaarheid), pct(werkprestatie)),
                norm: None,
                bron: BRON.to_string(),
            },
        ),
    ];
    Uitkomst {
        resultaat: afgerond(methodiek, werkprestatie, uitleg, bevindingen),
        cijfers: Some(Dariuzcijfers { gewogen, productiviteit, inzetbaarheid, werkprestatie }),
    }
}
