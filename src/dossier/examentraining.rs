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

pub use super::antwoordbestand::lees_antwoord;
use super::antwoordbestand::{Antwoordbestand, Antwoordcasus, ANTWOORD_VERSIE};
use super::bevinding::Bevinding;
pub use super::casusontwerp::werkblad;
use super::casusontwerp::Casusontwerp;
use super::casuspakket::{Casuspakket, ANTWOORD_FORMAT};
use super::data::{data_naar_map, data_uit};
pub use super::examendag::Dag;
use super::loonwaarde::{bereken, domeintaken, LoonwaardeData};
use super::zegel::{controlegetal, Verzegeld};
use crate::domain::examen::casus::Casus;
use crate::domain::examen::nakijken::{nakijken, nakijken_met_invoerfouten, telt_bij_nakijken, Nakijkresultaat};
use crate::domain::examen::zitting;
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
    /// The trainee's name, as it goes into an answer file.
    pub deelnemer: String,
    /// Casus packs imported by a trainee (without Gouden Standaard).
    pub pakketten: Vec<Casuspakket>,
    /// The trainer's own casussen, as typed.
    pub eigen_casussen: Vec<Casusontwerp>,
    /// Packs the trainer made or imported, with their Gouden Standaard.
    pub uitgegeven: Vec<Casuspakket>,
    /// The answer files the trainer read, for any of `uitgegeven`.
    pub antwoorden: Vec<Antwoordbestand>,
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
    /// A sitting of a trainer's casus pack: graded by the trainer, from its answer file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pakket: Option<Pakketbinding>,
    /// The controlegetal of a pack sitting, set when its last day is handed in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zegel: Option<String>,
}

/// The pack a sitting is of, and who sits it: what the answer file needs.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Pakketbinding {
    pub id: String,
    pub titel: String,
    pub sleutel: String,
    pub deelnemer: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Examencasus {
    pub id: String,
    pub titel: String,
    /// Gouden Standaard Pi5 in the exam's method, copied in at the start; none in a pack sitting,
    /// whose Gouden Standaard only the trainer has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goud: Option<Decimal>,
    /// The answer, Pi5 per uur as typed.
    pub antwoord: String,
    /// In a pack sitting: the analysis in the calculator, which goes to the trainer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub werk: Option<LoonwaardeData>,
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
                // A pack sitting has no gold and is never judged here (`ExamentrainingData::zittingen`).
                .map(|c| zitting::Antwoord {
                    goud: c.goud.unwrap_or_default(),
                    pi5: lees_antwoord(&c.antwoord).ok().flatten(),
                })
                .collect(),
        }
    }

    /// Applies a change of the domain (begin a day, hand it in, the timer) and keeps the days as
    /// it left them. Returns what `wijziging` returns: whether anything changed.
    pub fn wijzig(&mut self, wijziging: impl FnOnce(&mut zitting::Zitting) -> bool) -> bool {
        let mut z = self.domein();
        let veranderd = wijziging(&mut z);
        let klaar = z.klaar();
        self.dagen = z.dagen.into_iter().map(Dag::from).collect();
        if klaar && self.zegel.is_none() {
            self.zegel = self.pakket.as_ref().map(|p| self.controlegetal(p));
        }
        veranderd
    }

    /// Changes casus `index` (its answer or analysis) while its day is open at `nu`; after the
    /// hand-in, or before the day began, nothing changes. Whether it changed.
    pub fn wijzig_casus(&mut self, index: usize, nu: u64, wijziging: impl FnOnce(&mut Examencasus)) -> bool {
        if !self.domein().antwoord_open(index, nu) {
            return false;
        }
        self.casussen.get_mut(index).map(wijziging).is_some()
    }

    fn controlegetal(&self, p: &Pakketbinding) -> String {
        let casussen: Vec<Verzegeld> = self
            .casussen
            .iter()
            .map(|c| Verzegeld { id: &c.id, antwoord: &c.antwoord, werk: c.werk.as_ref() })
            .collect();
        controlegetal(&p.sleutel, &p.id, &p.deelnemer, &casussen, &self.dagen)
    }

    /// The answer file of a pack sitting, once every day is handed in.
    pub fn antwoordbestand(&self) -> Result<Antwoordbestand, String> {
        let (Some(p), Some(zegel)) = (&self.pakket, &self.zegel) else {
            return Err("Lever eerst elke examendag in; daarna kunt u het antwoordbestand exporteren.".into());
        };
        Ok(Antwoordbestand {
            format: ANTWOORD_FORMAT.into(),
            schema_version: ANTWOORD_VERSIE,
            pakket: p.id.clone(),
            pakket_titel: p.titel.clone(),
            deelnemer: p.deelnemer.clone(),
            casussen: self
                .casussen
                .iter()
                .map(|c| Antwoordcasus { id: c.id.clone(), antwoord: c.antwoord.clone(), werk: c.werk.clone() })
                .collect(),
            dagen: self.dagen.clone(),
            controlegetal: zegel.clone(),
        })
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
                goud: Some(c.analyse(methode).pi5),
                antwoord: String::new(),
                werk: None,
            })
            .collect(),
        dagen: zitting::nieuwe_dagen(soort, minuten).into_iter().map(Dag::from).collect(),
        pakket: None,
        zegel: None,
    }
}

/// A sitting of a trainee's casus pack, by `deelnemer`: its casussen in the pack's order, each
/// with an empty analysis in the pack's method, and no Gouden Standaard.
pub fn pakketzitting(id: u64, datum: String, pakket: &Casuspakket, deelnemer: &str) -> Result<Zitting, String> {
    let deelnemer = deelnemer.trim();
    if deelnemer.is_empty() {
        return Err("Vul uw naam in: die gaat mee in het antwoordbestand voor de trainer.".into());
    }
    let Some(soort) = pakket.soort() else {
        return Err(format!("Het pakket ‘{}’ heeft geen 6 of 3 casussen.", pakket.titel));
    };
    Ok(Zitting {
        id,
        soort,
        vorige: None,
        datum,
        methode: pakket.methode,
        casussen: pakket
            .casussen
            .iter()
            .map(|c| Examencasus {
                id: c.opgave.id.clone(),
                titel: c.opgave.titel.clone(),
                goud: None,
                antwoord: String::new(),
                werk: Some(werkblad(&c.opgave, pakket.methode)),
            })
            .collect(),
        dagen: zitting::nieuwe_dagen(soort, pakket.minuten).into_iter().map(Dag::from).collect(),
        pakket: Some(Pakketbinding {
            id: pakket.id.clone(),
            titel: pakket.titel.clone(),
            sleutel: pakket.sleutel.clone(),
            deelnemer: deelnemer.to_string(),
        }),
        zegel: None,
    })
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

    /// Every exam and herexamen this dossier judges itself, as the domain reads it: a pack
    /// sitting is judged by the trainer.
    pub fn zittingen(&self) -> Vec<zitting::Zitting> {
        self.examens.iter().filter(|z| z.pakket.is_none()).map(Zitting::domein).collect()
    }

    /// The casussen of the earlier exams drawn from the app's pool, oldest first.
    pub fn getrokken(&self) -> Vec<String> {
        self.examens
            .iter()
            .filter(|z| z.pakket.is_none())
            .flat_map(|z| z.casussen.iter().map(|c| c.id.clone()))
            .collect()
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
            let werk = werkblad(casus, self.examenmethode);
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
        "deelnemer" => "Uw naam als deelnemer",
        "pakketten" => "Een casuspakket",
        "eigen_casussen" => "Een eigen casus",
        "uitgegeven" => "Een pakket van de trainer",
        "antwoorden" => "Een ingelezen antwoordbestand",
        _ => return None,
    };
    Some(naam.to_string())
}
