//! Which Handleiding the zelftoets follows, spelled once. Every source reference (`bron`) of the
//! zelftoets, the zelftoets page and its rapport name it from here, so a later Handleiding is a
//! data change: this file, the tables it governs (`catalogus::HOOFDNORM1`, `diensten::DIENSTEN`,
//! `sterren` weights, `meetperiode::TABEL2`/`TABEL1`, `vrijstelling::VOORWAARDEN`,
//! `eisen::EISEN`) and the tests that quote its numbers.

use chrono::NaiveDate;

/// The name as the sources give it, for `concat!` in constant source references.
macro_rules! handleiding_naam {
    () => {
        "Handleiding Keurmerk Arbeid 2023"
    };
}
pub(crate) use handleiding_naam;

/// The edition of the Handleiding the rules, tables and terms of the zelftoets come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handleiding {
    /// "Handleiding Keurmerk Arbeid 2023".
    pub naam: &'static str,
    /// The edition year, as Tabel 1 names Handleidingen.
    pub jaar: u16,
    /// Who publishes it.
    pub uitgever: &'static str,
    /// (year, month, day) from which it is in force (Tabel 1).
    pub vanaf: (i32, u32, u32),
}

pub const HANDLEIDING: Handleiding =
    Handleiding { naam: handleiding_naam!(), jaar: 2023, uitgever: "Stichting Blik op Werk", vanaf: (2023, 4, 1) };

impl Handleiding {
    /// The day it is in force from.
    pub fn in_werking(&self) -> Option<NaiveDate> {
        let (j, m, d) = self.vanaf;
        NaiveDate::from_ymd_opt(j, m, d)
    }

    /// "Handleiding Keurmerk Arbeid 2023, §6.1.1": a source reference in this edition.
    pub fn bron(&self, plaats: &str) -> String {
        format!("{}, {plaats}", self.naam)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edition_is_one_value_and_in_force_from_1_april_2023() {
        assert_eq!(HANDLEIDING.naam, "Handleiding Keurmerk Arbeid 2023");
        assert!(HANDLEIDING.naam.ends_with(&HANDLEIDING.jaar.to_string()));
        assert_eq!(HANDLEIDING.in_werking(), NaiveDate::from_ymd_opt(2023, 4, 1));
        assert_eq!(HANDLEIDING.bron("§6.1.1"), "Handleiding Keurmerk Arbeid 2023, §6.1.1");
    }
}
