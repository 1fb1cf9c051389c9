mod dossier;
mod dossiers;
mod gebied;
mod niet_gevonden;
mod start;

pub use dossier::DossierPagina;
pub use dossiers::DossiersPagina;
pub use gebied::GebiedPagina;
pub use niet_gevonden::NietGevonden;
pub use start::StartPagina;
