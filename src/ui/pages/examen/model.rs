use leptos::prelude::*;

use crate::dossier::examentraining::ExamentrainingData;
use crate::ui::state::dossier_data;

/// What the examentraining dossier holds; shared by its parts through context. Judgements are
/// computed where they are shown, from the stored answers and Gouden Standaard.
#[derive(Clone, Copy)]
pub struct ExamenModel {
    pub data: RwSignal<ExamentrainingData>,
}

impl ExamenModel {
    pub fn voor(id: String) -> ExamenModel {
        let (data, _) = dossier_data(id, |m| ExamentrainingData::uit(m).ok(), ExamentrainingData::naar_map, |_| ());
        ExamenModel { data }
    }
}

pub fn model() -> ExamenModel {
    expect_context::<ExamenModel>()
}
