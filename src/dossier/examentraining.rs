//! The `data` of an examentraining dossier: practice attempts, exams with their sittings and
//! answers, the timer setting, and the rows of the validatie-simulator. Everything typed is kept
//! as typed; what is computed (judgements, verdicts) is never stored, except the Gouden Standaard
//! of an exam's casussen, copied in when the exam starts so its history needs no casus files.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::data::{data_naar_map, data_uit};
use super::loonwaarde::LoonwaardeData;
use crate::domain::examen::casus::Casus;
use crate::domain::examen::nakijken::{nakijken, Nakijkresultaat};
use crate::domain::getal::{lees_getal, nl_kort, rond_af};
use crate::domain::loonwaarde::{Methode, Veld};

/// Minutes per examendag unless the user sets another: three casussen of about an hour each
/// (reading, analysis, calculation). The Loonwaardegids names no duration [keuze].
pub const STANDAARD_MINUTEN: u32 = 180;
pub const MAX_MINUTEN: u32 = 480;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExamentrainingData {
    /// The casus being practised now.
    pub huidige_casus: String,
    pub pogingen: Vec<Oefenpoging>,
    pub examens: Vec<Zitting>,
    /// Minutes per examendag, as typed; empty = `STANDAARD_MINUTEN`.
    pub minuten: String,
    /// The method exams are judged in (the Gouden Standaard differs where the ULW does).
    pub examenmethode: Methode,
    pub simulator: Simulatordata,
}

/// One practice attempt: the casus and the deskundige's own analysis in the calculator.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Oefenpoging {
    pub casus: String,
    pub werk: LoonwaardeData,
    /// Nakijken was asked for: the comparison with the Gouden Standaard is shown.
    pub nagekeken: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Soort {
    /// Six casussen over two days of three.
    #[default]
    Examen,
    /// Three casussen in one sitting, after an exam with 3 or 4 within the band.
    Herexamen,
}

/// An exam or herexamen.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Zitting {
    pub id: u64,
    pub soort: Soort,
    /// For a herexamen: the exam it follows.
    pub vorige: Option<u64>,
    /// ISO date the exam was started.
    pub datum: String,
    pub methode: Methode,
    pub casussen: Vec<Examencasus>,
    /// Two days for an exam, one for a herexamen.
    pub dagen: Vec<Dag>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Examencasus {
    pub id: String,
    pub titel: String,
    /// Gouden Standaard Pi5 in the exam's method, copied in at the start.
    pub goud: Decimal,
    /// The answer, Pi5 per uur as typed.
    pub antwoord: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Dag {
    pub minuten: u32,
    /// Milliseconds since the epoch (browser clock) when the day's sitting began.
    pub gestart: Option<u64>,
    /// When it was handed in, by the user or by the timer.
    pub ingeleverd: Option<u64>,
    /// Handed in because the time was up.
    pub tijd_op: bool,
}

impl Dag {
    pub fn einde(&self) -> Option<u64> {
        self.gestart.map(|g| g + u64::from(self.minuten) * 60_000)
    }

    /// Milliseconds left at `nu`; `None` before the start.
    pub fn resterend(&self, nu: u64) -> Option<u64> {
        self.einde().map(|e| e.saturating_sub(nu))
    }
}

impl Zitting {
    /// Casussen per day: three.
    pub const PER_DAG: usize = 3;

    pub fn dag_van(&self, casus_index: usize) -> usize {
        casus_index / Self::PER_DAG
    }

    pub fn klaar(&self) -> bool {
        !self.dagen.is_empty() && self.dagen.iter().all(|d| d.ingeleverd.is_some())
    }

    /// The day that is running or next to start; `None` when all are handed in.
    pub fn huidige_dag(&self) -> Option<usize> {
        self.dagen.iter().position(|d| d.ingeleverd.is_none())
    }

    /// Hands in every started day whose time is up at `nu`. Returns whether anything changed.
    pub fn verlopen(&mut self, nu: u64) -> bool {
        let mut veranderd = false;
        for d in &mut self.dagen {
            if d.ingeleverd.is_none() && d.einde().is_some_and(|e| nu >= e) {
                d.ingeleverd = d.einde();
                d.tijd_op = true;
                veranderd = true;
            }
        }
        veranderd
    }
}

/// A new exam (or herexamen) over these casussen, not yet started.
pub fn nieuwe_zitting(
    id: u64,
    soort: Soort,
    vorige: Option<u64>,
    datum: String,
    methode: Methode,
    casussen: &[Casus],
    minuten: u32,
) -> Zitting {
    let dagen = casussen.len().div_ceil(Zitting::PER_DAG).max(1);
    Zitting {
        id,
        soort,
        vorige,
        datum,
        methode,
        casussen: casussen
            .iter()
            .map(|c| Examencasus {
                id: c.id.clone(),
                titel: c.titel.clone(),
                goud: c.analyse(methode).pi5,
                antwoord: String::new(),
            })
            .collect(),
        dagen: (0..dagen).map(|_| Dag { minuten, ..Default::default() }).collect(),
    }
}

/// An answer as typed: a positive amount in euro, at most 2 decimals; `Err` is the message at
/// the field; `Ok(None)` is not answered (counts as outside the band).
pub fn lees_antwoord(tekst: &str) -> Result<Option<Decimal>, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let g = lees_getal(t)?;
    if g < Decimal::ZERO {
        return Err("Een loonwaarde in euro kan niet negatief zijn.".into());
    }
    if g.normalize().scale() > 2 {
        return Err("Een bedrag heeft hoogstens 2 decimalen.".into());
    }
    Ok(Some(g))
}

/// The timer setting as typed; the message belongs at the field.
pub fn lees_minuten(tekst: &str) -> Result<u32, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(STANDAARD_MINUTEN);
    }
    match t.parse::<u32>() {
        Ok(m) if (1..=MAX_MINUTEN).contains(&m) => Ok(m),
        _ => Err(format!("Vul een aantal minuten in van 1 tot en met {MAX_MINUTEN}.")),
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Simulatordata {
    /// "eerste" or "her".
    pub soort: String,
    pub rijen: Vec<Simulatorrij>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Simulatorrij {
    pub id: u64,
    pub uitvoerende: String,
    pub casus: String,
    pub antwoord: String,
    pub goud: String,
}

impl ExamentrainingData {
    pub fn uit(data: &Map<String, Value>) -> Result<ExamentrainingData, Bevinding> {
        data_uit(data)
    }

    pub fn naar_map(&self) -> Map<String, Value> {
        data_naar_map(self)
    }

    pub fn poging(&self, casus: &str) -> Option<&Oefenpoging> {
        self.pogingen.iter().find(|p| p.casus == casus)
    }

    pub fn poging_mut(&mut self, casus: &str) -> Option<&mut Oefenpoging> {
        self.pogingen.iter_mut().find(|p| p.casus == casus)
    }

    pub fn volgend_zitting_id(&self) -> u64 {
        self.examens.iter().map(|z| z.id).max().map_or(1, |m| m + 1)
    }

    pub fn volgend_rij_id(&self) -> u64 {
        self.simulator.rijen.iter().map(|r| r.id).max().map_or(1, |m| m + 1)
    }

    /// The attempt for a casus, started from its normfunctie the first time.
    pub fn begin_poging(&mut self, casus: &Casus) {
        if self.poging(&casus.id).is_none() {
            let n = &casus.normfunctie;
            let werk = LoonwaardeData {
                methode: self.examenmethode,
                normfunctie: n.naam.clone(),
                bron: n.bron.clone(),
                normloon: nl_kort(n.normloon, 2),
                voltijd_uren: nl_kort(n.voltijd_uren, 2),
                contracturen: nl_kort(n.contracturen, 2),
                werkdagen: nl_kort(n.werkdagen, 2),
                ..Default::default()
            };
            self.pogingen.push(Oefenpoging { casus: casus.id.clone(), werk, nagekeken: false });
        }
        self.huidige_casus = casus.id.clone();
    }
}

/// Nakijken of an attempt: the user's analysis as the calculator reads it, against the Gouden
/// Standaard in the method the user worked in.
pub fn nakijk(casus: &Casus, werk: &LoonwaardeData) -> Nakijkresultaat {
    let u = super::loonwaarde::bereken(werk);
    // Only the analysis counts here; the LKS and kosten parts are not asked in a casus.
    let fouten = u.fouten.iter().filter(|f| !matches!(f.veld, Veld::Peildatum | Veld::Wml | Veld::Bedrag(_))).count();
    if fouten > 0 {
        let mut r = nakijken(casus, werk.methode, &[], None);
        r.meldingen = vec![format!(
            "Uw analyse heeft nog {fouten} invoerfout{}; verbeter die in de rekenhulp en kijk dan opnieuw na.",
            if fouten == 1 { "" } else { "en" }
        )];
        return r;
    }
    // An answer is stated on cents, as the Gouden Standaard is.
    let pi5 = u.pi5_per_uur.map(|(p, _)| rond_af(p, 2));
    nakijken(casus, werk.methode, &super::loonwaarde::domeintaken(werk), pi5)
}
