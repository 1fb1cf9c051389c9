//! The requirements the verdict rests on that are not numbered norms of hoofdnorm 1–3: the
//! materiële requirements of the definitielijst besides 1.2.1–1.2.5 (the Persoonlijk Keurmerk,
//! correct and complete information), the conditions of toekenning for an aspirant (§6.1.2: audit
//! and tevredenheidsonderzoek done in time, payment obligations met) and the zzp'er's written
//! regeling for opvang bij ziekte en vakantie (§2.8). Each is a yes/no question, asked so that
//! "ja" meets it; an unanswered one is "nog onbekend", never met.

use std::collections::BTreeMap;

use super::catalogus::Toepassing;
use super::{Aanvrager, Normuitkomst, Profiel, Status, ZelftoetsVeld};
use crate::domain::uitleg::Uitleg;

/// What failing a requirement leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eissoort {
    /// A materiële norm (definitielijst): direct schorsing or intrekking possible; for an aspirant
    /// niet-toekenning.
    Materieel,
    /// An aspirant whose audit or tevredenheidsonderzoek was not (timely) done, or who has not met
    /// the payment obligations, is not granted the Keurmerk (§6.1.2), whatever the norms say.
    Toekenning,
    /// A checklist item of hoofdnorm 1 without a norm number of its own (§2.8).
    Hoofdnorm1,
}

/// To whom a requirement applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Geldt {
    /// Aspirant and keurmerkhouder: both hold an (Aspirant-)Keurmerk.
    Iedereen,
    Aspirant,
    /// A zzp'er without hired personnel (§2.8).
    Zzp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Eis {
    /// The stable id: its field is `ZelftoetsVeld::Eis(id)`, stored as `eis-<id>`.
    pub id: &'static str,
    /// A short name, as outcomes and the verbeterlijst title it.
    pub naam: &'static str,
    /// The question, phrased so that "ja" meets it (our own words).
    pub vraag: &'static str,
    /// Where the sources say it.
    pub bron: &'static str,
    pub soort: Eissoort,
    pub geldt: Geldt,
}

/// Every requirement, in the order the profiel step asks them (the zzp item is asked with
/// hoofdnorm 1).
pub const EISEN: &[Eis] = &[
    Eis {
        id: "audit",
        naam: "Audit uitgevoerd",
        vraag: "Is de audit over deze meetperiode uitgevoerd, en op tijd?",
        bron: "§6.1.2",
        soort: Eissoort::Toekenning,
        geldt: Geldt::Aspirant,
    },
    Eis {
        id: "tvo",
        naam: "Tevredenheidsonderzoek uitgevoerd",
        vraag: "Is het tevredenheidsonderzoek over deze meetperiode uitgevoerd, en op tijd?",
        bron: "§6.1.2",
        soort: Eissoort::Toekenning,
        geldt: Geldt::Aspirant,
    },
    Eis {
        id: "betaling",
        naam: "Betalingsverplichtingen",
        vraag: "Heeft u volledig voldaan aan uw betalingsverplichtingen aan Blik op Werk?",
        bron: "§6.1.2",
        soort: Eissoort::Toekenning,
        geldt: Geldt::Aspirant,
    },
    Eis {
        id: "persoonlijk",
        naam: "Persoonlijk Keurmerk",
        vraag: "Voert alleen uw eigen organisatie het Keurmerk, en is de zeggenschap over uw organisatie \
                niet zonder schriftelijke toestemming van Blik op Werk overgedragen?",
        bron: "§6.2.6 en definitielijst (Bijlage 1)",
        soort: Eissoort::Materieel,
        geldt: Geldt::Iedereen,
    },
    Eis {
        id: "informatie",
        naam: "Juiste en volledige informatie",
        vraag: "Is alle informatie die u aan Blik op Werk en de auditor geeft juist en volledig?",
        bron: "definitielijst (Bijlage 1) en §6.2.4",
        soort: Eissoort::Materieel,
        geldt: Geldt::Iedereen,
    },
    Eis {
        id: "zzp-opvang",
        naam: "Opvang bij ziekte en vakantie (zzp)",
        vraag: "Heeft u schriftelijk vastgelegd hoe uw cliënten, werknemers en cursisten worden opgevangen \
                als u ziek of op vakantie bent?",
        bron: "§2.8",
        soort: Eissoort::Hoofdnorm1,
        geldt: Geldt::Zzp,
    },
];

/// The requirement an outcome's code names, if it is one.
pub fn eis(code: &str) -> Option<&'static Eis> {
    EISEN.iter().find(|e| e.id == code)
}

impl Eis {
    pub fn veld(&self) -> ZelftoetsVeld {
        ZelftoetsVeld::Eis(self.id)
    }

    /// Whether it applies to this profiel. Hoofdnorm 1 items share the exemptions of hoofdnorm 1
    /// (NLQF, Keurmerk Inburgeren); the zzp'er's regeling is not among NLQF's exceptions.
    pub fn toepassing(&self, profiel: &Profiel) -> Toepassing {
        let geldt = match self.geldt {
            Geldt::Iedereen => true,
            Geldt::Aspirant => profiel.aanvrager == Aanvrager::Aspirant,
            Geldt::Zzp => profiel.zzp,
        };
        if !geldt {
            return Toepassing::NietVanToepassing("");
        }
        if self.soort == Eissoort::Hoofdnorm1 {
            if profiel.keurmerk_inburgeren {
                return Toepassing::Vrijgesteld(super::catalogus::REDEN_INBURGEREN);
            }
            if profiel.nlqf {
                return Toepassing::Vrijgesteld(super::catalogus::REDEN_NLQF);
            }
        }
        Toepassing::Ja
    }

    /// Only the requirements that ask something of this profiel are asked on the form.
    pub fn gevraagd(&self, profiel: &Profiel) -> bool {
        !matches!(self.toepassing(profiel), Toepassing::NietVanToepassing(_))
    }
}

/// The outcome of every requirement that applies to this profiel (a vrijgestelde as n.v.t. with
/// its reason). `antwoorden`: ja = true, nee = false, by `Eis::id`; a missing id is unanswered.
pub fn beoordeel(profiel: &Profiel, antwoorden: &BTreeMap<&'static str, bool>) -> Vec<Normuitkomst> {
    EISEN.iter().filter(|e| e.gevraagd(profiel)).map(|e| uitkomst(e, profiel, antwoorden.get(e.id).copied())).collect()
}

fn uitkomst(e: &Eis, profiel: &Profiel, antwoord: Option<bool>) -> Normuitkomst {
    let gevolg = match (e.soort, profiel.aanvrager) {
        (Eissoort::Materieel, Aanvrager::Keurmerkhouder) => {
            "een materiële eis: directe schorsing of intrekking is mogelijk"
        }
        (Eissoort::Materieel, Aanvrager::Aspirant) => "een materiële eis: zonder deze eis geen toekenning",
        (Eissoort::Toekenning, _) => "zonder deze voorwaarde kent Blik op Werk het Keurmerk niet toe",
        (Eissoort::Hoofdnorm1, _) => "een eis van hoofdnorm 1 voor een zzp'er zonder ingehuurde krachten",
    };
    let (status, melding) = match (e.toepassing(profiel), antwoord) {
        (Toepassing::Vrijgesteld(reden), _) => (Status::NietVanToepassing, format!("Vrijgesteld. {reden}")),
        (_, Some(true)) => (Status::Voldoet, format!("U beantwoordt de vraag met ja: {}", kleine(e.vraag))),
        (_, Some(false)) => {
            (Status::VoldoetNiet, format!("U beantwoordt de vraag met nee: {} Dit is {gevolg}.", kleine(e.vraag)))
        }
        (_, None) => (Status::Onbekend, format!("Nog niet beantwoord: {}", kleine(e.vraag))),
    };
    Normuitkomst {
        code: e.id.to_string(),
        hoofdnorm: if e.soort == Eissoort::Hoofdnorm1 { 1 } else { 0 },
        dienst: None,
        status,
        materieel: e.soort == Eissoort::Materieel,
        melding,
        uitleg: Uitleg {
            formule: "uw antwoord: ja voldoet, nee voldoet niet, leeg is nog onbekend".to_string(),
            berekening: match antwoord {
                Some(true) => "ja".to_string(),
                Some(false) => "nee".to_string(),
                None => "niet beantwoord".to_string(),
            },
            norm: Some(format!("{}; {gevolg}", e.naam)),
            bron: super::handleiding::HANDLEIDING.bron(e.bron),
        },
        veld: Some(e.veld()),
    }
}

fn kleine(vraag: &str) -> String {
    crate::domain::tekst::met_kleine_letter(vraag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_question_ends_with_a_question_mark() {
        for (i, e) in EISEN.iter().enumerate() {
            assert!(EISEN.iter().skip(i + 1).all(|o| o.id != e.id), "{}", e.id);
            assert!(e.vraag.ends_with('?'), "{}", e.id);
        }
    }
}
