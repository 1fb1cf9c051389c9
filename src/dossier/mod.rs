//! What a user saves and shares: the dossier file format, its validation and its export.
//!
//! The same JSON is written to browser storage and to an exported file, so a stored entry is read
//! back through the very validator an imported file goes through.

mod export;
pub mod invoer;
pub mod loonwaarde;
mod model;
mod validate;
pub mod zelftoets;

pub use export::{bestandsnaam, iso_datum, lees_iso_datum, naar_json};
pub use model::{Dossier, DossierSoort, Format, TitelFout, FORMAT, MAX_TITEL_TEKENS, SCHEMA_VERSION};
pub use validate::{lees, lees_import, Bevinding, ImportFout, MAX_IMPORT_BYTES};
