//! From taken and scores to loonwaarde (Pi4) and loonwaarde in euro (Pi5).
//!
//! Full precision is kept until the one rounding of the total (half away from zero, whole
//! percents); shares are never rounded on the way.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::getal::{euro, nl_kort, rond_af};
use crate::domain::uitleg::Uitleg;

pub const MAX_HOOFDTAKEN_ULW: usize = 5;

const BRON_STAPPENPLAN: &str = "Regeling loonkostensubsidie, stappenplan (Loonwaardegids §1.4)";
const BRON_ULW: &str = "Besluit loonkostensubsidie Participatiewet 2021, art. 1 en 3; \
                        Regeling loonkostensubsidie 2021, rapportmodel";

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Methode {
    #[default]
    Stappenplan,
    Ulw,
}

impl Methode {
    pub fn naam(self) -> &'static str {
        match self {
            Methode::Stappenplan => "Stappenplan (Regeling loonkostensubsidie)",
            Methode::Ulw => "Uniforme Loonwaardebepaling (ULW)",
        }
    }

    /// The third score: inzetbaarheid in the stappenplan, netto werktijd in the ULW.
    pub fn derde_score(self) -> &'static str {
        match self {
            Methode::Stappenplan => "Inzetbaarheid (I)",
            Methode::Ulw => "Netto werktijd (NW)",
        }
    }

    /// The third score in running text.
    pub fn derde_klein(self) -> &'static str {
        match self {
            Methode::Stappenplan => "inzetbaarheid",
            Methode::Ulw => "netto werktijd",
        }
    }

    fn bron(self) -> &'static str {
        match self {
            Methode::Stappenplan => BRON_STAPPENPLAN,
            Methode::Ulw => BRON_ULW,
        }
    }
}

/// One (hoofd)taak with its hours and scores, in percent of the norm.
#[derive(Debug, Clone, PartialEq)]
pub struct Taak {
    pub naam: String,
    pub uren: Decimal,
    pub tempo: Decimal,
    pub kwaliteit: Decimal,
    /// Inzetbaarheid (stappenplan) or netto werktijd (ULW).
    pub inzet: Decimal,
    /// Whether a toelichting was written for tempo, kwaliteit and inzet.
    pub toegelicht: [bool; 3],
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Werkweek {
    pub contracturen: Decimal,
    /// Unknown werkdagen: the hoofdtaak minimum cannot be checked, and the ULW says so.
    pub werkdagen: Option<Decimal>,
}

/// Which input a finding or error belongs to, so the UI can show it at that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Veld {
    Taken,
    Normloon,
    VoltijdUren,
    Contracturen,
    Werkdagen,
    Peildatum,
    Wml,
    Naam(usize),
    Bedrag(usize),
    Uren(usize),
    Tempo(usize),
    Kwaliteit(usize),
    Inzet(usize),
    /// Toelichting for score 0 (tempo), 1 (kwaliteit) or 2 (inzet) of a taak.
    Toelichting(usize, usize),
}

impl Veld {
    /// How a number typed in this field is read (`domain::lezen`); `None` for a text or a date.
    pub fn soort(self) -> Option<crate::domain::lezen::Getalsoort> {
        use crate::domain::lezen::Getalsoort as G;
        match self {
            Veld::Normloon | Veld::Wml | Veld::Bedrag(_) => Some(G::Geld),
            Veld::VoltijdUren | Veld::Contracturen | Veld::Werkdagen | Veld::Uren(_) => Some(G::Uren),
            Veld::Tempo(_) | Veld::Kwaliteit(_) | Veld::Inzet(_) => Some(G::Procent),
            Veld::Taken | Veld::Peildatum | Veld::Naam(_) | Veld::Toelichting(..) => None,
        }
    }
}

/// An input the rules reject: there is no result until it is corrected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Veldfout {
    pub veld: Veld,
    pub melding: String,
}

/// Something the deskundige must look at; the result is still computed, never silently fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bevinding {
    pub veld: Veld,
    pub melding: String,
    pub bron: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaakResultaat {
    pub naam: String,
    /// Share of working time in percent, unrounded.
    pub aandeel: Decimal,
    /// The tempo that counts: as measured in the stappenplan, at most 100% in the ULW (SPEC
    /// B1.5a, B4).
    pub tempo_telt: Decimal,
    /// T × K × I (or T × K × NW) in percent.
    pub prestatie: Decimal,
    /// This taak's part of the loonwaarde, in percent points, unrounded.
    pub loonwaarde: Decimal,
    pub uitleg: Uitleg,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resultaat {
    pub methode: Methode,
    pub taken: Vec<TaakResultaat>,
    /// Σ of the taken, unrounded.
    pub onafgerond: Decimal,
    /// Pi4: the loonwaarde in whole percents.
    pub pi4: Decimal,
    pub uitleg: Uitleg,
    pub bevindingen: Vec<Bevinding>,
}

impl Resultaat {
    /// Pi5: loonwaarde in euro per uur = Pi4 × normloon per uur.
    pub fn pi5_per_uur(&self, normloon: Decimal) -> (Decimal, Uitleg) {
        let pi5 = self.pi4 / Decimal::ONE_HUNDRED * normloon;
        let uitleg = Uitleg {
            formule: "Pi5 = loonwaarde (Pi4) × normloon per uur".to_string(),
            berekening: format!("{}% × {} = {}", nl_kort(self.pi4, 0), euro(normloon), euro(pi5)),
            norm: None,
            bron: "Loonwaardegids §3 (Pi5, loonwaarde in euro); per verloond uur (aanname van Werkwaarde)".to_string(),
        };
        (pi5, uitleg)
    }

    /// Pi5 per maand = per uur × contracturen per week × 13/3 (weeks per month).
    pub fn pi5_per_maand(&self, normloon: Decimal, contracturen: Decimal) -> (Decimal, Uitleg) {
        let (per_uur, _) = self.pi5_per_uur(normloon);
        let per_maand = per_maand(per_uur, contracturen);
        let uitleg = Uitleg {
            formule: "Pi5 per maand = Pi5 per uur × contracturen per week × 13/3".to_string(),
            berekening: format!("{} × {} uur × 13/3 = {}", euro(per_uur), nl_kort(contracturen, 2), euro(per_maand)),
            norm: None,
            bron: "13 weken per kwartaal = 13/3 weken per maand".to_string(),
        };
        (per_maand, uitleg)
    }
}

pub fn per_maand(per_uur: Decimal, uren_per_week: Decimal) -> Decimal {
    per_uur * uren_per_week * Decimal::from(13) / Decimal::from(3)
}

/// Computes the loonwaarde of a case. `regulier` (ULW only): the werknemer delivers a regular
/// arbeidsprestatie, so the loonwaarde is 100% without a task analysis.
pub fn bereken(
    methode: Methode,
    taken: &[Taak],
    week: Option<Werkweek>,
    regulier: bool,
) -> Result<Resultaat, Vec<Veldfout>> {
    if methode == Methode::Ulw && regulier {
        return Ok(regulier_resultaat());
    }
    let mut fouten = Vec::new();
    if taken.is_empty() {
        fouten.push(Veldfout { veld: Veld::Taken, melding: "Voeg ten minste één taak toe.".into() });
    }
    for (i, t) in taken.iter().enumerate() {
        controleer_score(&mut fouten, Veld::Tempo(i), "Tempo", t.tempo, false);
        controleer_score(&mut fouten, Veld::Kwaliteit(i), "Kwaliteit", t.kwaliteit, true);
        controleer_score(&mut fouten, Veld::Inzet(i), methode.derde_score(), t.inzet, true);
        if t.uren < Decimal::ZERO {
            fouten.push(Veldfout { veld: Veld::Uren(i), melding: "Uren kunnen niet negatief zijn.".into() });
        }
    }
    let totaal_uren: Decimal = taken.iter().map(|t| t.uren).sum();
    if !taken.is_empty() && totaal_uren <= Decimal::ZERO {
        fouten.push(Veldfout {
            veld: Veld::Taken,
            melding: "De taken hebben samen 0 uur; vul de uren per week per taak in.".into(),
        });
    }
    if !fouten.is_empty() {
        return Err(fouten);
    }

    let honderd = Decimal::ONE_HUNDRED;
    let mut resultaten = Vec::with_capacity(taken.len());
    let mut som_uren_maal_prestatie = Decimal::ZERO;
    for t in taken {
        // SPEC B1.5a: the stappenplan sets no cap, so a faster taak makes up for a slower one in
        // the weighted sum; only the ULW caps tempo per hoofdtaak (B4).
        let tempo_telt = match methode {
            Methode::Stappenplan => t.tempo,
            Methode::Ulw => t.tempo.min(honderd),
        };
        let prestatie = tempo_telt * t.kwaliteit * t.inzet / (honderd * honderd);
        let aandeel = t.uren * honderd / totaal_uren;
        let loonwaarde = t.uren * prestatie / totaal_uren;
        som_uren_maal_prestatie += t.uren * prestatie;
        resultaten.push(TaakResultaat {
            naam: t.naam.clone(),
            aandeel,
            tempo_telt,
            prestatie,
            loonwaarde,
            uitleg: taak_uitleg(methode, t, totaal_uren, tempo_telt, prestatie, loonwaarde),
        });
    }
    // One division for the total, so it is as exact as Decimal allows and monotone in every score.
    let onafgerond = som_uren_maal_prestatie / totaal_uren;
    // A loonwaarde is at most 100%: a stappenplan total above it shows as 100%, with a finding.
    let pi4 = rond_af(onafgerond, 0).min(honderd);
    let delen: Vec<String> = resultaten.iter().map(|r| format!("{}%", nl_kort(r.loonwaarde, 2))).collect();
    let uitleg = Uitleg {
        formule: "Loonwaarde = Σ (aandeel × prestatie) over de taken, één keer rekenkundig \
                  afgerond op hele procenten"
            .to_string(),
        berekening: format!(
            "{} = {}% → {}%{}",
            delen.join(" + "),
            nl_kort(onafgerond, 4),
            nl_kort(pi4, 0),
            if onafgerond > honderd { " (ten hoogste 100%)" } else { "" }
        ),
        norm: Some(match methode {
            Methode::Stappenplan => "tempo telt zoals gemeten, ook boven 100%; kwaliteit en inzetbaarheid \
                                      hoogstens 100%; de loonwaarde is ten hoogste 100%"
                .to_string(),
            Methode::Ulw => "tempo boven 100% telt als 100% per hoofdtaak; kwaliteit en netto werktijd \
                             hoogstens 100%"
                .to_string(),
        }),
        bron: methode.bron().to_string(),
    };
    let mut bevindingen = bevindingen(methode, taken, week, totaal_uren);
    if onafgerond > honderd {
        bevindingen.push(Bevinding {
            veld: Veld::Taken,
            melding: format!(
                "De taken komen samen uit op {}%; een loonwaarde is ten hoogste 100%, dus de loonwaarde is 100%.",
                nl_kort(onafgerond, 2)
            ),
            bron: format!("{} (tempo boven 100% telt in het stappenplan zoals gemeten)", methode.bron()),
        });
    }
    Ok(Resultaat { methode, bevindingen, taken: resultaten, onafgerond, pi4, uitleg })
}

fn regulier_resultaat() -> Resultaat {
    Resultaat {
        methode: Methode::Ulw,
        taken: Vec::new(),
        onafgerond: Decimal::ONE_HUNDRED,
        pi4: Decimal::ONE_HUNDRED,
        uitleg: Uitleg {
            formule: "Reguliere arbeidsprestatie: loonwaarde = 100%".to_string(),
            berekening: "De werknemer levert een reguliere arbeidsprestatie → 100%".to_string(),
            norm: None,
            bron: format!("{BRON_ULW} (eerste vraag)"),
        },
        bevindingen: Vec::new(),
    }
}

fn controleer_score(fouten: &mut Vec<Veldfout>, veld: Veld, naam: &str, waarde: Decimal, max_100: bool) {
    if waarde < Decimal::ZERO {
        fouten.push(Veldfout { veld, melding: format!("{naam} kan niet negatief zijn.") });
    } else if max_100 && waarde > Decimal::ONE_HUNDRED {
        // [keuze] K and I/NW above the norm are refused: only tempo may exceed 100%.
        fouten.push(Veldfout {
            veld,
            melding: format!("{naam} kan niet boven 100% van de norm liggen; vul hoogstens 100 in."),
        });
    } else if waarde > Decimal::from(999) {
        let melding = format!(
            "Een {} van {}% is niet aannemelijk; vul hoogstens 999 in.",
            naam.to_lowercase(),
            nl_kort(waarde, 28)
        );
        fouten.push(Veldfout { veld, melding });
    }
}

fn taak_uitleg(
    methode: Methode,
    t: &Taak,
    totaal_uren: Decimal,
    tempo_telt: Decimal,
    prestatie: Decimal,
    loonwaarde: Decimal,
) -> Uitleg {
    let derde = match methode {
        Methode::Stappenplan => "I",
        Methode::Ulw => "NW",
    };
    let tempo = if t.tempo > tempo_telt {
        format!("{}% (gemeten {}%, telt als 100%)", nl_kort(tempo_telt, 2), nl_kort(t.tempo, 2))
    } else if t.tempo > Decimal::ONE_HUNDRED {
        format!("{}% (boven de norm; telt in het stappenplan zoals gemeten)", nl_kort(t.tempo, 2))
    } else {
        format!("{}%", nl_kort(tempo_telt, 2))
    };
    Uitleg {
        formule: format!("aandeel × T × K × {derde}, aandeel = uren taak / uren alle taken"),
        berekening: format!(
            "{}/{} uur = {}% × {} × {}% × {}% = {}% (prestatie {}%)",
            nl_kort(t.uren, 2),
            nl_kort(totaal_uren, 2),
            nl_kort(t.uren * Decimal::ONE_HUNDRED / totaal_uren, 2),
            tempo,
            nl_kort(t.kwaliteit, 2),
            nl_kort(t.inzet, 2),
            nl_kort(loonwaarde, 4),
            nl_kort(prestatie, 4),
        ),
        norm: None,
        bron: methode.bron().to_string(),
    }
}

fn bevindingen(methode: Methode, taken: &[Taak], week: Option<Werkweek>, totaal_uren: Decimal) -> Vec<Bevinding> {
    let mut uit = Vec::new();
    for (i, t) in taken.iter().enumerate() {
        let scores = [t.tempo, t.kwaliteit, t.inzet];
        let namen = ["tempo", "kwaliteit", methode.derde_klein()];
        for s in 0..3 {
            if scores[s] < Decimal::ONE_HUNDRED && !t.toegelicht[s] {
                uit.push(Bevinding {
                    veld: Veld::Toelichting(i, s),
                    melding: format!(
                        "Taak \u{2018}{}\u{2019}: {} ligt onder 100%; een toelichting is verplicht.",
                        t.naam, namen[s]
                    ),
                    bron: "Loonwaardegids §2 (toelichting bij elke score onder 100%); rapportmodel ULW".to_string(),
                });
            }
        }
    }
    if let Some(w) = week {
        if w.contracturen != totaal_uren {
            uit.push(Bevinding {
                veld: Veld::Contracturen,
                melding: format!(
                    "De taken beslaan samen {} uur per week, de contracturen zijn {} uur; \
                     de aandelen zijn berekend over de uren van de taken.",
                    nl_kort(totaal_uren, 2),
                    nl_kort(w.contracturen, 2)
                ),
                bron: "Regeling loonkostensubsidie, stap 1: de aandelen samen zijn 100% van de werktijd".to_string(),
            });
        }
    }
    if methode == Methode::Ulw {
        if taken.len() > MAX_HOOFDTAKEN_ULW {
            uit.push(Bevinding {
                veld: Veld::Taken,
                melding: format!("De ULW kent maximaal {MAX_HOOFDTAKEN_ULW} hoofdtaken; dit zijn er {}.", taken.len()),
                bron: BRON_ULW.to_string(),
            });
        }
        if let Some(w) = week.filter(|w| w.werkdagen.is_none()) {
            uit.push(Bevinding {
                veld: Veld::Werkdagen,
                melding: format!(
                    "Vul de werkdagen per week in: zonder werkdagen is niet te toetsen of elke \
                     hoofdtaak ten minste 30 minuten per werkdag beslaat (nu is alleen getoetst aan 1/16 van {} uur).",
                    nl_kort(w.contracturen, 2)
                ),
                bron: BRON_ULW.to_string(),
            });
        }
        if let Some(w) = week {
            let minimum = hoofdtaak_minimum(w);
            for (i, t) in taken.iter().enumerate() {
                if t.uren < minimum {
                    uit.push(Bevinding {
                        veld: Veld::Uren(i),
                        melding: format!(
                            "Hoofdtaak \u{2018}{}\u{2019} beslaat {} uur per week; een hoofdtaak moet \
                             ten minste {} uur ({}% van {} uur) beslaan: het grootste van 1/16 van de werktijd \
                             en 30 minuten per werkdag. Voeg kleine taken samen.",
                            t.naam,
                            nl_kort(t.uren, 2),
                            nl_kort(minimum, 2),
                            nl_kort(minimum * Decimal::ONE_HUNDRED / w.contracturen, 2),
                            nl_kort(w.contracturen, 2),
                        ),
                        bron: BRON_ULW.to_string(),
                    });
                }
            }
        }
    }
    uit
}

/// The smallest hoofdtaak in hours per week: max(weekuren / 16, werkdagen × 0.5 uur); with
/// unknown werkdagen only the 1/16 part.
pub fn hoofdtaak_minimum(week: Werkweek) -> Decimal {
    let zestiende = week.contracturen / Decimal::from(16);
    let halfuur_per_dag = week.werkdagen.unwrap_or(Decimal::ZERO) * Decimal::new(5, 1);
    zestiende.max(halfuur_per_dag)
}
