//! The validatie-simulator's rows: typed in or imported from CSV, read into the domain with a
//! message per field, and exported back to CSV.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::examentraining::{Simulatordata, Simulatorrij};
use super::export::csv_tekst;
use crate::domain::examen::validatie::{valideer, Resultaatrij, Validatie, Validatiesoort};
use crate::domain::lezen::{lees_getal, Getalsoort};
use crate::domain::tekst::met_hoofdletter;

pub const MAX_BYTES: usize = 1_000_000;
pub const MAX_RIJEN: usize = 10_000;
const KOLOMMEN: [&str; 4] = ["uitvoerende", "casus", "antwoord", "goud"];

/// Field id of a cell in the simulator table: `sim-<row id>-<kolom>`.
pub fn veld(rij: u64, kolom: &str) -> String {
    format!("sim-{rij}-{kolom}")
}

pub fn soort(data: &Simulatordata) -> Validatiesoort {
    if data.soort == "her" {
        Validatiesoort::Her
    } else {
        Validatiesoort::Eerste
    }
}

fn bedrag(tekst: &str, wat: &str, positief: bool) -> Result<Decimal, String> {
    if tekst.trim().is_empty() {
        return Err(format!("Vul {wat} in."));
    }
    let g = lees_getal(tekst, Getalsoort::Geld)?;
    if g < Decimal::ZERO || (positief && g.is_zero()) {
        return Err(if positief {
            format!("{} moet groter zijn dan nul.", met_hoofdletter(wat))
        } else {
            format!("{} kan niet negatief zijn.", met_hoofdletter(wat))
        });
    }
    Ok(g)
}

/// One row into the domain, or its problems by column.
fn lees_rij(r: &Simulatorrij) -> Result<Resultaatrij, Vec<(&'static str, String)>> {
    let mut fouten = Vec::new();
    if r.uitvoerende.trim().is_empty() {
        fouten.push(("uitvoerende", "Vul de uitvoerende in.".to_string()));
    }
    if r.casus.trim().is_empty() {
        fouten.push(("casus", "Vul de casus in.".to_string()));
    }
    let antwoord = bedrag(&r.antwoord, "het antwoord (Pi5)", false).map_err(|f| fouten.push(("antwoord", f))).ok();
    let goud = bedrag(&r.goud, "de Gouden Standaard (Pi5)", true).map_err(|f| fouten.push(("goud", f))).ok();
    match (antwoord, goud) {
        (Some(antwoord), Some(goud)) if fouten.is_empty() => Ok(Resultaatrij {
            uitvoerende: r.uitvoerende.trim().to_string(),
            casus: r.casus.trim().to_string(),
            antwoord,
            goud,
        }),
        _ => Err(fouten),
    }
}

/// The validatie over the rows that are complete; the others get a message at their field and
/// do not count (the result says how many).
pub fn bereken(data: &Simulatordata) -> (Validatie, BTreeMap<String, String>) {
    let mut rijen = Vec::new();
    let mut fouten = BTreeMap::new();
    for r in &data.rijen {
        match lees_rij(r) {
            Ok(rij) => rijen.push(rij),
            Err(f) => {
                for (kolom, melding) in f {
                    fouten.insert(veld(r.id, kolom), melding);
                }
            }
        }
    }
    (valideer(soort(data), &rijen), fouten)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvImport {
    pub rijen: Vec<Simulatorrij>,
    /// "Regel 4: …", with the line number as an editor shows it (the header is line 1).
    pub fouten: Vec<String>,
}

/// Reads a CSV file with the columns uitvoerende, casus, antwoord and goud (any order, a header
/// line required, `;` or `,` between fields). Bad rows are reported by line and left out; the
/// good ones get ids from `eerste_id` on. `Err` when the file as a whole cannot be used.
pub fn lees_csv(bytes: &[u8], eerste_id: u64) -> Result<CsvImport, String> {
    if bytes.len() > MAX_BYTES {
        return Err(format!("Het bestand is groter dan {} MB.", MAX_BYTES / 1_000_000));
    }
    let tekst = std::str::from_utf8(bytes)
        .map_err(|_| "Het bestand is geen UTF-8-tekst. Sla het in uw spreadsheet op als ‘CSV UTF-8’.".to_string())?;
    let tekst = tekst.strip_prefix('\u{feff}').unwrap_or(tekst);
    let kop = tekst.lines().next().unwrap_or("");
    if kop.trim().is_empty() {
        return Err(
            "Het bestand is leeg of begint met een lege regel; de eerste regel moet de kolomnamen bevatten.".into()
        );
    }
    let scheiding = if kop.matches(';').count() >= kop.matches(',').count() { ';' } else { ',' };
    let mut records = records(tekst, scheiding).into_iter();
    let namen: Vec<String> =
        records.next().map(|(_, k)| k).unwrap_or_default().iter().map(|n| n.to_lowercase()).collect();
    let mut plek = [0usize; 4];
    let mut ontbreekt = Vec::new();
    for (i, k) in KOLOMMEN.iter().enumerate() {
        match namen.iter().position(|n| n == k) {
            Some(p) => plek[i] = p,
            None => ontbreekt.push(*k),
        }
    }
    if !ontbreekt.is_empty() {
        return Err(format!(
            "De kolom{} {} ontbreek{} in de eerste regel. Nodig: {} (gescheiden door ; of ,).",
            if ontbreekt.len() == 1 { "" } else { "men" },
            ontbreekt.join(", "),
            if ontbreekt.len() == 1 { "t" } else { "en" },
            KOLOMMEN.join(";")
        ));
    }
    let mut rijen = Vec::new();
    let mut fouten = Vec::new();
    let mut id = eerste_id;
    for (regel, record) in records {
        if record.iter().all(|v| v.is_empty()) {
            continue;
        }
        if rijen.len() >= MAX_RIJEN {
            fouten.push(format!("Regel {regel} en verder: meer dan {MAX_RIJEN} rijen; de rest is niet ingelezen."));
            break;
        }
        let cel = |i: usize| record.get(plek[i]).cloned().unwrap_or_default();
        let rij = Simulatorrij { id, uitvoerende: cel(0), casus: cel(1), antwoord: cel(2), goud: cel(3) };
        match lees_rij(&rij) {
            Ok(_) => {
                rijen.push(rij);
                id += 1;
            }
            Err(f) => {
                let meldingen: Vec<String> = f.into_iter().map(|(_, m)| m).collect();
                fouten.push(format!("Regel {regel}: {}", meldingen.join(" ")));
            }
        }
    }
    if rijen.is_empty() && fouten.is_empty() {
        return Err("Het bestand bevat alleen kolomnamen en geen resultaten.".into());
    }
    Ok(CsvImport { rijen, fouten })
}

/// The rows as CSV (`;`-separated, header first), as a spreadsheet opens it.
pub fn naar_csv(rijen: &[Simulatorrij]) -> String {
    let mut uit = String::new();
    let mut regel = |velden: [&str; 4]| {
        for (i, v) in velden.iter().enumerate() {
            if i > 0 {
                uit.push(';');
            }
            uit.push_str(&csv_tekst(v));
        }
        uit.push('\n');
    };
    regel(KOLOMMEN);
    for r in rijen {
        regel([&r.uitvoerende, &r.casus, &r.antwoord, &r.goud]);
    }
    uit
}

/// The records of a CSV text (RFC 4180: fields separated by `scheiding`, optionally in double
/// quotes with `""` for a quote, line breaks inside quotes kept), each with the line it starts on
/// and its fields trimmed, as a spreadsheet writes them. Never fails: any text is some records.
fn records(tekst: &str, scheiding: char) -> Vec<(usize, Vec<String>)> {
    let mut uit = Vec::new();
    let mut velden = Vec::new();
    let mut veld = String::new();
    let (mut regel, mut begin) = (1, 1);
    let mut tekens = tekst.chars().peekable();
    let mut aan_begin = true;
    while let Some(c) = tekens.next() {
        match c {
            '"' if aan_begin && veld.trim().is_empty() => {
                veld.clear();
                while let Some(q) = tekens.next() {
                    match q {
                        '"' if tekens.peek() == Some(&'"') => {
                            tekens.next();
                            veld.push('"');
                        }
                        '"' => break,
                        '\n' => {
                            regel += 1;
                            veld.push(q);
                        }
                        _ => veld.push(q),
                    }
                }
                aan_begin = false;
            }
            c if c == scheiding => {
                velden.push(std::mem::take(&mut veld).trim().to_string());
                aan_begin = true;
            }
            '\r' if tekens.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                velden.push(std::mem::take(&mut veld).trim().to_string());
                uit.push((begin, std::mem::take(&mut velden)));
                regel += 1;
                begin = regel;
                aan_begin = true;
            }
            _ => {
                veld.push(c);
                if !c.is_whitespace() {
                    aan_begin = false;
                }
            }
        }
    }
    if !veld.is_empty() || !velden.is_empty() {
        velden.push(veld.trim().to_string());
        uit.push((begin, velden));
    }
    uit
}
