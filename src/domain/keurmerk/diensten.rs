//! Hoofdnorm 2 — Resultaten per Dienst (§3, SPEC A3): the twelve Diensten as data, what the user
//! enters per Dienst, its consistency, and the norms computed from it.
//!
//! The data tables (`DIENSTEN`, `EINDDOELEN`) follow the Handleiding Keurmerk Arbeid 2023: a new
//! Handleiding year changes the tables, not the rules around them. Labels and descriptions are
//! short summaries in our own words; the field code and paragraph point to the source.
//!
//! Outcomes and input errors name their field as a `ZelftoetsVeld`: `Dienst { nummer, gegeven }`
//! for an input of a Dienst, `Dienstnummer` for an unknown Dienst number, `Checklist(code)` for a
//! checklist answer, the peildatum, and `Transparantie` (2.0.1 / 2.0.2).
//!
//! Unknown numbers are `None` and make the norm "nog onbekend"; nothing is ever guessed, and an
//! inconsistency (b.2 above b, …) makes every norm that uses those numbers "nog onbekend" too.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Months, NaiveDate};
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::veld::{Laddervraag, Transparantiegegeven};
use super::{combineer, minstens_procent, procent, Beleid, Deel, Normuitkomst, Profiel, Status, ZelftoetsVeld};
use crate::domain::datum::lange_datum;
use crate::domain::getal::nl_kort;
use crate::domain::tekst::met_hoofdletter;
use crate::domain::uitleg::Uitleg;

// ---------------------------------------------------------------------------------------------
// The Diensten as data
// ---------------------------------------------------------------------------------------------

/// One input of a Dienst. Each maps to one field of `DienstInvoer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gegeven {
    /// x.a: afgeronde en beëindigde trajecten (Dienst 6: lopend en afgerond; Dienst 10: plus de
    /// lopende trajecten van onbepaalde duur).
    A,
    /// x.a.2: of a, those with a Prestatieafspraak.
    A2,
    /// x.b: succesvol afgerond.
    B,
    /// x.b.2: of b, those with a Prestatieafspraak.
    B2,
    /// x.c: of a.2, those that should have been succesvol per the afspraak.
    C,
    /// 2.9.d: succesvol with the result "werk gevonden".
    WerkGevonden,
    /// Cliënten, cursisten or werknemers aangemeld for the tevredenheidsonderzoek (TVO).
    TvoClienten,
    /// Opdrachtgevers aangemeld for the TVO.
    TvoOpdrachtgevers,
    Omzet,
    /// Different persons among the afgeronde trajecten: the minimum of five (§3.1, §6.1.1).
    VerschillendePersonen,
    /// The afgeronde trajecten alone, where field a also counts lopende trajecten (2.6.a,
    /// 2.10.a) or the Dienst counts contracten (11): only these count for the minimum of five.
    Afgerond,
    /// Dienst 5: trajecten begeleid by a jobcoach with an erkende opleiding (norm 2.5.2).
    ErkendeJobcoach,
    /// 2.8.f: garantie on the Wvp-inspanningsverplichtingen.
    GarantieWvp,
    /// 2.11.a–f: the confirmations of Dienst 11, by index 0–5 (a–f).
    Bevestiging(u8),
    /// Dienst 11: the number of contracten (the base of 2.11.g).
    Contracten,
    /// 2.11.g: contracten with a concrete, measurable afspraak about the doelen.
    ContractenMeetbaar,
    /// 2.11.h
    GemiddeldeKosten,
    /// 2.11.i
    Prijs,
    /// Dienst 12: trajecten.
    Trajecten,
    /// Dienst 12: trajecten begeleid by someone trained by the NVS (norm 2.12).
    NvsOpgeleid,
    /// 2.12.1: date of the SEQF self-assessment.
    SeqfDatum,
    /// Dienst 9, footnote 12: the previous year's b.2 and c, shown beside this year's.
    VorigJaarB2,
    VorigJaarC,
    /// Dienst 10: the participatieladder calculator (§3.13).
    Ladder,
}

impl Gegeven {
    /// Every input a Dienst can ask for.
    pub const ALLE: [Gegeven; 29] = [
        A,
        A2,
        B,
        B2,
        C,
        WerkGevonden,
        TvoClienten,
        TvoOpdrachtgevers,
        Omzet,
        VerschillendePersonen,
        Afgerond,
        ErkendeJobcoach,
        GarantieWvp,
        Bevestiging(0),
        Bevestiging(1),
        Bevestiging(2),
        Bevestiging(3),
        Bevestiging(4),
        Bevestiging(5),
        Contracten,
        ContractenMeetbaar,
        GemiddeldeKosten,
        Prijs,
        Trajecten,
        NvsOpgeleid,
        SeqfDatum,
        VorigJaarB2,
        VorigJaarC,
        Ladder,
    ];

    /// The stable part of the field id: `d<n>-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Gegeven::A => "a",
            Gegeven::A2 => "a2",
            Gegeven::B => "b",
            Gegeven::B2 => "b2",
            Gegeven::C => "c",
            Gegeven::WerkGevonden => "d",
            Gegeven::TvoClienten => "tvo-c",
            Gegeven::TvoOpdrachtgevers => "tvo-o",
            Gegeven::Omzet => "omzet",
            Gegeven::VerschillendePersonen => "personen",
            Gegeven::Afgerond => "afgerond",
            Gegeven::ErkendeJobcoach => "jobcoach",
            Gegeven::GarantieWvp => "garantie",
            Gegeven::Bevestiging(0) => "bev-a",
            Gegeven::Bevestiging(1) => "bev-b",
            Gegeven::Bevestiging(2) => "bev-c",
            Gegeven::Bevestiging(3) => "bev-d",
            Gegeven::Bevestiging(4) => "bev-e",
            Gegeven::Bevestiging(5) => "bev-f",
            Gegeven::Bevestiging(_) => "bev",
            Gegeven::Contracten => "contracten",
            Gegeven::ContractenMeetbaar => "meetbaar",
            Gegeven::GemiddeldeKosten => "kosten",
            Gegeven::Prijs => "prijs",
            Gegeven::Trajecten => "trajecten",
            Gegeven::NvsOpgeleid => "nvs",
            Gegeven::SeqfDatum => "seqf",
            Gegeven::VorigJaarB2 => "vorig-b2",
            Gegeven::VorigJaarC => "vorig-c",
            Gegeven::Ladder => "ladder",
        }
    }
}

/// The field of an input of Dienst `nummer` (id `d1-a2`, `d11-bev-c`).
pub fn veld_id(nummer: u8, gegeven: Gegeven) -> ZelftoetsVeld {
    ZelftoetsVeld::dienst(nummer, gegeven)
}

/// One field a Dienst asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Veldsoort {
    pub gegeven: Gegeven,
    /// The code as the Handleiding numbers it ("2.1.a.2"); `None` for an input the zelftoets adds
    /// to compute a norm (e.g. the jobcoaches of norm 2.5.2).
    pub code: Option<&'static str>,
    /// A short Dutch label in our own words.
    pub label: &'static str,
}

/// Whether a Dienst norm is the user's own checklist answer or computed from the numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Normsoort {
    Checklist,
    Berekend,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dienstnorm {
    pub code: &'static str,
    pub soort: Normsoort,
    /// A short summary in our own words.
    pub omschrijving: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dienstsoort {
    pub nummer: u8,
    pub naam: &'static str,
    /// The paragraph of the Handleiding, e.g. "§3.4".
    pub paragraaf: &'static str,
    /// What falls under this Dienst, in our own words.
    pub omschrijving: &'static str,
    pub velden: &'static [Veldsoort],
    pub normen: &'static [Dienstnorm],
}

impl Dienstsoort {
    pub fn veld(&self, gegeven: Gegeven) -> Option<&'static Veldsoort> {
        self.velden.iter().find(|v| v.gegeven == gegeven)
    }

    pub fn heeft(&self, gegeven: Gegeven) -> bool {
        self.veld(gegeven).is_some()
    }

    /// How messages name a field: its code when the Handleiding has one, else a short name.
    pub fn aanduiding(&self, gegeven: Gegeven) -> String {
        match self.veld(gegeven) {
            Some(Veldsoort { code: Some(code), .. }) => (*code).to_string(),
            _ => korte_naam(gegeven).to_string(),
        }
    }

    /// Diensten 1, 2, 7, 8, 9 and 10 work with Prestatieafspraken and have norm 2.x.3.
    pub fn met_prestatieafspraken(&self) -> bool {
        self.heeft(Gegeven::A2)
    }
}

/// The name messages use for an input without a Handleiding code.
fn korte_naam(gegeven: Gegeven) -> &'static str {
    match gegeven {
        Gegeven::VerschillendePersonen => "het aantal verschillende personen",
        Gegeven::Afgerond => "het aantal afgeronde trajecten",
        Gegeven::ErkendeJobcoach => "het aantal trajecten met een erkend opgeleide jobcoach",
        Gegeven::Contracten => "het aantal contracten",
        Gegeven::Trajecten => "het aantal trajecten",
        Gegeven::NvsOpgeleid => "het aantal trajecten met een NVS-opgeleide begeleider",
        Gegeven::VorigJaarB2 => "b.2 van vorig jaar",
        Gegeven::VorigJaarC => "c van vorig jaar",
        Gegeven::Omzet => "de omzet",
        Gegeven::Ladder => "de participatieladder",
        _ => gegeven.id(),
    }
}

const fn v(gegeven: Gegeven, code: &'static str, label: &'static str) -> Veldsoort {
    Veldsoort { gegeven, code: Some(code), label }
}

/// An input the zelftoets adds; the Handleiding gives it no code.
const fn e(gegeven: Gegeven, label: &'static str) -> Veldsoort {
    Veldsoort { gegeven, code: None, label }
}

const fn chk(code: &'static str, omschrijving: &'static str) -> Dienstnorm {
    Dienstnorm { code, soort: Normsoort::Checklist, omschrijving }
}

const fn ber(code: &'static str, omschrijving: &'static str) -> Dienstnorm {
    Dienstnorm { code, soort: Normsoort::Berekend, omschrijving }
}

const PERSONEN: Veldsoort = e(
    Gegeven::VerschillendePersonen,
    "Aantal verschillende personen onder de afgeronde trajecten (voor het minimum van vijf, §3.1)",
);

const INZICHTELIJK: &str = "Het aantal beëindigde of afgeronde trajecten is inzichtelijk en te controleren";
const PA_INZICHTELIJK: &str = "Het aantal trajecten met een prestatieafspraak is inzichtelijk en te controleren";
const PA_GEHAALD: &str = "Van de afgesproken prestatie is ten minste 80% gehaald (b.2 / c; boven 100% kan)";

use Gegeven::*;

const VELDEN_1: &[Veldsoort] = &[
    v(A, "2.1.a", "Cursisten die de cursus in de meetperiode afrondden of beëindigden"),
    v(A2, "2.1.a.2", "Daarvan met een prestatieafspraak"),
    v(B, "2.1.b", "Cursisten die de cursus in de meetperiode met succes afrondden"),
    v(B2, "2.1.b.2", "Daarvan met een prestatieafspraak"),
    v(C, "2.1.c", "Cursisten met een prestatieafspraak die volgens die afspraak succesvol hadden moeten zijn"),
    v(TvoClienten, "2.1.d.1", "Cursisten aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.1.d.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    v(Omzet, "2.1.e", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    PERSONEN,
];
const NORMEN_1: &[Dienstnorm] = &[chk("2.1.1", INZICHTELIJK), chk("2.1.2", PA_INZICHTELIJK), ber("2.1.3", PA_GEHAALD)];

const VELDEN_2: &[Veldsoort] = &[
    v(A, "2.2.a", "Afgeronde en beëindigde behandel- of begeleidingstrajecten (één per persoon)"),
    v(A2, "2.2.a.2", "Daarvan met een prestatieafspraak"),
    v(B, "2.2.b", "Trajecten die in de meetperiode met succes zijn afgerond"),
    v(B2, "2.2.b.2", "Daarvan met een prestatieafspraak"),
    v(C, "2.2.c", "Trajecten met een prestatieafspraak die volgens die afspraak succesvol hadden moeten zijn"),
    v(TvoClienten, "2.2.d.1", "Cliënten of werknemers aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.2.d.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    v(Omzet, "2.2.e", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    PERSONEN,
];
const NORMEN_2: &[Dienstnorm] = &[chk("2.2.1", INZICHTELIJK), chk("2.2.2", PA_INZICHTELIJK), ber("2.2.3", PA_GEHAALD)];

const VELDEN_3: &[Veldsoort] = &[
    v(A, "2.3.a", "Afgeronde en beëindigde onderzoeken, diagnose- en loopbaanoriëntatietrajecten"),
    v(B, "2.3.b", "Daarvan met succes afgerond"),
    v(Omzet, "2.3.c", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    v(TvoClienten, "2.3.d.1", "Cliënten of werknemers aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.3.d.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    PERSONEN,
];
const NORMEN_3: &[Dienstnorm] = &[chk("2.3.1", INZICHTELIJK)];

// The Handleiding prints "2.4.d.1" twice; the second (opdrachtgevers) is read as 2.4.d.2.
const VELDEN_4: &[Veldsoort] = &[
    v(A, "2.4.a", "Afgeronde en beëindigde advies- en onderzoekstrajecten bij organisaties"),
    v(B, "2.4.b", "Daarvan met succes afgerond"),
    v(Omzet, "2.4.c", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    v(TvoClienten, "2.4.d.1", "Cliënten aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.4.d.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    PERSONEN,
];
const NORMEN_4: &[Dienstnorm] = &[chk("2.4.1", INZICHTELIJK)];

const VELDEN_5: &[Veldsoort] = &[
    v(A, "2.5.a", "Afgeronde en beëindigde jobcoachtrajecten"),
    v(B, "2.5.b", "Daarvan met succes afgerond"),
    e(ErkendeJobcoach, "Daarvan begeleid door een jobcoach met een erkende jobcoachopleiding (voor norm 2.5.2)"),
    v(TvoClienten, "2.5.c.1", "Werknemers aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.5.c.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    v(Omzet, "2.5.d", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    PERSONEN,
];
const NORMEN_5: &[Dienstnorm] = &[
    chk("2.5.1", "Het aantal beëindigde of afgeronde jobcoachtrajecten is inzichtelijk en te controleren"),
    ber("2.5.2", "Ten minste 80% van de afgeronde trajecten is begeleid door een erkend opgeleide jobcoach"),
];

const VELDEN_6: &[Veldsoort] = &[
    v(A, "2.6.a", "Trajecten uitgevoerd in de meetperiode, lopend en afgerond of beëindigd"),
    e(Afgerond, "Daarvan afgerond of beëindigd in de meetperiode (alleen die tellen voor het minimum van vijf)"),
    v(B, "2.6.b", "Daarvan met succes afgerond"),
    v(TvoClienten, "2.6.c.1", "Werknemers aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.6.c.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    v(Omzet, "2.6.d", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    PERSONEN,
];
const NORMEN_6: &[Dienstnorm] = &[chk("2.6.1", INZICHTELIJK)];

// The Handleiding prints "2.7.e." for the werknemers in the TVO; read as 2.7.e.1 beside 2.7.e.2.
const VELDEN_7: &[Veldsoort] = &[
    v(A, "2.7.a", "Beëindigde of afgeronde outplacementtrajecten"),
    v(A2, "2.7.a.2", "Daarvan met een prestatieafspraak"),
    v(B, "2.7.b", "Trajecten uit 2.7.a die met succes zijn afgerond"),
    v(B2, "2.7.b.2", "Daarvan met een prestatieafspraak"),
    v(C, "2.7.c", "Trajecten met een prestatieafspraak die volgens die afspraak succesvol hadden moeten zijn"),
    v(Omzet, "2.7.d", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    v(TvoClienten, "2.7.e.1", "Werknemers aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.7.e.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    PERSONEN,
];
const NORMEN_7: &[Dienstnorm] = &[chk("2.7.1", INZICHTELIJK), chk("2.7.2", PA_INZICHTELIJK), ber("2.7.3", PA_GEHAALD)];

const VELDEN_8: &[Veldsoort] = &[
    v(A, "2.8.a", "Afgeronde en beëindigde werkhervattingstrajecten"),
    v(A2, "2.8.a.2", "Daarvan met een prestatieafspraak"),
    v(B, "2.8.b", "Trajecten uit 2.8.a die met succes zijn afgerond"),
    v(B2, "2.8.b.2", "Daarvan met een prestatieafspraak"),
    v(C, "2.8.c", "Trajecten met een prestatieafspraak die volgens het contract succesvol hadden moeten zijn"),
    v(Omzet, "2.8.d", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    v(TvoClienten, "2.8.e.1", "Werknemers aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.8.e.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    v(
        GarantieWvp,
        "2.8.f",
        "Garantie afgegeven dat wie de adviezen volgt, aan de inspanningsverplichtingen van de Wvp voldoet",
    ),
    PERSONEN,
];
const NORMEN_8: &[Dienstnorm] = &[chk("2.8.1", INZICHTELIJK), chk("2.8.2", PA_INZICHTELIJK), ber("2.8.3", PA_GEHAALD)];

const VELDEN_9: &[Veldsoort] = &[
    v(A, "2.9.a", "Afgeronde en beëindigde re-integratietrajecten"),
    v(A2, "2.9.a.2", "Daarvan met een prestatieafspraak"),
    v(B, "2.9.b", "Re-integratietrajecten die in de meetperiode met succes zijn afgerond"),
    v(B2, "2.9.b.2", "Daarvan met een prestatieafspraak"),
    v(C, "2.9.c", "Trajecten met een prestatieafspraak die volgens die afspraak succesvol hadden moeten zijn"),
    v(WerkGevonden, "2.9.d", "Succesvolle trajecten waarin de deelnemer werk vond"),
    v(Omzet, "2.9.e", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    v(TvoClienten, "2.9.f.1", "Cliënten aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.9.f.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    e(VorigJaarB2, "Vorig jaar: 2.9.b.2 (ter vergelijking, voetnoot 12)"),
    e(VorigJaarC, "Vorig jaar: 2.9.c (ter vergelijking, voetnoot 12)"),
    PERSONEN,
];
const NORMEN_9: &[Dienstnorm] = &[chk("2.9.1", INZICHTELIJK), chk("2.9.2", PA_INZICHTELIJK), ber("2.9.3", PA_GEHAALD)];

// 2.10.d asks again for the trajecten with a Prestatieafspraak: the same number as 2.10.a.2, so
// one input serves both (SPEC A3 [keuze]).
const VELDEN_10: &[Veldsoort] = &[
    v(A, "2.10.a", "Afgeronde en beëindigde trajecten, plus lopende trajecten van onbepaalde duur (minstens drie maanden in deze meetperiode)"),
    e(Afgerond, "Daarvan afgerond of beëindigd, zonder de lopende trajecten (alleen die tellen voor het minimum van vijf)"),
    v(A2, "2.10.a.2", "Daarvan met een prestatieafspraak (dit is ook 2.10.d)"),
    v(B, "2.10.b", "Trajecten uit 2.10.a die met succes zijn afgerond, plus lopende trajecten van onbepaalde duur die succesvol verlopen"),
    v(B2, "2.10.b.2", "Daarvan met een prestatieafspraak"),
    v(C, "2.10.c", "Trajecten met een prestatieafspraak die volgens die afspraak succesvol hadden moeten zijn"),
    v(Omzet, "2.10.e", "Omzet uit deze Dienst (u mag de jaaromzet van het vorige boekjaar invullen)"),
    v(TvoClienten, "2.10.f.1", "Cliënten aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.10.f.2", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    e(Gegeven::Ladder, "Prestatieafspraak op een participatieladder: treden per cliënt of gemiddeld (§3.13)"),
    PERSONEN,
];
const NORMEN_10: &[Dienstnorm] =
    &[chk("2.10.1", INZICHTELIJK), chk("2.10.2", PA_INZICHTELIJK), ber("2.10.3", PA_GEHAALD)];

// The Handleiding numbers the omzet of Dienst 11 "2.12.j"; read as 2.11.j.
const VELDEN_11: &[Veldsoort] = &[
    v(Bevestiging(0), "2.11.a", "Elke interventie is concreet beschreven en schriftelijk onderbouwd"),
    v(Bevestiging(1), "2.11.b", "Elke interventie heeft een procesbeschrijving: voorbereiding, uitvoering, evaluatie, en betrokkenheid van management en OR"),
    v(Bevestiging(2), "2.11.c", "De organisatie heeft een openbare visie op duurzame inzetbaarheid"),
    v(Bevestiging(3), "2.11.d", "Wie een functie heeft met een erkend functieprofiel, voldoet aan dat profiel"),
    v(Bevestiging(4), "2.11.e", "Tot een persoon herleidbare uitkomsten gaan alleen naar die persoon zelf"),
    v(Bevestiging(5), "2.11.f", "Elke deelnemer is gewezen op zijn rechten en plichten bij de gegevensverwerking"),
    e(Contracten, "Aantal contracten in de meetperiode (de basis van 2.11.g)"),
    e(Afgerond, "Afgeronde trajecten in de meetperiode (voor het minimum van vijf; contracten tellen daar niet mee)"),
    v(ContractenMeetbaar, "2.11.g", "Daarvan met een concrete, meetbare afspraak over de doelen"),
    v(GemiddeldeKosten, "2.11.h", "Gemiddelde kosten per interventie per werknemer"),
    v(Prijs, "2.11.i", "Gemiddelde prijs per interventie per werknemer"),
    v(Omzet, "2.11.j", "Omzet met de in de meetperiode afgeronde trajecten en contracten"),
    v(TvoClienten, "2.11.k.a", "Werknemers aangemeld voor het tevredenheidsonderzoek"),
    v(TvoOpdrachtgevers, "2.11.k.b", "Opdrachtgevers aangemeld voor het tevredenheidsonderzoek"),
    PERSONEN,
];
const NORMEN_11: &[Dienstnorm] = &[ber(
    "2.11.1",
    "Ten minste 80% van de contracten heeft een concrete, meetbare afspraak over de doelen, en 2.11.a–f zijn bevestigd",
)];

const VELDEN_12: &[Veldsoort] = &[
    e(Trajecten, "Aantal trajecten binnen Supported Employment"),
    e(NvsOpgeleid, "Daarvan begeleid door een medewerker opgeleid bij de NVS (of SUEM.Be)"),
    v(SeqfDatum, "2.12.1", "Datum van het SEQF self-assessment"),
    e(Omzet, "Omzet uit deze Dienst"),
    PERSONEN,
];
const NORMEN_12: &[Dienstnorm] = &[ber(
    "2.12",
    "Ten minste 50% van de trajecten begeleid door een NVS-opgeleide medewerker, en een SEQF self-assessment van hoogstens drie jaar oud",
)];

/// The twelve Diensten of §3.1, with their fields (§3.4–§3.15) and norms.
pub const DIENSTEN: [Dienstsoort; 12] = [
    Dienstsoort {
        nummer: 1,
        naam: "Scholing, opleiding en training",
        paragraaf: "§3.4",
        omschrijving: "Kennis en vaardigheden bijbrengen die nodig zijn voor werk, van een losse workshop tot een opleiding van een jaar.",
        velden: VELDEN_1,
        normen: NORMEN_1,
    },
    Dienstsoort {
        nummer: 2,
        naam: "Fysieke of psychologische behandeling of begeleiding",
        paragraaf: "§3.5",
        omschrijving: "Iemand met een lichamelijke of psychische beperking behandelen of begeleiden tot die weer (deels) kan werken.",
        velden: VELDEN_2,
        normen: NORMEN_2,
    },
    Dienstsoort {
        nummer: 3,
        naam: "Diagnose, onderzoek en loopbaanoriëntatie",
        paragraaf: "§3.6",
        omschrijving: "Vaststellen hoe iemand ervoor staat en welke mogelijkheden op werk er zijn.",
        velden: VELDEN_3,
        normen: NORMEN_3,
    },
    Dienstsoort {
        nummer: 4,
        naam: "Organisatieadvies en onderzoek",
        paragraaf: "§3.7",
        omschrijving: "Advies aan of onderzoek bij een organisatie, afdeling of groep, niet bij één persoon.",
        velden: VELDEN_4,
        normen: NORMEN_4,
    },
    Dienstsoort {
        nummer: 5,
        naam: "Jobcoaching",
        paragraaf: "§3.8",
        omschrijving: "Begeleiding die een bestaande arbeidsrelatie helpt behouden.",
        velden: VELDEN_5,
        normen: NORMEN_5,
    },
    Dienstsoort {
        nummer: 6,
        naam: "Verzuimbegeleiding (Wet verbetering poortwachter)",
        paragraaf: "§3.9",
        omschrijving: "Werkgevers helpen zieke werknemers te begeleiden volgens de Wvp; langdurige re-integratie valt onder Dienst 8.",
        velden: VELDEN_6,
        normen: NORMEN_6,
    },
    Dienstsoort {
        nummer: 7,
        naam: "Outplacement",
        paragraaf: "§3.10",
        omschrijving: "Werknemers die hun baan (dreigen te) verliezen zonder gezondheidsklacht, naar nieuw werk of een eigen bedrijf.",
        velden: VELDEN_7,
        normen: NORMEN_7,
    },
    Dienstsoort {
        nummer: 8,
        naam: "Toeleiden van werk naar werk (eerste en tweede spoor Wvp)",
        paragraaf: "§3.11",
        omschrijving: "Een zieke werknemer terug naar het eigen werk of ander werk helpen (werkhervattingstrajecten).",
        velden: VELDEN_8,
        normen: NORMEN_8,
    },
    Dienstsoort {
        nummer: 9,
        naam: "Toeleiden naar werk vanuit situatie geen werk",
        paragraaf: "§3.12",
        omschrijving: "Werkzoekenden en mensen met een uitkering aan werk helpen: een baan, een eigen bedrijf of gesubsidieerd werk.",
        velden: VELDEN_9,
        normen: NORMEN_9,
    },
    Dienstsoort {
        nummer: 10,
        naam: "Sociale activering en participatie",
        paragraaf: "§3.13",
        omschrijving: "Mensen in een sociale achterstandspositie laten meedoen en hun kansen op (later) werk vergroten.",
        velden: VELDEN_10,
        normen: NORMEN_10,
    },
    Dienstsoort {
        nummer: 11,
        naam: "Duurzame inzetbaarheid",
        paragraaf: "§3.14",
        omschrijving: "Interventies die werknemers gezond, toegerust, gemotiveerd en van waarde voor hun werk houden.",
        velden: VELDEN_11,
        normen: NORMEN_11,
    },
    Dienstsoort {
        nummer: 12,
        naam: "Supported Employment",
        paragraaf: "§3.15",
        omschrijving: "Mensen met een (arbeids)beperking volgens het Supported Employment-model naar betaald werk op de open arbeidsmarkt helpen en daar blijven steunen.",
        velden: VELDEN_12,
        normen: NORMEN_12,
    },
];

pub fn dienstsoort(nummer: u8) -> Option<&'static Dienstsoort> {
    DIENSTEN.iter().find(|d| d.nummer == nummer)
}

/// Whom a Dienst surveys, in the Dienst's own word ("cursisten", "werknemers", "cliënten of
/// werknemers"), taken from its field for the tevredenheidsonderzoek; "cliënten" when it has none.
pub fn wie_tevredenheid(nummer: u8) -> String {
    dienstsoort(nummer)
        .and_then(|d| d.veld(Gegeven::TvoClienten))
        .and_then(|v| v.label.split_once(" aangemeld"))
        .map_or_else(|| "cliënten".to_string(), |(wie, _)| crate::domain::tekst::met_kleine_letter(wie))
}

// ---------------------------------------------------------------------------------------------
// Which Dienst fits a traject (§3.1 "Hoe wordt de Dienst bepaald")
// ---------------------------------------------------------------------------------------------

/// One answer to "what must the traject finally achieve?", and the Dienst it leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Einddoel {
    pub id: &'static str,
    pub antwoord: &'static str,
    pub dienst: u8,
}

pub const EINDDOELVRAAG: &str = "Wat moet het traject uiteindelijk opleveren?";

/// The rule behind the helper, in our own words (§3.1).
pub const EINDDOEL_TOELICHTING: &str = "Een traject telt bij precies één Dienst: die van zijn \
    einddoel. Zit er in een traject dat op werk gericht is ook een diagnose of een training, dan \
    telt het geheel bij het einddoel (werk). Volgt iemand alleen een training, dan telt die training. \
    Is het doel onderweg met de opdrachtgever bijgesteld, dan telt het laatst vastgestelde doel; \
    bewaar de brieven of e-mails waaruit dat blijkt.";

pub const EINDDOELEN: &[Einddoel] = &[
    Einddoel { id: "werk-vanuit-geen-werk", antwoord: "Een werkzoekende of iemand met een uitkering heeft werk: een baan, een eigen bedrijf of gesubsidieerd werk", dienst: 9 },
    Einddoel { id: "ander-werk-na-ontslag", antwoord: "Een werknemer die zijn baan verliest of dreigt te verliezen, zonder gezondheidsklacht, heeft nieuw werk of een eigen bedrijf", dienst: 7 },
    Einddoel { id: "werkhervatting-ziekte", antwoord: "Een zieke werknemer is terug in het eigen of ander werk (eerste of tweede spoor, ook bij langdurig verzuim en een plan van aanpak)", dienst: 8 },
    Einddoel { id: "verzuimbegeleiding", antwoord: "Een werkgever is geholpen bij de begeleiding van zieke werknemers volgens de Wet verbetering poortwachter", dienst: 6 },
    Einddoel { id: "arbeidsrelatie-behouden", antwoord: "Een werknemer houdt zijn baan dankzij begeleiding op of rond de werkplek", dienst: 5 },
    Einddoel { id: "kennis", antwoord: "Iemand heeft kennis of vaardigheden geleerd in een cursus, training of opleiding (zonder verder traject naar werk)", dienst: 1 },
    Einddoel { id: "behandeling", antwoord: "Iemand met een lichamelijke of psychische beperking is zo behandeld of begeleid dat die weer (deels) kan werken", dienst: 2 },
    Einddoel { id: "diagnose", antwoord: "Het is duidelijk hoe iemand ervoor staat en welke mogelijkheden op werk er zijn", dienst: 3 },
    Einddoel { id: "organisatieadvies", antwoord: "Een organisatie, afdeling of groep heeft een advies of onderzoek gekregen", dienst: 4 },
    Einddoel { id: "participatie", antwoord: "Iemand in een sociale achterstandspositie doet meer mee of komt dichter bij werk (ook bij doorplaatsing naar een sociaal ontwikkelbedrijf direct na de intake)", dienst: 10 },
    Einddoel { id: "duurzame-inzetbaarheid", antwoord: "Werknemers blijven gezond, toegerust en gemotiveerd voor hun werk", dienst: 11 },
    Einddoel { id: "supported-employment", antwoord: "Iemand met een (arbeids)beperking heeft volgens het Supported Employment-model betaald werk op de open arbeidsmarkt en houdt dat", dienst: 12 },
];

/// The Dienst for an einddoel id of `EINDDOELEN`.
pub fn dienst_bij_einddoel(id: &str) -> Option<u8> {
    EINDDOELEN.iter().find(|e| e.id == id).map(|e| e.dienst)
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// What the user enters for one Dienst. Fields a Dienst does not have (see `DIENSTEN`) are
/// ignored. Every field has a default, so an older or partial dossier still loads.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DienstInvoer {
    /// 1–12.
    pub nummer: u8,
    pub a: Option<u64>,
    pub a2: Option<u64>,
    pub b: Option<u64>,
    pub b2: Option<u64>,
    pub c: Option<u64>,
    /// Dienst 9 (2.9.d): succesvol with "werk gevonden".
    pub d: Option<u64>,
    pub tvo_clienten: Option<u64>,
    pub tvo_opdrachtgevers: Option<u64>,
    pub verschillende_personen: Option<u64>,
    /// Diensten 6, 10 and 11: the afgeronde trajecten alone (`Gegeven::Afgerond`).
    pub afgerond: Option<u64>,
    pub omzet: Option<Decimal>,
    /// Dienst 5: trajecten begeleid by a jobcoach with an erkende opleiding.
    pub begeleid_erkende_jobcoach: Option<u64>,
    /// Dienst 8 (2.8.f).
    pub garantie_wvp: Option<bool>,
    /// Dienst 11: 2.11.a–f; `None` = not answered yet.
    pub bevestigingen: [Option<bool>; 6],
    /// Dienst 11.
    pub contracten: Option<u64>,
    pub contracten_meetbaar: Option<u64>,
    pub gemiddelde_kosten: Option<Decimal>,
    pub prijs: Option<Decimal>,
    /// Dienst 12.
    pub trajecten: Option<u64>,
    pub nvs_opgeleid: Option<u64>,
    pub seqf_datum: Option<NaiveDate>,
    /// Dienst 9, footnote 12.
    pub vorig_jaar_b2: Option<u64>,
    pub vorig_jaar_c: Option<u64>,
    /// Dienst 10.
    pub ladder: Option<Ladder>,
}

/// The afgeronde trajecten that count for the minimum of five (§3.1, §6.1.1): field a where it
/// counts only afgeronde and beëindigde trajecten; the separate afgeronde number where a also
/// counts lopende trajecten (Diensten 6 and 10) or the Dienst reports contracten, which are not
/// trajecten (Dienst 11); the trajecten of Dienst 12.
pub fn afgeronde_trajecten(d: &DienstInvoer) -> Option<u64> {
    match basis_gegeven(d.nummer) {
        Afgerond => d.afgerond,
        Trajecten => d.trajecten,
        _ => d.a,
    }
}

/// The input `afgeronde_trajecten` reads for Dienst `nummer`.
pub fn basis_gegeven(nummer: u8) -> Gegeven {
    match nummer {
        6 | 10 | 11 => Afgerond,
        12 => Trajecten,
        _ => A,
    }
}

// ---------------------------------------------------------------------------------------------
// Consistency
// ---------------------------------------------------------------------------------------------

/// Something wrong with what was typed, shown at its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invoerfout {
    /// The field, e.g. `d1-b2`.
    pub veld: ZelftoetsVeld,
    /// Dutch, e.g. "2.1.b.2 kan niet groter zijn dan 2.1.b (12 > 10)."
    pub melding: String,
}

/// An `Invoerfout` with the inputs it involves, so a norm knows whether it is affected.
struct Fout {
    fout: Invoerfout,
    betrokken: [Option<Gegeven>; 2],
}

impl Fout {
    fn raakt(&self, gegevens: &[Gegeven]) -> bool {
        self.betrokken.iter().flatten().any(|g| gegevens.contains(g))
    }
}

/// Money: not negative, and at most whole cents.
pub fn bedrag_fout(bedrag: Decimal) -> Option<&'static str> {
    if bedrag.is_sign_negative() && !bedrag.is_zero() {
        Some("kan niet negatief zijn")
    } else if bedrag.normalize().scale() > 2 {
        Some("heeft hoogstens twee decimalen (hele centen)")
    } else {
        None
    }
}

fn fouten(d: &DienstInvoer) -> Vec<Fout> {
    let n = d.nummer;
    let Some(soort) = dienstsoort(n) else {
        return vec![Fout {
            fout: Invoerfout {
                veld: ZelftoetsVeld::Dienstnummer(n),
                melding: format!("Dienst {n} bestaat niet; kies een Dienst van 1 tot en met 12."),
            },
            betrokken: [None, None],
        }];
    };
    let mut uit = Vec::new();
    // `links` may not exceed `rechts`; the finding stands at `links`, the number that is too big
    // for the number it is part of.
    let mut niet_groter = |links: Gegeven, l: Option<u64>, rechts: Gegeven, r: Option<u64>| {
        if !(soort.heeft(links) && soort.heeft(rechts)) {
            return;
        }
        if let (Some(l), Some(r)) = (l, r) {
            if l > r {
                uit.push(Fout {
                    fout: Invoerfout {
                        veld: veld_id(n, links),
                        melding: format!(
                            "{} kan niet groter zijn dan {} ({l} > {r}).",
                            met_hoofdletter(&soort.aanduiding(links)),
                            soort.aanduiding(rechts)
                        ),
                    },
                    betrokken: [Some(links), Some(rechts)],
                });
            }
        }
    };
    niet_groter(A2, d.a2, A, d.a);
    niet_groter(B, d.b, A, d.a);
    niet_groter(B2, d.b2, B, d.b);
    niet_groter(B2, d.b2, A2, d.a2);
    niet_groter(C, d.c, A2, d.a2);
    niet_groter(WerkGevonden, d.d, B, d.b);
    niet_groter(TvoClienten, d.tvo_clienten, A, d.a);
    niet_groter(TvoOpdrachtgevers, d.tvo_opdrachtgevers, A, d.a);
    niet_groter(Afgerond, d.afgerond, A, d.a);
    // The persons are counted among the afgeronde trajecten: against that number where the
    // Dienst asks it and it is given, else against a.
    if basis_gegeven(n) == Afgerond && d.afgerond.is_some() {
        niet_groter(VerschillendePersonen, d.verschillende_personen, Afgerond, d.afgerond);
    } else {
        niet_groter(VerschillendePersonen, d.verschillende_personen, A, d.a);
    }
    niet_groter(ErkendeJobcoach, d.begeleid_erkende_jobcoach, A, d.a);
    niet_groter(ContractenMeetbaar, d.contracten_meetbaar, Contracten, d.contracten);
    niet_groter(NvsOpgeleid, d.nvs_opgeleid, Trajecten, d.trajecten);
    niet_groter(VerschillendePersonen, d.verschillende_personen, Trajecten, d.trajecten);

    for (gegeven, bedrag) in [(Omzet, d.omzet), (GemiddeldeKosten, d.gemiddelde_kosten), (Prijs, d.prijs)] {
        if !soort.heeft(gegeven) {
            continue;
        }
        if let Some(reden) = bedrag.and_then(bedrag_fout) {
            uit.push(Fout {
                fout: Invoerfout {
                    veld: veld_id(n, gegeven),
                    melding: format!("{} {reden}.", met_hoofdletter(&soort.aanduiding(gegeven))),
                },
                betrokken: [Some(gegeven), None],
            });
        }
    }
    uit
}

/// Every inconsistency in the numbers of one Dienst (SPEC A3): a.2 ≤ a, b ≤ a, b.2 ≤ b,
/// b.2 ≤ a.2, c ≤ a.2, TVO-aangemeld ≤ a, verschillende personen ≤ a, and the like for the
/// added inputs; money ≥ 0 in whole cents. Only fields the Dienst has are checked.
pub fn consistentie(d: &DienstInvoer) -> Vec<Invoerfout> {
    fouten(d).into_iter().map(|f| f.fout).collect()
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/// The share a Prestatieafspraak must reach (2.x.3), jobcoaching (2.5.2) and 2.11.g: 80%.
pub const NORM_PROCENT: u64 = 80;
/// Norm 2.12: trajecten begeleid by an NVS-opgeleide medewerker.
pub const NVS_PROCENT: u64 = 50;
/// Norm 2.12 (2.12.1): the SEQF self-assessment may be at most this many years old.
pub const SEQF_JAREN: u32 = 3;
/// The minimum of five (§3.1, §6.1.1).
pub const MINIMUM_TRAJECTEN: u64 = 5;

fn procent_tekst(teller: u64, noemer: u64) -> String {
    procent(teller, noemer).map_or_else(|| "—".to_string(), |p| format!("{}%", nl_kort(p, 2)))
}

fn breuk(teller: u64, noemer: u64) -> String {
    format!("{teller} / {noemer} × 100% = {}", procent_tekst(teller, noemer))
}

fn getal(waarde: Option<u64>) -> String {
    waarde.map_or_else(|| "niet ingevuld".to_string(), |w| w.to_string())
}

fn foutmelding(fouten: &[&Fout]) -> String {
    let meldingen: Vec<&str> = fouten.iter().map(|f| f.fout.melding.as_str()).collect();
    format!("Niet te beoordelen zolang de invoer niet klopt: {}", meldingen.join(" "))
}

fn deel(status: Status, melding: impl Into<String>, veld: Option<ZelftoetsVeld>) -> Deel {
    Deel { status, melding: melding.into(), veld }
}

fn bron(code: &str, paragraaf: &str) -> String {
    format!("norm {code}, {paragraaf}")
}

// ---------------------------------------------------------------------------------------------
// Checklist items (2.x.1, 2.x.2, 2.5.1)
// ---------------------------------------------------------------------------------------------

fn checklist(
    soort: &Dienstsoort,
    norm: &Dienstnorm,
    handmatig: &BTreeMap<String, Status>,
    fouten: &[&Fout],
) -> Normuitkomst {
    let antwoord = handmatig.get(norm.code).copied().unwrap_or_default();
    let veld = ZelftoetsVeld::Checklist(norm.code);
    // Numbers that contradict each other are not "inzichtelijk en verifieerbaar": a "voldoet"
    // waits until they are fixed; the user's own "voldoet niet" stands.
    let (status, melding, veld) = if !fouten.is_empty() && antwoord != Status::VoldoetNiet {
        (Status::Onbekend, foutmelding(fouten), fouten.first().map(|f| f.fout.veld))
    } else {
        let melding = super::uw_beoordeling(antwoord, norm.omschrijving);
        (antwoord, melding, Some(veld))
    };
    Normuitkomst {
        code: norm.code.to_string(),
        hoofdnorm: 2,
        dienst: Some(soort.nummer),
        status,
        materieel: false,
        melding,
        uitleg: Uitleg {
            formule: format!("uw beoordeling: {}", crate::domain::tekst::met_kleine_letter(norm.omschrijving)),
            berekening: format!("uw antwoord: {}", antwoord.naam()),
            norm: None,
            bron: bron(norm.code, soort.paragraaf),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// 2.x.3: b.2 / c ≥ 80% (Diensten 1, 2, 7, 8, 9, 10)
// ---------------------------------------------------------------------------------------------

fn norm_prestatie(soort: &Dienstsoort, d: &DienstInvoer, fouten: &[&Fout]) -> Normuitkomst {
    let n = soort.nummer;
    let code = format!("2.{n}.3");
    let (ta2, tb2, tc) = (soort.aanduiding(A2), soort.aanduiding(B2), soort.aanduiding(C));
    let geraakt: Vec<&Fout> = fouten.iter().copied().filter(|f| f.raakt(&[A2, B2, C])).collect();
    let (status, melding, veld) = if !geraakt.is_empty() {
        (Status::Onbekend, foutmelding(&geraakt), geraakt.first().map(|f| f.fout.veld))
    } else {
        match (d.a2, d.b2, d.c) {
            (None, _, _) => (
                Status::Onbekend,
                format!("Vul {ta2} in: het aantal trajecten met een prestatieafspraak."),
                Some(veld_id(n, A2)),
            ),
            (Some(0), _, _) => (
                Status::NietVanToepassing,
                format!("Geen trajecten met een prestatieafspraak ({ta2} = 0): deze norm geldt dan niet."),
                Some(veld_id(n, A2)),
            ),
            (Some(_), None, _) => (
                Status::Onbekend,
                format!("Vul {tb2} in: de succesvolle trajecten met een prestatieafspraak."),
                Some(veld_id(n, B2)),
            ),
            (Some(_), _, None) => (
                Status::Onbekend,
                format!("Vul {tc} in: hoeveel trajecten volgens de prestatieafspraak succesvol hadden moeten zijn."),
                Some(veld_id(n, C)),
            ),
            (Some(a2), Some(_), Some(0)) => (
                Status::Onbekend,
                format!(
                    "Niet te berekenen: {tc} is 0 terwijl {ta2} {a2} trajecten met een prestatieafspraak telt. \
                     Vul {tc} in: hoeveel daarvan volgens de afspraak succesvol hadden moeten zijn."
                ),
                Some(veld_id(n, C)),
            ),
            (Some(_), Some(b2), Some(c)) => {
                let p = procent_tekst(b2, c);
                if minstens_procent(b2, c, NORM_PROCENT) {
                    (
                        Status::Voldoet,
                        format!(
                            "Van de {c} trajecten die volgens de prestatieafspraak moesten slagen, {} er {b2} \
                             geslaagd ({p}): dat is ten minste 80%.",
                            if b2 == 1 { "is" } else { "zijn" }
                        ),
                        Some(veld_id(n, B2)),
                    )
                } else {
                    (
                        Status::VoldoetNiet,
                        format!(
                            "Van de {c} trajecten die volgens de prestatieafspraak moesten slagen, {} er {b2} \
                             geslaagd ({p}): minder dan de vereiste 80%.",
                            if b2 == 1 { "is" } else { "zijn" }
                        ),
                        Some(veld_id(n, B2)),
                    )
                }
            }
        }
    };
    let mut berekening = match (d.b2, d.c) {
        (Some(b2), Some(c)) if c > 0 => breuk(b2, c),
        _ => format!("{ta2} = {}; {tb2} = {}; {tc} = {}", getal(d.a2), getal(d.b2), getal(d.c)),
    };
    // Footnote 12: the auditor also looks at last year's result. It is shown, never counted.
    if n == 9 {
        match (d.vorig_jaar_b2, d.vorig_jaar_c) {
            (Some(b2), Some(c)) if c > 0 => berekening.push_str(&format!(
                "; vorig jaar ter vergelijking (voetnoot 12, telt niet mee in deze uitkomst): {}",
                breuk(b2, c)
            )),
            (Some(b2), Some(c)) => berekening
                .push_str(&format!("; vorig jaar ter vergelijking (voetnoot 12): {b2} / {c}, niet te berekenen")),
            _ => {}
        }
    }
    Normuitkomst {
        code: code.clone(),
        hoofdnorm: 2,
        dienst: Some(n),
        status,
        materieel: false,
        melding,
        uitleg: Uitleg {
            formule: format!("{tb2} / {tc} × 100%"),
            berekening,
            norm: Some("ten minste 80% (meer dan 100% kan)".to_string()),
            bron: bron(&code, soort.paragraaf),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// 2.5.2: erkende jobcoach / a ≥ 80%
// ---------------------------------------------------------------------------------------------

fn norm_2_5_2(soort: &Dienstsoort, d: &DienstInvoer, fouten: &[&Fout]) -> Normuitkomst {
    let n = soort.nummer;
    let ta = soort.aanduiding(A);
    let geraakt: Vec<&Fout> = fouten.iter().copied().filter(|f| f.raakt(&[A, ErkendeJobcoach])).collect();
    let (status, melding, veld) = if !geraakt.is_empty() {
        (Status::Onbekend, foutmelding(&geraakt), geraakt.first().map(|f| f.fout.veld))
    } else {
        match (d.a, d.begeleid_erkende_jobcoach) {
            (None, _) => {
                (Status::Onbekend, format!("Vul {ta} in: de afgeronde jobcoachtrajecten."), Some(veld_id(n, A)))
            }
            (Some(0), _) => (
                Status::NietVanToepassing,
                "Geen afgeronde jobcoachtrajecten: er valt niets te beoordelen.".to_string(),
                Some(veld_id(n, A)),
            ),
            (Some(_), None) => (
                Status::Onbekend,
                "Vul in hoeveel trajecten begeleid zijn door een jobcoach met een erkende opleiding.".to_string(),
                Some(veld_id(n, ErkendeJobcoach)),
            ),
            (Some(a), Some(j)) => {
                let p = procent_tekst(j, a);
                if minstens_procent(j, a, NORM_PROCENT) {
                    (
                        Status::Voldoet,
                        format!("{j} van de {a} trajecten begeleid door een erkend opgeleide jobcoach ({p}): ten minste 80%."),
                        Some(veld_id(n, ErkendeJobcoach)),
                    )
                } else {
                    (
                        Status::VoldoetNiet,
                        format!("{j} van de {a} trajecten begeleid door een erkend opgeleide jobcoach ({p}): minder dan 80%."),
                        Some(veld_id(n, ErkendeJobcoach)),
                    )
                }
            }
        }
    };
    let berekening = match (d.begeleid_erkende_jobcoach, d.a) {
        (Some(j), Some(a)) if a > 0 => breuk(j, a),
        (j, a) => format!("erkende jobcoach = {}; {ta} = {}", getal(j), getal(a)),
    };
    Normuitkomst {
        code: "2.5.2".to_string(),
        hoofdnorm: 2,
        dienst: Some(n),
        status,
        materieel: false,
        melding,
        uitleg: Uitleg {
            formule: format!("begeleid door een erkend opgeleide jobcoach / {ta} × 100%"),
            berekening,
            norm: Some("ten minste 80%".to_string()),
            bron: format!("norm 2.5.2, {} (voetnoot 11: erkend door Noloc, NVS of UWV)", soort.paragraaf),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// 2.11.1: meetbare afspraak in ≥ 80% of the contracten, and 2.11.a–f confirmed
// ---------------------------------------------------------------------------------------------

fn norm_2_11_1(soort: &Dienstsoort, d: &DienstInvoer, fouten: &[&Fout]) -> Normuitkomst {
    let n = soort.nummer;
    let mut delen = Vec::new();
    if !fouten.is_empty() {
        delen.push(deel(Status::Onbekend, foutmelding(fouten), fouten.first().map(|f| f.fout.veld)));
    }
    let getallen_kloppen = !fouten.iter().any(|f| f.raakt(&[Contracten, ContractenMeetbaar]));
    delen.extend(getallen_kloppen.then(|| match (d.contracten, d.contracten_meetbaar) {
        (None, _) => deel(Status::Onbekend, "Vul het aantal contracten in.", Some(veld_id(n, Contracten))),
        (Some(0), _) => deel(
            Status::NietVanToepassing,
            "Geen contracten in de meetperiode: het deel over meetbare afspraken geldt niet.",
            Some(veld_id(n, Contracten)),
        ),
        (Some(_), None) => deel(
            Status::Onbekend,
            "Vul 2.11.g in: de contracten met een concrete, meetbare afspraak.",
            Some(veld_id(n, ContractenMeetbaar)),
        ),
        (Some(k), Some(m)) => {
            let p = procent_tekst(m, k);
            if minstens_procent(m, k, NORM_PROCENT) {
                deel(
                    Status::Voldoet,
                    format!("{m} van de {k} contracten hebben een meetbare afspraak ({p})."),
                    Some(veld_id(n, ContractenMeetbaar)),
                )
            } else {
                deel(
                    Status::VoldoetNiet,
                    format!("{m} van de {k} contracten hebben een meetbare afspraak ({p}): minder dan 80%."),
                    Some(veld_id(n, ContractenMeetbaar)),
                )
            }
        }
    }));
    let letters = ["a", "b", "c", "d", "e", "f"];
    let nee: Vec<usize> = (0..6).filter(|i| d.bevestigingen.get(*i).copied().flatten() == Some(false)).collect();
    let open: Vec<usize> = (0..6).filter(|i| d.bevestigingen.get(*i).copied().flatten().is_none()).collect();
    let namen = |idx: &[usize]| -> String {
        idx.iter().filter_map(|i| letters.get(*i)).map(|l| format!("2.11.{l}")).collect::<Vec<_>>().join(", ")
    };
    if !nee.is_empty() {
        delen.push(deel(
            Status::VoldoetNiet,
            format!("Niet bevestigd: {}.", namen(&nee)),
            nee.first().map(|i| veld_id(n, Bevestiging(*i as u8))),
        ));
    }
    if !open.is_empty() {
        delen.push(deel(
            Status::Onbekend,
            format!("Nog niet beantwoord: {}.", namen(&open)),
            open.first().map(|i| veld_id(n, Bevestiging(*i as u8))),
        ));
    }
    if nee.is_empty() && open.is_empty() {
        delen.push(deel(Status::Voldoet, "2.11.a–f zijn alle bevestigd.", None));
    }
    let (status, melding, veld) = combineer(delen, Beleid::AllesBijVoldaan);
    let antwoorden: Vec<String> = letters
        .iter()
        .zip(d.bevestigingen.iter())
        .map(|(l, b)| {
            format!(
                "{l}: {}",
                match b {
                    Some(true) => "ja",
                    Some(false) => "nee",
                    None => "open",
                }
            )
        })
        .collect();
    let verhouding = match (d.contracten_meetbaar, d.contracten) {
        (Some(m), Some(k)) if k > 0 => breuk(m, k),
        (m, k) => format!("meetbaar = {}; contracten = {}", getal(m), getal(k)),
    };
    Normuitkomst {
        code: "2.11.1".to_string(),
        hoofdnorm: 2,
        dienst: Some(n),
        status,
        materieel: false,
        melding,
        uitleg: Uitleg {
            formule: "contracten met meetbare afspraak / contracten × 100%, en 2.11.a–f alle ja".to_string(),
            berekening: format!("{verhouding}; bevestigingen {}", antwoorden.join(", ")),
            norm: Some("ten minste 80%, en elke bevestiging ja".to_string()),
            bron: bron("2.11.1", soort.paragraaf),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// 2.12: NVS-opgeleid ≥ 50%, SEQF self-assessment at most three years old
// ---------------------------------------------------------------------------------------------

/// The earliest SEQF date still in time: the same day three years before the peildatum.
pub fn vroegste_seqf(peildatum: NaiveDate) -> Option<NaiveDate> {
    peildatum.checked_sub_months(Months::new(SEQF_JAREN * 12))
}

fn norm_2_12(soort: &Dienstsoort, d: &DienstInvoer, profiel: &Profiel, fouten: &[&Fout]) -> Normuitkomst {
    let n = soort.nummer;
    let mut delen = Vec::new();
    if !fouten.is_empty() {
        delen.push(deel(Status::Onbekend, foutmelding(fouten), fouten.first().map(|f| f.fout.veld)));
    }
    let getallen_kloppen = !fouten.iter().any(|f| f.raakt(&[Trajecten, NvsOpgeleid]));
    delen.extend(getallen_kloppen.then(|| match (d.trajecten, d.nvs_opgeleid) {
        (None, _) => deel(Status::Onbekend, "Vul het aantal trajecten in.", Some(veld_id(n, Trajecten))),
        (Some(0), _) => deel(
            Status::NietVanToepassing,
            "Geen trajecten: het deel over NVS-opgeleide begeleiders geldt niet.",
            Some(veld_id(n, Trajecten)),
        ),
        (Some(_), None) => deel(
            Status::Onbekend,
            "Vul in hoeveel trajecten begeleid zijn door een NVS-opgeleide medewerker.",
            Some(veld_id(n, NvsOpgeleid)),
        ),
        (Some(t), Some(v)) => {
            let p = procent_tekst(v, t);
            if minstens_procent(v, t, NVS_PROCENT) {
                deel(
                    Status::Voldoet,
                    format!("{v} van de {t} trajecten met een NVS-opgeleide begeleider ({p}): ten minste 50%."),
                    Some(veld_id(n, NvsOpgeleid)),
                )
            } else {
                deel(
                    Status::VoldoetNiet,
                    format!("{v} van de {t} trajecten met een NVS-opgeleide begeleider ({p}): minder dan 50%."),
                    Some(veld_id(n, NvsOpgeleid)),
                )
            }
        }
    }));
    let seqf_veld = Some(veld_id(n, SeqfDatum));
    delen.push(match (d.seqf_datum, profiel.peildatum) {
        (None, _) => deel(Status::Onbekend, "Vul de datum van het SEQF self-assessment in.", seqf_veld),
        (Some(_), None) => deel(
            Status::Onbekend,
            "Vul de peildatum in (de datum van de audit, of voor een aspirant de datum van aanmelding): \
             daaraan wordt de leeftijd van het SEQF self-assessment gemeten.",
            Some(ZelftoetsVeld::PEILDATUM),
        ),
        (Some(s), Some(p)) if s > p => deel(
            Status::Onbekend,
            format!(
                "De datum van het SEQF self-assessment ({}) ligt na de peildatum ({}); controleer beide datums.",
                lange_datum(s),
                lange_datum(p)
            ),
            seqf_veld,
        ),
        (Some(s), Some(p)) => match vroegste_seqf(p) {
            Some(grens) if s < grens => deel(
                Status::VoldoetNiet,
                format!(
                    "Het SEQF self-assessment van {} is op de peildatum ouder dan drie jaar (vroegst toegestaan: {}).",
                    lange_datum(s),
                    lange_datum(grens)
                ),
                seqf_veld,
            ),
            _ => deel(
                Status::Voldoet,
                format!("Het SEQF self-assessment van {} is op de peildatum hoogstens drie jaar oud.", lange_datum(s)),
                seqf_veld,
            ),
        },
    });
    let (status, melding, veld) = combineer(delen, Beleid::AllesBijVoldaan);
    let verhouding = match (d.nvs_opgeleid, d.trajecten) {
        (Some(v), Some(t)) if t > 0 => breuk(v, t),
        (v, t) => format!("NVS-opgeleid = {}; trajecten = {}", getal(v), getal(t)),
    };
    let datum = |x: Option<NaiveDate>| x.map_or_else(|| "niet ingevuld".to_string(), lange_datum);
    let grens = profiel.peildatum.and_then(vroegste_seqf);
    Normuitkomst {
        code: "2.12".to_string(),
        hoofdnorm: 2,
        dienst: Some(n),
        status,
        materieel: false,
        melding,
        uitleg: Uitleg {
            formule: "NVS-opgeleid / trajecten × 100%; datum self-assessment ≥ peildatum − 3 jaar".to_string(),
            berekening: format!(
                "{verhouding}; SEQF self-assessment {}; peildatum {}; vroegst toegestaan {}",
                datum(d.seqf_datum),
                datum(profiel.peildatum),
                datum(grens)
            ),
            norm: Some("ten minste 50%, en het self-assessment hoogstens drie jaar oud".to_string()),
            bron: format!("norm 2.12 en 2.12.1, {}", soort.paragraaf),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// Dienst 10: the participatieladder (§3.13)
// ---------------------------------------------------------------------------------------------

/// The two kinds of ladder afspraak of §3.13.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Laddersoort {
    /// Voorbeeld 1: every client must rise at least k treden; count the clients who did.
    #[default]
    PerClient,
    /// Voorbeeld 2: on average k treden per client; sum every movement, drops count negative.
    Gemiddeld,
}

/// A group of clients that moved the same number of treden (negative = dropped).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Laddergroep {
    pub clienten: u64,
    pub treden: i64,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Ladder {
    pub soort: Laddersoort,
    /// k: the treden agreed (per client, or on average).
    pub treden: Option<u64>,
    pub groepen: Vec<Laddergroep>,
}

/// The ladder worked out, in whole numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Ladderuitkomst {
    pub clienten: u128,
    /// Per client: the clients (all should rise k). Gemiddeld: clients × k.
    pub doel: u128,
    /// Per client: the clients who rose at least k. Gemiddeld: the net movement.
    pub gerealiseerd: i128,
    /// 80% of `doel`, unrounded (80% of 7 clients is 5,6).
    pub norm: Decimal,
    pub status: Status,
    pub melding: String,
    pub uitleg: Uitleg,
}

fn ladder_onbekend(melding: &str, uitleg: Uitleg) -> Ladderuitkomst {
    Ladderuitkomst {
        clienten: 0,
        doel: 0,
        gerealiseerd: 0,
        norm: Decimal::ZERO,
        status: Status::Onbekend,
        melding: melding.to_string(),
        uitleg,
    }
}

/// Works out a ladder afspraak (§3.13). Integer arithmetic throughout, so 160 against a norm of
/// 160 is exactly met; sums too large for 128 bits are reported, never wrapped.
pub fn participatieladder(soort: Laddersoort, k: u64, groepen: &[Laddergroep]) -> Ladderuitkomst {
    let bron = "norm 2.10.3, §3.13 (participatieladder)".to_string();
    let (formule, norm_tekst) = match soort {
        Laddersoort::PerClient => (
            format!("cliënten die ten minste {k} treden stegen / alle cliënten × 100%"),
            "ten minste 80% van de cliënten".to_string(),
        ),
        Laddersoort::Gemiddeld => (
            format!("Σ (cliënten × treden bewogen) ≥ 80% × (cliënten × {k})"),
            "ten minste 80% van het afgesproken aantal netto opwaartse treden".to_string(),
        ),
    };
    let mut uitleg = Uitleg { formule, berekening: String::new(), norm: Some(norm_tekst), bron };
    let te_groot = "De aantallen zijn te groot om te rekenen; controleer de invoer.";

    let mut clienten: u128 = 0;
    let mut gerealiseerd: i128 = 0;
    for g in groepen {
        let Some(c) = clienten.checked_add(u128::from(g.clienten)) else {
            return ladder_onbekend(te_groot, uitleg);
        };
        clienten = c;
        let bijdrage = match soort {
            Laddersoort::PerClient => {
                if g.treden >= 0 && g.treden.unsigned_abs() >= k {
                    Some(i128::from(g.clienten))
                } else {
                    Some(0)
                }
            }
            Laddersoort::Gemiddeld => i128::from(g.clienten).checked_mul(i128::from(g.treden)),
        };
        match bijdrage.and_then(|b| gerealiseerd.checked_add(b)) {
            Some(s) => gerealiseerd = s,
            None => return ladder_onbekend(te_groot, uitleg),
        }
    }
    let doel = match soort {
        Laddersoort::PerClient => Some(clienten),
        Laddersoort::Gemiddeld => clienten.checked_mul(u128::from(k)),
    };
    let Some(doel) = doel else { return ladder_onbekend(te_groot, uitleg) };
    // gerealiseerd × 100 ≥ 80 × doel, in whole numbers (i128 and u128 compared via signs).
    // A net drop never meets a target, which is never negative.
    let gehaald = match (gerealiseerd.checked_mul(100), doel.checked_mul(u128::from(NORM_PROCENT))) {
        (Some(links), Some(rechts)) => links >= 0 && links.unsigned_abs() >= rechts,
        _ => return ladder_onbekend(te_groot, uitleg),
    };
    // `Decimal::from(u128)` panics above 96 bits; `from_u128` says so instead.
    let Some(norm) = Decimal::from_u128(doel)
        .and_then(|d| d.checked_mul(Decimal::from(NORM_PROCENT)))
        .and_then(|d| d.checked_div(Decimal::ONE_HUNDRED))
    else {
        return ladder_onbekend(te_groot, uitleg);
    };
    let bewegingen: Vec<String> = groepen
        .iter()
        .map(|g| match soort {
            Laddersoort::PerClient => format!("{} × {:+}", g.clienten, g.treden),
            Laddersoort::Gemiddeld => {
                let som = i128::from(g.clienten).saturating_mul(i128::from(g.treden));
                format!("{} × {:+} = {:+}", g.clienten, g.treden, som)
            }
        })
        .collect();
    uitleg.berekening = match soort {
        Laddersoort::PerClient => format!(
            "groepen {}; {gerealiseerd} van de {clienten} cliënten stegen ten minste {k} treden; norm 80% van {clienten} = {}",
            if bewegingen.is_empty() { "geen".to_string() } else { bewegingen.join(", ") },
            nl_kort(norm, 2)
        ),
        Laddersoort::Gemiddeld => format!(
            "{} = {gerealiseerd}; doel {clienten} × {k} = {doel}; norm 80% van {doel} = {}",
            if bewegingen.is_empty() { "geen groepen".to_string() } else { bewegingen.join("; ") },
            nl_kort(norm, 2)
        ),
    };
    if clienten == 0 {
        return Ladderuitkomst {
            clienten,
            doel,
            gerealiseerd,
            norm,
            status: Status::Onbekend,
            melding: "Vul per groep het aantal cliënten en de treden die zij bewogen in.".to_string(),
            uitleg,
        };
    }
    let status = if gehaald { Status::Voldoet } else { Status::VoldoetNiet };
    let melding = match (soort, gehaald) {
        (Laddersoort::PerClient, true) => format!(
            "{gerealiseerd} van de {clienten} cliënten stegen ten minste {k} treden; nodig zijn er {}: voldoet.",
            nl_kort(norm, 2)
        ),
        (Laddersoort::PerClient, false) => format!(
            "{gerealiseerd} van de {clienten} cliënten stegen ten minste {k} treden; nodig zijn er {}: te weinig.",
            nl_kort(norm, 2)
        ),
        (Laddersoort::Gemiddeld, true) => format!(
            "Netto {gerealiseerd} treden omhoog tegen een norm van {} (80% van {doel}): voldoet.",
            nl_kort(norm, 2)
        ),
        (Laddersoort::Gemiddeld, false) => format!(
            "Netto {gerealiseerd} treden omhoog tegen een norm van {} (80% van {doel}): te weinig.",
            nl_kort(norm, 2)
        ),
    };
    Ladderuitkomst { clienten, doel, gerealiseerd, norm, status, melding, uitleg }
}

fn norm_ladder(d: &DienstInvoer, ladder: &Ladder) -> Normuitkomst {
    // The ladder has three questions; the link goes to the one that decides.
    let vraag = if ladder.treden.is_none() { Laddervraag::Treden } else { Laddervraag::Groepen };
    let veld = Some(ZelftoetsVeld::Ladder(vraag));
    let (status, melding, uitleg) = match ladder.treden {
        None => (
            Status::Onbekend,
            "Vul in hoeveel treden de prestatieafspraak vraagt.".to_string(),
            Uitleg {
                formule: "zie §3.13".to_string(),
                berekening: "aantal treden niet ingevuld".to_string(),
                norm: Some("ten minste 80%".to_string()),
                bron: "norm 2.10.3, §3.13 (participatieladder)".to_string(),
            },
        ),
        Some(k) => {
            let u = participatieladder(ladder.soort, k, &ladder.groepen);
            (u.status, u.melding, u.uitleg)
        }
    };
    Normuitkomst {
        code: "2.10.3-ladder".to_string(),
        hoofdnorm: 2,
        dienst: Some(d.nummer),
        status,
        materieel: false,
        melding: format!("Participatieladder: {melding}"),
        uitleg,
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// The minimum of five (§3.1, §6.1.1)
// ---------------------------------------------------------------------------------------------

/// At least one Dienst with at least five afgeronde trajecten from at least five different
/// persons. Both conditions, on the same Dienst (K9).
pub fn minimum_vijf(diensten: &[DienstInvoer]) -> Normuitkomst {
    let mut regels = Vec::new();
    let mut gehaald: Option<u8> = None;
    let mut open: Option<(ZelftoetsVeld, String)> = None;
    for d in diensten {
        let n = d.nummer;
        if dienstsoort(n).is_none() {
            continue;
        }
        let basis = basis_gegeven(n);
        let geraakt = fouten(d).into_iter().find(|f| f.raakt(&[basis, VerschillendePersonen]));
        let t = afgeronde_trajecten(d);
        let p = d.verschillende_personen;
        let aantal =
            |x: Option<u64>, wat: &str| x.map_or_else(|| format!("{wat} niet ingevuld"), |x| format!("{x} {wat}"));
        regels.push(format!("Dienst {n}: {}, {}", aantal(t, "trajecten"), aantal(p, "personen")));
        if let Some(f) = geraakt {
            open.get_or_insert((f.fout.veld, format!("Dienst {n}: {}", f.fout.melding)));
            continue;
        }
        match (t, p) {
            (Some(t), Some(p)) if t >= MINIMUM_TRAJECTEN && p >= MINIMUM_TRAJECTEN => {
                gehaald.get_or_insert(n);
            }
            // Too few trajecten or too few persons: this Dienst cannot carry the minimum.
            (Some(t), _) if t < MINIMUM_TRAJECTEN => {}
            (_, Some(p)) if p < MINIMUM_TRAJECTEN => {}
            (Some(_), Some(_)) => {}
            (None, _) => {
                open.get_or_insert((
                    veld_id(n, basis),
                    format!("Vul voor Dienst {n} het aantal afgeronde trajecten in."),
                ));
            }
            (Some(_), None) => {
                open.get_or_insert((
                    veld_id(n, VerschillendePersonen),
                    format!("Vul voor Dienst {n} in van hoeveel verschillende personen de trajecten zijn."),
                ));
            }
        }
    }
    let (status, melding, veld) = match (gehaald, open) {
        (Some(n), _) => (
            Status::Voldoet,
            format!("Dienst {n} heeft ten minste 5 afgeronde trajecten van ten minste 5 verschillende personen."),
            Some(veld_id(n, VerschillendePersonen)),
        ),
        (None, Some((veld, melding))) => (Status::Onbekend, melding, Some(veld)),
        (None, None) if diensten.is_empty() => {
            (Status::Onbekend, "Kies eerst welke Diensten u aanbiedt en vul hun aantallen in.".to_string(), None)
        }
        (None, None) => (
            Status::VoldoetNiet,
            "Geen enkele Dienst heeft ten minste 5 afgeronde trajecten van ten minste 5 verschillende personen."
                .to_string(),
            diensten.first().map(|d| veld_id(d.nummer, basis_gegeven(d.nummer))),
        ),
    };
    Normuitkomst {
        code: "minimum".to_string(),
        hoofdnorm: 2,
        dienst: None,
        status,
        materieel: false,
        melding,
        uitleg: Uitleg {
            formule: "per Dienst: afgeronde trajecten ≥ 5 én verschillende personen ≥ 5; één Dienst is genoeg"
                .to_string(),
            berekening: if regels.is_empty() { "geen Diensten ingevuld".to_string() } else { regels.join("; ") },
            norm: Some(
                "ten minste 5 afgeronde trajecten van ten minste 5 verschillende personen, binnen één Dienst"
                    .to_string(),
            ),
            bron: "§3.1 en §6.1.1".to_string(),
        },
        veld,
    }
}

// ---------------------------------------------------------------------------------------------
// Transparantie (§3.2): 2.0.1 and 2.0.2, over all Diensten, no pass/fail
// ---------------------------------------------------------------------------------------------

pub const VELD_2_0_1: ZelftoetsVeld = ZelftoetsVeld::Transparantie(Transparantiegegeven::Afgerond);
pub const VELD_2_0_2: ZelftoetsVeld = ZelftoetsVeld::Transparantie(Transparantiegegeven::Beschreven);

/// 2.0.2 / 2.0.1 × 100%, unrounded: the share of afgeronde inspanningstrajecten whose offerte or
/// contract named the inspanningen and the beoogd doel. `None` without trajecten, or when
/// 2.0.2 exceeds 2.0.1 (see `transparantie_fouten`).
pub fn transparantie(n201: u64, n202: u64) -> Option<Decimal> {
    if n202 > n201 {
        return None;
    }
    procent(n202, n201)
}

pub fn transparantie_fouten(n201: Option<u64>, n202: Option<u64>) -> Vec<Invoerfout> {
    match (n201, n202) {
        (Some(a), Some(b)) if b > a => {
            vec![Invoerfout { veld: VELD_2_0_2, melding: format!("2.0.2 kan niet groter zijn dan 2.0.1 ({b} > {a}).") }]
        }
        _ => Vec::new(),
    }
}

/// The explanation of the transparantie percentage (it feeds the sterrenberekening).
pub fn transparantie_uitleg(n201: Option<u64>, n202: Option<u64>) -> Uitleg {
    let berekening = match (n201, n202) {
        (Some(a), Some(b)) if b > a => format!("2.0.2 ({b}) is groter dan 2.0.1 ({a}): verbeter de invoer"),
        (Some(0), Some(_)) => "geen afgeronde inspanningstrajecten: geen percentage".to_string(),
        (Some(a), Some(b)) => breuk(b, a),
        (a, b) => format!("2.0.1 = {}; 2.0.2 = {}", getal(a), getal(b)),
    };
    Uitleg {
        formule: "2.0.2 / 2.0.1 × 100% (trajecten met prestatieafspraken tellen niet mee)".to_string(),
        berekening,
        norm: None,
        bron: "§3.2, gegevens 2.0.1 en 2.0.2".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Everything of hoofdnorm 2
// ---------------------------------------------------------------------------------------------

/// The norms of one Dienst: its checklist items, its computed norm(s), and for Dienst 10 the
/// participatieladder when one is entered. An unknown Dienst number gives one "nog onbekend".
pub fn beoordeel_dienst(
    profiel: &Profiel,
    d: &DienstInvoer,
    handmatig: &BTreeMap<String, Status>,
) -> Vec<Normuitkomst> {
    let alle = fouten(d);
    let Some(soort) = dienstsoort(d.nummer) else {
        let melding = alle.first().map(|f| f.fout.melding.clone()).unwrap_or_default();
        return vec![Normuitkomst {
            code: "dienst".to_string(),
            hoofdnorm: 2,
            dienst: None,
            status: Status::Onbekend,
            materieel: false,
            melding,
            uitleg: Uitleg {
                formule: "Diensten 1 tot en met 12".to_string(),
                berekening: format!("Dienst {}", d.nummer),
                norm: None,
                bron: "§3.1".to_string(),
            },
            veld: Some(ZelftoetsVeld::Dienstnummer(d.nummer)),
        }];
    };
    let fouten: Vec<&Fout> = alle.iter().collect();
    let mut uit = Vec::new();
    for norm in soort.normen {
        match (norm.soort, norm.code) {
            (Normsoort::Checklist, _) => {
                // Only x.1 (the numbers are inzichtelijk) carries the inconsistencies.
                let eigen: &[&Fout] = if norm.code.ends_with(".1") { &fouten } else { &[] };
                uit.push(checklist(soort, norm, handmatig, eigen));
            }
            (Normsoort::Berekend, "2.5.2") => uit.push(norm_2_5_2(soort, d, &fouten)),
            (Normsoort::Berekend, "2.11.1") => uit.push(norm_2_11_1(soort, d, &fouten)),
            (Normsoort::Berekend, "2.12") => uit.push(norm_2_12(soort, d, profiel, &fouten)),
            (Normsoort::Berekend, _) => uit.push(norm_prestatie(soort, d, &fouten)),
        }
    }
    if soort.nummer == 10 {
        if let Some(ladder) = &d.ladder {
            if !ladder.groepen.is_empty() || ladder.treden.is_some() {
                uit.push(norm_ladder(d, ladder));
            }
        }
    }
    uit
}

/// Every norm of hoofdnorm 2 for the Diensten reported, plus the minimum of five. A Dienst listed
/// twice is reported as "nog onbekend" rather than judged twice. `handmatig` holds the user's
/// checklist answers by code ("2.1.1"); missing = nog onbekend.
pub fn beoordeel_diensten(
    profiel: &Profiel,
    diensten: &[DienstInvoer],
    handmatig: &BTreeMap<String, Status>,
) -> Vec<Normuitkomst> {
    let mut uit = Vec::new();
    let mut gezien = BTreeSet::new();
    for d in diensten {
        if dienstsoort(d.nummer).is_some() && !gezien.insert(d.nummer) {
            uit.push(Normuitkomst {
                code: "dienst".to_string(),
                hoofdnorm: 2,
                dienst: Some(d.nummer),
                status: Status::Onbekend,
                materieel: false,
                melding: format!("Dienst {} staat twee keer in de lijst; vul elke Dienst één keer in.", d.nummer),
                uitleg: Uitleg {
                    formule: "elk traject telt bij precies één Dienst".to_string(),
                    berekening: format!("Dienst {} dubbel", d.nummer),
                    norm: None,
                    bron: "§3.1".to_string(),
                },
                veld: Some(ZelftoetsVeld::Dienstnummer(d.nummer)),
            });
            continue;
        }
        uit.extend(beoordeel_dienst(profiel, d, handmatig));
    }
    uit.push(minimum_vijf(diensten));
    uit
}
