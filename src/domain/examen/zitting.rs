//! An exam sitting (Loonwaardegids §5; SPEC B3): six casussen over two examendagen of three, or a
//! herexamen of three casussen in one sitting. Each day is a timed sitting of its own, handed in
//! by the user after confirming or by the timer when its time is up.
//!
//! Plain data and no clock: "now" (`nu`) is milliseconds since the epoch, always a parameter.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::band::PI5_DECIMALEN;

/// Minutes per examendag unless the user sets another: three casussen of about an hour each
/// (reading, analysis, calculation). The Loonwaardegids names no duration [keuze].
pub const STANDAARD_MINUTEN: u32 = 180;
/// The shortest examendag that can be set.
pub const MIN_MINUTEN: u32 = 1;
/// The longest examendag that can be set: eight hours.
pub const MAX_MINUTEN: u32 = 480;
/// Casussen per examendag.
pub const CASUSSEN_PER_DAG: usize = 3;
/// Examendagen of an exam.
pub const EXAMENDAGEN: usize = 2;
/// Days of a herexamen: one sitting.
pub const HEREXAMENDAGEN: usize = 1;

const MS_PER_MINUUT: u64 = 60_000;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Soort {
    /// Six casussen over two days of three.
    #[default]
    Examen,
    /// Three casussen in one sitting, after an exam with 3 or 4 within the band.
    Herexamen,
}

impl Soort {
    pub const fn dagen(self) -> usize {
        match self {
            Soort::Examen => EXAMENDAGEN,
            Soort::Herexamen => HEREXAMENDAGEN,
        }
    }

    pub const fn casussen(self) -> usize {
        self.dagen() * CASUSSEN_PER_DAG
    }
}

/// The message at the timer setting when it is not a whole number of minutes within the bounds.
pub fn minutenfout() -> String {
    format!("Vul een aantal minuten in van {MIN_MINUTEN} tot en met {MAX_MINUTEN}.")
}

/// The length of an examendag: `None` (nothing set) is `STANDAARD_MINUTEN`; a setting must lie
/// within `MIN_MINUTEN..=MAX_MINUTEN`.
pub fn examenduur(minuten: Option<u32>) -> Result<u32, String> {
    match minuten {
        None => Ok(STANDAARD_MINUTEN),
        Some(m) if (MIN_MINUTEN..=MAX_MINUTEN).contains(&m) => Ok(m),
        Some(_) => Err(minutenfout()),
    }
}

/// An exam answer is a Pi5 per uur in euro, on cents as the Gouden Standaard is stated: never
/// negative, at most two decimals. `Err` is the message at the field.
pub fn controleer_antwoord(pi5: Decimal) -> Result<Decimal, String> {
    if pi5 < Decimal::ZERO {
        return Err("Een loonwaarde in euro kan niet negatief zijn.".into());
    }
    if pi5.normalize().scale() > PI5_DECIMALEN {
        return Err(format!("Een bedrag heeft hoogstens {PI5_DECIMALEN} decimalen."));
    }
    Ok(pi5)
}

/// The examendag a casus belongs to (0-based), by its place in the sitting.
pub fn dag_van(casus_index: usize) -> usize {
    casus_index / CASUSSEN_PER_DAG
}

/// A verdict is only given once every day is handed in, so nothing of a sitting leaks before it
/// is over.
pub fn uitslag_zichtbaar(dagen_ingeleverd: &[bool]) -> bool {
    !dagen_ingeleverd.is_empty() && dagen_ingeleverd.iter().all(|d| *d)
}

/// One examendag: its timer and when it was handed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dag {
    pub minuten: u32,
    /// When the day's sitting began.
    pub gestart: Option<u64>,
    /// When it was handed in, by the user or by the timer.
    pub ingeleverd: Option<u64>,
    /// Handed in because the time was up.
    pub tijd_op: bool,
}

impl Dag {
    /// A day of `minuten`, not yet begun.
    pub fn nieuw(minuten: u32) -> Dag {
        Dag { minuten, ..Dag::default() }
    }

    /// The moment the time is up; `None` before the start.
    pub fn einde(&self) -> Option<u64> {
        self.gestart.map(|g| g.saturating_add(u64::from(self.minuten) * MS_PER_MINUUT))
    }

    /// Milliseconds left at `nu`; `None` before the start.
    pub fn resterend(&self, nu: u64) -> Option<u64> {
        self.einde().map(|e| e.saturating_sub(nu))
    }

    /// The time is up from the very millisecond of the end on.
    pub fn verstreken(&self, nu: u64) -> bool {
        self.einde().is_some_and(|e| nu >= e)
    }

    /// Begun, not handed in and the time not up: answers of this day can still change.
    pub fn loopt(&self, nu: u64) -> bool {
        self.gestart.is_some() && self.ingeleverd.is_none() && !self.verstreken(nu)
    }

    /// Starts the timer at `nu`; a day begins once. Returns whether anything changed.
    pub fn begin(&mut self, nu: u64) -> bool {
        if self.gestart.is_some() || self.ingeleverd.is_some() {
            return false;
        }
        self.gestart = Some(nu);
        true
    }

    /// The timer: a begun day whose time is up at `nu` is handed in at its end, with the answers
    /// given so far. Returns whether anything changed.
    pub fn verloop(&mut self, nu: u64) -> bool {
        if self.ingeleverd.is_some() || !self.verstreken(nu) {
            return false;
        }
        self.ingeleverd = self.einde();
        self.tijd_op = true;
        true
    }

    /// The user hands the day in at `nu`. It needs their confirmation (`bevestigd`), as the
    /// answers of the day are final afterwards; a day not begun cannot be handed in. When the time
    /// was already up, the day is handed in at its end, as the timer would have done. Returns
    /// whether anything changed.
    pub fn lever_in(&mut self, nu: u64, bevestigd: bool) -> bool {
        if !bevestigd || self.gestart.is_none() || self.ingeleverd.is_some() {
            return false;
        }
        if self.verloop(nu) {
            return true;
        }
        self.ingeleverd = Some(nu);
        true
    }
}

/// One casus of a sitting: the Gouden Standaard Pi5 and the answer as read (`None`: empty or not
/// readable, which counts as outside the band).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Antwoord {
    pub goud: Decimal,
    pub pi5: Option<Decimal>,
}

/// An exam or herexamen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zitting {
    pub id: u64,
    pub soort: Soort,
    /// For a herexamen: the exam it follows.
    pub vorige: Option<u64>,
    pub dagen: Vec<Dag>,
    /// In the order of the sitting: the first `CASUSSEN_PER_DAG` on day 1, and so on.
    pub antwoorden: Vec<Antwoord>,
}

/// The days of a new sitting of `soort`, each of `minuten`, none begun.
pub fn nieuwe_dagen(soort: Soort, minuten: u32) -> Vec<Dag> {
    vec![Dag::nieuw(minuten); soort.dagen()]
}

impl Zitting {
    /// Every day is handed in.
    pub fn klaar(&self) -> bool {
        uitslag_zichtbaar(&self.dagen.iter().map(|d| d.ingeleverd.is_some()).collect::<Vec<_>>())
    }

    /// The day that is open: running, or next to begin; `None` when all are handed in. Days are
    /// sat in order.
    pub fn huidige_dag(&self) -> Option<usize> {
        self.dagen.iter().position(|d| d.ingeleverd.is_none())
    }

    /// Begins day `dag` at `nu`, if it is the open day. Returns whether anything changed.
    pub fn begin(&mut self, dag: usize, nu: u64) -> bool {
        if self.huidige_dag() != Some(dag) {
            return false;
        }
        self.dagen.get_mut(dag).is_some_and(|d| d.begin(nu))
    }

    /// The timer over every day: hands in each begun day whose time is up at `nu`, also when
    /// that happened while nobody looked. Returns whether anything changed.
    pub fn verloop(&mut self, nu: u64) -> bool {
        let mut veranderd = false;
        for d in &mut self.dagen {
            veranderd |= d.verloop(nu);
        }
        veranderd
    }

    /// The user hands in day `dag` at `nu` after confirming (see `Dag::lever_in`).
    pub fn lever_in(&mut self, dag: usize, nu: u64, bevestigd: bool) -> bool {
        self.dagen.get_mut(dag).is_some_and(|d| d.lever_in(nu, bevestigd))
    }

    /// The answer to casus `casus_index` may be changed at `nu`: its day is running.
    pub fn antwoord_open(&self, casus_index: usize, nu: u64) -> bool {
        self.dagen.get(dag_van(casus_index)).is_some_and(|d| d.loopt(nu))
    }
}
