//! Keurmerk Arbeid zelftoets: the Handleiding Keurmerk Arbeid 2023 as data and rules.
//!
//! Every check returns `Normuitkomst`s: the norm code, its status, the numbers and threshold in an
//! `Uitleg`, and the field it depends on, so the UI can link a failing or unknown item to its
//! input. The peildatum (audit or aanmelding date) is always an input, never the clock.

pub mod catalogus;
pub mod diensten;
pub mod eisen;
pub mod handleiding;
pub mod hoofdnorm1;
pub mod meetperiode;
pub mod oordeel;
mod percentage;
pub mod profiel;
pub mod sterren;
pub mod tevredenheid;
pub mod veld;
pub mod vrijstelling;
pub mod zelftoets;

pub use percentage::{minstens_procent, procent};
pub use profiel::{Aanvrager, Profiel, Rechtsvorm};
pub use veld::ZelftoetsVeld;
pub use zelftoets::{beoordeel, Gewicht, Telling, Uitkomst, Zelftoetsinvoer};

use serde::{Deserialize, Serialize};

use crate::domain::uitleg::Uitleg;

/// The status of one norm or checklist item.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Voldoet,
    VoldoetNiet,
    NietVanToepassing,
    #[default]
    Onbekend,
}

impl Status {
    pub fn naam(self) -> &'static str {
        match self {
            Status::Voldoet => "voldoet",
            Status::VoldoetNiet => "voldoet niet",
            Status::NietVanToepassing => "n.v.t.",
            Status::Onbekend => "nog onbekend",
        }
    }
}

/// The sentence for a checklist norm the user judged, e.g. "Volgens uw beoordeling is het aantal
/// trajecten inzichtelijk en te controleren." A norm written as "Het … is …" is turned around so
/// it reads as one sentence; any other is quoted after a colon.
pub fn uw_beoordeling(status: Status, omschrijving: &str) -> String {
    use crate::domain::tekst::met_kleine_letter;
    let omschrijving = omschrijving.trim_end_matches('.');
    let omgedraaid = omschrijving.starts_with("Het ").then(|| omschrijving.split_once(" is ")).flatten();
    match (status, omgedraaid) {
        (Status::Onbekend, _) => format!("Nog niet beantwoord: {}.", met_kleine_letter(omschrijving)),
        (Status::NietVanToepassing, _) => {
            format!("U heeft deze norm als niet van toepassing aangemerkt: {}.", met_kleine_letter(omschrijving))
        }
        (Status::Voldoet, Some((onderwerp, rest))) => {
            format!("Volgens uw beoordeling is {} {rest}.", met_kleine_letter(onderwerp))
        }
        (Status::VoldoetNiet, Some((onderwerp, rest))) => {
            format!("Volgens uw beoordeling is {} nog niet {rest}.", met_kleine_letter(onderwerp))
        }
        (Status::Voldoet, None) => {
            format!("Volgens uw beoordeling voldoet de organisatie hieraan: {}.", met_kleine_letter(omschrijving))
        }
        (Status::VoldoetNiet, None) => format!(
            "Volgens uw beoordeling voldoet de organisatie hier nog niet aan: {}.",
            met_kleine_letter(omschrijving)
        ),
    }
}

/// The outcome of one norm, with everything needed to explain it and to find its input.
#[derive(Debug, Clone, PartialEq)]
pub struct Normuitkomst {
    /// Norm code as in the Handleiding ("1.5.8", "2.1.3", "3.1.1"), or "minimum" for §3.1/§6.1.1.
    pub code: String,
    /// 1, 2 or 3.
    pub hoofdnorm: u8,
    /// The Dienst (1–12) for per-Dienst norms.
    pub dienst: Option<u8>,
    pub status: Status,
    /// A materiële norm (definitielijst): failing it allows direct schorsing or intrekking.
    pub materieel: bool,
    /// One Dutch sentence: why it is (not) met, or what is still missing.
    pub melding: String,
    pub uitleg: Uitleg,
    /// The input this outcome depends on (the UI links to `#veld-<id>`), if any.
    pub veld: Option<ZelftoetsVeld>,
}

impl Normuitkomst {
    /// How lists and the verdict name this outcome: "Dienst 9 · norm 2.9.3", "Norm 1.2.4",
    /// "Minimum van vijf trajecten", or a requirement of `eisen` by its name and source.
    pub fn titel(&self) -> String {
        if let Some(e) = eisen::eis(&self.code) {
            return format!("{} ({})", e.naam, e.bron);
        }
        match (self.dienst, self.code.as_str()) {
            (Some(d), code) => format!("Dienst {d} · norm {code}"),
            (None, "minimum") => "Minimum van vijf trajecten".to_string(),
            (None, "peildatum") => "Datum van de audit".to_string(),
            (None, code) => format!("Norm {code}"),
        }
    }
}

/// The weakest of two statuses: voldoet niet outweighs nog onbekend, which outweighs voldoet;
/// n.v.t. never changes the other.
pub fn zwakste(a: Status, b: Status) -> Status {
    use Status::*;
    match (a, b) {
        (VoldoetNiet, _) | (_, VoldoetNiet) => VoldoetNiet,
        (Onbekend, _) | (_, Onbekend) => Onbekend,
        (Voldoet, _) | (_, Voldoet) => Voldoet,
        (NietVanToepassing, NietVanToepassing) => NietVanToepassing,
    }
}

/// One reason of a combined check.
pub(crate) struct Deel {
    pub status: Status,
    pub melding: String,
    pub veld: Option<ZelftoetsVeld>,
}

/// How `combineer` folds the parts of a check into one outcome. Both take the weakest status;
/// they differ in where they start and which parts speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Beleid {
    /// Start at voldoet (parts that are all n.v.t. give voldoet); only the parts with the
    /// resulting status speak, and the first of them with a field gives the field. Hoofdnorm 1.
    Beslissend,
    /// Start at n.v.t.; when the result is voldoet or n.v.t. every part speaks, otherwise only
    /// the parts with the resulting status. Hoofdnorm 2.
    AllesBijVoldaan,
}

/// Combines the parts of a check into (status, melding, veld) according to `beleid`.
pub(crate) fn combineer(delen: Vec<Deel>, beleid: Beleid) -> (Status, String, Option<ZelftoetsVeld>) {
    let start = match beleid {
        Beleid::Beslissend => Status::Voldoet,
        Beleid::AllesBijVoldaan => Status::NietVanToepassing,
    };
    let status = delen.iter().fold(start, |s, d| zwakste(s, d.status));
    let iedereen = beleid == Beleid::AllesBijVoldaan && matches!(status, Status::Voldoet | Status::NietVanToepassing);
    let beslissend: Vec<&Deel> = delen.iter().filter(|d| iedereen || d.status == status).collect();
    let melding = beslissend.iter().map(|d| d.melding.as_str()).collect::<Vec<_>>().join(" ");
    let veld = beslissend.iter().find_map(|d| d.veld);
    (status, melding, veld)
}
