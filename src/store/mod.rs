//! The one place that keeps dossiers in browser storage.
//!
//! Each dossier lives under its own key, so one damaged entry never takes the others with it, and
//! its value is exactly the exported file format (without indentation), read back through the
//! import validator.

mod backend;
pub mod bewaren;
mod local;

pub use backend::{Backend, Geheugen, OpslagFout};
pub use local::LocalStorage;

use std::collections::BTreeMap;

use crate::dossier::herkomst::{self, Herkomst};
use crate::dossier::{self, Dossier};

/// Every key this app writes starts with this, so other data on the same origin is left alone.
pub const PREFIX: &str = "werkwaarde.dossier.";

#[derive(Debug, Clone, PartialEq)]
pub struct Opgeslagen {
    pub id: String,
    pub dossier: Dossier,
}

/// A stored entry that no longer reads as a dossier. Its raw text is kept untouched until the
/// user saves it elsewhere and deletes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beschadigd {
    pub sleutel: String,
    pub ruw: String,
    pub melding: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inhoud {
    /// Newest change first.
    pub dossiers: Vec<Opgeslagen>,
    pub beschadigd: Vec<Beschadigd>,
    /// Each read dossier's `Herkomst`, by id: what a later merge between tabs starts from.
    pub herkomst: BTreeMap<String, Herkomst>,
}

pub fn sleutel(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// Reads every dossier, checking the area data of the kinds `controle` names; entries that do not
/// validate are reported, not dropped.
pub fn laad(backend: &impl Backend, controle: dossier::Controle) -> Result<Inhoud, OpslagFout> {
    let mut inhoud = Inhoud::default();
    for sleutel in backend.sleutels()? {
        let Some(id) = sleutel.strip_prefix(PREFIX) else { continue };
        let Some(ruw) = backend.lees(&sleutel)? else { continue };
        match dossier::lees_met(&ruw, controle) {
            Ok(dossier) => {
                inhoud.herkomst.insert(id.to_string(), herkomst::herkomst_van(&ruw));
                inhoud.dossiers.push(Opgeslagen { id: id.to_string(), dossier });
            }
            Err(fout) => inhoud.beschadigd.push(Beschadigd { sleutel, ruw, melding: fout.volledig() }),
        }
    }
    sorteer(&mut inhoud.dossiers);
    inhoud.beschadigd.sort_by(|a, b| a.sleutel.cmp(&b.sleutel));
    Ok(inhoud)
}

/// Newest change first; equal times by title so the order is stable.
pub fn sorteer(dossiers: &mut [Opgeslagen]) {
    dossiers
        .sort_by(|a, b| b.dossier.updated.cmp(&a.dossier.updated).then_with(|| a.dossier.title.cmp(&b.dossier.title)));
}

/// Writes the dossier with its `Herkomst` (its own mark is computed here, whatever `herkomst`
/// says), and reads it back: only a write that reads back the same counts as saved. Returns the
/// version's mark.
pub fn bewaar(backend: &impl Backend, id: &str, dossier: &Dossier, herkomst: Herkomst) -> Result<u64, OpslagFout> {
    let sleutel = sleutel(id);
    let compact = dossier::naar_json_compact(dossier);
    let merk = herkomst::merk_voor(&compact, &herkomst.kent);
    let tekst = herkomst::met_herkomst(&compact, &Herkomst { merk, ..herkomst });
    backend.schrijf(&sleutel, &tekst)?;
    match backend.lees(&sleutel)? {
        Some(terug) if terug == tekst => Ok(merk),
        _ => Err(OpslagFout::NietGelijk),
    }
}

/// Deletes the dossier and its export and import records.
pub fn verwijder(backend: &impl Backend, id: &str) -> Result<(), OpslagFout> {
    backend.wis(&sleutel(id))?;
    bewaren::wis_kopieen(backend, id)
}

/// Removes a damaged entry by its full key (only keys of this app).
pub fn verwijder_beschadigd(backend: &impl Backend, sleutel: &str) -> Result<(), OpslagFout> {
    if sleutel.starts_with(PREFIX) {
        backend.wis(sleutel)
    } else {
        Ok(())
    }
}

/// A fresh id from a clock reading and a random number, never one already in use: an import or a
/// copy must never land on an existing entry, damaged ones included.
pub fn nieuw_id(in_gebruik: impl Fn(&str) -> bool, millis: u64, toeval: u32) -> String {
    let mut teller: u32 = 0;
    loop {
        let id = format!("{millis:x}-{:08x}", toeval.wrapping_add(teller));
        if !in_gebruik(&sleutel(&id)) {
            return id;
        }
        teller = teller.wrapping_add(1);
    }
}

#[cfg(test)]
mod tests;
