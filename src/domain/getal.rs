//! Decimal helpers shared by every rule: the one rounding the sources mean by
//! "rekenkundig afgerond", and Dutch number formatting.

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds half away from zero ("rekenkundig afgerond"): 72.5 → 73, −72.5 → −73.
///
/// `Decimal::round()` rounds half to even (72.5 → 72), which the sources do not mean.
pub fn rond_af(waarde: Decimal, decimalen: u32) -> Decimal {
    waarde.round_dp_with_strategy(decimalen, RoundingStrategy::MidpointAwayFromZero)
}

/// Formats with a decimal comma and a point between thousands, as Dutch readers expect:
/// `1234567.5` with 2 decimals → `1.234.567,50`.
pub fn nl_getal(waarde: Decimal, decimalen: u32) -> String {
    let afgerond = rond_af(waarde, decimalen);
    let tekst = format!("{:.*}", decimalen as usize, afgerond.abs());
    let (geheel, fractie) = match tekst.split_once('.') {
        Some((g, f)) => (g.to_string(), Some(f.to_string())),
        None => (tekst, None),
    };
    let mut gegroepeerd = String::with_capacity(geheel.len() + geheel.len() / 3);
    for (i, c) in geheel.chars().enumerate() {
        if i > 0 && (geheel.len() - i) % 3 == 0 {
            gegroepeerd.push('.');
        }
        gegroepeerd.push(c);
    }
    let teken = if afgerond.is_sign_negative() && !afgerond.is_zero() { "−" } else { "" };
    match fractie {
        Some(f) => format!("{teken}{gegroepeerd},{f}"),
        None => format!("{teken}{gegroepeerd}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        assert_eq!(rond_af(dec!(72.5), 0), dec!(73));
        assert_eq!(rond_af(dec!(71.5), 0), dec!(72));
        assert_eq!(rond_af(dec!(70.5), 0), dec!(71));
        assert_eq!(rond_af(dec!(-72.5), 0), dec!(-73));
        assert_eq!(rond_af(dec!(72.4999), 0), dec!(72));
        assert_eq!(rond_af(dec!(11.365), 2), dec!(11.37));
        assert_eq!(rond_af(dec!(11.364), 2), dec!(11.36));
    }

    #[test]
    fn formats_the_dutch_way() {
        assert_eq!(nl_getal(dec!(1234567.5), 2), "1.234.567,50");
        assert_eq!(nl_getal(dec!(11.365), 2), "11,37");
        assert_eq!(nl_getal(dec!(999), 0), "999");
        assert_eq!(nl_getal(dec!(1000), 0), "1.000");
        assert_eq!(nl_getal(dec!(-0.004), 2), "0,00");
        assert_eq!(nl_getal(dec!(-1500.25), 1), "−1.500,3");
    }
}
