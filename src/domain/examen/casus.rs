//! A practice casus: the narrative a deskundige works from, the normfunctie, and the Gouden
//! Standaard that the answer is judged against.
//!
//! Casussen are data (`public/casussen/*.json`, fetched when needed); `controleer` recomputes
//! every Gouden Standaard through the same loonwaarde rules the calculator uses, so a casus can
//! never teach a number the app itself would not produce.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::band::op_centen;
use crate::domain::getal::{euro, nl_kort};
use crate::domain::loonwaarde::{self as lw, Methode, Taak, Werkweek};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Niveau {
    Eenvoudig,
    Gemiddeld,
    Complex,
}

impl Niveau {
    pub fn naam(self) -> &'static str {
        match self {
            Niveau::Eenvoudig => "eenvoudig",
            Niveau::Gemiddeld => "gemiddeld",
            Niveau::Complex => "complex",
        }
    }
}

/// One entry of `public/casussen/index.json`: enough to choose a casus without loading it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casusindex {
    pub id: String,
    pub titel: String,
    pub sector: String,
    pub niveau: Niveau,
    /// Number of taken in the Gouden Standaard (stappenplan).
    pub taken: usize,
}

/// What a candidate is given: the casus without its Gouden Standaard. A trainee's casus pack
/// carries only this.
#[derive(Debug, Clone, PartialEq)]
pub struct Opgave {
    pub id: String,
    pub titel: String,
    pub sector: String,
    pub niveau: Niveau,
    pub verhaal: Verhaal,
    pub normfunctie: Normfunctie,
}

/// A casus as a file holds it: the opgave's fields, and `gouden_standaard` where the file has it
/// (every shipped casus and a trainer's pack; not a trainee's). One plain struct on the wire:
/// `#[serde(flatten)]` would cost every page that reads a casus some 25 KB of wasm.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Casusbestand {
    pub id: String,
    pub titel: String,
    pub sector: String,
    pub niveau: Niveau,
    pub verhaal: Verhaal,
    pub normfunctie: Normfunctie,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gouden_standaard: Option<GoudenStandaard>,
}

impl Casusbestand {
    pub fn van(o: Opgave, gouden_standaard: Option<GoudenStandaard>) -> Casusbestand {
        let Opgave { id, titel, sector, niveau, verhaal, normfunctie } = o;
        Casusbestand { id, titel, sector, niveau, verhaal, normfunctie, gouden_standaard }
    }

    pub fn delen(self) -> (Opgave, Option<GoudenStandaard>) {
        let Casusbestand { id, titel, sector, niveau, verhaal, normfunctie, gouden_standaard } = self;
        (Opgave { id, titel, sector, niveau, verhaal, normfunctie }, gouden_standaard)
    }
}

/// A casus with its Gouden Standaard.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Casusbestand", into = "Casusbestand")]
pub struct Casus {
    pub opgave: Opgave,
    pub gouden_standaard: GoudenStandaard,
}

impl TryFrom<Casusbestand> for Casus {
    type Error = String;
    fn try_from(b: Casusbestand) -> Result<Casus, String> {
        match b.delen() {
            (opgave, Some(gouden_standaard)) => Ok(Casus { opgave, gouden_standaard }),
            (o, None) => Err(format!("casus {} heeft geen Gouden Standaard", o.id)),
        }
    }
}

impl From<Casus> for Casusbestand {
    fn from(c: Casus) -> Casusbestand {
        Casusbestand::van(c.opgave, Some(c.gouden_standaard))
    }
}

/// A casus reads as its opgave (`casus.titel`, `casus.verhaal`): most code only shows the text.
impl std::ops::Deref for Casus {
    type Target = Opgave;
    fn deref(&self) -> &Opgave {
        &self.opgave
    }
}

impl std::ops::DerefMut for Casus {
    fn deref_mut(&mut self) -> &mut Opgave {
        &mut self.opgave
    }
}

/// What the deskundige reads: the werkplek, both accounts and the observations with numbers.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verhaal {
    pub werkplek: String,
    pub werkgever: String,
    pub werknemer: String,
    pub observaties: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normfunctie {
    pub naam: String,
    /// CAO or other source of the functieloon.
    pub bron: String,
    /// Normloon (functieloon) per uur, in euro.
    pub normloon: Decimal,
    pub voltijd_uren: Decimal,
    pub contracturen: Decimal,
    pub werkdagen: Decimal,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoudenStandaard {
    pub stappenplan: Analyse,
    /// Only where the ULW gives a different analysis (e.g. other hoofdtaken or a tempo above 100%).
    #[serde(default)]
    pub ulw: Option<Analyse>,
    /// Why the Gouden Standaard scores as it does, in a few sentences.
    pub toelichting: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analyse {
    pub taken: Vec<GoudenTaak>,
    /// Loonwaarde in whole percents.
    pub pi4: Decimal,
    /// Loonwaarde in euro per uur, on cents.
    pub pi5: Decimal,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoudenTaak {
    pub naam: String,
    /// Hours per week.
    pub uren: Decimal,
    pub tempo: Decimal,
    pub kwaliteit: Decimal,
    /// Inzetbaarheid (stappenplan) or netto werktijd (ULW).
    pub inzet: Decimal,
    /// Toelichting on tempo, kwaliteit and inzet, in that order.
    pub toelichting: [String; 3],
}

impl Opgave {
    pub fn week(&self) -> Werkweek {
        Werkweek { contracturen: self.normfunctie.contracturen, werkdagen: Some(self.normfunctie.werkdagen) }
    }
}

impl Casus {
    /// The analysis of the Gouden Standaard for this method: the ULW one where it differs.
    pub fn analyse(&self, methode: Methode) -> &Analyse {
        match (methode, &self.gouden_standaard.ulw) {
            (Methode::Ulw, Some(ulw)) => ulw,
            _ => &self.gouden_standaard.stappenplan,
        }
    }
}

impl Analyse {
    pub fn domeintaken(&self) -> Vec<Taak> {
        self.taken
            .iter()
            .map(|t| Taak {
                naam: t.naam.clone(),
                uren: t.uren,
                tempo: t.tempo,
                kwaliteit: t.kwaliteit,
                inzet: t.inzet,
                toegelicht: t.toelichting.clone().map(|s| !s.trim().is_empty()),
            })
            .collect()
    }
}

/// Pi5 per uur on cents, the way an answer is stated: Pi4 × normloon, rounded half away from zero.
pub fn pi5_op_centen(pi4: Decimal, normloon: Decimal) -> Decimal {
    op_centen(pi4 / Decimal::ONE_HUNDRED * normloon)
}

/// Every way a casus contradicts itself or the rules, in Dutch; empty when it is sound.
pub fn controleer(casus: &Casus) -> Vec<String> {
    let mut fouten = controleer_opgave(casus);
    if casus.gouden_standaard.toelichting.trim().is_empty() {
        fouten.push(format!("{}: de Gouden Standaard mist een toelichting", casus.id));
    }
    let mut analyses = vec![(Methode::Stappenplan, &casus.gouden_standaard.stappenplan)];
    if let Some(ulw) = &casus.gouden_standaard.ulw {
        analyses.push((Methode::Ulw, ulw));
    }
    for (methode, analyse) in analyses {
        controleer_analyse(casus, methode, analyse, &mut fouten);
    }
    fouten
}

/// What a candidate is given must be sound on its own: a trainee's pack has no Gouden Standaard
/// to check it against.
pub fn controleer_opgave(casus: &Opgave) -> Vec<String> {
    let mut fouten = Vec::new();
    if casus.id.trim().is_empty() || casus.titel.trim().is_empty() {
        fouten.push(format!("{}: een casus heeft een id en een titel", casus.id));
    }
    let n = &casus.normfunctie;
    if n.normloon <= Decimal::ZERO {
        fouten.push(format!("{}: normloon moet groter zijn dan nul", casus.id));
    }
    if n.contracturen <= Decimal::ZERO || n.contracturen > n.voltijd_uren {
        fouten.push(format!("{}: contracturen moeten tussen 0 en de voltijduren liggen", casus.id));
    }
    if n.werkdagen <= Decimal::ZERO || n.werkdagen > Decimal::from(7) {
        fouten.push(format!("{}: werkdagen moeten tussen 0 en 7 liggen", casus.id));
    }
    if casus.verhaal.observaties.is_empty() {
        fouten.push(format!("{}: het verhaal heeft geen waarnemingen", casus.id));
    }
    for t in casus.verhaal.observaties.iter().chain([&casus.verhaal.werkplek]) {
        if t.trim().is_empty() {
            fouten.push(format!("{}: lege tekst in het verhaal", casus.id));
        }
    }
    fouten
}

fn controleer_analyse(casus: &Casus, methode: Methode, analyse: &Analyse, fouten: &mut Vec<String>) {
    let waar = format!("{} ({})", casus.id, methode.naam());
    let uren: Decimal = analyse.taken.iter().map(|t| t.uren).sum();
    if uren != casus.normfunctie.contracturen {
        fouten.push(format!(
            "{waar}: de taken tellen {} uur op, de contracturen zijn {}",
            nl_kort(uren, 2),
            nl_kort(casus.normfunctie.contracturen, 2)
        ));
    }
    for t in &analyse.taken {
        if t.toelichting.iter().any(|s| s.trim().is_empty()) {
            fouten.push(format!("{waar}: taak '{}' mist een toelichting op een score", t.naam));
        }
    }
    match lw::bereken(methode, &analyse.domeintaken(), Some(casus.week()), false) {
        Err(e) => fouten.extend(e.into_iter().map(|f| format!("{waar}: {}", f.melding))),
        Ok(r) => {
            fouten.extend(r.bevindingen.iter().map(|b| format!("{waar}: bevinding: {}", b.melding)));
            if r.pi4 != analyse.pi4 {
                fouten.push(format!("{waar}: Pi4 is {}%, berekend {}%", nl_kort(analyse.pi4, 2), nl_kort(r.pi4, 2)));
            }
            let pi5 = pi5_op_centen(r.pi4, casus.normfunctie.normloon);
            if pi5 != analyse.pi5 {
                fouten.push(format!("{waar}: Pi5 is {}, berekend {}", euro(analyse.pi5), euro(pi5)));
            }
        }
    }
}

/// Draws `n` casussen from `alle`, avoiding `uitsluiten` where enough others remain, in an order
/// fixed by `zaad` (the caller passes a random number; tests pass a fixed one).
pub fn trek(alle: &[String], uitsluiten: &[String], n: usize, zaad: u32) -> Vec<String> {
    let mut pot: Vec<String> = alle.iter().filter(|c| !uitsluiten.contains(c)).cloned().collect();
    schud(&mut pot, zaad);
    if pot.len() < n {
        // Too few unused casussen: top up with used ones rather than give a short exam.
        let mut aanvulling: Vec<String> = alle.iter().filter(|c| uitsluiten.contains(c)).cloned().collect();
        schud(&mut aanvulling, zaad.rotate_left(16));
        pot.extend(aanvulling);
    }
    pot.truncate(n);
    pot
}

/// The casussen of the pool not yet drawn in this round: `eerdere` are the casussen of the
/// earlier sittings, oldest first; a round ends when every casus of `alle` has been drawn, and
/// the next round starts empty.
pub fn nog_niet_getrokken(alle: &[String], eerdere: &[String]) -> Vec<String> {
    let mut ronde: Vec<&String> = Vec::new();
    for id in eerdere.iter().filter(|id| alle.contains(id)) {
        if alle.iter().all(|c| ronde.contains(&c)) {
            ronde.clear();
        }
        if !ronde.contains(&id) {
            ronde.push(id);
        }
    }
    if alle.iter().all(|c| ronde.contains(&c)) {
        ronde.clear();
    }
    alle.iter().filter(|c| !ronde.contains(c)).cloned().collect()
}

/// Draws an exam's casussen without repeats until the pool is used up: first every casus not yet
/// drawn in this round (`nog_niet_getrokken`); only when fewer than `n` remain does the next round
/// begin, topped up from the rest, where possible not from `vermijd` (the casussen of the exam a
/// herexamen follows).
pub fn trek_zonder_herhaling(
    alle: &[String],
    eerdere: &[String],
    vermijd: &[String],
    n: usize,
    zaad: u32,
) -> Vec<String> {
    let mut vrij = nog_niet_getrokken(alle, eerdere);
    schud(&mut vrij, zaad);
    if vrij.len() >= n {
        vrij.truncate(n);
        return vrij;
    }
    let rest: Vec<String> = alle.iter().filter(|c| !vrij.contains(c)).cloned().collect();
    let mut gekozen = vrij;
    let aantal = n - gekozen.len();
    gekozen.extend(trek(&rest, vermijd, aantal, zaad.rotate_left(8)));
    gekozen
}

/// Fisher–Yates with xorshift32: small, deterministic per seed, no dependency.
fn schud(pot: &mut [String], zaad: u32) {
    let mut x = zaad.max(1);
    for i in (1..pot.len()).rev() {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let j = (x as usize) % (i + 1);
        pot.swap(i, j);
    }
}
