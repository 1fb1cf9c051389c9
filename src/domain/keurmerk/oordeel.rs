//! The verdict (§6, SPEC A5): for an aspirant toekenning, verlenging or niet-toekenning; for a
//! keurmerkhouder the compensatieregeling, the materiële normen and the waarschuwing.
//! Unknown items never count as met: they make the verdict *voorlopig* and are listed.

use std::collections::BTreeSet;

use super::eisen::{eis, Eissoort};
use super::handleiding::HANDLEIDING;
use super::{Aanvrager, Normuitkomst, Profiel, Status};
use crate::domain::uitleg::Uitleg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Uitslag {
    /// Not every hoofdnorm (or the minimum of five) has been assessed and nothing fails yet:
    /// no verdict can be given.
    Onvolledig,
    /// Aspirant: every applicable norm met, including the minimum of five.
    KanWordenToegekend,
    /// Aspirant: the minimum of five is missed while hoofdnorm 1 and the tevredenheid norms are
    /// met (§6.1.1): once, one extra meetperiode; Blik op Werk may attach conditions.
    VerlengingMogelijk,
    /// Aspirant: a new aanvraag is possible after 12 months, with a plan van aanpak.
    NietToekenning,
    /// Keurmerkhouder: every applicable norm met.
    InOrde,
    /// Keurmerkhouder: these Diensten are below their norm and compensated (§6.2.1).
    Gecompenseerd { diensten: Vec<u8> },
    /// Keurmerkhouder: herstel within a set term, then schorsing (max 9 months) or intrekking.
    Waarschuwing,
    /// Keurmerkhouder: a materiële norm is not met (§1.2, §6.2.2).
    SchorsingOfIntrekkingMogelijk,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Oordeel {
    pub uitslag: Uitslag,
    /// True while any applicable item is still unknown (or a question is unanswered).
    pub voorlopig: bool,
    /// The verdict in one line, for the top of the uitkomst page.
    pub kop: String,
    /// Why, in order of weight; each line names its norm.
    pub redenen: Vec<String>,
    pub niet_voldaan: Vec<Normuitkomst>,
    pub onbekend: Vec<Normuitkomst>,
    pub uitleg: Uitleg,
}

/// How many Diensten below their norm the compensatieregeling allows (§6.2.1).
pub fn compensatie_ruimte(aantal_diensten: usize) -> usize {
    match aantal_diensten {
        0 | 1 => 0,
        2..=5 => 1,
        _ => 2,
    }
}

pub fn oordeel(profiel: &Profiel, uitkomsten: &[Normuitkomst], aantal_diensten: usize) -> Oordeel {
    let niet_voldaan: Vec<Normuitkomst> =
        uitkomsten.iter().filter(|u| u.status == Status::VoldoetNiet).cloned().collect();
    let onbekend: Vec<Normuitkomst> = uitkomsten.iter().filter(|u| u.status == Status::Onbekend).cloned().collect();
    let mut redenen: Vec<String> = niet_voldaan.iter().map(reden).collect();
    let mut voorlopig = !onbekend.is_empty();
    // A verdict needs every hoofdnorm assessed and, for toekenning, the minimum of five: a
    // missing part is never read as met.
    let ontbrekend: Vec<&str> = [(1u8, "hoofdnorm 1"), (2, "hoofdnorm 2"), (3, "hoofdnorm 3")]
        .into_iter()
        .filter(|(h, _)| !uitkomsten.iter().any(|u| u.hoofdnorm == *h))
        .map(|(_, naam)| naam)
        .chain((!uitkomsten.iter().any(|u| u.code == "minimum")).then_some("het minimum van vijf trajecten"))
        .chain((aantal_diensten == 0).then_some("de Diensten (er is nog geen Dienst gerapporteerd, §3.1)"))
        .collect();
    if !ontbrekend.is_empty() {
        voorlopig = true;
        redenen.push(format!("Nog niet beoordeeld: {}.", ontbrekend.join(", ")));
    }
    if !onbekend.is_empty() {
        redenen.push(format!(
            "{} {} nog onbekend; het oordeel is voorlopig.",
            onbekend.len(),
            if onbekend.len() == 1 { "onderdeel is" } else { "onderdelen zijn" }
        ));
    }

    let (uitslag, bron) = match profiel.aanvrager {
        _ if !ontbrekend.is_empty() && niet_voldaan.is_empty() => (Uitslag::Onvolledig, "§6"),
        Aanvrager::Aspirant => {
            let (uitslag, extra, vraag) = aspirant(profiel, &niet_voldaan);
            redenen.extend(extra);
            voorlopig |= vraag;
            if profiel.compensatie_vorige_periode == Some(true) {
                redenen.push("Voor een aspirant geldt geen compensatieregeling (§6.2.1).".into());
            }
            (uitslag, "§6.1.1 en §6.1.2")
        }
        Aanvrager::Keurmerkhouder => {
            let materieel = niet_voldaan.iter().any(|u| u.materieel);
            let onder_norm: BTreeSet<u8> =
                niet_voldaan.iter().filter(|u| u.hoofdnorm == 2).filter_map(|u| u.dienst).collect();
            let overig = niet_voldaan.iter().any(|u| !(u.hoofdnorm == 2 && u.dienst.is_some()));
            let ruimte = match profiel.compensatie_vorige_periode {
                Some(true) => 0,
                Some(false) => compensatie_ruimte(aantal_diensten),
                None => {
                    if !onder_norm.is_empty() {
                        voorlopig = true;
                        redenen.push(
                            "Beantwoord of de compensatieregeling in de vorige meetperiode is \
                             toegepast; daarvan hangt af of compensatie nu mogelijk is (§6.2.1)."
                                .into(),
                        );
                    }
                    compensatie_ruimte(aantal_diensten)
                }
            };
            let uitslag = if materieel {
                Uitslag::SchorsingOfIntrekkingMogelijk
            } else if overig || onder_norm.len() > ruimte {
                if !onder_norm.is_empty() {
                    redenen.push(compensatie_reden(aantal_diensten, onder_norm.len(), ruimte, profiel));
                }
                Uitslag::Waarschuwing
            } else if onder_norm.is_empty() {
                Uitslag::InOrde
            } else {
                redenen.push(compensatie_reden(aantal_diensten, onder_norm.len(), ruimte, profiel));
                redenen.push(
                    "Na een meetperiode met compensatie moet de volgende meetperiode aan alle \
                     normen voldoen; compensatie sluit ook de vrijstelling van de resultatenaudit uit."
                        .into(),
                );
                Uitslag::Gecompenseerd { diensten: onder_norm.into_iter().collect() }
            };
            (uitslag, "§6.2.1 en §6.2.2")
        }
    };

    let kop = kop(&uitslag, voorlopig, onbekend.len());
    let uitleg = Uitleg {
        formule: match profiel.aanvrager {
            Aanvrager::Aspirant => "Toekenning als alle toepasselijke normen van hoofdnorm 1–3, het minimum \
                van vijf trajecten en de voorwaarden van §6.1.2 zijn gehaald; ontbreekt het minimum terwijl \
                hoofdnorm 1 en de tevredenheid wel gehaald zijn, dan eenmalig verlenging; anders niet-toekenning"
                .to_string(),
            Aanvrager::Keurmerkhouder => "Materiële norm niet gehaald → schorsing of intrekking mogelijk; \
                Diensten onder de norm binnen de compensatieruimte → gecompenseerd; anders waarschuwing"
                .to_string(),
        },
        berekening: format!(
            "{} niet voldaan, {} onbekend, {} gerapporteerde {}",
            niet_voldaan.len(),
            onbekend.len(),
            aantal_diensten,
            if aantal_diensten == 1 { "Dienst" } else { "Diensten" }
        ),
        norm: None,
        bron: HANDLEIDING.bron(bron),
    };
    Oordeel { uitslag, voorlopig, kop, redenen, niet_voldaan, onbekend, uitleg }
}

/// The aspirant's verdict (§6.1.1, §6.1.2), with the reasons it adds and whether it waits for an
/// answer.
///
/// - A §6.1.2 condition not met (audit or tevredenheidsonderzoek not (timely) done, payment
///   obligations unmet), a failed materiële norm or any failed norm other than the minimum of five:
///   niet-toekenning — unless the verlenging applies.
/// - The minimum of five missed while hoofdnorm 1 and the tevredenheid norms are met (and no
///   materiële or §6.1.2 requirement fails): verlenging met één meetperiode, whatever the Dienst
///   norms of hoofdnorm 2 say. Once only: when this meetperiode already is the verlenging, a
///   missed minimum is niet-toekenning; unanswered, the verlenging is voorlopig.
fn aspirant(profiel: &Profiel, niet_voldaan: &[Normuitkomst]) -> (Uitslag, Vec<String>, bool) {
    let mut redenen = Vec::new();
    if niet_voldaan.is_empty() {
        return (Uitslag::KanWordenToegekend, redenen, false);
    }
    let minimum_gemist = niet_voldaan.iter().any(|u| u.code == "minimum");
    let blokkeert_verlenging = |u: &&Normuitkomst| {
        u.materieel
            || u.hoofdnorm == 1
            || u.hoofdnorm == 3
            || eis(&u.code).is_some_and(|e| e.soort == Eissoort::Toekenning)
    };
    let blokkerend: Vec<&Normuitkomst> = niet_voldaan.iter().filter(blokkeert_verlenging).collect();
    if !minimum_gemist || !blokkerend.is_empty() {
        if minimum_gemist {
            redenen.push(
                "Verlenging met één meetperiode is er alleen als hoofdnorm 1 en de normen van het \
                 tevredenheidsonderzoek gehaald zijn (§6.1.1); dat is hier niet zo."
                    .to_string(),
            );
        }
        redenen.push(NA_NIET_TOEKENNING.to_string());
        return (Uitslag::NietToekenning, redenen, false);
    }
    let diensten: Vec<&Normuitkomst> = niet_voldaan.iter().filter(|u| u.code != "minimum").collect();
    if !diensten.is_empty() {
        redenen.push(format!(
            "{} van hoofdnorm 2 {} niet gehaald; voor de verlenging tellen alleen hoofdnorm 1 en de \
             tevredenheid (§6.1.1), maar aan het eind van de verlenging moeten alle normen gehaald zijn.",
            if diensten.len() == 1 {
                "Eén Dienstnorm".to_string()
            } else {
                format!("{} Dienstnormen", diensten.len())
            },
            if diensten.len() == 1 { "is" } else { "zijn" }
        ));
    }
    match profiel.al_verlengd {
        Some(true) => {
            redenen.push(
                "Deze meetperiode is al de verlenging, en verlenging is eenmalig: Blik op Werk verlengt maar \
                 één keer en gaat nu over tot niet-toekenning (§6.1.1)."
                    .to_string(),
            );
            redenen.push(NA_NIET_TOEKENNING.to_string());
            (Uitslag::NietToekenning, redenen, false)
        }
        antwoord => {
            redenen.push(
                "U blijft de verlengde meetperiode Aspirant-keurmerkhouder; Blik op Werk kan aan de \
                 verlenging nadere voorwaarden verbinden (§6.1.1)."
                    .to_string(),
            );
            if antwoord.is_none() {
                redenen.push(
                    "Beantwoord bij het profiel of deze meetperiode al een verlenging is: verlenging kan \
                     maar één keer (§6.1.1)."
                        .to_string(),
                );
            }
            (Uitslag::VerlengingMogelijk, redenen, antwoord.is_none())
        }
    }
}

const NA_NIET_TOEKENNING: &str = "Na een niet-toekenning kunt u na twaalf maanden opnieuw een \
    Aspirant-Keurmerk aanvragen, met een schriftelijke toelichting en een plan van aanpak (§6.1.2, §6.2.6).";

fn reden(u: &Normuitkomst) -> String {
    let waar = match u.dienst {
        Some(d) => format!("Dienst {d}, norm {}", u.code),
        None => u.titel(),
    };
    let materieel = if u.materieel && u.hoofdnorm != 0 { " (materiële norm)" } else { "" };
    format!("{waar}{materieel}: {}", u.melding)
}

fn compensatie_reden(aantal: usize, onder: usize, ruimte: usize, profiel: &Profiel) -> String {
    if profiel.compensatie_vorige_periode == Some(true) {
        return format!(
            "{onder} Dienst(en) onder de norm; compensatie is niet mogelijk omdat die in de vorige \
             meetperiode al is toegepast (§6.2.1)."
        );
    }
    format!(
        "{onder} Dienst(en) onder de norm; bij {aantal} gerapporteerde Dienst(en) mag {} (§6.2.1).",
        match ruimte {
            0 => "geen enkele Dienst worden gecompenseerd".to_string(),
            1 => "één Dienst onder de norm blijven".to_string(),
            n => format!("{n} Diensten onder de norm blijven"),
        }
    )
}

fn kop(uitslag: &Uitslag, voorlopig: bool, onbekend: usize) -> String {
    let tekst = match uitslag {
        Uitslag::Onvolledig => return "Nog geen oordeel: niet alle onderdelen zijn ingevuld".to_string(),
        Uitslag::KanWordenToegekend => "Keurmerk Arbeid kan worden toegekend".to_string(),
        Uitslag::VerlengingMogelijk => {
            "Verlenging met één meetperiode mogelijk (eenmalig): het minimum van vijf afgeronde trajecten ontbreekt"
                .to_string()
        }
        Uitslag::NietToekenning => {
            "Niet-toekenning: na 12 maanden kunt u opnieuw aanvragen, met een plan van aanpak".to_string()
        }
        Uitslag::InOrde => "Alle toepasselijke normen gehaald".to_string(),
        Uitslag::Gecompenseerd { diensten } => format!(
            "Gecompenseerd: {} onder de norm, binnen de compensatieregeling",
            diensten.iter().map(|d| format!("Dienst {d}")).collect::<Vec<_>>().join(" en ")
        ),
        Uitslag::Waarschuwing => {
            "Waarschuwing: herstel binnen de gestelde termijn; lukt dat niet, dan volgt schorsing (ten hoogste 9 maanden) of intrekking"
                .to_string()
        }
        Uitslag::SchorsingOfIntrekkingMogelijk => {
            "Een materiële norm is niet gehaald: directe schorsing of intrekking is mogelijk".to_string()
        }
    };
    let gunstig = matches!(uitslag, Uitslag::KanWordenToegekend | Uitslag::InOrde | Uitslag::Gecompenseerd { .. });
    match (voorlopig, gunstig, onbekend) {
        // A favourable verdict with open items is a condition, not a promise.
        (true, true, n) if n > 0 => format!(
            "Voorlopig: {tekst}, als {} ook {}",
            if n == 1 { "het onbekende onderdeel".to_string() } else { format!("de {n} onbekende onderdelen") },
            if n == 1 { "voldoet" } else { "voldoen" }
        ),
        (true, _, _) => format!("Voorlopig: {tekst}"),
        _ => tekst,
    }
}
