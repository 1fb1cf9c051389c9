//! A problem found in a dossier file, at its JSON path. Every part of the format reports with it,
//! so it lives apart from the validator that collects them.

/// One problem in one place of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bevinding {
    /// JSON path, e.g. `$.title`.
    pub pad: String,
    pub melding: String,
}
