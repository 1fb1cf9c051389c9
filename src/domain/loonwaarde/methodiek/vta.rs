//! VTA-methodiek (Loonwaardegids §2.3, VTA-methodiek): the stappenplan with tempo split into
//! inspanning × vaardigheden (NEN 3147), at most five taken, and a toelichting for every score
//! below 100%.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    afgerond, blokkeert, controleer_score, controleer_takenlijst, geblokkeerd, let_op, pct, som_uitleg, te_groot,
    weeg_taken, weging_tekst, Gewogen, Grens, Invoer, Methodiek, Taakcijfers, Uitkomst,
};
use crate::domain::uitleg::Uitleg;

const BRON: &str = "Loonwaardegids §2.3, VTA-methodiek, Meting en Berekening";
const BRON_TOELICHTING: &str = "Loonwaardegids §2.3, VTA-methodiek, Rapportage";

pub const MAX_TAKEN: usize = 5;

/// The four scores VTA asks per taak.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vtascore {
    Inspanning,
    Vaardigheden,
    Kwaliteit,
    Inzetbaarheid,
}

impl Vtascore {
    pub const ALLE: [Vtascore; 4] =
        [Vtascore::Inspanning, Vtascore::Vaardigheden, Vtascore::Kwaliteit, Vtascore::Inzetbaarheid];

    pub fn naam(self) -> &'static str {
        match self {
            Vtascore::Inspanning => "inspanning",
            Vtascore::Vaardigheden => "vaardigheden",
            Vtascore::Kwaliteit => "kwaliteit",
            Vtascore::Inzetbaarheid => "inzetbaarheid",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vtataak {
    pub naam: String,
    pub uren: Decimal,
    /// May exceed 100 (it is half of the tempo, which counts as measured).
    pub inspanning: Decimal,
    /// May exceed 100 (it is half of the tempo, which counts as measured).
    pub vaardigheden: Decimal,
    /// 0–100.
    pub kwaliteit: Decimal,
    /// 0–100.
    pub inzetbaarheid: Decimal,
    /// Whether a toelichting was written for inspanning, vaardigheden, kwaliteit, inzetbaarheid
    /// (in the order of `Vtascore::ALLE`).
    pub toegelicht: [bool; 4],
}

impl Vtataak {
    pub fn score(&self, s: Vtascore) -> Decimal {
        match s {
            Vtascore::Inspanning => self.inspanning,
            Vtascore::Vaardigheden => self.vaardigheden,
            Vtascore::Kwaliteit => self.kwaliteit,
            Vtascore::Inzetbaarheid => self.inzetbaarheid,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vtacijfers {
    /// Per taak: tempo = inspanning × vaardigheden, prestatie = T × K × I, aandeel and deel.
    pub taken: Vec<Taakcijfers>,
    /// Σ aandeel × prestatie, unrounded and before the cap.
    pub totaal: Decimal,
}

pub fn bereken(taken: &[Vtataak]) -> Uitkomst<Vtacijfers> {
    let methodiek = Methodiek::Vta;
    let mut bevindingen = Vec::new();
    let uren: Vec<Decimal> = taken.iter().map(|t| t.uren).collect();
    let te_veel = format!("De VTA-methodiek kent maximaal {MAX_TAKEN} taken; dit zijn er {}.", taken.len());
    controleer_takenlijst(&mut bevindingen, &uren, MAX_TAKEN, te_veel, BRON);
    for (i, t) in taken.iter().enumerate() {
        controleer_score(&mut bevindingen, Invoer::Inspanning(i), "Inspanning", t.inspanning, Grens::Tempo, BRON);
        controleer_score(&mut bevindingen, Invoer::Vaardigheden(i), "Vaardigheden", t.vaardigheden, Grens::Tempo, BRON);
        controleer_score(&mut bevindingen, Invoer::Kwaliteit(i), "Kwaliteit", t.kwaliteit, Grens::Norm, BRON);
        let inzet = t.inzetbaarheid;
        controleer_score(&mut bevindingen, Invoer::Inzetbaarheid(i), "Inzetbaarheid", inzet, Grens::Norm, BRON);
    }
    // Missing toelichtingen never block: the loonwaarde is computed, the rapport is incomplete.
    for (i, t) in taken.iter().enumerate() {
        for s in Vtascore::ALLE {
            let waarde = t.score(s);
            if waarde < Decimal::ONE_HUNDRED && !t.toegelicht[s.index()] {
                bevindingen.push(let_op(
                    Invoer::Toelichting(i, s),
                    format!(
                        "Taak \u{2018}{}\u{2019}: {} is {}, onder 100%; een toelichting is verplicht.",
                        t.naam,
                        s.naam(),
                        pct(waarde)
                    ),
                    BRON_TOELICHTING,
                ));
            }
        }
    }
    if blokkeert(&bevindingen) {
        return Uitkomst { resultaat: geblokkeerd(methodiek, bevindingen), cijfers: None };
    }

    let Some((cijfers, totaal, uren_samen)) = reken(taken) else {
        bevindingen.push(te_groot(BRON));
        return Uitkomst { resultaat: geblokkeerd(methodiek, bevindingen), cijfers: None };
    };
    let mut uitleg: Vec<(String, Uitleg)> = taken
        .iter()
        .zip(&cijfers)
        .map(|(t, c)| {
            (
                format!("Taak \u{2018}{}\u{2019}", t.naam),
                Uitleg {
                    formule: "tempo = inspanning × vaardigheden (NEN 3147); prestatie = tempo × kwaliteit × \
                              inzetbaarheid; deel = aandeel × prestatie"
                        .to_string(),
                    berekening: format!(
                        "tempo {} × {} = {}; prestatie {} × {} × {} = {}; {}",
                        pct(t.inspanning),
                        pct(t.vaardigheden),
                        pct(c.tempo),
                        pct(c.tempo),
                        pct(t.kwaliteit),
                        pct(t.inzetbaarheid),
                        pct(c.prestatie),
                        weging_tekst(c, t.uren, uren_samen)
                    ),
                    norm: None,
                    bron: BRON.to_string(),
                },
            )
        })
        .collect();
    uitleg.push(som_uitleg(&cijfers, totaal, BRON));
    Uitkomst {
        resultaat: afgerond(methodiek, totaal, uitleg, bevindingen),
        cijfers: Some(Vtacijfers { taken: cijfers, totaal }),
    }
}

/// Checked: the scores are bounded after validation, the hours are not.
fn reken(taken: &[Vtataak]) -> Option<(Vec<Taakcijfers>, Decimal, Decimal)> {
    let honderd = Decimal::ONE_HUNDRED;
    let mut gewogen = Vec::with_capacity(taken.len());
    for t in taken {
        let tempo = t.inspanning.checked_mul(t.vaardigheden)?.checked_div(honderd)?;
        // One division per prestatie, from the product of the four scores.
        let product =
            t.inspanning.checked_mul(t.vaardigheden)?.checked_mul(t.kwaliteit)?.checked_mul(t.inzetbaarheid)?;
        let prestatie = product.checked_div(Decimal::from(1_000_000))?;
        gewogen.push(Gewogen { naam: t.naam.clone(), uren: t.uren, tempo, prestatie });
    }
    weeg_taken(gewogen)
}
