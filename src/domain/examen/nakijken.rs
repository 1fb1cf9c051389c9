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
use crate::domain::loonwaarde::{self as lw, Methode, Resultaat, Taak, Veld};

/// One side of a taak: its hours, share and scores, and what it adds to the loonwaarde.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taakscores {
    pub naam: String,
    pub uren: Decimal,
    /// Percent of the working time, unrounded.
    pub aandeel: Decimal,
    /// The tempo that counts (above 100% counts as 100%).
    pub tempo: Decimal,
    pub kwaliteit: Decimal,
    pub inzet: Decimal,
    pub prestatie: Decimal,
    /// Percent points of the loonwaarde, unrounded.
    pub bijdrage: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taakvergelijking {
    pub naam: String,
    pub gebruiker: Option<Taakscores>,
    pub goud: Option<Taakscores>,
}

/// One cause of the difference, in percent points of the loonwaarde (user minus gold).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verschil {
    pub tekst: String,
    pub procentpunt: Decimal,
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

fn sleutel(naam: &str) -> String {
    naam.trim().to_lowercase()
}

fn scores(taken: &[Taak], resultaat: &Resultaat) -> Vec<Taakscores> {
    taken
        .iter()
        .zip(&resultaat.taken)
        .map(|(t, r)| Taakscores {
            naam: t.naam.trim().to_string(),
            uren: t.uren,
            aandeel: r.aandeel,
            tempo: r.tempo_telt,
            kwaliteit: t.kwaliteit,
            inzet: t.inzet,
            prestatie: r.prestatie,
            bijdrage: r.loonwaarde,
        })
        .collect()
}

const HONDERD3: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// aandeel × T × K × I in percent points of the loonwaarde.
fn bijdrage(a: Decimal, t: Decimal, k: Decimal, i: Decimal) -> Decimal {
    a * t * k * i / HONDERD3
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
    let goud_scores = match lw::bereken(methode, &goud_taken, week, false) {
        Ok(r) => scores(&goud_taken, &r),
        Err(_) => {
            meldingen.push("De Gouden Standaard van deze casus is niet te berekenen: de casus bevat een fout. Kies een andere casus.".into());
            Vec::new()
        }
    };
    let (pi4, gebruiker_scores) = if taken.is_empty() {
        meldingen.push("U heeft nog geen taken ingevuld.".into());
        (None, Vec::new())
    } else {
        match lw::bereken(methode, taken, week, false) {
            Ok(r) => (Some(r.pi4), scores(taken, &r)),
            Err(fouten) => {
                meldingen.push(format!(
                    "Uw analyse is nog niet compleet ({} invoerfout{}); verbeter die in de rekenhulp.",
                    fouten.len(),
                    if fouten.len() == 1 { "" } else { "en" }
                ));
                (None, Vec::new())
            }
        }
    };
    if pi5.is_none() && pi4.is_some() {
        meldingen.push("Uw Pi5 is nog niet berekend: vul het normloon in.".into());
    }
    let band = beoordeel(pi5, analyse.pi5, EXAMEN_MARGE);

    // Pair the taken by name; the gold order first, then the user's extra taken.
    let mut vergelijking: Vec<Taakvergelijking> = goud_scores
        .iter()
        .map(|g| Taakvergelijking {
            naam: g.naam.clone(),
            goud: Some(g.clone()),
            gebruiker: gebruiker_scores.iter().find(|u| sleutel(&u.naam) == sleutel(&g.naam)).cloned(),
        })
        .collect();
    for u in &gebruiker_scores {
        if !goud_scores.iter().any(|g| sleutel(&g.naam) == sleutel(&u.naam)) {
            vergelijking.push(Taakvergelijking { naam: u.naam.clone(), gebruiker: Some(u.clone()), goud: None });
        }
    }

    let mut verschillen = Vec::new();
    if pi4.is_some() {
        for v in &vergelijking {
            match (&v.gebruiker, &v.goud) {
                (Some(u), Some(g)) => {
                    let stap0 = bijdrage(g.aandeel, g.tempo, g.kwaliteit, g.inzet);
                    let stap1 = bijdrage(u.aandeel, g.tempo, g.kwaliteit, g.inzet);
                    let stap2 = bijdrage(u.aandeel, u.tempo, g.kwaliteit, g.inzet);
                    let stap3 = bijdrage(u.aandeel, u.tempo, u.kwaliteit, g.inzet);
                    let stap4 = bijdrage(u.aandeel, u.tempo, u.kwaliteit, u.inzet);
                    let delen = [
                        ("Aandeel", u.aandeel, g.aandeel, stap1 - stap0),
                        ("Tempo", u.tempo, g.tempo, stap2 - stap1),
                        ("Kwaliteit", u.kwaliteit, g.kwaliteit, stap3 - stap2),
                        (
                            if methode == Methode::Ulw { "Netto werktijd" } else { "Inzetbaarheid" },
                            u.inzet,
                            g.inzet,
                            stap4 - stap3,
                        ),
                    ];
                    for (wat, eigen, juist, effect) in delen {
                        verschillen.push(Verschil {
                            tekst: format!(
                                "{wat} {}: {}% in plaats van {}%",
                                v.naam,
                                nl_kort(eigen, 2),
                                nl_kort(juist, 2)
                            ),
                            procentpunt: effect,
                        });
                    }
                }
                (Some(u), None) => verschillen.push(Verschil {
                    tekst: format!("Taak {} staat niet in de Gouden Standaard ({} uur)", v.naam, nl_kort(u.uren, 2)),
                    procentpunt: u.bijdrage,
                }),
                (None, Some(g)) => verschillen.push(Verschil {
                    tekst: format!("Taak {} ontbreekt in uw analyse ({} uur)", v.naam, nl_kort(g.uren, 2)),
                    procentpunt: -g.bijdrage,
                }),
                (None, None) => {}
            }
        }
    }
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
