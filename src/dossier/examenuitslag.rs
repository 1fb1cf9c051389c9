//! Judging a stored exam or herexamen: the dossier's sittings are read into the domain
//! (`Zitting::domein`) and judged there (`domain::examen::uitslag`).

use super::examentraining::{ExamentrainingData, Zitting};
use crate::domain::examen::uitslag;

pub use crate::domain::examen::uitslag::Zittingsoordeel;

/// The verdict of `z`; a herexamen is judged with the count of the exam it follows in `data`.
pub fn oordeel(data: &ExamentrainingData, z: &Zitting) -> Zittingsoordeel {
    uitslag::oordeel(&data.zittingen(), &z.domein())
}

/// The latest finished exam that allows a herexamen not yet taken, with the herexamen's norm.
pub fn herexamen_mogelijk(data: &ExamentrainingData) -> Option<(&Zitting, usize)> {
    let (id, norm) = uitslag::herexamen_mogelijk(&data.zittingen())?;
    data.examens.iter().find(|z| z.id == id).map(|z| (z, norm))
}
