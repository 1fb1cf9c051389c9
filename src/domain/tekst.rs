//! Small text helpers shared by the rules and the pages.

/// The text with its first letter as a capital: "b.2 van vorig jaar" → "B.2 van vorig jaar".
pub fn met_hoofdletter(s: &str) -> String {
    let mut tekens = s.chars();
    match tekens.next() {
        Some(c) => c.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}
