//! The answer file a trainee hands back for a casus pack (`format` `werkwaarde-antwoorden`): per
//! casus the Pi5 as typed and the analysis in the calculator, the times of every examendag, and a
//! controlegetal sealed at the hand-in (`zegel`). The trainer reads the files of the group here and
//! grades them against the pack's Gouden Standaard (`domain::examen::groep`).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::casuspakket::{lees_object, Casuspakket, ANTWOORD_FORMAT};
use super::data::data_uit;
use super::examendag::Dag;
use super::export::{csv_tekst, slug};
use super::loonwaarde::{domeintaken, LoonwaardeData};
use super::zegel::{controlegetal, Verzegeld};
use crate::domain::examen::groep::{banden, beoordeel_groep, Groepsoordeel, Inzending};
use crate::domain::examen::zitting::{self, Soort};
use crate::domain::getal::nl_kort;
use crate::domain::lezen::{lees_getal, Getalsoort};

pub const ANTWOORD_VERSIE: u32 = 1;
/// Migration steps, as for the pack (`casuspakket::PAKKET_STAPPEN`); none yet.
pub const ANTWOORD_STAPPEN: &[fn(&mut Map<String, Value>)] = &[];

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Antwoordbestand {
    /// Always `werkwaarde-antwoorden`.
    pub format: String,
    pub schema_version: u32,
    /// The id of the pack the answers are for.
    pub pakket: String,
    pub pakket_titel: String,
    pub deelnemer: String,
    pub casussen: Vec<Antwoordcasus>,
    pub dagen: Vec<Dag>,
    /// SHA-256, hexadecimal, over the pack's key, the trainee, every answer and analysis, and the
    /// times (`zegel::controlegetal`).
    pub controlegetal: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Antwoordcasus {
    pub id: String,
    /// The Pi5 per uur as typed.
    pub antwoord: String,
    /// The analysis in the calculator, where the trainee made one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub werk: Option<LoonwaardeData>,
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

impl Antwoordbestand {
    /// The controlegetal these contents should have with `sleutel`.
    pub fn bereken_controlegetal(&self, sleutel: &str) -> String {
        let casussen: Vec<Verzegeld> = self
            .casussen
            .iter()
            .map(|c| Verzegeld { id: &c.id, antwoord: &c.antwoord, werk: c.werk.as_ref() })
            .collect();
        controlegetal(sleutel, &self.pakket, &self.deelnemer, &casussen, &self.dagen)
    }

    pub fn naar_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn bestandsnaam(&self) -> String {
        let naam = slug(&self.deelnemer);
        format!("antwoorden-{}-{}.json", if naam.is_empty() { "deelnemer" } else { &naam }, self.pakket)
    }
}

/// Whether two names are the same trainee: case and spaces around do not count.
pub fn zelfde_deelnemer(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Reads an answer file for one of the trainer's `pakketten`, refusing one that is for another
/// pack, already read (`ingelezen`), not handed in, or changed after the hand-in. `Err` is one
/// Dutch message, and nothing is kept.
pub fn lees_antwoordbestand(
    tekst: &str,
    pakketten: &[Casuspakket],
    ingelezen: &[Antwoordbestand],
) -> Result<Antwoordbestand, String> {
    let object = lees_object(tekst, ANTWOORD_FORMAT, "antwoordbestand", ANTWOORD_VERSIE, ANTWOORD_STAPPEN)?;
    let a: Antwoordbestand = data_uit(&object).map_err(|b| {
        format!("Dit antwoordbestand is beschadigd: bij {} {}.", b.pad.replacen("$.data", "$", 1), b.melding)
    })?;
    let Some(pakket) = pakketten.iter().find(|p| p.id == a.pakket) else {
        return Err(format!(
            "Dit antwoordbestand hoort bij het pakket ‘{}’, dat niet in deze examentraining staat. Lees het in bij \
             het trainerspakket waarvoor het gemaakt is, of importeer eerst dat trainerspakket.",
            a.pakket_titel
        ));
    };
    if a.deelnemer.trim().is_empty() {
        return Err("Dit antwoordbestand noemt geen deelnemer.".into());
    }
    let ids: Vec<&str> = pakket.casussen.iter().map(|c| c.opgave.id.as_str()).collect();
    if a.casussen.iter().map(|c| c.id.as_str()).collect::<Vec<_>>() != ids {
        return Err(format!(
            "De casussen in het antwoordbestand van {} komen niet overeen met het pakket ‘{}’.",
            a.deelnemer, pakket.titel
        ));
    }
    let dagen = pakket.soort().map_or(0, Soort::dagen);
    if a.dagen.len() != dagen || a.dagen.iter().any(|d| d.ingeleverd.is_none()) {
        return Err(format!(
            "Het antwoordbestand van {} is niet ingeleverd: elke examendag moet zijn ingeleverd voordat het \
             bestand wordt gemaakt.",
            a.deelnemer
        ));
    }
    if a.bereken_controlegetal(&pakket.sleutel) != a.controlegetal {
        return Err(format!(
            "Het antwoordbestand van {} is na het inleveren gewijzigd: het controlegetal past niet bij de antwoorden \
             en tijden. Er is niets ingelezen; vraag om het bestand zoals het uit Werkwaarde kwam.",
            a.deelnemer
        ));
    }
    let eerder = ingelezen.iter().filter(|i| i.pakket == a.pakket);
    for i in eerder {
        if i.controlegetal == a.controlegetal {
            return Err(format!("Het antwoordbestand van {} voor dit pakket is al ingelezen.", a.deelnemer));
        }
        if zelfde_deelnemer(&i.deelnemer, &a.deelnemer) {
            return Err(format!(
                "Van {} is voor dit pakket al een ander antwoordbestand ingelezen. Verwijder dat eerst als dit het \
                 juiste is.",
                a.deelnemer
            ));
        }
    }
    Ok(a)
}

/// The group's grading for `pakket` (the trainer's, with its Gouden Standaard) from the answer
/// files read for it; `None` for a pack without its Gouden Standaard. A herexamen is judged by
/// the trainee's exam, found among `alle` files of the trainer's other packs.
pub fn groep(pakket: &Casuspakket, alle: &[Antwoordbestand], pakketten: &[Casuspakket]) -> Option<Groepsoordeel> {
    let casussen = pakket.met_gouden_standaard()?;
    let soort = pakket.soort()?;
    let inzendingen: Vec<Inzending> = alle
        .iter()
        .filter(|a| a.pakket == pakket.id)
        .map(|a| Inzending {
            deelnemer: a.deelnemer.clone(),
            antwoorden: antwoorden(a),
            analyses: a
                .casussen
                .iter()
                .map(|c| c.werk.as_ref().filter(|w| !w.taken.is_empty()).map(domeintaken))
                .collect(),
            dagen: a.dagen.iter().map(zitting::Dag::from).collect(),
            examen_binnen: (soort == Soort::Herexamen).then(|| examen_binnen(&a.deelnemer, alle, pakketten)).flatten(),
        })
        .collect();
    Some(beoordeel_groep(&casussen, pakket.methode, soort, &inzendingen))
}

/// How many of `deelnemer`'s latest exam (a pack of six) were within the band.
fn examen_binnen(deelnemer: &str, alle: &[Antwoordbestand], pakketten: &[Casuspakket]) -> Option<usize> {
    pakketten.iter().rev().filter(|p| p.soort() == Some(Soort::Examen)).find_map(|p| {
        let a = alle.iter().find(|a| a.pakket == p.id && zelfde_deelnemer(&a.deelnemer, deelnemer))?;
        let goud: Vec<Decimal> = p.met_gouden_standaard()?.iter().map(|c| c.analyse(p.methode).pi5).collect();
        Some(banden(&goud, &antwoorden(a)).iter().filter(|o| o.binnen).count())
    })
}

/// The answers of a file as read: empty or unreadable is none (outside the band).
fn antwoorden(a: &Antwoordbestand) -> Vec<Option<Decimal>> {
    a.casussen.iter().map(|c| lees_antwoord(&c.antwoord).ok().flatten()).collect()
}

/// The grading as CSV for a spreadsheet: one row per trainee and casus, `;`-separated with
/// decimal commas as Dutch spreadsheets expect.
pub fn groep_csv(pakket: &Casuspakket, g: &Groepsoordeel) -> String {
    let mut regels = vec![
        "Pakket;Deelnemer;Casus;Titel;Antwoord Pi5;Gouden Standaard Pi5;Afwijking %;Binnen de bandbreedte;Uitslag deelnemer"
            .to_string(),
    ];
    for d in &g.deelnemers {
        for (o, c) in d.oordelen.iter().zip(&g.casussen) {
            // A spreadsheet reads a number with an ASCII minus, not the typographic one the
            // screen shows.
            let getal = |g: rust_decimal::Decimal| nl_kort(g, 2).replace('\u{2212}', "-");
            let velden = [
                pakket.titel.clone(),
                d.deelnemer.clone(),
                c.casus_id.clone(),
                c.titel.clone(),
                o.antwoord.map(getal).unwrap_or_default(),
                getal(o.goud),
                o.afwijking.map(getal).unwrap_or_default(),
                if o.binnen { "ja" } else { "nee" }.to_string(),
                d.kort.naam().to_string(),
            ];
            regels.push(velden.iter().map(|v| csv_veld(v)).collect::<Vec<_>>().join(";"));
        }
    }
    regels.join("\r\n") + "\r\n"
}

fn csv_veld(v: &str) -> String {
    // A cell a spreadsheet would run as a formula is written as text; a negative number stays one.
    let getal = v.strip_prefix('-').is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit() || c == ','));
    if v.starts_with(['=', '+', '-', '@']) && !getal {
        csv_tekst(&format!("'{v}"))
    } else {
        csv_tekst(v)
    }
}
