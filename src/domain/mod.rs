//! The rules and numbers of the source documents, pure and deterministic.
//!
//! Nothing here reads a clock, the browser or storage: "today" is always a parameter.

pub mod datum;
pub mod examen;
pub mod getal;
pub mod keurmerk;
pub mod lezen;
pub mod loonwaarde;
pub mod tekst;
pub mod uitleg;
