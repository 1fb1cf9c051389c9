//! The `data` of a zelftoets dossier: every answer as typed, by field id, plus the rows of the
//! klachtenregister and UBO list and the Diensten offered. The form definitions of every step
//! are here, each naming its `ZelftoetsVeld`; `lees` reads the typed answers into the domain's
//! `Zelftoetsinvoer` (errors at their fields) and `beoordeel` hands that to
//! `domain::keurmerk::beoordeel`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::invoer::{Antwoorden, Invoerdef, Soort, JA_NEE};
use super::planner;
use super::sterren::lees_watals;
use crate::domain::keurmerk::catalogus::{self, HOOFDNORM1};
use crate::domain::keurmerk::diensten::{
    self, dienstsoort, veld_id, DienstInvoer, Gegeven, Ladder, Laddergroep, Laddersoort, Normsoort, DIENSTEN,
};
use crate::domain::keurmerk::eisen::{Eis, Eissoort, EISEN};
use crate::domain::keurmerk::hoofdnorm1::{
    self, Documentinvoer, Hoofdnorm1Invoer, Klacht, UboPersoon, Vog, DOCUMENTEN, VERKLARINGEN,
};
use crate::domain::keurmerk::tevredenheid::{self, TevredenheidDienst, TevredenheidInvoer, CHECKLIST_3};
use crate::domain::keurmerk::veld::{
    Hoofdnorm1Vraag, KlachtKolom, Laddervraag, Profielvraag, Tevredengroep, Tevredenwat, UboKolom, VogKolom,
};
use crate::domain::keurmerk::{self, Aanvrager, Profiel, Rechtsvorm, Status, ZelftoetsVeld, Zelftoetsinvoer};
use crate::domain::lezen::{lees_getal, Getalsoort};
use crate::domain::tekst::met_hoofdletter;

pub use crate::domain::keurmerk::{Telling, Uitkomst};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ZelftoetsData {
    /// Every answer as typed, by field id (`ZelftoetsVeld::id`).
    pub invoer: BTreeMap<String, String>,
    /// The Diensten this provider offers (1–12), ascending.
    pub diensten: Vec<u8>,
    /// Row ids of the klachtenregister, in order.
    pub klachten: Vec<u64>,
    /// Row ids of the persons in the UBO/PEP helper.
    pub personen: Vec<u64>,
    /// Row ids of the bestuurders after the first, each with a VOG of their own (norm 1.2.4).
    /// The first bestuurder is always there, as row 0; a dossier without further ones does
    /// not write this key, so it stays as it was before bestuurders were rows.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bestuurders: Vec<u64>,
}

impl ZelftoetsData {
    pub fn uit(data: &Map<String, Value>) -> Result<ZelftoetsData, Bevinding> {
        super::data_uit(data)
    }

    pub fn naar_map(&self) -> Map<String, Value> {
        super::data_naar_map(self)
    }

    pub fn nieuw_rij_id(&self) -> u64 {
        self.klachten.iter().chain(&self.personen).chain(&self.bestuurders).max().map_or(1, |m| m + 1)
    }

    /// Every bestuurder's row: the first (0), then the ones added.
    pub fn bestuurder_rijen(&self) -> Vec<u64> {
        std::iter::once(0).chain(self.bestuurders.iter().copied().filter(|r| *r != 0)).collect()
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

fn p(vraag: Profielvraag) -> ZelftoetsVeld {
    ZelftoetsVeld::Profiel(vraag)
}

fn h1(vraag: Hoofdnorm1Vraag) -> ZelftoetsVeld {
    ZelftoetsVeld::Hoofdnorm1(vraag)
}

/// The questions of the organisatieprofiel (SPEC A1).
pub fn profiel_velden() -> Vec<Invoerdef> {
    use Profielvraag::*;
    vec![
        Invoerdef::new(p(Aanvrager), "U bent", Soort::Keuze(AANVRAGER)),
        Invoerdef::new(p(Peildatum), "Datum van de audit", Soort::Datum)
            .met_hint("Gepland of gehouden. Hieraan worden de leeftijd van het KvK-uittreksel, de termijnen van de klachten, de managementverklaring en het SEQF self-assessment gemeten, en voor een keurmerkhouder de VOG."),
        Invoerdef::new(p(Aanmelddatum), "Datum van de aanmelding", Soort::Datum)
            .met_hint("Alleen voor een aspirant: de VOG mag op deze datum hoogstens zes maanden oud zijn (voetnoten 4 en 20)."),
        Invoerdef::new(p(Verlenging), "Deze meetperiode is al een verlenging", Soort::Keuze(JA_NEE))
            .met_hint("Alleen voor een aspirant: Blik op Werk verlengt de meetperiode hoogstens één keer als het minimum van vijf afgeronde trajecten ontbreekt (§6.1.1)."),
        Invoerdef::new(p(Rechtsvorm), "Rechtsvorm", Soort::Keuze(RECHTSVORMEN)),
        Invoerdef::new(p(Kvk), "Inschrijfplichtig bij de KvK", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Zzp), "Zzp'er zonder ingehuurde krachten", Soort::Keuze(JA_NEE))
            .met_hint("Dan gelden de normen voor eigen personeel (1.6.1–1.6.6) niet, wel een schriftelijke regeling voor vervanging bij ziekte en vakantie (§2.8)."),
        Invoerdef::new(p(Oval), "Lid van OVAL", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Nlqf), "Processen of personeelseisen ingeschaald in het NLQF", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Inburgeren), "Houder van het Keurmerk Inburgeren", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Cedeo), "CEDEO-erkenning", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Wca), "WCA-certificaat", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Iso), "ISO 9001- of HKZ-certificaat", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Uwv), "UWV is opdrachtgever", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Eerste), "Dit is de eerste meetperiode", Soort::Keuze(JA_NEE)),
        Invoerdef::new(p(Compensatie), "Compensatieregeling toegepast in de vorige meetperiode", Soort::Keuze(JA_NEE))
            .met_hint("Alleen voor keurmerkhouders (§6.2.1)."),
    ]
}

pub fn lees_profiel(a: &mut Antwoorden) -> Profiel {
    use Profielvraag as P;
    let rechtsvorm = match a.tekst(p(P::Rechtsvorm)) {
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
        aanvrager: if a.tekst(p(P::Aanvrager)) == "keurmerkhouder" {
            Aanvrager::Keurmerkhouder
        } else {
            Aanvrager::Aspirant
        },
        rechtsvorm,
        // Most providers are KvK-registered; only an explicit "nee" lifts norm 1.2.1.
        kvk_plichtig: a.ja_nee(p(P::Kvk)) != Some(false),
        zzp: a.vinkje(p(P::Zzp)),
        oval_lid: a.vinkje(p(P::Oval)),
        nlqf: a.vinkje(p(P::Nlqf)),
        keurmerk_inburgeren: a.vinkje(p(P::Inburgeren)),
        cedeo: a.vinkje(p(P::Cedeo)),
        wca: a.vinkje(p(P::Wca)),
        iso_of_hkz: a.vinkje(p(P::Iso)),
        uwv_opdrachtgever: a.vinkje(p(P::Uwv)),
        eerste_meetperiode: a.vinkje(p(P::Eerste)),
        compensatie_vorige_periode: a.ja_nee(p(P::Compensatie)),
        peildatum: a.datum(p(P::Peildatum)),
        aanmelddatum: a.datum(p(P::Aanmelddatum)),
        al_verlengd: a.ja_nee(p(P::Verlenging)),
    }
}

/// The requirements of the verdict asked on the profiel step (`eisen::EISEN` except the
/// hoofdnorm 1 item, which hoofdnorm 1 asks), as far as they apply to this profiel.
pub fn eisen_velden(profiel: &Profiel) -> Vec<Invoerdef> {
    EISEN.iter().filter(|e| e.soort != Eissoort::Hoofdnorm1 && e.gevraagd(profiel)).map(eis_veld).collect()
}

fn eis_veld(e: &Eis) -> Invoerdef {
    Invoerdef::new(e.veld(), e.vraag, Soort::Keuze(JA_NEE)).met_hint(format!("{} ({})", e.naam, e.bron))
}

fn lees_eisen(a: &mut Antwoorden) -> BTreeMap<&'static str, bool> {
    EISEN.iter().filter_map(|e| a.ja_nee(e.veld()).map(|j| (e.id, j))).collect()
}

/// The typed answers read into the domain's input, with what is wrong at each field.
pub fn lees(data: &ZelftoetsData) -> (Zelftoetsinvoer, BTreeMap<ZelftoetsVeld, String>) {
    let mut a = Antwoorden::van(&data.invoer);
    let profiel = lees_profiel(&mut a);
    let hoofdnorm1 = lees_hoofdnorm1(&mut a, data);
    let (diensten, handmatig) = lees_diensten(&mut a, data);
    let transparantie = (a.aantal(diensten::VELD_2_0_1), a.aantal(diensten::VELD_2_0_2));
    let tevredenheid = lees_tevredenheid(&mut a, data);
    let watals = diensten.iter().filter_map(|d| lees_watals(&mut a, d.nummer)).collect();
    let planner = planner::lees_planner(&mut a, &profiel);
    let vrijstelling = planner::lees_vrijstelling(&mut a, &profiel);
    let eisen = lees_eisen(&mut a);
    let invoer = Zelftoetsinvoer {
        profiel,
        hoofdnorm1,
        diensten,
        handmatig,
        transparantie,
        tevredenheid,
        watals,
        planner,
        vrijstelling,
        aantal_diensten: data.diensten.len(),
        eisen,
    };
    (invoer, a.fouten)
}

/// Reads the answers and applies every rule; an error in what was typed stands before one the
/// rules find at the same field.
pub fn beoordeel(data: &ZelftoetsData) -> Uitkomst {
    let (invoer, fouten) = lees(data);
    let mut uitkomst = keurmerk::beoordeel(&invoer);
    uitkomst.fouten.extend(fouten);
    uitkomst
}

/// The form fields of hoofdnorm 1 that are not rows: documents, VOG, KvK, managementverklaring,
/// personeel. Ids are the ones the domain links its outcomes to.
pub fn hoofdnorm1_velden(profiel: &Profiel) -> Vec<Invoerdef> {
    let mut velden = vec![
        Invoerdef::new(h1(Hoofdnorm1Vraag::KvkDatum), "Datum van het KvK-uittreksel", Soort::Datum)
            .met_hint("Ten hoogste drie maanden oud op de datum van de audit."),
        Invoerdef::new(
            h1(Hoofdnorm1Vraag::PersoneelGekwalificeerd),
            "Passend gekwalificeerde personeelsleden",
            Soort::Aantal,
        ),
        Invoerdef::new(h1(Hoofdnorm1Vraag::PersoneelTotaal), "Personeelsleden in totaal", Soort::Aantal)
            .met_hint("Voor norm 1.6.6; het percentage telt mee in de sterrenberekening."),
        Invoerdef::new(h1(Hoofdnorm1Vraag::MvDatum), "Datum van de managementverklaring", Soort::Datum),
    ];
    velden.extend(EISEN.iter().filter(|e| e.soort == Eissoort::Hoofdnorm1 && e.gevraagd(profiel)).map(eis_veld));
    for v in hoofdnorm1::verklaringen(profiel) {
        velden.push(Invoerdef::new(
            ZelftoetsVeld::Verklaring(v.id),
            format!("Verklaring {}: {}", v.letter, v.tekst),
            Soort::JaNee,
        ));
    }
    velden
}

/// The VOG of one bestuurder: `rij` its stable id (0: the first), `nummer` its position from 1.
pub fn vog_velden(rij: u64, nummer: usize) -> Vec<Invoerdef> {
    let v = |k| ZelftoetsVeld::vog(rij, k);
    vec![
        Invoerdef::new(v(VogKolom::Naam), format!("Naam (bestuurder {nummer})"), Soort::Tekst),
        Invoerdef::new(v(VogKolom::Datum), format!("Datum van afgifte van de VOG (bestuurder {nummer})"), Soort::Datum)
            .met_hint("Hoogstens zes maanden oud op de datum van de audit; voor een aspirant op de datum van de aanmelding (norm 1.2.4)."),
        Invoerdef::new(v(VogKolom::Functieaspecten), format!("Functieaspecten op de VOG (bestuurder {nummer})"), Soort::Tekst)
            .met_hint("Bijvoorbeeld: 11, 12, 13, 21, 22, 41, 43, 53, 71 — die zijn alle vereist."),
    ]
}

/// The documents of the aanvraag- en auditchecklist (§5.1.1).
pub fn document_velden() -> Vec<Invoerdef> {
    DOCUMENTEN
        .iter()
        .flat_map(|d| {
            let mut v =
                vec![Invoerdef::new(ZelftoetsVeld::Document(d.id), format!("{}: aanwezig", d.naam), Soort::JaNee)];
            match d.eis {
                hoofdnorm1::Leeftijdseis::Geen | hoofdnorm1::Leeftijdseis::VogPerBestuurder => {}
                hoofdnorm1::Leeftijdseis::HoogstensMaanden(_) => v.push(Invoerdef::new(
                    ZelftoetsVeld::DocumentDatum(d.id),
                    format!("{}: datum", d.naam),
                    Soort::Datum,
                )),
                hoofdnorm1::Leeftijdseis::VorigKalenderjaar => v.push(
                    Invoerdef::new(
                        ZelftoetsVeld::DocumentBoekjaar(d.id),
                        format!("{}: boekjaar", d.naam),
                        Soort::Aantal,
                    )
                    .met_hint("Het kalenderjaar vóór de meetperiode: begint de meetperiode in 2025, dan 2024."),
                ),
            }
            v
        })
        .collect()
}

/// The checklist of hoofdnorm 1: a status and an onderbouwing per norm, as it reads for this
/// profiel (1.5.2.d differs for a zzp'er, §2.8).
pub fn checklist_velden(profiel: &Profiel) -> Vec<(Invoerdef, Invoerdef)> {
    HOOFDNORM1
        .iter()
        .map(|n| {
            (
                Invoerdef::new(
                    ZelftoetsVeld::Checklist(n.code),
                    format!("{} {}", n.code, catalogus::omschrijving(n, profiel)),
                    Soort::Status,
                )
                .met_hint(format!(
                    "{}{}",
                    n.paragraaf,
                    if n.materieel { " · materiële norm" } else { "" }
                )),
                Invoerdef::new(ZelftoetsVeld::Onderbouwing(n.code), format!("Onderbouwing {}", n.code), Soort::Tekst),
            )
        })
        .collect()
}

const KLACHT_KOLOMMEN: &[(KlachtKolom, &str, Soort)] = &[
    (KlachtKolom::Ontvangen, "Ontvangen", Soort::Datum),
    (KlachtKolom::Bevestigd, "Ontvangst bevestigd", Soort::Datum),
    (KlachtKolom::NietInBehandeling, "Gemeld: niet in behandeling", Soort::Datum),
    (KlachtKolom::Afgehandeld, "Afgehandeld", Soort::Datum),
    (KlachtKolom::Behandelaar, "Behandelaar", Soort::Tekst),
    (KlachtKolom::Uitkomst, "Uitkomst", Soort::Tekst),
];

const UBO_KOLOMMEN: &[(UboKolom, &str, Soort)] = &[
    (UboKolom::Naam, "Naam", Soort::Tekst),
    (UboKolom::Kapitaal, "Belang in het kapitaal (%)", Soort::Procent),
    (UboKolom::Stemrechten, "Stemrechten (%)", Soort::Procent),
    (UboKolom::Vermogen, "Eigendom van het vermogen (%)", Soort::Procent),
    (UboKolom::Zeggenschap, "Andere feitelijke zeggenschap", Soort::JaNee),
    (UboKolom::Bestuurder, "Bestuurder van de topholding", Soort::JaNee),
    (UboKolom::Pep, "Politiek prominent persoon (PEP)", Soort::JaNee),
];

/// The fields of one row of the klachtenregister: `rij` is its stable id, `nummer` its position
/// counted from 1 (for the labels).
pub fn klacht_velden(rij: u64, nummer: usize) -> Vec<Invoerdef> {
    KLACHT_KOLOMMEN
        .iter()
        .map(|(k, label, soort)| {
            Invoerdef::new(ZelftoetsVeld::klacht(rij, *k), format!("{label} (klacht {nummer})"), *soort)
        })
        .collect()
}

/// The fields of one person of the UBO/PEP helper, as `klacht_velden`.
pub fn ubo_velden(rij: u64, nummer: usize) -> Vec<Invoerdef> {
    UBO_KOLOMMEN
        .iter()
        .map(|(k, label, soort)| {
            Invoerdef::new(ZelftoetsVeld::ubo(rij, *k), format!("{label} (persoon {nummer})"), *soort)
        })
        .collect()
}

fn lees_hoofdnorm1(a: &mut Antwoorden, data: &ZelftoetsData) -> Hoofdnorm1Invoer {
    let mut invoer = Hoofdnorm1Invoer::default();
    for n in HOOFDNORM1 {
        invoer.checklist.insert(n.code.to_string(), a.status(ZelftoetsVeld::Checklist(n.code)));
        let toel = a.tekst(ZelftoetsVeld::Onderbouwing(n.code));
        if !toel.is_empty() {
            invoer.onderbouwing.insert(n.code.to_string(), toel.to_string());
        }
    }
    invoer.kvk_datum = a.datum(h1(Hoofdnorm1Vraag::KvkDatum));
    for rij in data.bestuurder_rijen() {
        let v = |k| ZelftoetsVeld::vog(rij, k);
        invoer.vogs.push(Vog {
            rij,
            naam: a.tekst(v(VogKolom::Naam)).to_string(),
            afgifte: a.datum(v(VogKolom::Datum)),
            functieaspecten: functieaspecten(a, v(VogKolom::Functieaspecten)),
        });
    }
    invoer.personeel.gekwalificeerd = a.aantal(h1(Hoofdnorm1Vraag::PersoneelGekwalificeerd));
    invoer.personeel.totaal = a.aantal(h1(Hoofdnorm1Vraag::PersoneelTotaal));
    invoer.managementverklaring.datum = a.datum(h1(Hoofdnorm1Vraag::MvDatum));
    for v in VERKLARINGEN {
        if let Some(antwoord) = a.ja_nee(ZelftoetsVeld::Verklaring(v.id)) {
            invoer.managementverklaring.antwoorden.insert(v.id.to_string(), antwoord);
        }
    }
    for &rij in &data.klachten {
        let veld = |k| ZelftoetsVeld::klacht(rij, k);
        use KlachtKolom::*;
        invoer.klachten.push(Klacht {
            rij,
            ontvangen: a.datum(veld(Ontvangen)),
            bevestigd: a.datum(veld(Bevestigd)),
            niet_in_behandeling_gemeld: a.datum(veld(NietInBehandeling)),
            afgehandeld: a.datum(veld(Afgehandeld)),
            behandelaar: a.tekst(veld(Behandelaar)).to_string(),
            uitkomst: a.tekst(veld(Uitkomst)).to_string(),
        });
    }
    for &rij in &data.personen {
        let veld = |k| ZelftoetsVeld::ubo(rij, k);
        use UboKolom::*;
        invoer.ubo.push(UboPersoon {
            rij,
            naam: a.tekst(veld(Naam)).to_string(),
            kapitaal: procent_veld(a, veld(Kapitaal)),
            stemrechten: procent_veld(a, veld(Stemrechten)),
            vermogen: procent_veld(a, veld(Vermogen)),
            andere_zeggenschap: a.vinkje(veld(Zeggenschap)),
            bestuurder_top_holding: a.vinkje(veld(Bestuurder)),
            pep: a.ja_nee(veld(Pep)),
        });
    }
    for d in DOCUMENTEN {
        let boekjaar = a.aantal(ZelftoetsVeld::DocumentBoekjaar(d.id)).and_then(|j| i32::try_from(j).ok());
        let document = Documentinvoer {
            aanwezig: a.ja_nee(ZelftoetsVeld::Document(d.id)),
            datum: a.datum(ZelftoetsVeld::DocumentDatum(d.id)),
            boekjaar,
        };
        if document != Documentinvoer::default() {
            invoer.documenten.insert(d.id.to_string(), document);
        }
    }
    invoer
}

/// "11, 12, 13" → [11, 12, 13]; anything that is not a list of numbers is marked at the field.
fn functieaspecten(a: &mut Antwoorden, veld: ZelftoetsVeld) -> Vec<u16> {
    let tekst = a.tekst(veld);
    let mut aspecten = Vec::new();
    for deel in tekst.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|d| !d.is_empty()) {
        match deel.parse::<u16>() {
            Ok(n) => aspecten.push(n),
            Err(_) => {
                a.fouten.insert(
                    veld,
                    format!("\u{201c}{deel}\u{201d} is geen functieaspect; schrijf de nummers met komma's ertussen."),
                );
            }
        }
    }
    aspecten
}

fn procent_veld(a: &mut Antwoorden, id: ZelftoetsVeld) -> Option<rust_decimal::Decimal> {
    let tekst = a.tekst(id);
    if tekst.is_empty() {
        return None;
    }
    match lees_getal(tekst, Getalsoort::Procent) {
        Ok(p) if p >= rust_decimal::Decimal::ZERO && p <= rust_decimal::Decimal::ONE_HUNDRED => Some(p),
        Ok(_) => {
            a.fouten.insert(id, "Een percentage ligt tussen 0 en 100.".into());
            None
        }
        Err(m) => {
            a.fouten.insert(id, m);
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
        .map(|n| {
            Invoerdef::new(ZelftoetsVeld::Checklist(n.code), format!("{} {}", n.code, n.omschrijving), Soort::Status)
        })
        .collect()
}

/// Dienst 10's participatieladder (§3.13): the kind of afspraak, k, and the groups of clients.
pub fn ladder_velden() -> Vec<Invoerdef> {
    vec![
        Invoerdef::new(
            ZelftoetsVeld::Ladder(Laddervraag::Soort),
            "Soort afspraak over de participatieladder",
            Soort::Keuze(LADDERSOORTEN),
        ),
        Invoerdef::new(ZelftoetsVeld::Ladder(Laddervraag::Treden), "Afgesproken aantal treden (k)", Soort::Aantal),
        Invoerdef::new(ZelftoetsVeld::Ladder(Laddervraag::Groepen), "Bewegingen op de ladder", Soort::Tekst).met_hint(
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
                Gegeven::A => d.a = a.aantal(id),
                Gegeven::A2 => d.a2 = a.aantal(id),
                Gegeven::B => d.b = a.aantal(id),
                Gegeven::B2 => d.b2 = a.aantal(id),
                Gegeven::C => d.c = a.aantal(id),
                Gegeven::WerkGevonden => d.d = a.aantal(id),
                Gegeven::TvoClienten => d.tvo_clienten = a.aantal(id),
                Gegeven::TvoOpdrachtgevers => d.tvo_opdrachtgevers = a.aantal(id),
                Gegeven::VerschillendePersonen => d.verschillende_personen = a.aantal(id),
                Gegeven::Afgerond => d.afgerond = a.aantal(id),
                Gegeven::Omzet => d.omzet = a.bedrag(id),
                Gegeven::ErkendeJobcoach => d.begeleid_erkende_jobcoach = a.aantal(id),
                Gegeven::GarantieWvp => d.garantie_wvp = a.ja_nee(id),
                Gegeven::Bevestiging(i) => {
                    if let Some(plek) = d.bevestigingen.get_mut(usize::from(i)) {
                        *plek = a.ja_nee(id);
                    }
                }
                Gegeven::Contracten => d.contracten = a.aantal(id),
                Gegeven::ContractenMeetbaar => d.contracten_meetbaar = a.aantal(id),
                Gegeven::GemiddeldeKosten => d.gemiddelde_kosten = a.bedrag(id),
                Gegeven::Prijs => d.prijs = a.bedrag(id),
                Gegeven::Trajecten => d.trajecten = a.aantal(id),
                Gegeven::NvsOpgeleid => d.nvs_opgeleid = a.aantal(id),
                Gegeven::SeqfDatum => d.seqf_datum = a.datum(id),
                Gegeven::VorigJaarB2 => d.vorig_jaar_b2 = a.aantal(id),
                Gegeven::VorigJaarC => d.vorig_jaar_c = a.aantal(id),
                Gegeven::Ladder => d.ladder = lees_ladder(a),
            }
        }
        for n in soort.normen.iter().filter(|n| n.soort == Normsoort::Checklist) {
            handmatig.insert(n.code.to_string(), a.status(ZelftoetsVeld::Checklist(n.code)));
        }
        uit.push(d);
    }
    (uit, handmatig)
}

/// "10×-1, 20×0, 40×2" → groups; `x`, `*` and `×` all separate count and treden.
fn lees_ladder(a: &mut Antwoorden) -> Option<Ladder> {
    let soort = match a.tekst(ZelftoetsVeld::Ladder(Laddervraag::Soort)) {
        "per_client" => Laddersoort::PerClient,
        "gemiddeld" => Laddersoort::Gemiddeld,
        _ => return None,
    };
    let treden = a.aantal(ZelftoetsVeld::Ladder(Laddervraag::Treden));
    let groepen_veld = ZelftoetsVeld::Ladder(Laddervraag::Groepen);
    let tekst = a.tekst(groepen_veld);
    let mut groepen = Vec::new();
    for deel in tekst.split([',', ';', '\n']).map(str::trim).filter(|d| !d.is_empty()) {
        let paar = deel.split_once(['×', 'x', 'X', '*']).and_then(|(n, t)| {
            Some(Laddergroep { clienten: n.trim().parse().ok()?, treden: t.trim().replace('+', "").parse().ok()? })
        });
        match paar {
            Some(g) => groepen.push(g),
            None => {
                a.fouten.insert(
                    groepen_veld,
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
    use Tevredengroep::{Clienten as C, Opdrachtgevers as O};
    use Tevredenwat::*;
    for &n in &data.diensten {
        let v = |g, w| ZelftoetsVeld::tevredenheid(n, g, w);
        t.diensten.push(TevredenheidDienst {
            dienst: n,
            clienten_uitgenodigd: a.aantal(v(C, Uitgenodigd)),
            clienten_respondenten: a.aantal(v(C, Respondenten)),
            clienten_cijfer: a.cijfer(v(C, Cijfer)),
            opdrachtgevers_uitgenodigd: a.aantal(v(O, Uitgenodigd)),
            opdrachtgevers_respondenten: a.aantal(v(O, Respondenten)),
            opdrachtgevers_cijfer: a.cijfer(v(O, Cijfer)),
            clientenaudit_cijfer: a.cijfer(ZelftoetsVeld::Clientenaudit(n)),
        });
    }
    t.cedeo_cijfer = a.cijfer(tevredenheid::VELD_CEDEO);
    for (code, _) in CHECKLIST_3 {
        t.checklist.insert(code.to_string(), a.status(ZelftoetsVeld::Checklist(code)));
    }
    t
}

/// The tevredenheid questions for one Dienst (SPEC A4).
pub fn tevredenheid_velden(dienst: u8) -> Vec<Invoerdef> {
    use Tevredengroep::{Clienten as C, Opdrachtgevers as O};
    use Tevredenwat::*;
    let v = |g, w| ZelftoetsVeld::tevredenheid(dienst, g, w);
    // The Dienst's own word for whom it surveys: cursisten, werknemers, cliënten.
    let wie = crate::domain::keurmerk::diensten::wie_tevredenheid(dienst);
    vec![
        Invoerdef::new(v(C, Uitgenodigd), format!("{} uitgenodigd", met_hoofdletter(&wie)), Soort::Aantal),
        Invoerdef::new(v(C, Respondenten), format!("Respondenten onder de {wie}"), Soort::Aantal),
        Invoerdef::new(v(C, Cijfer), format!("Gemiddeld cijfer {wie}"), Soort::Cijfer)
            .met_hint("Van 1 tot 10, met hoogstens één decimaal."),
        Invoerdef::new(v(O, Uitgenodigd), "Opdrachtgevers uitgenodigd", Soort::Aantal),
        Invoerdef::new(v(O, Respondenten), "Respondenten onder de opdrachtgevers", Soort::Aantal),
        Invoerdef::new(v(O, Cijfer), "Gemiddeld cijfer opdrachtgevers", Soort::Cijfer),
        Invoerdef::new(ZelftoetsVeld::Clientenaudit(dienst), "Cijfer cliëntenaudit", Soort::Cijfer)
            .met_hint("Alleen nodig als de responsnorm (3.1.3) niet is gehaald."),
    ]
}

/// The tevredenheid questions over all Diensten.
pub fn tevredenheid_algemeen() -> Vec<Invoerdef> {
    let mut velden = vec![Invoerdef::new(tevredenheid::VELD_CEDEO, "Cijfer uit het CEDEO-rapport", Soort::Cijfer)
        .met_hint(
            "Alleen bij een CEDEO-erkenning: dan vervangt dit rapport het tevredenheidsonderzoek onder cliënten.",
        )];
    for (code, wat) in CHECKLIST_3 {
        velden.push(Invoerdef::new(ZelftoetsVeld::Checklist(code), format!("{code} {wat}"), Soort::Status));
    }
    velden
}

/// Every form definition the step pages show for this dossier and profiel, in page order:
/// profiel, hoofdnorm 1 (with a row per klacht and per person), the Diensten, transparantie,
/// tevredenheid, sterren (what-if), planner and vrijstelling.
pub fn alle_velden(data: &ZelftoetsData, profiel: &Profiel) -> Vec<Invoerdef> {
    let mut velden = profiel_velden();
    velden.extend(eisen_velden(profiel));
    velden.extend(hoofdnorm1_velden(profiel));
    for (i, rij) in data.bestuurder_rijen().into_iter().enumerate() {
        velden.extend(vog_velden(rij, i + 1));
    }
    for (i, rij) in data.klachten.iter().enumerate() {
        velden.extend(klacht_velden(*rij, i + 1));
    }
    for (i, rij) in data.personen.iter().enumerate() {
        velden.extend(ubo_velden(*rij, i + 1));
    }
    velden.extend(document_velden());
    velden.extend(checklist_velden(profiel).into_iter().flat_map(|(status, toelichting)| [status, toelichting]));
    for &n in &data.diensten {
        velden.extend(dienst_velden(n));
        if n == 10 {
            velden.extend(ladder_velden());
        }
        velden.extend(dienst_checklist(n));
    }
    velden.extend(transparantie_velden());
    for &n in &data.diensten {
        velden.extend(tevredenheid_velden(n));
    }
    velden.extend(tevredenheid_algemeen());
    for &n in &data.diensten {
        velden.extend(super::sterren::watals_velden(n));
    }
    velden.extend(planner::planner_velden());
    velden.extend(planner::vrijstelling_velden());
    velden
}

/// The label of every field the step pages show for this dossier, by field: how the rapport
/// names the field to fix.
pub fn labels(data: &ZelftoetsData, profiel: &Profiel) -> BTreeMap<ZelftoetsVeld, String> {
    alle_velden(data, profiel).into_iter().map(|d| (d.veld, d.label)).collect()
}

/// A place in a zelftoets dossier's data (`$.data.invoer["d1-a"]`) in words: the label of its
/// field as the step page shows it, for the notice of a value changed in two tabs.
pub fn plaatsnaam(data: &Map<String, Value>, pad: &str) -> Option<String> {
    let id: String = serde_json::from_str(pad.strip_prefix("$.data.invoer[")?.strip_suffix(']')?).ok()?;
    let veld = ZelftoetsVeld::uit_id(&id)?;
    let data = ZelftoetsData::uit(data).ok()?;
    let profiel = lees_profiel(&mut Antwoorden::van(&data.invoer));
    alle_velden(&data, &profiel).into_iter().find(|d| d.veld == veld).map(|d| d.label)
}
