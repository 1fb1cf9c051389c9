//! Dates written the Dutch way. Deadlines elsewhere are computed with `chrono::NaiveDate`.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// `2026-11-22` → `22 november 2026`.
pub fn lange_datum(datum: NaiveDate) -> String {
    let maand = MAANDEN.get(datum.month0() as usize).copied().unwrap_or("?");
    format!("{} {} {}", datum.day(), maand, datum.year())
}

/// `2026-11-22T08:05` → `22 november 2026, 08:05`.
pub fn datum_tijd(moment: NaiveDateTime) -> String {
    format!("{}, {:02}:{:02}", lange_datum(moment.date()), moment.hour(), moment.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_month_names_in_dutch() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(lange_datum(d), "1 maart 2026");
        let t = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap().and_hms_opt(8, 5, 59).unwrap();
        assert_eq!(datum_tijd(t), "31 december 2026, 08:05");
    }
}
