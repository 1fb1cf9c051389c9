//! One file with every dossier (`werkwaarde-backup-2026-12-05.json`), reading such a file back,
//! and when to remind the user that a changed dossier has not been exported for a week.
//!
//! A backup holds each dossier exactly as its own export file holds it, so each one is read back
//! through the same validation as a single imported file (`validate::lees_waarde`). Stored entries
//! that no longer read as a dossier go in with their raw text, so nothing is lost; they are not
//! imported as dossiers.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::export::iso_datum;
use super::importfout::ImportFout;
use super::model::{Dossier, MAX_TITEL_TEKENS};
use super::validate::{lees_waarde, MAX_IMPORT_BYTES};

/// The marker that tells a backup from a single dossier and from any other JSON file.
pub const BACKUP_FORMAT: &str = "werkwaarde-backup";
/// The newest backup envelope this build reads and the one it writes.
pub const BACKUP_SCHEMA_VERSION: u64 = 1;
/// The largest backup the importer reads: 50 MB. A single dossier stays limited to 10 MB.
pub const MAX_BACKUP_BYTES: u64 = 50_000_000;
/// After this many days a changed dossier without an export gets a reminder.
pub const HERINNER_NA_DAGEN: i64 = 7;

/// The backup file: a small envelope, each dossier as its export object on one line, and the raw
/// text of damaged storage entries (`(key, raw text)`).
pub fn naar_backup<'a>(
    dossiers: impl IntoIterator<Item = &'a Dossier>,
    beschadigd: impl IntoIterator<Item = (&'a str, &'a str)>,
    nu: DateTime<Utc>,
    app_version: &str,
) -> String {
    let tekst = |v: &str| serde_json::to_string(v).unwrap_or_else(|_| "\"\"".to_string());
    let lijst = |regels: Vec<String>| {
        if regels.is_empty() {
            "[]".to_string()
        } else {
            format!("[\n    {}\n  ]", regels.join(",\n    "))
        }
    };
    let dossiers: Vec<String> = dossiers.into_iter().map(super::export::naar_json_compact).collect();
    let beschadigd: Vec<String> = beschadigd
        .into_iter()
        .map(|(sleutel, ruw)| format!("{{\"sleutel\":{},\"ruw\":{}}}", tekst(sleutel), tekst(ruw)))
        .collect();
    let created = serde_json::to_string(&nu).unwrap_or_else(|_| "\"\"".to_string());
    format!(
        "{{\n  \"format\": {},\n  \"schema_version\": {BACKUP_SCHEMA_VERSION},\n  \"created\": {created},\n  \
         \"app_version\": {},\n  \"dossiers\": {},\n  \"beschadigd\": {}\n}}\n",
        tekst(BACKUP_FORMAT),
        tekst(app_version),
        lijst(dossiers),
        lijst(beschadigd),
    )
}

/// `werkwaarde-backup-2026-12-05.json`, for the day the backup is made.
pub fn backup_bestandsnaam(dag: NaiveDate) -> String {
    format!("werkwaarde-backup-{}.json", iso_datum(dag))
}

/// What an imported file turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Bestand {
    Dossier(Box<Dossier>),
    Backup(Backup),
}

/// A backup as read: the dossiers that pass the single-file validation, and the ones that do not.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Backup {
    pub dossiers: Vec<Dossier>,
    pub geweigerd: Vec<Geweigerd>,
    /// The storage keys of damaged entries whose raw text the backup carries.
    pub beschadigd: Vec<String>,
}

/// A dossier in a backup that is refused, with its place in the file (1 is the first).
#[derive(Debug, Clone, PartialEq)]
pub struct Geweigerd {
    pub plaats: usize,
    /// Its title, when the file has a readable one.
    pub titel: Option<String>,
    pub fout: ImportFout,
}

impl Geweigerd {
    /// `Dossier 2 (‘Casus Jansen’)`, or `Dossier 2` without a readable title.
    pub fn naam(&self) -> String {
        match &self.titel {
            Some(t) => format!("Dossier {} (\u{2018}{t}\u{2019})", self.plaats),
            None => format!("Dossier {}", self.plaats),
        }
    }

    /// The single-file message and its findings, in one line.
    pub fn reden(&self) -> String {
        self.fout.volledig()
    }
}

/// Reads an imported file: a single dossier (as `lees_import`) or a backup of many. The size is
/// checked before anything is parsed; only a backup may be larger than a dossier.
pub fn lees_bestand(bytes: &[u8]) -> Result<Bestand, ImportFout> {
    let grootte = bytes.len() as u64;
    if grootte > MAX_BACKUP_BYTES {
        return Err(ImportFout::BackupTeGroot { bytes: grootte });
    }
    let tekst = std::str::from_utf8(bytes).map(|t| t.strip_prefix('\u{feff}').unwrap_or(t));
    if grootte > MAX_IMPORT_BYTES {
        // Too large for a dossier: read on only if it is a backup.
        let backup = tekst.ok().and_then(|t| serde_json::from_str::<Value>(t).ok()).and_then(als_backup);
        return match backup {
            Some(object) => lees_backup(object).map(Bestand::Backup),
            None => Err(ImportFout::TeGroot { bytes: grootte }),
        };
    }
    let tekst = tekst.map_err(|_| ImportFout::GeenTekst)?;
    if tekst.trim().is_empty() {
        return Err(ImportFout::Leeg);
    }
    let waarde: Value =
        serde_json::from_str(tekst).map_err(|e| ImportFout::GeenJson { regel: e.line(), kolom: e.column() })?;
    match waarde {
        Value::Object(o) if o.get("format").and_then(Value::as_str) == Some(BACKUP_FORMAT) => {
            lees_backup(o).map(Bestand::Backup)
        }
        waarde => lees_waarde(waarde).map(|d| Bestand::Dossier(Box::new(d))),
    }
}

fn als_backup(waarde: Value) -> Option<Map<String, Value>> {
    match waarde {
        Value::Object(o) if o.get("format").and_then(Value::as_str) == Some(BACKUP_FORMAT) => Some(o),
        _ => None,
    }
}

fn lees_backup(mut object: Map<String, Value>) -> Result<Backup, ImportFout> {
    let fout = |pad: &str, melding: String| ImportFout::Velden(vec![Bevinding { pad: pad.into(), melding }]);
    match object.get("schema_version") {
        None => return Err(fout("$.schema_version", "ontbreekt".into())),
        Some(v) => match v.as_u64() {
            Some(versie) if versie > BACKUP_SCHEMA_VERSION => return Err(ImportFout::NieuwereBackup { versie }),
            Some(versie) if versie >= 1 => {}
            _ => {
                return Err(fout(
                    "$.schema_version",
                    format!("moet een geheel getal van 1 of hoger zijn, gevonden: {v}"),
                ))
            }
        },
    }
    // Taken out of the map rather than removed from it: a map's `remove` costs kilobytes of wasm.
    let mut neem = |naam: &str| object.get_mut(naam).map(Value::take);
    let dossiers = match neem("dossiers") {
        Some(Value::Array(lijst)) => lijst,
        None => return Err(fout("$.dossiers", "ontbreekt".into())),
        Some(_) => return Err(fout("$.dossiers", "moet een lijst van dossiers zijn".into())),
    };
    let beschadigd = match neem("beschadigd") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(lijst)) => {
            lijst.iter().map(|b| b.get("sleutel").and_then(Value::as_str).unwrap_or_default().to_string()).collect()
        }
        Some(_) => return Err(fout("$.beschadigd", "moet een lijst zijn".into())),
    };
    let mut backup = Backup { beschadigd, ..Backup::default() };
    for (i, waarde) in dossiers.into_iter().enumerate() {
        let titel = waarde
            .get("title")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| t.chars().take(MAX_TITEL_TEKENS).collect());
        match lees_waarde(waarde) {
            Ok(d) => backup.dossiers.push(d),
            Err(fout) => backup.geweigerd.push(Geweigerd { plaats: i + 1, titel, fout }),
        }
    }
    Ok(backup)
}

/// A changed dossier that has gone a week or more without an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Herinnering {
    /// Whole days since the last export (or, never exported, since it came into this browser).
    pub dagen: i64,
    pub ooit_geexporteerd: bool,
}

impl Herinnering {
    pub fn melding(&self) -> String {
        if self.ooit_geexporteerd {
            format!(
                "Dit dossier is al {} dagen niet geëxporteerd en is sindsdien gewijzigd. Exporteer het, dan \
                 heeft u een actuele reservekopie.",
                self.dagen
            )
        } else {
            format!(
                "Dit dossier is nog nooit geëxporteerd. Het staat al {} dagen alleen in deze browser en is in \
                 die tijd gewijzigd. Exporteer het, dan heeft u een reservekopie.",
                self.dagen
            )
        }
    }
}

/// The reminder rule: the dossier changed after its last copy (its last export, its import into
/// this browser, or else its creation), and that copy is at least `HERINNER_NA_DAGEN` days old.
pub fn exportherinnering(
    dossier: &Dossier,
    geexporteerd: Option<DateTime<Utc>>,
    geimporteerd: Option<DateTime<Utc>>,
    nu: DateTime<Utc>,
) -> Option<Herinnering> {
    let sinds = [Some(dossier.created), geexporteerd, geimporteerd].into_iter().flatten().max()?;
    if dossier.updated <= sinds {
        return None;
    }
    let verstreken = nu - sinds;
    (verstreken >= Duration::days(HERINNER_NA_DAGEN))
        .then(|| Herinnering { dagen: verstreken.num_days(), ooit_geexporteerd: geexporteerd.is_some() })
}
