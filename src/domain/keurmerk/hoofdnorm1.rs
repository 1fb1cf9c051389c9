//! Hoofdnorm 1 — Organisatie (§2.1–2.10, SPEC A2 and A8): what the user enters, and the checks
//! the app computes from it instead of from a tick box.
//!
//! Computed: KvK-inschrijving with the age of the uittreksel (1.2.1), managementverklaring (1.2.3),
//! VOG (1.2.4), UBO/PEP (1.2.5), the klachtenregister (1.5.6.a–e, 1.5.8, with per-klacht
//! findings for 1.5.2.a–c) and personeel (1.6.6). Every other norm is the user's own checklist
//! answer. The profiel then decides what applies (`catalogus::toepassing`).
//!
//! The peildatum is the audit date (keurmerkhouder) or the aanmelding date (aspirant), always
//! from the profiel: without it, every age or term is "nog onbekend" and asks for it.
//!
//! Outcomes and findings name their input as a `ZelftoetsVeld`; a klacht or UBO row by its
//! stable row id (`Klacht::rij`, `UboPersoon::rij`), while messages count rows by position
//! ("klacht 3").

use std::collections::BTreeMap;

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::catalogus::{omschrijving, stam, toepassing, Norm, Toepassing, HOOFDNORM1};
use super::veld::{Hoofdnorm1Vraag, KlachtKolom, Profielvraag, UboKolom, VogKolom};
use super::{
    combineer, minstens_procent, procent, zwakste, Aanvrager, Beleid, Deel, Normuitkomst, Profiel, Status,
    ZelftoetsVeld,
};
use crate::domain::datum::lange_datum;
use crate::domain::getal::nl_kort;
use crate::domain::tekst::{met_hoofdletter, met_kleine_letter};
use crate::domain::uitleg::Uitleg;

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// Everything the user enters for hoofdnorm 1. Every field has a default, so an older or partial
/// dossier still loads.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Hoofdnorm1Invoer {
    /// The user's own answer per norm code ("1.4.2" → voldoet). Missing = nog onbekend.
    pub checklist: BTreeMap<String, Status>,
    /// Optional onderbouwing per norm code, free text.
    pub onderbouwing: BTreeMap<String, String>,
    /// One VOG per bestuurder ("van het Management"), the first bestuurder first.
    pub vogs: Vec<Vog>,
    /// Date of the KvK-uittreksel.
    pub kvk_datum: Option<NaiveDate>,
    pub managementverklaring: Managementverklaring,
    pub klachten: Vec<Klacht>,
    pub personeel: Personeel,
    /// The natural persons behind the organisation (UBO/PEP helper, Bijlage 7A/7B).
    pub ubo: Vec<UboPersoon>,
    /// The audit checklist (§5.1.1) by document id (see `DOCUMENTEN`).
    pub documenten: BTreeMap<String, Documentinvoer>,
}

/// The Verklaring omtrent gedrag of one bestuurder (norm 1.2.4).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Vog {
    /// The row's stable id: its fields are `ZelftoetsVeld::Vog { rij, .. }` (0: the first).
    pub rij: u64,
    /// The bestuurder's name, if given.
    pub naam: String,
    pub afgifte: Option<NaiveDate>,
    /// The functieaspecten the VOG covers, as numbers (11, 12, …).
    pub functieaspecten: Vec<u16>,
}

/// The managementverklaring of Bijlage 6 (norm 1.2.3).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Managementverklaring {
    pub datum: Option<NaiveDate>,
    /// The answer per declaration id of `VERKLARINGEN` ("a" … "p", "inb-a" … "inb-c"):
    /// true = ja, false = nee; a missing id is not answered yet.
    pub antwoorden: BTreeMap<String, bool>,
}

impl Managementverklaring {
    pub fn antwoord(&self, id: &str) -> Option<bool> {
        self.antwoorden.get(id).copied()
    }
}

/// One row of the klachtenregister (norm 1.5.6).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Klacht {
    /// The row's stable id: its fields are `ZelftoetsVeld::Klacht { rij, .. }`.
    pub rij: u64,
    pub ontvangen: Option<NaiveDate>,
    pub bevestigd: Option<NaiveDate>,
    /// Date the indiener was told the klacht is not taken into treatment, if that happened.
    pub niet_in_behandeling_gemeld: Option<NaiveDate>,
    pub afgehandeld: Option<NaiveDate>,
    pub behandelaar: String,
    pub uitkomst: String,
}

/// Norm 1.6.6.a and 1.6.6.b.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Personeel {
    /// 1.6.6.a: personeelsleden aantoonbaar passend gekwalificeerd voor hun functie.
    pub gekwalificeerd: Option<u64>,
    /// 1.6.6.b: all personeelsleden.
    pub totaal: Option<u64>,
}

/// A natural person in the UBO/PEP helper. Percentages are 0–100; an empty one counts as no
/// belang. `kapitaal` is the direct and indirect belang together (Bijlage 7B asks for both; the
/// criterion is about their sum).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct UboPersoon {
    /// The row's stable id: its fields are `ZelftoetsVeld::Ubo { rij, .. }`.
    pub rij: u64,
    pub naam: String,
    pub kapitaal: Option<Decimal>,
    pub stemrechten: Option<Decimal>,
    /// Begunstigde van, or bijzondere zeggenschap over, this share of the vermogen.
    pub vermogen: Option<Decimal>,
    /// Can in fact exercise control in another way.
    pub andere_zeggenschap: bool,
    /// Bestuurder of the (top)holding: the pseudo-UBO when nobody else qualifies.
    pub bestuurder_top_holding: bool,
    /// Politiek prominent persoon (or a relative as Bijlage 7B lists); `None` = not answered.
    pub pep: Option<bool>,
}

/// One document of the audit checklist.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Documentinvoer {
    pub aanwezig: Option<bool>,
    pub datum: Option<NaiveDate>,
    /// For the omzetverklaring/jaarrekening: the calendar year it covers.
    pub boekjaar: Option<i32>,
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/// The functieaspecten the VOG of the management must cover (norm 1.2.4, checklist §5.1.1).
pub const VOG_FUNCTIEASPECTEN: &[u16] = &[11, 12, 13, 21, 22, 41, 43, 53, 71];
/// A VOG may be at most this many months old at the peildatum (footnotes 4 and 20).
pub const VOG_MAANDEN: u32 = 6;
/// A KvK-uittreksel may be at most this many months old at the audit (checklist §5.1.1).
pub const KVK_MAANDEN: u32 = 3;
/// Klacht terms in days after ontvangst (norm 1.5.2.a–c): two, four and six weeks.
pub const BEVESTIGING_DAGEN: u64 = 14;
pub const MELDING_DAGEN: u64 = 28;
pub const AFHANDELING_DAGEN: u64 = 42;
/// Norm 1.5.8: at least this percentage afgehandeld within the term.
pub const KLACHTEN_PROCENT: u64 = 80;

/// One declaration of the managementverklaring (Bijlage 6), in our own short words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verklaring {
    /// "a" … "p", or "inb-a" … "inb-c" for the extra declarations of Keurmerk Inburgeren holders.
    pub id: &'static str,
    /// The letter as Bijlage 6 prints it.
    pub letter: &'static str,
    pub tekst: &'static str,
    /// Only for holders of the Keurmerk Inburgeren.
    pub alleen_inburgeren: bool,
}

const fn v(id: &'static str, letter: &'static str, tekst: &'static str) -> Verklaring {
    Verklaring { id, letter, tekst, alleen_inburgeren: false }
}

const fn vi(id: &'static str, letter: &'static str, tekst: &'static str) -> Verklaring {
    Verklaring { id, letter, tekst, alleen_inburgeren: true }
}

/// The declarations of Bijlage 6: a–p for everyone, a–c extra for Keurmerk Inburgeren holders.
pub const VERKLARINGEN: &[Verklaring] = &[
    v("a", "a", "De organisatie is niet geliquideerd, ontbonden of failliet, heeft geen (voorlopige) surseance en heeft de keurmerkactiviteiten niet gestaakt."),
    v("b", "b", "Er is geen besluit genomen tot liquidatie, ontbinding, faillissementsaanvraag of een verzoek om surseance."),
    v("c", "c", "De organisatie, verbonden personen en het management worden niet verdacht van, niet vervolgd voor en zijn niet veroordeeld voor een misdrijf."),
    v("d", "d", "De organisatie en verbonden personen maken geen deel uit van een criminele organisatie."),
    v("e", "e", "Wie de Diensten uitvoert, is in zijn werk nooit aansprakelijk gesteld voor grove nalatigheid of een ernstige beroepsfout."),
    v("f", "f", "Belastingen, sociale premies en pensioenverplichtingen zijn steeds op tijd voldaan."),
    v("g", "g", "Er is niet en er wordt niet gehandeld in strijd met de Handleiding of de wetgeving die daarop van toepassing is."),
    v("h", "h", "Er wordt niet gehandeld in strijd met Nederlandse wet- en regelgeving."),
    v("i", "i", "Er wordt gefactureerd zoals opdrachtgever, klant of DUO dat voorschrijft."),
    v("j", "j", "Klanten en opdrachtgevers horen verantwoording over de voortgang van het traject."),
    v("k", "k", "Er is een passende verzekering voor bedrijfs- en beroepsaansprakelijkheid."),
    v("l", "l", "Er is passend intern sociaal beleid (scholing, stages, re-integratie, verzuim, veiligheid) en extern sociaal beleid (stages en werkervaring voor anderen)."),
    v("m", "m", "De organisatie is een goed werkgever: arbeidswetgeving nageleefd, nooit meer dan 60 uur per week, en een toegankelijk beleid voor gelijke behandeling."),
    v("n", "n", "De organisatie gedraagt zich zo dat vertrouwen in en naam van het keurmerk niet worden geschaad."),
    v("o", "o", "De organisatie en verbonden personen beheren geen geldzaken van klanten en helpen klanten niet bij het betalen of accepteren van de eigen facturen."),
    v("p", "p", "Klanten krijgen, in geld of in natura, niets anders dan waartoe de overeenkomst voor de Diensten verplicht."),
    vi("inb-a", "a", "Sinds 1 september 2020 zijn niet meer dan 15 cursisten overgenomen van een (voormalige) andere keurmerkhouder Inburgeren, tenzij Blik op Werk vooraf schriftelijk instemde."),
    vi("inb-b", "b", "Blik op Werk mag informatie delen met gemeenten."),
    vi("inb-c", "c", "Strijd met de keurmerkregels wordt gemeld aan Blik op Werk en strijd met de wet aan de bevoegde instanties; medewerkers zijn schriftelijk over die meldplicht geïnformeerd."),
];

/// What Bijlage 6 says about validity, in our own words.
pub const NOOT_MANAGEMENTVERKLARING: &str = "De managementverklaring geldt tot de volgende wordt \
    afgegeven. Komt de organisatie in die tijd in strijd met een verklaring, dan meldt zij dat binnen \
    5 werkdagen schriftelijk aan Blik op Werk (Bijlage 6).";

/// SPEC [keuze]: the thresholds of Bijlage 7A and 7B differ; the app applies 7B per criterion.
pub const NOOT_UBO_DREMPEL: &str = "Bijlage 7A spreekt van een belang van 25% of meer. Bijlage 7B \
    noemt per criterium: meer dan 25% van het kapitaal, meer dan 25% van de stemrechten, 25% of meer \
    van het vermogen, of andere feitelijke zeggenschap. De zelftoets volgt Bijlage 7B per criterium; \
    precies 25% kapitaal of stemrechten telt dus niet, precies 25% vermogen wel.";

/// The age a document of the checklist must have at the peildatum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leeftijdseis {
    Geen,
    /// At most this many calendar months old.
    HoogstensMaanden(u32),
    /// About the calendar year before the meetperiode (SPEC A8).
    VorigKalenderjaar,
    /// One VOG per bestuurder, each at most `VOG_MAANDEN` old at the aanmelding (aspirant) or
    /// the audit (keurmerkhouder): dated per bestuurder at norm 1.2.4, not here.
    VogPerBestuurder,
}

/// One document of the checklist for the resultatenaudit (§5.1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    pub id: &'static str,
    pub naam: &'static str,
    pub eis: Leeftijdseis,
}

const fn d(id: &'static str, naam: &'static str, eis: Leeftijdseis) -> Document {
    Document { id, naam, eis }
}

/// The documents the auditor consults (§5.1.1), in the Handleiding's order.
pub const DOCUMENTEN: &[Document] = &[
    d("privacyreglement", "Privacyreglement", Leeftijdseis::Geen),
    d("klachtenreglement", "Klachtenreglement", Leeftijdseis::Geen),
    d("procesbeschrijving", "Procesbeschrijving", Leeftijdseis::Geen),
    d("kvk-uittreksel", "Uittreksel KvK, hoogstens drie maanden oud", Leeftijdseis::HoogstensMaanden(KVK_MAANDEN)),
    d("ubo-pep", "Uittreksel UBO-register of UBO/PEP-verklaring", Leeftijdseis::Geen),
    d(
        "omzetverklaring",
        "Omzetverklaring of jaarrekening over het kalenderjaar vóór de meetperiode",
        Leeftijdseis::VorigKalenderjaar,
    ),
    d(
        "vog",
        "VOG van elke bestuurder met de functieaspecten 11, 12, 13, 21, 22, 41, 43, 53 en 71",
        Leeftijdseis::VogPerBestuurder,
    ),
    d("clientdossiers", "Cliëntdossiers (de auditor kijkt steekproefsgewijs)", Leeftijdseis::Geen),
    d("clientvolgsysteem", "Digitaal cliëntvolgsysteem", Leeftijdseis::Geen),
    d("contracten", "Overeenkomsten en contracten", Leeftijdseis::Geen),
    d("functie-eisen", "Functie-eisen voor eigen en ingehuurd personeel", Leeftijdseis::Geen),
    d(
        "gespreksverslagen",
        "Verslagen van evaluatie-, functionerings- en beoordelingsgesprekken (eigen en ingehuurd personeel)",
        Leeftijdseis::Geen,
    ),
];

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

fn bron(code: &str, paragraaf: &str) -> String {
    format!("norm {code}, {paragraaf}")
}

fn opsomming(delen: &[String]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.clone(),
        [begin @ .., laatste] => format!("{} en {laatste}", begin.join(", ")),
    }
}

/// "klachten 1, 4 en 7", with a run of three or more consecutive numbers as "8 tot en met 500":
/// a register of hundreds of rows stays readable (indices ascending, 0-based).
fn klachtnummers(indices: &[usize]) -> String {
    let mut delen: Vec<String> = Vec::new();
    let mut rest = indices;
    while let [eerste, ..] = rest {
        let lengte = rest.iter().enumerate().take_while(|(i, n)| **n == eerste + i).count();
        if lengte >= 3 {
            delen.push(format!("{} tot en met {}", eerste + 1, eerste + lengte));
        } else {
            delen.extend(rest[..lengte].iter().map(|n| (n + 1).to_string()));
        }
        rest = &rest[lengte..];
    }
    format!("{} {}", if indices.len() == 1 { "klacht" } else { "klachten" }, opsomming(&delen))
}

fn percentage_tekst(teller: u64, noemer: u64) -> String {
    procent(teller, noemer).map_or_else(|| "—".to_string(), |p| format!("{}%", nl_kort(p, 2)))
}

const VRAAG_PEILDATUM: &str = "Vul de datum van de audit in (gepland of gehouden): daaraan wordt \
    deze termijn gemeten.";
const VRAAG_AANMELDDATUM: &str = "Vul de datum van de aanmelding in: voor een aspirant wordt de \
    leeftijd van de VOG daaraan gemeten (voetnoten 4 en 20).";

/// How old a dated document is at the peildatum, against a limit in calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actualiteit {
    /// On or after the date exactly `maanden` months before the peildatum.
    Actueel,
    TeOud,
    /// Dated after the peildatum: probably a typo, so it is asked about, not judged.
    NaPeildatum,
    GeenDatum,
    GeenPeildatum,
}

/// The earliest date still in time: the same day `maanden` calendar months before the peildatum
/// (chrono clamps to the month's last day, so 31 augustus − 6 maanden = 28/29 februari).
pub fn vroegste_datum(peildatum: NaiveDate, maanden: u32) -> Option<NaiveDate> {
    peildatum.checked_sub_months(Months::new(maanden))
}

pub fn actualiteit(datum: Option<NaiveDate>, peildatum: Option<NaiveDate>, maanden: u32) -> Actualiteit {
    let Some(datum) = datum else { return Actualiteit::GeenDatum };
    let Some(peil) = peildatum else { return Actualiteit::GeenPeildatum };
    if datum > peil {
        return Actualiteit::NaPeildatum;
    }
    match vroegste_datum(peil, maanden) {
        Some(grens) if datum >= grens => Actualiteit::Actueel,
        Some(_) => Actualiteit::TeOud,
        // A peildatum so early that no earlier limit exists: nothing can be too old.
        None => Actualiteit::Actueel,
    }
}

fn leeftijd_berekening(datum: Option<NaiveDate>, peil: Option<NaiveDate>, maanden: u32) -> String {
    let d = datum.map_or_else(|| "niet ingevuld".to_string(), lange_datum);
    match peil {
        Some(p) => {
            let grens = vroegste_datum(p, maanden).map_or_else(|| "—".to_string(), lange_datum);
            format!(
                "datum {d}; peildatum {}; vroegst toegestaan {grens} ({maanden} maanden vóór de peildatum)",
                lange_datum(p)
            )
        }
        None => format!("datum {d}; peildatum niet ingevuld"),
    }
}

// ---------------------------------------------------------------------------------------------
// Klachten (1.5.2.a–c as applied, 1.5.6.a–e, 1.5.8)
// ---------------------------------------------------------------------------------------------

/// Whether something happened within its term.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Termijn {
    Tijdig,
    TeLaat,
    /// Not done yet, and the term has not passed at the peildatum.
    Lopend,
    /// Not computable: a date is missing or out of order, or the peildatum is missing.
    Onbekend,
}

/// A finding on one input row (a klacht, a UBO person), at its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Veldbevinding {
    /// The norm it concerns, e.g. "1.5.2.a".
    pub code: &'static str,
    pub veld: ZelftoetsVeld,
    pub melding: String,
}

/// The computed state of one klacht.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KlachtStatus {
    /// Position in the register, 0-based (messages say "klacht index+1").
    pub index: usize,
    /// The row's stable id (`Klacht::rij`).
    pub rij: u64,
    /// Ontvangstbevestiging within 14 days (1.5.2.a).
    pub bevestiging: Termijn,
    /// Only when a niet-in-behandeling melding is registered: within 4 weeks (1.5.2.b).
    pub melding: Option<Termijn>,
    /// What norm 1.5.8 counts: afgehandeld within 42 days (or, for a klacht not taken into
    /// treatment, its melding within 4 weeks).
    pub afhandeling: Termijn,
    pub uiterste_bevestiging: Option<NaiveDate>,
    pub uiterste_afhandeling: Option<NaiveDate>,
    /// Days from ontvangst to afhandeling, when both dates are known.
    pub dagen_tot_afhandeling: Option<i64>,
    pub bevindingen: Vec<Klachtbevinding>,
    /// The dates the terms were measured with (`uitleg` shows them).
    pub ontvangen: Option<NaiveDate>,
    pub bevestigd: Option<NaiveDate>,
    pub niet_in_behandeling_gemeld: Option<NaiveDate>,
    pub afgehandeld: Option<NaiveDate>,
    pub peildatum: Option<NaiveDate>,
}

impl KlachtStatus {
    /// The explanation of the terms with this klacht's dates. Built when it is shown, not for
    /// every row on every change.
    pub fn uitleg(&self) -> Uitleg {
        let datum_tekst = |d: Option<NaiveDate>| d.map_or_else(|| "—".to_string(), lange_datum);
        Uitleg {
            formule: "uiterste datum = ontvangst + termijn; op tijd als de datum uiterlijk op die dag valt; \
                een open klacht is te laat zodra de peildatum na de uiterste datum ligt"
                .to_string(),
            berekening: format!(
                "ontvangen {}; bevestigd {} (uiterlijk {}); {}; peildatum {}",
                datum_tekst(self.ontvangen),
                datum_tekst(self.bevestigd),
                datum_tekst(self.uiterste_bevestiging),
                match self.niet_in_behandeling_gemeld {
                    Some(m) => format!(
                        "niet in behandeling gemeld {} (uiterlijk {})",
                        lange_datum(m),
                        datum_tekst(self.uiterste_afhandeling)
                    ),
                    None => format!(
                        "afgehandeld {} (uiterlijk {})",
                        datum_tekst(self.afgehandeld),
                        datum_tekst(self.uiterste_afhandeling)
                    ),
                },
                datum_tekst(self.peildatum)
            ),
            norm: Some(format!(
                "bevestiging binnen {BEVESTIGING_DAGEN} dagen, bericht over niet in behandeling nemen binnen {MELDING_DAGEN} dagen, afhandeling binnen {AFHANDELING_DAGEN} dagen"
            )),
            bron: "norm 1.5.2 en 1.5.8, §2.5".to_string(),
        }
    }
}

/// The counts norm 1.5.8 works with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Klachttelling {
    pub tijdig: u64,
    pub te_laat: u64,
    /// Still within their term: they count neither way.
    pub lopend: u64,
    /// Not computable (missing or inconsistent dates, or no peildatum).
    pub onbekend: u64,
}

impl Klachttelling {
    /// The klachten whose outcome is decided: the base of the 80%.
    pub fn beslist(&self) -> u64 {
        self.tijdig + self.te_laat
    }
}

fn termijn_van(
    ontvangen: Option<NaiveDate>,
    gedaan: Option<NaiveDate>,
    dagen: u64,
    peildatum: Option<NaiveDate>,
) -> (Termijn, Option<NaiveDate>) {
    let Some(ontvangen) = ontvangen else { return (Termijn::Onbekend, None) };
    let Some(uiterst) = ontvangen.checked_add_days(Days::new(dagen)) else {
        return (Termijn::Onbekend, None);
    };
    let termijn = match (gedaan, peildatum) {
        (Some(g), _) if g < ontvangen => Termijn::Onbekend,
        (Some(g), _) if g <= uiterst => Termijn::Tijdig,
        (Some(_), _) => Termijn::TeLaat,
        // Open: the last day of the term is still in time, so only a peildatum after it is late.
        (None, Some(p)) if p > uiterst => Termijn::TeLaat,
        (None, Some(_)) => Termijn::Lopend,
        (None, None) => Termijn::Onbekend,
    };
    (termijn, Some(uiterst))
}

fn dagen(van: NaiveDate, tot: NaiveDate) -> i64 {
    tot.signed_duration_since(van).num_days()
}

/// What is wrong with one klacht, as data: its text is written only when it is shown
/// (`Klachtbevinding::melding`), so a register of hundreds of rows costs no text on an edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Klachtfeit {
    GeenOntvangst,
    /// A date (`wat`) lies before the ontvangst.
    VoorOntvangst {
        wat: &'static str,
        datum: NaiveDate,
        ontvangen: NaiveDate,
    },
    BevestigingNaAfhandeling {
        bevestigd: NaiveDate,
        afgehandeld: NaiveDate,
    },
    NaPeildatum {
        wat: &'static str,
        datum: NaiveDate,
        peildatum: NaiveDate,
    },
    /// Confirmed after `dagen` days, or (`None`) not confirmed while the term has passed.
    BevestigingTeLaat {
        dagen: Option<i64>,
        uiterlijk: Option<NaiveDate>,
    },
    MeldingTeLaat {
        dagen: i64,
    },
    /// Handled after `dagen` days, or (`None`) still open while the term has passed.
    AfhandelingTeLaat {
        dagen: Option<i64>,
        uiterlijk: Option<NaiveDate>,
    },
    /// The register does not say `wat`.
    RegisterMist {
        wat: &'static str,
    },
}

/// A finding on one klacht, at its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Klachtbevinding {
    /// The norm it concerns, e.g. "1.5.2.a".
    pub code: &'static str,
    pub veld: ZelftoetsVeld,
    /// The klacht's number in the register (from 1).
    pub nr: usize,
    pub feit: Klachtfeit,
}

impl Klachtbevinding {
    pub fn melding(&self) -> String {
        let nr = self.nr;
        let datum_tekst = |d: Option<NaiveDate>| d.map_or_else(|| "—".to_string(), lange_datum);
        match &self.feit {
            Klachtfeit::GeenOntvangst => {
                format!("Klacht {nr}: vul de datum van ontvangst in; zonder die datum is geen termijn te berekenen.")
            }
            Klachtfeit::VoorOntvangst { wat, datum, ontvangen } => format!(
                "Klacht {nr}: de datum van {wat} ({}) ligt vóór de ontvangst ({}); controleer beide datums.",
                lange_datum(*datum),
                lange_datum(*ontvangen)
            ),
            Klachtfeit::BevestigingNaAfhandeling { bevestigd, afgehandeld } => format!(
                "Klacht {nr}: de ontvangstbevestiging ({}) ligt na de afhandeling ({}); controleer beide datums.",
                lange_datum(*bevestigd),
                lange_datum(*afgehandeld)
            ),
            Klachtfeit::NaPeildatum { wat, datum, peildatum } => format!(
                "Klacht {nr}: de datum van {wat} ({}) ligt na de peildatum ({}); controleer de datum.",
                lange_datum(*datum),
                lange_datum(*peildatum)
            ),
            Klachtfeit::BevestigingTeLaat { dagen: Some(d), uiterlijk } => format!(
                "Klacht {nr}: bevestigd na {d} dagen; de termijn is {BEVESTIGING_DAGEN} dagen (uiterlijk {}).",
                datum_tekst(*uiterlijk)
            ),
            Klachtfeit::BevestigingTeLaat { dagen: None, uiterlijk } => format!(
                "Klacht {nr}: geen ontvangstbevestiging geregistreerd, terwijl de termijn van {BEVESTIGING_DAGEN} dagen op {} is verstreken.",
                datum_tekst(*uiterlijk)
            ),
            Klachtfeit::MeldingTeLaat { dagen } => format!(
                "Klacht {nr}: het bericht dat de klacht niet in behandeling wordt genomen kwam na {dagen} dagen; de termijn is 4 weken ({MELDING_DAGEN} dagen)."
            ),
            Klachtfeit::AfhandelingTeLaat { dagen: Some(d), uiterlijk } => format!(
                "Klacht {nr}: afgehandeld na {d} dagen; de termijn is 6 weken ({AFHANDELING_DAGEN} dagen, uiterlijk {}).",
                datum_tekst(*uiterlijk)
            ),
            Klachtfeit::AfhandelingTeLaat { dagen: None, uiterlijk } => format!(
                "Klacht {nr}: nog niet afgehandeld, terwijl de termijn van 6 weken op {} is verstreken; telt als te laat.",
                datum_tekst(*uiterlijk)
            ),
            Klachtfeit::RegisterMist { wat } => format!("Klacht {nr}: het register vermeldt niet {wat}."),
        }
    }
}

/// The state of one klacht at the peildatum. Never panics: inconsistent dates become findings.
pub fn klachtstatus(klacht: &Klacht, index: usize, peildatum: Option<NaiveDate>) -> KlachtStatus {
    let nr = index + 1;
    let mut bevindingen = Vec::new();
    let mut bevinding = |code: &'static str, kolom: KlachtKolom, feit: Klachtfeit| {
        bevindingen.push(Klachtbevinding { code, veld: ZelftoetsVeld::klacht(klacht.rij, kolom), nr, feit });
    };

    let (bevestiging, uiterste_bevestiging) =
        termijn_van(klacht.ontvangen, klacht.bevestigd, BEVESTIGING_DAGEN, peildatum);
    let melding =
        klacht.niet_in_behandeling_gemeld.map(|m| termijn_van(klacht.ontvangen, Some(m), MELDING_DAGEN, peildatum).0);
    // [keuze] A klacht that is not taken into treatment is closed by its melding: its agreed term
    // is the 4 weeks of 1.5.2.b, and that is what 1.5.8 counts for it.
    let (afhandeling, uiterste_afhandeling) = match klacht.niet_in_behandeling_gemeld {
        Some(m) => termijn_van(klacht.ontvangen, Some(m), MELDING_DAGEN, peildatum),
        None => termijn_van(klacht.ontvangen, klacht.afgehandeld, AFHANDELING_DAGEN, peildatum),
    };
    let gesloten_op = klacht.niet_in_behandeling_gemeld.or(klacht.afgehandeld);
    let dagen_tot_afhandeling = klacht.ontvangen.zip(gesloten_op).map(|(o, a)| dagen(o, a));

    match klacht.ontvangen {
        None => bevinding("1.5.6.a", KlachtKolom::Ontvangen, Klachtfeit::GeenOntvangst),
        Some(o) => {
            let velden = [
                (klacht.bevestigd, KlachtKolom::Bevestigd, "de ontvangstbevestiging", "1.5.6.b"),
                (
                    klacht.niet_in_behandeling_gemeld,
                    KlachtKolom::NietInBehandeling,
                    "het bericht dat de klacht niet in behandeling wordt genomen",
                    "1.5.2.b",
                ),
                (klacht.afgehandeld, KlachtKolom::Afgehandeld, "de afhandeling", "1.5.6.e"),
            ];
            for (datum, kolom, wat, code) in velden {
                if let Some(d) = datum.filter(|d| *d < o) {
                    bevinding(code, kolom, Klachtfeit::VoorOntvangst { wat, datum: d, ontvangen: o });
                }
            }
            if let (Some(b), Some(a)) = (klacht.bevestigd, klacht.afgehandeld) {
                if b > a && a >= o {
                    bevinding(
                        "1.5.6.b",
                        KlachtKolom::Bevestigd,
                        Klachtfeit::BevestigingNaAfhandeling { bevestigd: b, afgehandeld: a },
                    );
                }
            }
        }
    }
    if let Some(p) = peildatum {
        let velden = [
            (klacht.ontvangen, KlachtKolom::Ontvangen, "ontvangst"),
            (klacht.bevestigd, KlachtKolom::Bevestigd, "ontvangstbevestiging"),
            (klacht.niet_in_behandeling_gemeld, KlachtKolom::NietInBehandeling, "het niet-in-behandeling-bericht"),
            (klacht.afgehandeld, KlachtKolom::Afgehandeld, "afhandeling"),
        ];
        for (datum, kolom, wat) in velden {
            if let Some(d) = datum.filter(|d| *d > p) {
                bevinding("1.5.6", kolom, Klachtfeit::NaPeildatum { wat, datum: d, peildatum: p });
            }
        }
    }

    if bevestiging == Termijn::TeLaat {
        let dagen = klacht.ontvangen.zip(klacht.bevestigd).map(|(o, b)| dagen(o, b));
        bevinding(
            "1.5.2.a",
            KlachtKolom::Bevestigd,
            Klachtfeit::BevestigingTeLaat { dagen, uiterlijk: uiterste_bevestiging },
        );
    }
    if melding == Some(Termijn::TeLaat) {
        if let (Some(o), Some(m)) = (klacht.ontvangen, klacht.niet_in_behandeling_gemeld) {
            bevinding("1.5.2.b", KlachtKolom::NietInBehandeling, Klachtfeit::MeldingTeLaat { dagen: dagen(o, m) });
        }
    }
    if afhandeling == Termijn::TeLaat && klacht.niet_in_behandeling_gemeld.is_none() {
        let dagen = klacht.ontvangen.zip(klacht.afgehandeld).map(|(o, a)| dagen(o, a));
        bevinding(
            "1.5.8",
            KlachtKolom::Afgehandeld,
            Klachtfeit::AfhandelingTeLaat { dagen, uiterlijk: uiterste_afhandeling },
        );
    }
    for sub in ['c', 'd', 'e'] {
        if registergegeven(sub, klacht, bevestiging) == Status::Onbekend {
            let (code, kolom, wat) = match sub {
                'c' => ("1.5.6.c", KlachtKolom::Behandelaar, "wie de klacht heeft behandeld"),
                'd' => ("1.5.6.d", KlachtKolom::Uitkomst, "de uitkomst van de afhandeling"),
                _ => ("1.5.6.e", KlachtKolom::Afgehandeld, "de datum van afhandeling (er is wel een uitkomst)"),
            };
            bevinding(code, kolom, Klachtfeit::RegisterMist { wat });
        }
    }

    KlachtStatus {
        index,
        rij: klacht.rij,
        bevestiging,
        melding,
        afhandeling,
        uiterste_bevestiging,
        uiterste_afhandeling,
        dagen_tot_afhandeling,
        bevindingen,
        ontvangen: klacht.ontvangen,
        bevestigd: klacht.bevestigd,
        niet_in_behandeling_gemeld: klacht.niet_in_behandeling_gemeld,
        afgehandeld: klacht.afgehandeld,
        peildatum,
    }
}

/// Every klacht of the register, in order.
pub fn klachtstatussen(klachten: &[Klacht], peildatum: Option<NaiveDate>) -> Vec<KlachtStatus> {
    klachten.iter().enumerate().map(|(i, k)| klachtstatus(k, i, peildatum)).collect()
}

pub fn klachttelling(statussen: &[KlachtStatus]) -> Klachttelling {
    let mut t = Klachttelling::default();
    for s in statussen {
        match s.afhandeling {
            Termijn::Tijdig => t.tijdig += 1,
            Termijn::TeLaat => t.te_laat += 1,
            Termijn::Lopend => t.lopend += 1,
            Termijn::Onbekend => t.onbekend += 1,
        }
    }
    t
}

/// Norm 1.5.8: at least 80% of the decided klachten afgehandeld within the term, compared
/// exactly. Zero klachten: nothing is late, so it is met. An open klacht still within its term is
/// "lopend" and counts neither way — our reading, since it can still be handled in time (K8: an
/// open klacht received more than 6 weeks before the peildatum counts as late). Undecidable
/// klachten make it unknown only when they could tip the result.
pub fn norm_1_5_8(klachten: &[Klacht], peildatum: Option<NaiveDate>) -> Normuitkomst {
    let statussen = klachtstatussen(klachten, peildatum);
    uitkomst_1_5_8(&statussen, peildatum)
}

fn uitkomst_1_5_8(statussen: &[KlachtStatus], peildatum: Option<NaiveDate>) -> Normuitkomst {
    let t = klachttelling(statussen);
    let beslist = t.beslist();
    let voldoet_nu = beslist == 0 || minstens_procent(t.tijdig, beslist, KLACHTEN_PROCENT);
    // Best and worst case for the undecidable klachten.
    let best =
        minstens_procent(t.tijdig + t.onbekend, beslist + t.onbekend, KLACHTEN_PROCENT) || beslist + t.onbekend == 0;
    let slechtst = minstens_procent(t.tijdig, beslist + t.onbekend, KLACHTEN_PROCENT) || beslist + t.onbekend == 0;
    let onbekend_idx: Vec<usize> =
        statussen.iter().filter(|s| s.afhandeling == Termijn::Onbekend).map(|s| s.index).collect();
    let laat_idx: Vec<usize> = statussen.iter().filter(|s| s.afhandeling == Termijn::TeLaat).map(|s| s.index).collect();
    let eerste_rij = |termijn: Termijn| statussen.iter().find(|s| s.afhandeling == termijn).map(|s| s.rij);

    let mut berekening = if beslist == 0 {
        "0 klachten afgehandeld of over de termijn: geen enkele te laat".to_string()
    } else {
        format!("{} / {} × 100% = {}", t.tijdig, beslist, percentage_tekst(t.tijdig, beslist))
    };
    if t.lopend > 0 {
        berekening.push_str(&format!("; {} nog binnen de termijn (telt niet mee)", t.lopend));
    }
    if t.onbekend > 0 {
        berekening.push_str(&format!("; {} niet te beoordelen", t.onbekend));
    }

    let lopend_tekst = match t.lopend {
        0 => String::new(),
        1 => " Eén open klacht is nog binnen de termijn en telt nog niet mee.".to_string(),
        n => format!(" {n} open klachten zijn nog binnen de termijn en tellen nog niet mee."),
    };
    let (status, melding, veld) = if t.onbekend == 0 || best == slechtst {
        let status = if t.onbekend == 0 { voldoet_nu } else { best };
        if status {
            let melding = if statussen.is_empty() {
                "Geen klachten geregistreerd: geen enkele klacht is te laat afgehandeld.".to_string()
            } else if beslist == 0 {
                "Nog geen klacht is afgehandeld of over zijn termijn heen; geen enkele is te laat.".to_string()
            } else {
                format!(
                    "Op tijd afgehandeld: {} van de {} klachten ({}); de norm is ten minste {KLACHTEN_PROCENT}%.{}",
                    t.tijdig,
                    beslist,
                    percentage_tekst(t.tijdig, beslist),
                    lopend_tekst
                )
            };
            (Status::Voldoet, melding, None)
        } else {
            let melding = format!(
                "Op tijd afgehandeld: {} van de {} klachten ({}); de norm is ten minste {KLACHTEN_PROCENT}%. Te laat: {}.{}",
                t.tijdig,
                beslist,
                percentage_tekst(t.tijdig, beslist),
                klachtnummers(&laat_idx),
                lopend_tekst
            );
            let veld = eerste_rij(Termijn::TeLaat).map(|rij| ZelftoetsVeld::klacht(rij, KlachtKolom::Afgehandeld));
            (Status::VoldoetNiet, melding, veld)
        }
    } else if peildatum.is_none() {
        let melding = format!(
            "{VRAAG_PEILDATUM} Zonder peildatum is van {} niet te zeggen of de termijn al voorbij is.",
            klachtnummers(&onbekend_idx)
        );
        (Status::Onbekend, melding, Some(ZelftoetsVeld::PEILDATUM))
    } else {
        let melding = format!(
            "Van {} is de termijn niet te beoordelen (datum ontbreekt of klopt niet); daarvan hangt af of ten minste {KLACHTEN_PROCENT}% op tijd is.",
            klachtnummers(&onbekend_idx)
        );
        let veld = eerste_rij(Termijn::Onbekend).map(|rij| ZelftoetsVeld::klacht(rij, KlachtKolom::Ontvangen));
        (Status::Onbekend, melding, veld)
    };

    Normuitkomst {
        code: "1.5.8".into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: false,
        melding,
        uitleg: Uitleg {
            formule: format!("op tijd afgehandeld / (afgehandeld + open over de termijn) × 100%; termijn 6 weken ({AFHANDELING_DAGEN} dagen) na ontvangst; \
                open klachten binnen de termijn tellen niet mee, open klachten over de termijn tellen als te laat"),
            berekening,
            norm: Some(format!("ten minste {KLACHTEN_PROCENT}%; zonder klachten voldoet de norm")),
            bron: bron("1.5.8", "§2.5"),
        },
        veld,
    }
}

/// Whether one klacht shows register item 1.5.6.<sub>: Voldoet (present), Onbekend (missing
/// where it is due), NietVanToepassing (not due yet).
fn registergegeven(sub: char, k: &Klacht, bevestiging: Termijn) -> Status {
    let gesloten = k.afgehandeld.is_some() || k.niet_in_behandeling_gemeld.is_some();
    let gevuld = |t: &str| !t.trim().is_empty();
    let ja = |b: bool| if b { Status::Voldoet } else { Status::Onbekend };
    match sub {
        'a' => ja(k.ontvangen.is_some()),
        'b' if k.bevestigd.is_some() => Status::Voldoet,
        'b' if bevestiging == Termijn::Lopend => Status::NietVanToepassing,
        'b' => Status::Onbekend,
        'c' if gesloten => ja(gevuld(&k.behandelaar)),
        'd' if gesloten => ja(gevuld(&k.uitkomst)),
        'e' if k.afgehandeld.is_some() || k.niet_in_behandeling_gemeld.is_some() => Status::Voldoet,
        'e' if gevuld(&k.uitkomst) => Status::Onbekend,
        _ => Status::NietVanToepassing,
    }
}

// ---------------------------------------------------------------------------------------------
// VOG (1.2.4), KvK (1.2.1), managementverklaring (1.2.3)
// ---------------------------------------------------------------------------------------------

/// The required functieaspecten the VOG does not cover, in the order of `VOG_FUNCTIEASPECTEN`.
pub fn ontbrekende_functieaspecten(vog: &Vog) -> Vec<u16> {
    VOG_FUNCTIEASPECTEN.iter().copied().filter(|f| !vog.functieaspecten.contains(f)).collect()
}

/// The VOG of the first bestuurder takes the date of the checklist row when it has none: before
/// there was one VOG per bestuurder, the date could be entered there.
fn vog_afgifte(vog: &Vog, invoer: &Hoofdnorm1Invoer) -> Option<NaiveDate> {
    vog.afgifte.or_else(|| (vog.rij == 0).then(|| invoer.documenten.get("vog").and_then(|d| d.datum)).flatten())
}

/// "De VOG van A. Jansen" or, without a name, "De VOG van bestuurder 2".
fn vog_naam(vog: &Vog, index: usize) -> String {
    let naam = vog.naam.trim();
    if naam.is_empty() {
        format!("De VOG van bestuurder {}", index + 1)
    } else {
        format!("De VOG van {naam}")
    }
}

/// The checks of every VOG: its age at the aanmelding (aspirant) or audit (keurmerkhouder), and
/// its functieaspecten. No VOG at all is unknown, at the first bestuurder's date.
fn vog_delen(profiel: &Profiel, invoer: &Hoofdnorm1Invoer) -> Vec<Deel> {
    let peil = profiel.vog_peildatum();
    if invoer.vogs.is_empty() {
        return vec![Deel {
            status: Status::Onbekend,
            melding: "Vul de VOG van de bestuurder in.".to_string(),
            veld: Some(ZelftoetsVeld::vog(0, VogKolom::Datum)),
        }];
    }
    let mut delen = Vec::new();
    for (i, vog) in invoer.vogs.iter().enumerate() {
        let wie = vog_naam(vog, i);
        let mut leeftijd = actualiteit_deel(
            &wie,
            vog_afgifte(vog, invoer),
            peil,
            VOG_MAANDEN,
            ZelftoetsVeld::vog(vog.rij, VogKolom::Datum),
            Status::VoldoetNiet,
        );
        if leeftijd.veld == Some(ZelftoetsVeld::PEILDATUM) && profiel.aanvrager == Aanvrager::Aspirant {
            leeftijd.melding = VRAAG_AANMELDDATUM.to_string();
            leeftijd.veld = Some(ZelftoetsVeld::Profiel(Profielvraag::Aanmelddatum));
        }
        delen.push(leeftijd);
        let ontbreekt = ontbrekende_functieaspecten(vog);
        let veld = Some(ZelftoetsVeld::vog(vog.rij, VogKolom::Functieaspecten));
        delen.push(if vog.functieaspecten.is_empty() {
            Deel {
                status: Status::Onbekend,
                melding: format!("Vul in voor welke functieaspecten {} is afgegeven.", met_kleine_letter(&wie)),
                veld,
            }
        } else if ontbreekt.is_empty() {
            Deel { status: Status::Voldoet, melding: format!("{wie} dekt alle vereiste functieaspecten."), veld: None }
        } else {
            let namen: Vec<String> = ontbreekt.iter().map(u16::to_string).collect();
            Deel {
                status: Status::VoldoetNiet,
                melding: format!(
                    "{wie} dekt {} {} niet.",
                    if ontbreekt.len() == 1 { "functieaspect" } else { "de functieaspecten" },
                    opsomming(&namen)
                ),
                veld,
            }
        });
    }
    delen
}

fn kvk_datum(invoer: &Hoofdnorm1Invoer) -> Option<NaiveDate> {
    invoer.kvk_datum.or_else(|| invoer.documenten.get("kvk-uittreksel").and_then(|d| d.datum))
}

fn actualiteit_deel(
    wat: &str,
    datum: Option<NaiveDate>,
    peil: Option<NaiveDate>,
    maanden: u32,
    veld: ZelftoetsVeld,
    te_oud: Status,
) -> Deel {
    let grens = peil.and_then(|p| vroegste_datum(p, maanden));
    match actualiteit(datum, peil, maanden) {
        Actualiteit::Actueel => Deel {
            status: Status::Voldoet,
            melding: format!("{wat} is op de peildatum hoogstens {maanden} maanden oud."),
            veld: None,
        },
        Actualiteit::TeOud => Deel {
            status: te_oud,
            melding: format!(
                "{wat} van {} is op de peildatum ouder dan {maanden} maanden (vroegst toegestaan: {}).",
                datum.map_or_else(String::new, lange_datum),
                grens.map_or_else(String::new, lange_datum)
            ),
            veld: Some(veld),
        },
        Actualiteit::NaPeildatum => Deel {
            status: Status::Onbekend,
            melding: format!(
                "De datum van {} ({}) ligt na de peildatum ({}); controleer beide datums.",
                met_kleine_letter(wat),
                datum.map_or_else(String::new, lange_datum),
                peil.map_or_else(String::new, lange_datum)
            ),
            veld: Some(veld),
        },
        Actualiteit::GeenDatum => Deel {
            status: Status::Onbekend,
            melding: format!("Vul de datum van {} in.", met_kleine_letter(wat)),
            veld: Some(veld),
        },
        Actualiteit::GeenPeildatum => Deel {
            status: Status::Onbekend,
            melding: VRAAG_PEILDATUM.to_string(),
            veld: Some(ZelftoetsVeld::PEILDATUM),
        },
    }
}

fn norm_1_2_4(norm: &Norm, profiel: &Profiel, invoer: &Hoofdnorm1Invoer) -> Normuitkomst {
    let peil = profiel.vog_peildatum();
    let (status, melding, veld) = combineer(vog_delen(profiel, invoer), Beleid::Beslissend);
    let per_vog: Vec<String> = invoer
        .vogs
        .iter()
        .enumerate()
        .map(|(i, vog)| {
            let aanwezig: Vec<String> = vog.functieaspecten.iter().map(u16::to_string).collect();
            format!(
                "{}: {}; functieaspecten {}",
                vog_naam(vog, i),
                leeftijd_berekening(vog_afgifte(vog, invoer), peil, VOG_MAANDEN),
                if aanwezig.is_empty() { "niet ingevuld".to_string() } else { aanwezig.join(", ") }
            )
        })
        .collect();
    let vereist: Vec<String> = VOG_FUNCTIEASPECTEN.iter().map(u16::to_string).collect();
    let peilnaam = match profiel.aanvrager {
        Aanvrager::Aspirant => "de datum van aanmelding (aspirant)",
        Aanvrager::Keurmerkhouder => "de datum van de audit",
    };
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: norm.materieel,
        melding,
        uitleg: Uitleg {
            formule: format!(
                "per bestuurder: afgiftedatum ≥ peildatum − {VOG_MAANDEN} maanden, en alle vereiste \
                 functieaspecten aanwezig; de peildatum is {peilnaam}"
            ),
            berekening: if per_vog.is_empty() { "geen VOG ingevuld".to_string() } else { per_vog.join(" | ") },
            norm: Some(format!(
                "een VOG van elke bestuurder, hoogstens {VOG_MAANDEN} maanden oud op {peilnaam}; functieaspecten {}",
                opsomming(&vereist)
            )),
            bron: "norm 1.2.4, §2.2, voetnoten 4 en 20".to_string(),
        },
        veld,
    }
}

fn norm_1_2_1(norm: &Norm, profiel: &Profiel, invoer: &Hoofdnorm1Invoer) -> Normuitkomst {
    let eigen = invoer.checklist.get(norm.code).copied().unwrap_or_default();
    let datum = kvk_datum(invoer);
    let (status, melding, veld) = if eigen == Status::VoldoetNiet {
        (
            Status::VoldoetNiet,
            "Volgens uw antwoord is de organisatie niet ingeschreven in het Handelsregister.".to_string(),
            Some(ZelftoetsVeld::Checklist(norm.code)),
        )
    } else {
        // [keuze] An uittreksel that is too old does not show that the registration is missing,
        // only that it is not yet proven: "nog onbekend", with a request for a fresh uittreksel.
        let deel = actualiteit_deel(
            "Het KvK-uittreksel",
            datum,
            profiel.peildatum,
            KVK_MAANDEN,
            ZelftoetsVeld::Hoofdnorm1(Hoofdnorm1Vraag::KvkDatum),
            Status::Onbekend,
        );
        let melding = match deel.status {
            Status::Voldoet => {
                "De inschrijving is aangetoond met een KvK-uittreksel van hoogstens drie maanden oud.".to_string()
            }
            _ if deel.veld == Some(ZelftoetsVeld::Hoofdnorm1(Hoofdnorm1Vraag::KvkDatum)) && datum.is_some() => {
                format!("{} Vraag een nieuw uittreksel op om de inschrijving aan te tonen.", deel.melding)
            }
            _ => deel.melding,
        };
        (deel.status, melding, deel.veld)
    };
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: norm.materieel,
        melding,
        uitleg: Uitleg {
            formule: "ingeschreven, aangetoond met een uittreksel waarvan de datum ≥ peildatum − 3 maanden".to_string(),
            berekening: leeftijd_berekening(datum, profiel.peildatum, KVK_MAANDEN),
            norm: Some(
                "inschrijving in het Handelsregister; uittreksel hoogstens 3 maanden oud op de audit".to_string(),
            ),
            bron: "norm 1.2.1, §2.2; checklist §5.1.1".to_string(),
        },
        veld,
    }
}

/// The declarations that apply to this profiel (a–p, plus inb-a–c for Keurmerk Inburgeren).
pub fn verklaringen(profiel: &Profiel) -> impl Iterator<Item = &'static Verklaring> {
    let inburgeren = profiel.keurmerk_inburgeren;
    VERKLARINGEN.iter().filter(move |v| inburgeren || !v.alleen_inburgeren)
}

fn verklaringsnaam(v: &Verklaring) -> String {
    if v.alleen_inburgeren {
        format!("{} (Inburgeren)", v.letter)
    } else {
        v.letter.to_string()
    }
}

fn norm_1_2_3(norm: &Norm, profiel: &Profiel, invoer: &Hoofdnorm1Invoer) -> Normuitkomst {
    let mv = &invoer.managementverklaring;
    let van_toepassing: Vec<&Verklaring> = verklaringen(profiel).collect();
    let nee: Vec<&Verklaring> = van_toepassing.iter().copied().filter(|v| mv.antwoord(v.id) == Some(false)).collect();
    let open: Vec<&Verklaring> = van_toepassing.iter().copied().filter(|v| mv.antwoord(v.id).is_none()).collect();
    let ja = van_toepassing.len() - nee.len() - open.len();

    let mut delen = Vec::new();
    if !nee.is_empty() {
        let namen: Vec<String> = nee.iter().map(|v| verklaringsnaam(v)).collect();
        delen.push(Deel {
            status: Status::VoldoetNiet,
            melding: format!(
                "Het management kan {} {} niet verklaren.",
                if nee.len() == 1 { "onderdeel" } else { "de onderdelen" },
                opsomming(&namen)
            ),
            veld: nee.first().map(|v| ZelftoetsVeld::Verklaring(v.id)),
        });
    }
    if !open.is_empty() {
        let namen: Vec<String> = open.iter().map(|v| verklaringsnaam(v)).collect();
        delen.push(Deel {
            status: Status::Onbekend,
            melding: format!(
                "Nog niet beantwoord: {} {}.",
                if open.len() == 1 { "onderdeel" } else { "onderdelen" },
                opsomming(&namen)
            ),
            veld: open.first().map(|v| ZelftoetsVeld::Verklaring(v.id)),
        });
    }
    match (mv.datum, profiel.peildatum) {
        (None, _) => delen.push(Deel {
            status: Status::Onbekend,
            melding: "Vul de datum in waarop de managementverklaring is afgegeven.".to_string(),
            veld: Some(ZelftoetsVeld::Hoofdnorm1(Hoofdnorm1Vraag::MvDatum)),
        }),
        (Some(_), None) => delen.push(Deel {
            status: Status::Onbekend,
            melding: VRAAG_PEILDATUM.to_string(),
            veld: Some(ZelftoetsVeld::PEILDATUM),
        }),
        (Some(d), Some(p)) if d > p => delen.push(Deel {
            status: Status::Onbekend,
            melding: format!(
                "De managementverklaring is gedateerd na de peildatum ({} na {}); controleer beide datums.",
                lange_datum(d),
                lange_datum(p)
            ),
            veld: Some(ZelftoetsVeld::Hoofdnorm1(Hoofdnorm1Vraag::MvDatum)),
        }),
        // [keuze] The verklaring is yearly. One older than 12 months at the peildatum is not
        // judged as failing (the new one may be due with this audit) but asked about.
        (Some(d), Some(p)) if vroegste_datum(p, 12).is_some_and(|g| d < g) => delen.push(Deel {
            status: Status::Onbekend,
            melding: format!(
                "De managementverklaring van {} is op de peildatum meer dan een jaar oud; het management geeft haar elk jaar af.",
                lange_datum(d)
            ),
            veld: Some(ZelftoetsVeld::Hoofdnorm1(Hoofdnorm1Vraag::MvDatum)),
        }),
        (Some(_), Some(_)) => {}
    }
    if delen.is_empty() {
        delen.push(Deel {
            status: Status::Voldoet,
            melding: format!("Het management verklaart alle {} onderdelen van Bijlage 6.", van_toepassing.len()),
            veld: None,
        });
    }
    let (status, melding, veld) = combineer(delen, Beleid::Beslissend);
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: norm.materieel,
        melding,
        uitleg: Uitleg {
            formule: "afgegeven (datum bekend, hoogstens een jaar oud) en elk onderdeel met ja verklaard; één nee is voldoende om niet te voldoen"
                .to_string(),
            berekening: format!(
                "afgegeven op {}; {} ja, {} nee, {} open van {} onderdelen",
                mv.datum.map_or_else(|| "—".to_string(), lange_datum),
                ja,
                nee.len(),
                open.len(),
                van_toepassing.len()
            ),
            norm: Some(if profiel.keurmerk_inburgeren {
                "alle onderdelen a–p en de extra onderdelen a–c voor het Keurmerk Inburgeren verklaard".to_string()
            } else {
                "alle onderdelen a–p verklaard".to_string()
            }),
            bron: "norm 1.2.3, §2.2; Bijlage 6".to_string(),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// Personeel (1.6.6)
// ---------------------------------------------------------------------------------------------

/// 1.6.6.a / 1.6.6.b × 100, unrounded; used by the sterrenberekening. `None` when a number is
/// missing, the total is zero, or the gekwalificeerden exceed the total.
pub fn percentage_gekwalificeerd(personeel: &Personeel) -> Option<Decimal> {
    match (personeel.gekwalificeerd, personeel.totaal) {
        (Some(g), Some(t)) if g <= t => procent(g, t),
        _ => None,
    }
}

fn norm_1_6_6(norm: &Norm, invoer: &Hoofdnorm1Invoer) -> Normuitkomst {
    let p = &invoer.personeel;
    let getal = |x: Option<u64>| x.map_or_else(|| "—".to_string(), |x| x.to_string());
    // [keuze] 1.6.6 has no threshold of its own: it asks for the two numbers, and the percentage
    // feeds the sterrenberekening. Reported and consistent numbers meet it.
    let (status, melding, veld) = match (p.gekwalificeerd, p.totaal) {
        (None, _) => (Status::Onbekend, "Vul het aantal passend gekwalificeerde personeelsleden in (1.6.6.a).".to_string(), Hoofdnorm1Vraag::PersoneelGekwalificeerd),
        (_, None) => (Status::Onbekend, "Vul het totale aantal personeelsleden in (1.6.6.b).".to_string(), Hoofdnorm1Vraag::PersoneelTotaal),
        (Some(g), Some(t)) if g > t => (
            Status::Onbekend,
            format!("1.6.6.a ({g}) kan niet groter zijn dan 1.6.6.b ({t}); controleer beide aantallen."),
            Hoofdnorm1Vraag::PersoneelGekwalificeerd,
        ),
        (Some(_), Some(0)) => (
            Status::Onbekend,
            "Het totale aantal personeelsleden is 0. Werkt u als zzp'er zonder ingehuurde krachten, geef dat dan aan in het profiel.".to_string(),
            Hoofdnorm1Vraag::PersoneelTotaal,
        ),
        (Some(g), Some(t)) => (
            Status::Voldoet,
            format!("{g} van de {t} personeelsleden zijn aantoonbaar passend gekwalificeerd ({}).", percentage_tekst(g, t)),
            Hoofdnorm1Vraag::PersoneelGekwalificeerd,
        ),
    };
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: norm.materieel,
        melding,
        uitleg: Uitleg {
            formule: "1.6.6.a / 1.6.6.b × 100%".to_string(),
            berekening: match (p.gekwalificeerd, p.totaal, percentage_gekwalificeerd(p)) {
                (Some(g), Some(t), Some(_)) => format!("{g} / {t} × 100% = {}", percentage_tekst(g, t)),
                _ => format!("{} / {}", getal(p.gekwalificeerd), getal(p.totaal)),
            },
            norm: Some("geen drempel; het percentage telt mee in de sterrenberekening (Bijlage 8)".to_string()),
            bron: bron("1.6.6", "§2.6"),
        },
        veld: Some(ZelftoetsVeld::Hoofdnorm1(veld)),
    }
}

// ---------------------------------------------------------------------------------------------
// UBO/PEP (1.2.5)
// ---------------------------------------------------------------------------------------------

/// The helper's conclusion for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UboUitkomst {
    pub index: usize,
    /// The row's stable id (`UboPersoon::rij`).
    pub rij: u64,
    pub naam: String,
    /// A UBO on at least one criterion of Bijlage 7B.
    pub ubo: bool,
    /// Named as pseudo-UBO: nobody is a UBO and this person is bestuurder of the top holding.
    pub pseudo_ubo: bool,
    /// The criteria met, in words ("kapitaal 40% (meer dan 25%)").
    pub gronden: Vec<String>,
    pub pep: Option<bool>,
    /// Input problems (a percentage outside 0–100), at their field.
    pub bevindingen: Vec<Veldbevinding>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UboOverzicht {
    pub personen: Vec<UboUitkomst>,
    /// Nobody meets a criterion, so the bestuurder of the top holding is the pseudo-UBO.
    pub pseudo: bool,
    /// Nobody meets a criterion and nobody is marked as bestuurder of the top holding.
    pub pseudo_ontbreekt: bool,
    /// The threshold discrepancy between Bijlage 7A and 7B ([keuze]).
    pub noot: &'static str,
}

const VIJFENTWINTIG: Decimal = Decimal::from_parts(25, 0, 0, false, 0);

/// Who is a UBO (Bijlage 7B per criterion: kapitaal > 25%, stemrechten > 25%, vermogen ≥ 25%, or
/// other feitelijke zeggenschap) and, when nobody is, who is the pseudo-UBO.
pub fn ubo_overzicht(personen: &[UboPersoon]) -> UboOverzicht {
    let mut uit: Vec<UboUitkomst> = personen
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut gronden = Vec::new();
            let mut bevindingen = Vec::new();
            let mut geldig = |waarde: Option<Decimal>, kolom: UboKolom| -> Option<Decimal> {
                let naam = kolom.sleutel();
                let w = waarde?;
                if w < Decimal::ZERO || w > Decimal::ONE_HUNDRED {
                    bevindingen.push(Veldbevinding {
                        code: "1.2.5",
                        veld: ZelftoetsVeld::ubo(p.rij, kolom),
                        melding: format!("Een percentage {naam} ligt tussen 0 en 100; {}% kan niet.", nl_kort(w, 2)),
                    });
                    None
                } else {
                    Some(w)
                }
            };
            let kapitaal = geldig(p.kapitaal, UboKolom::Kapitaal);
            let stemrechten = geldig(p.stemrechten, UboKolom::Stemrechten);
            let vermogen = geldig(p.vermogen, UboKolom::Vermogen);
            if let Some(k) = kapitaal.filter(|k| *k > VIJFENTWINTIG) {
                gronden.push(format!("kapitaal {}% (meer dan 25%)", nl_kort(k, 2)));
            }
            if let Some(s) = stemrechten.filter(|s| *s > VIJFENTWINTIG) {
                gronden.push(format!("stemrechten {}% (meer dan 25%)", nl_kort(s, 2)));
            }
            if let Some(v) = vermogen.filter(|v| *v >= VIJFENTWINTIG) {
                gronden.push(format!("vermogen {}% (25% of meer)", nl_kort(v, 2)));
            }
            if p.andere_zeggenschap {
                gronden.push("feitelijke zeggenschap op andere wijze".to_string());
            }
            UboUitkomst {
                index: i,
                rij: p.rij,
                naam: p.naam.trim().to_string(),
                ubo: !gronden.is_empty(),
                pseudo_ubo: false,
                gronden,
                pep: p.pep,
                bevindingen,
            }
        })
        .collect();
    let pseudo = !uit.is_empty() && uit.iter().all(|u| !u.ubo);
    let mut pseudo_ontbreekt = pseudo;
    if pseudo {
        for (u, p) in uit.iter_mut().zip(personen) {
            if p.bestuurder_top_holding {
                u.pseudo_ubo = true;
                pseudo_ontbreekt = false;
            }
        }
    }
    UboOverzicht { personen: uit, pseudo, pseudo_ontbreekt, noot: NOOT_UBO_DREMPEL }
}

fn persoonsnaam(u: &UboUitkomst) -> String {
    if u.naam.is_empty() {
        format!("persoon {}", u.index + 1)
    } else {
        u.naam.clone()
    }
}

fn norm_1_2_5(norm: &Norm, invoer: &Hoofdnorm1Invoer) -> Normuitkomst {
    let eigen = invoer.checklist.get(norm.code).copied().unwrap_or_default();
    let overzicht = ubo_overzicht(&invoer.ubo);
    let document = invoer.documenten.get("ubo-pep").and_then(|d| d.aanwezig);

    let ubos: Vec<String> = overzicht.personen.iter().filter(|u| u.ubo).map(persoonsnaam).collect();
    let pseudos: Vec<String> = overzicht.personen.iter().filter(|u| u.pseudo_ubo).map(persoonsnaam).collect();
    let peps: Vec<String> = overzicht.personen.iter().filter(|u| u.pep == Some(true)).map(persoonsnaam).collect();
    let samenvatting = {
        let wie = if !ubos.is_empty() {
            format!("UBO: {}", opsomming(&ubos))
        } else if !pseudos.is_empty() {
            format!("geen UBO; pseudo-UBO (bestuurder van de topholding): {}", opsomming(&pseudos))
        } else {
            "geen UBO".to_string()
        };
        let open = overzicht.personen.iter().any(|u| u.pep.is_none());
        let pep = match (peps.is_empty(), open) {
            (true, false) => "geen PEP".to_string(),
            (true, true) => "PEP nog niet bij iedereen ingevuld".to_string(),
            (false, _) => format!("PEP: {}", opsomming(&peps)),
        };
        format!("{wie}; {pep}")
    };

    let mut delen = Vec::new();
    if eigen == Status::VoldoetNiet {
        delen.push(Deel {
            status: Status::VoldoetNiet,
            melding: "Volgens uw antwoord komt de UBO/PEP-registratie niet overeen met de actuele situatie."
                .to_string(),
            veld: Some(ZelftoetsVeld::Checklist(norm.code)),
        });
    }
    match document {
        Some(false) => delen.push(Deel {
            status: Status::VoldoetNiet,
            melding: "Er is geen UBO/PEP-registratie (uittreksel UBO-register of UBO/PEP-verklaring).".to_string(),
            veld: Some(ZelftoetsVeld::Document("ubo-pep")),
        }),
        None => delen.push(Deel {
            status: Status::Onbekend,
            melding: "Geef aan of de UBO/PEP-registratie aanwezig is.".to_string(),
            veld: Some(ZelftoetsVeld::Document("ubo-pep")),
        }),
        Some(true) => {}
    }
    if invoer.ubo.is_empty() {
        delen.push(Deel {
            status: Status::Onbekend,
            melding: "Vul de natuurlijke personen achter de organisatie in; dan bepaalt Werkwaarde wie UBO is."
                .to_string(),
            // No row yet, so no field to point at: the list's own "toevoegen" is the way in.
            veld: None,
        });
    }
    for u in &overzicht.personen {
        if let Some(b) = u.bevindingen.first() {
            delen.push(Deel { status: Status::Onbekend, melding: b.melding.clone(), veld: Some(b.veld) });
        }
    }
    let zonder_pep: Vec<&UboUitkomst> = overzicht.personen.iter().filter(|u| u.pep.is_none()).collect();
    if let Some(eerste) = zonder_pep.first() {
        let namen: Vec<String> = zonder_pep.iter().map(|u| persoonsnaam(u)).collect();
        delen.push(Deel {
            status: Status::Onbekend,
            melding: format!("Geef aan of {} een politiek prominent persoon is.", opsomming(&namen)),
            veld: Some(ZelftoetsVeld::ubo(eerste.rij, UboKolom::Pep)),
        });
    }
    if overzicht.pseudo_ontbreekt {
        delen.push(Deel {
            status: Status::Onbekend,
            melding: "Niemand is UBO; geef aan wie bestuurder van de topholding is: die persoon is de pseudo-UBO."
                .to_string(),
            veld: invoer.ubo.first().map(|p| ZelftoetsVeld::ubo(p.rij, UboKolom::Bestuurder)),
        });
    }
    if delen.is_empty() {
        delen.push(Deel {
            status: Status::Voldoet,
            melding: format!("De UBO/PEP-registratie is aanwezig. {}.", met_hoofdletter(&samenvatting)),
            veld: None,
        });
    }
    let (status, melding, veld) = combineer(delen, Beleid::Beslissend);
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: norm.materieel,
        melding,
        uitleg: Uitleg {
            formule: "UBO als kapitaal > 25%, stemrechten > 25%, vermogen ≥ 25% of andere feitelijke zeggenschap; \
                niemand UBO → de bestuurder van de topholding is pseudo-UBO"
                .to_string(),
            berekening: format!(
                "{} {} ingevuld: {samenvatting}",
                invoer.ubo.len(),
                if invoer.ubo.len() == 1 { "persoon" } else { "personen" }
            ),
            norm: Some(format!("registratie aanwezig en actueel. {NOOT_UBO_DREMPEL}")),
            bron: "norm 1.2.5, §2.2; Bijlage 7A en 7B".to_string(),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// Documents of the audit checklist (A8)
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Documentstatus {
    pub id: &'static str,
    pub naam: &'static str,
    pub aanwezig: Option<bool>,
    pub datum: Option<NaiveDate>,
    /// Voldoet (present and recent enough), VoldoetNiet (missing or too old), Onbekend (not
    /// answered, or a date is needed), NietVanToepassing (not needed for this profiel).
    pub status: Status,
    /// How old the document is at the date it is measured at ("4 maanden en 12 dagen oud op de
    /// datum van de audit"), or which boekjaar it covers; `None` when there is nothing to say.
    pub leeftijd: Option<String>,
    pub waarschuwingen: Vec<String>,
    pub veld: ZelftoetsVeld,
}

/// Whole calendar months and the days after them from `datum` to `peil`: "4 maanden en 12
/// dagen". Counted back from `peil`, as `vroegste_datum` counts the limit, so the age shown never
/// contradicts the status: a document is at most `n` months old exactly when the text says at most
/// "n maanden" (31 augustus − 6 maanden = 28 februari: a VOG of 28 februari is "6 maanden" old).
/// `None` when `datum` lies after `peil`.
pub fn leeftijd_tekst(datum: NaiveDate, peil: NaiveDate) -> Option<String> {
    use chrono::Datelike;
    if datum > peil {
        return None;
    }
    let verschil =
        (i64::from(peil.year()) - i64::from(datum.year())) * 12 + i64::from(peil.month()) - i64::from(datum.month());
    let terug = |m: i64| u32::try_from(m).ok().and_then(|m| vroegste_datum(peil, m));
    let mut maanden = verschil.max(0);
    while maanden > 0 && terug(maanden).is_none_or(|d| d < datum) {
        maanden -= 1;
    }
    let dagen = terug(maanden).map_or(0, |d| (d - datum).num_days());
    let m = match maanden {
        0 => None,
        1 => Some("1 maand".to_string()),
        n => Some(format!("{n} maanden")),
    };
    let d = match dagen {
        0 => None,
        1 => Some("1 dag".to_string()),
        n => Some(format!("{n} dagen")),
    };
    Some(match (m, d) {
        (Some(m), Some(d)) => format!("{m} en {d}"),
        (Some(m), None) => m,
        (None, Some(d)) => d,
        (None, None) => "0 dagen".to_string(),
    })
}

const VRAAG_MEETPERIODE: &str = "Vul bij de planner in wanneer de meetperiode begint: de \
    omzetverklaring gaat over het kalenderjaar daarvoor.";

/// The checklist of §5.1.1 with the computed age warnings. The KvK-uittreksel uses the date of
/// norm 1.2.1 when the row has none, the VOG the bestuurders of norm 1.2.4. The omzetverklaring
/// is of the calendar year before the meetperiode that starts in `meetperiode_jaar` (SPEC A8).
pub fn documenten(profiel: &Profiel, invoer: &Hoofdnorm1Invoer, meetperiode_jaar: Option<i32>) -> Vec<Documentstatus> {
    let peil = profiel.peildatum;
    DOCUMENTEN
        .iter()
        .map(|doc| {
            let rij = invoer.documenten.get(doc.id).cloned().unwrap_or_default();
            let datum = match doc.id {
                "kvk-uittreksel" => kvk_datum(invoer),
                // The oldest VOG decides whether the set is recent enough.
                "vog" => invoer.vogs.iter().filter_map(|v| vog_afgifte(v, invoer)).min(),
                _ => rij.datum,
            };
            let aanwezig = rij.aanwezig.or(match doc.id {
                "kvk-uittreksel" | "vog" if datum.is_some() => Some(true),
                _ => None,
            });
            let veld = ZelftoetsVeld::Document(doc.id);
            let mut waarschuwingen = Vec::new();
            let nvt = match doc.id {
                "kvk-uittreksel" if !profiel.kvk_plichtig => {
                    Some("Niet nodig: de organisatie is niet inschrijfplichtig bij de KvK.")
                }
                "ubo-pep" if profiel.rechtsvorm.zonder_ubo() => Some("Niet nodig voor deze rechtsvorm (voetnoot 5)."),
                _ => None,
            };
            let status = if let Some(reden) = nvt {
                waarschuwingen.push(reden.to_string());
                Status::NietVanToepassing
            } else {
                match aanwezig {
                    Some(false) => {
                        waarschuwingen.push("Dit document ontbreekt; de auditor vraagt ernaar.".to_string());
                        Status::VoldoetNiet
                    }
                    None => Status::Onbekend,
                    Some(true) => {
                        let status = match doc.eis {
                            Leeftijdseis::Geen => Status::Voldoet,
                            Leeftijdseis::HoogstensMaanden(m) => {
                                let wat = match doc.id {
                                    "kvk-uittreksel" => "Het KvK-uittreksel",
                                    "vog" => "De VOG",
                                    _ => "Het document",
                                };
                                let deel = actualiteit_deel(wat, datum, peil, m, veld, Status::VoldoetNiet);
                                if deel.status != Status::Voldoet {
                                    waarschuwingen.push(deel.melding);
                                }
                                deel.status
                            }
                            Leeftijdseis::VorigKalenderjaar => match (rij.boekjaar, meetperiode_jaar) {
                                (None, _) => {
                                    waarschuwingen.push(
                                        "Vul in over welk boekjaar de omzetverklaring of jaarrekening gaat."
                                            .to_string(),
                                    );
                                    Status::Onbekend
                                }
                                (Some(_), None) => {
                                    waarschuwingen.push(VRAAG_MEETPERIODE.to_string());
                                    Status::Onbekend
                                }
                                (Some(j), Some(m)) if j == m - 1 => Status::Voldoet,
                                (Some(j), Some(m)) => {
                                    waarschuwingen.push(format!(
                                        "Deze gaat over {j}; bij een meetperiode die in {m} begint, wordt die over \
                                         het kalenderjaar daarvoor gevraagd: {}.",
                                        m - 1
                                    ));
                                    Status::VoldoetNiet
                                }
                            },
                            Leeftijdseis::VogPerBestuurder => {
                                let delen = vog_delen(profiel, invoer);
                                waarschuwingen.extend(
                                    delen.iter().filter(|d| d.status != Status::Voldoet).map(|d| d.melding.clone()),
                                );
                                combineer(delen, Beleid::Beslissend).0
                            }
                        };
                        status
                    }
                }
            };
            let leeftijd = match doc.eis {
                Leeftijdseis::VorigKalenderjaar => rij.boekjaar.map(|j| format!("over boekjaar {j}")),
                _ => {
                    let (peil, naam) = match doc.id {
                        "vog" if profiel.aanvrager == Aanvrager::Aspirant => {
                            (profiel.vog_peildatum(), "de datum van de aanmelding")
                        }
                        _ => (peil, "de datum van de audit"),
                    };
                    datum.zip(peil).and_then(|(d, p)| leeftijd_tekst(d, p)).map(|t| format!("{t} oud op {naam}"))
                }
            };
            Documentstatus { id: doc.id, naam: doc.naam, aanwezig, datum, status, leeftijd, waarschuwingen, veld }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// All of hoofdnorm 1
// ---------------------------------------------------------------------------------------------

fn checklist_uitkomst(norm: &Norm, profiel: &Profiel, invoer: &Hoofdnorm1Invoer) -> Normuitkomst {
    let status = invoer.checklist.get(norm.code).copied().unwrap_or_default();
    let onderbouwd = invoer.onderbouwing.get(norm.code).is_some_and(|t| !t.trim().is_empty());
    let melding = match status {
        Status::Voldoet => "Volgens uw beoordeling voldoet de organisatie hieraan.",
        Status::VoldoetNiet => "Volgens uw beoordeling voldoet de organisatie hier nog niet aan.",
        Status::NietVanToepassing => "U heeft deze norm als niet van toepassing aangemerkt.",
        Status::Onbekend => "Nog niet beoordeeld: geef aan of de organisatie hieraan voldoet.",
    };
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: norm.materieel,
        melding: melding.to_string(),
        uitleg: Uitleg {
            formule: "uw beoordeling aan de hand van de norm".to_string(),
            berekening: format!(
                "uw antwoord: {}; {}",
                status.naam(),
                if onderbouwd { "met onderbouwing" } else { "zonder onderbouwing" }
            ),
            norm: Some(omschrijving(norm, profiel).to_string()),
            bron: if omschrijving(norm, profiel) == norm.omschrijving {
                bron(norm.code, norm.paragraaf)
            } else {
                bron(norm.code, "§2.5 en §2.8")
            },
        },
        veld: Some(ZelftoetsVeld::Checklist(norm.code)),
    }
}

/// Register items 1.5.6.a–e from the klachtenregister, when it has klachten; otherwise the
/// user's own answer. A missing item is "nog onbekend" (fill it in), not "voldoet niet": the
/// form may simply be incomplete. The user's own "voldoet niet" always stands.
fn register_uitkomst(
    norm: &Norm,
    sub: char,
    profiel: &Profiel,
    invoer: &Hoofdnorm1Invoer,
    statussen: &[KlachtStatus],
) -> Normuitkomst {
    let mut u = checklist_uitkomst(norm, profiel, invoer);
    if invoer.klachten.is_empty() || u.status == Status::VoldoetNiet {
        return u;
    }
    let per_klacht: Vec<Status> =
        invoer.klachten.iter().zip(statussen).map(|(k, s)| registergegeven(sub, k, s.bevestiging)).collect();
    let ontbreekt: Vec<usize> =
        per_klacht.iter().enumerate().filter(|(_, s)| **s == Status::Onbekend).map(|(i, _)| i).collect();
    let vereist = per_klacht.iter().filter(|s| **s != Status::NietVanToepassing).count();
    let kolom = match sub {
        'a' => KlachtKolom::Ontvangen,
        'b' => KlachtKolom::Bevestigd,
        'c' => KlachtKolom::Behandelaar,
        'd' => KlachtKolom::Uitkomst,
        _ => KlachtKolom::Afgehandeld,
    };
    u.uitleg.formule = "uit het klachtenregister: elke klacht waarvoor het gegeven al nodig is, heeft het".to_string();
    u.uitleg.berekening =
        format!("{} van de {} klachten waarvoor het nodig is, hebben het gegeven", vereist - ontbreekt.len(), vereist);
    if let Some(eerste) = ontbreekt.first() {
        u.status = Status::Onbekend;
        u.melding = format!(
            "Het register mist dit gegeven bij {}; vul het aan. Ontbreekt het ook in uw eigen register, dan voldoet de organisatie hier niet aan.",
            klachtnummers(&ontbreekt)
        );
        u.veld = invoer.klachten.get(*eerste).map(|k| ZelftoetsVeld::klacht(k.rij, kolom));
    } else {
        u.status = Status::Voldoet;
        u.melding = if vereist == 0 {
            "Bij geen enkele klacht is dit gegeven al nodig.".to_string()
        } else {
            format!("Alle {vereist} klachten waarvoor het nodig is, hebben dit gegeven in het register.")
        };
    }
    u
}

/// For the reglement items 1.5.2.a–c, the user's answer stands; late items in the register are
/// added to the message so they are not missed.
fn met_registersignaal(mut u: Normuitkomst, code: &str, statussen: &[KlachtStatus]) -> Normuitkomst {
    let laat =
        |s: &&KlachtStatus| s.bevindingen.iter().any(|b| b.code == code || (code == "1.5.2.c" && b.code == "1.5.8"));
    let te_laat: Vec<&KlachtStatus> = statussen.iter().filter(laat).collect();
    if let Some(eerste) = te_laat.first() {
        let nummers: Vec<usize> = te_laat.iter().map(|s| s.index).collect();
        u.melding
            .push_str(&format!(" In het klachtenregister ging de termijn voorbij bij {}.", klachtnummers(&nummers)));
        if u.status != Status::VoldoetNiet {
            let kolom = match code {
                "1.5.2.a" => KlachtKolom::Bevestigd,
                "1.5.2.b" => KlachtKolom::NietInBehandeling,
                _ => KlachtKolom::Afgehandeld,
            };
            u.veld = Some(ZelftoetsVeld::klacht(eerste.rij, kolom));
        }
    }
    u
}

/// A norm that does not apply: n.v.t. with the reason, so it never counts against the verdict.
fn niet_van_toepassing(
    norm: &Norm,
    soort: &str,
    reden: &str,
    eigen: Option<Status>,
    veld: Option<ZelftoetsVeld>,
) -> Normuitkomst {
    let eigen_tekst = match eigen {
        Some(s) if s != Status::Onbekend => format!(" Volgens uw beoordeling: {}.", s.naam()),
        _ => String::new(),
    };
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status: Status::NietVanToepassing,
        materieel: norm.materieel,
        melding: format!("{soort}. {reden}{eigen_tekst}"),
        uitleg: Uitleg {
            formule: "toepasselijkheid volgens het organisatieprofiel".to_string(),
            berekening: reden.to_string(),
            norm: Some(norm.omschrijving.to_string()),
            bron: bron(norm.code, norm.paragraaf),
        },
        veld,
    }
}

/// The profile question behind a reason of `toepassing`, so the UI can link to it.
fn profielveld(norm: &Norm, profiel: &Profiel, t: Toepassing) -> Option<ZelftoetsVeld> {
    let code = norm.code;
    let vraag = match t {
        Toepassing::Ja => return None,
        Toepassing::Aanbevolen(_) => Profielvraag::Oval,
        Toepassing::NietVanToepassing(_) if code.starts_with("1.2.5") => Profielvraag::Rechtsvorm,
        Toepassing::NietVanToepassing(_) if code.starts_with("1.2.1") => Profielvraag::Kvk,
        Toepassing::NietVanToepassing(_) => Profielvraag::Zzp,
        Toepassing::Vrijgesteld(_) if profiel.nlqf => Profielvraag::Nlqf,
        Toepassing::Vrijgesteld(_) if profiel.keurmerk_inburgeren => Profielvraag::Inburgeren,
        Toepassing::Vrijgesteld(_) if profiel.wca => Profielvraag::Wca,
        Toepassing::Vrijgesteld(_) => Profielvraag::Iso,
    };
    Some(ZelftoetsVeld::Profiel(vraag))
}

/// The outcome of a norm that applies, before sub-items are folded into their parent.
fn eigen_uitkomst(
    norm: &Norm,
    profiel: &Profiel,
    invoer: &Hoofdnorm1Invoer,
    statussen: &[KlachtStatus],
) -> Normuitkomst {
    match norm.code {
        "1.2.1" => norm_1_2_1(norm, profiel, invoer),
        "1.2.3" => norm_1_2_3(norm, profiel, invoer),
        "1.2.4" => norm_1_2_4(norm, profiel, invoer),
        "1.2.5" => norm_1_2_5(norm, invoer),
        "1.5.8" => {
            let mut u = uitkomst_1_5_8(statussen, profiel.peildatum);
            u.materieel = norm.materieel;
            u
        }
        "1.6.6" => norm_1_6_6(norm, invoer),
        "1.5.6.a" => register_uitkomst(norm, 'a', profiel, invoer, statussen),
        "1.5.6.b" => register_uitkomst(norm, 'b', profiel, invoer, statussen),
        "1.5.6.c" => register_uitkomst(norm, 'c', profiel, invoer, statussen),
        "1.5.6.d" => register_uitkomst(norm, 'd', profiel, invoer, statussen),
        "1.5.6.e" => register_uitkomst(norm, 'e', profiel, invoer, statussen),
        "1.5.2.a" | "1.5.2.b" | "1.5.2.c" => {
            met_registersignaal(checklist_uitkomst(norm, profiel, invoer), norm.code, statussen)
        }
        _ => checklist_uitkomst(norm, profiel, invoer),
    }
}

/// A parent row (1.4.3, 1.5.1, 1.5.2, 1.5.6) follows its sub-items: one failing sub-item fails
/// it, one unknown keeps it unknown, all n.v.t. makes it n.v.t.
fn ouder_uitkomst(norm: &Norm, kinderen: &[&Normuitkomst]) -> Normuitkomst {
    let status = kinderen.iter().fold(Status::NietVanToepassing, |s, k| zwakste(s, k.status));
    let met = |s: Status| -> Vec<String> {
        kinderen.iter().filter(|k| k.status == s).map(|k| k.code.rsplit('.').next().unwrap_or("").to_string()).collect()
    };
    let melding = match status {
        Status::VoldoetNiet => format!("Niet voldaan: onderdeel {}.", opsomming(&met(Status::VoldoetNiet))),
        Status::Onbekend => format!("Nog onbekend: onderdeel {}.", opsomming(&met(Status::Onbekend))),
        Status::Voldoet => "Alle onderdelen voldoen.".to_string(),
        Status::NietVanToepassing => "Geen van de onderdelen is van toepassing.".to_string(),
    };
    let veld = kinderen.iter().find(|k| k.status == status).and_then(|k| k.veld);
    let telling = |s: Status| kinderen.iter().filter(|k| k.status == s).count();
    Normuitkomst {
        code: norm.code.into(),
        hoofdnorm: 1,
        dienst: None,
        status,
        materieel: norm.materieel,
        melding,
        uitleg: Uitleg {
            formule: "voldoet als elk onderdeel voldoet (of niet van toepassing is)".to_string(),
            berekening: format!(
                "{} voldoet, {} voldoet niet, {} nog onbekend, {} n.v.t. van {} onderdelen",
                telling(Status::Voldoet),
                telling(Status::VoldoetNiet),
                telling(Status::Onbekend),
                telling(Status::NietVanToepassing),
                kinderen.len()
            ),
            norm: Some(norm.omschrijving.to_string()),
            bron: bron(norm.code, norm.paragraaf),
        },
        veld,
    }
}

/// One outcome per norm of `HOOFDNORM1`, in its order.
///
/// The status is the computed check where one exists (1.2.1 with the KvK-uittreksel, 1.2.3,
/// 1.2.4, 1.2.5, 1.5.6.a–e from the register when it has klachten, 1.5.8, 1.6.6), otherwise the
/// user's checklist answer (default: nog onbekend). The profiel then overrides: a norm that does
/// not apply or is vrijgesteld becomes n.v.t. with the reason. An *aanbevolen* norm (1.7.x without
/// OVAL-lidmaatschap) also becomes n.v.t.: Status has no "advisory" value, and an advice must
/// never fail or hold up the verdict; its melding says it is a recommendation and repeats the
/// user's own answer.
pub fn beoordeel(profiel: &Profiel, invoer: &Hoofdnorm1Invoer) -> Vec<Normuitkomst> {
    beoordeel_met(profiel, invoer, &klachtstatussen(&invoer.klachten, profiel.peildatum))
}

/// `beoordeel` with the klachtstatussen already computed (`klachtstatussen` of the same input).
pub fn beoordeel_met(profiel: &Profiel, invoer: &Hoofdnorm1Invoer, statussen: &[KlachtStatus]) -> Vec<Normuitkomst> {
    let mut uitkomsten: Vec<Normuitkomst> = HOOFDNORM1
        .iter()
        .map(|norm| {
            let t = toepassing(norm, profiel);
            let veld = profielveld(norm, profiel, t);
            let eigen = invoer.checklist.get(norm.code).copied();
            match t {
                Toepassing::Ja => eigen_uitkomst(norm, profiel, invoer, statussen),
                Toepassing::NietVanToepassing(reden) => {
                    niet_van_toepassing(norm, "Niet van toepassing", reden, None, veld)
                }
                Toepassing::Vrijgesteld(reden) => niet_van_toepassing(norm, "Vrijgesteld", reden, None, veld),
                Toepassing::Aanbevolen(reden) => {
                    let mut u = niet_van_toepassing(
                        norm,
                        "Aanbevolen",
                        reden,
                        eigen,
                        Some(ZelftoetsVeld::Checklist(norm.code)),
                    );
                    u.uitleg.formule = "aanbeveling: telt niet mee in het oordeel".to_string();
                    u
                }
            }
        })
        .collect();
    // Fold sub-items into their parents (only for parents that apply; a vrijgesteld parent keeps
    // its reason, and its sub-items share it).
    // The sub-items per parent code (as `deelnormen`), in one pass; `uitkomsten` follows the
    // catalogue, so a sub-item's outcome is at its own index.
    let mut deelnormen_van: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (j, n) in HOOFDNORM1.iter().enumerate() {
        if let Some(ouder) = stam(n.code) {
            deelnormen_van.entry(ouder).or_default().push(j);
        }
    }
    for (i, norm) in HOOFDNORM1.iter().enumerate() {
        let kinderen: Vec<&Normuitkomst> = deelnormen_van
            .get(norm.code)
            .map(|js| js.iter().filter_map(|j| uitkomsten.get(*j)).collect())
            .unwrap_or_default();
        if kinderen.is_empty() || toepassing(norm, profiel) != Toepassing::Ja {
            continue;
        }
        let ouder = ouder_uitkomst(norm, &kinderen);
        if let Some(plek) = uitkomsten.get_mut(i) {
            *plek = ouder;
        }
    }
    uitkomsten
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weakest_status_wins() {
        use Status::*;
        assert_eq!(zwakste(Voldoet, Onbekend), Onbekend);
        assert_eq!(zwakste(Onbekend, VoldoetNiet), VoldoetNiet);
        assert_eq!(zwakste(NietVanToepassing, Voldoet), Voldoet);
        assert_eq!(zwakste(NietVanToepassing, NietVanToepassing), NietVanToepassing);
    }

    #[test]
    fn lists_read_as_dutch() {
        assert_eq!(opsomming(&["11".into()]), "11");
        assert_eq!(opsomming(&["11".into(), "12".into(), "71".into()]), "11, 12 en 71");
        assert_eq!(klachtnummers(&[0]), "klacht 1");
        assert_eq!(klachtnummers(&[0, 2]), "klachten 1 en 3");
        assert_eq!(klachtnummers(&[0, 1]), "klachten 1 en 2");
        assert_eq!(klachtnummers(&[0, 1, 2, 4, 6, 7, 8, 9]), "klachten 1 tot en met 3, 5 en 7 tot en met 10");
        assert_eq!(klachtnummers(&(0..500).collect::<Vec<_>>()), "klachten 1 tot en met 500");
    }

    #[test]
    fn every_declaration_id_is_unique() {
        let mut ids: Vec<_> = VERKLARINGEN.iter().map(|v| v.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 19);
    }
}
