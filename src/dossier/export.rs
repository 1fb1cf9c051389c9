//! Writing a dossier out: the JSON text and a file name a person recognises.

use chrono::{Datelike, NaiveDate};

use super::model::Dossier;

/// The dossier as the pretty-printed JSON that goes into storage and into exported files.
pub fn naar_json(dossier: &Dossier) -> String {
    // Serialising plain data with string keys cannot fail; the fallback keeps this panic-free.
    serde_json::to_string_pretty(dossier).unwrap_or_else(|_| "{}".to_string())
}

/// The same JSON without indentation, for browser storage, which is written on every edit: a
/// large zelftoets is about a third smaller this way, and storage quota is counted in characters.
pub fn naar_json_compact(dossier: &Dossier) -> String {
    serde_json::to_string(dossier).unwrap_or_else(|_| "{}".to_string())
}

/// `werkwaarde-loonwaarde-casus-jansen-2026-11-22.json`: kind, title and the day of the last change,
/// reduced to characters every file system accepts.
pub fn bestandsnaam(dossier: &Dossier) -> String {
    let slug = slug(&dossier.title);
    let dag = iso_datum(dossier.updated.date_naive());
    if slug.is_empty() {
        format!("werkwaarde-{}-{dag}.json", dossier.kind.sleutel())
    } else {
        format!("werkwaarde-{}-{slug}-{dag}.json", dossier.kind.sleutel())
    }
}

/// A text as part of a file name: lower-case letters and digits without accents, other runs as
/// one `-`, at most 60 characters ("Casus Jansen – cliënt" → `casus-jansen-client`).
pub fn slug(tekst: &str) -> String {
    let mut slug = String::new();
    for c in tekst.chars().map(zonder_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    slug.trim_end_matches('-').to_string()
}

/// A field of a `;`-separated CSV file: quoted only when needed, with quotes doubled (RFC 4180).
pub fn csv_tekst(v: &str) -> String {
    if v.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}

/// `2026-11-22`, written by hand: chrono's format machinery costs kilobytes of wasm.
pub fn iso_datum(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Dutch titles carry accents (cliënt, ë, é); file names keep the letter without it.
fn zonder_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'ÿ' | 'ý' => 'y',
        other => other,
    }
}
