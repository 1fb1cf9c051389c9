//! Two tabs on one dossier never lose an edit, whatever the order in which their writes and the
//! other's notices arrive. Two tabs are simulated with the app's own pieces: the stored text with
//! its `Herkomst` (`store::bewaar` on an in-memory storage), and `dossier::ontvangst` for what a
//! tab does with a version another tab wrote. A tab is what `ui::state::AppState` keeps per
//! dossier: what it holds, whether that has an unwritten edit, the versions it knows, and the
//! places it asks about. The order of typing, writing, notices and choices is generated.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use proptest::prelude::*;
use serde_json::Value;
use werkwaarde::dossier::herkomst::{herkomst_van, Herkomst};
use werkwaarde::dossier::ontvangst::{kent_van, onthoud, ontvang, werk_bij, zelfde_inhoud, Bekend};
use werkwaarde::dossier::samenvoegen::{lees_op_pad, zet_op_pad, Conflict};
use werkwaarde::dossier::{self, Dossier, DossierSoort};
use werkwaarde::store::{self, Backend, Geheugen};

const VELDEN: [&str; 3] = ["f0", "f1", "f2"];
const SLEUTEL: &str = "werkwaarde.dossier.x";

struct Tab {
    naam: char,
    mem: Dossier,
    eigen: bool,
    bekend: Vec<Bekend>,
    open: Vec<Conflict>,
    /// Places a person settled here since the last write.
    gekozen: Vec<(String, Option<Value>)>,
    /// Texts the other tab wrote, in the order they are announced here.
    wachtrij: VecDeque<String>,
}

struct Wereld {
    opslag: Geheugen,
    tabs: [Tab; 2],
    teller: u32,
    /// Values a person replaced knowingly: typed over, or not chosen when asked.
    vervangen: BTreeSet<String>,
    /// Every value typed, per field.
    getypt: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone)]
enum Stap {
    Typ { tab: usize, veld: usize },
    Schrijf { tab: usize },
    Bezorg { tab: usize },
    Kies { tab: usize, hun: bool },
}

fn pad(veld: &str) -> String {
    format!("$.data.{veld}")
}

impl Wereld {
    fn nieuw() -> Wereld {
        let opslag = Geheugen::default();
        let begin = Dossier::nieuw(DossierSoort::Loonwaarde, "Twee tabbladen", chrono::Utc::now(), "0").unwrap();
        let merk = store::bewaar(&opslag, "x", &begin, Herkomst::default()).unwrap();
        let tab = |naam| Tab {
            naam,
            mem: begin.clone(),
            eigen: false,
            bekend: vec![Bekend { herkomst: Herkomst { merk, ..Herkomst::default() }, dossier: begin.clone() }],
            open: Vec::new(),
            gekozen: Vec::new(),
            wachtrij: VecDeque::new(),
        };
        Wereld { opslag, tabs: [tab('A'), tab('B')], teller: 0, vervangen: BTreeSet::new(), getypt: BTreeMap::new() }
    }

    /// A fresh dossier in two tabs after `stappen`.
    fn na(stappen: &[Stap]) -> Wereld {
        let mut w = Wereld::nieuw();
        for s in stappen {
            w.stap(s);
        }
        w
    }

    fn stap(&mut self, stap: &Stap) {
        match *stap {
            Stap::Typ { tab, veld } => {
                // A person types in the tab in front: what the other tab wrote before has been
                // heard there (a notice takes milliseconds; moving to a tab and typing does not).
                self.eerdere_aangekomen(1 - tab);
                self.teller += 1;
                let t = &mut self.tabs[tab];
                let waarde = format!("{}{}", t.naam, self.teller);
                let veld = VELDEN[veld];
                if let Some(Value::String(oud)) = t.mem.data.get(veld) {
                    self.vervangen.insert(oud.clone());
                }
                t.mem.data.insert(veld.into(), Value::String(waarde.clone()));
                t.eigen = true;
                self.getypt.entry(veld.into()).or_default().push(waarde);
            }
            Stap::Schrijf { tab } => {
                if self.tabs[tab].eigen {
                    self.schrijf(tab);
                }
            }
            Stap::Bezorg { tab } => {
                if let Some(tekst) = self.tabs[tab].wachtrij.pop_front() {
                    self.ontvang(tab, &tekst);
                }
            }
            Stap::Kies { tab, hun } => {
                let t = &mut self.tabs[tab];
                if t.open.is_empty() {
                    return;
                }
                // A person reads the question before choosing: by then each tab has heard of
                // the other's writes (a notice takes milliseconds, a click does not).
                self.eerdere_aangekomen(tab);
                self.eerdere_aangekomen(1 - tab);
                let t = &mut self.tabs[tab];
                if t.open.is_empty() {
                    return;
                }
                // As `AppState::houd_mijn` and `neem_hun`: keeping leaves what this tab holds,
                // taking puts the other's value in.
                let c = t.open.remove(0);
                let niet = if hun { lees_op_pad(&t.mem, &c.pad) } else { c.hun.clone() };
                if let Some(Value::String(s)) = niet {
                    self.vervangen.insert(s);
                }
                if hun {
                    assert!(zet_op_pad(&mut t.mem, &c.pad, c.hun.clone()));
                }
                t.gekozen.push((c.pad.clone(), c.hun.clone()));
                self.schrijf(tab);
            }
        }
    }

    /// Every write of tab `tab` so far reaches the other tab.
    fn eerdere_aangekomen(&mut self, tab: usize) {
        while let Some(tekst) = self.tabs[1 - tab].wachtrij.pop_front() {
            self.ontvang(1 - tab, &tekst);
        }
    }

    fn schrijf(&mut self, tab: usize) {
        let t = &mut self.tabs[tab];
        werk_bij(&mut t.open, &t.mem);
        let kent = kent_van(&t.bekend);
        let open = t.open.iter().map(|c| (c.pad.clone(), c.hun.clone())).collect();
        let gekozen = std::mem::take(&mut t.gekozen);
        let herkomst = Herkomst { merk: 0, kent, open, gekozen };
        let merk = store::bewaar(&self.opslag, "x", &t.mem, herkomst.clone()).unwrap();
        if std::env::var("SPOOR").is_ok() {
            eprintln!(
                "{} writes {:x} {:?} open {:?}",
                t.naam,
                merk & 0xfff,
                t.mem.data,
                t.open.iter().map(|c| (&c.mijn, &c.hun)).collect::<Vec<_>>()
            );
        }
        onthoud(&mut t.bekend, Bekend { herkomst: Herkomst { merk, ..herkomst }, dossier: t.mem.clone() });
        t.eigen = false;
        let tekst = self.opslag.lees(SLEUTEL).unwrap().unwrap();
        self.tabs[1 - tab].wachtrij.push_back(tekst);
    }

    fn ontvang(&mut self, tab: usize, tekst: &str) {
        let t = &mut self.tabs[tab];
        if std::env::var("SPOOR").is_ok() {
            let h = herkomst_van(tekst);
            eprintln!(
                "{} receives {:x} kent {:x?} open {:?} gekozen {:?} data {:?} | mem {:?} eigen {} open {:?}",
                t.naam,
                h.merk & 0xfff,
                h.kent.iter().map(|k| k & 0xfff).collect::<Vec<_>>(),
                h.open,
                h.gekozen,
                dossier::lees(tekst).unwrap().data,
                t.mem.data,
                t.eigen,
                t.open.iter().map(|c| (&c.mijn, &c.hun)).collect::<Vec<_>>()
            );
        }
        let hun = dossier::lees(tekst).unwrap();
        let herkomst = herkomst_van(tekst);
        let uit = ontvang(&t.bekend, &t.mem, t.eigen, &t.open, &hun, &herkomst, &Clone::clone);
        onthoud(&mut t.bekend, Bekend { herkomst, dossier: hun });
        t.mem = uit.dossier;
        t.open = uit.conflicten;
        t.eigen = false;
        if uit.schrijven {
            self.schrijf(tab);
        }
    }

    /// Every notice is delivered and every edit written, until nothing moves; `false` when the
    /// tabs keep writing back and forth.
    fn tot_rust(&mut self) -> bool {
        for _ in 0..200 {
            let mut bewogen = false;
            for tab in 0..2 {
                if self.tabs[tab].eigen {
                    self.schrijf(tab);
                    bewogen = true;
                }
                if let Some(tekst) = self.tabs[tab].wachtrij.pop_front() {
                    self.ontvang(tab, &tekst);
                    bewogen = true;
                }
            }
            if !bewogen {
                return true;
            }
        }
        false
    }

    fn opgeslagen(&self) -> Dossier {
        dossier::lees(&self.opslag.lees(SLEUTEL).unwrap().unwrap()).unwrap()
    }

    /// Nothing typed is gone unless a person replaced it knowingly, and every place asked about
    /// holds this tab's value there.
    fn controleer(&self) -> Result<(), String> {
        let opgeslagen = self.opgeslagen();
        for (veld, waarden) in &self.getypt {
            for w in waarden {
                let ergens = self
                    .tabs
                    .iter()
                    .map(|t| &t.mem)
                    .chain([&opgeslagen])
                    .any(|d| d.data.get(veld.as_str()) == Some(&Value::String(w.clone())));
                if !ergens && !self.vervangen.contains(w) {
                    return Err(format!("{veld} = {w} is lost"));
                }
            }
        }
        // Typing not yet written may change a place asked about; it is brought up to date when written.
        for t in self.tabs.iter().filter(|t| !t.eigen) {
            for c in &t.open {
                if lees_op_pad(&t.mem, &c.pad) != c.mijn || c.mijn == c.hun {
                    return Err(format!("tab {} asks about {c:?} but holds {:?}", t.naam, lees_op_pad(&t.mem, &c.pad)));
                }
            }
        }
        Ok(())
    }

    /// At rest, where nobody is asked, both tabs and storage agree.
    fn eens(&self) -> Result<(), String> {
        let opgeslagen = self.opgeslagen();
        let gevraagd: BTreeSet<&str> = self.tabs.iter().flat_map(|t| t.open.iter().map(|c| c.pad.as_str())).collect();
        for veld in VELDEN {
            let p = pad(veld);
            if gevraagd.contains(p.as_str()) {
                continue;
            }
            let [a, b] = [&self.tabs[0].mem, &self.tabs[1].mem].map(|d| d.data.get(veld));
            if a != b || a != opgeslagen.data.get(veld) {
                return Err(format!("{veld}: A {a:?}, B {b:?}, stored {:?}, nobody asks", opgeslagen.data.get(veld)));
            }
        }
        Ok(())
    }
}

fn stap() -> impl Strategy<Value = Stap> {
    prop_oneof![
        3 => (0..2usize, 0..VELDEN.len()).prop_map(|(tab, veld)| Stap::Typ { tab, veld }),
        3 => (0..2usize).prop_map(|tab| Stap::Schrijf { tab }),
        3 => (0..2usize).prop_map(|tab| Stap::Bezorg { tab }),
        1 => (0..2usize, any::<bool>()).prop_map(|(tab, hun)| Stap::Kies { tab, hun }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Any order of typing, writing, notices and choices: nothing typed is lost, the tabs come
    /// to rest, and where nobody is asked they agree with storage.
    ///
    #[test]
    fn two_tabs_never_lose_an_edit(stappen in prop::collection::vec(stap(), 0..40)) {
        let mut w = Wereld::nieuw();
        for s in &stappen {
            w.stap(s);
            prop_assert!(w.controleer().is_ok(), "{:?}", w.controleer());
        }
        prop_assert!(w.tot_rust(), "the tabs keep writing back and forth");
        prop_assert!(w.controleer().is_ok(), "{:?}", w.controleer());
        prop_assert!(w.eens().is_ok(), "{:?}", w.eens());
        // Once every question is answered, both tabs and storage hold the same.
        for _ in 0..10 {
            for tab in 0..2 {
                while !w.tabs[tab].open.is_empty() {
                    w.stap(&Stap::Kies { tab, hun: tab == 0 });
                    prop_assert!(w.tot_rust(), "the tabs keep writing back and forth after a choice");
                }
            }
        }
        prop_assert!(w.tabs.iter().all(|t| t.open.is_empty()), "questions keep coming back");
        let opgeslagen = w.opgeslagen();
        prop_assert!(zelfde_inhoud(&w.tabs[0].mem, &opgeslagen) && zelfde_inhoud(&w.tabs[1].mem, &opgeslagen));
        prop_assert!(w.controleer().is_ok(), "{:?}", w.controleer());
    }
}

/// The race of the browser test, step by step: both tabs type and write before either hears of
/// the other. Before versions carried their `Herkomst`, each tab took the other's version whole
/// and the first edit was gone.
#[test]
fn writes_that_cross_are_both_kept() {
    let mut w = Wereld::na(&[
        Stap::Typ { tab: 0, veld: 0 },
        Stap::Typ { tab: 1, veld: 1 },
        Stap::Schrijf { tab: 0 },
        Stap::Schrijf { tab: 1 },
        Stap::Bezorg { tab: 0 },
        Stap::Bezorg { tab: 1 },
    ]);
    assert!(w.tot_rust());
    w.controleer().unwrap();
    w.eens().unwrap();
    let opgeslagen = w.opgeslagen();
    assert_eq!(opgeslagen.data.get("f0"), Some(&Value::String("A1".into())));
    assert_eq!(opgeslagen.data.get("f1"), Some(&Value::String("B2".into())));
    assert!(w.tabs.iter().all(|t| zelfde_inhoud(&t.mem, &opgeslagen)));
}

/// One value typed in both tabs at once: each keeps its own and asks, with the other's value;
/// neither writes back and forth; the choice in one tab ends the question in both.
#[test]
fn the_same_field_in_both_is_asked_in_both_until_one_chooses() {
    let mut w = Wereld::na(&[
        Stap::Typ { tab: 0, veld: 0 },
        Stap::Typ { tab: 1, veld: 0 },
        Stap::Schrijf { tab: 0 },
        Stap::Schrijf { tab: 1 },
    ]);
    assert!(w.tot_rust());
    w.controleer().unwrap();
    w.eens().unwrap();
    for (t, mijn, hun) in [(0, "A1", "B2"), (1, "B2", "A1")] {
        let c = &w.tabs[t].open;
        assert_eq!(c.len(), 1, "tab {t}: {c:?}");
        assert_eq!((c[0].mijn.clone(), c[0].hun.clone()), (Some(mijn.into()), Some(hun.into())));
    }
    w.stap(&Stap::Kies { tab: 1, hun: true });
    assert!(w.tot_rust());
    assert!(w.tabs.iter().all(|t| t.open.is_empty()));
    let opgeslagen = w.opgeslagen();
    assert_eq!(opgeslagen.data.get("f0"), Some(&Value::String("A1".into())));
    assert!(w.tabs.iter().all(|t| zelfde_inhoud(&t.mem, &opgeslagen)));
}

/// An edit made after hearing of the other's is a later edit, not a question.
#[test]
fn an_edit_made_after_seeing_the_other_is_taken_without_asking() {
    let mut w = Wereld::na(&[
        Stap::Typ { tab: 0, veld: 0 },
        Stap::Schrijf { tab: 0 },
        Stap::Bezorg { tab: 1 },
        Stap::Typ { tab: 1, veld: 0 },
        Stap::Schrijf { tab: 1 },
    ]);
    assert!(w.tot_rust());
    assert!(w.tabs.iter().all(|t| t.open.is_empty()));
    assert_eq!(w.opgeslagen().data.get("f0"), Some(&Value::String("B2".into())));
    assert_eq!(w.tabs[0].mem.data.get("f0"), Some(&Value::String("B2".into())));
}

/// The notice of a value changed in two tabs names the field as its form does.
#[test]
fn a_place_asked_about_is_named_by_its_field() {
    use serde_json::json;
    use werkwaarde::dossier::{examentraining, loonwaarde, zelftoets};
    let data = json!({"taken": [{"id": 7, "naam": "Inpakken"}, {"id": 3, "naam": "Schoonmaken"}]});
    let data = data.as_object().unwrap();
    assert_eq!(loonwaarde::plaatsnaam(data, "$.data.normloon").as_deref(), Some("Normloon per uur (€)"));
    assert_eq!(loonwaarde::plaatsnaam(data, "$.data.taken[id=3].tempo").as_deref(), Some("Taak 2: tempo (T)"));
    assert_eq!(loonwaarde::plaatsnaam(data, "$.data.taken[id=3]").as_deref(), Some("Taak 2"));
    assert_eq!(loonwaarde::plaatsnaam(data, "$.data.taken[id=9].tempo"), None);
    assert_eq!(loonwaarde::label("peildatum"), "Peildatum");
    let leeg = serde_json::Map::new();
    assert_eq!(zelftoets::plaatsnaam(&leeg, "$.data.invoer[\"p-oval\"]").as_deref(), Some("Lid van OVAL"));
    assert_eq!(zelftoets::plaatsnaam(&leeg, "$.data.invoer[\"bestaat-niet\"]"), None);
    assert_eq!(examentraining::plaatsnaam(&leeg, "$.data.minuten").as_deref(), Some("Minuten per examendag"));
}
