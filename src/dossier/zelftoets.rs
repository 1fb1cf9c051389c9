//! The `data` of a zelftoets dossier: every answer as typed, by field id, plus the rows of the
//! klachtenregister and UBO list and the Diensten offered. `beoordeel` turns it into the
//! domain's inputs and the verdict.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::invoer::{Antwoorden, Invoerdef, Soort, JA_NEE};
use super::validate::Bevinding;
use crate::domain::keurmerk::oordeel::{oordeel, Oordeel};
use crate::domain::keurmerk::{Aanvrager, Normuitkomst, Profiel, Rechtsvorm, Status};
use crate::domain::uitleg::Uitleg;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ZelftoetsData {
    /// Every answer as typed, by field id.
    pub invoer: BTreeMap<String, String>,
    /// The Diensten this provider offers (1–12), ascending.
    pub diensten: Vec<u8>,
    /// Row ids of the klachtenregister, in order.
    pub klachten: Vec<u64>,
    /// Row ids of the persons in the UBO/PEP helper.
    pub personen: Vec<u64>,
}

impl ZelftoetsData {
    pub fn uit(data: &Map<String, Value>) -> Result<ZelftoetsData, Bevinding> {
        serde_path_to_error::deserialize(Value::Object(data.clone())).map_err(|e| {
            let pad = e.path().to_string();
            let pad = if pad == "." { "$.data".to_string() } else { format!("$.data.{pad}") };
            Bevinding { pad, melding: format!("ongeldige waarde ({})", e.inner()) }
        })
    }

    pub fn naar_map(&self) -> Map<String, Value> {
        match serde_json::to_value(self) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        }
    }

    pub fn nieuw_rij_id(&self) -> u64 {
        self.klachten.iter().chain(&self.personen).max().map_or(1, |m| m + 1)
    }
}

const AANVRAGER: &[(&str, &str)] = &[("aspirant", "Aspirant-keurmerkhouder"), ("keurmerkhouder", "Keurmerkhouder")];
const RECHTSVORMEN: &[(&str, &str)] = &[
    ("bv", "Besloten vennootschap (bv)"),
    ("nv", "Naamloze vennootschap (nv)"),
    ("eenmanszaak", "Eenmanszaak"),
    ("vof", "Vennootschap onder firma (vof)"),
    ("stichting", "Stichting"),
    ("vereniging", "Vereniging"),
    ("cooperatie", "Coöperatie"),
    ("publiekrechtelijk", "Publiekrechtelijke rechtspersoon"),
    ("vve", "Vereniging van eigenaars"),
    ("anders", "Anders"),
];

/// The questions of the organisatieprofiel (SPEC A1).
pub fn profiel_velden() -> Vec<Invoerdef> {
    vec![
        Invoerdef::new("p-aanvrager", "U bent", Soort::Keuze(AANVRAGER)),
        Invoerdef::new("p-peildatum", "Peildatum", Soort::Datum)
            .met_hint("De datum van de audit (keurmerkhouder) of van de aanmelding (aspirant); termijnen als de leeftijd van de VOG worden hieraan gemeten."),
        Invoerdef::new("p-rechtsvorm", "Rechtsvorm", Soort::Keuze(RECHTSVORMEN)),
        Invoerdef::new("p-kvk", "Ingeschreven bij de KvK (KvK-plichtig)", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-zzp", "Zzp'er zonder ingehuurde krachten", Soort::Keuze(JA_NEE))
            .met_hint("Dan gelden de normen voor eigen personeel (1.6.1–1.6.6) niet, wel een schriftelijke regeling voor vervanging bij ziekte en vakantie (§2.8)."),
        Invoerdef::new("p-oval", "Lid van OVAL", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-nlqf", "Processen of personeelseisen ingeschaald in het NLQF", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-inburgeren", "Houder van het Keurmerk Inburgeren", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-cedeo", "CEDEO-erkenning", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-wca", "WCA-certificaat", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-iso", "ISO 9001- of HKZ-certificaat", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-uwv", "UWV is opdrachtgever", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-eerste", "Dit is de eerste meetperiode", Soort::Keuze(JA_NEE)),
        Invoerdef::new("p-compensatie", "Compensatieregeling toegepast in de vorige meetperiode", Soort::Keuze(JA_NEE))
            .met_hint("Alleen voor keurmerkhouders (§6.2.1)."),
    ]
}

pub fn lees_profiel(a: &mut Antwoorden) -> Profiel {
    let rechtsvorm = match a.tekst("p-rechtsvorm") {
        "nv" => Rechtsvorm::Nv,
        "eenmanszaak" => Rechtsvorm::Eenmanszaak,
        "vof" => Rechtsvorm::Vof,
        "stichting" => Rechtsvorm::Stichting,
        "vereniging" => Rechtsvorm::Vereniging,
        "cooperatie" => Rechtsvorm::Cooperatie,
        "publiekrechtelijk" => Rechtsvorm::Publiekrechtelijk,
        "vve" => Rechtsvorm::Vve,
        "anders" => Rechtsvorm::Anders,
        _ => Rechtsvorm::Bv,
    };
    Profiel {
        aanvrager: if a.tekst("p-aanvrager") == "keurmerkhouder" { Aanvrager::Keurmerkhouder } else { Aanvrager::Aspirant },
        rechtsvorm,
        // Most providers are KvK-registered; only an explicit "nee" lifts norm 1.2.1.
        kvk_plichtig: a.ja_nee("p-kvk") != Some(false),
        zzp: a.vinkje("p-zzp"),
        oval_lid: a.vinkje("p-oval"),
        nlqf: a.vinkje("p-nlqf"),
        keurmerk_inburgeren: a.vinkje("p-inburgeren"),
        cedeo: a.vinkje("p-cedeo"),
        wca: a.vinkje("p-wca"),
        iso_of_hkz: a.vinkje("p-iso"),
        uwv_opdrachtgever: a.vinkje("p-uwv"),
        eerste_meetperiode: a.vinkje("p-eerste"),
        compensatie_vorige_periode: a.ja_nee("p-compensatie"),
        peildatum: a.datum("p-peildatum"),
    }
}

/// Everything the zelftoets shows, computed from the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitkomst {
    pub profiel: Profiel,
    /// Field id → what is wrong with the answer typed there.
    pub fouten: BTreeMap<String, String>,
    pub uitkomsten: Vec<Normuitkomst>,
    pub oordeel: Oordeel,
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
}

pub fn beoordeel(data: &ZelftoetsData) -> Uitkomst {
    let mut a = Antwoorden::van(&data.invoer);
    let profiel = lees_profiel(&mut a);
    let mut uitkomsten = Vec::new();
    if profiel.peildatum.is_none() {
        uitkomsten.push(Normuitkomst {
            code: "peildatum".into(),
            hoofdnorm: 1,
            dienst: None,
            status: Status::Onbekend,
            materieel: false,
            melding: "Vul de peildatum in: de leeftijd van VOG, KvK-uittreksel en klachten wordt daaraan gemeten.".into(),
            uitleg: Uitleg {
                formule: "Termijnen worden gemeten op de audit- of aanmelddatum".into(),
                berekening: "geen peildatum ingevuld".into(),
                norm: None,
                bron: "Handleiding Keurmerk Arbeid 2023, voetnoten 4 en 20".into(),
            },
            veld: Some("p-peildatum".into()),
        });
    }
    let oordeel = oordeel(&profiel, &uitkomsten, data.diensten.len());
    Uitkomst { profiel, fouten: a.fouten, uitkomsten, oordeel }
}

/// The tevredenheid questions for one Dienst (SPEC A4).
pub fn tevredenheid_velden(dienst: u8) -> Vec<Invoerdef> {
    let p = format!("t{dienst}");
    vec![
        Invoerdef::new(format!("{p}-c-uitgenodigd"), "Cliënten uitgenodigd", Soort::Aantal),
        Invoerdef::new(format!("{p}-c-respondenten"), "Cliënten die antwoordden", Soort::Aantal),
        Invoerdef::new(format!("{p}-c-cijfer"), "Gemiddeld cijfer cliënten", Soort::Cijfer)
            .met_hint("Van 1 tot 10, met hoogstens één decimaal."),
        Invoerdef::new(format!("{p}-o-uitgenodigd"), "Opdrachtgevers uitgenodigd", Soort::Aantal),
        Invoerdef::new(format!("{p}-o-respondenten"), "Opdrachtgevers die antwoordden", Soort::Aantal),
        Invoerdef::new(format!("{p}-o-cijfer"), "Gemiddeld cijfer opdrachtgevers", Soort::Cijfer),
        Invoerdef::new(format!("{p}-audit"), "Cijfer cliëntenaudit", Soort::Cijfer)
            .met_hint("Alleen nodig als de responsnorm (3.1.3) niet is gehaald."),
    ]
}

/// The tevredenheid questions over all Diensten.
pub fn tevredenheid_algemeen() -> Vec<Invoerdef> {
    vec![
        Invoerdef::new("t-cedeo", "Cijfer uit het CEDEO-rapport", Soort::Cijfer)
            .met_hint("Alleen bij een CEDEO-erkenning: dan vervangt dit rapport het tevredenheidsonderzoek onder cliënten."),
        Invoerdef::new("h3-3.2.2", "3.2.2 Alle opdrachtgevers zijn aangeleverd voor het onderzoek", Soort::Status),
        Invoerdef::new("h3-3.3.1", "3.3.1 Het verbeterplan van de vorige meetperiode is uitgevoerd", Soort::Status),
        Invoerdef::new("h3-3.4.1", "3.4.1 Er is geen contact met respondenten over hun antwoorden geweest", Soort::Status),
    ]
}
