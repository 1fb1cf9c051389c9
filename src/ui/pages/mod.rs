mod dossier;
mod dossiers;
#[cfg(feature = "examen-ui")]
mod examen;
mod gebied;
#[cfg(any(feature = "loonwaarde-ui", feature = "examen-ui"))]
mod loonwaarde;
mod niet_gevonden;
#[cfg(feature = "loonwaarde-ui")]
mod rapport;
mod start;
#[cfg(feature = "zelftoets-ui")]
mod zelftoets;

pub use dossier::{DossierPagina, GebiedLader};
pub use dossiers::DossiersPagina;
#[cfg(feature = "examen-ui")]
pub use examen::Examentraining;
pub use gebied::GebiedPagina;
#[cfg(feature = "loonwaarde-ui")]
pub use loonwaarde::LoonwaardeCalculator;
pub use niet_gevonden::NietGevonden;
#[cfg(feature = "loonwaarde-ui")]
pub use rapport::RapportPagina;
pub use start::StartPagina;
#[cfg(feature = "zelftoets-ui")]
pub use zelftoets::Zelftoets;
