//! Matchcare (Loonwaardegids §2.3, Matchcare, Berekening): the stappenplan over at most five
//! hoofdtaken (T × K × I weighted by aandeel), multiplied by a werknemersvaardigheden-
//! competentiescore.
//!
//! The gids prints the formula for that score in a form that cannot be read as written
//! (competentiescore × (2 × …score) with no divisor), so Werkwaarde does not compute the score: the
//! deskundige enters it as a percentage, and only when it is entered does it multiply the
//! prestatie. Without it, the result is the stappenplan part only, and the result says so.

use rust_decimal::Decimal;

use super::{
    afgerond, blokkeert, controleer_score, controleer_takenlijst, geblokkeerd, let_op, pct, som_uitleg, te_groot,
    weeg_taken, weging_tekst, Gewogen, Grens, Invoer, Methodiek, Taakcijfers, Uitkomst,
};
use crate::domain::uitleg::Uitleg;

const BRON: &str = "Loonwaardegids §2.3, Matchcare, Berekening";

pub const MAX_HOOFDTAKEN: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matchcaretaak {
    pub naam: String,
    pub uren: Decimal,
    /// May exceed 100: it counts as measured, as in the stappenplan.
    pub tempo: Decimal,
    /// 0–100.
    pub kwaliteit: Decimal,
    /// 0–100.
    pub inzetbaarheid: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matchcareinvoer {
    pub taken: Vec<Matchcaretaak>,
    /// 0–100; `None` when not entered.
    pub vaardigheden_competentiescore: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matchcarecijfers {
    /// Per hoofdtaak: aandeel, prestatie = T × K × I, deel = aandeel × prestatie.
    pub taken: Vec<Taakcijfers>,
    /// Prestatie op de hoofdtaken: Σ deel.
    pub prestatie_hoofdtaken: Decimal,
    /// The score used, if entered.
    pub vaardigheden_competentiescore: Option<Decimal>,
    /// prestatie op de hoofdtaken × score (or the prestatie alone), unrounded and before the cap.
    pub totaal: Decimal,
}

pub fn bereken(invoer: &Matchcareinvoer) -> Uitkomst<Matchcarecijfers> {
    let methodiek = Methodiek::Matchcare;
    let taken = &invoer.taken;
    let mut bevindingen = Vec::new();
    let uren: Vec<Decimal> = taken.iter().map(|t| t.uren).collect();
    let te_veel = format!("Matchcare kent maximaal {MAX_HOOFDTAKEN} hoofdtaken; dit zijn er {}.", taken.len());
    controleer_takenlijst(&mut bevindingen, &uren, MAX_HOOFDTAKEN, te_veel, BRON);
    for (i, t) in taken.iter().enumerate() {
        controleer_score(&mut bevindingen, Invoer::Tempo(i), "Tempo", t.tempo, Grens::Tempo, BRON);
        controleer_score(&mut bevindingen, Invoer::Kwaliteit(i), "Kwaliteit", t.kwaliteit, Grens::Norm, BRON);
        let inzet = t.inzetbaarheid;
        controleer_score(&mut bevindingen, Invoer::Inzetbaarheid(i), "Inzetbaarheid", inzet, Grens::Norm, BRON);
    }
    let score = invoer.vaardigheden_competentiescore;
    if let Some(s) = score {
        let naam = "De werknemersvaardigheden-competentiescore";
        controleer_score(&mut bevindingen, Invoer::VaardighedenCompetentiescore, naam, s, Grens::Norm, BRON);
    }
    if blokkeert(&bevindingen) {
        return Uitkomst { resultaat: geblokkeerd(methodiek, bevindingen), cijfers: None };
    }

    // Checked throughout: the hours have no upper bound.
    let berekend = taken
        .iter()
        .map(|t| {
            let product = t.tempo.checked_mul(t.kwaliteit)?.checked_mul(t.inzetbaarheid)?;
            let prestatie = product.checked_div(Decimal::from(10_000))?;
            Some(Gewogen { naam: t.naam.clone(), uren: t.uren, tempo: t.tempo, prestatie })
        })
        .collect::<Option<Vec<_>>>()
        .and_then(weeg_taken)
        .and_then(|(cijfers, prestatie, uren_samen)| {
            let totaal = match score {
                Some(s) => prestatie.checked_mul(s)?.checked_div(Decimal::ONE_HUNDRED)?,
                None => prestatie,
            };
            Some((cijfers, prestatie, uren_samen, totaal))
        });
    let Some((cijfers, prestatie_hoofdtaken, uren_samen, totaal)) = berekend else {
        bevindingen.push(te_groot(BRON));
        return Uitkomst { resultaat: geblokkeerd(methodiek, bevindingen), cijfers: None };
    };

    let mut uitleg: Vec<(String, Uitleg)> = taken
        .iter()
        .zip(&cijfers)
        .map(|(t, c)| {
            (
                format!("Hoofdtaak \u{2018}{}\u{2019}", t.naam),
                Uitleg {
                    formule: "prestatie = T × K × I; gewogen prestatie = aandeel × prestatie".to_string(),
                    berekening: format!(
                        "{} × {} × {} = {}; {}",
                        pct(t.tempo),
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
    let (label, mut som) = som_uitleg(&cijfers, prestatie_hoofdtaken, BRON);
    som.formule = "Prestatie op de hoofdtaken = Σ gewogen prestatie".to_string();
    uitleg.push((format!("{label} (prestatie op de hoofdtaken)"), som));
    let loonwaarde_uitleg = match score {
        Some(s) => Uitleg {
            formule: "Loonwaarde = prestatie op de hoofdtaken × werknemersvaardigheden-competentiescore. \
                      De ingevulde score is overgenomen; de formule voor de score zelf staat in de gids niet \
                      leesbaar en wordt niet nagerekend (aanname van Werkwaarde)."
                .to_string(),
            berekening: format!("{} × {} = {}", pct(prestatie_hoofdtaken), pct(s), pct(totaal)),
            norm: None,
            bron: BRON.to_string(),
        },
        None => {
            bevindingen.push(let_op(
                Invoer::VaardighedenCompetentiescore,
                "Er is geen werknemersvaardigheden-competentiescore ingevuld: deze uitkomst is alleen het deel \
                 volgens het stappenplan (de prestatie op de hoofdtaken)."
                    .into(),
                BRON,
            ));
            Uitleg {
                formule: "Zonder werknemersvaardigheden-competentiescore: loonwaarde = prestatie op de hoofdtaken \
                          (alleen het deel volgens het stappenplan)"
                    .to_string(),
                berekening: format!("{} = {}", pct(prestatie_hoofdtaken), pct(totaal)),
                norm: None,
                bron: BRON.to_string(),
            }
        }
    };
    uitleg.push(("Loonwaarde vóór afronding".to_string(), loonwaarde_uitleg));
    Uitkomst {
        resultaat: afgerond(methodiek, totaal, uitleg, bevindingen),
        cijfers: Some(Matchcarecijfers {
            taken: cijfers,
            prestatie_hoofdtaken,
            vaardigheden_competentiescore: score,
            totaal,
        }),
    }
}
