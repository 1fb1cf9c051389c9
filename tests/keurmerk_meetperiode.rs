//! K6 (Tabel 2), the §5.1.1 terms, Tabel 1, the .ics export read back by an independent parser,
//! and the vrijstelling check.

use std::io::BufReader;

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal_macros::dec;
use werkwaarde::domain::keurmerk::meetperiode::{
    dagen_tot, plan, stand, tabel1, volgende_deadline, Meetperiode, Plannerinvoer, Planning, Stand, Start,
    Tabel1Uitkomst,
};
use werkwaarde::domain::keurmerk::vrijstelling::{
    beoordeel, Oordeel, Regeling, Vrijstellingsinvoer, VELD_CLIENTENAUDIT, VELD_TEVREDENHEID, VOORWAARDEN,
};
use werkwaarde::dossier::ics::{agendapunten, kalender, tekst, vouw};

fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(j, m, dag).unwrap()
}

fn planning(start: Start, jaar: i32, uwv: bool) -> Planning {
    plan(&Plannerinvoer { meetperiode: Meetperiode::new(start, jaar).unwrap(), uwv, eerste_audit: None })
}

fn datum_van(p: &Planning, sleutel: &str) -> NaiveDate {
    p.gebeurtenissen.iter().find(|g| g.sleutel == sleutel).unwrap_or_else(|| panic!("{sleutel} ontbreekt")).datum
}

#[test]
fn k6_start_1_april_2025() {
    let p = planning(Start::April, 2025, false);
    assert_eq!(datum_van(&p, "start"), d(2025, 4, 1));
    assert_eq!(datum_van(&p, "tvo-start"), d(2025, 5, 1));
    assert_eq!(datum_van(&p, "tvo-deadline"), d(2026, 3, 15));
    assert_eq!(datum_van(&p, "tvo-concept"), d(2026, 4, 15));
    assert_eq!(datum_van(&p, "resultaten-deadline"), d(2026, 4, 21));
    assert_eq!(datum_van(&p, "audit-deadline"), d(2026, 7, 1));
    assert_eq!(datum_van(&p, "beoordeling"), d(2026, 8, 1));
    assert_eq!(datum_van(&p, "einde"), d(2026, 3, 31));
}

#[test]
fn k6_start_1_januari_2025_with_and_without_uwv() {
    let zonder = planning(Start::Januari, 2025, false);
    assert_eq!(datum_van(&zonder, "tvo-deadline"), d(2025, 12, 15));
    assert_eq!(datum_van(&zonder, "tvo-concept"), d(2026, 1, 22));
    let met = planning(Start::Januari, 2025, true);
    assert_eq!(datum_van(&met, "tvo-deadline"), d(2026, 1, 15));
    assert_eq!(datum_van(&met, "tvo-concept"), d(2026, 2, 15));
    assert!(met.gebeurtenissen.iter().any(|g| g.titel.contains("UWV")));
    for p in [&zonder, &met] {
        assert_eq!(datum_van(p, "resultaten-deadline"), d(2026, 1, 21));
        assert_eq!(datum_van(p, "audit-deadline"), d(2026, 4, 1));
        assert_eq!(datum_van(p, "beoordeling"), d(2026, 5, 1));
        assert_eq!(datum_van(p, "einde"), d(2025, 12, 31));
    }
}

#[test]
fn k6_start_1_september_2025() {
    let p = planning(Start::September, 2025, false);
    assert_eq!(datum_van(&p, "tvo-start"), d(2025, 10, 1));
    assert_eq!(datum_van(&p, "tvo-deadline"), d(2026, 8, 15));
    assert_eq!(datum_van(&p, "tvo-concept"), d(2026, 9, 15));
    assert_eq!(datum_van(&p, "resultaten-deadline"), d(2026, 9, 21));
    assert_eq!(datum_van(&p, "audit-deadline"), d(2026, 12, 1));
    assert_eq!(datum_van(&p, "beoordeling"), d(2027, 1, 1));
    assert_eq!(datum_van(&p, "einde"), d(2026, 8, 31));
}

#[test]
fn uwv_changes_nothing_outside_the_januari_start() {
    for start in [Start::April, Start::September] {
        let a = planning(start, 2025, false);
        let b = planning(start, 2025, true);
        let datums = |p: &Planning| p.gebeurtenissen.iter().map(|g| (g.sleutel, g.datum)).collect::<Vec<_>>();
        assert_eq!(datums(&a), datums(&b));
    }
}

#[test]
fn paragraph_5_1_1_terms_count_from_the_last_day() {
    let p = planning(Start::Januari, 2025, false);
    // 31 december 2025 − 8 weken.
    assert_eq!(datum_van(&p, "audit-plannen"), d(2025, 11, 5));
    let app = p.gebeurtenissen.iter().find(|g| g.sleutel == "applicatie").unwrap();
    assert_eq!(app.datum, d(2025, 12, 10));
    assert_eq!(app.tot, Some(d(2026, 1, 21)));
    // The window closes on the Tabel 2 deadline for resultaatgegevens, for every start.
    for start in Start::ALLE {
        let p = planning(start, 2026, false);
        let app = p.gebeurtenissen.iter().find(|g| g.sleutel == "applicatie").unwrap();
        assert_eq!(app.tot, Some(datum_van(&p, "resultaten-deadline")), "{start:?}");
    }
    // Without an audit date, the re-audit is counted from the audit deadline: 1 april + 2 maanden.
    assert_eq!(datum_van(&p, "reaudit"), d(2026, 6, 1));
}

#[test]
fn reaudit_counts_two_months_from_the_first_audit_and_flags_odd_dates() {
    let m = Meetperiode::new(Start::Januari, 2025).unwrap();
    let p = plan(&Plannerinvoer { meetperiode: m, uwv: false, eerste_audit: Some(d(2026, 2, 10)) });
    assert_eq!(datum_van(&p, "reaudit"), d(2026, 4, 10));
    assert!(p.bevindingen.is_empty());
    // End of month: 31 januari + 2 maanden = 31 maart; 31 december + 2 maanden = 28 februari.
    let p = plan(&Plannerinvoer { meetperiode: m, uwv: false, eerste_audit: Some(d(2026, 1, 31)) });
    assert_eq!(datum_van(&p, "reaudit"), d(2026, 3, 31));
    let p = plan(&Plannerinvoer { meetperiode: m, uwv: false, eerste_audit: Some(d(2025, 12, 31)) });
    assert_eq!(datum_van(&p, "reaudit"), d(2026, 2, 28));
    assert_eq!(p.bevindingen.len(), 1, "audit on the last day is not after the end");
    let p = plan(&Plannerinvoer { meetperiode: m, uwv: false, eerste_audit: Some(d(2026, 4, 2)) });
    assert!(p.bevindingen.iter().any(|b| b.contains("na de auditdeadline")));
    let p = plan(&Plannerinvoer { meetperiode: m, uwv: false, eerste_audit: Some(d(2026, 4, 1)) });
    assert!(p.bevindingen.is_empty(), "the deadline day itself is in time");
}

#[test]
fn events_are_sorted_and_today_and_the_next_deadline_are_found() {
    let p = planning(Start::April, 2025, false);
    assert!(p.gebeurtenissen.windows(2).all(|w| w[0].datum <= w[1].datum));
    // On the TVO deadline day itself that deadline is next, and it is "now".
    let i = volgende_deadline(&p, d(2026, 3, 15)).unwrap();
    assert_eq!(p.gebeurtenissen[i].sleutel, "tvo-deadline");
    assert_eq!(stand(&p.gebeurtenissen[i], d(2026, 3, 15)), Stand::Nu);
    // One day later the next one is the resultaatgegevens.
    let i = volgende_deadline(&p, d(2026, 3, 16)).unwrap();
    assert_eq!(p.gebeurtenissen[i].sleutel, "resultaten-deadline");
    assert_eq!(dagen_tot(p.gebeurtenissen[i].datum, d(2026, 3, 16)), 36);
    // The applicatie window is "now" while it is open, past the day after.
    let app = p.gebeurtenissen.iter().find(|g| g.sleutel == "applicatie").unwrap();
    assert_eq!(stand(app, d(2026, 3, 9)), Stand::Komend);
    assert_eq!(stand(app, d(2026, 3, 10)), Stand::Nu);
    assert_eq!(stand(app, d(2026, 4, 21)), Stand::Nu);
    assert_eq!(stand(app, d(2026, 4, 22)), Stand::Voorbij);
    // After the last deadline there is none.
    assert_eq!(volgende_deadline(&p, d(2026, 12, 1)), None);
}

#[test]
fn tabel_1_for_2023_and_a_sentence_outside_it() {
    let (t, bron) = tabel1(Meetperiode::new(Start::September, 2023).unwrap());
    assert!(bron.contains("Tabel 1"));
    let Tabel1Uitkomst::Tabel(rijen) = t else { panic!("2023 is in Tabel 1") };
    assert_eq!(rijen.len(), 8);
    assert!(rijen.contains(&(2022, "hoofdnorm 1", d(2023, 3, 31))));
    assert!(rijen.contains(&(2022, "hoofdnorm 2", d(2023, 8, 31))));
    assert!(rijen.contains(&(2023, "hoofdnorm 3", d(2024, 8, 31))));
    let (t, _) = tabel1(Meetperiode::new(Start::Januari, 2023).unwrap());
    let Tabel1Uitkomst::Tabel(rijen) = t else { panic!() };
    assert!(rijen.contains(&(2023, "hoofdnorm 2", d(2024, 3, 31))));
    let (t, _) = tabel1(Meetperiode::new(Start::Januari, 2026).unwrap());
    assert!(matches!(t, Tabel1Uitkomst::Buiten(s) if s.contains("(aanname van Werkwaarde)")));
}

#[test]
fn years_outside_the_range_are_refused() {
    assert!(Meetperiode::new(Start::Januari, 1999).is_none());
    assert!(Meetperiode::new(Start::Januari, 2101).is_none());
    assert!(Meetperiode::new(Start::Januari, 2000).is_some());
    assert!(Meetperiode::new(Start::September, 2100).is_some());
}

// ---- .ics ----

fn stamp() -> chrono::NaiveDateTime {
    d(2026, 11, 22).and_hms_opt(10, 30, 0).unwrap()
}

fn unescape(s: &str) -> String {
    let mut uit = String::new();
    let mut c = s.chars();
    while let Some(x) = c.next() {
        if x == '\\' {
            match c.next() {
                Some('n') | Some('N') => uit.push('\n'),
                Some(y) => uit.push(y),
                None => {}
            }
        } else {
            uit.push(x);
        }
    }
    uit
}

fn prop<'a>(e: &'a ical::parser::ical::component::IcalEvent, naam: &str) -> &'a ical::property::Property {
    e.properties.iter().find(|p| p.name == naam).unwrap_or_else(|| panic!("{naam} ontbreekt"))
}

#[test]
fn ics_is_read_back_by_an_independent_parser_event_by_event() {
    let p = plan(&Plannerinvoer {
        meetperiode: Meetperiode::new(Start::Januari, 2025).unwrap(),
        uwv: true,
        eerste_audit: Some(d(2026, 2, 10)),
    });
    let punten = agendapunten(&p);
    let ics = kalender("Keurmerk Arbeid; meetperiode 2025, met UWV", &punten, stamp());
    // Every line ends with CRLF and none is longer than 75 octets.
    assert!(ics.ends_with("\r\n"));
    for regel in ics.split("\r\n").filter(|r| !r.is_empty()) {
        assert!(regel.len() <= 75, "te lang: {regel:?}");
        assert!(!regel.contains('\n') && !regel.contains('\r'));
    }
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let cal = parser.next().expect("een kalender").expect("leesbaar");
    assert!(parser.next().is_none());
    let naam = cal.properties.iter().find(|p| p.name == "X-WR-CALNAME").unwrap();
    assert_eq!(unescape(naam.value.as_deref().unwrap()), "Keurmerk Arbeid; meetperiode 2025, met UWV");
    assert_eq!(cal.events.len(), p.gebeurtenissen.len());
    let mut uids = std::collections::BTreeSet::new();
    for (e, g) in cal.events.iter().zip(&p.gebeurtenissen) {
        let start = prop(e, "DTSTART");
        let params = start.params.as_ref().expect("VALUE=DATE");
        assert!(params.iter().any(|(k, v)| k == "VALUE" && v == &vec!["DATE".to_string()]));
        assert_eq!(start.value.as_deref(), Some(g.datum.format("%Y%m%d").to_string().as_str()));
        let einde = NaiveDate::parse_from_str(prop(e, "DTEND").value.as_deref().unwrap(), "%Y%m%d").unwrap();
        assert_eq!(einde, g.laatste_dag().succ_opt().unwrap(), "DTEND is the day after the last day");
        assert_eq!(prop(e, "DTSTAMP").value.as_deref(), Some("20261122T103000Z"));
        let summary = unescape(prop(e, "SUMMARY").value.as_deref().unwrap());
        assert_eq!(summary, format!("Keurmerk Arbeid: {}", g.titel));
        let omschrijving = unescape(prop(e, "DESCRIPTION").value.as_deref().unwrap());
        assert!(omschrijving.contains(&g.uitleg.bron), "{omschrijving}");
        assert!(omschrijving.contains('\n'));
        assert!(uids.insert(prop(e, "UID").value.clone().unwrap()), "UIDs are unique");
    }
    // The window is one multi-day event.
    let app = cal.events.iter().find(|e| prop(e, "SUMMARY").value.as_deref().unwrap().contains("applicatie")).unwrap();
    assert_eq!(prop(app, "DTSTART").value.as_deref(), Some("20251210"));
    assert_eq!(prop(app, "DTEND").value.as_deref(), Some("20260122"));
}

#[test]
fn uids_are_stable_across_exports() {
    let p = planning(Start::April, 2025, false);
    let a = agendapunten(&p);
    let b = agendapunten(&planning(Start::April, 2025, false));
    assert_eq!(a, b);
    assert!(a.iter().all(|x| x.uid.starts_with("2025-04-")));
}

#[test]
fn text_escaping_and_folding() {
    assert_eq!(tekst("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    assert_eq!(tekst("bel\u{7}"), "bel");
    let kort = "SUMMARY:kort";
    assert_eq!(vouw(kort), "SUMMARY:kort\r\n");
    let precies = format!("X:{}", "a".repeat(73));
    assert_eq!(precies.len(), 75);
    assert_eq!(vouw(&precies), format!("{precies}\r\n"));
    let lang = format!("X:{}", "é".repeat(60));
    let gevouwen = vouw(&lang);
    for regel in gevouwen.split("\r\n").filter(|r| !r.is_empty()) {
        assert!(regel.len() <= 75);
        // No multi-byte character is split: every piece is valid UTF-8 on its own.
        assert!(std::str::from_utf8(regel.as_bytes()).is_ok());
    }
    assert_eq!(gevouwen.replace("\r\n ", "").trim_end(), lang);
}

proptest! {
    #[test]
    fn folding_is_lossless_and_short(s in "\\PC{0,300}") {
        let r = format!("DESCRIPTION:{}", tekst(&s));
        let v = vouw(&r);
        prop_assert!(v.ends_with("\r\n"));
        for regel in v.trim_end_matches("\r\n").split("\r\n") {
            prop_assert!(regel.len() <= 75);
        }
        prop_assert_eq!(v.trim_end_matches("\r\n").replace("\r\n ", ""), r);
    }

    #[test]
    fn every_start_and_year_gives_sorted_dates_after_the_start(jaar in 2000i32..=2100, s in 0usize..3, uwv: bool) {
        let start = Start::ALLE[s];
        let p = planning(start, jaar, uwv);
        prop_assert!(p.gebeurtenissen.windows(2).all(|w| w[0].datum <= w[1].datum));
        let begin = p.meetperiode.begin();
        prop_assert!(p.gebeurtenissen.iter().all(|g| g.datum >= begin - chrono::Days::new(0) || g.sleutel == "start"));
        prop_assert_eq!(datum_van(&p, "einde").succ_opt().unwrap(), begin.checked_add_months(chrono::Months::new(12)).unwrap());
    }
}

// ---- vrijstelling ----

fn alles_ja(r: Regeling) -> Vrijstellingsinvoer {
    Vrijstellingsinvoer {
        keurmerkhouder: true,
        cyclusjaar: Some(if r == Regeling::CyclusjaarVier { 4 } else { 6 }),
        antwoorden: VOORWAARDEN.iter().filter(|v| v.regeling == r).map(|v| (v.id, Some(true))).collect(),
        tevredenheid: Some(dec!(7.0)),
        clientenaudit: Some(false),
        gecompenseerd: Vec::new(),
    }
}

#[test]
fn cyclusjaar_4_qualifies_when_every_condition_is_met() {
    let u = beoordeel(&alles_ja(Regeling::CyclusjaarVier));
    assert_eq!(u.oordeel, Oordeel::KomtInAanmerking);
    assert_eq!(u.regeling, Some(Regeling::CyclusjaarVier));
    assert!(u.tevredenheid.is_none(), "the four-year average is only a condition from year 6");
}

#[test]
fn one_no_names_what_is_missing_and_unknown_stays_unknown() {
    let mut i = alles_ja(Regeling::CyclusjaarVier);
    i.antwoorden.iter_mut().find(|(id, _)| *id == "vs4-vijf").unwrap().1 = Some(false);
    let u = beoordeel(&i);
    assert_eq!(u.oordeel, Oordeel::KomtNietInAanmerking);
    assert_eq!(u.niet_voldaan.len(), 1);
    assert_eq!(u.niet_voldaan[0].1, "vs4-vijf");
    let mut i = alles_ja(Regeling::CyclusjaarVier);
    i.antwoorden.iter_mut().find(|(id, _)| *id == "vs4-facturen").unwrap().1 = None;
    let u = beoordeel(&i);
    assert_eq!(u.oordeel, Oordeel::NogOnbekend);
    assert_eq!(u.open[0].1, "vs4-facturen");
}

#[test]
fn year_6_tevredenheid_boundaries() {
    let u = beoordeel(&alles_ja(Regeling::Tweejaarlijks));
    assert_eq!(u.oordeel, Oordeel::KomtInAanmerking, "exactly 7 is enough");
    let mut i = alles_ja(Regeling::Tweejaarlijks);
    i.tevredenheid = Some(dec!(6.99));
    let u = beoordeel(&i);
    assert_eq!(u.oordeel, Oordeel::KomtNietInAanmerking);
    assert_eq!(u.niet_voldaan[0].1, VELD_TEVREDENHEID);
    i.clientenaudit = Some(true);
    assert_eq!(beoordeel(&i).oordeel, Oordeel::KomtInAanmerking, "6.99 ≥ 6.5 with a cliëntenaudit");
    i.tevredenheid = Some(dec!(6.5));
    assert_eq!(beoordeel(&i).oordeel, Oordeel::KomtInAanmerking, "exactly 6.5");
    i.tevredenheid = Some(dec!(6.49));
    assert_eq!(beoordeel(&i).oordeel, Oordeel::KomtNietInAanmerking);
    i.clientenaudit = None;
    let u = beoordeel(&i);
    assert_eq!(u.oordeel, Oordeel::NogOnbekend);
    assert_eq!(u.open[0].1, VELD_CLIENTENAUDIT);
}

#[test]
fn which_years_have_a_vrijstelling() {
    for (jaar, verwacht) in [
        (1, None),
        (3, None),
        (4, Some(Regeling::CyclusjaarVier)),
        (5, None),
        (6, Some(Regeling::Tweejaarlijks)),
        (9, Some(Regeling::Tweejaarlijks)),
    ] {
        let mut i = alles_ja(Regeling::Tweejaarlijks);
        i.cyclusjaar = Some(jaar);
        let u = beoordeel(&i);
        assert_eq!(u.regeling, verwacht, "cyclusjaar {jaar}");
        if verwacht.is_none() {
            assert_eq!(u.oordeel, Oordeel::NietMogelijk);
        }
    }
    let mut aspirant = alles_ja(Regeling::CyclusjaarVier);
    aspirant.keurmerkhouder = false;
    assert_eq!(beoordeel(&aspirant).oordeel, Oordeel::NietMogelijk);
    let mut leeg = alles_ja(Regeling::CyclusjaarVier);
    leeg.cyclusjaar = None;
    assert_eq!(beoordeel(&leeg).oordeel, Oordeel::NogOnbekend);
}

#[test]
fn our_reading_of_once_every_two_years_is_marked() {
    assert!(VOORWAARDEN.iter().any(|v| v.id == "vs6-vorig-jaar" && v.keuze.is_some()));
    let ids: std::collections::BTreeSet<_> = VOORWAARDEN.iter().map(|v| v.id).collect();
    assert_eq!(ids.len(), VOORWAARDEN.len(), "ids are unique");
}

#[test]
fn a_continuation_line_never_starts_with_a_space_of_the_text() {
    let r = format!("DESCRIPTION:{} woord", "x".repeat(62));
    assert_eq!(r.len(), 80);
    let v = vouw(&r);
    for vervolg in v.split("\r\n").skip(1).filter(|r| !r.is_empty()) {
        assert!(!vervolg[1..].starts_with(' '), "{v:?}");
    }
    for regel in v.split("\r\n") {
        assert!(!regel.ends_with(' '), "{v:?}");
    }
    let r = format!("DESCRIPTION:{} woord", "x".repeat(61));
    let v = vouw(&r);
    assert!(v.split("\r\n").all(|regel| !regel.ends_with(' ')), "{v:?}");
    assert_eq!(v.trim_end_matches("\r\n").replace("\r\n ", ""), r);
    assert_eq!(v.trim_end_matches("\r\n").replace("\r\n ", ""), r);
}
