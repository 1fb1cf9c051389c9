//! What a user saves and shares: the dossier file format, its migration from older versions, its
//! validation and its export.
//!
//! The same JSON is written to browser storage and to an exported file, so a stored entry is read
//! back through the very validator an imported file goes through.

pub mod examentraining;
pub mod examenuitslag;
mod export;
pub mod ics;
pub mod invoer;
pub mod loonwaarde;
mod migreer;
mod model;
pub mod planner;
pub mod simulator;
pub mod sterren;
mod validate;
pub mod zelftoets;

pub use export::{bestandsnaam, iso_datum, lees_iso_datum, naar_json};
pub use migreer::{migreer, Stap, STAPPEN};
pub use model::{Dossier, DossierSoort, Format, TitelFout, FORMAT, MAX_TITEL_TEKENS, SCHEMA_VERSION};
pub use validate::{lees, lees_import, Bevinding, ImportFout, MAX_IMPORT_BYTES};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Reads an area's `data` object into its typed form; a field of the wrong type is reported at
/// its JSON path (missing fields take their defaults).
pub fn data_uit<T: DeserializeOwned>(data: &Map<String, Value>) -> Result<T, Bevinding> {
    serde_path_to_error::deserialize(Value::Object(data.clone())).map_err(|e| {
        let pad = e.path().to_string();
        let pad = if pad == "." { "$.data".to_string() } else { format!("$.data.{pad}") };
        Bevinding { pad, melding: format!("ongeldige waarde ({})", e.inner()) }
    })
}

/// An area's typed data as the `data` object of its dossier.
pub fn data_naar_map<T: Serialize>(data: &T) -> Map<String, Value> {
    match serde_json::to_value(data) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}
