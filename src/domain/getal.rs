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
    // Rounding leaves at most `decimalen` decimals; the digits of the mantissa, padded with
    // zeros to exactly that many, are the number without its comma.
    let mut cijfers = afgerond.mantissa().unsigned_abs().to_string();
    let d = decimalen as usize;
    cijfers.extend(std::iter::repeat_n('0', d.saturating_sub(afgerond.scale() as usize)));
    if cijfers.len() <= d {
        cijfers.insert_str(0, &"0".repeat(d + 1 - cijfers.len()));
    }
    let (geheel, fractie) = cijfers.split_at(cijfers.len() - d);
    let mut uit = String::with_capacity(cijfers.len() + cijfers.len() / 3 + 4);
    if afgerond.is_sign_negative() && !afgerond.is_zero() {
        uit.push('−');
    }
    for (i, c) in geheel.chars().enumerate() {
        if i > 0 && (geheel.len() - i) % 3 == 0 {
            uit.push('.');
        }
        uit.push(c);
    }
    if d > 0 {
        uit.push(',');
        uit.push_str(fractie);
    }
    uit
}

/// Like `nl_getal`, but without trailing zeros: 43.20 → `43,2`, 18.00 → `18`.
pub fn nl_kort(waarde: Decimal, max_decimalen: u32) -> String {
    let afgerond = rond_af(waarde, max_decimalen).normalize();
    nl_getal(afgerond, afgerond.scale())
}

/// `€ 11,36`: money is shown rounded to cents, half away from zero; sums keep full precision.
pub fn euro(waarde: Decimal) -> String {
    format!("€ {}", nl_getal(waarde, 2))
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
    fn short_form_drops_trailing_zeros() {
        assert_eq!(nl_kort(dec!(43.20), 2), "43,2");
        assert_eq!(nl_kort(dec!(18.000), 2), "18");
        assert_eq!(nl_kort(dec!(33.3333333), 2), "33,33");
        assert_eq!(euro(dec!(11.365)), "€ 11,37");
    }

    #[test]
    fn formats_the_dutch_way() {
        assert_eq!(nl_getal(dec!(1234567.5), 2), "1.234.567,50");
        assert_eq!(nl_getal(dec!(11.365), 2), "11,37");
        assert_eq!(nl_getal(dec!(999), 0), "999");
        assert_eq!(nl_getal(dec!(1000), 0), "1.000");
        assert_eq!(nl_getal(dec!(-0.004), 2), "0,00");
        assert_eq!(nl_getal(dec!(-1500.25), 1), "−1.500,3");
        assert_eq!(nl_getal(dec!(0.05), 2), "0,05");
        assert_eq!(nl_getal(dec!(0.5), 3), "0,500");
        assert_eq!(nl_getal(dec!(-0.5), 0), "−1");
        assert_eq!(nl_getal(dec!(123456), 2), "123.456,00");
    }

    proptest::proptest! {
        /// Read back the Dutch way, the text is the number rounded half away from zero, with
        /// exactly the asked decimals.
        #[test]
        fn the_text_is_the_rounded_number(mantisse in -10_000_000_000i64..10_000_000_000, schaal in 0u32..6, decimalen in 0u32..5) {
            let waarde = Decimal::new(mantisse, schaal);
            let tekst = nl_getal(waarde, decimalen);
            let fractie = tekst.split_once(',').map_or(0, |(_, f)| f.len());
            proptest::prop_assert_eq!(fractie, decimalen as usize);
            let terug: Decimal = tekst.replace('.', "").replace(',', ".").replace('−', "-").parse().unwrap();
            proptest::prop_assert_eq!(terug, rond_af(waarde, decimalen));
        }
    }
}
