//! The rules and numbers of the source documents, pure and deterministic.
//!
//! Nothing here reads a clock, the browser or storage: "today" is always a parameter.

pub mod datum;
pub mod getal;
pub mod uitleg;
pub mod loonwaarde;
pub mod keurmerk;
pub mod examen;
