//! A casus the trainer writes in the app: the texts as typed and the Gouden Standaard as two
//! calculator sheets (stappenplan, and the ULW where it differs). It becomes a `Casus` only
//! through `naar_casus`, which computes the Pi4 and Pi5 with the calculator's own reading and then
//! checks the result as every shipped casus is checked (`casus::controleer`).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::loonwaarde::{bereken, domeintaken, label, Gelezen, Getalinvoer, LoonwaardeData, TaakData, Uitkomst};
use crate::domain::examen::casus::{
    controleer, pi5_op_centen, Analyse, Casus, GoudenStandaard, GoudenTaak, Niveau, Normfunctie, Opgave, Verhaal,
};
use crate::domain::examen::nakijken::telt_bij_nakijken;
use crate::domain::getal::nl_kort;
use crate::domain::loonwaarde::{Methode, Veld};
use crate::domain::tekst::met_hoofdletter;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Casusontwerp {
    pub id: String,
    pub titel: String,
    pub sector: String,
    pub niveau: Niveau,
    pub werkplek: String,
    pub werkgever: String,
    pub werknemer: String,
    /// One observation per line.
    pub observaties: String,
    /// Why the Gouden Standaard scores as it does.
    pub toelichting: String,
    /// The Gouden Standaard by the stappenplan; its normfunctie is the casus's.
    pub stappenplan: LoonwaardeData,
    /// Only where the ULW gives another analysis.
    pub ulw: Option<LoonwaardeData>,
}

impl Default for Casusontwerp {
    fn default() -> Casusontwerp {
        Casusontwerp {
            id: String::new(),
            titel: String::new(),
            sector: String::new(),
            niveau: Niveau::Gemiddeld,
            werkplek: String::new(),
            werkgever: String::new(),
            werknemer: String::new(),
            observaties: String::new(),
            toelichting: String::new(),
            stappenplan: LoonwaardeData { methode: Methode::Stappenplan, ..Default::default() },
            ulw: None,
        }
    }
}

impl Casusontwerp {
    /// An empty casus with this id.
    pub fn nieuw(id: String) -> Casusontwerp {
        Casusontwerp { id, ..Default::default() }
    }

    /// A shipped (or earlier) casus as a starting point, under a new id.
    pub fn uit_casus(c: &Casus, id: String) -> Casusontwerp {
        let v = &c.verhaal;
        let blad = |methode: Methode, a: &Analyse| LoonwaardeData {
            taken: a
                .taken
                .iter()
                .zip(1u64..)
                .map(|(t, id)| TaakData {
                    id,
                    naam: t.naam.clone(),
                    uren: nl_kort(t.uren, 2),
                    tempo: nl_kort(t.tempo, 2),
                    kwaliteit: nl_kort(t.kwaliteit, 2),
                    inzet: nl_kort(t.inzet, 2),
                    toelichting: t.toelichting.clone(),
                })
                .collect(),
            ..werkblad(c, methode)
        };
        Casusontwerp {
            id,
            titel: format!("{} (bewerking)", c.titel),
            sector: c.sector.clone(),
            niveau: c.niveau,
            werkplek: v.werkplek.clone(),
            werkgever: v.werkgever.clone(),
            werknemer: v.werknemer.clone(),
            observaties: v.observaties.join("\n"),
            toelichting: c.gouden_standaard.toelichting.clone(),
            stappenplan: blad(Methode::Stappenplan, &c.gouden_standaard.stappenplan),
            ulw: c.gouden_standaard.ulw.as_ref().map(|a| blad(Methode::Ulw, a)),
        }
    }

    /// The casus this becomes, with its Pi4 and Pi5 computed; `Err` lists in Dutch what keeps it
    /// from being a sound casus.
    pub fn naar_casus(&self) -> Result<Casus, Vec<String>> {
        let mut fouten = Vec::new();
        let tekst = |t: &str, wat: &str, fouten: &mut Vec<String>| {
            if t.trim().is_empty() {
                fouten.push(format!("Vul {wat} in."));
            }
            t.trim().to_string()
        };
        let titel = tekst(&self.titel, "de titel", &mut fouten);
        let sector = tekst(&self.sector, "de sector", &mut fouten);
        let werkplek = tekst(&self.werkplek, "de werkplek", &mut fouten);
        let werkgever = tekst(&self.werkgever, "wat de werkgever vertelt", &mut fouten);
        let werknemer = tekst(&self.werknemer, "wat de werknemer vertelt", &mut fouten);
        let toelichting = tekst(&self.toelichting, "de toelichting op de Gouden Standaard", &mut fouten);
        let observaties: Vec<String> =
            self.observaties.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
        if observaties.is_empty() {
            fouten.push("Vul ten minste één waarneming in (één per regel).".into());
        }
        // The normfunctie's numbers as the calculator reads them: one reading, one message each.
        let blad = LoonwaardeData { methode: Methode::Stappenplan, ..self.stappenplan.clone() };
        let uitkomst = bereken(&blad);
        let normfunctie = normfunctie(&self.stappenplan, &uitkomst.invoer, &mut fouten);
        let stappenplan = analyse("Stappenplan", &blad, &uitkomst, &mut fouten);
        let ulw = self.ulw.as_ref().map(|u| {
            let zelfde = |a: &str, b: &str| a.trim() == b.trim();
            let s = &self.stappenplan;
            if !(zelfde(&u.normloon, &s.normloon)
                && zelfde(&u.contracturen, &s.contracturen)
                && zelfde(&u.werkdagen, &s.werkdagen)
                && zelfde(&u.voltijd_uren, &s.voltijd_uren))
            {
                fouten.push(
                    "ULW: het normloon, de voltijdwerkweek, de contracturen en de werkdagen zijn die van het stappenplan; \
                     neem ze daarvan over."
                        .into(),
                );
            }
            let blad = LoonwaardeData { methode: Methode::Ulw, ..u.clone() };
            analyse("ULW", &blad, &bereken(&blad), &mut fouten)
        });
        let (Some(normfunctie), Some(stappenplan)) = (normfunctie, stappenplan) else {
            return Err(fouten);
        };
        let ulw = match ulw {
            Some(None) => return Err(fouten),
            Some(Some(a)) => Some(a),
            None => None,
        };
        if !fouten.is_empty() {
            return Err(fouten);
        }
        let mut casus = Casus {
            opgave: Opgave {
                id: self.id.clone(),
                titel,
                sector,
                niveau: self.niveau,
                verhaal: Verhaal { werkplek, werkgever, werknemer, observaties },
                normfunctie,
            },
            gouden_standaard: GoudenStandaard { stappenplan, ulw, toelichting },
        };
        for a in std::iter::once(&mut casus.gouden_standaard.stappenplan).chain(casus.gouden_standaard.ulw.as_mut()) {
            a.pi5 = pi5_op_centen(a.pi4, casus.opgave.normfunctie.normloon);
        }
        // The same check as every shipped casus: the rules recompute the Gouden Standaard, and a
        // finding (a hoofdtaak below its minimum, a total above 100%) keeps it from being one.
        let fouten = controleer(&casus);
        if fouten.is_empty() {
            Ok(casus)
        } else {
            Err(fouten.into_iter().map(|f| zonder_id(&f, &self.id)).collect())
        }
    }
}

/// A message of `controleer` for the form: "eigen-1 (Uniforme …): …" reads "ULW: …", since the
/// trainer is looking at that casus.
fn zonder_id(melding: &str, id: &str) -> String {
    let rest = melding.strip_prefix(id).unwrap_or(melding);
    if let Some((methode, tekst)) = rest.strip_prefix(" (").and_then(|r| r.split_once("): ")) {
        let naam = if methode == Methode::Ulw.naam() { "ULW" } else { "Stappenplan" };
        return format!("{naam}: {tekst}");
    }
    met_hoofdletter(rest.trim_start_matches(": "))
}

/// The normfunctie of the stappenplan sheet. A number the calculator could not read has its
/// message among the sheet's own (`analyse`); here only what a casus needs and the calculator
/// does not require (the voltijdwerkweek, the werkdagen, the name).
fn normfunctie(d: &LoonwaardeData, gelezen: &Gelezen, fouten: &mut Vec<String>) -> Option<Normfunctie> {
    // The calculator requires the normloon and the contracturen itself.
    let mut nodig = |g: Getalinvoer, wat: &str| {
        if g == Getalinvoer::NietIngevuld {
            fouten.push(format!("Stappenplan: vul {wat} in."));
        }
        g.getal()
    };
    let voltijd = nodig(gelezen.voltijd_uren, "de voltijdwerkweek");
    let werkdagen = nodig(gelezen.werkdagen, "het aantal werkdagen");
    let (normloon, contracturen) = (gelezen.normloon.getal(), gelezen.contracturen.getal());
    if d.normfunctie.trim().is_empty() {
        fouten.push("Stappenplan: vul de naam van de normfunctie in.".into());
    }
    Some(Normfunctie {
        naam: d.normfunctie.trim().to_string(),
        bron: d.bron.trim().to_string(),
        normloon: normloon?,
        voltijd_uren: voltijd?,
        contracturen: contracturen?,
        werkdagen: werkdagen?,
    })
}

/// The label of a normfunctie field, for a message in the list under *Controle* (the sheet shows
/// it at the field as well); a taak's messages name their taak already.
fn normfunctieveld(veld: Veld) -> Option<&'static str> {
    let sleutel = match veld {
        Veld::Normloon => "normloon",
        Veld::VoltijdUren => "voltijd_uren",
        Veld::Contracturen => "contracturen",
        Veld::Werkdagen => "werkdagen",
        _ => return None,
    };
    Some(label(sleutel))
}

/// One sheet as a Gouden Standaard analysis, computed by the calculator; `None` with its messages
/// in `fouten` while it has input errors.
fn analyse(naam: &str, blad: &LoonwaardeData, u: &Uitkomst, fouten: &mut Vec<String>) -> Option<Analyse> {
    let eigen: Vec<String> = u
        .fouten
        .iter()
        .filter(|f| telt_bij_nakijken(f.veld))
        .map(|f| match normfunctieveld(f.veld) {
            Some(label) => format!("{naam}, {}: {}", label.to_lowercase(), f.melding),
            None => format!("{naam}: {}", f.melding),
        })
        .collect();
    if blad.taken.is_empty() {
        fouten.push(format!("{naam}: voeg de taken van de Gouden Standaard toe."));
        return None;
    }
    if !eigen.is_empty() {
        fouten.extend(eigen);
        return None;
    }
    let pi4 = u.resultaat.as_ref().map(|r| r.pi4)?;
    let taken = blad
        .taken
        .iter()
        .zip(domeintaken(blad))
        .map(|(t, d)| GoudenTaak {
            naam: d.naam,
            uren: d.uren,
            tempo: d.tempo,
            kwaliteit: d.kwaliteit,
            inzet: d.inzet,
            toelichting: t.toelichting.clone().map(|s| s.trim().to_string()),
        })
        .collect();
    Some(Analyse { taken, pi4, pi5: Decimal::ZERO })
}

/// A calculator sheet for a casus, started from its normfunctie.
pub fn werkblad(opgave: &Opgave, methode: Methode) -> LoonwaardeData {
    let n = &opgave.normfunctie;
    LoonwaardeData {
        methode,
        normfunctie: n.naam.clone(),
        bron: n.bron.clone(),
        normloon: nl_kort(n.normloon, 2),
        voltijd_uren: nl_kort(n.voltijd_uren, 2),
        contracturen: nl_kort(n.contracturen, 2),
        werkdagen: nl_kort(n.werkdagen, 2),
        ..Default::default()
    }
}
