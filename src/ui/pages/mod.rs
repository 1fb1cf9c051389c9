mod dossier;
mod dossiers;
mod examen;
mod gebied;
mod gebieden;
mod keuzegids;
mod loonwaarde;
mod methodieken;
mod niet_gevonden;
mod rapport;
mod rapportmodel;
mod start;
mod tweede_beoordeling;
mod zelftoets;

pub use dossier::{naar_elders, DossierPagina, RapportRoute, VergelijkRoute};
pub use gebieden::{EXAMENTRAINER, EXAMENTRAINING, EXAMENTRAINING_ALLES, LOONWAARDE, SCHIL, START, ZELFTOETS};
pub use niet_gevonden::NietGevonden;
