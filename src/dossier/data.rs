//! An area's `data` object and its typed form, both ways.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::bevinding::Bevinding;

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
