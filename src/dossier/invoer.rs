//! Forms as data: a field definition says what to ask and how to read the answer. Answers are kept
//! as typed text by field id, so an invalid entry is never lost, only marked.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::export::lees_iso_datum;
use crate::domain::getal::lees_getal;
use crate::domain::keurmerk::Status;

/// What kind of answer a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Soort {
    /// A whole number ≥ 0.
    Aantal,
    /// Euro, ≥ 0, at most 2 decimals.
    Bedrag,
    /// A cijfer from 1 to 10 with at most one decimal.
    Cijfer,
    /// A percentage ≥ 0.
    Procent,
    Datum,
    /// ja / nee / (empty = onbekend).
    JaNee,
    /// voldoet / voldoet niet / n.v.t. / onbekend.
    Status,
    Tekst,
    /// One of fixed options: (value, label).
    Keuze(&'static [(&'static str, &'static str)]),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Invoerdef {
    /// Stable id, also the key in the stored answers and the anchor for links.
    pub id: String,
    pub label: String,
    pub soort: Soort,
    pub hint: Option<String>,
}

impl Invoerdef {
    pub fn new(id: impl Into<String>, label: impl Into<String>, soort: Soort) -> Invoerdef {
        Invoerdef { id: id.into(), label: label.into(), soort, hint: None }
    }

    pub fn met_hint(mut self, hint: impl Into<String>) -> Invoerdef {
        self.hint = Some(hint.into());
        self
    }
}

/// Reads typed answers; every problem is recorded at its field id.
#[derive(Debug, Default)]
pub struct Antwoorden<'a> {
    pub invoer: Option<&'a BTreeMap<String, String>>,
    pub fouten: BTreeMap<String, String>,
}

impl<'a> Antwoorden<'a> {
    pub fn van(invoer: &'a BTreeMap<String, String>) -> Antwoorden<'a> {
        Antwoorden { invoer: Some(invoer), fouten: BTreeMap::new() }
    }

    pub fn tekst(&self, id: &str) -> &'a str {
        self.invoer.and_then(|i| i.get(id)).map(|s| s.trim()).unwrap_or("")
    }

    fn fout(&mut self, id: &str, melding: String) {
        self.fouten.entry(id.to_string()).or_insert(melding);
    }

    pub fn aantal(&mut self, id: &str) -> Option<u64> {
        let tekst = self.tekst(id);
        if tekst.is_empty() {
            return None;
        }
        match tekst.replace('.', "").parse::<u64>() {
            Ok(n) => Some(n),
            Err(_) => {
                let melding = match lees_getal(tekst) {
                    Ok(g) if g < Decimal::ZERO => "Een aantal kan niet negatief zijn.".to_string(),
                    Ok(_) => "Vul een heel aantal in, zonder decimalen.".to_string(),
                    Err(m) => m,
                };
                self.fout(id, melding);
                None
            }
        }
    }

    /// A number within `[min, max]` (`max` `None`: no upper bound) with at most `decimalen`
    /// decimals; `wat` names it in messages ("Een cijfer"), `bereik` is the message for a number
    /// outside the range.
    pub fn getal(
        &mut self,
        id: &str,
        wat: &str,
        (min, max): (Decimal, Option<Decimal>),
        decimalen: u32,
        bereik: &str,
    ) -> Option<Decimal> {
        let tekst = self.tekst(id);
        if tekst.is_empty() {
            return None;
        }
        match lees_getal(tekst) {
            Ok(g) if g < min || max.is_some_and(|m| g > m) => {
                self.fout(id, bereik.to_string());
                None
            }
            Ok(g) if g.normalize().scale() > decimalen => {
                let melding = match decimalen {
                    0 => format!("{wat} is een geheel getal, zonder decimalen."),
                    1 => format!("{wat} heeft hoogstens één decimaal."),
                    n => format!("{wat} heeft hoogstens {n} decimalen."),
                };
                self.fout(id, melding);
                None
            }
            Ok(g) => Some(g),
            Err(m) => {
                self.fout(id, m);
                None
            }
        }
    }

    pub fn bedrag(&mut self, id: &str) -> Option<Decimal> {
        self.getal(id, "Een bedrag", (Decimal::ZERO, None), 2, "Een bedrag kan niet negatief zijn.")
    }

    pub fn cijfer(&mut self, id: &str) -> Option<Decimal> {
        self.getal(id, "Een cijfer", (Decimal::ONE, Some(Decimal::TEN)), 1, "Een cijfer ligt tussen 1 en 10.")
    }

    pub fn datum(&mut self, id: &str) -> Option<NaiveDate> {
        let tekst = self.tekst(id);
        if tekst.is_empty() {
            return None;
        }
        let d = lees_iso_datum(tekst);
        if d.is_none() {
            self.fout(id, "Vul een geldige datum in.".into());
        }
        d
    }

    pub fn ja_nee(&mut self, id: &str) -> Option<bool> {
        match self.tekst(id) {
            "ja" => Some(true),
            "nee" => Some(false),
            _ => None,
        }
    }

    pub fn vinkje(&mut self, id: &str) -> bool {
        self.tekst(id) == "ja"
    }

    pub fn status(&mut self, id: &str) -> Status {
        match self.tekst(id) {
            "voldoet" => Status::Voldoet,
            "voldoet_niet" => Status::VoldoetNiet,
            "nvt" => Status::NietVanToepassing,
            _ => Status::Onbekend,
        }
    }
}

pub const JA_NEE: &[(&str, &str)] = &[("", "Nog onbekend"), ("ja", "Ja"), ("nee", "Nee")];
pub const STATUSSEN: &[(&str, &str)] =
    &[("", "Nog onbekend"), ("voldoet", "Voldoet"), ("voldoet_niet", "Voldoet niet"), ("nvt", "Niet van toepassing")];

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn met(paren: &[(&str, &str)]) -> BTreeMap<String, String> {
        paren.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn answers_are_read_with_a_message_at_the_field() {
        let invoer = met(&[
            ("a", "12"),
            ("b", "1.200"),
            ("c", "-3"),
            ("d", "2,5"),
            ("e", "abc"),
            ("f", "7,5"),
            ("g", "10,5"),
            ("h", "6,55"),
            ("i", "12,345"),
            ("j", "2026-02-30"),
            ("k", "ja"),
        ]);
        let mut a = Antwoorden::van(&invoer);
        assert_eq!(a.aantal("a"), Some(12));
        assert_eq!(a.aantal("b"), Some(1200));
        assert_eq!(a.aantal("c"), None);
        assert_eq!(a.aantal("d"), None);
        assert_eq!(a.aantal("e"), None);
        assert_eq!(a.aantal("leeg"), None);
        assert_eq!(a.cijfer("f"), Some(dec!(7.5)));
        assert_eq!(a.cijfer("g"), None);
        assert_eq!(a.cijfer("h"), None);
        assert_eq!(a.bedrag("i"), None);
        assert_eq!(a.datum("j"), None);
        assert_eq!(a.ja_nee("k"), Some(true));
        assert_eq!(a.fouten["c"], "Een aantal kan niet negatief zijn.");
        assert_eq!(a.fouten["d"], "Vul een heel aantal in, zonder decimalen.");
        assert!(a.fouten["e"].contains("geen getal"));
        assert_eq!(a.fouten["g"], "Een cijfer ligt tussen 1 en 10.");
        assert_eq!(a.fouten["h"], "Een cijfer heeft hoogstens één decimaal.");
        assert_eq!(a.fouten["i"], "Een bedrag heeft hoogstens 2 decimalen.");
        assert_eq!(a.fouten["j"], "Vul een geldige datum in.");
        assert!(!a.fouten.contains_key("leeg"));
    }
}
