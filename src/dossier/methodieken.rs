//! One loonwaarde case computed with several methodieken (issue 13, item 2): what the deskundige
//! typed for the methodieken beside the dossier's own method, and its translation into the
//! domain's inputs. The taak-urenanalyse is the dossier's own (`LoonwaardeData::taken`); each
//! methodiek adds only what it asks beyond it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::loonwaarde::{domeintaken, LoonwaardeData, Uitkomst};
use crate::domain::lezen::{lees_getal, Getalsoort};
use crate::domain::loonwaarde::lks::WmlOpzoek;
use crate::domain::loonwaarde::methodiek::dariuz::{self, Bestanddeel, Dariuzinvoer, Drietal};
use crate::domain::loonwaarde::methodiek::lat::{self, Categorie, Latcompetentie, Latinvoer, Lattaak};
use crate::domain::loonwaarde::methodiek::matchcare::{self, Matchcareinvoer, Matchcaretaak};
use crate::domain::loonwaarde::methodiek::naast_elkaar::{
    naast_elkaar, paarverschillen, Loongegevens, NaastElkaar, Paarverschil, Taakvorm, Vergelijkbaar,
};
use crate::domain::loonwaarde::methodiek::vta::{self, Vtataak};
use crate::domain::loonwaarde::methodiek::{
    fout, geblokkeerd, talent6, uit_stappenplan, Invoer, Methodiek, Methodiekbevinding, Methodiekresultaat,
};
use crate::domain::loonwaarde::{self as lw, Methode, Taak, Werkweek};

/// What was typed for the methodieken beside the dossier's own, kept as typed.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MethodiekenData {
    /// The methodieken computed beside the dossier's own method, in the order they were added.
    pub naast: Vec<Methodiek>,
    /// Whether the rapport includes the comparison.
    pub in_rapport: bool,
    pub dariuz: DariuzData,
    /// LAT: the competenties with belang and score; the form starts with the gids's ten.
    pub lat_competenties: Vec<CompetentieData>,
    /// Matchcare: the werknemersvaardigheden-competentiescore in %, empty when not measured.
    pub matchcare_score: String,
    /// Talent6: the level (0–6) of each of its six competenties.
    pub talent6: [String; 6],
    /// Per taak of the urenanalyse (by its id) what LAT and VTA ask beyond it.
    pub taken: Vec<TaakExtraData>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DariuzData {
    /// T1, E1, K1 in %.
    pub vereisten: [String; 3],
    /// T2, E2, K2 in %.
    pub competentiescores: [String; 3],
    pub extra_begeleiding: String,
    pub extra_pauzes: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CompetentieData {
    pub naam: String,
    pub belang: String,
    pub score: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaakExtraData {
    /// The id of the taak in `LoonwaardeData::taken`.
    pub id: u64,
    /// LAT: how the taak counts.
    pub categorie: Categorie,
    /// VTA: inspanning and vaardigheden in %, whose product is the tempo.
    pub inspanning: String,
    pub vaardigheden: String,
    /// VTA: toelichting of inspanning and of vaardigheden.
    pub toelichting: [String; 2],
}

impl Default for TaakExtraData {
    fn default() -> Self {
        TaakExtraData {
            id: 0,
            categorie: Categorie::Regulier,
            inspanning: String::new(),
            vaardigheden: String::new(),
            toelichting: Default::default(),
        }
    }
}

impl MethodiekenData {
    pub fn is_leeg(&self) -> bool {
        *self == MethodiekenData::default()
    }

    /// What LAT and VTA asked of the taak with this id (the defaults when nothing yet).
    pub fn taak(&self, id: u64) -> TaakExtraData {
        self.taken.iter().find(|t| t.id == id).cloned().unwrap_or(TaakExtraData { id, ..Default::default() })
    }

    /// The entry of the taak with this id, made when missing.
    pub fn taak_mut(&mut self, id: u64) -> &mut TaakExtraData {
        let plek = match self.taken.iter().position(|t| t.id == id) {
            Some(p) => p,
            None => {
                self.taken.push(TaakExtraData { id, ..Default::default() });
                self.taken.len() - 1
            }
        };
        &mut self.taken[plek]
    }

    /// Adds a methodiek (once); the LAT starts with the gids's ten competenties.
    pub fn voeg_toe(&mut self, m: Methodiek) {
        if !self.naast.contains(&m) {
            self.naast.push(m);
        }
        if m == Methodiek::Lat && self.lat_competenties.is_empty() {
            self.lat_competenties = lat::COMPETENTIES
                .iter()
                .map(|n| CompetentieData { naam: (*n).to_string(), ..Default::default() })
                .collect();
        }
    }

    /// Without free text: the toelichtingen go, every number and competentie name stays.
    pub fn geanonimiseerd(&self) -> MethodiekenData {
        MethodiekenData {
            taken: self.taken.iter().map(|t| TaakExtraData { toelichting: Default::default(), ..t.clone() }).collect(),
            ..self.clone()
        }
    }
}

/// The methodiek of the dossier's own method.
pub fn eigen_methodiek(data: &LoonwaardeData) -> Methodiek {
    match data.methode {
        Methode::Stappenplan => Methodiek::Stappenplan,
        Methode::Ulw => Methodiek::Ulw,
    }
}

/// The methodieken a deskundige can add beside the dossier's own.
pub fn toe_te_voegen(data: &LoonwaardeData) -> Vec<Methodiek> {
    let eigen = eigen_methodiek(data);
    Methodiek::ALLE.into_iter().filter(|m| *m != eigen).collect()
}

/// The case computed with the dossier's own method and every methodiek added beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Methodiekvergelijking {
    /// The dossier's own method first, then the added ones in their order.
    pub resultaten: Vec<Methodiekresultaat>,
    pub tabel: NaastElkaar,
    pub paren: Vec<Paarverschil>,
}

impl Methodiekvergelijking {
    /// The finding of `methodiek` at `invoer` (blocking ones first), for the field that shows it.
    pub fn melding(&self, methodiek: Methodiek, invoer: Invoer) -> Option<&Methodiekbevinding> {
        let r = self.resultaten.iter().find(|r| r.methodiek == methodiek)?;
        let hier = || r.bevindingen.iter().filter(move |b| b.invoer == invoer);
        hier().find(|b| b.blokkeert).or_else(|| hier().next())
    }
}

/// What every methodiek shares: the readable taken, the week and the loon, or why not.
struct Gedeeld {
    taken: Result<Vec<Taak>, String>,
    week: Option<Werkweek>,
    contracturen: Option<Decimal>,
}

/// The case of `data` with every methodiek added beside its own. `uitkomst` is the calculator's
/// own reading of the same data (`loonwaarde::bereken(data)`), which the page already holds: the
/// numbers, the week and the WML are taken from it rather than read a second time.
pub fn vergelijk_methodieken(data: &LoonwaardeData, uitkomst: &Uitkomst) -> Methodiekvergelijking {
    let taken = domeintaken(data);
    let gedeeld = Gedeeld {
        taken: if taken.len() == data.taken.len() && !taken.is_empty() {
            Ok(taken)
        } else {
            Err("Vul eerst de taak-urenanalyse volledig in; deze methodiek rekent met dezelfde taken.".into())
        },
        contracturen: uitkomst.invoer.contracturen.getal(),
        week: uitkomst
            .invoer
            .contracturen
            .getal()
            .map(|c| Werkweek { contracturen: c, werkdagen: uitkomst.invoer.werkdagen.getal() }),
    };
    let mut methoden: Vec<(Methodiekresultaat, Option<Taakvorm>, String)> = Vec::new();
    let eigen = eigen_methodiek(data);
    for m in std::iter::once(eigen).chain(data.methodieken.naast.iter().copied().filter(|m| *m != eigen)) {
        if methoden.iter().any(|(r, ..)| r.methodiek == m) {
            continue;
        }
        methoden.push(reken(m, data, &gedeeld));
    }
    let loon = Loongegevens {
        normloon: uitkomst.invoer.normloon.getal().unwrap_or_default(),
        // The WML as the dossier's own LKS takes it: typed in, or looked up by the peildatum.
        wml: uitkomst.invoer.wml.getal().or(match uitkomst.wml {
            Some(WmlOpzoek::Bekend { per_uur, .. }) => Some(per_uur),
            _ => None,
        }),
        contracturen: gedeeld.contracturen.unwrap_or_default(),
        vakantietoeslag: data.vakantietoeslag,
    };
    let resultaten: Vec<Methodiekresultaat> = methoden.iter().map(|(r, ..)| r.clone()).collect();
    let tabel = naast_elkaar(&resultaten, &loon);
    let vergelijkbaar: Vec<Vergelijkbaar<'_>> = methoden
        .iter()
        .map(|(r, vorm, eigen)| Vergelijkbaar { resultaat: r, taakvorm: vorm.clone(), eigen: eigen.clone() })
        .collect();
    let paren = paarverschillen(&vergelijkbaar, gedeeld.week);
    Methodiekvergelijking { resultaten, tabel, paren }
}

/// A methodiek that cannot compute, with one message at `invoer`.
fn blokkade(m: Methodiek, invoer: Invoer, melding: String) -> Methodiekresultaat {
    geblokkeerd(m, vec![fout(invoer, melding, m.bron())])
}

/// Reads the extra inputs of one methodiek: a number at its `Invoer`, or a message there.
struct Lezer {
    methodiek: Methodiek,
    fouten: Vec<Methodiekbevinding>,
}

impl Lezer {
    fn getal(&mut self, invoer: Invoer, tekst: &str, wat: &str, soort: Getalsoort) -> Option<Decimal> {
        let melding = if tekst.trim().is_empty() {
            format!("Vul {wat} in.")
        } else {
            match lees_getal(tekst, soort) {
                Ok(g) => return Some(g),
                Err(m) => m,
            }
        };
        self.fouten.push(fout(invoer, melding, self.methodiek.bron()));
        None
    }

    fn resultaat(self) -> Methodiekresultaat {
        geblokkeerd(self.methodiek, self.fouten)
    }
}

/// One methodiek: its result, its taakvorm and what its own formula does beyond that.
fn reken(m: Methodiek, data: &LoonwaardeData, g: &Gedeeld) -> (Methodiekresultaat, Option<Taakvorm>, String) {
    let extra = &data.methodieken;
    let taken = match (&g.taken, m) {
        (Ok(t), _) => t,
        (Err(_), Methodiek::Dariuz) => &Vec::new(),
        (Err(melding), _) => return (blokkade(m, Invoer::Taken, melding.clone()), None, String::new()),
    };
    let mut lezer = Lezer { methodiek: m, fouten: Vec::new() };
    match m {
        Methodiek::Dariuz => {
            let mut drietal = |waarden: &[String; 3], invoer: fn(Bestanddeel) -> Invoer, wat: &str| {
                let mut d = [Decimal::ZERO; 3];
                for (k, b) in Bestanddeel::ALLE.into_iter().enumerate() {
                    let naam = format!("{wat} voor {}", b.naam());
                    d[k] = lezer.getal(invoer(b), &waarden[k], &naam, Getalsoort::Procent).unwrap_or_default();
                }
                Drietal { tempo: d[0], efficientie: d[1], kwaliteit: d[2] }
            };
            let vereisten = drietal(&extra.dariuz.vereisten, Invoer::Vereiste, "de vereiste");
            let competentiescores =
                drietal(&extra.dariuz.competentiescores, Invoer::Competentiescore, "de competentiescore");
            let b = lezer.getal(
                Invoer::ExtraBegeleiding,
                &extra.dariuz.extra_begeleiding,
                "de extra begeleiding in % (0 als er geen is)",
                Getalsoort::Procent,
            );
            let p = lezer.getal(
                Invoer::ExtraPauzes,
                &extra.dariuz.extra_pauzes,
                "de extra pauzes in % (0 als er geen zijn)",
                Getalsoort::Procent,
            );
            let eigen = "Dariuz weegt vereisten en competentiescores, niet de taken".to_string();
            if !lezer.fouten.is_empty() {
                return (lezer.resultaat(), None, eigen);
            }
            let invoer = Dariuzinvoer {
                vereisten,
                competentiescores,
                extra_begeleiding: b.unwrap_or_default(),
                extra_pauzes: p.unwrap_or_default(),
            };
            (dariuz::bereken(&invoer).resultaat, None, eigen)
        }
        Methodiek::Lat => {
            let eigen = "de LAT deelt door het dienstverband en telt een competentiescore mee".to_string();
            let Some(dienstverband) = g.contracturen else {
                let melding = "Vul de contracturen per week in: de LAT deelt door het dienstverband.".to_string();
                return (blokkade(m, Invoer::Dienstverband, melding), None, eigen);
            };
            let mut competenties = Vec::new();
            for (k, c) in extra.lat_competenties.iter().enumerate() {
                let naam =
                    if c.naam.trim().is_empty() { format!("competentie {}", k + 1) } else { c.naam.trim().to_string() };
                let belang =
                    lezer.getal(Invoer::Belang(k), &c.belang, &format!("het belang van {naam}"), Getalsoort::Procent);
                let score =
                    lezer.getal(Invoer::Score(k), &c.score, &format!("de score van {naam}"), Getalsoort::Procent);
                if let (Some(belang), Some(score)) = (belang, score) {
                    competenties.push(Latcompetentie { naam, belang, score });
                }
            }
            if !lezer.fouten.is_empty() {
                return (lezer.resultaat(), None, eigen);
            }
            let lat_taken = data
                .taken
                .iter()
                .zip(taken)
                .map(|(td, t)| Lattaak {
                    naam: t.naam.clone(),
                    categorie: extra.taak(td.id).categorie,
                    uren: t.uren,
                    tempo: t.tempo,
                    kwaliteit: t.kwaliteit,
                })
                .collect();
            (lat::bereken(&Latinvoer { dienstverband, taken: lat_taken, competenties }).resultaat, None, eigen)
        }
        Methodiek::Vta => {
            let mut vta_taken = Vec::new();
            for (k, (td, t)) in data.taken.iter().zip(taken).enumerate() {
                let x = extra.taak(td.id);
                let wat = |s: &str| format!("de {s} van taak \u{2018}{}\u{2019}", t.naam);
                let inspanning =
                    lezer.getal(Invoer::Inspanning(k), &x.inspanning, &wat("inspanning"), Getalsoort::Procent);
                let vaardigheden =
                    lezer.getal(Invoer::Vaardigheden(k), &x.vaardigheden, &wat("vaardigheden"), Getalsoort::Procent);
                let toegelicht = [
                    !x.toelichting[0].trim().is_empty(),
                    !x.toelichting[1].trim().is_empty(),
                    t.toegelicht[1],
                    t.toegelicht[2],
                ];
                if let (Some(inspanning), Some(vaardigheden)) = (inspanning, vaardigheden) {
                    vta_taken.push(Vtataak {
                        naam: t.naam.clone(),
                        uren: t.uren,
                        inspanning,
                        vaardigheden,
                        kwaliteit: t.kwaliteit,
                        inzetbaarheid: t.inzet,
                        toegelicht,
                    });
                }
            }
            if !lezer.fouten.is_empty() {
                return (lezer.resultaat(), None, String::new());
            }
            let vorm = Taakvorm {
                methode: Methode::Stappenplan,
                taken: vta_taken
                    .iter()
                    .zip(taken)
                    .map(|(v, t)| Taak { tempo: v.inspanning * v.vaardigheden / Decimal::ONE_HUNDRED, ..t.clone() })
                    .collect(),
            };
            (vta::bereken(&vta_taken).resultaat, Some(vorm), String::new())
        }
        Methodiek::Matchcare => {
            let score = if extra.matchcare_score.trim().is_empty() {
                None
            } else {
                lezer.getal(
                    Invoer::VaardighedenCompetentiescore,
                    &extra.matchcare_score,
                    "de werknemersvaardigheden-competentiescore",
                    Getalsoort::Procent,
                )
            };
            if !lezer.fouten.is_empty() {
                return (lezer.resultaat(), None, String::new());
            }
            let invoer = Matchcareinvoer {
                taken: taken
                    .iter()
                    .map(|t| Matchcaretaak {
                        naam: t.naam.clone(),
                        uren: t.uren,
                        tempo: t.tempo,
                        kwaliteit: t.kwaliteit,
                        inzetbaarheid: t.inzet,
                    })
                    .collect(),
                vaardigheden_competentiescore: score,
            };
            let eigen = if score.is_some() {
                "Matchcare vermenigvuldigt met de werknemersvaardigheden-competentiescore".to_string()
            } else {
                String::new()
            };
            let vorm = Taakvorm { methode: Methode::Stappenplan, taken: taken.clone() };
            (matchcare::bereken(&invoer).resultaat, Some(vorm), eigen)
        }
        _ => {
            let methode = m.methode().unwrap_or(Methode::Stappenplan);
            let regulier = methode == Methode::Ulw && data.regulier;
            let r = uit_stappenplan(m, &lw::bereken(methode, taken, g.week, regulier));
            let r = if m == Methodiek::Talent6 {
                let mut niveaus = Vec::new();
                for (k, (tekst, naam)) in extra.talent6.iter().zip(talent6::COMPETENTIES).enumerate() {
                    let wat = format!("het niveau van {naam}");
                    niveaus.extend(lezer.getal(Invoer::Niveau(k), tekst, &wat, Getalsoort::Aantal));
                }
                if !lezer.fouten.is_empty() {
                    return (lezer.resultaat(), None, String::new());
                }
                talent6::met_competenties(r, &niveaus)
            } else {
                r
            };
            if regulier {
                let eigen = "de ULW telt een reguliere arbeidsprestatie als 100%".to_string();
                (r, None, eigen)
            } else {
                (r, Some(Taakvorm { methode, taken: taken.clone() }), String::new())
            }
        }
    }
}
