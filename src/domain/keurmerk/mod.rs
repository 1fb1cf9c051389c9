//! Keurmerk Arbeid zelftoets: the Handleiding Keurmerk Arbeid 2023 as data and rules.
//!
//! Every check returns `Normuitkomst`s: the norm code, its status, the numbers and threshold in an
//! `Uitleg`, and the field it depends on, so the UI can link a failing or unknown item to its
//! input. The peildatum (audit or aanmelding date) is always an input, never the clock.

pub mod catalogus;
pub mod diensten;
pub mod hoofdnorm1;
pub mod meetperiode;
pub mod oordeel;
mod percentage;
pub mod profiel;
pub mod sterren;
pub mod tevredenheid;
pub mod vrijstelling;

pub use percentage::{minstens_procent, procent};
pub use profiel::{Aanvrager, Profiel, Rechtsvorm};

use serde::{Deserialize, Serialize};

use crate::domain::uitleg::Uitleg;

/// The status of one norm or checklist item.
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
    /// The id of the input this outcome depends on (the UI links to `#veld-<id>`), if any.
    pub veld: Option<String>,
}
