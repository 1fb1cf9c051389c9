//! Examentraining and validatie for loonwaardedeskundigen (Loonwaardegids §3 and §5, SPEC B3).

pub mod band;
pub mod casus;
pub mod groep;
pub mod nakijken;
pub mod uitslag;
pub mod validatie;
pub mod zitting;
