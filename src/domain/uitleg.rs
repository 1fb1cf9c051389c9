//! The explanation that travels with every computed figure: how it was computed, with the user's
//! own numbers, against which threshold, and from which norm or source.

use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Uitleg {
    /// The formula in words, e.g. "b.2 / c × 100%".
    pub formule: String,
    /// The formula with the user's numbers filled in, e.g. "8 / 10 × 100% = 80%".
    pub berekening: String,
    /// The threshold it is held against, if any, e.g. "ten minste 80%".
    pub norm: Option<String>,
    /// Where the rule comes from: norm code and paragraph, e.g. "norm 2.1.3, §3.4".
    pub bron: String,
}
