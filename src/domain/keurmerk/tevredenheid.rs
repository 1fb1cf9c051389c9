//! Hoofdnorm 3 — Tevredenheid (§4, SPEC A4): the tevredenheidsonderzoek (TVO) per Dienst, the
//! responsnorm with the cliëntenaudit as fallback, CEDEO-erkenning, opdrachtgevers, and the
//! publicatienorm of Tabel 3 (which never influences the verdict).
//!
//! Cijfers are compared exactly: a weighted average is held against 6,5 as
//! Σ (respondenten × cijfer) ≥ 6,5 × Σ respondenten, so no rounding can tip a boundary; the
//! average shown is rounded half away from zero to two decimals.
//!
//! Outcomes and input errors name their field as a `ZelftoetsVeld`: `Tevredenheid { dienst,
//! groep, wat }` for the TVO figures of a Dienst, `Clientenaudit`, `TevredenheidDienst` (an
//! unknown or repeated Dienst), `Cedeo`, `Checklist(code)` for a checklist answer, and the
//! profiel questions CEDEO and eerste meetperiode.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::diensten::{dienstsoort, wie_tevredenheid, Invoerfout};
use super::veld::{Profielvraag, Tevredengroep, Tevredenwat};
use super::{procent, Normuitkomst, Profiel, Status, ZelftoetsVeld};
use crate::domain::getal::{nl_getal, nl_kort};
use crate::domain::uitleg::Uitleg;

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// The TVO figures of one Dienst. Every field has a default, so a partial dossier still loads.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TevredenheidDienst {
    /// 1–12.
    pub dienst: u8,
    pub clienten_uitgenodigd: Option<u64>,
    pub clienten_respondenten: Option<u64>,
    /// The average cijfer of the cliënten, cursisten or werknemers: 1–10, at most one decimal.
    pub clienten_cijfer: Option<Decimal>,
    pub opdrachtgevers_uitgenodigd: Option<u64>,
    pub opdrachtgevers_respondenten: Option<u64>,
    pub opdrachtgevers_cijfer: Option<Decimal>,
    /// Only needed when the responsnorm (3.1.3) is missed.
    pub clientenaudit_cijfer: Option<Decimal>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TevredenheidInvoer {
    pub diensten: Vec<TevredenheidDienst>,
    /// With a CEDEO-erkenning: the cijfer of the CEDEO report, instead of the TVO for cliënten.
    pub cedeo_cijfer: Option<Decimal>,
    /// The user's own answers for 3.2.2, 3.3.1 and 3.4.1, by code. Missing = nog onbekend.
    pub checklist: BTreeMap<String, Status>,
}

// ---------------------------------------------------------------------------------------------
// Thresholds (§4.1, §4.2, Tabel 3)
// ---------------------------------------------------------------------------------------------

/// 3.1.1 and 3.2.1: the average over all Diensten is at least 6,5.
pub fn minimum_gemiddeld() -> Decimal {
    Decimal::new(65, 1)
}

/// 3.1.2: the average per Dienst is at least 5,5.
pub fn minimum_per_dienst() -> Decimal {
    Decimal::new(55, 1)
}

/// 3.1.2 only judges a Dienst with at least this many respondents.
pub const RESPONDENTEN_PER_DIENST: u64 = 5;
/// 3.1.3: at least 10% of the invited answered …
pub const RESPONS_PROCENT: u64 = 10;
/// … or at least 40 questionnaires came back.
pub const RESPONS_AANTAL: u64 = 40;
/// Tabel 3: a cijfer is only published with at least three respondents.
pub const PUBLICATIE_MINIMUM_RESPONDENTEN: u64 = 3;

// ---------------------------------------------------------------------------------------------
// Field ids and input errors
// ---------------------------------------------------------------------------------------------

pub const VELD_CEDEO: ZelftoetsVeld = ZelftoetsVeld::Cedeo;

/// The checklist norms of hoofdnorm 3 the user answers: code and what it asks.
pub const CHECKLIST_3: &[(&str, &str)] = &[
    ("3.2.2", "Alle opdrachtgevers zijn aangemeld voor het onderzoek"),
    ("3.3.1", "Het verbeterplan van de vorige meetperiode is uitgevoerd"),
    ("3.4.1", "Er is geen contact met respondenten over hun antwoorden geweest"),
];

fn veld(dienst: u8, groep: Tevredengroep, wat: Tevredenwat) -> ZelftoetsVeld {
    ZelftoetsVeld::tevredenheid(dienst, groep, wat)
}

use Tevredengroep::{Clienten as C, Opdrachtgevers as O};
use Tevredenwat::{Cijfer, Respondenten, Uitgenodigd};

/// Whether a field belongs to the tevredenheid of Dienst `dienst`.
fn van_dienst(v: ZelftoetsVeld, dienst: u8) -> bool {
    match v {
        ZelftoetsVeld::Tevredenheid { dienst: d, .. } | ZelftoetsVeld::Clientenaudit(d) => d == dienst,
        ZelftoetsVeld::TevredenheidDienst(d) => d == dienst,
        _ => false,
    }
}

/// What can be wrong with a cijfer. The one check for every cijfer of the zelftoets: each place
/// words its own message (and the sterren what-if only needs the range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cijferfout {
    /// Below 1 or above 10.
    Bereik,
    /// More than one decimal.
    Decimalen,
}

/// A cijfer lies between 1 and 10, with at most one decimal; the range is checked first.
pub fn cijferfout(cijfer: Decimal) -> Option<Cijferfout> {
    if cijfer < Decimal::ONE || cijfer > Decimal::TEN {
        Some(Cijferfout::Bereik)
    } else if cijfer.normalize().scale() > 1 {
        Some(Cijferfout::Decimalen)
    } else {
        None
    }
}

/// What is wrong with a typed cijfer, as part of a sentence.
pub fn cijfer_fout(cijfer: Decimal) -> Option<&'static str> {
    cijferfout(cijfer).map(|f| match f {
        Cijferfout::Bereik => "moet tussen 1 en 10 liggen",
        Cijferfout::Decimalen => "heeft hoogstens één decimaal",
    })
}

/// Which norms an input error touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Groep {
    /// TVO cliënten: 3.1.x on the TVO path.
    Clienten,
    Opdrachtgevers,
    Audit,
    Cedeo,
    /// An unknown or repeated Dienst: everything.
    Alles,
}

struct Fout {
    fout: Invoerfout,
    groep: Groep,
}

fn fouten(invoer: &TevredenheidInvoer) -> Vec<Fout> {
    let mut uit = Vec::new();
    let mut push = |veld: ZelftoetsVeld, melding: String, groep: Groep| {
        uit.push(Fout { fout: Invoerfout { veld, melding }, groep });
    };
    let mut gezien = BTreeSet::new();
    for t in &invoer.diensten {
        let n = t.dienst;
        if dienstsoort(n).is_none() {
            push(
                ZelftoetsVeld::TevredenheidDienst(n),
                format!("Dienst {n} bestaat niet; kies een Dienst van 1 tot en met 12."),
                Groep::Alles,
            );
            continue;
        }
        if !gezien.insert(n) {
            push(
                ZelftoetsVeld::TevredenheidDienst(n),
                format!("Dienst {n} staat twee keer in de lijst; vul elke Dienst één keer in."),
                Groep::Alles,
            );
            continue;
        }
        let paren = [
            (C, "cliënten", t.clienten_uitgenodigd, t.clienten_respondenten, Groep::Clienten),
            (O, "opdrachtgevers", t.opdrachtgevers_uitgenodigd, t.opdrachtgevers_respondenten, Groep::Opdrachtgevers),
        ];
        for (deel, wie, uitgenodigd, respondenten, groep) in paren {
            if let (Some(u), Some(r)) = (uitgenodigd, respondenten) {
                if r > u {
                    push(
                        veld(n, deel, Respondenten),
                        format!(
                            "Dienst {n}: er kunnen niet meer {wie} antwoorden dan er zijn uitgenodigd ({r} > {u})."
                        ),
                        groep,
                    );
                }
            }
        }
        let cijfers = [
            (veld(n, C, Cijfer), "het cijfer van de cliënten", t.clienten_cijfer, Groep::Clienten),
            (veld(n, O, Cijfer), "het cijfer van de opdrachtgevers", t.opdrachtgevers_cijfer, Groep::Opdrachtgevers),
            (ZelftoetsVeld::Clientenaudit(n), "het cijfer van de cliëntenaudit", t.clientenaudit_cijfer, Groep::Audit),
        ];
        for (deel, wat, cijfer, groep) in cijfers {
            if let Some(reden) = cijfer.and_then(cijfer_fout) {
                push(deel, format!("Dienst {n}: {wat} {reden}."), groep);
            }
        }
    }
    if let Some(reden) = invoer.cedeo_cijfer.and_then(cijfer_fout) {
        push(VELD_CEDEO, format!("Het CEDEO-cijfer {reden}."), Groep::Cedeo);
    }
    uit
}

/// Every input error of the tevredenheid step: unknown or repeated Diensten, more respondents
/// than invited, cijfers outside 1–10 or with more than one decimal.
pub fn invoerfouten(invoer: &TevredenheidInvoer) -> Vec<Invoerfout> {
    fouten(invoer).into_iter().map(|f| f.fout).collect()
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

fn gemiddelde_tekst(g: Decimal) -> String {
    nl_getal(g, 2)
}

fn procent_tekst(teller: u64, noemer: u64) -> String {
    procent(teller, noemer).map_or_else(|| "—".to_string(), |p| format!("{}%", nl_kort(p, 2)))
}

fn uitkomst(
    code: &str,
    dienst: Option<u8>,
    status: Status,
    melding: String,
    uitleg: Uitleg,
    veld: Option<ZelftoetsVeld>,
) -> Normuitkomst {
    Normuitkomst { code: code.to_string(), hoofdnorm: 3, dienst, status, materieel: false, melding, uitleg, veld }
}

fn bron(code: &str) -> String {
    let paragraaf = match code.get(..3) {
        Some("3.1") => "§4.1",
        Some("3.2") => "§4.2",
        Some("3.3") => "§4.3",
        _ => "§4.4",
    };
    format!("norm {code}, {paragraaf}")
}

fn foutmelding<'a>(fouten: impl IntoIterator<Item = &'a Fout>) -> Option<(String, ZelftoetsVeld)> {
    let fouten: Vec<&Fout> = fouten.into_iter().collect();
    let eerste = fouten.first()?;
    let meldingen: Vec<&str> = fouten.iter().map(|f| f.fout.melding.as_str()).collect();
    Some((format!("Niet te beoordelen zolang de invoer niet klopt: {}", meldingen.join(" ")), eerste.fout.veld))
}

/// A weighted average, kept exact: Σ (gewicht × cijfer) and Σ gewicht.
#[derive(Debug, Clone, PartialEq)]
struct Gewogen {
    som: Decimal,
    gewicht: Decimal,
    termen: Vec<String>,
}

impl Gewogen {
    fn gemiddelde(&self) -> Option<Decimal> {
        self.som.checked_div(self.gewicht)
    }

    /// Σ (gewicht × cijfer) ≥ grens × Σ gewicht, without dividing.
    fn minstens(&self, grens: Decimal) -> Option<bool> {
        grens.checked_mul(self.gewicht).map(|g| self.som >= g)
    }

    fn berekening(&self) -> String {
        match self.gemiddelde() {
            Some(g) => format!("({}) / {} = {}", self.termen.join(" + "), self.gewicht, gemiddelde_tekst(g)),
            None => "geen cijfers".to_string(),
        }
    }
}

/// Why a weighted average cannot be computed yet: the message and the field to fill in.
type Ontbreekt = (String, ZelftoetsVeld);

/// The respondent-weighted average of one kind of cijfer over the Diensten. Diensten with zero
/// respondents do not count; a missing count, or a missing cijfer where people answered, makes
/// it unknown.
fn gewogen(
    diensten: &[&TevredenheidDienst],
    wie: &str,
    kies: impl Fn(&TevredenheidDienst) -> (Option<u64>, Option<Decimal>),
    deel: Tevredengroep,
) -> Result<Gewogen, Ontbreekt> {
    let mut g = Gewogen { som: Decimal::ZERO, gewicht: Decimal::ZERO, termen: Vec::new() };
    for t in diensten {
        let (r, c) = kies(t);
        match (r, c) {
            (None, _) => {
                return Err((
                    format!("Vul voor Dienst {} in hoeveel {wie} antwoordden.", t.dienst),
                    veld(t.dienst, deel, Respondenten),
                ))
            }
            (Some(0), _) => {}
            (Some(_), None) => {
                return Err((
                    format!("Vul voor Dienst {} het gemiddelde cijfer van de {wie} in.", t.dienst),
                    veld(t.dienst, deel, Cijfer),
                ))
            }
            (Some(r), Some(c)) => {
                let te_groot = || {
                    (
                        "De aantallen zijn te groot om te rekenen; controleer de invoer.".to_string(),
                        veld(t.dienst, deel, Respondenten),
                    )
                };
                let gewicht = Decimal::from(r);
                g.som = gewicht.checked_mul(c).and_then(|x| g.som.checked_add(x)).ok_or_else(te_groot)?;
                g.gewicht = g.gewicht.checked_add(gewicht).ok_or_else(te_groot)?;
                g.termen.push(format!("{r} × {}", nl_getal(c, 1)));
            }
        }
    }
    Ok(g)
}

// ---------------------------------------------------------------------------------------------
// Responsnorm (3.1.3) and the path 3.1 is judged on
// ---------------------------------------------------------------------------------------------

/// Where 3.1.1 and 3.1.2 get their cijfers from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pad {
    /// The responsnorm is met: the TVO cijfers count.
    Tevredenheidsonderzoek,
    /// The responsnorm is missed: the cliëntenaudit cijfers count, with the same thresholds.
    Clientenaudit,
    /// CEDEO-erkenning: the CEDEO report replaces the TVO for cliënten; no responsnorm.
    Cedeo,
    /// The responsnorm cannot be judged yet.
    NogOnbekend,
}

/// The responsnorm worked out over all Diensten.
#[derive(Debug, Clone, PartialEq)]
pub struct Respons {
    pub status: Status,
    pub uitgenodigd: Option<u64>,
    pub respondenten: Option<u64>,
    pub melding: String,
    pub veld: Option<ZelftoetsVeld>,
    pub berekening: String,
}

/// 3.1.3: Σ respondenten ≥ 10% of Σ uitgenodigd, or Σ respondenten ≥ 40. Forty respondents meet
/// it even while some counts of invited are still missing.
pub fn responsnorm(diensten: &[TevredenheidDienst]) -> Respons {
    let mut r_som: u64 = 0;
    let mut u_som: u64 = 0;
    let mut r_open: Option<u8> = None;
    let mut u_open: Option<u8> = None;
    for t in diensten {
        match t.clienten_respondenten {
            Some(r) => r_som = r_som.saturating_add(r),
            None => {
                r_open.get_or_insert(t.dienst);
            }
        }
        match t.clienten_uitgenodigd {
            Some(u) => u_som = u_som.saturating_add(u),
            None => {
                u_open.get_or_insert(t.dienst);
            }
        }
    }
    let r_bekend = r_open.is_none().then_some(r_som);
    let u_bekend = u_open.is_none().then_some(u_som);
    let berekening = match (r_bekend, u_bekend) {
        (Some(r), Some(u)) if u > 0 => {
            format!("{r} / {u} × 100% = {}; {}", procent_tekst(r, u), aantal_respondenten(r))
        }
        (Some(r), Some(u)) => format!("{} van {u} uitgenodigden", aantal_respondenten(r)),
        (Some(r), None) => format!("{}; aantal uitgenodigden nog niet compleet", aantal_respondenten(r)),
        (None, _) => format!("ten minste {r_som} respondenten; nog niet compleet"),
    };
    let (status, melding, veld) = if diensten.is_empty() {
        (Status::Onbekend, "Vul per Dienst de uitgenodigde en antwoordende cliënten in.".to_string(), None)
    } else if r_som >= RESPONS_AANTAL {
        (
            Status::Voldoet,
            format!("{r_som} ingevulde vragenlijsten: ten minste 40, dus de responsnorm is gehaald."),
            None,
        )
    } else if let Some(n) = r_open {
        (
            Status::Onbekend,
            format!("Vul voor Dienst {n} het aantal respondenten onder de {} in.", wie_tevredenheid(n)),
            Some(veld(n, C, Respondenten)),
        )
    } else if let Some(n) = u_open {
        (
            Status::Onbekend,
            format!("Vul voor Dienst {n} in hoeveel {} zijn uitgenodigd.", wie_tevredenheid(n)),
            Some(veld(n, C, Uitgenodigd)),
        )
    } else if u_som > 0 && u128::from(r_som) * 100 >= u128::from(RESPONS_PROCENT) * u128::from(u_som) {
        (
            Status::Voldoet,
            format!(
                "{r_som} van de {u_som} uitgenodigden antwoordden ({}): ten minste 10%, dus de responsnorm is gehaald.",
                procent_tekst(r_som, u_som)
            ),
            None,
        )
    } else {
        (
            Status::VoldoetNiet,
            format!(
                "{r_som} van de {u_som} uitgenodigden antwoordden ({}): minder dan 10% en minder dan 40 \
                 vragenlijsten. Een cliëntenaudit is nodig; vul per Dienst het cijfer ervan in.",
                procent_tekst(r_som, u_som)
            ),
            diensten.first().map(|t| ZelftoetsVeld::Clientenaudit(t.dienst)),
        )
    };
    Respons { status, uitgenodigd: u_bekend, respondenten: r_bekend, melding, veld, berekening }
}

/// The path 3.1 is judged on for this profiel and input.
pub fn beoordelingspad(profiel: &Profiel, invoer: &TevredenheidInvoer) -> Pad {
    if profiel.cedeo {
        return Pad::Cedeo;
    }
    match responsnorm(&invoer.diensten).status {
        Status::Voldoet => Pad::Tevredenheidsonderzoek,
        Status::VoldoetNiet => Pad::Clientenaudit,
        _ => Pad::NogOnbekend,
    }
}

// ---------------------------------------------------------------------------------------------
// 3.1: cliënten, cursisten en werknemers
// ---------------------------------------------------------------------------------------------

const PAD_TVO: &str = "Beoordeeld op het tevredenheidsonderzoek (de responsnorm 3.1.3 is gehaald).";
const PAD_AUDIT: &str = "Beoordeeld op de cliëntenaudit, omdat de responsnorm 3.1.3 niet is gehaald.";
const PAD_CEDEO: &str =
    "Beoordeeld op het CEDEO-rapport (CEDEO-erkenning: geen tevredenheidsonderzoek onder cliënten nodig).";

fn norm_3_1_1_tvo(diensten: &[&TevredenheidDienst]) -> (Status, String, Uitleg, Option<ZelftoetsVeld>) {
    let mut uitleg = Uitleg {
        formule: "Σ (respondenten × cijfer) / Σ respondenten, over alle Diensten".to_string(),
        berekening: String::new(),
        norm: Some("ten minste 6,5".to_string()),
        bron: bron("3.1.1"),
    };
    match gewogen(diensten, "cliënten", |t| (t.clienten_respondenten, t.clienten_cijfer), C) {
        Err((melding, v)) => {
            uitleg.berekening = "nog niet compleet".to_string();
            (Status::Onbekend, melding, uitleg, Some(v))
        }
        Ok(g) => {
            uitleg.berekening = g.berekening();
            let gemiddeld = g.gemiddelde().map(gemiddelde_tekst);
            match (g.minstens(minimum_gemiddeld()), gemiddeld) {
                (Some(true), Some(gem)) => (
                    Status::Voldoet,
                    format!("Gemiddeld cijfer over alle Diensten {gem} (gewogen naar respondenten): ten minste 6,5."),
                    uitleg,
                    None,
                ),
                (Some(false), Some(gem)) => (
                    Status::VoldoetNiet,
                    format!("Gemiddeld cijfer over alle Diensten {gem} (gewogen naar respondenten): lager dan 6,5."),
                    uitleg,
                    diensten.first().map(|t| veld(t.dienst, C, Cijfer)),
                ),
                _ => (
                    Status::Onbekend,
                    "Nog geen cliënten die antwoordden: er is geen gemiddelde.".to_string(),
                    uitleg,
                    diensten.first().map(|t| veld(t.dienst, C, Respondenten)),
                ),
            }
        }
    }
}

fn norm_3_1_2_tvo(t: &TevredenheidDienst) -> (Status, String, Uitleg, Option<ZelftoetsVeld>) {
    let n = t.dienst;
    let mut uitleg = Uitleg {
        formule: format!("gemiddeld cijfer van Dienst {n}; alleen bij ten minste 5 respondenten"),
        berekening: String::new(),
        norm: Some("ten minste 5,5".to_string()),
        bron: bron("3.1.2"),
    };
    let cijfer = t.clienten_cijfer.map_or_else(|| "niet ingevuld".to_string(), |c| nl_getal(c, 1));
    uitleg.berekening = format!(
        "{} respondenten; cijfer {cijfer}",
        t.clienten_respondenten.map_or_else(|| "?".to_string(), |r| r.to_string())
    );
    match (t.clienten_respondenten, t.clienten_cijfer) {
        (None, _) => (
            Status::Onbekend,
            format!("Vul voor Dienst {n} het aantal respondenten onder de {} in.", wie_tevredenheid(n)),
            uitleg,
            Some(veld(n, C, Respondenten)),
        ),
        (Some(r), _) if r < RESPONDENTEN_PER_DIENST => (
            Status::NietVanToepassing,
            format!(
                "Dienst {n} heeft {}, minder dan 5: telt niet mee voor 3.1.2, wel voor het gemiddelde van 3.1.1.",
                aantal_respondenten(r)
            ),
            uitleg,
            Some(veld(n, C, Respondenten)),
        ),
        (Some(_), None) => (
            Status::Onbekend,
            format!("Vul voor Dienst {n} het gemiddelde cijfer van de {} in.", wie_tevredenheid(n)),
            uitleg,
            Some(veld(n, C, Cijfer)),
        ),
        (Some(r), Some(c)) if c >= minimum_per_dienst() => (
            Status::Voldoet,
            format!("Dienst {n}: cijfer {} van {r} respondenten, ten minste 5,5.", nl_getal(c, 1)),
            uitleg,
            Some(veld(n, C, Cijfer)),
        ),
        (Some(r), Some(c)) => (
            Status::VoldoetNiet,
            format!("Dienst {n}: cijfer {} van {r} respondenten, lager dan 5,5.", nl_getal(c, 1)),
            uitleg,
            Some(veld(n, C, Cijfer)),
        ),
    }
}

/// A Dienst without any invited cliënten has nobody to interview in a cliëntenaudit.
fn heeft_clienten(t: &TevredenheidDienst) -> bool {
    t.clienten_uitgenodigd != Some(0)
}

/// [keuze] The cliëntenaudit gives one cijfer per Dienst and no number of respondents, so there is
/// nothing to weigh by: every Dienst with cliënten counts once. The TVO path weighs by
/// respondents because there each cijfer is itself an average over that many answers.
pub const FORMULE_3_1_1_AUDIT: &str = "Σ cijfers cliëntenaudit / aantal Diensten met cliënten: elke Dienst \
    telt even zwaar, omdat een cliëntenaudit per Dienst één cijfer geeft zonder aantal respondenten om \
    mee te wegen (bij het tevredenheidsonderzoek weegt elk cijfer naar het aantal respondenten)";

fn norm_3_1_1_audit(diensten: &[&TevredenheidDienst]) -> (Status, String, Uitleg, Option<ZelftoetsVeld>) {
    let mut uitleg = Uitleg {
        formule: FORMULE_3_1_1_AUDIT.to_string(),
        berekening: String::new(),
        norm: Some("ten minste 6,5".to_string()),
        bron: format!("{}; cliëntenaudit bij te weinig respons", bron("3.1.1")),
    };
    let mut som = Decimal::ZERO;
    let mut aantal: u64 = 0;
    let mut termen = Vec::new();
    for t in diensten.iter().filter(|t| heeft_clienten(t)) {
        let Some(c) = t.clientenaudit_cijfer else {
            uitleg.berekening = "nog niet compleet".to_string();
            return (
                Status::Onbekend,
                format!("De responsnorm is niet gehaald: laat een cliëntenaudit uitvoeren en vul het cijfer voor Dienst {} in.", t.dienst),
                uitleg,
                Some(ZelftoetsVeld::Clientenaudit(t.dienst)),
            );
        };
        // Valid cijfers (at most twelve, each at most 10) cannot overflow; a wild one that is
        // already an input error must not panic either.
        som = som.saturating_add(c);
        aantal += 1;
        termen.push(nl_getal(c, 1));
    }
    if aantal == 0 {
        uitleg.berekening = "geen Diensten met cliënten".to_string();
        return (Status::Onbekend, "Vul per Dienst de cliëntenaudit in.".to_string(), uitleg, None);
    }
    let gemiddeld = som / Decimal::from(aantal);
    uitleg.berekening = format!("({}) / {aantal} = {}", termen.join(" + "), gemiddelde_tekst(gemiddeld));
    if som >= minimum_gemiddeld() * Decimal::from(aantal) {
        (
            Status::Voldoet,
            format!("Gemiddeld cijfer van de cliëntenaudit {}: ten minste 6,5.", gemiddelde_tekst(gemiddeld)),
            uitleg,
            None,
        )
    } else {
        (
            Status::VoldoetNiet,
            format!("Gemiddeld cijfer van de cliëntenaudit {}: lager dan 6,5.", gemiddelde_tekst(gemiddeld)),
            uitleg,
            diensten.first().map(|t| ZelftoetsVeld::Clientenaudit(t.dienst)),
        )
    }
}

fn norm_3_1_2_audit(t: &TevredenheidDienst) -> (Status, String, Uitleg, Option<ZelftoetsVeld>) {
    let n = t.dienst;
    let uitleg = Uitleg {
        formule: format!("cijfer van de cliëntenaudit voor Dienst {n}"),
        berekening: t.clientenaudit_cijfer.map_or_else(|| "niet ingevuld".to_string(), |c| nl_getal(c, 1)),
        norm: Some("ten minste 5,5".to_string()),
        bron: format!("{}; cliëntenaudit bij te weinig respons", bron("3.1.2")),
    };
    if !heeft_clienten(t) {
        return (
            Status::NietVanToepassing,
            format!("Dienst {n} had geen cliënten uit te nodigen."),
            uitleg,
            Some(veld(n, C, Uitgenodigd)),
        );
    }
    match t.clientenaudit_cijfer {
        None => (
            Status::Onbekend,
            format!("De responsnorm is niet gehaald: vul het cijfer van de cliëntenaudit voor Dienst {n} in."),
            uitleg,
            Some(ZelftoetsVeld::Clientenaudit(n)),
        ),
        Some(c) if c >= minimum_per_dienst() => (
            Status::Voldoet,
            format!("Dienst {n}: cliëntenaudit {}, ten minste 5,5.", nl_getal(c, 1)),
            uitleg,
            Some(ZelftoetsVeld::Clientenaudit(n)),
        ),
        Some(c) => (
            Status::VoldoetNiet,
            format!("Dienst {n}: cliëntenaudit {}, lager dan 5,5.", nl_getal(c, 1)),
            uitleg,
            Some(ZelftoetsVeld::Clientenaudit(n)),
        ),
    }
}

fn norm_cedeo(code: &str, cedeo: Option<Decimal>, grens: Decimal) -> (Status, String, Uitleg, Option<ZelftoetsVeld>) {
    let grens_tekst = nl_getal(grens, 1);
    let uitleg = Uitleg {
        formule: "cijfer uit het CEDEO-rapport".to_string(),
        berekening: cedeo.map_or_else(|| "niet ingevuld".to_string(), |c| nl_getal(c, 1)),
        norm: Some(format!("ten minste {grens_tekst}")),
        bron: format!("{}; CEDEO-erkenning (§4.1, Tabel 4)", bron(code)),
    };
    let v = Some(VELD_CEDEO);
    match cedeo {
        None => (Status::Onbekend, "Vul het cijfer uit het CEDEO-rapport in.".to_string(), uitleg, v),
        Some(c) if c >= grens => {
            (Status::Voldoet, format!("CEDEO-cijfer {}: ten minste {grens_tekst}.", nl_getal(c, 1)), uitleg, v)
        }
        Some(c) => {
            (Status::VoldoetNiet, format!("CEDEO-cijfer {}: lager dan {grens_tekst}.", nl_getal(c, 1)), uitleg, v)
        }
    }
}

/// While the responsnorm is unknown, 3.1.1 and 3.1.2 cannot be settled: the cliëntenaudit may
/// still have to replace the TVO cijfers. The TVO figure is shown, the status stays unknown.
fn voorlopig(
    uitkomst: (Status, String, Uitleg, Option<ZelftoetsVeld>),
    respons: &Respons,
) -> (Status, String, Uitleg, Option<ZelftoetsVeld>) {
    let (status, melding, uitleg, veld) = uitkomst;
    match status {
        Status::Onbekend => (status, melding, uitleg, veld),
        _ => (
            Status::Onbekend,
            format!(
                "Hangt af van de responsnorm (3.1.3), die nog niet vast te stellen is. {} Met de cijfers van het \
                 tevredenheidsonderzoek zou het zo staan: {}",
                respons.melding, melding
            ),
            uitleg,
            respons.veld.or(veld),
        ),
    }
}

fn onbekend_door_fouten(
    fouten: &[&Fout],
    uitkomst: (Status, String, Uitleg, Option<ZelftoetsVeld>),
) -> (Status, String, Uitleg, Option<ZelftoetsVeld>) {
    match foutmelding(fouten.iter().copied()) {
        Some((melding, v)) => (Status::Onbekend, melding, uitkomst.2, Some(v)),
        None => uitkomst,
    }
}

fn normen_3_1(profiel: &Profiel, invoer: &TevredenheidInvoer, alle: &[Fout]) -> Vec<Normuitkomst> {
    let mut uit = Vec::new();
    let geldig: Vec<&TevredenheidDienst> = {
        let mut gezien = BTreeSet::new();
        invoer.diensten.iter().filter(|t| dienstsoort(t.dienst).is_some() && gezien.insert(t.dienst)).collect()
    };
    let fouten_van = |groepen: &[Groep]| -> Vec<&Fout> { alle.iter().filter(|f| groepen.contains(&f.groep)).collect() };

    if profiel.cedeo {
        let fouten = fouten_van(&[Groep::Cedeo]);
        let (s, m, u, v) = onbekend_door_fouten(&fouten, norm_cedeo("3.1.1", invoer.cedeo_cijfer, minimum_gemiddeld()));
        uit.push(uitkomst("3.1.1", None, s, format!("{m} {PAD_CEDEO}"), u, v));
        let (s, m, u, v) =
            onbekend_door_fouten(&fouten, norm_cedeo("3.1.2", invoer.cedeo_cijfer, minimum_per_dienst()));
        uit.push(uitkomst("3.1.2", None, s, format!("{m} {PAD_CEDEO}"), u, v));
        uit.push(uitkomst(
            "3.1.3",
            None,
            Status::NietVanToepassing,
            "Met een CEDEO-erkenning geldt geen responsnorm.".to_string(),
            Uitleg {
                formule: "Σ respondenten / Σ uitgenodigd × 100% ≥ 10%, of Σ respondenten ≥ 40".to_string(),
                berekening: "niet van toepassing".to_string(),
                norm: None,
                bron: format!("{}; CEDEO-erkenning (§4.1, Tabel 4)", bron("3.1.3")),
            },
            Some(ZelftoetsVeld::Profiel(Profielvraag::Cedeo)),
        ));
        return uit;
    }

    let respons = responsnorm(&invoer.diensten);
    let respons_fouten = fouten_van(&[Groep::Clienten, Groep::Alles]);
    let pad = match respons.status {
        _ if !respons_fouten.is_empty() => Pad::NogOnbekend,
        Status::Voldoet => Pad::Tevredenheidsonderzoek,
        Status::VoldoetNiet => Pad::Clientenaudit,
        _ => Pad::NogOnbekend,
    };

    // 3.1.1
    let eerste = match pad {
        Pad::Clientenaudit => {
            let r = norm_3_1_1_audit(&geldig);
            let f = fouten_van(&[Groep::Audit, Groep::Alles]);
            let (s, m, u, v) = onbekend_door_fouten(&f, r);
            (s, format!("{m} {PAD_AUDIT}"), u, v)
        }
        Pad::Tevredenheidsonderzoek => {
            let (s, m, u, v) = onbekend_door_fouten(&respons_fouten, norm_3_1_1_tvo(&geldig));
            (s, format!("{m} {PAD_TVO}"), u, v)
        }
        _ => onbekend_door_fouten(&respons_fouten, voorlopig(norm_3_1_1_tvo(&geldig), &respons)),
    };
    let (s, m, u, v) = eerste;
    uit.push(uitkomst("3.1.1", None, s, m, u, v));

    // 3.1.2, one per Dienst
    if geldig.is_empty() {
        uit.push(uitkomst(
            "3.1.2",
            None,
            Status::Onbekend,
            "Vul per Dienst de cijfers van het tevredenheidsonderzoek in.".to_string(),
            Uitleg {
                formule: "gemiddeld cijfer per Dienst met ten minste 5 respondenten".to_string(),
                berekening: "geen Diensten ingevuld".to_string(),
                norm: Some("ten minste 5,5".to_string()),
                bron: bron("3.1.2"),
            },
            None,
        ));
    }
    for t in &geldig {
        let eigen: Vec<&Fout> =
            alle.iter().filter(|f| van_dienst(f.fout.veld, t.dienst) || f.groep == Groep::Alles).collect();
        let (s, m, u, v) = match pad {
            Pad::Clientenaudit => {
                let f: Vec<&Fout> =
                    eigen.iter().copied().filter(|f| matches!(f.groep, Groep::Audit | Groep::Alles)).collect();
                let (s, m, u, v) = onbekend_door_fouten(&f, norm_3_1_2_audit(t));
                (s, format!("{m} {PAD_AUDIT}"), u, v)
            }
            Pad::Tevredenheidsonderzoek => {
                let f: Vec<&Fout> =
                    eigen.iter().copied().filter(|f| matches!(f.groep, Groep::Clienten | Groep::Alles)).collect();
                let (s, m, u, v) = onbekend_door_fouten(&f, norm_3_1_2_tvo(t));
                (s, format!("{m} {PAD_TVO}"), u, v)
            }
            _ => {
                let f: Vec<&Fout> =
                    eigen.iter().copied().filter(|f| matches!(f.groep, Groep::Clienten | Groep::Alles)).collect();
                let tvo = norm_3_1_2_tvo(t);
                // Fewer than five respondents stays n.v.t. only on the TVO path; while the path is
                // open, it is as unknown as the rest.
                onbekend_door_fouten(&f, voorlopig(tvo, &respons))
            }
        };
        uit.push(uitkomst("3.1.2", Some(t.dienst), s, m, u, v));
    }

    // 3.1.3
    let respons_uitleg = Uitleg {
        formule: "Σ respondenten / Σ uitgenodigd × 100% ≥ 10%, of Σ respondenten ≥ 40".to_string(),
        berekening: respons.berekening.clone(),
        norm: Some("ten minste 10% respons of ten minste 40 ingevulde vragenlijsten".to_string()),
        bron: bron("3.1.3"),
    };
    let audit_compleet = geldig.iter().filter(|t| heeft_clienten(t)).all(|t| t.clientenaudit_cijfer.is_some())
        && geldig.iter().any(|t| heeft_clienten(t))
        && fouten_van(&[Groep::Audit]).is_empty();
    let (s, m, v) = if let Some((melding, v)) = foutmelding(respons_fouten.iter().copied()) {
        (Status::Onbekend, melding, Some(v))
    } else if respons.status == Status::VoldoetNiet && audit_compleet {
        // The cliëntenaudit is the Handleiding's remedy for a missed responsnorm: once its cijfers
        // are in, 3.1.1 and 3.1.2 rest on them and the responsnorm no longer decides (§4.1).
        (
            Status::NietVanToepassing,
            format!(
                "De responsnorm is niet gehaald ({}); de cliëntenaudit vervangt het tevredenheidsonderzoek, \
                 dus 3.1.1 en 3.1.2 zijn op de cijfers van de audit beoordeeld.",
                respons.berekening
            ),
            respons.veld,
        )
    } else {
        (respons.status, respons.melding.clone(), respons.veld)
    };
    uit.push(uitkomst("3.1.3", None, s, m, respons_uitleg, v));
    uit
}

// ---------------------------------------------------------------------------------------------
// 3.2–3.4: opdrachtgevers, verbeterplan, privacy
// ---------------------------------------------------------------------------------------------

fn norm_3_2_1(invoer: &TevredenheidInvoer, alle: &[Fout]) -> Normuitkomst {
    let geldig: Vec<&TevredenheidDienst> = {
        let mut gezien = BTreeSet::new();
        invoer.diensten.iter().filter(|t| dienstsoort(t.dienst).is_some() && gezien.insert(t.dienst)).collect()
    };
    let mut uitleg = Uitleg {
        formule: "Σ (respondenten × cijfer) / Σ respondenten, opdrachtgevers over alle Diensten".to_string(),
        berekening: String::new(),
        norm: Some("ten minste 6,5".to_string()),
        bron: bron("3.2.1"),
    };
    let fouten: Vec<&Fout> = alle.iter().filter(|f| matches!(f.groep, Groep::Opdrachtgevers | Groep::Alles)).collect();
    let (status, melding, veld) = if let Some((melding, v)) = foutmelding(fouten.iter().copied()) {
        uitleg.berekening = "invoer klopt niet".to_string();
        (Status::Onbekend, melding, Some(v))
    } else if geldig.is_empty() {
        uitleg.berekening = "geen Diensten ingevuld".to_string();
        (Status::Onbekend, "Vul per Dienst de cijfers van de opdrachtgevers in.".to_string(), None)
    } else {
        match gewogen(&geldig, "opdrachtgevers", |t| (t.opdrachtgevers_respondenten, t.opdrachtgevers_cijfer), O) {
            Err((melding, v)) => {
                uitleg.berekening = "nog niet compleet".to_string();
                (Status::Onbekend, melding, Some(v))
            }
            Ok(g) if g.gewicht.is_zero() => {
                uitleg.berekening = "geen opdrachtgevers die antwoordden".to_string();
                (
                    Status::NietVanToepassing,
                    "Geen opdrachtgevers die het onderzoek invulden: deze norm geldt dan niet.".to_string(),
                    None,
                )
            }
            Ok(g) => {
                uitleg.berekening = g.berekening();
                let gem = g.gemiddelde().map(gemiddelde_tekst).unwrap_or_default();
                match g.minstens(minimum_gemiddeld()) {
                    Some(true) => (
                        Status::Voldoet,
                        format!("Opdrachtgevers geven gemiddeld {gem} (gewogen naar respondenten): ten minste 6,5."),
                        None,
                    ),
                    Some(false) => (
                        Status::VoldoetNiet,
                        format!("Opdrachtgevers geven gemiddeld {gem} (gewogen naar respondenten): lager dan 6,5."),
                        geldig.first().map(|t| veld(t.dienst, O, Cijfer)),
                    ),
                    None => (
                        Status::Onbekend,
                        "De aantallen zijn te groot om te rekenen; controleer de invoer.".to_string(),
                        None,
                    ),
                }
            }
        }
    };
    uitkomst("3.2.1", None, status, melding, uitleg, veld)
}

fn checklist(code: &'static str, omschrijving: &str, invoer: &TevredenheidInvoer) -> Normuitkomst {
    let antwoord = invoer.checklist.get(code).copied().unwrap_or_default();
    let melding = super::uw_beoordeling(antwoord, omschrijving);
    uitkomst(
        code,
        None,
        antwoord,
        melding,
        Uitleg {
            formule: format!("uw beoordeling: {omschrijving}"),
            berekening: format!("uw antwoord: {}", antwoord.naam()),
            norm: None,
            bron: bron(code),
        },
        Some(ZelftoetsVeld::Checklist(code)),
    )
}

/// Every norm of hoofdnorm 3: 3.1.1, 3.1.2 (one per Dienst), 3.1.3, 3.2.1, 3.2.2, 3.3.1, 3.4.1.
/// Input errors make the norms they touch "nog onbekend", never a verdict.
pub fn beoordeel_tevredenheid(profiel: &Profiel, invoer: &TevredenheidInvoer) -> Vec<Normuitkomst> {
    let alle = fouten(invoer);
    let mut uit = normen_3_1(profiel, invoer, &alle);
    uit.push(norm_3_2_1(invoer, &alle));
    uit.push(checklist(
        "3.2.2",
        "alle opdrachtgevers die een Dienst afnamen, zijn voor het onderzoek aangemeld",
        invoer,
    ));
    if profiel.eerste_meetperiode {
        uit.push(uitkomst(
            "3.3.1",
            None,
            Status::NietVanToepassing,
            "Eerste meetperiode: er is nog geen verbeterplan uit een vorige meetperiode.".to_string(),
            Uitleg {
                formule: "verbeterplan van de vorige meetperiode uitgevoerd".to_string(),
                berekening: "eerste meetperiode".to_string(),
                norm: None,
                bron: bron("3.3.1"),
            },
            Some(ZelftoetsVeld::Profiel(Profielvraag::Eerste)),
        ));
    } else {
        uit.push(checklist(
            "3.3.1",
            "het verbeterplan uit de vorige resultatenaudit is in deze meetperiode uitgevoerd",
            invoer,
        ));
    }
    uit.push(checklist(
        "3.4.1",
        "er is geen contact gezocht met respondenten over wat zij in het onderzoek invulden",
        invoer,
    ));
    uit
}

// ---------------------------------------------------------------------------------------------
// Publicatienorm (Tabel 3): only what is published, never the verdict
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publicatie {
    pub gepubliceerd: bool,
    /// Why, in one Dutch sentence.
    pub reden: String,
}

/// The minimum response for a number of invited (Tabel 3). The table's bounds overlap
/// ("10–50", "50–100"); SPEC [keuze] reads them as 10–49 and 50–99.
pub fn minimale_respons(uitgenodigd: u64) -> u64 {
    match uitgenodigd {
        0..=9 => 50,
        10..=49 => 40,
        50..=99 => 30,
        _ => 25,
    }
}

fn bereik(uitgenodigd: u64) -> &'static str {
    match uitgenodigd {
        0..=9 => "minder dan 10",
        10..=49 => "10 tot en met 49",
        50..=99 => "50 tot en met 99",
        _ => "100 of meer",
    }
}

/// Tabel 3: a Dienst's cliënten cijfer is published with at least three respondents and at least
/// the minimum response for its number of invited; from 100 invited, 40 respondents also do.
pub fn gepubliceerd(uitgenodigd: u64, respondenten: u64) -> Publicatie {
    let min = minimale_respons(uitgenodigd);
    let p = procent_tekst(respondenten, uitgenodigd);
    if respondenten < PUBLICATIE_MINIMUM_RESPONDENTEN {
        return Publicatie {
            gepubliceerd: false,
            reden: format!(
                "Wordt niet gepubliceerd: {}; er zijn er ten minste 3 nodig.",
                aantal_respondenten(respondenten)
            ),
        };
    }
    let genoeg_procent = uitgenodigd > 0 && u128::from(respondenten) * 100 >= u128::from(min) * u128::from(uitgenodigd);
    let genoeg_aantal = uitgenodigd >= 100 && respondenten >= RESPONS_AANTAL;
    let (gepubliceerd, reden) = match (genoeg_procent, genoeg_aantal) {
        (true, _) => (
            true,
            format!(
                "Wordt gepubliceerd: {respondenten} respondenten van {uitgenodigd} uitgenodigden ({p}); bij {} uitgenodigden is {min}% nodig.",
                bereik(uitgenodigd)
            ),
        ),
        (false, true) => (
            true,
            format!("Wordt gepubliceerd: {respondenten} respondenten; bij 100 of meer uitgenodigden zijn 40 respondenten genoeg."),
        ),
        (false, false) if uitgenodigd >= 100 => (
            false,
            format!(
                "Wordt niet gepubliceerd: {respondenten} respondenten van {uitgenodigd} ({p}) is minder dan 25% en minder dan 40 respondenten."
            ),
        ),
        (false, false) => (
            false,
            format!(
                "Wordt niet gepubliceerd: {respondenten} respondenten van {uitgenodigd} ({p}) is minder dan de {min}% die bij {} uitgenodigden nodig is.",
                bereik(uitgenodigd)
            ),
        ),
    };
    Publicatie { gepubliceerd, reden }
}

/// "1 respondent", "0 respondenten".
fn aantal_respondenten(n: u64) -> String {
    format!("{n} {}", if n == 1 { "respondent" } else { "respondenten" })
}

/// §4.2: the opdrachtgevers' report is published with more than one respondent.
pub fn opdrachtgevers_gepubliceerd(respondenten: u64) -> Publicatie {
    if respondenten > 1 {
        Publicatie {
            gepubliceerd: true,
            reden: format!(
                "Wordt gepubliceerd: {respondenten} respondenten onder de opdrachtgevers; er zijn er ten minste 2 nodig."
            ),
        }
    } else {
        Publicatie {
            gepubliceerd: false,
            reden: format!(
                "Wordt niet gepubliceerd: {} onder de opdrachtgevers; er zijn er ten minste 2 nodig.",
                aantal_respondenten(respondenten)
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dienstpublicatie {
    pub dienst: u8,
    /// `None` while the counts are not filled in.
    pub clienten: Option<Publicatie>,
    pub opdrachtgevers: Option<Publicatie>,
}

/// What would be published per Dienst. It plays no part in the verdict (§4.1).
pub fn publicaties(invoer: &TevredenheidInvoer) -> Vec<Dienstpublicatie> {
    invoer
        .diensten
        .iter()
        .map(|t| Dienstpublicatie {
            dienst: t.dienst,
            clienten: match (t.clienten_uitgenodigd, t.clienten_respondenten) {
                (Some(u), Some(r)) => Some(gepubliceerd(u, r)),
                _ => None,
            },
            opdrachtgevers: t.opdrachtgevers_respondenten.map(opdrachtgevers_gepubliceerd),
        })
        .collect()
}
