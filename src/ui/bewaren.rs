//! Keeping the data: the browser's answer when asked to keep this site's data, and when each
//! dossier was last exported or imported. Read from storage once when the page loads, written
//! through `store::bewaren`, and kept in step with other tabs. One signal holds it all (each
//! signal type costs wasm on every page).

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::browser;
use crate::store::bewaren::{self, kopie_van, Blijvend, Kopieen, EXPORT_PREFIX, IMPORT_PREFIX, PERSIST_SLEUTEL};
use crate::store::LocalStorage;

#[derive(Clone, Default, PartialEq)]
struct Stand {
    /// `None` until the first dossier is saved in this browser.
    blijvend: Option<Blijvend>,
    /// By dossier id.
    kopieen: Vec<(String, Kopieen)>,
    /// Whether this page has asked the browser, or needs not ask it.
    gevraagd: bool,
}

#[derive(Clone, Copy)]
pub struct Bewaren {
    stand: RwSignal<Stand>,
}

impl Bewaren {
    pub fn laad() -> Bewaren {
        let blijvend = bewaren::lees_blijvend(&LocalStorage);
        // Asked before without an answer (the page was closed while the browser asked the user):
        // asked again at the next save.
        let gevraagd = blijvend.is_some_and(|b| b != Blijvend::Gevraagd);
        let kopieen = bewaren::lees_kopieen(&LocalStorage);
        Bewaren { stand: RwSignal::new(Stand { blijvend, kopieen, gevraagd }) }
    }

    /// The browser's answer (reactive).
    pub fn blijvend(&self) -> Option<Blijvend> {
        self.stand.with(|s| s.blijvend)
    }

    /// When dossier `id` was last exported and imported (reactive).
    pub fn van(&self, id: &str) -> Kopieen {
        self.stand.with(|s| s.kopieen.iter().find(|(i, _)| i == id).map(|(_, k)| *k).unwrap_or_default())
    }

    /// A dossier was saved. The first time in this browser, ask it to keep the data
    /// (`navigator.storage.persist()`) and keep its answer.
    pub fn na_opslaan(&self) {
        if self.stand.with_untracked(|s| s.gevraagd) {
            return;
        }
        // Another tab may have had the answer meanwhile.
        let eerder = bewaren::lees_blijvend(&LocalStorage).filter(|b| *b != Blijvend::Gevraagd);
        if eerder.is_none() {
            let _ = bewaren::zet_blijvend(&LocalStorage, Blijvend::Gevraagd);
            let stand = self.stand;
            leptos::task::spawn_local(async move {
                let antwoord = match browser::vraag_blijvende_opslag().await {
                    Some(true) => Blijvend::Ja,
                    Some(false) => Blijvend::Nee,
                    None => Blijvend::NietOndersteund,
                };
                let _ = bewaren::zet_blijvend(&LocalStorage, antwoord);
                stand.try_update(|s| s.blijvend = Some(antwoord));
            });
        }
        self.stand.update(|s| {
            s.gevraagd = true;
            s.blijvend = Some(eerder.unwrap_or(Blijvend::Gevraagd));
        });
    }

    /// Dossier `id` was exported (alone or in a backup) at `moment`.
    pub fn geexporteerd(&self, id: &str, moment: DateTime<Utc>) {
        let _ = bewaren::zet_geexporteerd(&LocalStorage, id, moment);
        self.stand.update(|s| kopie_van(&mut s.kopieen, id).geexporteerd = Some(moment));
    }

    /// Dossier `id` came into this browser by an import at `moment`.
    pub fn geimporteerd(&self, id: &str, moment: DateTime<Utc>) {
        let _ = bewaren::zet_geimporteerd(&LocalStorage, id, moment);
        self.stand.update(|s| kopie_van(&mut s.kopieen, id).geimporteerd = Some(moment));
    }

    /// Another tab wrote storage key `sleutel`.
    pub fn van_andere_tab(&self, sleutel: &str) {
        if sleutel == PERSIST_SLEUTEL {
            let b = bewaren::lees_blijvend(&LocalStorage);
            self.stand.update(|s| {
                s.gevraagd = b.is_some_and(|b| b != Blijvend::Gevraagd);
                s.blijvend = b;
            });
        } else if sleutel.starts_with(EXPORT_PREFIX) || sleutel.starts_with(IMPORT_PREFIX) {
            let kopieen = bewaren::lees_kopieen(&LocalStorage);
            self.stand.update(|s| s.kopieen = kopieen);
        }
    }
}
