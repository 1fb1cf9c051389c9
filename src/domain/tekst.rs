//! Small helpers for Dutch running text.

/// `s` with its first letter as a capital ("het antwoord" → "Het antwoord"); the rest unchanged.
pub fn met_hoofdletter(s: &str) -> String {
    let mut tekens = s.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

/// `s` with only its first letter small, for a noun phrase inside a sentence ("De VOG" → "de VOG",
/// "Het KvK-uittreksel" → "het KvK-uittreksel"): abbreviations keep their capitals.
pub fn met_kleine_letter(s: &str) -> String {
    let mut tekens = s.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_lowercase().chain(tekens).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{met_hoofdletter, met_kleine_letter};

    #[test]
    fn only_the_first_letter_becomes_small() {
        assert_eq!(met_kleine_letter("De VOG"), "de VOG");
        assert_eq!(met_kleine_letter("Het KvK-uittreksel"), "het KvK-uittreksel");
        assert_eq!(met_kleine_letter(""), "");
    }

    #[test]
    fn only_the_first_letter_becomes_a_capital() {
        assert_eq!(met_hoofdletter("het antwoord (Pi5)"), "Het antwoord (Pi5)");
        assert_eq!(met_hoofdletter("meetperiode 2025"), "Meetperiode 2025");
        assert_eq!(met_hoofdletter("Al groot"), "Al groot");
        assert_eq!(met_hoofdletter(""), "");
        assert_eq!(met_hoofdletter("één"), "Één");
        assert_eq!(met_hoofdletter("ĳsbaan"), "Ĳsbaan");
        assert_eq!(met_hoofdletter("ß"), "SS", "a letter may become two");
        assert_eq!(met_hoofdletter("2 casussen"), "2 casussen");
    }
}
