//! The one number reader, as a table: what a Dutch user types, per kind of field, and how it is
//! read. "≈" marks an entry that can honestly mean two things: the message names both readings.

use rust_decimal::Decimal;
use werkwaarde::domain::lezen::{lees_datum, lees_getal, Getalsoort};

use Getalsoort::{Aantal, Cijfer, Geld, Procent, Uren};

#[derive(Debug)]
enum Lezing {
    Is(&'static str),
    /// Two readings, both named in the message.
    Twee(&'static str, &'static str),
    /// Refused; the message contains this.
    Nee(&'static str),
}
use Lezing::{Is, Nee, Twee};

const TABEL: &[(&str, Getalsoort, Lezing)] = &[
    // Thousands in amounts and counts.
    ("1.200", Aantal, Is("1200")),
    ("1.200", Geld, Is("1200")),
    ("3.120", Geld, Is("3120")),
    ("60.000", Geld, Is("60000")),
    ("60.000", Aantal, Is("60000")),
    ("1.234.567", Geld, Is("1234567")),
    ("€ 3.120", Geld, Is("3120")),
    ("€3.120,00", Geld, Is("3120.00")),
    // The Dutch decimal comma, with or without thousands points.
    ("1.234,56", Geld, Is("1234.56")),
    ("1.234,56", Procent, Is("1234.56")),
    ("12,5", Procent, Is("12.5")),
    ("12,5", Uren, Is("12.5")),
    ("7,5", Cijfer, Is("7.5")),
    ("16,00", Geld, Is("16.00")),
    (",5", Uren, Is("0.5")),
    ("0,5", Uren, Is("0.5")),
    // A point that cannot separate thousands is a decimal point.
    ("12.5", Uren, Is("12.5")),
    ("12.5", Geld, Is("12.5")),
    ("7.5", Cijfer, Is("7.5")),
    ("0.500", Geld, Is("0.500")),
    ("2.75", Procent, Is("2.75")),
    // Two honest readings: named, not guessed.
    ("1.200", Uren, Twee("1200", "1,2")),
    ("1.200", Procent, Twee("1200", "1,2")),
    ("7.500", Cijfer, Twee("7500", "7,5")),
    ("38.000", Uren, Twee("38000", "38")),
    // With more than one point only thousands remain.
    ("1.200.000", Procent, Is("1200000")),
    // Counts are whole.
    ("12", Aantal, Is("12")),
    ("2.5", Aantal, Nee("heel aantal")),
    ("2,5", Aantal, Nee("heel aantal")),
    ("1,0", Aantal, Nee("heel aantal")),
    ("-3", Aantal, Nee("niet negatief")),
    // Signs, symbols and spaces.
    ("-3", Uren, Is("-3")),
    ("−1.500,25", Geld, Is("-1500.25")),
    ("80%", Procent, Is("80")),
    ("80 %", Procent, Is("80")),
    ("€ 16,25", Geld, Is("16.25")),
    (" 1 200 ", Aantal, Is("1200")),
    ("1\u{a0}200,50", Geld, Is("1200.50")),
    // Not numbers at all.
    ("", Geld, Nee("Vul een getal in")),
    ("twaalf", Aantal, Nee("geen getal")),
    ("1.2.3", Geld, Nee("geen getal")),
    ("1.23,5", Geld, Nee("groepen van drie")),
    ("1,2,3", Procent, Nee("geen getal")),
    ("3-4", Uren, Nee("geen getal")),
    ("1e5", Geld, Nee("geen getal")),
    ("12,", Procent, Nee("geen getal")),
    ("€ 12", Procent, Nee("geen getal")),
    ("80%", Geld, Nee("geen getal")),
    ("0x10", Aantal, Nee("geen getal")),
    ("12.", Uren, Nee("geen getal")),
];

#[test]
fn every_typed_string_reads_as_the_table_says() {
    assert!(TABEL.len() >= 40);
    for (tekst, soort, lezing) in TABEL {
        let gelezen = lees_getal(tekst, *soort);
        match lezing {
            Is(verwacht) => {
                let verwacht: Decimal = verwacht.parse().unwrap();
                assert_eq!(gelezen, Ok(verwacht), "{tekst:?} als {soort:?}");
            }
            Twee(a, b) => {
                let melding = gelezen.expect_err(&format!("{tekst:?} als {soort:?} heeft twee lezingen"));
                assert!(
                    melding.contains(&format!(" {a} ")) && melding.contains(&format!(" {b} ")),
                    "{tekst:?}: {melding}"
                );
            }
            Nee(deel) => {
                let melding = gelezen.expect_err(&format!("{tekst:?} als {soort:?} wordt geweigerd"));
                assert!(melding.contains(deel), "{tekst:?} als {soort:?}: {melding}");
            }
        }
    }
}

#[test]
fn dates_read_as_a_date_field_gives_them_and_as_the_dutch_type_them() {
    let d = |j, m, dag| chrono::NaiveDate::from_ymd_opt(j, m, dag).unwrap();
    assert_eq!(lees_datum("2026-03-01"), Ok(d(2026, 3, 1)));
    assert_eq!(lees_datum("1-3-2026"), Ok(d(2026, 3, 1)));
    assert_eq!(lees_datum(" 01-03-2026 "), Ok(d(2026, 3, 1)));
    assert!(lees_datum("31-2-2026").unwrap_err().contains("bestaat niet"));
    for fout in ["", "1-3-26", "2026/03/01", "maart", "1-3-2026-4"] {
        assert!(lees_datum(fout).unwrap_err().contains("geen datum"), "{fout}");
    }
}

proptest::proptest! {
    /// Whatever is typed, the reader answers: a number or a Dutch message, never a panic.
    #[test]
    fn the_reader_never_panics(tekst in "\\PC{0,24}", soort in 0usize..5) {
        let soort = [Aantal, Geld, Procent, Cijfer, Uren][soort];
        let _ = lees_getal(&tekst, soort);
        let _ = lees_datum(&tekst);
    }

    /// A number written the Dutch way reads back as itself, in every kind that allows it.
    #[test]
    fn a_dutch_written_number_reads_back(mantisse in 0i64..100_000_000_000, schaal in 0u32..4) {
        let waarde = Decimal::new(mantisse, schaal);
        let tekst = werkwaarde::domain::getal::nl_getal(waarde, schaal);
        for soort in [Geld, Procent, Uren] {
            let gelezen = lees_getal(&tekst, soort);
            // "1.200" in hours or percent is honestly two things; everything else reads back.
            if schaal > 0 || soort == Geld || waarde < Decimal::from(1000) {
                proptest::prop_assert_eq!(gelezen, Ok(waarde), "{} als {:?}", tekst, soort);
            }
        }
    }
}
