//! Vrijstelling of the resultatenaudit (§5.1.1): in cyclusjaar 4, and from cyclusjaar 6 once
//! every two years. The conditions are data, asked as questions where "ja" is always the answer
//! that helps; the outcome says whether the provider would qualify and what is missing.

use rust_decimal::Decimal;

use super::handleiding::handleiding_naam;
use super::veld::Vrijstellingsvraag;
use super::ZelftoetsVeld;
use crate::domain::getal::nl_kort;
use crate::domain::uitleg::Uitleg;

const BRON: &str = concat!("§5.1.1 (vrijstelling resultatenaudit), ", handleiding_naam!());

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Regeling {
    /// Vierdejaars vrijstelling.
    CyclusjaarVier,
    /// Tweejaarlijkse vrijstelling vanaf het zesde jaar.
    Tweejaarlijks,
}

impl Regeling {
    pub fn naam(self) -> &'static str {
        match self {
            Regeling::CyclusjaarVier => "Vrijstelling in cyclusjaar 4",
            Regeling::Tweejaarlijks => "Tweejaarlijkse vrijstelling vanaf cyclusjaar 6",
        }
    }
}

/// One condition, phrased so that "ja" meets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voorwaarde {
    pub id: &'static str,
    pub regeling: Regeling,
    pub vraag: &'static str,
    /// Set for a reading of ours rather than a condition in §5.1.1.
    pub keuze: Option<&'static str>,
}

const fn v(id: &'static str, regeling: Regeling, vraag: &'static str) -> Voorwaarde {
    Voorwaarde { id, regeling, vraag, keuze: None }
}

pub const VOORWAARDEN: &[Voorwaarde] = &[
    v("vs4-normen-eerder", Regeling::CyclusjaarVier,
      "Voldeed u in cyclusjaar 1, 2 en 3 steeds aan alle normen, zonder re-audit, aantekening, waarschuwing of andere bijzonderheid?"),
    v("vs4-tvo-eerder", Regeling::CyclusjaarVier,
      "Leverde u in elk van die drie jaren de deelnemers aan het tevredenheidsonderzoek op tijd en volledig aan?"),
    v("vs4-geschorst", Regeling::CyclusjaarVier,
      "Is uw Keurmerk in die jaren nooit geschorst of ingetrokken geweest?"),
    v("vs4-tvo-portal", Regeling::CyclusjaarVier,
      "Staan alle deelnemers aan het tevredenheidsonderzoek van dit jaar vóór de deadline in de Portal?"),
    v("vs4-resultaten", Regeling::CyclusjaarVier,
      "Levert u alle resultaatgegevens uiterlijk drie weken na het einde van de meetperiode aan?"),
    v("vs4-normen-nu", Regeling::CyclusjaarVier,
      "Blijkt uit de resultaatgegevens en het tevredenheidsonderzoek van cyclusjaar 4 dat u ook nu aan alle normen voldoet?"),
    v("vs4-omzet", Regeling::CyclusjaarVier,
      "Levert u de omzetverklaring van het laatst afgesloten boekjaar uiterlijk drie weken na het einde van de meetperiode aan?"),
    v("vs4-vijf", Regeling::CyclusjaarVier,
      "Rapporteert u op ten minste één Dienst minstens vijf afgeronde trajecten van vijf verschillende personen?"),
    v("vs4-facturen", Regeling::CyclusjaarVier, "Zijn de facturen van Blik op Werk betaald?"),
    v("vs6-audits", Regeling::Tweejaarlijks,
      "Voldeed u bij de laatste drie audits aan alle normen, zonder re-audit, aantekening, waarschuwing of andere bijzonderheid?"),
    v("vs6-vijf", Regeling::Tweejaarlijks,
      "Rapporteerde u in elk van de laatste drie meetperiodes op ten minste één Dienst minstens vijf afgeronde trajecten van vijf verschillende personen?"),
    v("vs6-correcties", Regeling::Tweejaarlijks,
      "Waren er bij de laatste drie audits geen afwijkingen in de aangeleverde gegevens, zoals een correctie door de auditor?"),
    v("vs6-tvo", Regeling::Tweejaarlijks,
      "Leverde u de deelnemers aan het tevredenheidsonderzoek iedere meetperiode op tijd en volledig aan?"),
    v("vs6-normen-nu", Regeling::Tweejaarlijks,
      "Blijkt uit de resultatenaudit en het tevredenheidsonderzoek van dit jaar dat u aan alle normen voldoet?"),
    v("vs6-geschorst", Regeling::Tweejaarlijks, "Is uw Keurmerk nooit geschorst of ingetrokken geweest?"),
    Voorwaarde {
        id: "vs6-vorig-jaar",
        regeling: Regeling::Tweejaarlijks,
        vraag: "Had u in het vorige cyclusjaar géén vrijstelling?",
        keuze: Some("§5.1.1 zegt ‘eens per twee jaar’; Werkwaarde leest dat als: niet in twee opeenvolgende jaren."),
    },
];

pub const TEVREDENHEID_GEWOON: Decimal = Decimal::from_parts(70, 0, 0, false, 1);
pub const TEVREDENHEID_CLIENTENAUDIT: Decimal = Decimal::from_parts(65, 0, 0, false, 1);

/// The answers; `None` is "nog onbekend".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Vrijstellingsinvoer {
    pub keurmerkhouder: bool,
    pub cyclusjaar: Option<u32>,
    /// Answers by `Voorwaarde::id`.
    pub antwoorden: Vec<(&'static str, Option<bool>)>,
    /// Klanttevredenheid averaged over four years.
    pub tevredenheid: Option<Decimal>,
    /// A doorlopende cliëntenaudit instead of the TVO: the threshold is 6.5 instead of 7.
    pub clientenaudit: Option<bool>,
    /// The Diensten this meetperiode compensates (§6.2.1), each with the field of its failing
    /// norm: a meetperiode with compensatie rules the vrijstelling out. Filled in from the verdict.
    pub gecompenseerd: Vec<(u8, ZelftoetsVeld)>,
}

impl Vrijstellingsinvoer {
    pub fn antwoord(&self, id: &str) -> Option<bool> {
        self.antwoorden.iter().find(|(i, _)| *i == id).and_then(|(_, a)| *a)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Oordeel {
    KomtInAanmerking,
    KomtNietInAanmerking,
    NogOnbekend,
    /// No vrijstelling exists for this year.
    NietMogelijk,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vrijstelling {
    pub regeling: Option<Regeling>,
    pub oordeel: Oordeel,
    pub samenvatting: String,
    /// Conditions answered "nee", by their question (and field).
    pub niet_voldaan: Vec<(String, ZelftoetsVeld)>,
    /// Conditions not yet answered, by their question (and field).
    pub open: Vec<(String, ZelftoetsVeld)>,
    pub tevredenheid: Option<Uitleg>,
}

pub const VELD_CYCLUSJAAR: ZelftoetsVeld = ZelftoetsVeld::Vrijstelling(Vrijstellingsvraag::Cyclusjaar);
pub const VELD_TEVREDENHEID: ZelftoetsVeld = ZelftoetsVeld::Vrijstelling(Vrijstellingsvraag::Tevredenheid);
pub const VELD_CLIENTENAUDIT: ZelftoetsVeld = ZelftoetsVeld::Vrijstelling(Vrijstellingsvraag::Clientenaudit);

impl Voorwaarde {
    /// The ja/nee question of this condition.
    pub fn veld(&self) -> ZelftoetsVeld {
        ZelftoetsVeld::Vrijstelling(Vrijstellingsvraag::Voorwaarde(self.id))
    }
}

pub fn regeling(cyclusjaar: u32) -> Option<Regeling> {
    match cyclusjaar {
        4 => Some(Regeling::CyclusjaarVier),
        6.. => Some(Regeling::Tweejaarlijks),
        _ => None,
    }
}

pub fn beoordeel(invoer: &Vrijstellingsinvoer) -> Vrijstelling {
    let leeg = |oordeel, samenvatting: String| Vrijstelling {
        regeling: None,
        oordeel,
        samenvatting,
        niet_voldaan: Vec::new(),
        open: Vec::new(),
        tevredenheid: None,
    };
    if !invoer.keurmerkhouder {
        return leeg(
            Oordeel::NietMogelijk,
            "Een vrijstelling van de resultatenaudit is er alleen voor keurmerkhouders, op zijn vroegst in cyclusjaar 4."
                .into(),
        );
    }
    // §6.2.1: whoever needs the compensatieregeling cannot be granted the vrijstelling.
    let compensatie = invoer.gecompenseerd.first().map(|(_, veld)| {
        let diensten: Vec<String> = invoer.gecompenseerd.iter().map(|(d, _)| format!("Dienst {d}")).collect();
        (
            format!(
                "In deze meetperiode is de compensatieregeling toegepast ({} onder de norm); wie compensatie \
                 nodig heeft, krijgt geen vrijstelling van de resultatenaudit (§6.2.1)",
                diensten.join(" en ")
            ),
            *veld,
        )
    });
    let Some(jaar) = invoer.cyclusjaar else {
        if let Some(regel) = compensatie {
            return Vrijstelling {
                niet_voldaan: vec![regel],
                ..leeg(
                    Oordeel::KomtNietInAanmerking,
                    "U komt niet in aanmerking: in deze meetperiode is de compensatieregeling toegepast (§6.2.1)."
                        .into(),
                )
            };
        }
        return leeg(Oordeel::NogOnbekend, "Vul in welk cyclusjaar de meetperiode is.".into());
    };
    let Some(r) = regeling(jaar) else {
        let tekst = match jaar {
            0 => "Cyclusjaar 0 bestaat niet; het eerste jaar als keurmerkhouder is cyclusjaar 1.".to_string(),
            5 => "In cyclusjaar 5 is er geen vrijstelling: §5.1.1 kent er een in cyclusjaar 4 en vanaf cyclusjaar 6."
                .to_string(),
            _ => format!("In cyclusjaar {jaar} is er nog geen vrijstelling; de eerste kan in cyclusjaar 4."),
        };
        return leeg(Oordeel::NietMogelijk, tekst);
    };
    let mut niet_voldaan = Vec::new();
    let mut open = Vec::new();
    for vw in VOORWAARDEN.iter().filter(|vw| vw.regeling == r) {
        match invoer.antwoord(vw.id) {
            Some(true) => {}
            Some(false) => niet_voldaan.push((vw.vraag.to_string(), vw.veld())),
            None => open.push((vw.vraag.to_string(), vw.veld())),
        }
    }
    niet_voldaan.extend(compensatie);
    let mut tevredenheid = None;
    if r == Regeling::Tweejaarlijks {
        let vraag = "Gemiddelde klanttevredenheid over vier jaar".to_string();
        match (invoer.tevredenheid, invoer.clientenaudit) {
            (Some(t), Some(audit)) => {
                let grens = if audit { TEVREDENHEID_CLIENTENAUDIT } else { TEVREDENHEID_GEWOON };
                let voldoet = t >= grens;
                tevredenheid = Some(Uitleg {
                    formule: "gemiddelde klanttevredenheid over vier jaar ≥ grens".into(),
                    berekening: format!("{} {} {}", nl_kort(t, 2), if voldoet { "≥" } else { "<" }, nl_kort(grens, 1)),
                    norm: Some(if audit {
                        "ten minste 6,5 bij een doorlopende cliëntenaudit".into()
                    } else {
                        "ten minste 7".into()
                    }),
                    bron: BRON.into(),
                });
                if !voldoet {
                    niet_voldaan.push((
                        format!("{vraag}: {} is lager dan {}", nl_kort(t, 2), nl_kort(grens, 1)),
                        VELD_TEVREDENHEID,
                    ));
                }
            }
            (None, _) => open.push((vraag, VELD_TEVREDENHEID)),
            (Some(_), None) => open
                .push(("Is er een doorlopende cliëntenaudit? (bepaalt de grens: 7 of 6,5)".into(), VELD_CLIENTENAUDIT)),
        }
    }
    let (oordeel, samenvatting) = if !niet_voldaan.is_empty() {
        (
            Oordeel::KomtNietInAanmerking,
            format!(
                "{}: u komt niet in aanmerking; aan {} voorwaarde{} is niet voldaan.",
                r.naam(),
                niet_voldaan.len(),
                if niet_voldaan.len() == 1 { "" } else { "n" }
            ),
        )
    } else if !open.is_empty() {
        (
            Oordeel::NogOnbekend,
            format!(
                "{}: nog niet te zeggen; {} nog open.",
                r.naam(),
                if open.len() == 1 { "1 vraag staat".to_string() } else { format!("{} vragen staan", open.len()) }
            ),
        )
    } else {
        (
            Oordeel::KomtInAanmerking,
            format!(
                "{}: u zou in aanmerking komen. Blik op Werk beoordeelt dit zelf in de laatste maand van de \
                 meetperiode en neemt contact met u op; aanvragen is niet nodig.",
                r.naam()
            ),
        )
    };
    Vrijstelling { regeling: Some(r), oordeel, samenvatting, niet_voldaan, open, tevredenheid }
}
