//! The app's dossiers in memory, kept in step with browser storage.
//!
//! Memory is the truth while the page is open: one app runs per page, so nothing else on the page
//! writes these dossiers. When storage refuses a write (quota, privacy settings), the change stays
//! here, is listed as not saved, and can be exported or retried.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use serde_json::{Map, Value};

use super::bewaren::Bewaren;
use super::browser;
use crate::dossier::herkomst::{self, Herkomst};
use crate::dossier::ontvangst::{kent_van, onthoud, ontvang, werk_bij, Bekend, Ontvangst};
use crate::dossier::samenvoegen::{zet_op_pad, Conflict};
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
    bronnen: StoredValue<Vec<Koppeling>>,
    /// Per dossier the versions this page read, wrote or took from another tab, oldest first
    /// (`ontvangst::BEKEND`): a merge with another tab's version starts from the newest one both
    /// include.
    bekend: StoredValue<std::collections::BTreeMap<String, Vec<Bekend>>>,
    /// Places where this tab and another changed the same value differently: this tab's value
    /// stands until the user chooses (`houd_mijn`, `neem_hun`).
    pub conflicten: RwSignal<Vec<(String, Conflict)>>,
    /// Places of a dossier a person settled here since its last write: the next write names them
    /// (`Herkomst::gekozen`), so the other tab takes the choice.
    gekozen: StoredValue<Vec<(String, Conflict)>>,
    /// How this page checks a dossier it reads (`Pagina::controle`).
    controle: dossier::Controle,
    /// When each dossier was last exported or imported, and the browser's answer when asked to
    /// keep the data (asked at the first save).
    pub bewaren: Bewaren,
}

/// Reads an open calculator's data as its dossier's `data` object (`None` once it is gone).
type Bron = Arc<dyn Fn() -> Option<Map<String, Value>> + Send + Sync>;
/// Puts data from elsewhere (another tab, a merge) into an open calculator.
type Zetter = Arc<dyn Fn(&Map<String, Value>) + Send + Sync>;
/// A `data` object as the calculator writes it (its defaults filled in), so versions compare.
type Normaal = Arc<dyn Fn(&Map<String, Value>) -> Option<Map<String, Value>> + Send + Sync>;

/// Takes in another tab's version (`dossier::ontvangst`), and puts a value at a conflict's path.
type Ontvang =
    fn(&[Bekend], &Dossier, bool, &[Conflict], &Dossier, &Herkomst, &dyn Fn(&Dossier) -> Dossier) -> Ontvangst;
type ZetOpPad = fn(&mut Dossier, &str, Option<Value>) -> bool;

/// An open calculator of one dossier: how to read its data, put data in, and write them. The
/// merge comes with it, so a page without calculators (the start page) does not carry it.
#[derive(Clone)]
struct Koppeling {
    id: String,
    lees: Bron,
    zet: Zetter,
    normaal: Normaal,
    ontvang: Ontvang,
    zet_op_pad: ZetOpPad,
}

/// How long a change waits before it is written. Leaving the page, switching tabs, another
/// screen, an export or a copy write it at once (`bewaar_wachtend`).
const SCHRIJFPAUZE: Duration = Duration::from_millis(300);

impl AppState {
    /// Reads storage, checking dossiers as this page does (`Pagina::controle`).
    pub fn laad(controle: dossier::Controle) -> AppState {
        let (inhoud, fout) = match store::laad(&LocalStorage, controle) {
            Ok(inhoud) => (inhoud, None),
            Err(fout) => (store::Inhoud::default(), Some(fout)),
        };
        let bekend = inhoud
            .dossiers
            .iter()
            .map(|o| {
                let h = inhoud.herkomst.get(&o.id).cloned().unwrap_or_default();
                (o.id.clone(), vec![Bekend { herkomst: h, dossier: o.dossier.clone() }])
            })
            .collect();
        AppState {
            dossiers: RwSignal::new(inhoud.dossiers),
            beschadigd: RwSignal::new(inhoud.beschadigd),
            niet_bewaard: RwSignal::new(Vec::new()),
            opslag_fout: RwSignal::new(fout),
            wachtend: StoredValue::new(Vec::new()),
            bronnen: StoredValue::new(Vec::new()),
            bekend: StoredValue::new(bekend),
            conflicten: RwSignal::new(Vec::new()),
            gekozen: StoredValue::new(Vec::new()),
            bewaren: Bewaren::laad(),
            controle,
        }
    }

    /// Another tab wrote storage key `sleutel`. Without a change of that dossier here, its
    /// version is taken over, into an open calculator too. With one, or when the two tabs' writes
    /// crossed, the two are merged (`dossier::ontvangst`): changes to different fields are both
    /// kept, where both changed the same value this tab's stays and the place is listed in
    /// `conflicten`, and the result is written when the other tab lacks part of it.
    ///
    /// `nieuw` is the text the other tab wrote (`None`: it deleted the dossier). Each version is
    /// taken in as announced, in order, not as storage holds it by now: storage may hold this
    /// tab's own later write, which does not include the other's.
    pub fn van_andere_tab(&self, sleutel: &str, nieuw: Option<String>) {
        let Some(id) = sleutel.strip_prefix(store::PREFIX) else { return };
        let hun = match nieuw {
            Some(tekst) => match dossier::lees_met(&tekst, self.controle) {
                Ok(d) => Some((d, herkomst::herkomst_van(&tekst))),
                // A damaged entry is reported at the next load; the copy here stays as it is.
                Err(_) => return,
            },
            None => None,
        };
        // A change here is one not written yet, or one an open calculator holds that the
        // dossier has not taken in yet (its notice may still be on its way).
        let koppeling = self.koppeling(id);
        let normaal =
            |m: &Map<String, Value>| koppeling.as_ref().and_then(|k| (k.normaal)(m)).unwrap_or_else(|| m.clone());
        let bron = koppeling.as_ref().and_then(|k| (k.lees)());
        let eigen = self.niet_bewaard.with_untracked(|n| n.iter().any(|x| x == id))
            || self.wachtend.with_value(|w| w.iter().any(|x| x == id))
            || bron.as_ref().is_some_and(|b| self.met_dossier(id, |o| normaal(&o.dossier.data) != *b).unwrap_or(false));
        let Some((hun, herkomst)) = hun else {
            // Deleted there: a change here keeps the dossier (it is written again), else it goes.
            if !eigen {
                self.dossiers.update(|ds| ds.retain(|o| o.id != id));
                self.bekend.update_value(|b| {
                    b.remove(id);
                });
            }
            return;
        };
        // Without a calculator open only a rename or a copy can be waiting here (storage refused
        // it): that stays, and is written when storage takes it again. The page with the
        // calculator merges.
        let Some(koppeling) = koppeling.as_ref() else {
            if !eigen {
                self.neem_over(id, hun.clone());
            }
            self.ken(id, Bekend { herkomst, dossier: hun });
            return;
        };
        // Bring this tab's latest typing in, then take theirs in.
        self.wachtend.update_value(|w| w.retain(|x| x != id));
        if let Some(data) = bron.filter(|_| eigen) {
            self.verander(id, |d| {
                d.data = data;
                true
            });
        }
        let Some(mijn) = self.dossier(id).map(|o| o.dossier) else { return };
        // All versions as the calculator writes them: a default it fills in is no change.
        let als_calculator = |d: &Dossier| Dossier { data: normaal(&d.data), ..d.clone() };
        let open: Vec<Conflict> =
            self.conflicten.with_untracked(|c| c.iter().filter(|(i, _)| i == id).map(|(_, c)| c.clone()).collect());
        let uit = self.bekend.with_value(|b| {
            let bekend = b.get(id).map_or(&[][..], Vec::as_slice);
            (koppeling.ontvang)(bekend, &mijn, eigen, &open, &als_calculator(&hun), &herkomst, &als_calculator)
        });
        self.ken(id, Bekend { herkomst, dossier: hun });
        self.neem_over(id, uit.dossier);
        self.conflicten.update(|c| {
            c.retain(|(i, _)| i != id);
            c.extend(uit.conflicten.into_iter().map(|n| (id.to_string(), n)));
        });
        if uit.schrijven {
            self.bewaar(id);
        }
    }

    /// Remembers a version of dossier `id` that storage held (read, written or taken in).
    fn ken(&self, id: &str, versie: Bekend) {
        self.bekend.update_value(|b| onthoud(b.entry(id.to_string()).or_default(), versie));
    }

    /// Puts `dossier` in memory and into its open calculator, without writing it.
    fn neem_over(&self, id: &str, dossier: Dossier) {
        if let Some(k) = self.koppeling(id) {
            (k.zet)(&dossier.data);
        }
        self.leg_neer(id, dossier);
        // Setting the calculator marked it changed; what it holds is what came in.
        self.wachtend.update_value(|w| w.retain(|x| x != id));
    }

    /// Keeps this tab's value at conflict `index` (it is already in the dossier) and writes it,
    /// so the other tab hears the choice.
    pub fn houd_mijn(&self, index: usize) {
        let Some((id, _)) = self.vergeet_conflict(index) else { return };
        self.bewaar_wachtend();
        self.bewaar(&id);
    }

    /// A person settled conflict `index`: it is no longer asked, and the next write says so.
    /// Returns the dossier's id and the conflict.
    fn vergeet_conflict(&self, index: usize) -> Option<(String, Conflict)> {
        let gekozen = self.conflicten.try_update(|c| (index < c.len()).then(|| c.remove(index))).flatten()?;
        self.gekozen.update_value(|g| g.push(gekozen.clone()));
        Some(gekozen)
    }

    /// Takes the other tab's value at conflict `index` and writes the dossier.
    pub fn neem_hun(&self, index: usize) {
        let Some((id, conflict)) = self.vergeet_conflict(index) else { return };
        self.bewaar_wachtend();
        let (Some(k), Some(mut d)) = (self.koppeling(&id), self.dossier(&id).map(|o| o.dossier)) else { return };
        if (k.zet_op_pad)(&mut d, &conflict.pad, conflict.hun) {
            self.neem_over(&id, d);
            self.bewaar(&id);
        }
    }

    fn koppeling(&self, id: &str) -> Option<Koppeling> {
        self.bronnen.with_value(|b| b.iter().rev().find(|k| k.id == id).cloned())
    }

    fn lees_bron(&self, id: &str) -> Option<Map<String, Value>> {
        self.koppeling(id).and_then(|k| (k.lees)())
    }

    /// Writes what typing changed; also called when the page is left or hidden and before a
    /// screen, an export or a copy reads the dossier, so nothing waits then.
    pub fn bewaar_wachtend(&self) {
        for id in self.wachtend.try_update_value(std::mem::take).unwrap_or_default() {
            if let Some(data) = self.lees_bron(&id) {
                self.zet_data(&id, data);
            }
        }
    }

    /// A calculator opened dossier `id`: its data are read from `bron` when they are written.
    /// The returned function ends that, after writing what is still waiting.
    fn koppel(&self, id: &str, bron: Bron, zet: Zetter, normaal: Normaal) -> impl Fn() + Send + Sync + 'static {
        let state = *self;
        let koppeling = Koppeling { id: id.to_string(), lees: bron.clone(), zet, normaal, ontvang, zet_op_pad };
        self.bronnen.update_value(|b| b.push(koppeling));
        move || {
            state.bewaar_wachtend();
            state.bronnen.try_update_value(|b| b.retain(|k| !Arc::ptr_eq(&k.lees, &bron)));
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
        self.leg_neer(id, dossier);
        self.bewaar(id);
    }

    /// Puts the dossier in memory, in list order, replacing the one with its id.
    fn leg_neer(&self, id: &str, dossier: Dossier) {
        self.dossiers.update(|ds| {
            match ds.iter_mut().find(|o| o.id == id) {
                Some(o) => o.dossier = dossier,
                None => ds.push(Opgeslagen { id: id.to_string(), dossier }),
            }
            store::sorteer(ds);
        });
    }

    fn bewaar(&self, id: &str) {
        let kent = self.bekend.with_value(|b| b.get(id).map(|l| kent_van(l)).unwrap_or_default());
        let open = self.werk_conflicten_bij(id);
        let gekozen: Vec<(String, Option<Value>)> = self
            .gekozen
            .with_value(|g| g.iter().filter(|(i, _)| i == id).map(|(_, c)| (c.pad.clone(), c.hun.clone())).collect());
        let Some(uitkomst) = self.dossiers.with_untracked(|ds| {
            ds.iter().find(|o| o.id == id).map(|o| {
                let herkomst = Herkomst { merk: 0, kent, open, gekozen };
                store::bewaar(&LocalStorage, id, &o.dossier, herkomst.clone())
                    .map(|merk| Bekend { herkomst: Herkomst { merk, ..herkomst }, dossier: o.dossier.clone() })
            })
        }) else {
            return;
        };
        match uitkomst {
            Ok(versie) => {
                self.ken(id, versie);
                self.gekozen.update_value(|g| g.retain(|(i, _)| i != id));
                self.niet_bewaard.update(|n| n.retain(|x| x != id));
                if self.niet_bewaard.with(Vec::is_empty) {
                    self.opslag_fout.set(None);
                }
                self.bewaren.na_opslaan();
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

    /// The places of dossier `id` still asked about, after this tab's own typing there, each with
    /// the other tab's value.
    fn werk_conflicten_bij(&self, id: &str) -> Vec<(String, Option<Value>)> {
        let mut hier: Vec<Conflict> =
            self.conflicten.with_untracked(|c| c.iter().filter(|(i, _)| i == id).map(|(_, c)| c.clone()).collect());
        if hier.is_empty() {
            return Vec::new();
        }
        if let Some(d) = self.dossier(id) {
            werk_bij(&mut hier, &d.dossier);
        }
        let open = hier.iter().map(|c| (c.pad.clone(), c.hun.clone())).collect();
        self.conflicten.update(|c| {
            c.retain(|(i, _)| i != id);
            c.extend(hier.into_iter().map(|n| (id.to_string(), n)));
        });
        open
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
        self.bekend.update_value(|b| {
            b.remove(id);
        });
        self.niet_bewaard.update(|n| n.retain(|x| x != id));
        if self.niet_bewaard.with(Vec::is_empty) {
            self.opslag_fout.set(None);
        }
    }

    /// Validates a file and adds it as a new dossier; existing dossiers are never touched.
    pub fn importeer(&self, bytes: &[u8]) -> Result<Opgeslagen, ImportFout> {
        Ok(self.voeg_toe(dossier::lees_import(bytes)?))
    }

    /// Adds an imported dossier as a new one, with a fresh id; existing dossiers are never touched.
    pub fn voeg_toe(&self, dossier: Dossier) -> Opgeslagen {
        let id = self.nieuw_id();
        self.zet(&id, dossier.clone());
        self.bewaren.geimporteerd(&id, browser::nu());
        Opgeslagen { id, dossier }
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
        let zet = Arc::new(move |m: &Map<String, Value>| {
            if let Some(nieuw) = lees(m) {
                data.try_set(nieuw);
            }
        });
        let normaal = Arc::new(move |m: &Map<String, Value>| lees(m).map(|t| schrijf(&t)));
        let los = state.koppel(&id, Arc::new(move || data.try_with_untracked(schrijf)), zet, normaal);
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
