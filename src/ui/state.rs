//! The app's dossiers in memory, kept in step with browser storage.
//!
//! Memory is the truth while the page is open: one app runs per page, so nothing else on the page
//! writes these dossiers. When storage refuses a write (quota, privacy settings), the change stays
//! here, is listed as not saved, and can be exported or retried.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use serde_json::{Map, Value};

use super::browser;
use crate::dossier::{self, Dossier, DossierSoort, ImportFout};
use crate::store::{self, Backend, Beschadigd, LocalStorage, Opgeslagen, OpslagFout};
use crate::APP_VERSION;

#[derive(Clone, Copy)]
pub struct AppState {
    pub dossiers: RwSignal<Vec<Opgeslagen>>,
    pub beschadigd: RwSignal<Vec<Beschadigd>>,
    /// Ids whose latest version is only in memory.
    pub niet_bewaard: RwSignal<Vec<String>>,
    pub opslag_fout: RwSignal<Option<OpslagFout>>,
    /// Ids changed by typing whose write to storage waits a moment (`SCHRIJFPAUZE`), so a
    /// keystroke costs only its own figures and a typed word is written once.
    wachtend: StoredValue<Vec<String>>,
    /// Where an open calculator's current data is read when it is written, so typing does not
    /// turn the typed data into JSON on every keystroke.
    bronnen: StoredValue<Vec<(String, Bron)>>,
}

/// Reads an open calculator's data as its dossier's `data` object (`None` once it is gone).
type Bron = Arc<dyn Fn() -> Option<Map<String, Value>> + Send + Sync>;

/// How long a change waits before it is written. Leaving the page, switching tabs, another
/// screen, an export or a copy write it at once (`bewaar_wachtend`).
const SCHRIJFPAUZE: Duration = Duration::from_millis(300);

impl AppState {
    pub fn laad() -> AppState {
        let (inhoud, fout) = match store::laad(&LocalStorage) {
            Ok(inhoud) => (inhoud, None),
            Err(fout) => (store::Inhoud::default(), Some(fout)),
        };
        AppState {
            dossiers: RwSignal::new(inhoud.dossiers),
            beschadigd: RwSignal::new(inhoud.beschadigd),
            niet_bewaard: RwSignal::new(Vec::new()),
            opslag_fout: RwSignal::new(fout),
            wachtend: StoredValue::new(Vec::new()),
            bronnen: StoredValue::new(Vec::new()),
        }
    }

    /// Another tab wrote storage key `sleutel`: takes its version of that dossier over, unless this
    /// page holds a change of it that is not written yet (that one must not be dropped unseen).
    pub fn van_andere_tab(&self, sleutel: &str) {
        let Some(id) = sleutel.strip_prefix(store::PREFIX) else { return };
        let eigen = self.niet_bewaard.with_untracked(|n| n.iter().any(|x| x == id))
            || self.wachtend.with_value(|w| w.iter().any(|x| x == id));
        if eigen {
            return;
        }
        let vers = match LocalStorage.lees(sleutel) {
            Ok(Some(tekst)) => match dossier::lees(&tekst) {
                Ok(d) => Some(d),
                // A damaged entry is reported at the next load; the copy here stays as it is.
                Err(_) => return,
            },
            Ok(None) => None,
            Err(_) => return,
        };
        self.dossiers.update(|ds| {
            match (ds.iter_mut().find(|o| o.id == id), vers) {
                (Some(o), Some(d)) => o.dossier = d,
                (None, Some(d)) => ds.push(Opgeslagen { id: id.to_string(), dossier: d }),
                (Some(_), None) => ds.retain(|o| o.id != id),
                (None, None) => {}
            }
            store::sorteer(ds);
        });
    }

    /// Writes what typing changed; also called when the page is left or hidden and before a
    /// screen, an export or a copy reads the dossier, so nothing waits then.
    pub fn bewaar_wachtend(&self) {
        for id in self.wachtend.try_update_value(std::mem::take).unwrap_or_default() {
            let bron = self.bronnen.with_value(|b| b.iter().rev().find(|(i, _)| *i == id).map(|(_, f)| f.clone()));
            if let Some(data) = bron.and_then(|lees| lees()) {
                self.zet_data(&id, data);
            }
        }
    }

    /// A calculator opened dossier `id`: its data are read from `bron` when they are written.
    /// The returned function ends that, after writing what is still waiting.
    fn koppel(&self, id: &str, bron: Bron) -> impl Fn() + Send + Sync + 'static {
        let state = *self;
        self.bronnen.update_value(|b| b.push((id.to_string(), bron.clone())));
        move || {
            state.bewaar_wachtend();
            state.bronnen.try_update_value(|b| b.retain(|(_, f)| !Arc::ptr_eq(f, &bron)));
        }
    }

    /// The calculator of dossier `id` changed its data: they are written after `SCHRIJFPAUZE`.
    fn gewijzigd(&self, id: &str) {
        let eerste = self.wachtend.with_value(Vec::is_empty);
        self.wachtend.update_value(|w| {
            if !w.iter().any(|x| x == id) {
                w.push(id.to_string());
            }
        });
        if eerste {
            let state = *self;
            set_timeout(move || state.bewaar_wachtend(), SCHRIJFPAUZE);
        }
    }

    /// Dossier `id` with every change made on this page in it (for an export, a copy, a report).
    pub fn actueel(&self, id: &str) -> Option<Opgeslagen> {
        self.bewaar_wachtend();
        self.dossier(id)
    }

    pub fn dossier(&self, id: &str) -> Option<Opgeslagen> {
        self.met_dossier(id, Clone::clone)
    }

    /// Reads one part of dossier `id` without copying the dossier (its data can be large).
    pub fn met_dossier<R>(&self, id: &str, f: impl FnOnce(&Opgeslagen) -> R) -> Option<R> {
        self.dossiers.with(|ds| ds.iter().find(|o| o.id == id).map(f))
    }

    fn bestaat(&self, id: &str) -> bool {
        self.dossiers.with_untracked(|ds| ds.iter().any(|o| o.id == id))
    }

    pub fn van_soort(&self, soort: DossierSoort) -> Vec<Opgeslagen> {
        self.dossiers.with(|ds| ds.iter().filter(|o| o.dossier.kind == soort).cloned().collect())
    }

    fn nieuw_id(&self) -> String {
        let bezet = |sleutel: &str| LocalStorage.lees(sleutel).ok().flatten().is_some();
        let mut id = store::nieuw_id(bezet, browser::millis(), browser::toeval());
        // Also never reuse an id that exists only in memory.
        while self.bestaat(&id) {
            id = store::nieuw_id(bezet, browser::millis(), browser::toeval());
        }
        id
    }

    /// Puts the dossier in memory first, then tries storage.
    fn zet(&self, id: &str, dossier: Dossier) {
        self.dossiers.update(|ds| {
            match ds.iter_mut().find(|o| o.id == id) {
                Some(o) => o.dossier = dossier,
                None => ds.push(Opgeslagen { id: id.to_string(), dossier }),
            }
            store::sorteer(ds);
        });
        self.bewaar(id);
    }

    fn bewaar(&self, id: &str) {
        let Some(uitkomst) = self
            .dossiers
            .with_untracked(|ds| ds.iter().find(|o| o.id == id).map(|o| store::bewaar(&LocalStorage, id, &o.dossier)))
        else {
            return;
        };
        match uitkomst {
            Ok(()) => {
                self.niet_bewaard.update(|n| n.retain(|x| x != id));
                if self.niet_bewaard.with(Vec::is_empty) {
                    self.opslag_fout.set(None);
                }
            }
            Err(fout) => {
                self.niet_bewaard.update(|n| {
                    if !n.iter().any(|x| x == id) {
                        n.push(id.to_string());
                    }
                });
                self.opslag_fout.set(Some(fout));
            }
        }
    }

    pub fn probeer_opnieuw(&self) {
        for id in self.niet_bewaard.get_untracked() {
            self.bewaar(&id);
        }
    }

    pub fn maak(&self, soort: DossierSoort, titel: &str) -> Result<String, String> {
        let dossier = Dossier::nieuw(soort, titel, browser::nu(), APP_VERSION).map_err(|f| f.melding())?;
        let id = self.nieuw_id();
        self.zet(&id, dossier);
        Ok(id)
    }

    pub fn hernoem(&self, id: &str, titel: &str) -> Result<(), String> {
        let mut uitkomst = Err("Dit dossier bestaat niet meer.".to_string());
        self.wijzig(id, |d| {
            uitkomst = d.hernoem(titel, browser::nu()).map_err(|f| f.melding());
            uitkomst.is_ok()
        });
        uitkomst
    }

    /// Changes dossier `id` in place (`f` says whether it changed anything), then saves it.
    /// Nothing is copied and an unchanged dossier is neither re-rendered nor written.
    fn wijzig(&self, id: &str, f: impl FnOnce(&mut Dossier) -> bool) {
        if self.verander(id, f) {
            self.bewaar(id);
        }
    }

    /// Changes dossier `id` in memory; says whether anything changed.
    fn verander(&self, id: &str, f: impl FnOnce(&mut Dossier) -> bool) -> bool {
        let mut veranderd = false;
        self.dossiers.maybe_update(|ds| {
            if let Some(o) = ds.iter_mut().find(|o| o.id == id) {
                veranderd = f(&mut o.dossier);
                if veranderd {
                    store::sorteer(ds);
                }
            }
            veranderd
        });
        veranderd
    }

    /// Replaces the area content of a dossier and writes it, unless nothing changed.
    fn zet_data(&self, id: &str, data: Map<String, Value>) {
        let veranderd = self.verander(id, |d| {
            if d.data == data {
                return false;
            }
            d.data = data;
            d.updated = browser::nu();
            d.app_version = APP_VERSION.to_string();
            true
        });
        if veranderd {
            self.bewaar(id);
        }
    }

    pub fn dupliceer(&self, id: &str) -> Option<String> {
        let kopie = self.actueel(id)?.dossier.dupliceer(browser::nu(), APP_VERSION);
        let nieuw = self.nieuw_id();
        self.zet(&nieuw, kopie);
        Some(nieuw)
    }

    pub fn verwijder(&self, id: &str) {
        let _ = store::verwijder(&LocalStorage, id);
        self.dossiers.update(|ds| ds.retain(|o| o.id != id));
        self.niet_bewaard.update(|n| n.retain(|x| x != id));
        if self.niet_bewaard.with(Vec::is_empty) {
            self.opslag_fout.set(None);
        }
    }

    /// Validates a file and adds it as a new dossier; existing dossiers are never touched.
    pub fn importeer(&self, bytes: &[u8]) -> Result<Opgeslagen, ImportFout> {
        let dossier = dossier::lees_import(bytes)?;
        let id = self.nieuw_id();
        self.zet(&id, dossier.clone());
        Ok(Opgeslagen { id, dossier })
    }

    pub fn verwijder_beschadigd(&self, sleutel: &str) {
        let _ = store::verwijder_beschadigd(&LocalStorage, sleutel);
        self.beschadigd.update(|b| b.retain(|x| x.sleutel != sleutel));
    }
}

/// An area's typed data of dossier `id` and what is computed from it. Every edit after the first
/// run is saved back into the dossier; opening a dossier never changes it.
pub fn dossier_data<T, U>(
    id: String,
    lees: fn(&serde_json::Map<String, serde_json::Value>) -> Option<T>,
    schrijf: fn(&T) -> serde_json::Map<String, serde_json::Value>,
    bereken: fn(&T) -> U,
) -> (RwSignal<T>, Memo<U>)
where
    T: Default + Send + Sync + 'static,
    U: PartialEq + Send + Sync + 'static,
{
    let state = app_state();
    let begin = state.met_dossier(&id, |o| lees(&o.dossier.data)).flatten();
    // Reading a dossier checked its data (`dossier::lees`), so they parse. Should they ever not,
    // what is stored must not be replaced by defaults: then nothing is written back.
    let leesbaar = begin.is_some();
    let data = RwSignal::new(begin.unwrap_or_default());
    let uitkomst = Memo::new(move |_| data.with(bereken));
    if leesbaar {
        let los = state.koppel(&id, Arc::new(move || data.try_with_untracked(schrijf)));
        on_cleanup(los);
    }
    Effect::new(move |vorige: Option<()>| {
        data.track();
        if vorige.is_some() && leesbaar {
            state.gewijzigd(&id);
        }
    });
    (data, uitkomst)
}

pub fn app_state() -> AppState {
    expect_context::<AppState>()
}
