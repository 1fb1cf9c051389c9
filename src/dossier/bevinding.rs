//! A problem found in a dossier file, at its JSON path. Every part of the format reports with it,
//! so it lives apart from the validator that collects them.

/// One problem in one place of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bevinding {
    /// JSON path, e.g. `$.title`.
    pub pad: String,
    /// A Dutch sentence that says what is wrong, without the path.
    pub melding: String,
}

impl Bevinding {
    /// What the user reads: the Dutch sentence first, the JSON path after it for the expert, as in
    /// "De titel ontbreekt (plaats: $.title)."
    pub fn tekst(&self) -> String {
        format!("{} (plaats: {}).", self.melding.trim_end_matches('.'), self.pad)
    }
}
