//! Examentraining and validatie for loonwaardedeskundigen (Loonwaardegids §3 and §5, SPEC B3).

pub mod casus;
