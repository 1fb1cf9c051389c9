//! The validated loonwaardemethodieken of the Loonwaardegids (§2.3) side by side with the
//! stappenplan: which methodiek computes how, and one result type for all of them.
//!
//! Activa, CompetenSYS Loonbalans, UWV, Werkstap and Talent6 compute with the stappenplan of the
//! Regeling (`Methodiek::rekent_als`); Dariuz, LAT, VTA and Matchcare have their own formulas, each
//! in its own file. Every methodiek keeps full precision until the one rounding of the loonwaarde
//! to whole percents (half away from zero), as the Regeling asks of every loonwaarde.
//!
//! Every score is a percentage of the norm as a number from 0 to 100 (80 means 80%), like the rest
//! of `domain::loonwaarde`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Methode, Resultaat, Veld, Veldfout};
use crate::domain::getal::{euro, nl_kort, rond_af};
use crate::domain::uitleg::Uitleg;

pub mod dariuz;
pub mod lat;
pub mod matchcare;
pub mod naast_elkaar;
pub mod talent6;
pub mod vta;

/// A loonwaardemethodiek: the stappenplan, the ULW, or one of the methodieken of Loonwaardegids §2.3.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Methodiek {
    Stappenplan,
    Ulw,
    Dariuz,
    Lat,
    Vta,
    Matchcare,
    Talent6,
    Activa,
    CompetensysLoonbalans,
    Uwv,
    Werkstap,
}

impl Methodiek {
    pub const ALLE: [Methodiek; 11] = [
        Methodiek::Stappenplan,
        Methodiek::Ulw,
        Methodiek::Activa,
        Methodiek::CompetensysLoonbalans,
        Methodiek::Dariuz,
        Methodiek::Lat,
        Methodiek::Matchcare,
        Methodiek::Talent6,
        Methodiek::Uwv,
        Methodiek::Vta,
        Methodiek::Werkstap,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Methodiek::Stappenplan => "Stappenplan (Regeling loonkostensubsidie)",
            Methodiek::Ulw => "Uniforme Loonwaardebepaling (ULW)",
            Methodiek::Dariuz => "Dariuz",
            Methodiek::Lat => "Loonwaarde Advies Tool (LAT)",
            Methodiek::Vta => "VTA-methodiek (Gemeente Amsterdam)",
            Methodiek::Matchcare => "Matchcare",
            Methodiek::Talent6 => "Talent6",
            Methodiek::Activa => "Activa Loonwaarde",
            Methodiek::CompetensysLoonbalans => "CompetenSYS Loonbalans",
            Methodiek::Uwv => "UWV",
            Methodiek::Werkstap => "Werkstap",
        }
    }

    /// Where the methodiek is described. The ULW postdates the Loonwaardegids, so its source is
    /// the law text itself.
    pub fn bron(self) -> &'static str {
        match self {
            Methodiek::Stappenplan => "Loonwaardegids §1.4; Regeling loonkostensubsidie, stappenplan",
            Methodiek::Ulw => {
                "Besluit loonkostensubsidie Participatiewet 2021, art. 1 en 3; \
                 Regeling loonkostensubsidie 2021, rapportmodel"
            }
            Methodiek::Dariuz => "Loonwaardegids §2.3, Dariuz",
            Methodiek::Lat => "Loonwaardegids §2.3, Loonwaarde Advies Tool",
            Methodiek::Vta => "Loonwaardegids §2.3, VTA-methodiek",
            Methodiek::Matchcare => "Loonwaardegids §2.3, Matchcare",
            Methodiek::Talent6 => "Loonwaardegids §2.3, Talent6",
            Methodiek::Activa => "Loonwaardegids §2.3, Activa Loonwaarde",
            Methodiek::CompetensysLoonbalans => "Loonwaardegids §2.3, CompetenSYS Loonbalans",
            Methodiek::Uwv => "Loonwaardegids §2.3, UWV",
            Methodiek::Werkstap => "Loonwaardegids §2.3, Werkstap",
        }
    }

    /// The methodiek whose formula this one uses. The gids says of Activa, CompetenSYS, UWV,
    /// Werkstap and Talent6 that they compute by the stappenplan (Talent6's competenties only
    /// explain the result); the others compute by their own formula.
    pub fn rekent_als(self) -> Methodiek {
        match self {
            Methodiek::Activa
            | Methodiek::CompetensysLoonbalans
            | Methodiek::Uwv
            | Methodiek::Werkstap
            | Methodiek::Talent6
            | Methodiek::Stappenplan => Methodiek::Stappenplan,
            ander => ander,
        }
    }

    /// The mode of the existing calculator (`loonwaarde::bereken`) this methodiek computes with,
    /// if any: `None` for the methodieken with their own formula.
    pub fn methode(self) -> Option<Methode> {
        match self.rekent_als() {
            Methodiek::Stappenplan => Some(Methode::Stappenplan),
            Methodiek::Ulw => Some(Methode::Ulw),
            _ => None,
        }
    }

    /// In one line, how this methodiek arrives at the loonwaarde.
    pub fn rekenwijze(self) -> &'static str {
        match self {
            Methodiek::Stappenplan => {
                "Per taak tempo × kwaliteit × inzetbaarheid, gewogen naar het aandeel in de werktijd."
            }
            Methodiek::Ulw => "Per hoofdtaak tijd × tempo × kwaliteit × netto werktijd, tempo telt tot 100%.",
            Methodiek::Dariuz => {
                "Vereisten × competentiescores voor tempo, efficiëntie en kwaliteit, maal de inzetbaarheid."
            }
            Methodiek::Lat => "Drie delen arbeidsprestatie op de taken en één deel competentiescore.",
            Methodiek::Vta => "Het stappenplan, met tempo als inspanning × vaardigheden; hoogstens vijf taken.",
            Methodiek::Matchcare => {
                "Het stappenplan over hoogstens vijf hoofdtaken, maal een werknemersvaardigheden-competentiescore."
            }
            Methodiek::Talent6 => "Het stappenplan; zes competenties verklaren de uitkomst maar tellen niet mee.",
            Methodiek::Activa | Methodiek::CompetensysLoonbalans | Methodiek::Uwv | Methodiek::Werkstap => {
                "Het stappenplan van de Regeling."
            }
        }
    }
}

/// Which input a finding concerns, so the UI can show it at that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invoer {
    /// The input as a whole (e.g. numbers too large to compute with).
    Geheel,
    /// A field of the existing stappenplan/ULW calculator.
    Stappenplan(Veld),
    /// Dariuz: the three vereisten together (their sum).
    Vereisten,
    Vereiste(dariuz::Bestanddeel),
    Competentiescore(dariuz::Bestanddeel),
    ExtraBegeleiding,
    ExtraPauzes,
    /// The list of taken as a whole.
    Taken,
    /// LAT: omvang dienstverband in uren per week.
    Dienstverband,
    Uren(usize),
    Tempo(usize),
    Kwaliteit(usize),
    Inzetbaarheid(usize),
    Inspanning(usize),
    Vaardigheden(usize),
    Toelichting(usize, vta::Vtascore),
    /// The list of competenties as a whole.
    Competenties,
    Belang(usize),
    Score(usize),
    /// Talent6: the level of competentie i.
    Niveau(usize),
    /// Matchcare: the werknemersvaardigheden-competentiescore.
    VaardighedenCompetentiescore,
}

/// Something about the input. A blocking one (`blokkeert`) means there is no loonwaarde until it
/// is corrected; otherwise the loonwaarde is computed and the deskundige must look at this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Methodiekbevinding {
    pub invoer: Invoer,
    pub melding: String,
    pub bron: String,
    pub blokkeert: bool,
}

/// The outcome of one methodiek for one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Methodiekresultaat {
    pub methodiek: Methodiek,
    /// The loonwaarde in percent, unrounded, after the cap at 100% (a total above 100% counts as
    /// 100%, with a finding; the uitleg shows the total before the cap). `None` when blocked.
    pub loonwaarde_onafgerond: Option<Decimal>,
    /// Pi4: the loonwaarde in whole percents, rounded once, half away from zero.
    pub pi4: Option<Decimal>,
    /// One explanation per figure, with its label ("Productiviteit", "Loonwaarde (Pi4)", …).
    pub uitleg: Vec<(String, Uitleg)>,
    pub bevindingen: Vec<Methodiekbevinding>,
}

/// A methodiek's result with its own intermediate figures (`None` when blocked).
#[derive(Debug, Clone, PartialEq)]
pub struct Uitkomst<C> {
    pub resultaat: Methodiekresultaat,
    pub cijfers: Option<C>,
}

/// The figures of one taak in the methodieken that weigh taken by their hours (VTA, Matchcare).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taakcijfers {
    pub naam: String,
    /// Share of working time in percent, unrounded.
    pub aandeel: Decimal,
    /// The tempo used (VTA: inspanning × vaardigheden).
    pub tempo: Decimal,
    /// T × K × I in percent.
    pub prestatie: Decimal,
    /// aandeel × prestatie, in percent points, unrounded.
    pub deel: Decimal,
}

impl Methodiekresultaat {
    pub fn is_berekend(&self) -> bool {
        self.pi4.is_some()
    }

    /// The uitleg with this label, if any.
    pub fn uitleg_van(&self, label: &str) -> Option<&Uitleg> {
        self.uitleg.iter().find(|(l, _)| l == label).map(|(_, u)| u)
    }

    /// Pi5: loonwaarde in euro per uur = Pi4 × normloon per uur, unrounded (cents only for display).
    /// `None` without a loonwaarde, for a negative normloon, or when too large to compute.
    pub fn pi5(&self, normloon: Decimal) -> Option<Decimal> {
        if normloon < Decimal::ZERO {
            return None;
        }
        self.pi4?.checked_mul(normloon)?.checked_div(Decimal::ONE_HUNDRED)
    }

    /// Pi5 with its explanation.
    pub fn pi5_met_uitleg(&self, normloon: Decimal) -> Option<(Decimal, Uitleg)> {
        let pi5 = self.pi5(normloon)?;
        let pi4 = self.pi4?;
        let uitleg = Uitleg {
            formule: "Pi5 = loonwaarde (Pi4) × normloon per uur".to_string(),
            berekening: format!("{}% × {} = {}", nl_kort(pi4, 0), euro(normloon), euro(pi5)),
            norm: None,
            bron: format!(
                "{}; per verloond uur (aanname van Werkwaarde), de deeltijdfactor telt mee in het bedrag per maand",
                self.methodiek.bron()
            ),
        };
        Some((pi5, uitleg))
    }
}

/// The existing calculator's outcome (`loonwaarde::bereken`) as the result of a methodiek that
/// computes with it: the stappenplan itself, Activa, CompetenSYS Loonbalans, UWV, Werkstap,
/// Talent6 (see `talent6::met_competenties` for its explanation) or the ULW.
pub fn uit_stappenplan(methodiek: Methodiek, uitkomst: &Result<Resultaat, Vec<Veldfout>>) -> Methodiekresultaat {
    let Some(methode) = methodiek.methode() else {
        let melding = format!("{} rekent niet met het stappenplan maar met een eigen formule.", methodiek.naam());
        return geblokkeerd(methodiek, vec![fout(Invoer::Geheel, melding, methodiek.bron())]);
    };
    match uitkomst {
        Err(fouten) => geblokkeerd(
            methodiek,
            fouten.iter().map(|f| fout(Invoer::Stappenplan(f.veld), f.melding.clone(), methodiek.bron())).collect(),
        ),
        Ok(r) if r.methode != methode => {
            let melding = format!(
                "Deze uitkomst is berekend met {}; {} rekent met {}.",
                r.methode.naam(),
                methodiek.naam(),
                methode.naam()
            );
            geblokkeerd(methodiek, vec![fout(Invoer::Geheel, melding, methodiek.bron())])
        }
        Ok(r) => {
            let mut uitleg: Vec<(String, Uitleg)> =
                r.taken.iter().map(|t| (format!("Taak \u{2018}{}\u{2019}", t.naam), t.uitleg.clone())).collect();
            let bevindingen: Vec<Methodiekbevinding> =
                r.bevindingen.iter().map(|b| let_op(Invoer::Stappenplan(b.veld), b.melding.clone(), &b.bron)).collect();
            uitleg.push(("Som van de taken".to_string(), r.uitleg.clone()));
            afgerond(methodiek, r.onafgerond, uitleg, bevindingen)
        }
    }
}

// ---- shared by the methodieken -------------------------------------------------------------

/// The highest tempo-like score accepted, as in the stappenplan's fields.
const MAX_TEMPO: Decimal = Decimal::from_parts(999, 0, 0, false, 0);

/// How far a score may go. Kwaliteit, inzetbaarheid and competentiescores stop at the norm
/// (SPEC B1.5a refuses them above 100% at the field); a tempo may exceed the norm and counts as
/// measured, the total is capped instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grens {
    Norm,
    Tempo,
}

/// A blocking finding at `invoer`.
pub(crate) fn fout(invoer: Invoer, melding: String, bron: &str) -> Methodiekbevinding {
    Methodiekbevinding { invoer, melding, bron: bron.to_string(), blokkeert: true }
}

fn let_op(invoer: Invoer, melding: String, bron: &str) -> Methodiekbevinding {
    Methodiekbevinding { invoer, melding, bron: bron.to_string(), blokkeert: false }
}

/// A result without a loonwaarde, for these findings.
pub(crate) fn geblokkeerd(methodiek: Methodiek, bevindingen: Vec<Methodiekbevinding>) -> Methodiekresultaat {
    Methodiekresultaat { methodiek, loonwaarde_onafgerond: None, pi4: None, uitleg: Vec::new(), bevindingen }
}

/// Numbers whose products or sums do not fit a Decimal: a finding instead of a panic.
fn te_groot(bron: &str) -> Methodiekbevinding {
    fout(
        Invoer::Geheel,
        "Met deze getallen kan niet worden gerekend: de uitkomst wordt te groot. Controleer de uren en scores.".into(),
        bron,
    )
}

fn controleer_score(
    uit: &mut Vec<Methodiekbevinding>,
    invoer: Invoer,
    naam: &str,
    waarde: Decimal,
    grens: Grens,
    bron: &str,
) {
    if waarde < Decimal::ZERO {
        uit.push(fout(invoer, format!("{naam} kan niet negatief zijn."), bron));
    } else if grens == Grens::Norm && waarde > Decimal::ONE_HUNDRED {
        uit.push(fout(invoer, format!("{naam} kan niet boven 100% van de norm liggen; vul hoogstens 100 in."), bron));
    } else if waarde > MAX_TEMPO {
        let melding = format!("{naam} van {}% is niet aannemelijk; vul hoogstens 999 in.", nl_kort(waarde, 28));
        uit.push(fout(invoer, melding, bron));
    }
}

fn controleer_uren(uit: &mut Vec<Methodiekbevinding>, invoer: Invoer, waarde: Decimal, bron: &str) {
    if waarde < Decimal::ZERO {
        uit.push(fout(invoer, "Uren kunnen niet negatief zijn.".into(), bron));
    }
}

/// Checked sum; `None` on overflow.
fn som(waarden: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    waarden.into_iter().try_fold(Decimal::ZERO, |acc, w| acc.checked_add(w))
}

fn blokkeert(bevindingen: &[Methodiekbevinding]) -> bool {
    bevindingen.iter().any(|b| b.blokkeert)
}

/// The cap at 100% and the one rounding, with their explanation (and a finding when capped).
/// Returns the capped unrounded loonwaarde and Pi4.
fn rond_eenmaal(
    methodiek: Methodiek,
    ruw: Decimal,
    uitleg: &mut Vec<(String, Uitleg)>,
    bevindingen: &mut Vec<Methodiekbevinding>,
) -> (Decimal, Decimal) {
    let honderd = Decimal::ONE_HUNDRED;
    let telt = ruw.clamp(Decimal::ZERO, honderd);
    let pi4 = rond_af(telt, 0);
    let berekening = if ruw > honderd {
        // SPEC B1.5a: a total above 100% is shown as 100% with a finding, in every methodiek.
        bevindingen.push(let_op(
            Invoer::Geheel,
            format!(
                "De berekening komt uit op {}%; een loonwaarde boven 100% telt als 100% (aanname van Werkwaarde).",
                nl_kort(ruw, 4)
            ),
            methodiek.bron(),
        ));
        format!("{}% telt als 100% → {}%", nl_kort(ruw, 4), nl_kort(pi4, 0))
    } else {
        format!("{}% → {}%", nl_kort(telt, 4), nl_kort(pi4, 0))
    };
    uitleg.push((
        "Loonwaarde (Pi4)".to_string(),
        Uitleg {
            formule: "Loonwaarde één keer rekenkundig afgerond op hele procenten (een half naar boven)".to_string(),
            berekening,
            norm: Some("ten hoogste 100%".to_string()),
            bron: format!(
                "{}; afronding volgens de Regeling loonkostensubsidie, stap 4, ook hier toegepast (aanname van Werkwaarde)",
                methodiek.bron()
            ),
        },
    ));
    (telt, pi4)
}

/// A computed result: the cap and the one rounding (`rond_eenmaal`) added to its uitleg and
/// findings. Every methodiek that computes ends here.
fn afgerond(
    methodiek: Methodiek,
    ruw: Decimal,
    mut uitleg: Vec<(String, Uitleg)>,
    mut bevindingen: Vec<Methodiekbevinding>,
) -> Methodiekresultaat {
    let (onafgerond, pi4) = rond_eenmaal(methodiek, ruw, &mut uitleg, &mut bevindingen);
    Methodiekresultaat { methodiek, loonwaarde_onafgerond: Some(onafgerond), pi4: Some(pi4), uitleg, bevindingen }
}

/// The weighing of one taak for its uitleg: "8/40 uur = 20% × 90% = 18%".
fn weging_tekst(c: &Taakcijfers, uren: Decimal, uren_samen: Decimal) -> String {
    format!(
        "{}/{} uur = {} × {} = {}",
        nl_kort(uren, 2),
        nl_kort(uren_samen, 2),
        pct(c.aandeel),
        pct(c.prestatie),
        pct(c.deel)
    )
}

/// Formats a percentage for an uitleg: up to four decimals, Dutch.
fn pct(waarde: Decimal) -> String {
    format!("{}%", nl_kort(waarde, 4))
}

/// One taak for `weeg_taken`: its name, hours, the tempo used and its prestatie in percent.
struct Gewogen {
    naam: String,
    uren: Decimal,
    tempo: Decimal,
    prestatie: Decimal,
}

/// Weighs taken by their share of the hours, checked (hours have no upper bound). Returns the
/// figures per taak, the total Σ (uren × prestatie) / Σ uren, computed with one division so it
/// is as exact as Decimal allows and monotone in every prestatie, and Σ uren.
fn weeg_taken(taken: Vec<Gewogen>) -> Option<(Vec<Taakcijfers>, Decimal, Decimal)> {
    let uren_samen = som(taken.iter().map(|t| t.uren))?;
    let mut teller = Decimal::ZERO;
    let mut cijfers = Vec::with_capacity(taken.len());
    for t in taken {
        let uren_maal_prestatie = t.uren.checked_mul(t.prestatie)?;
        teller = teller.checked_add(uren_maal_prestatie)?;
        cijfers.push(Taakcijfers {
            aandeel: t.uren.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(uren_samen)?,
            deel: uren_maal_prestatie.checked_div(uren_samen)?,
            naam: t.naam,
            tempo: t.tempo,
            prestatie: t.prestatie,
        });
    }
    Some((cijfers, teller.checked_div(uren_samen)?, uren_samen))
}

/// The uitleg of the sum over the taken.
fn som_uitleg(cijfers: &[Taakcijfers], totaal: Decimal, bron: &str) -> (String, Uitleg) {
    let delen: Vec<String> = cijfers.iter().map(|t| pct(t.deel)).collect();
    (
        "Som van de taken".to_string(),
        Uitleg {
            formule: "Σ (aandeel × prestatie) over de taken, aandeel = uren taak / uren alle taken".to_string(),
            berekening: format!("{} = {}", delen.join(" + "), pct(totaal)),
            norm: None,
            bron: bron.to_string(),
        },
    )
}

/// Checks the taken list of VTA and Matchcare: not empty, hours not negative and not all zero,
/// and at most `max` (a finding, the result is still computed, as in the ULW).
fn controleer_takenlijst(uit: &mut Vec<Methodiekbevinding>, uren: &[Decimal], max: usize, te_veel: String, bron: &str) {
    if uren.is_empty() {
        uit.push(fout(Invoer::Taken, "Voeg ten minste één taak toe.".into(), bron));
    }
    if uren.len() > max {
        uit.push(let_op(Invoer::Taken, te_veel, bron));
    }
    for (i, u) in uren.iter().enumerate() {
        controleer_uren(uit, Invoer::Uren(i), *u, bron);
    }
    if !uren.is_empty() && uren.iter().all(|u| *u <= Decimal::ZERO) {
        uit.push(fout(Invoer::Taken, "De taken hebben samen 0 uur; vul de uren per week per taak in.".into(), bron));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_one_rounding_is_half_away_from_zero_and_caps_at_100() {
        let mut uitleg = Vec::new();
        let mut bevindingen = Vec::new();
        assert_eq!(rond_eenmaal(Methodiek::Vta, dec!(74.5), &mut uitleg, &mut bevindingen), (dec!(74.5), dec!(75)));
        assert_eq!(
            rond_eenmaal(Methodiek::Vta, dec!(72.4999), &mut uitleg, &mut bevindingen),
            (dec!(72.4999), dec!(72))
        );
        assert!(bevindingen.is_empty());
        assert_eq!(rond_eenmaal(Methodiek::Vta, dec!(100), &mut uitleg, &mut bevindingen), (dec!(100), dec!(100)));
        assert!(bevindingen.is_empty(), "exactly 100% is no finding");
        assert_eq!(rond_eenmaal(Methodiek::Lat, dec!(100.4), &mut uitleg, &mut bevindingen), (dec!(100), dec!(100)));
        assert_eq!(bevindingen.len(), 1);
        assert!(!bevindingen[0].blokkeert);
        assert_eq!(uitleg.len(), 4);
        assert_eq!(uitleg[3].1.berekening, "100,4% telt als 100% → 100%");
    }

    #[test]
    fn scores_stop_at_the_norm_tempo_at_999() {
        let mut uit = Vec::new();
        for w in [dec!(0), dec!(100)] {
            controleer_score(&mut uit, Invoer::Geheel, "Kwaliteit", w, Grens::Norm, "b");
        }
        controleer_score(&mut uit, Invoer::Geheel, "Tempo", dec!(999), Grens::Tempo, "b");
        assert!(uit.is_empty());
        controleer_score(&mut uit, Invoer::Geheel, "Kwaliteit", dec!(100.5), Grens::Norm, "b");
        controleer_score(&mut uit, Invoer::Geheel, "Kwaliteit", dec!(-0.01), Grens::Norm, "b");
        controleer_score(&mut uit, Invoer::Geheel, "Tempo", dec!(999.01), Grens::Tempo, "b");
        assert_eq!(uit.len(), 3);
        assert!(uit.iter().all(|b| b.blokkeert));
        assert_eq!(uit[0].melding, "Kwaliteit kan niet boven 100% van de norm liggen; vul hoogstens 100 in.");
    }

    #[test]
    fn weighing_overflows_into_none_not_a_panic() {
        let taak = |uren| Gewogen { naam: "t".into(), uren, tempo: dec!(100), prestatie: dec!(50) };
        assert!(weeg_taken(vec![taak(Decimal::MAX), taak(Decimal::MAX)]).is_none());
        assert!(weeg_taken(vec![taak(Decimal::MAX)]).is_none(), "uren × prestatie overflows");
        let (cijfers, totaal, uren) = weeg_taken(vec![taak(dec!(30)), taak(dec!(10))]).unwrap();
        assert_eq!((totaal, uren), (dec!(50), dec!(40)));
        assert_eq!(cijfers[0].aandeel, dec!(75));
        assert_eq!(cijfers[1].deel, dec!(12.5));
    }

    #[test]
    fn every_stappenplan_methodiek_maps_to_the_calculator() {
        for m in Methodiek::ALLE {
            assert_eq!(m.methode().is_some(), matches!(m.rekent_als(), Methodiek::Stappenplan | Methodiek::Ulw));
            assert_eq!(m.rekent_als().rekent_als(), m.rekent_als());
        }
    }
}
