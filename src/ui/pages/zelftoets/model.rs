use leptos::prelude::*;

use crate::domain::keurmerk::ZelftoetsVeld;
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

    pub fn waarde(&self, veld: ZelftoetsVeld) -> String {
        self.data.with(|d| d.invoer.get(&veld.id()).cloned().unwrap_or_default())
    }

    pub fn zet(&self, veld: ZelftoetsVeld, waarde: String) {
        self.data.update(|d| {
            if waarde.is_empty() {
                d.invoer.remove(&veld.id());
            } else {
                d.invoer.insert(veld.id(), waarde);
            }
        });
    }

    pub fn fout(&self, veld: ZelftoetsVeld) -> Option<String> {
        self.uitkomst.with(|u| u.fout(veld).map(str::to_string))
    }
}

pub fn model() -> ZelftoetsModel {
    expect_context::<ZelftoetsModel>()
}
