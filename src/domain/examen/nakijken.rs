//! Nakijken of a practice casus: the deskundige's analysis beside the Gouden Standaard, taak by
//! taak and score by score, and what made the difference in the loonwaarde.
//!
//! The difference in Pi4 (before rounding) is split exactly into parts: per matched taak the
//! effect of its share, then tempo, kwaliteit and inzet (or netto werktijd), each changed from the
//! gold value to the user's in that order; a taak only one side has counts whole.

use rust_decimal::Decimal;

use super::band::{beoordeel, op_centen, Bandoordeel, EXAMEN_MARGE};
use super::casus::Casus;
use crate::domain::getal::nl_kort;
use crate::domain::loonwaarde::{vergelijking, Methode, Taak, Veld};

pub use crate::domain::loonwaarde::vergelijking::{Taakscores, Verschil};

/// A row of the nakijken: a taak of the user, of the Gouden Standaard, or of both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taakvergelijking {
    pub naam: String,
    pub gebruiker: Option<Taakscores>,
    pub goud: Option<Taakscores>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nakijkresultaat {
    pub methode: Methode,
    /// The user's Pi4 (whole percents); `None` while their analysis has errors.
    pub pi4: Option<Decimal>,
    pub pi5: Option<Decimal>,
    pub goud_pi4: Decimal,
    pub goud_pi5: Decimal,
    pub band: Bandoordeel,
    pub taken: Vec<Taakvergelijking>,
    /// Largest effect first; only effects of at least 0,05 procentpunt.
    pub verschillen: Vec<Verschil>,
    /// What keeps the comparison from being complete, in Dutch.
    pub meldingen: Vec<String>,
}

/// Whether an input error at `veld` keeps an attempt from being judged. Only the analysis counts:
/// the LKS and the kosten are not asked in a casus.
pub fn telt_bij_nakijken(veld: Veld) -> bool {
    !matches!(veld, Veld::Peildatum | Veld::Wml | Veld::Bedrag(_))
}

/// Nakijken while the user's analysis still has `invoerfouten` input errors that count: nothing of
/// theirs is compared yet, and the result says how many errors to correct first.
pub fn nakijken_met_invoerfouten(casus: &Casus, methode: Methode, invoerfouten: usize) -> Nakijkresultaat {
    let mut r = nakijken(casus, methode, &[], None);
    r.meldingen = vec![format!(
        "Uw analyse heeft nog {invoerfouten} invoerfout{}; verbeter die in de rekenhulp en kijk dan opnieuw na.",
        if invoerfouten == 1 { "" } else { "en" }
    )];
    r
}

/// Compares `taken` (the user's analysis, in `methode`) and the user's Pi5 with the casus's
/// Gouden Standaard in the same method. The Pi5 is compared on cents, as the Gouden Standaard is
/// stated.
pub fn nakijken(casus: &Casus, methode: Methode, taken: &[Taak], pi5: Option<Decimal>) -> Nakijkresultaat {
    let pi5 = pi5.map(op_centen);
    let analyse = casus.analyse(methode);
    let goud_taken = analyse.domeintaken();
    let week = Some(casus.week());
    let mut meldingen = Vec::new();
    // The Gouden Standaard is side A, the user's analysis side B: the parts are user minus gold.
    let v = vergelijking::vergelijk((methode, &goud_taken), (methode, taken), week, &[]);
    if v.a.resultaat.is_err() {
        meldingen.push(
            "De Gouden Standaard van deze casus is niet te berekenen: de casus bevat een fout. Kies een andere casus."
                .into(),
        );
    }
    let pi4 = if taken.is_empty() {
        meldingen.push("U heeft nog geen taken ingevuld.".into());
        None
    } else {
        match &v.b.resultaat {
            Ok(r) => Some(r.pi4),
            Err(fouten) => {
                meldingen.push(format!(
                    "Uw analyse is nog niet compleet ({} invoerfout{}); verbeter die in de rekenhulp.",
                    fouten.len(),
                    if fouten.len() == 1 { "" } else { "en" }
                ));
                None
            }
        }
    };
    if pi5.is_none() && pi4.is_some() {
        meldingen.push("Uw Pi5 is nog niet berekend: vul het normloon in.".into());
    }
    let band = beoordeel(pi5, analyse.pi5, EXAMEN_MARGE);
    // The user's side counts only once it computes; without it there is nothing to pair.
    let gebruiker_telt = pi4.is_some();
    let vergelijking: Vec<Taakvergelijking> = v
        .paren
        .iter()
        .filter(|p| p.a.is_some() || gebruiker_telt)
        .map(|p| Taakvergelijking {
            naam: p.naam.clone(),
            goud: p.a.clone(),
            gebruiker: p.b.clone().filter(|_| gebruiker_telt),
        })
        .collect();
    let mut verschillen: Vec<Verschil> = if gebruiker_telt && v.a.resultaat.is_ok() {
        v.paren
            .iter()
            .flat_map(|p| match (&p.b, &p.a) {
                (Some(u), Some(g)) => vergelijking::delen(g, u, vergelijking::derde(methode, methode))
                    .into_iter()
                    .map(|(wat, eigen, juist, effect)| Verschil {
                        tekst: format!("{wat} {}: {}% in plaats van {}%", p.naam, nl_kort(eigen, 2), nl_kort(juist, 2)),
                        procentpunt: effect,
                    })
                    .collect::<Vec<_>>(),
                (Some(u), None) => vec![Verschil {
                    tekst: format!("Taak {} staat niet in de Gouden Standaard ({} uur)", p.naam, nl_kort(u.uren, 2)),
                    procentpunt: u.bijdrage,
                }],
                (None, Some(g)) => vec![Verschil {
                    tekst: format!("Taak {} ontbreekt in uw analyse ({} uur)", p.naam, nl_kort(g.uren, 2)),
                    procentpunt: -g.bijdrage,
                }],
                (None, None) => Vec::new(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let drempel = Decimal::new(5, 2);
    verschillen.retain(|v| v.procentpunt.abs() >= drempel);
    verschillen.sort_by_key(|v| std::cmp::Reverse(v.procentpunt.abs()));

    Nakijkresultaat {
        methode,
        pi4,
        pi5,
        goud_pi4: analyse.pi4,
        goud_pi5: analyse.pi5,
        band,
        taken: vergelijking,
        verschillen,
        meldingen,
    }
}
