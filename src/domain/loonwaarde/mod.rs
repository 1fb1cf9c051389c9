//! Loonwaarde: the stappenplan of the Regeling loonkostensubsidie (Loonwaardegids §1.4) and the
//! Uniforme Loonwaardebepaling (Besluit loonkostensubsidie Participatiewet 2021), Pi4 and Pi5,
//! additionele kosten and loonkostensubsidie (LKS).
//!
//! Every score is a percentage of the normfunctie (100 = a werknemer without beperking).

mod berekening;
pub mod keuzegids;
pub mod kosten;
pub mod lks;
pub mod methodiek;
pub mod vergelijking;

pub use berekening::{
    bereken, hoofdtaak_minimum, per_maand, Bevinding, Methode, Resultaat, Taak, TaakResultaat, Veld, Veldfout,
    Werkweek, MAX_HOOFDTAKEN_ULW,
};
