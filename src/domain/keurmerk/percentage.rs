//! Exact percentage comparisons: 8 of 10 is 80% and meets "80% of meer".

use rust_decimal::Decimal;

/// `teller / noemer ≥ procent%`, compared in whole numbers, so no rounding can tip a boundary.
/// A zero `noemer` is never "at least": the caller decides what an empty base means.
pub fn minstens_procent(teller: u64, noemer: u64, procent: u64) -> bool {
    noemer > 0 && u128::from(teller) * 100 >= u128::from(procent) * u128::from(noemer)
}

/// `teller / noemer × 100`, unrounded; `None` for a zero `noemer`.
pub fn procent(teller: u64, noemer: u64) -> Option<Decimal> {
    (noemer > 0).then(|| Decimal::from(teller) * Decimal::ONE_HUNDRED / Decimal::from(noemer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn boundaries_are_exact() {
        assert!(minstens_procent(8, 10, 80));
        assert!(!minstens_procent(7, 9, 80));
        assert!(minstens_procent(12, 10, 80));
        assert!(!minstens_procent(0, 0, 80));
        assert!(minstens_procent(30, 300, 10));
        assert!(!minstens_procent(29, 300, 10));
        assert_eq!(procent(7, 9).map(|p| crate::domain::getal::rond_af(p, 2)), Some(dec!(77.78)));
        assert_eq!(procent(1, 0), None);
    }
}
