use leptos::prelude::*;

use crate::dossier::zelftoets::{beoordeel, Uitkomst, ZelftoetsData};
use crate::ui::state::app_state;

/// What was typed, and everything computed from it; shared by the steps through context.
#[derive(Clone, Copy)]
pub struct ZelftoetsModel {
    pub data: RwSignal<ZelftoetsData>,
    pub uitkomst: Memo<Uitkomst>,
}

impl ZelftoetsModel {
    pub fn voor(id: String) -> ZelftoetsModel {
        let state = app_state();
        let begin = state
            .dossier(&id)
            .and_then(|o| ZelftoetsData::uit(&o.dossier.data).ok())
            .unwrap_or_default();
        let data = RwSignal::new(begin);
        let uitkomst = Memo::new(move |_| data.with(beoordeel));
        // Opening a dossier must not change it: only edits after the first run are saved.
        Effect::new(move |vorige: Option<()>| {
            let map = data.with(ZelftoetsData::naar_map);
            if vorige.is_some() {
                state.zet_data(&id, map);
            }
        });
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
