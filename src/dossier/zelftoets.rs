//! The `data` of a zelftoets dossier: every answer as typed, by field id, plus the rows of the
//! klachtenregister and UBO list and the Diensten offered. `beoordeel` turns it into the
//! domain's inputs and the verdict.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::invoer::{Antwoorden, Invoerdef, Soort, JA_NEE};
use super::planner;
use super::sterren::{lees_watals, Watals};
use crate::domain::datum::lange_datum;
use crate::domain::getal::lees_getal;
use crate::domain::keurmerk::catalogus::HOOFDNORM1;
use crate::domain::keurmerk::diensten::{
    self, dienstsoort, veld_id, DienstInvoer, Gegeven, Ladder, Laddergroep, Laddersoort, Normsoort, DIENSTEN,
};
use crate::domain::keurmerk::hoofdnorm1::{
    self, Documentinvoer, Hoofdnorm1Invoer, Klacht, KlachtStatus, Termijn, UboPersoon, DOCUMENTEN, VERKLARINGEN,
};
use crate::domain::keurmerk::meetperiode::Planning;
use crate::domain::keurmerk::oordeel::{oordeel, Oordeel};
use crate::domain::keurmerk::sterren::{self, Sterreninvoer, Totaal};
use crate::domain::keurmerk::tevredenheid::{self, Dienstpublicatie, TevredenheidDienst, TevredenheidInvoer};
use crate::domain::keurmerk::vrijstelling::Vrijstelling;
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
        super::data_uit(data)
    }

    pub fn naar_map(&self) -> Map<String, Value> {
        super::data_naar_map(self)
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
        aanvrager: if a.tekst("p-aanvrager") == "keurmerkhouder" {
            Aanvrager::Keurmerkhouder
        } else {
            Aanvrager::Aspirant
        },
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
    /// Per klacht row id: how it stands against its terms, in one line.
    pub klachten: BTreeMap<u64, String>,
    /// Per Dienst: whether its tevredenheid cijfers would be published (Tabel 3).
    pub publicaties: Vec<Dienstpublicatie>,
    /// Transparantie (2.0.2 / 2.0.1), with its uitleg; no pass/fail.
    pub transparantie: (Option<rust_decimal::Decimal>, Uitleg),
    /// Bijlage 8: per Dienst its input, and the overall score.
    pub sterren: Vec<Sterreninvoer>,
    pub totaal: Totaal,
    /// Per Dienst with a what-if: the changed component and the subscore with it.
    pub watals: BTreeMap<u8, Watals>,
    /// The meetperiode planner; `None` until start and year are filled in.
    pub planning: Option<Planning>,
    pub vrijstelling: Vrijstelling,
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
    let h1 = lees_hoofdnorm1(&mut a, data);
    let mut uitkomsten = Vec::new();
    if profiel.peildatum.is_none() {
        uitkomsten.push(Normuitkomst {
            code: "peildatum".into(),
            hoofdnorm: 1,
            dienst: None,
            status: Status::Onbekend,
            materieel: false,
            melding: "Vul de peildatum in: de leeftijd van VOG, KvK-uittreksel en klachten wordt daaraan gemeten."
                .into(),
            uitleg: Uitleg {
                formule: "Termijnen worden gemeten op de audit- of aanmelddatum".into(),
                berekening: "geen peildatum ingevuld".into(),
                norm: None,
                bron: "Handleiding Keurmerk Arbeid 2023, voetnoten 4 en 20".into(),
            },
            veld: Some("p-peildatum".into()),
        });
    }
    uitkomsten.extend(hoofdnorm1::beoordeel(&profiel, &h1));
    let (diensten_invoer, handmatig) = lees_diensten(&mut a, data);
    for d in &diensten_invoer {
        for f in diensten::consistentie(d) {
            a.fouten.entry(f.veld).or_insert(f.melding);
        }
    }
    uitkomsten.extend(diensten::beoordeel_diensten(&profiel, &diensten_invoer, &handmatig));
    let n201 = a.aantal(diensten::VELD_2_0_1);
    let n202 = a.aantal(diensten::VELD_2_0_2);
    for f in diensten::transparantie_fouten(n201, n202) {
        a.fouten.entry(f.veld).or_insert(f.melding);
    }
    let transparantie = (
        n201.zip(n202).and_then(|(x, y)| (y <= x).then(|| diensten::transparantie(x, y)).flatten()),
        diensten::transparantie_uitleg(n201, n202),
    );
    let tevreden = lees_tevredenheid(&mut a, data);
    for f in tevredenheid::invoerfouten(&tevreden) {
        a.fouten.entry(f.veld).or_insert(f.melding);
    }
    uitkomsten.extend(tevredenheid::beoordeel_tevredenheid(&profiel, &tevreden));
    let publicaties = tevredenheid::publicaties(&tevreden);
    let klachten = hoofdnorm1::klachtstatussen(&h1.klachten, profiel.peildatum)
        .iter()
        .zip(&data.klachten)
        .map(|(st, rij)| (*rij, klacht_regel(st)))
        .collect();
    // The domain names rows by position; the form names them by their stable row id.
    for u in &mut uitkomsten {
        if let Some(veld) = u.veld.as_mut() {
            *veld = rij_veld(veld, data);
        }
    }
    let oordeel = oordeel(&profiel, &uitkomsten, data.diensten.len());
    let sterren: Vec<Sterreninvoer> = diensten_invoer
        .iter()
        .map(|d| {
            let t = tevreden.diensten.iter().find(|t| t.dienst == d.nummer);
            sterren::sterreninvoer(d, t, n201, n202, &h1.personeel, profiel.zzp)
        })
        .collect();
    let totaal = sterren::totaal(&sterren);
    let watals = sterren.iter().filter_map(|s| lees_watals(&mut a, s).map(|w| (s.dienst, w))).collect();
    let planning = planner::planning(&planner::lees_planner(&mut a, &profiel));
    let vrijstelling = planner::vrijstelling(&mut a, &profiel);
    Uitkomst {
        profiel,
        fouten: a.fouten,
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
    }
}

/// `klacht-2-afgehandeld` (third klacht) → `klacht-<row id of the third row>-afgehandeld`.
fn rij_veld(veld: &str, data: &ZelftoetsData) -> String {
    for (prefix, rijen) in [("klacht-", &data.klachten), ("ubo-", &data.personen)] {
        if let Some(rest) = veld.strip_prefix(prefix) {
            if let Some((index, kolom)) = rest.split_once('-') {
                if let Some(rij) = index.parse::<usize>().ok().and_then(|i| rijen.get(i)) {
                    return format!("{prefix}{rij}-{kolom}");
                }
            }
        }
    }
    veld.to_string()
}

fn klacht_regel(st: &KlachtStatus) -> String {
    let afhandeling = match (st.afhandeling, st.dagen_tot_afhandeling) {
        (Termijn::Tijdig, Some(d)) => format!("op tijd afgehandeld (dag {d} van 42)"),
        (Termijn::Tijdig, None) => "op tijd afgehandeld".to_string(),
        (Termijn::TeLaat, Some(d)) => format!("te laat afgehandeld (dag {d}; uiterlijk dag 42)"),
        (Termijn::TeLaat, None) => {
            "niet afgehandeld en de termijn van 42 dagen is verstreken: telt als te laat".to_string()
        }
        (Termijn::Lopend, _) => match st.uiterste_afhandeling {
            Some(d) => format!("loopt nog: af te handelen uiterlijk {}", lange_datum(d)),
            None => "loopt nog".to_string(),
        },
        (Termijn::Onbekend, _) => "nog niet te beoordelen: vul de datums (en de peildatum) in".to_string(),
    };
    let bevestiging = match st.bevestiging {
        Termijn::TeLaat => "; ontvangstbevestiging te laat (meer dan 14 dagen)",
        _ => "",
    };
    let mut regel = format!("Klacht {}: {afhandeling}{bevestiging}.", st.index + 1);
    // The afhandeling is already summed up above; the other findings add what is missing.
    for b in st.bevindingen.iter().filter(|b| b.code != "1.5.8") {
        regel.push(' ');
        regel.push_str(&b.melding);
    }
    regel
}

/// The form fields of hoofdnorm 1 that are not rows: documents, VOG, KvK, managementverklaring,
/// personeel. Ids are the ones the domain links its outcomes to.
pub fn hoofdnorm1_velden(profiel: &Profiel) -> Vec<Invoerdef> {
    let mut velden = vec![
        Invoerdef::new("kvk-datum", "Datum van het KvK-uittreksel", Soort::Datum)
            .met_hint("Ten hoogste drie maanden oud op de peildatum."),
        Invoerdef::new("vog-datum", "Datum van afgifte van de VOG", Soort::Datum)
            .met_hint("Ten hoogste zes maanden oud op de peildatum (norm 1.2.4)."),
        Invoerdef::new("vog-functieaspecten", "Functieaspecten op de VOG", Soort::Tekst)
            .met_hint("Bijvoorbeeld: 11, 12, 13, 21, 22, 41, 43, 53, 71 — die zijn alle vereist."),
        Invoerdef::new("personeel-gekwalificeerd", "Passend gekwalificeerde personeelsleden", Soort::Aantal),
        Invoerdef::new("personeel-totaal", "Personeelsleden in totaal", Soort::Aantal)
            .met_hint("Voor norm 1.6.6; het percentage telt mee in de sterrenberekening."),
        Invoerdef::new("mv-datum", "Datum van de managementverklaring", Soort::Datum),
    ];
    for v in hoofdnorm1::verklaringen(profiel) {
        velden.push(Invoerdef::new(
            format!("mv-{}", v.id),
            format!("Verklaring {}: {}", v.letter, v.tekst),
            Soort::JaNee,
        ));
    }
    velden
}

/// The documents of the aanvraag- en auditchecklist (§5.1.1).
pub fn document_velden() -> Vec<Invoerdef> {
    DOCUMENTEN
        .iter()
        .flat_map(|d| {
            let mut v = vec![Invoerdef::new(format!("doc-{}", d.id), format!("{}: aanwezig", d.naam), Soort::JaNee)];
            match d.eis {
                hoofdnorm1::Leeftijdseis::Geen => {}
                hoofdnorm1::Leeftijdseis::HoogstensMaanden(_) => {
                    v.push(Invoerdef::new(format!("doc-{}-datum", d.id), format!("{}: datum", d.naam), Soort::Datum))
                }
                hoofdnorm1::Leeftijdseis::VorigKalenderjaar => v.push(Invoerdef::new(
                    format!("doc-{}-boekjaar", d.id),
                    format!("{}: over het jaar", d.naam),
                    Soort::Aantal,
                )),
            }
            v
        })
        .collect()
}

/// The checklist of hoofdnorm 1: a status and an onderbouwing per norm.
pub fn checklist_velden() -> Vec<(Invoerdef, Invoerdef)> {
    HOOFDNORM1
        .iter()
        .map(|n| {
            (
                Invoerdef::new(format!("h1-{}", n.code), format!("{} {}", n.code, n.omschrijving), Soort::Status)
                    .met_hint(format!("{}{}", n.paragraaf, if n.materieel { " · materiële norm" } else { "" })),
                Invoerdef::new(format!("h1-{}-toel", n.code), format!("Onderbouwing {}", n.code), Soort::Tekst),
            )
        })
        .collect()
}

pub const KLACHT_KOLOMMEN: &[(&str, &str, Soort)] = &[
    ("ontvangen", "Ontvangen", Soort::Datum),
    ("bevestigd", "Ontvangst bevestigd", Soort::Datum),
    ("niet-in-behandeling", "Gemeld: niet in behandeling", Soort::Datum),
    ("afgehandeld", "Afgehandeld", Soort::Datum),
    ("behandelaar", "Behandelaar", Soort::Tekst),
    ("uitkomst", "Uitkomst", Soort::Tekst),
];

pub const UBO_KOLOMMEN: &[(&str, &str, Soort)] = &[
    ("naam", "Naam", Soort::Tekst),
    ("kapitaal", "Belang in het kapitaal (%)", Soort::Procent),
    ("stemrechten", "Stemrechten (%)", Soort::Procent),
    ("vermogen", "Eigendom van het vermogen (%)", Soort::Procent),
    ("zeggenschap", "Andere feitelijke zeggenschap", Soort::JaNee),
    ("bestuurder", "Bestuurder van de top-holding", Soort::JaNee),
    ("pep", "Politiek prominent persoon (PEP)", Soort::JaNee),
];

fn lees_hoofdnorm1(a: &mut Antwoorden, data: &ZelftoetsData) -> Hoofdnorm1Invoer {
    let mut invoer = Hoofdnorm1Invoer::default();
    for n in HOOFDNORM1 {
        let id = format!("h1-{}", n.code);
        invoer.checklist.insert(n.code.to_string(), a.status(&id));
        let toel = a.tekst(&format!("{id}-toel"));
        if !toel.is_empty() {
            invoer.onderbouwing.insert(n.code.to_string(), toel.to_string());
        }
    }
    invoer.kvk_datum = a.datum("kvk-datum");
    invoer.vog.afgifte = a.datum("vog-datum");
    invoer.vog.functieaspecten = functieaspecten(a);
    invoer.personeel.gekwalificeerd = a.aantal("personeel-gekwalificeerd");
    invoer.personeel.totaal = a.aantal("personeel-totaal");
    invoer.managementverklaring.datum = a.datum("mv-datum");
    for v in VERKLARINGEN {
        if let Some(antwoord) = a.ja_nee(&format!("mv-{}", v.id)) {
            invoer.managementverklaring.antwoorden.insert(v.id.to_string(), antwoord);
        }
    }
    for rij in &data.klachten {
        let veld = |k: &str| format!("klacht-{rij}-{k}");
        invoer.klachten.push(Klacht {
            ontvangen: a.datum(&veld("ontvangen")),
            bevestigd: a.datum(&veld("bevestigd")),
            niet_in_behandeling_gemeld: a.datum(&veld("niet-in-behandeling")),
            afgehandeld: a.datum(&veld("afgehandeld")),
            behandelaar: a.tekst(&veld("behandelaar")).to_string(),
            uitkomst: a.tekst(&veld("uitkomst")).to_string(),
        });
    }
    for rij in &data.personen {
        let veld = |k: &str| format!("ubo-{rij}-{k}");
        invoer.ubo.push(UboPersoon {
            naam: a.tekst(&veld("naam")).to_string(),
            kapitaal: procent_veld(a, &veld("kapitaal")),
            stemrechten: procent_veld(a, &veld("stemrechten")),
            vermogen: procent_veld(a, &veld("vermogen")),
            andere_zeggenschap: a.vinkje(&veld("zeggenschap")),
            bestuurder_top_holding: a.vinkje(&veld("bestuurder")),
            pep: a.ja_nee(&veld("pep")),
        });
    }
    for d in DOCUMENTEN {
        let id = format!("doc-{}", d.id);
        let boekjaar = a.aantal(&format!("{id}-boekjaar")).and_then(|j| i32::try_from(j).ok());
        let document = Documentinvoer { aanwezig: a.ja_nee(&id), datum: a.datum(&format!("{id}-datum")), boekjaar };
        if document != Documentinvoer::default() {
            invoer.documenten.insert(d.id.to_string(), document);
        }
    }
    invoer
}

/// "11, 12, 13" → [11, 12, 13]; anything that is not a list of numbers is marked at the field.
fn functieaspecten(a: &mut Antwoorden) -> Vec<u16> {
    let tekst = a.tekst("vog-functieaspecten");
    let mut aspecten = Vec::new();
    for deel in tekst.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|d| !d.is_empty()) {
        match deel.parse::<u16>() {
            Ok(n) => aspecten.push(n),
            Err(_) => {
                a.fouten.insert(
                    "vog-functieaspecten".into(),
                    format!("\u{201c}{deel}\u{201d} is geen functieaspect; schrijf de nummers met komma's ertussen."),
                );
            }
        }
    }
    aspecten
}

fn procent_veld(a: &mut Antwoorden, id: &str) -> Option<rust_decimal::Decimal> {
    let tekst = a.tekst(id);
    if tekst.is_empty() {
        return None;
    }
    match lees_getal(tekst) {
        Ok(p) if p >= rust_decimal::Decimal::ZERO && p <= rust_decimal::Decimal::ONE_HUNDRED => Some(p),
        Ok(_) => {
            a.fouten.insert(id.to_string(), "Een percentage ligt tussen 0 en 100.".into());
            None
        }
        Err(m) => {
            a.fouten.insert(id.to_string(), m);
            None
        }
    }
}

/// The questions of one Dienst, from the Dienst table (field codes as in the Handleiding).
pub fn dienst_velden(nummer: u8) -> Vec<Invoerdef> {
    let Some(soort) = dienstsoort(nummer) else { return Vec::new() };
    soort
        .velden
        .iter()
        .filter(|v| v.gegeven != Gegeven::Ladder)
        .map(|v| {
            let label = match v.code {
                Some(code) => format!("{code} {}", v.label),
                None => v.label.to_string(),
            };
            Invoerdef::new(veld_id(nummer, v.gegeven), label, gegeven_soort(v.gegeven))
        })
        .collect()
}

fn gegeven_soort(g: Gegeven) -> Soort {
    match g {
        Gegeven::Omzet | Gegeven::GemiddeldeKosten | Gegeven::Prijs => Soort::Bedrag,
        Gegeven::GarantieWvp | Gegeven::Bevestiging(_) => Soort::JaNee,
        Gegeven::SeqfDatum => Soort::Datum,
        _ => Soort::Aantal,
    }
}

/// The checklist norms of one Dienst (x.1, x.2): the user's own status.
pub fn dienst_checklist(nummer: u8) -> Vec<Invoerdef> {
    let Some(soort) = dienstsoort(nummer) else { return Vec::new() };
    soort
        .normen
        .iter()
        .filter(|n| n.soort == Normsoort::Checklist)
        .map(|n| Invoerdef::new(format!("h2-{}", n.code), format!("{} {}", n.code, n.omschrijving), Soort::Status))
        .collect()
}

/// Dienst 10's participatieladder (§3.13): the kind of afspraak, k, and the groups of clients.
pub fn ladder_velden() -> Vec<Invoerdef> {
    vec![
        Invoerdef::new("d10-ladder-soort", "Soort afspraak over de participatieladder", Soort::Keuze(LADDERSOORTEN)),
        Invoerdef::new("d10-ladder-k", "Afgesproken aantal treden (k)", Soort::Aantal),
        Invoerdef::new("d10-ladder-groepen", "Bewegingen op de ladder", Soort::Tekst).met_hint(
            "Per groep: aantal cliënten × treden, gescheiden door komma's. Bijvoorbeeld: 10×-1, 20×0, 40×2, 30×3.",
        ),
    ]
}

const LADDERSOORTEN: &[(&str, &str)] = &[
    ("", "Geen ladderafspraak"),
    ("per_client", "Iedere cliënt stijgt ten minste k treden (voorbeeld 1)"),
    ("gemiddeld", "Gemiddeld k treden per cliënt (voorbeeld 2)"),
];

/// Transparantie over alle Diensten (§3.2).
pub fn transparantie_velden() -> Vec<Invoerdef> {
    vec![
        Invoerdef::new(diensten::VELD_2_0_1, "2.0.1 Afgeronde trajecten met een inspanningsafspraak", Soort::Aantal),
        Invoerdef::new(
            diensten::VELD_2_0_2,
            "2.0.2 Daarvan met inspanningen en beoogd doel in offerte of contract",
            Soort::Aantal,
        ),
    ]
}

pub fn dienst_naam(nummer: u8) -> String {
    dienstsoort(nummer).map_or_else(|| format!("Dienst {nummer}"), |d| format!("Dienst {nummer}: {}", d.naam))
}

pub fn alle_diensten() -> impl Iterator<Item = (u8, &'static str)> {
    DIENSTEN.iter().map(|d| (d.nummer, d.naam))
}

fn lees_diensten(a: &mut Antwoorden, data: &ZelftoetsData) -> (Vec<DienstInvoer>, BTreeMap<String, Status>) {
    let mut handmatig = BTreeMap::new();
    let mut uit = Vec::new();
    for &nummer in &data.diensten {
        let Some(soort) = dienstsoort(nummer) else { continue };
        let mut d = DienstInvoer { nummer, ..Default::default() };
        for v in soort.velden {
            let id = veld_id(nummer, v.gegeven);
            match v.gegeven {
                Gegeven::A => d.a = a.aantal(&id),
                Gegeven::A2 => d.a2 = a.aantal(&id),
                Gegeven::B => d.b = a.aantal(&id),
                Gegeven::B2 => d.b2 = a.aantal(&id),
                Gegeven::C => d.c = a.aantal(&id),
                Gegeven::WerkGevonden => d.d = a.aantal(&id),
                Gegeven::TvoClienten => d.tvo_clienten = a.aantal(&id),
                Gegeven::TvoOpdrachtgevers => d.tvo_opdrachtgevers = a.aantal(&id),
                Gegeven::VerschillendePersonen => d.verschillende_personen = a.aantal(&id),
                Gegeven::Omzet => d.omzet = a.bedrag(&id),
                Gegeven::ErkendeJobcoach => d.begeleid_erkende_jobcoach = a.aantal(&id),
                Gegeven::GarantieWvp => d.garantie_wvp = a.ja_nee(&id),
                Gegeven::Bevestiging(i) => {
                    if let Some(plek) = d.bevestigingen.get_mut(usize::from(i)) {
                        *plek = a.ja_nee(&id);
                    }
                }
                Gegeven::Contracten => d.contracten = a.aantal(&id),
                Gegeven::ContractenMeetbaar => d.contracten_meetbaar = a.aantal(&id),
                Gegeven::GemiddeldeKosten => d.gemiddelde_kosten = a.bedrag(&id),
                Gegeven::Prijs => d.prijs = a.bedrag(&id),
                Gegeven::Trajecten => d.trajecten = a.aantal(&id),
                Gegeven::NvsOpgeleid => d.nvs_opgeleid = a.aantal(&id),
                Gegeven::SeqfDatum => d.seqf_datum = a.datum(&id),
                Gegeven::VorigJaarB2 => d.vorig_jaar_b2 = a.aantal(&id),
                Gegeven::VorigJaarC => d.vorig_jaar_c = a.aantal(&id),
                Gegeven::Ladder => d.ladder = lees_ladder(a),
            }
        }
        for n in soort.normen.iter().filter(|n| n.soort == Normsoort::Checklist) {
            handmatig.insert(n.code.to_string(), a.status(&format!("h2-{}", n.code)));
        }
        uit.push(d);
    }
    (uit, handmatig)
}

/// "10×-1, 20×0, 40×2" → groups; `x`, `*` and `×` all separate count and treden.
fn lees_ladder(a: &mut Antwoorden) -> Option<Ladder> {
    let soort = match a.tekst("d10-ladder-soort") {
        "per_client" => Laddersoort::PerClient,
        "gemiddeld" => Laddersoort::Gemiddeld,
        _ => return None,
    };
    let treden = a.aantal("d10-ladder-k");
    let tekst = a.tekst("d10-ladder-groepen");
    let mut groepen = Vec::new();
    for deel in tekst.split([',', ';', '\n']).map(str::trim).filter(|d| !d.is_empty()) {
        let paar = deel.split_once(['×', 'x', 'X', '*']).and_then(|(n, t)| {
            Some(Laddergroep { clienten: n.trim().parse().ok()?, treden: t.trim().replace('+', "").parse().ok()? })
        });
        match paar {
            Some(g) => groepen.push(g),
            None => {
                a.fouten.insert(
                    "d10-ladder-groepen".into(),
                    format!(
                        "\u{201c}{deel}\u{201d} is geen groep; schrijf aantal × treden, bijvoorbeeld 40×2 of 10×-1."
                    ),
                );
            }
        }
    }
    Some(Ladder { soort, treden, groepen })
}

fn lees_tevredenheid(a: &mut Antwoorden, data: &ZelftoetsData) -> TevredenheidInvoer {
    let mut t = TevredenheidInvoer::default();
    for &n in &data.diensten {
        let p = format!("t{n}");
        t.diensten.push(TevredenheidDienst {
            dienst: n,
            clienten_uitgenodigd: a.aantal(&format!("{p}-c-uitgenodigd")),
            clienten_respondenten: a.aantal(&format!("{p}-c-respondenten")),
            clienten_cijfer: a.cijfer(&format!("{p}-c-cijfer")),
            opdrachtgevers_uitgenodigd: a.aantal(&format!("{p}-o-uitgenodigd")),
            opdrachtgevers_respondenten: a.aantal(&format!("{p}-o-respondenten")),
            opdrachtgevers_cijfer: a.cijfer(&format!("{p}-o-cijfer")),
            clientenaudit_cijfer: a.cijfer(&format!("{p}-audit")),
        });
    }
    t.cedeo_cijfer = a.cijfer(tevredenheid::VELD_CEDEO);
    for code in ["3.2.2", "3.3.1", "3.4.1"] {
        t.checklist.insert(code.to_string(), a.status(&format!("h3-{code}")));
    }
    t
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
        Invoerdef::new("t-cedeo", "Cijfer uit het CEDEO-rapport", Soort::Cijfer).met_hint(
            "Alleen bij een CEDEO-erkenning: dan vervangt dit rapport het tevredenheidsonderzoek onder cliënten.",
        ),
        Invoerdef::new("h3-3.2.2", "3.2.2 Alle opdrachtgevers zijn aangeleverd voor het onderzoek", Soort::Status),
        Invoerdef::new("h3-3.3.1", "3.3.1 Het verbeterplan van de vorige meetperiode is uitgevoerd", Soort::Status),
        Invoerdef::new(
            "h3-3.4.1",
            "3.4.1 Er is geen contact met respondenten over hun antwoorden geweest",
            Soort::Status,
        ),
    ]
}
