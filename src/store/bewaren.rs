//! Small records about keeping the data, beside the dossiers and outside their key prefix, so
//! they never read as a (damaged) dossier and the dossier format stays as it is:
//! - `werkwaarde.opslag.persist`: what the browser answered when asked to keep this site's data;
//! - `werkwaarde.export.<id>`: when dossier `<id>` was last exported (RFC 3339);
//! - `werkwaarde.import.<id>`: when dossier `<id>` came into this browser by an import.

use chrono::{DateTime, Datelike, Timelike, Utc};

use super::backend::{Backend, OpslagFout};

pub const PERSIST_SLEUTEL: &str = "werkwaarde.opslag.persist";
pub const EXPORT_PREFIX: &str = "werkwaarde.export.";
pub const IMPORT_PREFIX: &str = "werkwaarde.import.";

/// The browser's answer to "keep this site's data" (`navigator.storage.persist()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blijvend {
    /// Asked; no answer yet (a browser may ask the user first).
    Gevraagd,
    Ja,
    Nee,
    /// This browser has no such request.
    NietOndersteund,
}

impl Blijvend {
    pub fn sleutel(self) -> &'static str {
        match self {
            Blijvend::Gevraagd => "gevraagd",
            Blijvend::Ja => "ja",
            Blijvend::Nee => "nee",
            Blijvend::NietOndersteund => "niet-ondersteund",
        }
    }

    pub fn uit_sleutel(tekst: &str) -> Option<Blijvend> {
        [Blijvend::Gevraagd, Blijvend::Ja, Blijvend::Nee, Blijvend::NietOndersteund]
            .into_iter()
            .find(|b| b.sleutel() == tekst)
    }
}

pub fn lees_blijvend(backend: &impl Backend) -> Option<Blijvend> {
    backend.lees(PERSIST_SLEUTEL).ok().flatten().and_then(|t| Blijvend::uit_sleutel(&t))
}

pub fn zet_blijvend(backend: &impl Backend, antwoord: Blijvend) -> Result<(), OpslagFout> {
    backend.schrijf(PERSIST_SLEUTEL, antwoord.sleutel())
}

/// When a dossier was last copied out of, or into, this browser.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kopieen {
    pub geexporteerd: Option<DateTime<Utc>>,
    pub geimporteerd: Option<DateTime<Utc>>,
}

/// Every dossier's records, by dossier id (a list: a map costs kilobytes of wasm). Unreadable
/// records are skipped.
pub fn lees_kopieen(backend: &impl Backend) -> Vec<(String, Kopieen)> {
    let mut kopieen = Vec::<(String, Kopieen)>::new();
    for sleutel in backend.sleutels().unwrap_or_default() {
        let (id, export) = match (sleutel.strip_prefix(EXPORT_PREFIX), sleutel.strip_prefix(IMPORT_PREFIX)) {
            (Some(id), _) => (id, true),
            (_, Some(id)) => (id, false),
            _ => continue,
        };
        let Some(moment) = backend.lees(&sleutel).ok().flatten().and_then(|t| lees_moment(&t)) else { continue };
        let k = kopie_van(&mut kopieen, id);
        if export {
            k.geexporteerd = Some(moment);
        } else {
            k.geimporteerd = Some(moment);
        }
    }
    kopieen
}

/// The records of dossier `id` in the list, added if it is not there yet.
pub fn kopie_van<'a>(kopieen: &'a mut Vec<(String, Kopieen)>, id: &str) -> &'a mut Kopieen {
    let plek = match kopieen.iter().position(|(i, _)| i == id) {
        Some(plek) => plek,
        None => {
            kopieen.push((id.to_string(), Kopieen::default()));
            kopieen.len() - 1
        }
    };
    &mut kopieen[plek].1
}

pub fn zet_geexporteerd(backend: &impl Backend, id: &str, moment: DateTime<Utc>) -> Result<(), OpslagFout> {
    backend.schrijf(&format!("{EXPORT_PREFIX}{id}"), &schrijf_moment(moment))
}

pub fn zet_geimporteerd(backend: &impl Backend, id: &str, moment: DateTime<Utc>) -> Result<(), OpslagFout> {
    backend.schrijf(&format!("{IMPORT_PREFIX}{id}"), &schrijf_moment(moment))
}

/// Removes a dossier's records (when the dossier is deleted).
pub fn wis_kopieen(backend: &impl Backend, id: &str) -> Result<(), OpslagFout> {
    backend.wis(&format!("{EXPORT_PREFIX}{id}"))?;
    backend.wis(&format!("{IMPORT_PREFIX}{id}"))
}

/// `2026-12-03T09:30:00Z`, written by hand: chrono's format machinery costs kilobytes of wasm.
fn schrijf_moment(m: DateTime<Utc>) -> String {
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", m.year(), m.month(), m.day(), m.hour(), m.minute(), m.second())
}

fn lees_moment(tekst: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(tekst.trim()).ok().map(|t| t.with_timezone(&Utc))
}
