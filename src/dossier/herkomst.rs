//! Where a stored version of a dossier comes from, so two tabs can merge their edits.
//!
//! Browser storage has no compare-and-swap, and another tab hears of a write only later: two tabs
//! can each write their own edit before either hears of the other's. A version therefore says
//! which versions it includes (`kent`), by their mark (`merk`, a hash of the dossier's compact
//! JSON). A tab that hears of a version that does not include its own last write knows the two
//! crossed, and merges both over the newest version they share.
//!
//! The record travels with the stored text itself, as one extra top-level key written last, so it
//! is exactly as current as the dossier it describes (a second key would be written separately).
//! The validator ignores unknown top-level keys, and an export is written from memory, so a
//! shared file never carries it.

use serde_json::{Map, Value};

/// The stored text's extra key. It starts with an underscore: never a field of the file format.
pub const SLEUTEL: &str = "_herkomst";
/// How many marks a version carries: enough for the versions two tabs can cross with.
pub const MAX_KENT: usize = 64;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Herkomst {
    /// This version's own mark (`merk_voor`).
    pub merk: u64,
    /// The marks of the versions this one includes (written, read or merged in), oldest first.
    pub kent: Vec<u64>,
    /// The `Conflict`s the writing tab still asks about, each as its path and the value it holds
    /// as the other tab's: its own value there is not a choice yet.
    pub open: Vec<(String, Option<Value>)>,
    /// The `Conflict`s a person settled in the writing tab since its previous write, each as its
    /// path and the value it held as the other tab's: its value there is the choice, for a tab
    /// that still holds that other value.
    pub gekozen: Vec<(String, Option<Value>)>,
}

impl Herkomst {
    /// This version is, or includes, the version with mark `merk`.
    pub fn omvat(&self, merk: u64) -> bool {
        self.merk == merk || self.kent.contains(&merk)
    }
}

/// The mark of a text (64-bit FNV-1a: stable across builds and browsers).
pub fn merk_van(tekst: &str) -> u64 {
    fnv(0xcbf2_9ce4_8422_2325, tekst.bytes())
}

/// The mark of a version: its compact JSON and the versions it includes. Two writes of the same
/// content with another history are other versions (a choice can give back an earlier content).
pub fn merk_voor(compact: &str, kent: &[u64]) -> u64 {
    fnv(merk_van(compact), kent.iter().flat_map(|k| k.to_le_bytes()))
}

fn fnv(begin: u64, bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(begin, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The compact dossier JSON with the record appended as its last key.
pub fn met_herkomst(compact: &str, herkomst: &Herkomst) -> String {
    let Some(zonder_sluiting) = compact.strip_suffix('}') else { return compact.to_string() };
    let merk = |m: &u64| Value::String(format!("{m:016x}"));
    let plaatsen = |lijst: &[(String, Option<Value>)]| {
        lijst
            .iter()
            .map(|(pad, hun)| {
                let mut o = Map::new();
                o.insert("pad".into(), Value::String(pad.clone()));
                if let Some(h) = hun {
                    o.insert("hun".into(), h.clone());
                }
                Value::Object(o)
            })
            .collect()
    };
    let mut record = Map::new();
    record.insert("merk".into(), merk(&herkomst.merk));
    record.insert("kent".into(), Value::Array(herkomst.kent.iter().map(merk).collect()));
    record.insert("open".into(), Value::Array(plaatsen(&herkomst.open)));
    record.insert("gekozen".into(), Value::Array(plaatsen(&herkomst.gekozen)));
    format!("{zonder_sluiting},\"{SLEUTEL}\":{}}}", Value::Object(record))
}

/// The record of a stored text, found as its last key. Text without one (written before tabs
/// were merged this way, or by hand) gets its own hash as mark and includes nothing else.
pub fn herkomst_van(tekst: &str) -> Herkomst {
    lees_herkomst(tekst).unwrap_or_else(|| Herkomst { merk: merk_van(tekst), ..Herkomst::default() })
}

fn lees_herkomst(tekst: &str) -> Option<Herkomst> {
    // Inside a JSON string a quote is escaped, so `,"_herkomst":` only occurs as a key.
    let begin = tekst.rfind(&format!(",\"{SLEUTEL}\":"))? + SLEUTEL.len() + 4;
    let staart = tekst.get(begin..)?.strip_suffix('}')?;
    let Value::Object(o) = serde_json::from_str::<Value>(staart).ok()? else { return None };
    let merk = |v: &Value| v.as_str().and_then(|s| u64::from_str_radix(s, 16).ok());
    let plaatsen = |v: &Value| -> Option<Vec<(String, Option<Value>)>> {
        let lijst = v.as_array()?.iter();
        Some(lijst.filter_map(|v| Some((v.get("pad")?.as_str()?.to_string(), v.get("hun").cloned()))).collect())
    };
    Some(Herkomst {
        merk: merk(o.get("merk")?)?,
        kent: o.get("kent")?.as_array()?.iter().filter_map(merk).collect(),
        open: plaatsen(o.get("open")?)?,
        gekozen: plaatsen(o.get("gekozen")?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_round_trips_and_leaves_the_dossier_readable() {
        let compact = r#"{"title":"Een \",\"_herkomst\": in de titel","data":{}}"#;
        let h = Herkomst {
            merk: merk_van(compact),
            kent: vec![1, u64::MAX],
            open: vec![("$.data.invoer[\"p\"]".into(), Some(Value::from("14"))), ("$.title".into(), None)],
            gekozen: vec![("$.data.b".into(), Some(Value::from(3)))],
        };
        let tekst = met_herkomst(compact, &h);
        assert_eq!(herkomst_van(&tekst), h);
        let v: Value = serde_json::from_str(&tekst).unwrap();
        assert_eq!(v["title"], "Een \",\"_herkomst\": in de titel");
    }

    #[test]
    fn text_without_a_record_is_its_own_mark() {
        let tekst = r#"{"title":"x"}"#;
        assert_eq!(herkomst_van(tekst), Herkomst { merk: merk_van(tekst), ..Herkomst::default() });
        assert_ne!(merk_van("a"), merk_van("b"));
    }
}
