//! The one reader of typed numbers and dates, for every field of every area.
//!
//! A Dutch user writes a comma for decimals and a point between thousands: `1.234,56`, `12,5`,
//! `3.120`. So a point followed by exactly three digits (in groups: `60.000`, `1.234.567`) is a
//! thousands point in an amount or a count. Where a value can honestly be either (`1.200` uur is
//! twelve hundred or one point two), the reader names both readings and lets the user choose,
//! instead of guessing. A point followed by anything else (`12.5`) can only be a decimal point.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// What a number field holds; it decides how a point reads and what is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Getalsoort {
    /// A whole number of things: no decimals.
    Aantal,
    /// Euro; `€` may be typed in front.
    Geld,
    /// A percentage; `%` may be typed behind.
    Procent,
    /// A cijfer (1 to 10); its range is checked by the rule that uses it.
    Cijfer,
    /// Hours, or another quantity with decimals (days per week).
    Uren,
}

impl Getalsoort {
    fn voorbeeld(self) -> &'static str {
        match self {
            Getalsoort::Aantal => "12 of 1.200",
            Getalsoort::Geld => "16,25 of 3.120",
            Getalsoort::Procent => "80 of 12,5",
            Getalsoort::Cijfer => "7 of 7,5",
            Getalsoort::Uren => "32 of 7,5",
        }
    }

    /// Whether `1.200` means twelve hundred here: in an amount or a count, yes.
    fn punt_is_duizendtal(self) -> bool {
        matches!(self, Getalsoort::Aantal | Getalsoort::Geld)
    }
}

/// Digits in groups of three after a first group of one to three, e.g. `1`, `60`, `1.234`.
fn in_duizendtallen(s: &str) -> bool {
    let mut groepen = s.split('.');
    let eerste = groepen.next().unwrap_or("");
    let cijfers = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    cijfers(eerste)
        && eerste.len() <= 3
        && (eerste != "0" || !s.contains('.'))
        && groepen.all(|g| g.len() == 3 && cijfers(g))
}

fn alleen_cijfers(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn getal_uit(geheel: &str, fractie: &str) -> Option<Decimal> {
    let tekst = if fractie.is_empty() { geheel.to_string() } else { format!("{geheel}.{fractie}") };
    tekst.parse().ok()
}

fn nl(waarde: Decimal) -> String {
    super::getal::nl_kort(waarde, 28)
}

/// Reads what was typed in a number field of kind `soort`; the error is a Dutch sentence for the
/// field. An empty text is an error too ("Vul … in"): a caller that allows empty checks first.
pub fn lees_getal(tekst: &str, soort: Getalsoort) -> Result<Decimal, String> {
    let getypt = tekst.trim();
    let mut rest = getypt;
    if soort == Getalsoort::Geld {
        rest = rest.trim_start_matches('€');
    }
    if soort == Getalsoort::Procent {
        rest = rest.trim_end_matches('%');
    }
    // Spaces (also the narrow ones a copied number brings) are never part of a number.
    let schoon: String = rest.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}').collect();
    if schoon.is_empty() {
        return Err("Vul een getal in.".to_string());
    }
    let (negatief, zonder_teken) = match schoon.strip_prefix(['-', '−']) {
        Some(r) => (true, r),
        None => (false, schoon.as_str()),
    };
    let geen_getal = || format!("\u{201c}{getypt}\u{201d} is geen getal; schrijf bijvoorbeeld {}.", soort.voorbeeld());
    let waarde = match zonder_teken.split_once(',') {
        Some((geheel, fractie)) => {
            if !alleen_cijfers(fractie) {
                return Err(geen_getal());
            }
            if geheel.contains('.') && !in_duizendtallen(geheel) {
                return Err(format!(
                    "\u{201c}{getypt}\u{201d} is geen getal: een punt staat tussen groepen van drie cijfers \
                     (1.234,56), de komma voor de decimalen."
                ));
            }
            // ",5" is how some write a half.
            let geheel = if geheel.is_empty() { "0" } else { geheel };
            if !geheel.contains('.') && !alleen_cijfers(geheel) {
                return Err(geen_getal());
            }
            getal_uit(&geheel.replace('.', ""), fractie).ok_or_else(geen_getal)?
        }
        None if zonder_teken.contains('.') => {
            if in_duizendtallen(zonder_teken) {
                let duizend = getal_uit(&zonder_teken.replace('.', ""), "").ok_or_else(geen_getal)?;
                if soort.punt_is_duizendtal() {
                    duizend
                } else {
                    // Only one point can be a decimal point; with more it is thousands.
                    let Some((geheel, fractie)) = zonder_teken.split_once('.').filter(|(_, f)| !f.contains('.')) else {
                        return Ok(if negatief { -duizend } else { duizend });
                    };
                    let decimaal = getal_uit(geheel, fractie).ok_or_else(geen_getal)?;
                    let teken = if negatief { "−" } else { "" };
                    // The thousands reading is shown without its point: that point is the doubt.
                    return Err(format!(
                        "\u{201c}{getypt}\u{201d} kan {teken}{duizend} of {teken}{} betekenen: schrijf \
                         {teken}{duizend} zonder punt, of {teken}{} met een komma.",
                        nl(decimaal),
                        nl(decimaal)
                    ));
                }
            } else {
                match zonder_teken.split_once('.') {
                    Some((geheel, fractie)) if alleen_cijfers(geheel) && alleen_cijfers(fractie) => {
                        getal_uit(geheel, fractie).ok_or_else(geen_getal)?
                    }
                    _ => return Err(geen_getal()),
                }
            }
        }
        None if alleen_cijfers(zonder_teken) => getal_uit(zonder_teken, "").ok_or_else(geen_getal)?,
        None => return Err(geen_getal()),
    };
    let waarde = if negatief { -waarde } else { waarde };
    if soort == Getalsoort::Aantal {
        if waarde < Decimal::ZERO {
            return Err("Een aantal kan niet negatief zijn.".to_string());
        }
        if waarde.normalize().scale() > 0 || zonder_teken.contains(',') {
            return Err("Vul een heel aantal in, zonder decimalen.".to_string());
        }
    }
    Ok(waarde)
}

/// Reads a date as a date field gives it (`2026-03-01`) or as a Dutch user types it
/// (`1-3-2026`, `01-03-2026`).
pub fn lees_datum(tekst: &str) -> Result<NaiveDate, String> {
    // A stored date is mostly `JJJJ-MM-DD`: those ten digits are read directly (this runs for
    // every date of a zelftoets on every key).
    if let [j1, j2, j3, j4, b'-', m1, m2, b'-', d1, d2] = *tekst.as_bytes() {
        let cijfer = |b: u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
        let deel = |cijfers: &[u8]| cijfers.iter().try_fold(0, |n, &b| Some(n * 10 + cijfer(b)?));
        if let (Some(jaar), Some(maand), Some(dag)) = (deel(&[j1, j2, j3, j4]), deel(&[m1, m2]), deel(&[d1, d2])) {
            return i32::try_from(jaar)
                .ok()
                .and_then(|j| NaiveDate::from_ymd_opt(j, maand, dag))
                .ok_or_else(|| format!("\u{201c}{tekst}\u{201d} bestaat niet als datum; controleer dag en maand."));
        }
    }
    let getypt = tekst.trim();
    let fout = || format!("\u{201c}{getypt}\u{201d} is geen datum; schrijf bijvoorbeeld 1-3-2026.");
    let delen: Vec<&str> = getypt.split('-').collect();
    let [a, b, c] = delen[..] else { return Err(fout()) };
    if ![a, b, c].iter().all(|d| alleen_cijfers(d)) {
        return Err(fout());
    }
    let getal = |s: &str| s.parse::<u32>().ok();
    let (jaar, maand, dag) = if a.len() == 4 {
        (a, b, c)
    } else if c.len() == 4 {
        (c, b, a)
    } else {
        return Err(fout());
    };
    let jaar = i32::try_from(getal(jaar).ok_or_else(fout)?).map_err(|_| fout())?;
    NaiveDate::from_ymd_opt(jaar, getal(maand).ok_or_else(fout)?, getal(dag).ok_or_else(fout)?)
        .ok_or_else(|| format!("\u{201c}{getypt}\u{201d} bestaat niet als datum; controleer dag en maand."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;
    use Getalsoort::*;

    #[test]
    fn reads_numbers_as_dutch_users_type_them() {
        assert_eq!(lees_getal("12,5", Procent), Ok(dec!(12.5)));
        assert_eq!(lees_getal(" 12.5 ", Uren), Ok(dec!(12.5)));
        assert_eq!(lees_getal("1.234,56", Geld), Ok(dec!(1234.56)));
        assert_eq!(lees_getal("€ 16,00", Geld), Ok(dec!(16.00)));
        assert_eq!(lees_getal("80%", Procent), Ok(dec!(80)));
        assert_eq!(lees_getal("-3", Uren), Ok(dec!(-3)));
        assert!(lees_getal("", Geld).unwrap_err().contains("Vul een getal in"));
        assert!(lees_getal("twaalf", Geld).unwrap_err().contains("geen getal"));
        assert!(lees_getal("1.2.3", Geld).is_err());
        assert!(lees_getal("3-4", Uren).is_err());
        assert!(lees_getal("1e5", Procent).is_err());
    }
}
