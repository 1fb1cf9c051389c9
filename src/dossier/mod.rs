//! What a user saves and shares: the dossier file format, its migration from older versions, its
//! validation and its export.
//!
//! The same JSON is written to browser storage and to an exported file, so a stored entry is read
//! back through the very validator an imported file goes through.
//!
//! The files import each other in one direction only (no file imports one that imports it back):
//! `bevinding` ← `importfout` ← `migreer` ← `validate`, `bevinding` ← `data` ← the area modules ← `validate`; `model` ← `export` ← `invoer`; `validate` ← `backup` (a file of every dossier, and the export reminder); `samenvoegen` and `herkomst` stand alone, `ontvangst` uses both. This file
//! only declares the modules and re-exports their public names.

pub mod antwoordbestand;
pub mod backup;
mod bevinding;
pub mod casusontwerp;
pub mod casuspakket;
mod data;
pub mod examendag;
pub mod examentraining;
pub mod examenuitslag;
mod export;
pub mod herkomst;
pub mod ics;
mod importfout;
pub mod invoer;
pub mod loonwaarde;
pub mod methodieken;
mod migreer;
mod model;
pub mod ontvangst;
pub mod planner;
pub mod samenvoegen;
#[cfg(feature = "schema")]
pub mod schema;
pub mod simulator;
pub mod sterren;
mod validate;
mod zegel;
pub mod zelftoets;

pub use bevinding::Bevinding;
pub use data::{data_naar_map, data_uit};
pub use export::{bestandsnaam, iso_datum, naar_json, naar_json_compact};
pub use importfout::ImportFout;
pub use migreer::{migreer, Stap, STAPPEN};
pub use model::{Dossier, DossierSoort, Format, TitelFout, FORMAT, MAX_TITEL_TEKENS, SCHEMA_VERSION};
pub use validate::{
    examentraining_fout, lees, lees_import, lees_met, lees_waarde, loonwaarde_fout, zelftoets_fout, Controle,
    Inhoudscontrole, MAX_IMPORT_BYTES,
};
