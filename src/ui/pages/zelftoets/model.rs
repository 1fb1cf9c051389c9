use leptos::prelude::*;

use crate::dossier::zelftoets::{beoordeel, Uitkomst, ZelftoetsData};
use crate::ui::state::dossier_data;

/// What was typed, and everything computed from it; shared by the steps through context.
#[derive(Clone, Copy)]
pub struct ZelftoetsModel {
    pub data: RwSignal<ZelftoetsData>,
    pub uitkomst: Memo<Uitkomst>,
}

impl ZelftoetsModel {
    pub fn voor(id: String) -> ZelftoetsModel {
        let (data, uitkomst) = dossier_data(id, |m| ZelftoetsData::uit(m).ok(), ZelftoetsData::naar_map, beoordeel);
        ZelftoetsModel { data, uitkomst }
    }

    pub fn waarde(&self, id: &str) -> String {
        self.data.with(|d| d.invoer.get(id).cloned().unwrap_or_default())
    }

    pub fn zet(&self, id: &str, waarde: String) {
        self.data.update(|d| {
            if waarde.is_empty() {
                d.invoer.remove(id);
            } else {
                d.invoer.insert(id.to_string(), waarde);
            }
        });
    }

    pub fn fout(&self, id: &str) -> Option<String> {
        self.uitkomst.with(|u| u.fouten.get(id).cloned())
    }
}

pub fn model() -> ZelftoetsModel {
    expect_context::<ZelftoetsModel>()
}
