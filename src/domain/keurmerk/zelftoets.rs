//! The whole zelftoets in one call: `beoordeel` takes the typed input of every step and returns
//! every outcome, the verdict, the sterren, the planner and the vrijstelling. `dossier` only
//! reads the typed answers into `Zelftoetsinvoer`.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::diensten::{self, DienstInvoer};
use super::eisen;
use super::handleiding::HANDLEIDING;
use super::hoofdnorm1::Documentstatus;
use super::hoofdnorm1::{self, Hoofdnorm1Invoer, KlachtStatus, Termijn, AFHANDELING_DAGEN, BEVESTIGING_DAGEN};
use super::meetperiode::{self, Plannerinvoer, Planning};
use super::oordeel::{oordeel, Oordeel, Uitslag};
use super::sterren::{self, Invoerwaarde, Onderdeel, Sterreninvoer, Subscore, Totaal};
use super::tevredenheid::{self, Dienstpublicatie, TevredenheidInvoer};
use super::vrijstelling::{self, Vrijstelling, Vrijstellingsinvoer};
use super::{Normuitkomst, Profiel, Status, ZelftoetsVeld};
use crate::domain::datum::lange_datum;
use crate::domain::uitleg::Uitleg;

/// A what-if on the sterren page: one component of one Dienst with another value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watalsinvoer {
    pub dienst: u8,
    pub onderdeel: Onderdeel,
    pub waarde: Decimal,
}

/// The what-if of one Dienst: which component, its new value, and the subscore with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watals {
    pub onderdeel: Onderdeel,
    pub waarde: Decimal,
    pub subscore: Subscore,
}

/// Everything the zelftoets asks, as typed domain input.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Zelftoetsinvoer {
    pub profiel: Profiel,
    pub hoofdnorm1: Hoofdnorm1Invoer,
    /// The Diensten reported, with their numbers.
    pub diensten: Vec<DienstInvoer>,
    /// The user's own checklist answers of hoofdnorm 2, by code ("2.1.1").
    pub handmatig: BTreeMap<String, Status>,
    /// Transparantie: 2.0.1 and 2.0.2.
    pub transparantie: (Option<u64>, Option<u64>),
    pub tevredenheid: TevredenheidInvoer,
    pub watals: Vec<Watalsinvoer>,
    /// `None` until the start and the year of the meetperiode are known.
    pub planner: Option<Plannerinvoer>,
    pub vrijstelling: Vrijstellingsinvoer,
    /// How many Diensten the provider says it offers (the verdict needs at least one).
    pub aantal_diensten: usize,
    /// The answers to `eisen::EISEN` by id: ja = true, nee = false; missing = unanswered.
    pub eisen: BTreeMap<&'static str, bool>,
}

/// Everything the zelftoets shows, computed from the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitkomst {
    pub profiel: Profiel,
    /// Field → what is wrong with the answer there.
    pub fouten: BTreeMap<ZelftoetsVeld, String>,
    pub uitkomsten: Vec<Normuitkomst>,
    pub oordeel: Oordeel,
    /// Per klacht row id: how it stands against its terms (`klachtregel` puts it in one line).
    pub klachten: BTreeMap<u64, KlachtStatus>,
    /// Per Dienst: whether its tevredenheid cijfers would be published (Tabel 3).
    pub publicaties: Vec<Dienstpublicatie>,
    /// Transparantie (2.0.2 / 2.0.1), with its uitleg; no pass/fail.
    pub transparantie: (Option<Decimal>, Uitleg),
    /// Bijlage 8: per Dienst its input, and the overall score.
    pub sterren: Vec<Sterreninvoer>,
    pub totaal: Totaal,
    /// Per Dienst with a what-if: the changed component and the subscore with it.
    pub watals: BTreeMap<u8, Watals>,
    /// The meetperiode planner; `None` until start and year are filled in.
    pub planning: Option<Planning>,
    pub vrijstelling: Vrijstelling,
    /// The aanvraag- en auditchecklist (§5.1.1, SPEC A8): every document with its status.
    pub documenten: Vec<Documentstatus>,
}

/// How heavily a point of the verbeterlijst weighs: the order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gewicht {
    /// A materiële norm or requirement is not met: schorsing or intrekking (keurmerkhouder),
    /// niet-toekenning (aspirant).
    Materieel,
    /// Not met, and it stands in the way of toekenning or of an unblemished verdict.
    Blokkeert,
    /// Still unknown: the verdict is voorlopig until it is answered.
    Onbekend,
}

impl Gewicht {
    pub fn naam(self) -> &'static str {
        match self {
            Gewicht::Materieel => "Materiële normen en eisen die niet gehaald zijn",
            Gewicht::Blokkeert => "Wat het oordeel in de weg staat",
            Gewicht::Onbekend => "Wat nog onbekend is",
        }
    }
}

/// How the norms of one hoofdnorm stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Telling {
    pub voldoet: usize,
    pub voldoet_niet: usize,
    pub onbekend: usize,
    pub nvt: usize,
}

impl Uitkomst {
    pub fn telling(&self, hoofdnorm: u8) -> Telling {
        self.uitkomsten.iter().filter(|u| u.hoofdnorm == hoofdnorm).fold(Telling::default(), |mut t, u| {
            match u.status {
                Status::Voldoet => t.voldoet += 1,
                Status::VoldoetNiet => t.voldoet_niet += 1,
                Status::Onbekend => t.onbekend += 1,
                Status::NietVanToepassing => t.nvt += 1,
            }
            t
        })
    }

    /// How the klacht of row `rij` stands against its terms, in one line for its row. Built
    /// when the row is shown.
    pub fn klachtregel(&self, rij: u64) -> Option<String> {
        self.klachten.get(&rij).map(klacht_regel)
    }

    /// Every outcome to work on, heaviest first (materiële normen, then what blocks the verdict,
    /// then what is unknown); within a weight in the order of the zelftoets.
    pub fn verbeterlijst(&self) -> Vec<(Gewicht, &Normuitkomst)> {
        let mut lijst: Vec<(Gewicht, &Normuitkomst)> = self
            .uitkomsten
            .iter()
            .filter_map(|u| {
                let gewicht = match u.status {
                    Status::VoldoetNiet if u.materieel => Gewicht::Materieel,
                    Status::VoldoetNiet => Gewicht::Blokkeert,
                    Status::Onbekend => Gewicht::Onbekend,
                    Status::Voldoet | Status::NietVanToepassing => return None,
                };
                Some((gewicht, u))
            })
            .collect();
        // Stable: the order of the zelftoets stays within a weight.
        lijst.sort_by_key(|(g, _)| *g);
        lijst
    }

    /// What is wrong with the answer at a field, if anything.
    pub fn fout(&self, veld: ZelftoetsVeld) -> Option<&str> {
        self.fouten.get(&veld).map(String::as_str)
    }
}

/// Without a peildatum no age or term can be judged: one "nog onbekend" that asks for it.
fn zonder_peildatum() -> Normuitkomst {
    Normuitkomst {
        code: "peildatum".into(),
        hoofdnorm: 1,
        dienst: None,
        status: Status::Onbekend,
        materieel: false,
        melding: "Vul de datum van de audit in (gepland of gehouden): de leeftijd van het KvK-uittreksel en \
                  de termijnen van de klachten worden daaraan gemeten."
            .into(),
        uitleg: Uitleg {
            formule: "Termijnen worden gemeten op de datum van de audit; voor een aspirant de VOG op de \
                      datum van aanmelding"
                .into(),
            berekening: "geen datum van de audit ingevuld".into(),
            norm: None,
            bron: HANDLEIDING.bron("voetnoten 4 en 20"),
        },
        veld: Some(ZelftoetsVeld::PEILDATUM),
    }
}

/// Every rule of the zelftoets, in order: the peildatum, hoofdnorm 1, the Diensten with their
/// consistency, transparantie, tevredenheid, the verdict, the sterren with the what-ifs, the
/// planner and the vrijstelling.
pub fn beoordeel(invoer: &Zelftoetsinvoer) -> Uitkomst {
    let profiel = &invoer.profiel;
    let h1 = &invoer.hoofdnorm1;
    let mut fouten = BTreeMap::new();
    let mut uitkomsten = Vec::new();
    if profiel.peildatum.is_none() {
        uitkomsten.push(zonder_peildatum());
    }
    let statussen = hoofdnorm1::klachtstatussen(&h1.klachten, profiel.peildatum);
    uitkomsten.extend(hoofdnorm1::beoordeel_met(profiel, h1, &statussen));
    for d in &invoer.diensten {
        for f in diensten::consistentie(d) {
            fouten.entry(f.veld).or_insert(f.melding);
        }
    }
    uitkomsten.extend(diensten::beoordeel_diensten(profiel, &invoer.diensten, &invoer.handmatig));
    let (n201, n202) = invoer.transparantie;
    for f in diensten::transparantie_fouten(n201, n202) {
        fouten.entry(f.veld).or_insert(f.melding);
    }
    let transparantie = (
        n201.zip(n202).and_then(|(x, y)| (y <= x).then(|| diensten::transparantie(x, y)).flatten()),
        diensten::transparantie_uitleg(n201, n202),
    );
    let tevreden = &invoer.tevredenheid;
    for f in tevredenheid::invoerfouten(tevreden) {
        fouten.entry(f.veld).or_insert(f.melding);
    }
    uitkomsten.extend(tevredenheid::beoordeel_tevredenheid(profiel, tevreden));
    uitkomsten.extend(eisen::beoordeel(profiel, &invoer.eisen));
    let publicaties = tevredenheid::publicaties(tevreden);
    let oordeel = oordeel(profiel, &uitkomsten, invoer.aantal_diensten);
    let sterren: Vec<Sterreninvoer> = invoer
        .diensten
        .iter()
        .map(|d| {
            let t = tevreden.diensten.iter().find(|t| t.dienst == d.nummer);
            let invoer = sterren::sterreninvoer(d, t, n201, n202, &h1.personeel, profiel.zzp);
            if profiel.cedeo {
                invoer.met_cedeo(tevreden.cedeo_cijfer)
            } else {
                invoer
            }
        })
        .collect();
    let totaal = sterren::totaal(&sterren);
    let watals = invoer
        .watals
        .iter()
        .filter_map(|w| {
            let s = sterren.iter().find(|s| s.dienst == w.dienst)?;
            let subscore = sterren::subscore(&s.met(w.onderdeel, Invoerwaarde::Waarde(w.waarde)));
            Some((w.dienst, Watals { onderdeel: w.onderdeel, waarde: w.waarde, subscore }))
        })
        .collect();
    let planning = invoer.planner.as_ref().map(meetperiode::plan);
    let klachten = statussen.into_iter().map(|st| (st.rij, st)).collect();
    let vrijstelling = vrijstelling::beoordeel(&Vrijstellingsinvoer {
        gecompenseerd: gecompenseerd(&oordeel),
        ..invoer.vrijstelling.clone()
    });
    let meetperiode_jaar = invoer.planner.as_ref().map(|p| p.meetperiode.jaar);
    let documenten = hoofdnorm1::documenten(profiel, h1, meetperiode_jaar);
    Uitkomst {
        profiel: profiel.clone(),
        fouten,
        uitkomsten,
        oordeel,
        klachten,
        publicaties,
        transparantie,
        sterren,
        totaal,
        watals,
        planning,
        vrijstelling,
        documenten,
    }
}

/// The Diensten the verdict compensates, each with the field of its failing norm.
fn gecompenseerd(oordeel: &Oordeel) -> Vec<(u8, ZelftoetsVeld)> {
    let Uitslag::Gecompenseerd { diensten } = &oordeel.uitslag else { return Vec::new() };
    diensten
        .iter()
        .map(|d| {
            let veld = oordeel.niet_voldaan.iter().filter(|u| u.dienst == Some(*d)).find_map(|u| u.veld);
            (*d, veld.unwrap_or(ZelftoetsVeld::Dienstnummer(*d)))
        })
        .collect()
}

/// One line per klacht for its row in the register: how it stands against its terms.
pub fn klacht_regel(st: &KlachtStatus) -> String {
    let a = AFHANDELING_DAGEN;
    let afhandeling = match (st.afhandeling, st.dagen_tot_afhandeling) {
        (Termijn::Tijdig, Some(d)) => format!("op tijd afgehandeld (dag {d} van {a})"),
        (Termijn::Tijdig, None) => "op tijd afgehandeld".to_string(),
        (Termijn::TeLaat, Some(d)) => format!("te laat afgehandeld (dag {d}; uiterlijk dag {a})"),
        (Termijn::TeLaat, None) => {
            format!("niet afgehandeld en de termijn van {a} dagen is verstreken: telt als te laat")
        }
        (Termijn::Lopend, _) => match st.uiterste_afhandeling {
            Some(d) => format!("loopt nog: af te handelen uiterlijk {}", lange_datum(d)),
            None => "loopt nog".to_string(),
        },
        (Termijn::Onbekend, _) => "nog niet te beoordelen: vul de datums (en de peildatum) in".to_string(),
    };
    let bevestiging = match st.bevestiging {
        Termijn::TeLaat => format!("; ontvangstbevestiging te laat (meer dan {BEVESTIGING_DAGEN} dagen)"),
        _ => String::new(),
    };
    let mut regel = format!("Klacht {}: {afhandeling}{bevestiging}.", st.index + 1);
    // The afhandeling is already summed up above; the other findings add what is missing.
    for b in st.bevindingen.iter().filter(|b| b.code != "1.5.8") {
        regel.push(' ');
        regel.push_str(&b.melding());
    }
    regel
}
