//! The `data` of an examentraining dossier: practice attempts, exams with their sittings and
//! answers, the timer setting, and the rows of the validatie-simulator. Everything typed is kept
//! as typed; what is computed (judgements, verdicts) is never stored, except the Gouden Standaard
//! of an exam's casussen, copied in when the exam starts so its history needs no casus files.
//!
//! The rules of a sitting (days, timer, hand-in) are in `domain::examen::zitting`; a stored
//! sitting goes there through `Zitting::domein` and comes back through `Zitting::wijzig`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::data::{data_naar_map, data_uit};
use super::loonwaarde::{bereken, domeintaken, LoonwaardeData};
use crate::domain::examen::casus::Casus;
use crate::domain::examen::nakijken::{nakijken, nakijken_met_invoerfouten, telt_bij_nakijken, Nakijkresultaat};
use crate::domain::examen::zitting;
use crate::domain::getal::nl_kort;
use crate::domain::lezen::{lees_getal, Getalsoort};
use crate::domain::loonwaarde::Methode;

/// The kind of sitting is the domain's own enum, stored by its lowercase name.
pub use crate::domain::examen::zitting::Soort;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExamentrainingData {
    /// The casus being practised now.
    pub huidige_casus: String,
    pub pogingen: Vec<Oefenpoging>,
    pub examens: Vec<Zitting>,
    /// Minutes per examendag, as typed; empty = `domain::examen::zitting::STANDAARD_MINUTEN`.
    pub minuten: String,
    /// The method exams are judged in (the Gouden Standaard differs where the ULW does).
    pub examenmethode: Methode,
    pub simulator: Simulatordata,
}

/// One practice attempt: the casus and the deskundige's own analysis in the calculator.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Oefenpoging {
    pub casus: String,
    pub werk: LoonwaardeData,
    /// Nakijken was asked for: the comparison with the Gouden Standaard is shown.
    pub nagekeken: bool,
}

/// An exam or herexamen.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

impl From<&Dag> for zitting::Dag {
    fn from(d: &Dag) -> zitting::Dag {
        zitting::Dag { minuten: d.minuten, gestart: d.gestart, ingeleverd: d.ingeleverd, tijd_op: d.tijd_op }
    }
}

impl From<zitting::Dag> for Dag {
    fn from(d: zitting::Dag) -> Dag {
        Dag { minuten: d.minuten, gestart: d.gestart, ingeleverd: d.ingeleverd, tijd_op: d.tijd_op }
    }
}

impl Zitting {
    /// The sitting as the domain reads it, each answer read as typed: an answer that is empty or
    /// cannot be read is none (and counts as outside the band).
    pub fn domein(&self) -> zitting::Zitting {
        zitting::Zitting {
            id: self.id,
            soort: self.soort,
            vorige: self.vorige,
            dagen: self.dagen.iter().map(zitting::Dag::from).collect(),
            antwoorden: self
                .casussen
                .iter()
                .map(|c| zitting::Antwoord { goud: c.goud, pi5: lees_antwoord(&c.antwoord).ok().flatten() })
                .collect(),
        }
    }

    /// Applies a change of the domain (begin a day, hand it in, the timer) and keeps the days as
    /// it left them. Returns what `wijziging` returns: whether anything changed.
    pub fn wijzig(&mut self, wijziging: impl FnOnce(&mut zitting::Zitting) -> bool) -> bool {
        let mut z = self.domein();
        let veranderd = wijziging(&mut z);
        self.dagen = z.dagen.into_iter().map(Dag::from).collect();
        veranderd
    }
}

/// A new exam (or herexamen) over these casussen, not yet started: the Gouden Standaard in the
/// exam's method is copied in, and the days are those of `soort`.
pub fn nieuwe_zitting(
    id: u64,
    soort: Soort,
    vorige: Option<u64>,
    datum: String,
    methode: Methode,
    casussen: &[Casus],
    minuten: u32,
) -> Zitting {
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
        dagen: zitting::nieuwe_dagen(soort, minuten).into_iter().map(Dag::from).collect(),
    }
}

/// An answer as typed: a Pi5 in euro (`zitting::controleer_antwoord`); `Err` is the message at
/// the field; `Ok(None)` is not answered (counts as outside the band).
pub fn lees_antwoord(tekst: &str) -> Result<Option<Decimal>, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return Ok(None);
    }
    zitting::controleer_antwoord(lees_getal(t, Getalsoort::Geld)?).map(Some)
}

/// The timer setting as typed (`zitting::examenduur`); the message belongs at the field.
pub fn lees_minuten(tekst: &str) -> Result<u32, String> {
    let t = tekst.trim();
    if t.is_empty() {
        return zitting::examenduur(None);
    }
    t.parse::<u32>().map_err(|_| zitting::minutenfout()).and_then(|m| zitting::examenduur(Some(m)))
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Simulatordata {
    /// "eerste" or "her".
    pub soort: String,
    pub rijen: Vec<Simulatorrij>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

    /// Every exam and herexamen as the domain reads it.
    pub fn zittingen(&self) -> Vec<zitting::Zitting> {
        self.examens.iter().map(Zitting::domein).collect()
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
    let u = bereken(werk);
    let fouten = u.fouten.iter().filter(|f| telt_bij_nakijken(f.veld)).count();
    if fouten > 0 {
        return nakijken_met_invoerfouten(casus, werk.methode, fouten);
    }
    nakijken(casus, werk.methode, &domeintaken(werk), u.pi5_per_uur.map(|(p, _)| p))
}

/// A place in an examentraining dossier's data in words, for the notice of a value changed in
/// two tabs.
pub fn plaatsnaam(_data: &Map<String, Value>, pad: &str) -> Option<String> {
    let rest = pad.strip_prefix("$.data.")?;
    let naam = match rest.split(['.', '[']).next()? {
        "minuten" => "Minuten per examendag",
        "examenmethode" => "Methode van het examen",
        "huidige_casus" => "De gekozen casus",
        "pogingen" => "Een oefenpoging",
        "examens" => "Een examen",
        "simulator" => "De validatie-simulator",
        _ => return None,
    };
    Some(naam.to_string())
}
