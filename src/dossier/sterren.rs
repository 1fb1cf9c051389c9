//! The sterren page of a zelftoets dossier: the "what if" fields per Dienst and their reading.
//! The real inputs come from the other steps (see `zelftoets::beoordeel`); a what-if changes one
//! of them in a copy and never touches the subscore itself.

use super::invoer::{Antwoorden, Invoerdef, Soort};
use crate::domain::keurmerk::sterren::{self, Onderdeel};
use crate::domain::keurmerk::veld::Watalsdeel;
use crate::domain::keurmerk::zelftoets::Watalsinvoer;
use crate::domain::keurmerk::ZelftoetsVeld;
use crate::domain::lezen::Getalsoort;
use rust_decimal::Decimal;

pub use crate::domain::keurmerk::zelftoets::Watals;

const ALLE_ONDERDELEN: &[(&str, &str)] = &[
    ("", "Geen wat-als"),
    ("tc", "TC: tevredenheid cliënten (cijfer)"),
    ("to", "TO: tevredenheid opdrachtgevers (cijfer)"),
    ("tr", "TR: transparantie (%)"),
    ("pe", "PE: goed opgeleid personeel (%)"),
    ("pm", "PM: prestatieafspraken gemaakt (%)"),
    ("pn", "PN: prestatieafspraken nagekomen (%)"),
];

/// Diensten 3–6 have no PM and PN in Bijlage 8.
const ZONDER_PA: &[(&str, &str)] = &[
    ("", "Geen wat-als"),
    ("tc", "TC: tevredenheid cliënten (cijfer)"),
    ("to", "TO: tevredenheid opdrachtgevers (cijfer)"),
    ("tr", "TR: transparantie (%)"),
    ("pe", "PE: goed opgeleid personeel (%)"),
];

pub fn veld_onderdeel(dienst: u8) -> ZelftoetsVeld {
    ZelftoetsVeld::Watals { dienst, deel: Watalsdeel::Onderdeel }
}

pub fn veld_waarde(dienst: u8) -> ZelftoetsVeld {
    ZelftoetsVeld::Watals { dienst, deel: Watalsdeel::Waarde }
}

fn onderdeel(sleutel: &str) -> Option<Onderdeel> {
    Onderdeel::ALLE.into_iter().find(|o| o.code().eq_ignore_ascii_case(sleutel))
}

/// The what-if fields of a Dienst; none for Diensten without a row in Bijlage 8.
pub fn watals_velden(dienst: u8) -> Vec<Invoerdef> {
    let opties = match sterren::weging(dienst) {
        None => return Vec::new(),
        Some(w) if w.gewichten.iter().any(|(o, _)| *o == Onderdeel::Pm) => ALLE_ONDERDELEN,
        Some(_) => ZONDER_PA,
    };
    vec![
        Invoerdef::new(veld_onderdeel(dienst), format!("Wat als, Dienst {dienst}: onderdeel"), Soort::Keuze(opties)),
        Invoerdef::new(veld_waarde(dienst), format!("Wat als, Dienst {dienst}: andere waarde"), Soort::Procent)
            .met_hint("Een cijfer (1 tot 10) voor TC en TO, anders een percentage."),
    ]
}

/// The what-if of Dienst `n` as typed: the component and its other value, or `None` without
/// one (or with a value that is wrong, which is then marked at its field).
pub fn lees_watals(a: &mut Antwoorden, n: u8) -> Option<Watalsinvoer> {
    let o = onderdeel(a.tekst(veld_onderdeel(n)))?;
    let waarde = if o.is_percentage() {
        // PN may exceed 100% (more prestaties than agreed); the others are shares of a whole.
        let max = (o != Onderdeel::Pn).then_some(Decimal::ONE_HUNDRED);
        let bereik = if max.is_some() {
            "Een percentage ligt tussen 0 en 100."
        } else {
            "Een percentage kan niet negatief zijn."
        };
        a.getal(veld_waarde(n), Getalsoort::Procent, "Een percentage", (Decimal::ZERO, max), 2, bereik)?
    } else {
        a.cijfer(veld_waarde(n))?
    };
    Some(Watalsinvoer { dienst: n, onderdeel: o, waarde })
}
