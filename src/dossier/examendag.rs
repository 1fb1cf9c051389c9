//! An examendag as stored: in an examentraining dossier and in an answer file alike, so the times
//! a trainee handed in are the times the trainer reads.

use serde::{Deserialize, Serialize};

use crate::domain::examen::zitting;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Dag {
    pub minuten: u32,
    /// Milliseconds since the epoch (browser clock) when the day's sitting began.
    pub gestart: Option<u64>,
    /// When it was handed in, by the user or by the timer.
    pub ingeleverd: Option<u64>,
    /// Handed in because the time was up.
    pub tijd_op: bool,
}

impl From<&Dag> for zitting::Dag {
    fn from(d: &Dag) -> zitting::Dag {
        zitting::Dag { minuten: d.minuten, gestart: d.gestart, ingeleverd: d.ingeleverd, tijd_op: d.tijd_op }
    }
}

impl From<zitting::Dag> for Dag {
    fn from(d: zitting::Dag) -> Dag {
        Dag { minuten: d.minuten, gestart: d.gestart, ingeleverd: d.ingeleverd, tijd_op: d.tijd_op }
    }
}
