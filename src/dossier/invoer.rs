//! Forms as data: a field definition says what to ask and how to read the answer. Answers are kept
//! as typed text by field id, so an invalid entry is never lost, only marked. Fields are
//! `ZelftoetsVeld`s: the definition, the reader and the error all name the same typed field.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::keurmerk::tevredenheid::{cijferfout, Cijferfout};
use crate::domain::keurmerk::{Status, ZelftoetsVeld};
use crate::domain::lezen::{lees_datum, lees_getal, Getalsoort};

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
    /// The field; its `id()` is the key in the stored answers and the anchor for links.
    pub veld: ZelftoetsVeld,
    pub label: String,
    pub soort: Soort,
    pub hint: Option<String>,
}

impl Invoerdef {
    pub fn new(veld: ZelftoetsVeld, label: impl Into<String>, soort: Soort) -> Invoerdef {
        Invoerdef { veld, label: label.into(), soort, hint: None }
    }

    /// The stored id of the field.
    pub fn id(&self) -> String {
        self.veld.id()
    }

    pub fn met_hint(mut self, hint: impl Into<String>) -> Invoerdef {
        self.hint = Some(hint.into());
        self
    }
}

/// A small, fast hasher for the index of answers by field (the keys are the user's own fields,
/// so the flooding resistance of the standard hasher buys nothing here).
#[derive(Default)]
struct Veldhasher(u64);

impl Hasher for Veldhasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for deel in bytes.chunks(8) {
            let mut woord = [0u8; 8];
            woord[..deel.len()].copy_from_slice(deel);
            self.write_u64(u64::from_le_bytes(woord));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_isize(&mut self, n: isize) {
        self.write_u64(n as u64);
    }
}

type Index<'a> = HashMap<ZelftoetsVeld, &'a str, BuildHasherDefault<Veldhasher>>;

/// Reads typed answers; every problem is recorded at its field.
///
/// The stored answers are indexed once by their typed field, so a lookup builds no string; keys
/// that name no field (left by an older version, say) are kept in the dossier but not read.
#[derive(Debug, Default)]
pub struct Antwoorden<'a> {
    invoer: Index<'a>,
    pub fouten: BTreeMap<ZelftoetsVeld, String>,
}

impl<'a> Antwoorden<'a> {
    pub fn van(invoer: &'a BTreeMap<String, String>) -> Antwoorden<'a> {
        let mut index = Index::with_capacity_and_hasher(invoer.len(), Default::default());
        for (k, v) in invoer {
            let v = v.trim();
            if let (false, Some(veld)) = (v.is_empty(), ZelftoetsVeld::uit_id(k)) {
                index.insert(veld, v);
            }
        }
        Antwoorden { invoer: index, fouten: BTreeMap::new() }
    }

    pub fn tekst(&self, id: ZelftoetsVeld) -> &'a str {
        self.invoer.get(&id).copied().unwrap_or("")
    }

    /// Records what is wrong at a field; the first message for a field stays.
    pub fn fout(&mut self, id: ZelftoetsVeld, melding: String) {
        self.fouten.entry(id).or_insert(melding);
    }

    pub fn aantal(&mut self, id: ZelftoetsVeld) -> Option<u64> {
        let tekst = self.tekst(id);
        if tekst.is_empty() {
            return None;
        }
        // Plain digits, by far the most typed, need no more than this.
        if let Ok(n) = tekst.parse::<u64>() {
            return Some(n);
        }
        match lees_getal(tekst, Getalsoort::Aantal).map(|g| g.to_u64()) {
            Ok(Some(n)) => Some(n),
            Ok(None) => {
                self.fout(id, "Dit aantal is te groot.".to_string());
                None
            }
            Err(m) => {
                self.fout(id, m);
                None
            }
        }
    }

    /// A number within `[min, max]` (`max` `None`: no upper bound) with at most `decimalen`
    /// decimals; `wat` names it in messages ("Een cijfer"), `bereik` is the message for a number
    /// outside the range.
    pub fn getal(
        &mut self,
        id: ZelftoetsVeld,
        soort: Getalsoort,
        wat: &str,
        (min, max): (Decimal, Option<Decimal>),
        decimalen: u32,
        bereik: &str,
    ) -> Option<Decimal> {
        let tekst = self.tekst(id);
        if tekst.is_empty() {
            return None;
        }
        match lees_getal(tekst, soort) {
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

    pub fn bedrag(&mut self, id: ZelftoetsVeld) -> Option<Decimal> {
        self.getal(id, Getalsoort::Geld, "Een bedrag", (Decimal::ZERO, None), 2, "Een bedrag kan niet negatief zijn.")
    }

    /// A cijfer, held to the one cijfer check of the domain (1 to 10, one decimal).
    pub fn cijfer(&mut self, id: ZelftoetsVeld) -> Option<Decimal> {
        let tekst = self.tekst(id);
        if tekst.is_empty() {
            return None;
        }
        match lees_getal(tekst, Getalsoort::Cijfer) {
            Ok(g) => match cijferfout(g) {
                None => Some(g),
                Some(f) => {
                    let melding = match f {
                        Cijferfout::Bereik => "Een cijfer ligt tussen 1 en 10.",
                        Cijferfout::Decimalen => "Een cijfer heeft hoogstens één decimaal.",
                    };
                    self.fout(id, melding.to_string());
                    None
                }
            },
            Err(m) => {
                self.fout(id, m);
                None
            }
        }
    }

    pub fn datum(&mut self, id: ZelftoetsVeld) -> Option<NaiveDate> {
        let tekst = self.tekst(id);
        if tekst.is_empty() {
            return None;
        }
        match lees_datum(tekst) {
            Ok(d) => Some(d),
            Err(melding) => {
                self.fout(id, melding);
                None
            }
        }
    }

    pub fn ja_nee(&mut self, id: ZelftoetsVeld) -> Option<bool> {
        match self.tekst(id) {
            "ja" => Some(true),
            "nee" => Some(false),
            _ => None,
        }
    }

    pub fn vinkje(&mut self, id: ZelftoetsVeld) -> bool {
        self.tekst(id) == "ja"
    }

    pub fn status(&mut self, id: ZelftoetsVeld) -> Status {
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

    fn v(id: &str) -> ZelftoetsVeld {
        ZelftoetsVeld::uit_id(id).expect("veld")
    }

    #[test]
    fn answers_are_read_with_a_message_at_the_field() {
        let invoer = met(&[
            ("d1-a", "12"),
            ("d1-a2", "1.200"),
            ("d1-b", "-3"),
            ("d1-b2", "2,5"),
            ("d1-c", "abc"),
            ("t1-c-cijfer", "7,5"),
            ("t2-c-cijfer", "10,5"),
            ("t3-c-cijfer", "6,55"),
            ("d1-omzet", "12,345"),
            ("kvk-datum", "2026-02-30"),
            ("p-kvk", "ja"),
        ]);
        let mut a = Antwoorden::van(&invoer);
        assert_eq!(a.aantal(v("d1-a")), Some(12));
        assert_eq!(a.aantal(v("d1-a2")), Some(1200));
        assert_eq!(a.aantal(v("d1-b")), None);
        assert_eq!(a.aantal(v("d1-b2")), None);
        assert_eq!(a.aantal(v("d1-c")), None);
        assert_eq!(a.aantal(v("d2-a")), None);
        assert_eq!(a.cijfer(v("t1-c-cijfer")), Some(dec!(7.5)));
        assert_eq!(a.cijfer(v("t2-c-cijfer")), None);
        assert_eq!(a.cijfer(v("t3-c-cijfer")), None);
        assert_eq!(a.bedrag(v("d1-omzet")), None);
        assert_eq!(a.datum(v("kvk-datum")), None);
        assert_eq!(a.ja_nee(v("p-kvk")), Some(true));
        assert_eq!(a.fouten[&v("d1-b")], "Een aantal kan niet negatief zijn.");
        assert_eq!(a.fouten[&v("d1-b2")], "Vul een heel aantal in, zonder decimalen.");
        assert!(a.fouten[&v("d1-c")].contains("geen getal"));
        assert_eq!(a.fouten[&v("t2-c-cijfer")], "Een cijfer ligt tussen 1 en 10.");
        assert_eq!(a.fouten[&v("t3-c-cijfer")], "Een cijfer heeft hoogstens één decimaal.");
        assert_eq!(a.fouten[&v("d1-omzet")], "Een bedrag heeft hoogstens 2 decimalen.");
        assert_eq!(
            a.fouten[&v("kvk-datum")],
            "\u{201c}2026-02-30\u{201d} bestaat niet als datum; controleer dag en maand."
        );
        assert!(!a.fouten.contains_key(&v("d2-a")));
    }
}
