//! Talent6 (Loonwaardegids §2.3, Talent6): the loonwaarde is the stappenplan's; six competenties,
//! each on a level from 0 (aanloop) to 6 (inspireert), explain it and feed the ontwikkeladvies.
//! The levels never change the loonwaarde: `met_competenties` only adds explanation.

use rust_decimal::Decimal;

use super::{fout, geblokkeerd, Invoer, Methodiek, Methodiekbevinding, Methodiekresultaat};
use crate::domain::getal::nl_kort;
use crate::domain::uitleg::Uitleg;

const BRON: &str = "Loonwaardegids §2.3, Talent6, Meting";

/// The six competenties of Talent6, in the gids's order.
pub const COMPETENTIES: [&str; 6] =
    ["Inzet en motivatie", "Resultaat", "Flexibiliteit", "Samenwerken", "Regels nakomen", "Respect"];

/// A short name per level 0–6, in Werkwaarde's own words after the gids's table.
pub const NIVEAUS: [&str; 7] = [
    "aanloop",
    "basisgedrag met intensieve begeleiding",
    "basisgedrag met enige begeleiding",
    "zelfstandig na instructie",
    "zelfstandig en uit eigen beweging",
    "stimuleert anderen",
    "inspireert",
];

/// One competentie's level with its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Talent6niveau {
    pub competentie: &'static str,
    pub niveau: u8,
    pub naam: &'static str,
}

/// Reads the six levels (in the order of `COMPETENTIES`): each a whole number from 0 to 6.
pub fn lees_niveaus(niveaus: &[Decimal]) -> Result<Vec<Talent6niveau>, Vec<Methodiekbevinding>> {
    let mut fouten = Vec::new();
    if niveaus.len() != COMPETENTIES.len() {
        fouten.push(fout(
            Invoer::Competenties,
            format!("Talent6 kent {} competenties; er zijn er {} ingevuld.", COMPETENTIES.len(), niveaus.len()),
            BRON,
        ));
    }
    let mut uit = Vec::with_capacity(COMPETENTIES.len());
    for (i, (waarde, competentie)) in niveaus.iter().zip(COMPETENTIES).enumerate() {
        // Compared with each whole level, so no conversion of an arbitrary Decimal is needed.
        match (0u8..=6).find(|n| *waarde == Decimal::from(*n)) {
            Some(n) => uit.push(Talent6niveau { competentie, niveau: n, naam: NIVEAUS[usize::from(n)] }),
            None => fouten.push(fout(
                Invoer::Niveau(i),
                format!(
                    "{competentie}: niveau {} bestaat niet; vul een heel getal van 0 (aanloop) tot en met 6 \
                     (inspireert) in.",
                    nl_kort(*waarde, 28)
                ),
                BRON,
            )),
        }
    }
    if fouten.is_empty() {
        Ok(uit)
    } else {
        Err(fouten)
    }
}

/// The stappenplan's result as Talent6's: the same loonwaarde, with one uitleg per competentie.
/// Invalid levels are findings that do not block, since the levels never enter the loonwaarde.
pub fn met_competenties(stappenplan: Methodiekresultaat, niveaus: &[Decimal]) -> Methodiekresultaat {
    if stappenplan.methodiek.rekent_als() != Methodiek::Stappenplan {
        let melding =
            format!("Talent6 rekent met het stappenplan; deze uitkomst komt van {}.", stappenplan.methodiek.naam());
        return geblokkeerd(Methodiek::Talent6, vec![fout(Invoer::Geheel, melding, BRON)]);
    }
    let mut r = stappenplan;
    r.methodiek = Methodiek::Talent6;
    match lees_niveaus(niveaus) {
        Ok(gelezen) => {
            for n in gelezen {
                r.uitleg.push((
                    format!("Competentie \u{2018}{}\u{2019}", n.competentie),
                    Uitleg {
                        formule: "Niveau van beheersing, 0 (aanloop) tot en met 6 (inspireert); verklaart de \
                                  loonwaarde en telt er niet in mee"
                            .to_string(),
                        berekening: format!("niveau {}: {}", n.niveau, n.naam),
                        norm: None,
                        bron: BRON.to_string(),
                    },
                ));
            }
        }
        Err(fouten) => {
            r.bevindingen.extend(fouten.into_iter().map(|f| Methodiekbevinding { blokkeert: false, ..f }));
        }
    }
    r
}
