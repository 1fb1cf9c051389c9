//! A casus pack: the casussen a trainer hands out as one exam, a file of its own kind
//! (`format` `werkwaarde-casuspakket`, with its schema under `public/schema/`). The trainer keeps
//! the version with the Gouden Standaard; trainees get the one without it, and hand back an
//! answer file (`antwoordbestand`) that names the pack.
//!
//! Read like a dossier: the format is checked, an older version is migrated step by step, a newer
//! one is refused with a message, and every casus with a Gouden Standaard is recomputed through
//! the loonwaarde rules (`casus::controleer`) before anything is kept.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::data::data_uit;
use super::export::slug;
use crate::domain::examen::casus::{controleer, controleer_opgave, Casus, Casusbestand, GoudenStandaard, Opgave};
use crate::domain::examen::zitting::{self, Soort};
use crate::domain::loonwaarde::Methode;

pub const PAKKET_FORMAT: &str = "werkwaarde-casuspakket";
/// The version this build writes; `PAKKET_STAPPEN` brings every older one up to it.
pub const PAKKET_VERSIE: u32 = 1;
/// A pack of six casussen is some 60 KB; anything near this is not a pack.
pub const MAX_PAKKET_BYTES: usize = 2 * 1024 * 1024;

/// The `format` of the other Werkwaarde files, to say what a wrong file is.
pub const DOSSIER_FORMAT: &str = super::FORMAT;
pub const ANTWOORD_FORMAT: &str = "werkwaarde-antwoorden";

/// Migration steps: `PAKKET_STAPPEN[i]` turns version `i + 1` into `i + 2`. Version 1 is the
/// first, so there is none yet; the day the format changes, its step goes here and the reader
/// below applies it to every older file.
pub const PAKKET_STAPPEN: &[fn(&mut Map<String, Value>)] = &[];

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Casuspakket {
    /// Always `werkwaarde-casuspakket`.
    pub format: String,
    pub schema_version: u32,
    /// Names the pack in every answer file made for it.
    pub id: String,
    pub titel: String,
    /// ISO date the trainer made the pack.
    pub gemaakt: String,
    /// The method the exam is judged in.
    pub methode: Methode,
    /// Minutes per examendag.
    pub minuten: u32,
    /// Key of the answer files' controlegetal.
    pub sleutel: String,
    pub casussen: Vec<Pakketcasus>,
}

/// A casus in a pack: its opgave, and its Gouden Standaard in the trainer's version only. In the
/// file it is a casus file's object (`Casusbestand`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "Casusbestand", into = "Casusbestand")]
pub struct Pakketcasus {
    pub opgave: Opgave,
    pub gouden_standaard: Option<GoudenStandaard>,
}

impl From<Casusbestand> for Pakketcasus {
    fn from(b: Casusbestand) -> Pakketcasus {
        let (opgave, gouden_standaard) = b.delen();
        Pakketcasus { opgave, gouden_standaard }
    }
}

impl From<Pakketcasus> for Casusbestand {
    fn from(c: Pakketcasus) -> Casusbestand {
        Casusbestand::van(c.opgave, c.gouden_standaard)
    }
}

/// What `nieuw` needs besides the casussen.
pub struct Pakketgegevens {
    pub id: String,
    pub titel: String,
    pub gemaakt: String,
    pub methode: Methode,
    pub minuten: u32,
    pub sleutel: String,
}

impl Casuspakket {
    /// A trainer's pack of these casussen, checked as an imported one would be.
    pub fn nieuw(g: Pakketgegevens, casussen: Vec<Casus>) -> Result<Casuspakket, Vec<String>> {
        let p = Casuspakket {
            format: PAKKET_FORMAT.into(),
            schema_version: PAKKET_VERSIE,
            id: g.id,
            titel: g.titel.trim().to_string(),
            gemaakt: g.gemaakt,
            methode: g.methode,
            minuten: g.minuten,
            sleutel: g.sleutel,
            casussen: casussen
                .into_iter()
                .map(|c| Pakketcasus { opgave: c.opgave, gouden_standaard: Some(c.gouden_standaard) })
                .collect(),
        };
        let fouten = controleer_pakket(&p);
        if fouten.is_empty() {
            Ok(p)
        } else {
            Err(fouten)
        }
    }

    /// Six casussen are an exam over two days, three a herexamen in one sitting.
    pub fn soort(&self) -> Option<Soort> {
        [Soort::Examen, Soort::Herexamen].into_iter().find(|s| s.casussen() == self.casussen.len())
    }

    /// The trainer's version: every casus has its Gouden Standaard.
    pub fn met_goud(&self) -> bool {
        !self.casussen.is_empty() && self.casussen.iter().all(|c| c.gouden_standaard.is_some())
    }

    /// The version for trainees: the same pack without any Gouden Standaard.
    pub fn voor_deelnemers(&self) -> Casuspakket {
        let mut p = self.clone();
        for c in &mut p.casussen {
            c.gouden_standaard = None;
        }
        p
    }

    /// The casussen with their Gouden Standaard; `None` for a trainee's version.
    pub fn met_gouden_standaard(&self) -> Option<Vec<Casus>> {
        self.casussen
            .iter()
            .map(|c| c.gouden_standaard.clone().map(|g| Casus { opgave: c.opgave.clone(), gouden_standaard: g }))
            .collect()
    }

    pub fn naar_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// File name of an export: the title in plain letters, and which version it is.
    pub fn bestandsnaam(&self, voor_trainer: bool) -> String {
        let stam = slug(&self.titel);
        let stam = if stam.is_empty() { "casuspakket".to_string() } else { stam };
        format!("{stam}-{}.json", if voor_trainer { "trainer-met-gouden-standaard" } else { "deelnemers" })
    }
}

/// Everything that makes a pack unusable, in Dutch; empty when it is sound.
pub fn controleer_pakket(p: &Casuspakket) -> Vec<String> {
    let mut fouten = Vec::new();
    if p.titel.trim().is_empty() {
        fouten.push("Geef het pakket een titel.".to_string());
    }
    if p.id.trim().is_empty() || p.sleutel.len() < 16 {
        fouten.push("Het pakket mist zijn kenmerk of sleutel.".to_string());
    }
    if p.soort().is_none() {
        fouten.push(format!(
            "Een pakket heeft {} casussen (een examen over twee dagen) of {} (een herexamen); dit pakket heeft er {}.",
            Soort::Examen.casussen(),
            Soort::Herexamen.casussen(),
            p.casussen.len()
        ));
    }
    if let Err(f) = zitting::examenduur(Some(p.minuten)) {
        fouten.push(format!("Minuten per examendag: {f}"));
    }
    let mut ids: Vec<&str> = Vec::new();
    for c in &p.casussen {
        if ids.contains(&c.opgave.id.as_str()) {
            fouten.push(format!("De casus {} staat twee keer in het pakket.", c.opgave.id));
        }
        ids.push(&c.opgave.id);
        match &c.gouden_standaard {
            Some(g) => fouten.extend(controleer(&Casus { opgave: c.opgave.clone(), gouden_standaard: g.clone() })),
            None => fouten.extend(controleer_opgave(&c.opgave)),
        }
    }
    let met = p.casussen.iter().filter(|c| c.gouden_standaard.is_some()).count();
    if met > 0 && met < p.casussen.len() {
        fouten.push("Een pakket heeft de Gouden Standaard bij alle casussen of bij geen enkele.".to_string());
    }
    fouten
}

/// A casus pack or an answer file, in words (for a message where another file was expected).
pub fn examenbestand(object: &Map<String, Value>) -> Option<&'static str> {
    match object.get("format").and_then(Value::as_str)? {
        PAKKET_FORMAT => Some("een casuspakket"),
        ANTWOORD_FORMAT => Some("een antwoordbestand"),
        _ => None,
    }
}

/// What a Werkwaarde file is, in words, for the message when it is not the kind expected.
pub fn soort_bestand(object: &Map<String, Value>) -> Option<&'static str> {
    examenbestand(object).or(match object.get("format").and_then(Value::as_str)? {
        DOSSIER_FORMAT => Some("een dossier"),
        "werkwaarde-backup" => Some("een back-up"),
        _ => None,
    })
}

/// Reads the object of a Werkwaarde file of kind `format` and brings it to `huidige` version
/// through `stappen`; `wat` names the kind in messages ("casuspakket").
pub fn lees_object(
    tekst: &str,
    format: &str,
    wat: &str,
    huidige: u32,
    stappen: &[fn(&mut Map<String, Value>)],
) -> Result<Map<String, Value>, String> {
    if tekst.len() > MAX_PAKKET_BYTES {
        return Err(format!("Dit bestand is te groot voor {wat}."));
    }
    let Ok(Value::Object(mut object)) = serde_json::from_str::<Value>(tekst.trim_start_matches('\u{feff}')) else {
        return Err(format!("Dit bestand is geen {wat}: het is geen leesbare JSON."));
    };
    if object.get("format").and_then(Value::as_str) != Some(format) {
        return Err(match soort_bestand(&object) {
            Some(ander) => format!("Dit is {ander}, geen {wat}."),
            None => format!("Dit bestand is geen {wat} van Werkwaarde."),
        });
    }
    let versie = match object.get("schema_version").and_then(Value::as_u64) {
        Some(v) if v >= 1 => v,
        _ => return Err(format!("Dit {wat} mist zijn formaatversie (schema_version).")),
    };
    if versie > u64::from(huidige) {
        return Err(format!(
            "Dit {wat} is gemaakt met een nieuwere versie van Werkwaarde (formaatversie {versie}; deze versie leest \
             tot en met {huidige}). Herlaad de pagina om de app bij te werken en probeer het opnieuw."
        ));
    }
    for stap in stappen.iter().skip(versie as usize - 1) {
        stap(&mut object);
    }
    object.insert("schema_version".into(), Value::from(huidige));
    Ok(object)
}

/// Reads a pack file; `Err` is one Dutch message, and nothing is kept.
pub fn lees_pakket(tekst: &str) -> Result<Casuspakket, String> {
    let object = lees_object(tekst, PAKKET_FORMAT, "casuspakket", PAKKET_VERSIE, PAKKET_STAPPEN)?;
    let p: Casuspakket = data_uit(&object).map_err(|b| {
        format!("Dit casuspakket is beschadigd: bij {} {}.", b.pad.replacen("$.data", "$", 1), b.melding)
    })?;
    let fouten = controleer_pakket(&p);
    if !fouten.is_empty() {
        return Err(format!("Dit casuspakket klopt niet: {}", fouten.join(" ")));
    }
    Ok(p)
}
