//! iCalendar (RFC 5545) export of the meetperiode planner: all-day events that calendar
//! applications import. Written by hand because it is small: CRLF line ends, escaped TEXT values,
//! lines folded at 75 octets without splitting a UTF-8 character.

use chrono::{Days, NaiveDate, NaiveDateTime};

use crate::domain::datum::lange_datum;
use crate::domain::keurmerk::meetperiode::{Gebeurtenis, Planning};
use crate::domain::tekst::met_hoofdletter;

/// One all-day event (or a run of days).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agendapunt {
    pub uid: String,
    pub eerste_dag: NaiveDate,
    /// Inclusive; equal to `eerste_dag` for a single day.
    pub laatste_dag: NaiveDate,
    pub titel: String,
    pub omschrijving: String,
}

const PRODID: &str = "-//Werkwaarde//Meetperiodeplanner 1.0//NL";
const MAX_OCTETS: usize = 75;

/// The whole VCALENDAR. `dtstamp` is the moment of export in UTC (a parameter: no clock here).
pub fn kalender(naam: &str, punten: &[Agendapunt], dtstamp: NaiveDateTime) -> String {
    let stamp = dtstamp.format("%Y%m%dT%H%M%SZ").to_string();
    let mut regels = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", tekst(naam)),
    ];
    for p in punten {
        // DTEND of an all-day event is exclusive: the day after the last day.
        let einde = p.laatste_dag.checked_add_days(Days::new(1)).unwrap_or(p.laatste_dag);
        regels.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", tekst(&p.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", p.eerste_dag.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", einde.format("%Y%m%d")),
            format!("SUMMARY:{}", tekst(&p.titel)),
            format!("DESCRIPTION:{}", tekst(&p.omschrijving)),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    regels.push("END:VCALENDAR".to_string());
    let mut uit = String::new();
    for r in regels {
        uit.push_str(&vouw(&r));
    }
    uit
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
pub fn tekst(waarde: &str) -> String {
    let mut uit = String::with_capacity(waarde.len());
    let mut tekens = waarde.chars().peekable();
    while let Some(c) = tekens.next() {
        match c {
            '\\' => uit.push_str("\\\\"),
            ';' => uit.push_str("\\;"),
            ',' => uit.push_str("\\,"),
            '\r' => {
                if tekens.peek() == Some(&'\n') {
                    tekens.next();
                }
                uit.push_str("\\n");
            }
            '\n' => uit.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => uit.push(c),
        }
    }
    uit
}

/// RFC 5545 §3.1: a content line longer than 75 octets continues on the next line after CRLF and
/// one space. Every line, folded or not, ends with CRLF. A fold never sits next to whitespace of
/// the text itself: some readers trim it, gluing two words together.
pub fn vouw(regel: &str) -> String {
    let mut regels: Vec<Vec<char>> = vec![Vec::new()];
    let mut lengte = 0;
    for c in regel.chars() {
        let n = c.len_utf8();
        if lengte + n > MAX_OCTETS {
            let mut volgende = Vec::new();
            if let Some(huidig) = regels.last_mut() {
                let aan_rand = c.is_whitespace() || huidig.last().is_some_and(|t| t.is_whitespace());
                // Split between two non-whitespace characters, at most 20 back.
                let splitsing = (huidig.len().saturating_sub(20).max(1)..huidig.len())
                    .rev()
                    .find(|&i| huidig.get(i - 1..=i).is_some_and(|p| p.iter().all(|t| !t.is_whitespace())));
                if let Some(i) = splitsing.filter(|_| aan_rand) {
                    volgende = huidig.split_off(i);
                }
            }
            // The space that starts a continuation line counts toward its 75 octets.
            lengte = 1 + volgende.iter().map(|t| t.len_utf8()).sum::<usize>();
            regels.push(volgende);
        }
        if let Some(huidig) = regels.last_mut() {
            huidig.push(c);
        }
        lengte += n;
    }
    let mut uit = String::with_capacity(regel.len() + 8);
    for (i, r) in regels.iter().enumerate() {
        if i > 0 {
            uit.push_str("\r\n ");
        }
        uit.extend(r.iter());
    }
    uit.push_str("\r\n");
    uit
}

/// The planner's dates as calendar events. UIDs are stable per meetperiode and item, so importing
/// a newer export updates the events instead of duplicating them.
pub fn agendapunten(planning: &Planning) -> Vec<Agendapunt> {
    let m = planning.meetperiode;
    planning
        .gebeurtenissen
        .iter()
        .map(|g: &Gebeurtenis| {
            let wanneer = match g.tot {
                Some(t) => format!("{} tot en met {}", lange_datum(g.datum), lange_datum(t)),
                None => lange_datum(g.datum),
            };
            Agendapunt {
                uid: format!("{}-{:02}-{}@werkwaarde.invalid", m.jaar, m.start.maand(), g.sleutel),
                eerste_dag: g.datum,
                laatste_dag: g.laatste_dag(),
                titel: format!("Keurmerk Arbeid: {}", g.titel),
                omschrijving: format!(
                    "{wanneer}\n{}: {}\nBron: {}\n{}.",
                    g.uitleg.formule,
                    g.uitleg.berekening,
                    g.uitleg.bron,
                    met_hoofdletter(&m.naam())
                ),
            }
        })
        .collect()
}

/// File name for the download, e.g. `keurmerk-meetperiode-2025-04.ics`.
pub fn bestandsnaam(planning: &Planning) -> String {
    format!("keurmerk-meetperiode-{}-{:02}.ics", planning.meetperiode.jaar, planning.meetperiode.start.maand())
}
