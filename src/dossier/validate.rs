//! Turns any bytes into either a dossier or a Dutch explanation of what is wrong with them.
//!
//! The checks walk the JSON by hand instead of leaning on serde's error text, so every problem is
//! reported at its JSON path, in Dutch, and all field problems are reported at once.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::data::sleutel_in_pad;
use super::examentraining::ExamentrainingData;
use super::importfout::ImportFout;
use super::loonwaarde::LoonwaardeData;
use super::model::{Dossier, DossierSoort, Format, TitelFout, FORMAT, MAX_TITEL_TEKENS, SCHEMA_VERSION};
use super::zelftoets::ZelftoetsData;
use crate::domain::tekst::met_hoofdletter;

/// The largest file the importer reads: 10 MB (decimal megabytes, 10 000 000 bytes).
pub const MAX_IMPORT_BYTES: u64 = 10_000_000;

/// Reads an imported file. The size is checked before anything is parsed.
pub fn lees_import(bytes: &[u8]) -> Result<Dossier, ImportFout> {
    let grootte = bytes.len() as u64;
    if grootte > MAX_IMPORT_BYTES {
        return Err(ImportFout::TeGroot { bytes: grootte });
    }
    let tekst = std::str::from_utf8(bytes).map_err(|_| ImportFout::GeenTekst)?;
    lees(tekst.strip_prefix('\u{feff}').unwrap_or(tekst))
}

/// Reads dossier JSON, from a file or from browser storage, the area data of every kind included.
pub fn lees(tekst: &str) -> Result<Dossier, ImportFout> {
    lees_met(tekst, Controle::ALLES)
}

/// Reads dossier JSON, checking the area data of the kinds `controle` names (see `Controle`).
pub fn lees_met(tekst: &str, controle: Controle) -> Result<Dossier, ImportFout> {
    if tekst.trim().is_empty() {
        return Err(ImportFout::Leeg);
    }
    let waarde: Value =
        serde_json::from_str(tekst).map_err(|e| ImportFout::GeenJson { regel: e.line(), kolom: e.column() })?;
    lees_waarde_met(waarde, controle)
}

/// Reads parsed dossier JSON: a file's, a stored entry's, or one dossier of a backup.
pub fn lees_waarde(waarde: Value) -> Result<Dossier, ImportFout> {
    lees_waarde_met(waarde, Controle::ALLES)
}

/// Checks an area's `data` as that area reads it; the finding, if any.
pub type Inhoudscontrole = fn(&Map<String, Value>) -> Option<Bevinding>;

/// The kinds whose area data a reader checks. Each reader is the area's own typed reading, which
/// is large: a page that only lists other kinds' dossiers (and opens them on their own page,
/// which checks them) links only the readers of the areas it shows. The envelope (format,
/// version, kind, title, times) is checked always.
#[derive(Clone, Copy)]
pub struct Controle {
    pub zelftoets: Option<Inhoudscontrole>,
    pub loonwaarde: Option<Inhoudscontrole>,
    pub examentraining: Option<Inhoudscontrole>,
}

impl Controle {
    /// Every kind: for an import, a backup and any page that has them.
    pub const ALLES: Controle = Controle {
        zelftoets: Some(zelftoets_fout),
        loonwaarde: Some(loonwaarde_fout),
        examentraining: Some(examentraining_fout),
    };

    /// No kind: the envelope only.
    pub const GEEN: Controle = Controle { zelftoets: None, loonwaarde: None, examentraining: None };

    /// This check, with the area data of `soort` checked by `lezer` too.
    pub const fn met(self, soort: DossierSoort, lezer: Inhoudscontrole) -> Controle {
        match soort {
            DossierSoort::Zelftoets => Controle { zelftoets: Some(lezer), ..self },
            DossierSoort::Loonwaarde => Controle { loonwaarde: Some(lezer), ..self },
            DossierSoort::Examentraining => Controle { examentraining: Some(lezer), ..self },
        }
    }
}

pub fn zelftoets_fout(data: &Map<String, Value>) -> Option<Bevinding> {
    ZelftoetsData::uit(data).err()
}

pub fn loonwaarde_fout(data: &Map<String, Value>) -> Option<Bevinding> {
    LoonwaardeData::uit(data).err()
}

pub fn examentraining_fout(data: &Map<String, Value>) -> Option<Bevinding> {
    ExamentrainingData::uit(data).err()
}

fn lees_waarde_met(waarde: Value, controle: Controle) -> Result<Dossier, ImportFout> {
    let versie = match &waarde {
        Value::Object(o) if o.get("format").and_then(Value::as_str) == Some(FORMAT) => controleer_versie(o)?,
        Value::Object(o) => match super::casuspakket::examenbestand(o) {
            Some(soort) => return Err(ImportFout::Examenbestand { soort }),
            None => return Err(ImportFout::GeenWerkwaardeDossier),
        },
        _ => return Err(ImportFout::GeenWerkwaardeDossier),
    };
    // An older file is brought up to the current schema first, so everything below checks the
    // current format only.
    let waarde = super::migreer::migreer(versie, waarde)?;
    let object = match &waarde {
        Value::Object(o) => o,
        _ => return Err(ImportFout::GeenWerkwaardeDossier),
    };

    let mut bevindingen = Vec::new();
    let kind = veld(object, "kind", &mut bevindingen, "een tekst", Value::as_str).and_then(|s| {
        let soort = DossierSoort::uit_sleutel(s);
        if soort.is_none() {
            bevindingen.push(Bevinding {
                pad: "$.kind".into(),
                melding: format!(
                    "De soort dossier \u{201c}{}\u{201d} bestaat niet; het moet zelftoets, loonwaarde of examentraining zijn",
                    kort(s)
                ),
            });
        }
        soort
    });
    let title =
        veld(object, "title", &mut bevindingen, "een tekst", Value::as_str).and_then(
            |s| match Dossier::controleer_titel(s) {
                Ok(t) => Some(t),
                Err(fout) => {
                    let melding = match fout {
                        TitelFout::Leeg => "De titel is leeg; geef het dossier een titel".to_string(),
                        TitelFout::TeLang { tekens } => {
                            format!(
                                "De titel is {tekens} tekens lang; hoogstens {MAX_TITEL_TEKENS} tekens zijn toegestaan"
                            )
                        }
                    };
                    bevindingen.push(Bevinding { pad: "$.title".into(), melding });
                    None
                }
            },
        );
    let created = tijdstip(object, "created", &mut bevindingen);
    let updated = tijdstip(object, "updated", &mut bevindingen);
    let app_version = veld(object, "app_version", &mut bevindingen, "een tekst", Value::as_str);
    let data = veld(object, "data", &mut bevindingen, "een object", Value::as_object);

    // The area's own content is checked too, so a shared file never opens half-broken.
    if let (Some(kind), Some(data)) = (kind, data) {
        bevindingen.extend(inhoud_fout(kind, data, controle));
    }
    if let Some(data) = data {
        bevindingen.extend(onbewaarbaar_getal(data, &mut "$.data".to_string()));
    }

    match (kind, title, created, updated, app_version, data) {
        (Some(kind), Some(title), Some(created), Some(updated), Some(app_version), Some(data))
            if bevindingen.is_empty() =>
        {
            Ok(Dossier {
                format: Format,
                schema_version: SCHEMA_VERSION,
                kind,
                title,
                created,
                updated,
                app_version: app_version.to_string(),
                data: data.clone(),
            })
        }
        _ => Err(ImportFout::Velden(bevindingen)),
    }
}

/// What is wrong with an area's `data`, read as that area reads it, where `controle` checks that
/// kind. Every kind is named, so a new area cannot be added without saying how its data are
/// checked.
fn inhoud_fout(kind: DossierSoort, data: &Map<String, Value>, controle: Controle) -> Option<Bevinding> {
    let lezer = match kind {
        DossierSoort::Loonwaarde => controle.loonwaarde,
        DossierSoort::Zelftoets => controle.zelftoets,
        DossierSoort::Examentraining => controle.examentraining,
    };
    lezer.and_then(|lees| lees(data))
}

/// A fraction in `data` that would not read back as itself once the dossier is written out, with
/// its path. serde_json writes a fraction in its shortest exact form, but reads one with many digits
/// or a large exponent only to within a few units in the last place (exact reading, its
/// `float_roundtrip` feature, costs wasm), so such a number would change on every save and read:
/// it is refused. No area stores fractions (their numbers are text, as typed), so only a file made
/// elsewhere can hold one.
fn onbewaarbaar_getal(object: &Map<String, Value>, pad: &mut String) -> Option<Bevinding> {
    let lengte = pad.len();
    for (sleutel, waarde) in object {
        sleutel_in_pad(pad, sleutel);
        let gevonden = onbewaarbaar_in(waarde, pad);
        pad.truncate(lengte);
        if gevonden.is_some() {
            return gevonden;
        }
    }
    None
}

fn onbewaarbaar_in(waarde: &Value, pad: &mut String) -> Option<Bevinding> {
    match waarde {
        Value::Number(n) if n.is_f64() => {
            let tekst = n.to_string();
            (serde_json::from_str::<Value>(&tekst).ok().as_ref() != Some(waarde)).then(|| Bevinding {
                pad: pad.clone(),
                melding: format!(
                    "het getal {tekst} kan niet ongewijzigd worden bewaard: het verandert bij elke keer opslaan en \
                     weer inlezen"
                ),
            })
        }
        Value::Array(lijst) => {
            let lengte = pad.len();
            for (i, w) in lijst.iter().enumerate() {
                pad.push_str(&format!("[{i}]"));
                let gevonden = onbewaarbaar_in(w, pad);
                pad.truncate(lengte);
                if gevonden.is_some() {
                    return gevonden;
                }
            }
            None
        }
        Value::Object(object) => onbewaarbaar_getal(object, pad),
        _ => None,
    }
}

/// The file's schema version; anything that is not a whole number of at least 1 is a finding
/// at `$.schema_version`, and a version newer than this build reads is refused.
fn controleer_versie(object: &Map<String, Value>) -> Result<u64, ImportFout> {
    let bevinding =
        |melding: String| Err(ImportFout::Velden(vec![Bevinding { pad: "$.schema_version".into(), melding }]));
    match object.get("schema_version") {
        None => bevinding(format!("{} ontbreekt", met_hoofdletter(veldnaam("schema_version")))),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v > SCHEMA_VERSION => Err(ImportFout::NieuwereVersie { versie: v }),
            Some(v) if v >= 1 => Ok(v),
            _ => bevinding(format!("De schemaversie moet een geheel getal van 1 of hoger zijn, maar is {n}")),
        },
        Some(ander) => bevinding(format!("De schemaversie moet een geheel getal zijn, maar is {}", soort(ander))),
    }
}

/// Looks up a required field and checks its JSON type, recording a finding when it is off.
fn veld<'a, T: ?Sized>(
    object: &'a Map<String, Value>,
    naam: &str,
    bevindingen: &mut Vec<Bevinding>,
    verwacht: &str,
    als: impl Fn(&'a Value) -> Option<&'a T>,
) -> Option<&'a T> {
    let pad = format!("$.{naam}");
    match object.get(naam) {
        None => {
            bevindingen.push(Bevinding { pad, melding: format!("{} ontbreekt", met_hoofdletter(veldnaam(naam))) });
            None
        }
        Some(waarde) => {
            let gevonden = als(waarde);
            if gevonden.is_none() {
                let melding =
                    format!("{} moet {verwacht} zijn, maar is {}", met_hoofdletter(veldnaam(naam)), soort(waarde));
                bevindingen.push(Bevinding { pad, melding });
            }
            gevonden
        }
    }
}

fn tijdstip(object: &Map<String, Value>, naam: &str, bevindingen: &mut Vec<Bevinding>) -> Option<DateTime<Utc>> {
    let tekst = veld(object, naam, bevindingen, "een datum en tijd (als tekst)", Value::as_str)?;
    match DateTime::parse_from_rfc3339(tekst) {
        Ok(t) => Some(t.with_timezone(&Utc)),
        Err(_) => {
            bevindingen.push(Bevinding {
                pad: format!("$.{naam}"),
                melding: format!(
                    "{} \u{201c}{}\u{201d} is geen geldige datum en tijd; schrijf bijvoorbeeld 2026-11-22T08:00:00Z",
                    met_hoofdletter(veldnaam(naam)),
                    kort(tekst)
                ),
            });
            None
        }
    }
}

fn kort(tekst: &str) -> String {
    if tekst.chars().count() > 40 {
        format!("{}…", tekst.chars().take(40).collect::<String>())
    } else {
        tekst.to_string()
    }
}

/// What a top-level field of the file is, in plain Dutch; its JSON path follows in the message.
fn veldnaam(naam: &str) -> &'static str {
    match naam {
        "kind" => "de soort dossier",
        "title" => "de titel",
        "created" => "de aanmaakdatum",
        "updated" => "de datum van de laatste wijziging",
        "app_version" => "de versie van Werkwaarde",
        "data" => "de inhoud",
        "schema_version" => "de schemaversie",
        _ => "een verplicht veld",
    }
}

fn soort(waarde: &Value) -> &'static str {
    match waarde {
        Value::Null => "een lege waarde",
        Value::Bool(_) => "waar/onwaar",
        Value::Number(_) => "een getal",
        Value::String(_) => "een tekst",
        Value::Array(_) => "een lijst",
        Value::Object(_) => "een object",
    }
}
