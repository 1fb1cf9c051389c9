//! The JSON Schema (draft 2020-12) of the dossier file and of each area's data, generated from the
//! Rust types (`--features schema` only; no page's wasm carries it). `cargo run --example schema
//! --features schema` writes them to `public/schema/`, where the app serves them; `tests/schema.rs`
//! fails when the files and the types differ, so the published format cannot drift.
//!
//! A schema describes the shape; the validator (`dossier::validate`) also checks what a schema
//! cannot say well (a date that exists, a number the reader accepts). Unknown keys are allowed
//! everywhere: a newer version's file stays readable, as the migration promise says.

use schemars::{schema_for, JsonSchema, Schema};
use serde_json::{json, Value};

use super::antwoordbestand::{Antwoordbestand, ANTWOORD_VERSIE};
use super::backup::{BACKUP_FORMAT, BACKUP_SCHEMA_VERSION};
use super::casuspakket::{Casuspakket, ANTWOORD_FORMAT, PAKKET_FORMAT, PAKKET_VERSIE};
use super::examentraining::ExamentrainingData;
use super::loonwaarde::LoonwaardeData;
use super::model::{Dossier, DossierSoort, MAX_TITEL_TEKENS, SCHEMA_VERSION};
use super::zelftoets::ZelftoetsData;
use crate::domain::examen::casus::{Casus, Casusindex};

/// The address of schema `naam` (`dossier`, `loonwaarde`, …): a URN, so it names the schema
/// wherever the app is hosted. The file is `public/schema/<naam>.schema.json`.
pub fn id(naam: &str) -> String {
    format!("urn:werkwaarde:schema:{naam}")
}

fn met_kop(mut schema: Schema, naam: &str, titel: &str) -> Value {
    schema.insert("$id".into(), json!(id(naam)));
    schema.insert("title".into(), json!(titel));
    schema.to_value()
}

fn gebied<T: JsonSchema>(naam: &str, titel: &str) -> Value {
    met_kop(schema_for!(T), naam, titel)
}

/// A file of its own kind: its `format` is one fixed text and its version at most this build's.
fn bestand<T: JsonSchema>(naam: &str, titel: &str, format: &str, versie: u32) -> Value {
    let mut schema = gebied::<T>(naam, titel);
    schema["properties"]["format"] = json!({ "const": format });
    schema["properties"]["schema_version"] = json!({ "type": "integer", "minimum": 1, "maximum": versie });
    schema
}

/// Every schema with its file name, in the order of the README.
pub fn schemas() -> Vec<(String, Value)> {
    let mut dossier = met_kop(schema_for!(Dossier), "dossier", "Werkwaarde-dossier");
    // What the types cannot say: the version this build writes and reads up to, the title's
    // length, and which area's data go with which kind.
    dossier["properties"]["schema_version"] = json!({ "type": "integer", "minimum": 1, "maximum": SCHEMA_VERSION });
    dossier["properties"]["title"] = json!({ "type": "string", "minLength": 1, "maxLength": MAX_TITEL_TEKENS });
    dossier["allOf"] = Value::Array(
        DossierSoort::ALLE
            .iter()
            .map(|s| {
                json!({
                    "if": { "properties": { "kind": { "const": s.sleutel() } } },
                    "then": { "properties": { "data": { "$ref": id(s.sleutel()) } } }
                })
            })
            .collect(),
    );
    let backup = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": id("backup"),
        "title": "Werkwaarde-backup (Alles exporteren)",
        "type": "object",
        "required": ["format", "schema_version", "created", "app_version", "dossiers"],
        "properties": {
            "format": { "const": BACKUP_FORMAT },
            "schema_version": { "type": "integer", "minimum": 1, "maximum": BACKUP_SCHEMA_VERSION },
            "created": { "type": "string", "format": "date-time" },
            "app_version": { "type": "string" },
            "dossiers": { "type": "array", "items": { "$ref": id("dossier") } },
            "beschadigd": {
                "description": "Storage entries that could not be read, as raw text, to be recovered by hand.",
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["sleutel", "ruw"],
                    "properties": { "sleutel": { "type": "string" }, "ruw": { "type": "string" } }
                }
            }
        }
    });
    // A casus is read through the file's plain object, in which `gouden_standaard` may be absent
    // (a trainee's pack); a casus of its own must have it.
    let mut casus = gebied::<Casus>("casus", "Oefencasus met Gouden Standaard");
    if let Some(Value::Array(verplicht)) = casus.get_mut("required") {
        verplicht.push(json!("gouden_standaard"));
    }
    vec![
        ("dossier".into(), dossier),
        ("zelftoets".into(), gebied::<ZelftoetsData>("zelftoets", "Data van een zelftoets")),
        ("loonwaarde".into(), gebied::<LoonwaardeData>("loonwaarde", "Data van een loonwaardedossier")),
        ("examentraining".into(), gebied::<ExamentrainingData>("examentraining", "Data van een examentraining")),
        ("backup".into(), backup),
        ("casus".into(), casus),
        ("casusindex".into(), gebied::<Vec<Casusindex>>("casusindex", "Lijst van de oefencasussen")),
        (
            "casuspakket".into(),
            bestand::<Casuspakket>("casuspakket", "Casuspakket van een trainer", PAKKET_FORMAT, PAKKET_VERSIE),
        ),
        (
            "antwoordbestand".into(),
            bestand::<Antwoordbestand>(
                "antwoordbestand",
                "Antwoordbestand van een deelnemer",
                ANTWOORD_FORMAT,
                ANTWOORD_VERSIE,
            ),
        ),
    ]
}

/// The file text of a schema, as written to `public/schema/`.
pub fn tekst(schema: &Value) -> String {
    let mut t = serde_json::to_string_pretty(schema).unwrap_or_default();
    t.push('\n');
    t
}
