//! The planner and vrijstelling questions of a zelftoets dossier: their fields, and how the typed
//! answers become the domain's input. The answers live in the same `invoer` map as the rest of the
//! zelftoets, so they are saved, exported and imported with it.

use crate::domain::lezen::Getalsoort;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::ics;
use super::invoer::{Antwoorden, Invoerdef, Soort, JA_NEE};
use crate::domain::keurmerk::meetperiode::{self, Meetperiode, Plannerinvoer, Planning, Start};
use crate::domain::keurmerk::veld::Plannervraag;
use crate::domain::keurmerk::vrijstelling::{self, Vrijstelling, Vrijstellingsinvoer, VOORWAARDEN};
use crate::domain::keurmerk::{Aanvrager, Profiel, ZelftoetsVeld};

pub const VELD_START: ZelftoetsVeld = ZelftoetsVeld::Planner(Plannervraag::Start);
pub const VELD_JAAR: ZelftoetsVeld = ZelftoetsVeld::Planner(Plannervraag::Jaar);
pub const VELD_EERSTE_AUDIT: ZelftoetsVeld = ZelftoetsVeld::Planner(Plannervraag::EersteAudit);

const STARTS: &[(&str, &str)] = &[
    ("", "Kies de start"),
    ("januari", "1 januari (tot en met 31 december)"),
    ("april", "1 april (tot en met 31 maart)"),
    ("september", "1 september (tot en met 31 augustus)"),
];

pub fn planner_velden() -> Vec<Invoerdef> {
    vec![
        Invoerdef::new(VELD_START, "Start van de meetperiode", Soort::Keuze(STARTS)),
        Invoerdef::new(VELD_JAAR, "Jaar waarin de meetperiode begint", Soort::Aantal).met_hint(format!(
            "Van {} tot en met {}.",
            meetperiode::EERSTE_JAAR,
            meetperiode::LAATSTE_JAAR
        )),
        Invoerdef::new(VELD_EERSTE_AUDIT, "Datum van de eerste resultatenaudit (als die bekend is)", Soort::Datum)
            .met_hint("Vanaf deze datum telt de termijn voor een re-audit: uiterlijk twee maanden later."),
    ]
}

/// The planner's input, or `None` while the start or the year is missing or wrong (the error is
/// then at its field). UWV comes from the profiel.
pub fn lees_planner(a: &mut Antwoorden, profiel: &Profiel) -> Option<Plannerinvoer> {
    let start = Start::uit_sleutel(a.tekst(VELD_START));
    let jaar = a.getal(
        VELD_JAAR,
        Getalsoort::Aantal,
        "Een jaartal",
        (Decimal::from(meetperiode::EERSTE_JAAR), Some(Decimal::from(meetperiode::LAATSTE_JAAR))),
        0,
        &format!("Vul een jaar in van {} tot en met {}.", meetperiode::EERSTE_JAAR, meetperiode::LAATSTE_JAAR),
    );
    let eerste_audit = a.datum(VELD_EERSTE_AUDIT);
    let jaar = jaar.and_then(|j| j.to_i32());
    let meetperiode = Meetperiode::new(start?, jaar?)?;
    Some(Plannerinvoer { meetperiode, uwv: profiel.uwv_opdrachtgever, eerste_audit })
}

pub fn vrijstelling_velden() -> Vec<Invoerdef> {
    let mut velden =
        vec![Invoerdef::new(vrijstelling::VELD_CYCLUSJAAR, "Cyclusjaar van deze meetperiode", Soort::Aantal)
            .met_hint("Het eerste jaar als keurmerkhouder is cyclusjaar 1.")];
    for v in VOORWAARDEN {
        let mut def = Invoerdef::new(v.veld(), v.vraag, Soort::Keuze(JA_NEE));
        if let Some(k) = v.keuze {
            def = def.met_hint(format!("Aanname van Werkwaarde: {k}"));
        }
        velden.push(def);
    }
    velden.push(
        Invoerdef::new(
            vrijstelling::VELD_TEVREDENHEID,
            "Gemiddelde klanttevredenheid over de laatste vier jaar",
            Soort::Cijfer,
        )
        .met_hint("Van 1 tot 10, hoogstens twee decimalen."),
    );
    velden.push(Invoerdef::new(
        vrijstelling::VELD_CLIENTENAUDIT,
        "Werkt u met een doorlopende cliëntenaudit?",
        Soort::Keuze(JA_NEE),
    ));
    velden
}

pub fn lees_vrijstelling(a: &mut Antwoorden, profiel: &Profiel) -> Vrijstellingsinvoer {
    let cyclusjaar = a
        .getal(
            vrijstelling::VELD_CYCLUSJAAR,
            Getalsoort::Aantal,
            "Een cyclusjaar",
            (Decimal::ONE, Some(Decimal::from(99))),
            0,
            "Een cyclusjaar ligt tussen 1 en 99.",
        )
        .and_then(|j| j.to_u32());
    let antwoorden = VOORWAARDEN.iter().map(|v| (v.id, a.ja_nee(v.veld()))).collect();
    let tevredenheid = a.getal(
        vrijstelling::VELD_TEVREDENHEID,
        Getalsoort::Cijfer,
        "Een gemiddeld cijfer",
        (Decimal::ONE, Some(Decimal::TEN)),
        2,
        "Een gemiddeld cijfer ligt tussen 1 en 10.",
    );
    Vrijstellingsinvoer {
        keurmerkhouder: profiel.aanvrager == Aanvrager::Keurmerkhouder,
        cyclusjaar,
        antwoorden,
        tevredenheid,
        clientenaudit: a.ja_nee(vrijstelling::VELD_CLIENTENAUDIT),
        gecompenseerd: Vec::new(),
    }
}

pub fn vrijstelling(a: &mut Antwoorden, profiel: &Profiel) -> Vrijstelling {
    vrijstelling::beoordeel(&lees_vrijstelling(a, profiel))
}

/// The .ics file of a planning, named for its meetperiode; `nu` is the moment of export (UTC).
pub fn ics_bestand(planning: &Planning, nu: NaiveDateTime) -> (String, String) {
    let naam = format!("Keurmerk Arbeid, {}", planning.meetperiode.naam());
    (ics::bestandsnaam(planning), ics::kalender(&naam, &ics::agendapunten(planning), nu))
}

/// A sensible first year for the planner: the meetperiode that contains `vandaag`.
pub fn huidige_meetperiode(start: Start, vandaag: NaiveDate) -> i32 {
    if vandaag.month() >= start.maand() {
        vandaag.year()
    } else {
        vandaag.year() - 1
    }
}

pub fn planning(invoer: &Option<Plannerinvoer>) -> Option<Planning> {
    invoer.as_ref().map(meetperiode::plan)
}
