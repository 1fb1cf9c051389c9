//! Keeping the data: the browser's answer when asked to keep this site's data, and when each
//! dossier was last exported or imported. Read from storage once when the page loads, written
//! through `store::bewaren`, and kept in step with other tabs.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::browser;
use crate::store::bewaren::{self, Blijvend, Kopieen, EXPORT_PREFIX, IMPORT_PREFIX, PERSIST_SLEUTEL};
use crate::store::LocalStorage;

#[derive(Clone, Copy)]
pub struct Bewaren {
    /// `None` until the first dossier is saved in this browser.
    pub blijvend: RwSignal<Option<Blijvend>>,
    /// By dossier id.
    pub kopieen: RwSignal<BTreeMap<String, Kopieen>>,
    /// Whether this page has asked, or needs not ask, the browser.
    gevraagd: StoredValue<bool>,
}

impl Bewaren {
    pub fn laad() -> Bewaren {
        let blijvend = bewaren::lees_blijvend(&LocalStorage);
        // Asked before without an answer (the page was closed while the browser asked the user):
        // asked again at the next save.
        let beantwoord = blijvend.is_some_and(|b| b != Blijvend::Gevraagd);
        Bewaren {
            blijvend: RwSignal::new(blijvend),
            kopieen: RwSignal::new(bewaren::lees_kopieen(&LocalStorage)),
            gevraagd: StoredValue::new(beantwoord),
        }
    }

    /// A dossier was saved. The first time in this browser, ask it to keep the data
    /// (`navigator.storage.persist()`) and keep its answer.
    pub fn na_opslaan(&self) {
        if self.gevraagd.get_value() {
            return;
        }
        self.gevraagd.set_value(true);
        // Another tab may have had the answer meanwhile.
        if let Some(b @ (Blijvend::Ja | Blijvend::Nee | Blijvend::NietOndersteund)) =
            bewaren::lees_blijvend(&LocalStorage)
        {
            self.blijvend.set(Some(b));
            return;
        }
        let _ = bewaren::zet_blijvend(&LocalStorage, Blijvend::Gevraagd);
        self.blijvend.set(Some(Blijvend::Gevraagd));
        let blijvend = self.blijvend;
        leptos::task::spawn_local(async move {
            let antwoord = match browser::vraag_blijvende_opslag().await {
                Some(true) => Blijvend::Ja,
                Some(false) => Blijvend::Nee,
                None => Blijvend::NietOndersteund,
            };
            let _ = bewaren::zet_blijvend(&LocalStorage, antwoord);
            blijvend.try_set(Some(antwoord));
        });
    }

    /// Dossier `id` was exported (alone or in a backup) at `moment`.
    pub fn geexporteerd(&self, id: &str, moment: DateTime<Utc>) {
        let _ = bewaren::zet_geexporteerd(&LocalStorage, id, moment);
        self.kopieen.update(|k| k.entry(id.to_string()).or_default().geexporteerd = Some(moment));
    }

    /// Dossier `id` came into this browser by an import at `moment`.
    pub fn geimporteerd(&self, id: &str, moment: DateTime<Utc>) {
        let _ = bewaren::zet_geimporteerd(&LocalStorage, id, moment);
        self.kopieen.update(|k| k.entry(id.to_string()).or_default().geimporteerd = Some(moment));
    }

    pub fn van(&self, id: &str) -> Kopieen {
        self.kopieen.with(|k| k.get(id).copied().unwrap_or_default())
    }

    /// Another tab wrote storage key `sleutel`.
    pub fn van_andere_tab(&self, sleutel: &str) {
        if sleutel == PERSIST_SLEUTEL {
            let b = bewaren::lees_blijvend(&LocalStorage);
            self.gevraagd.set_value(b.is_some_and(|b| b != Blijvend::Gevraagd));
            self.blijvend.set(b);
        } else if sleutel.starts_with(EXPORT_PREFIX) || sleutel.starts_with(IMPORT_PREFIX) {
            self.kopieen.set(bewaren::lees_kopieen(&LocalStorage));
        }
    }
}
