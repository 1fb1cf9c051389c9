mod dossier;
#[cfg(feature = "examen-ui")]
mod examen;
mod dossiers;
mod gebied;
mod loonwaarde;
mod niet_gevonden;
mod rapport;
mod start;
#[cfg(feature = "zelftoets-ui")]
mod zelftoets;

pub use dossier::DossierPagina;
#[cfg(feature = "examen-ui")]
pub use examen::ExamenGebied;
pub use dossiers::DossiersPagina;
pub use gebied::GebiedPagina;
pub use niet_gevonden::NietGevonden;
pub use rapport::RapportPagina;
pub use start::StartPagina;
#[cfg(feature = "zelftoets-ui")]
pub use zelftoets::ZelftoetsGebied;
