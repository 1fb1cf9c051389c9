//! Sterrenberekening (Bijlage 8, SPEC A6): a subscore per Dienst from weighted component scores,
//! an overall score, and an *indicatief* number of stars.
//!
//! Everything that could be read differently lives in the data tables at the top of this file
//! (`WEGINGEN`, `SCHIJVEN`, `RIV_MET_GARANTIE`/`RIV_ZONDER_GARANTIE`, `STERREN_INDICATIEF`) and every
//! reading is listed in `KEUZES`, so the UI can show it and a correction is a data change.
//!
//! The input is a plain struct (`Sterreninvoer`), so a "what if" in the UI is: copy it, change one
//! value (`Sterreninvoer::met`, `met_percentage`), and call `subscore` again. `sterreninvoer` builds
//! it from what the zelftoets already holds (hoofdnorm 1, 2 and 3).
//!
//! Three states per input (`Invoerwaarde`): a value; *geen* (there is none: no opdrachtgevers, a
//! zzp'er without personnel, no afgeronde inspanningstrajecten, no prestatieafspraken); and *niet
//! ingevuld*. Only *geen* changes the calculation (TO = TC, or the weight is spread); *niet
//! ingevuld* makes the subscore not computable and names the missing input. Nothing is ever
//! counted as zero silently.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::diensten::{
    bedrag_fout, consistentie, dienstsoort, transparantie, veld_id, DienstInvoer, Gegeven, VELD_2_0_1,
};
use super::handleiding::handleiding_naam;
use super::hoofdnorm1::{percentage_gekwalificeerd, Personeel};
use super::tevredenheid::{cijferfout, Cijferfout, TevredenheidDienst};
use super::veld::{Hoofdnorm1Vraag, Tevredengroep, Tevredenwat};
use super::{procent, ZelftoetsVeld};
use crate::domain::getal::{euro, nl_getal, nl_kort, rond_af};
use crate::domain::uitleg::Uitleg;

// ---------------------------------------------------------------------------------------------
// The data table: weights, brackets, RIV, indicative stars, and the readings (keuzes)
// ---------------------------------------------------------------------------------------------

/// Where every figure of this module comes from.
pub const BRON: &str = concat!("Bijlage 8 (sterrenberekening), ", handleiding_naam!());

/// A non-negative decimal `mantisse / 10^schaal`, usable in consts.
const fn d(mantisse: u32, schaal: u32) -> Decimal {
    Decimal::from_parts(mantisse, 0, 0, false, schaal)
}

/// One score component of Bijlage 8.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Onderdeel {
    /// Tevredenheid cliënten, cursisten of werknemers: the cijfer itself.
    Tc,
    /// Tevredenheid opdrachtgevers: the cijfer itself; no opdrachtgevers → TO = TC.
    To,
    /// Transparantie van afspraken: 2.0.2 / 2.0.1 (§3.2) → score.
    Tr,
    /// Goed opgeleid personeel: 1.6.6.a / 1.6.6.b → score.
    Pe,
    /// Prestatieafspraken gemaakt: a.2 / a → score.
    Pm,
    /// Prestatieafspraken nagekomen: b.2 / c → score.
    Pn,
    /// Dienst 8: garantie op de Wvp-inspanningsverplichtingen (2.8.f, geen RIV-toets).
    Riv,
}

impl Onderdeel {
    pub const ALLE: [Onderdeel; 7] =
        [Onderdeel::Tc, Onderdeel::To, Onderdeel::Tr, Onderdeel::Pe, Onderdeel::Pm, Onderdeel::Pn, Onderdeel::Riv];

    pub fn code(self) -> &'static str {
        match self {
            Onderdeel::Tc => "TC",
            Onderdeel::To => "TO",
            Onderdeel::Tr => "TR",
            Onderdeel::Pe => "PE",
            Onderdeel::Pm => "PM",
            Onderdeel::Pn => "PN",
            Onderdeel::Riv => "RIV",
        }
    }

    /// A short Dutch name.
    pub fn naam(self) -> &'static str {
        match self {
            Onderdeel::Tc => "tevredenheid cliënten, cursisten of werknemers",
            Onderdeel::To => "tevredenheid opdrachtgevers",
            Onderdeel::Tr => "transparantie van afspraken",
            Onderdeel::Pe => "goed opgeleid personeel",
            Onderdeel::Pm => "prestatieafspraken gemaakt",
            Onderdeel::Pn => "prestatieafspraken nagekomen",
            Onderdeel::Riv => "garantie Wvp-inspanningsverplichtingen (RIV)",
        }
    }

    /// Whether its input is a percentage that goes through `SCHIJVEN`.
    pub fn is_percentage(self) -> bool {
        matches!(self, Onderdeel::Tr | Onderdeel::Pe | Onderdeel::Pm | Onderdeel::Pn)
    }

    /// The formula of the input, in words.
    fn formule(self) -> &'static str {
        match self {
            Onderdeel::Tc => {
                "TC = gemiddeld cijfer van cliënten, cursisten of werknemers (tevredenheidsonderzoek, §4.1)"
            }
            Onderdeel::To => "TO = gemiddeld cijfer van de opdrachtgevers (§4.2); zonder opdrachtgevers TO = TC",
            Onderdeel::Tr => "TR = score bij 2.0.2 / 2.0.1 × 100% (transparantie, §3.2)",
            Onderdeel::Pe => "PE = score bij 1.6.6.a / 1.6.6.b × 100% (passend gekwalificeerd personeel)",
            Onderdeel::Pm => "PM = score bij a.2 / a × 100% (trajecten met een prestatieafspraak)",
            Onderdeel::Pn => "PN = score bij b.2 / c × 100% (afgesproken prestatie gehaald; boven 100% kan)",
            Onderdeel::Riv => "RIV = 10 met garantie (2.8.f), 4 zonder",
        }
    }
}

/// The weights of one row of Bijlage 8. Each row sums to exactly 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wegingsrij {
    pub diensten: &'static [u8],
    /// In the order TC, TO, TR, PE, PM, PN, RIV (see `KEUZES`).
    pub gewichten: &'static [(Onderdeel, Decimal)],
}

/// Bijlage 8, the green weights per Dienst. Diensten 11 and 12 have no row: no subscore.
pub const WEGINGEN: &[Wegingsrij] = &[
    Wegingsrij {
        diensten: &[1, 2, 7, 9, 10],
        gewichten: &[
            (Onderdeel::Tc, d(35, 2)),
            (Onderdeel::To, d(15, 2)),
            (Onderdeel::Tr, d(15, 2)),
            (Onderdeel::Pe, d(25, 2)),
            (Onderdeel::Pm, d(5, 2)),
            (Onderdeel::Pn, d(5, 2)),
        ],
    },
    Wegingsrij {
        diensten: &[3, 4, 5, 6],
        gewichten: &[
            (Onderdeel::Tc, d(45, 2)),
            (Onderdeel::To, d(25, 2)),
            (Onderdeel::Tr, d(15, 2)),
            (Onderdeel::Pe, d(15, 2)),
        ],
    },
    Wegingsrij {
        diensten: &[8],
        gewichten: &[
            (Onderdeel::Tc, d(35, 2)),
            (Onderdeel::To, d(15, 2)),
            (Onderdeel::Tr, d(15, 2)),
            (Onderdeel::Pe, d(25, 2)),
            (Onderdeel::Pm, d(2, 2)),
            (Onderdeel::Pn, d(2, 2)),
            (Onderdeel::Riv, d(6, 2)),
        ],
    },
];

/// One percentage bracket: a percentage at or above `vanaf` (above it, when not `inclusief`)
/// falls in this bracket, unless a later bracket takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schijf {
    pub vanaf: Decimal,
    pub inclusief: bool,
    pub score: Decimal,
    pub omschrijving: &'static str,
}

/// Percentage → score, for TR, PE, PM and PN. In ascending order. **[keuze on the bounds]**
pub const SCHIJVEN: &[Schijf] = &[
    Schijf { vanaf: d(0, 0), inclusief: true, score: d(65, 1), omschrijving: "minder dan 45%" },
    Schijf { vanaf: d(45, 0), inclusief: true, score: d(7, 0), omschrijving: "45% tot 75%" },
    Schijf { vanaf: d(75, 0), inclusief: true, score: d(75, 1), omschrijving: "75% tot en met 95%" },
    Schijf { vanaf: d(95, 0), inclusief: false, score: d(8, 0), omschrijving: "meer dan 95%" },
];

/// RIV (Dienst 8): garantie given.
pub const RIV_MET_GARANTIE: Decimal = d(10, 0);
/// RIV (Dienst 8): no garantie.
pub const RIV_ZONDER_GARANTIE: Decimal = d(4, 0);

/// One band of the indicative star mapping: a score (rounded to 2 decimals) at or above `vanaf`
/// gives `sterren`, unless a later band takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sterrenband {
    pub vanaf: Decimal,
    pub sterren: u8,
    pub omschrijving: &'static str,
}

/// **Indicatief.** The Handleiding has no score → stars table; this one is the app's own, chosen
/// to follow the score brackets (1 to 4 stars, like the sister Keurmerk Inburgeren). Show it beside
/// any star count.
pub const STERREN_INDICATIEF: &[Sterrenband] = &[
    Sterrenband { vanaf: d(0, 0), sterren: 1, omschrijving: "score lager dan 6,5" },
    Sterrenband { vanaf: d(65, 1), sterren: 2, omschrijving: "6,5 tot 7" },
    Sterrenband { vanaf: d(7, 0), sterren: 3, omschrijving: "7 tot 7,5" },
    Sterrenband { vanaf: d(75, 1), sterren: 4, omschrijving: "7,5 of hoger" },
];

/// The label the UI puts beside any star count.
pub const STERREN_TOELICHTING: &str = "Indicatief: de Handleiding geeft geen tabel van score naar sterren. \
Blik op Werk stelt het aantal sterren vast; deze indeling is een eigen schatting van de app.";

/// Every reading of Bijlage 8 this module makes, as (onderwerp, uitleg), for the UI.
pub const KEUZES: &[(&str, &str)] = &[
    (
        "Kolommen van de wegingstabel",
        "In de PDF ontbreken de kolomkoppen van de tabel. De gewichten zijn gelezen in de volgorde \
         TC, TO, TR, PE, PM, PN, RIV, de volgorde waarin de toelichting de onderdelen bespreekt.",
    ),
    (
        "Grenzen van de schijven",
        "De Handleiding zegt 'tussen 45 en 75%' en 'tussen 75 en 95%'. Werkwaarde leest: minder dan 45% → 6,5; \
         45% tot 75% → 7; 75% tot en met 95% → 7,5; meer dan 95% → 8.",
    ),
    (
        "Geen personeel of geen inspanningstrajecten",
        "Een zzp'er zonder ingehuurde krachten heeft geen percentage voor PE; zonder afgeronde inspanningstrajecten \
         is er geen percentage voor TR. Het gewicht van zo'n onderdeel wordt naar verhouding over de \
         andere onderdelen verdeeld, zodat de gewichten samen weer 1 zijn.",
    ),
    (
        "Geen trajecten of geen prestatieafspraken",
        "Zonder afgeronde trajecten (a = 0) is er geen percentage voor PM; zonder prestatieafspraken \
         (a.2 = 0) is er geen percentage voor PN. Net als bij PE en TR wordt dat gewicht naar verhouding \
         verdeeld. Een percentage van 0% (wel trajecten, geen afspraken) telt wel mee en geeft 6,5.",
    ),
    (
        "PN boven 100%",
        "Wie meer haalt dan afgesproken, komt boven 100% en scoort 8. Andere percentages boven 100% \
         worden als invoerfout geweigerd.",
    ),
    (
        "Cliëntenaudit",
        "Is er een cijfer van een cliëntenaudit ingevuld (omdat de responsnorm niet gehaald is), dan \
         telt dat cijfer als TC in plaats van het cijfer uit het tevredenheidsonderzoek.",
    ),
    (
        "Weging van het totaal",
        "Aanname: het totaal is het gemiddelde van de subscores, gewogen naar de omzet per Dienst. De \
         invoerkolom van Bijlage 8 vraagt de omzet, maar die kan ook voor de omzetafhankelijke vergoeding \
         bedoeld zijn. Is bij geen enkele Dienst een omzet boven 0 ingevuld, dan telt elke Dienst even zwaar.",
    ),
    (
        "Sterren",
        "De Handleiding geeft geen tabel van score naar sterren. Het aantal sterren dat Werkwaarde toont is \
         indicatief: minder dan 6,5 → 1 ster; 6,5 tot 7 → 2; 7 tot 7,5 → 3; 7,5 of hoger → 4. De score \
         wordt daarvoor eerst op 2 decimalen afgerond, zodat de sterren passen bij de getoonde score.",
    ),
];

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

/// The weights of a Dienst; `None` for Diensten 11 and 12 (no row) and unknown numbers.
pub fn weging(dienst: u8) -> Option<&'static Wegingsrij> {
    WEGINGEN.iter().find(|r| r.diensten.contains(&dienst))
}

/// The bracket of a percentage; `None` for a negative percentage.
pub fn schijf(percentage: Decimal) -> Option<&'static Schijf> {
    if percentage < Decimal::ZERO {
        return None;
    }
    SCHIJVEN.iter().rev().find(|s| if s.inclusief { percentage >= s.vanaf } else { percentage > s.vanaf })
}

/// Percentage → score (K7: 44,99 → 6,5; 45 → 7; 74,99 → 7; 75 → 7,5; 95 → 7,5; 95,01 → 8).
pub fn score_bij_percentage(percentage: Decimal) -> Option<Decimal> {
    schijf(percentage).map(|s| s.score)
}

/// The indicative star count of a score, compared after rounding to 2 decimals.
pub fn indicatieve_sterren(score: Decimal) -> Option<u8> {
    let afgerond = rond_af(score, 2);
    STERREN_INDICATIEF.iter().rev().find(|b| afgerond >= b.vanaf).map(|b| b.sterren)
}

/// The brackets as one line of text: "minder dan 45% → 6,5; 45% tot 75% → 7; …".
pub fn schijven_tekst() -> String {
    // The table is data: its text is the same on every call, so it is written once.
    static TEKST: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        SCHIJVEN.iter().map(|s| format!("{} → {}", s.omschrijving, nl_kort(s.score, 2))).collect::<Vec<_>>().join("; ")
    });
    TEKST.clone()
}

/// The indicative star mapping as one line of text.
pub fn sterren_tekst() -> String {
    STERREN_INDICATIEF
        .iter()
        .map(|b| format!("{} → {}", b.omschrijving, sterren_woord(b.sterren)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn sterren_woord(n: u8) -> String {
    if n == 1 {
        "1 ster".to_string()
    } else {
        format!("{n} sterren")
    }
}

/// Spreads the weight of the `vervallen` components of a Dienst's row over the others, in
/// proportion to their weights. The result sums to exactly 1: the last remaining component takes
/// 1 − the others (a difference of at most one unit in the 28th decimal). Vervallen components
/// get weight 0. `None` for a Dienst without a row, or when nothing with weight would remain.
pub fn herverdeel(dienst: u8, vervallen: &[Onderdeel]) -> Option<Vec<(Onderdeel, Decimal)>> {
    let rij = weging(dienst)?;
    let blijft = |o: &Onderdeel| !vervallen.contains(o);
    let som: Decimal = rij.gewichten.iter().filter(|(o, _)| blijft(o)).map(|(_, w)| *w).sum();
    if som <= Decimal::ZERO {
        return None;
    }
    let laatste = rij.gewichten.iter().rposition(|(o, _)| blijft(o))?;
    let mut verdeeld = Decimal::ZERO;
    let mut uit = Vec::with_capacity(rij.gewichten.len());
    for (i, (o, w)) in rij.gewichten.iter().enumerate() {
        let g = if !blijft(o) {
            Decimal::ZERO
        } else if i == laatste {
            Decimal::ONE - verdeeld
        } else if som == Decimal::ONE {
            *w
        } else {
            w.checked_div(som)?
        };
        if i != laatste {
            verdeeld += g;
        }
        uit.push((*o, g));
    }
    Some(uit)
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/// One input of the sterrenberekening.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Invoerwaarde {
    /// Not filled in yet: the subscore is not computable until it is.
    #[default]
    NietIngevuld,
    /// There is none: no opdrachtgevers (TO = TC), no personnel, no afgeronde
    /// inspanningstrajecten, no trajecten or no prestatieafspraken (the weight is spread).
    Geen,
    /// A cijfer (TC, TO, 1–10) or a percentage (TR, PE, PM, PN, ≥ 0).
    Waarde(Decimal),
}

impl Invoerwaarde {
    fn van(waarde: Option<Decimal>) -> Self {
        waarde.map_or(Invoerwaarde::NietIngevuld, Invoerwaarde::Waarde)
    }
}

/// Everything the sterrenberekening needs for one Dienst. A plain struct: change a field and call
/// `subscore` again for a "what if".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Sterreninvoer {
    /// 1–12 (11 and 12 have no subscore).
    pub dienst: u8,
    /// TC: cijfer 1–10.
    pub clienten_cijfer: Invoerwaarde,
    /// TO: cijfer 1–10; `Geen` = no opdrachtgevers.
    pub opdrachtgevers_cijfer: Invoerwaarde,
    /// TR: percentage 0–100; `Geen` = no afgeronde inspanningstrajecten.
    pub transparantie: Invoerwaarde,
    /// PE: percentage 0–100; `Geen` = zzp'er without personnel.
    pub personeel: Invoerwaarde,
    /// PM: percentage 0–100; `Geen` = no afgeronde trajecten (a = 0).
    pub pa_gemaakt: Invoerwaarde,
    /// PN: percentage ≥ 0 (may exceed 100); `Geen` = no prestatieafspraken (a.2 = 0).
    pub pa_nagekomen: Invoerwaarde,
    /// RIV (Dienst 8, 2.8.f): `None` = not answered yet.
    pub garantie_wvp: Option<bool>,
    /// The omzet of the Dienst, the weight in `totaal`.
    pub omzet: Option<Decimal>,
    /// CEDEO-erkenning: TC is the cijfer of the CEDEO report (§4.1, SPEC A4), not of a
    /// tevredenheidsonderzoek.
    pub cedeo: bool,
}

impl Sterreninvoer {
    /// With a CEDEO-erkenning the CEDEO report replaces the tevredenheidsonderzoek among
    /// cliënten: its cijfer is TC for every Dienst (SPEC A4, A6); without it TC is not filled in.
    pub fn met_cedeo(self, cijfer: Option<Decimal>) -> Sterreninvoer {
        Sterreninvoer { clienten_cijfer: Invoerwaarde::van(cijfer), cedeo: true, ..self }
    }

    /// The input of a component; `None` for RIV (see `garantie_wvp`).
    pub fn waarde(&self, onderdeel: Onderdeel) -> Option<Invoerwaarde> {
        match onderdeel {
            Onderdeel::Tc => Some(self.clienten_cijfer),
            Onderdeel::To => Some(self.opdrachtgevers_cijfer),
            Onderdeel::Tr => Some(self.transparantie),
            Onderdeel::Pe => Some(self.personeel),
            Onderdeel::Pm => Some(self.pa_gemaakt),
            Onderdeel::Pn => Some(self.pa_nagekomen),
            Onderdeel::Riv => None,
        }
    }

    /// A copy with one input changed (the UI's "what if"). RIV is changed through
    /// `garantie_wvp`; for RIV this returns an unchanged copy.
    pub fn met(&self, onderdeel: Onderdeel, waarde: Invoerwaarde) -> Sterreninvoer {
        let mut kopie = self.clone();
        match onderdeel {
            Onderdeel::Tc => kopie.clienten_cijfer = waarde,
            Onderdeel::To => kopie.opdrachtgevers_cijfer = waarde,
            Onderdeel::Tr => kopie.transparantie = waarde,
            Onderdeel::Pe => kopie.personeel = waarde,
            Onderdeel::Pm => kopie.pa_gemaakt = waarde,
            Onderdeel::Pn => kopie.pa_nagekomen = waarde,
            Onderdeel::Riv => {}
        }
        kopie
    }
}

/// What if one percentage (or cijfer) were different: the subscore recomputed.
pub fn met_percentage(invoer: &Sterreninvoer, onderdeel: Onderdeel, waarde: Decimal) -> Subscore {
    subscore(&invoer.met(onderdeel, Invoerwaarde::Waarde(waarde)))
}

/// Builds the input of one Dienst from what the zelftoets holds: the Dienst's numbers
/// (hoofdnorm 2), its tevredenheid (hoofdnorm 3), the transparantie 2.0.1 / 2.0.2 (§3.2, over all
/// Diensten), the personeel of 1.6.6 and whether the provider is a zzp'er without personnel.
pub fn sterreninvoer(
    dienst: &DienstInvoer,
    tevredenheid: Option<&TevredenheidDienst>,
    transparantie_2_0_1: Option<u64>,
    transparantie_2_0_2: Option<u64>,
    personeel: &Personeel,
    zzp_zonder_personeel: bool,
) -> Sterreninvoer {
    let clienten_cijfer = match tevredenheid {
        None => Invoerwaarde::NietIngevuld,
        Some(t) => match (t.clientenaudit_cijfer, t.clienten_respondenten, t.clienten_cijfer) {
            (Some(audit), _, _) => Invoerwaarde::Waarde(audit),
            (None, Some(0), _) => Invoerwaarde::Geen,
            (None, _, cijfer) => Invoerwaarde::van(cijfer),
        },
    };
    let geen_opdrachtgevers = dienst.tvo_opdrachtgevers == Some(0);
    let opdrachtgevers_cijfer = match tevredenheid {
        None if geen_opdrachtgevers => Invoerwaarde::Geen,
        None => Invoerwaarde::NietIngevuld,
        Some(t) => {
            if geen_opdrachtgevers
                || t.opdrachtgevers_respondenten == Some(0)
                || t.opdrachtgevers_uitgenodigd == Some(0)
            {
                Invoerwaarde::Geen
            } else {
                Invoerwaarde::van(t.opdrachtgevers_cijfer)
            }
        }
    };
    let transparantie = match (transparantie_2_0_1, transparantie_2_0_2) {
        (Some(0), _) => Invoerwaarde::Geen,
        (Some(a), Some(b)) => Invoerwaarde::van(transparantie(a, b)),
        _ => Invoerwaarde::NietIngevuld,
    };
    let personeel =
        if zzp_zonder_personeel { Invoerwaarde::Geen } else { Invoerwaarde::van(percentage_gekwalificeerd(personeel)) };
    // An inconsistency in a, a.2, b, b.2 or c (b.2 above b, …) leaves PM and PN not computable.
    let n = dienst.nummer;
    let pa_velden = [Gegeven::A, Gegeven::A2, Gegeven::B, Gegeven::B2, Gegeven::C].map(|g| veld_id(n, g));
    let fout_in_pa = consistentie(dienst).iter().any(|f| pa_velden.contains(&f.veld));
    let pa_gemaakt = match (dienst.a, dienst.a2) {
        _ if fout_in_pa => Invoerwaarde::NietIngevuld,
        (Some(0), _) => Invoerwaarde::Geen,
        (Some(a), Some(a2)) if a2 <= a => Invoerwaarde::van(procent(a2, a)),
        _ => Invoerwaarde::NietIngevuld,
    };
    let pa_nagekomen = match (dienst.a2, dienst.b2, dienst.c) {
        _ if fout_in_pa => Invoerwaarde::NietIngevuld,
        (Some(0), _, _) => Invoerwaarde::Geen,
        (_, Some(b2), Some(c)) if c > 0 => Invoerwaarde::van(procent(b2, c)),
        _ => Invoerwaarde::NietIngevuld,
    };
    Sterreninvoer {
        dienst: n,
        clienten_cijfer,
        opdrachtgevers_cijfer,
        transparantie,
        personeel,
        pa_gemaakt,
        pa_nagekomen,
        garantie_wvp: dienst.garantie_wvp,
        omzet: dienst.omzet,
        cedeo: false,
    }
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// An input the calculation still needs, with the field the UI links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ontbrekend {
    pub dienst: u8,
    /// `None` for the omzet or an unknown Dienst.
    pub onderdeel: Option<Onderdeel>,
    /// One Dutch sentence: what to fill in or correct.
    pub melding: String,
    /// The input (`#veld-<id>`), when known.
    pub veld: Option<ZelftoetsVeld>,
}

/// One component of a subscore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Onderdeelscore {
    pub onderdeel: Onderdeel,
    /// The input as given.
    pub invoer: Invoerwaarde,
    /// The component score 1–10; `None` when it has none (spread or not computable).
    pub score: Option<Decimal>,
    /// The weight of Bijlage 8.
    pub gewicht_tabel: Decimal,
    /// The weight used, after spreading the weight of components without a percentage.
    pub gewicht: Decimal,
    /// gewicht × score, unrounded.
    pub bijdrage: Option<Decimal>,
    /// Spread over the others: no percentage exists for it.
    pub vervallen: bool,
    /// One Dutch sentence on what happened (TO = TC, spread, missing, …).
    pub toelichting: String,
    pub uitleg: Uitleg,
}

/// The subscore of one Dienst.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscore {
    pub dienst: u8,
    /// Σ bijdrage, full precision; `None` when not computable or when the Dienst has no row.
    pub score: Option<Decimal>,
    /// Diensten 11, 12 (no row in Bijlage 8) and unknown numbers: no subscore at all.
    pub uitgesloten: bool,
    /// In the order of the Dienst's row; empty when `uitgesloten`.
    pub onderdelen: Vec<Onderdeelscore>,
    /// What is still needed before the subscore can be computed.
    pub ontbrekend: Vec<Ontbrekend>,
    pub melding: String,
    pub uitleg: Uitleg,
}

impl Subscore {
    /// The score rounded half away from zero to 2 decimals, as shown.
    pub fn afgerond(&self) -> Option<Decimal> {
        self.score.map(|s| rond_af(s, 2))
    }

    pub fn onderdeel(&self, onderdeel: Onderdeel) -> Option<&Onderdeelscore> {
        self.onderdelen.iter().find(|o| o.onderdeel == onderdeel)
    }

    /// Σ of the weights used (1 whenever the Dienst has a row).
    pub fn gewichtsom(&self) -> Decimal {
        self.onderdelen.iter().map(|o| o.gewicht).sum()
    }
}

/// How the overall score weighs the subscores.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Totaalweging {
    /// By omzet (an assumption, see `KEUZES`).
    Omzet,
    /// Every Dienst the same: no omzet above 0 filled in.
    Gelijk,
}

/// An indicative star count, always shown with its mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sterren {
    pub aantal: u8,
    /// Always true: the Handleiding has no score → stars table.
    pub indicatief: bool,
    pub toelichting: &'static str,
    pub banden: &'static [Sterrenband],
}

/// The overall score over all Diensten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totaal {
    /// Every Dienst of the input, in input order, excluded ones included.
    pub subscores: Vec<Subscore>,
    /// Full precision; `None` when not computable.
    pub score: Option<Decimal>,
    /// `None` when there is nothing to weigh.
    pub weging: Option<Totaalweging>,
    /// The share of each counted Dienst (sums to exactly 1), in input order.
    pub aandelen: Vec<(u8, Decimal)>,
    /// Notes: excluded Diensten, the weighting used, Diensten with omzet 0.
    pub meldingen: Vec<String>,
    pub ontbrekend: Vec<Ontbrekend>,
    pub sterren: Option<Sterren>,
    pub uitleg: Uitleg,
}

impl Totaal {
    pub fn afgerond(&self) -> Option<Decimal> {
        self.score.map(|s| rond_af(s, 2))
    }
}

// ---------------------------------------------------------------------------------------------
// The subscore
// ---------------------------------------------------------------------------------------------

fn dienstnaam(dienst: u8) -> String {
    match dienstsoort(dienst) {
        Some(s) => format!("Dienst {dienst} ({})", s.naam),
        None => format!("Dienst {dienst}"),
    }
}

fn bron_dienst(dienst: u8) -> String {
    format!("{BRON}, {}", dienstnaam(dienst))
}

fn procent_tekst(p: Decimal) -> String {
    format!("{}%", nl_kort(p, 2))
}

const FORMULE_TC_CEDEO: &str = "TC = cijfer uit het CEDEO-rapport (CEDEO-erkenning vervangt het \
    tevredenheidsonderzoek onder cliënten, §4.1)";

fn veld_voor(invoer: &Sterreninvoer, onderdeel: Onderdeel) -> ZelftoetsVeld {
    let dienst = invoer.dienst;
    match onderdeel {
        Onderdeel::Tc if invoer.cedeo => ZelftoetsVeld::Cedeo,
        Onderdeel::Tc => ZelftoetsVeld::tevredenheid(dienst, Tevredengroep::Clienten, Tevredenwat::Cijfer),
        Onderdeel::To => ZelftoetsVeld::tevredenheid(dienst, Tevredengroep::Opdrachtgevers, Tevredenwat::Cijfer),
        Onderdeel::Tr => VELD_2_0_1,
        Onderdeel::Pe => ZelftoetsVeld::Hoofdnorm1(Hoofdnorm1Vraag::PersoneelGekwalificeerd),
        Onderdeel::Pm => veld_id(dienst, Gegeven::A2),
        Onderdeel::Pn => veld_id(dienst, Gegeven::C),
        Onderdeel::Riv => veld_id(dienst, Gegeven::GarantieWvp),
    }
}

fn niet_ingevuld(invoer: &Sterreninvoer, onderdeel: Onderdeel) -> String {
    let dienst = invoer.dienst;
    match onderdeel {
        Onderdeel::Tc if invoer.cedeo => {
            "Vul het cijfer uit het CEDEO-rapport in (Tevredenheid): met een CEDEO-erkenning is dat TC.".to_string()
        }
        Onderdeel::Tc => format!(
            "Vul het gemiddelde cijfer van de cliënten, cursisten of werknemers van Dienst {dienst} in (tevredenheidsonderzoek)."
        ),
        Onderdeel::To => format!(
            "Vul het gemiddelde cijfer van de opdrachtgevers van Dienst {dienst} in, of geef aan dat er geen opdrachtgevers zijn."
        ),
        Onderdeel::Tr => "Vul de transparantie in (2.0.1 en 2.0.2, §3.2).".to_string(),
        Onderdeel::Pe => "Vul het personeel in (1.6.6.a en 1.6.6.b), of geef in het profiel aan dat u zzp'er zonder ingehuurde krachten bent.".to_string(),
        Onderdeel::Pm => format!("Vul a en a.2 van Dienst {dienst} in (en herstel eventuele invoerfouten daarin)."),
        Onderdeel::Pn => format!(
            "Vul b.2 en c van Dienst {dienst} in (c groter dan 0 zodra er prestatieafspraken zijn; herstel eventuele invoerfouten)."
        ),
        Onderdeel::Riv => "Geef bij Dienst 8 aan of u garantie geeft op de Wvp-inspanningsverplichtingen (2.8.f).".to_string(),
    }
}

fn reden_geen(onderdeel: Onderdeel) -> &'static str {
    match onderdeel {
        Onderdeel::Tr => "geen afgeronde inspanningstrajecten (2.0.1 is 0)",
        Onderdeel::Pe => "zzp'er zonder ingehuurde krachten",
        Onderdeel::Pm => "geen afgeronde trajecten (a is 0)",
        Onderdeel::Pn => "geen prestatieafspraken (a.2 is 0)",
        Onderdeel::Tc => "geen cijfer van cliënten",
        Onderdeel::To => "geen opdrachtgevers",
        Onderdeel::Riv => "geen antwoord",
    }
}

/// What one component comes to before the weights are known.
enum Stand {
    Score { score: Decimal, invoer_tekst: String, toelichting: String },
    Vervalt(String),
    Ontbreekt { melding: Option<String>, toelichting: String },
}

/// Bijlage 8 reads a cijfer as it comes (the tevredenheid step already limits its decimals), so
/// only the range of the one cijfer check counts here.
fn cijfer_fout(c: Decimal) -> Option<&'static str> {
    (cijferfout(c) == Some(Cijferfout::Bereik)).then_some("moet tussen 1 en 10 liggen")
}

fn percentage_fout(onderdeel: Onderdeel, p: Decimal) -> Option<&'static str> {
    if p < Decimal::ZERO {
        Some("kan niet negatief zijn")
    } else if p > Decimal::ONE_HUNDRED && onderdeel != Onderdeel::Pn {
        Some("kan niet boven 100% liggen")
    } else {
        None
    }
}

fn stand(invoer: &Sterreninvoer, onderdeel: Onderdeel, tc: Option<Decimal>) -> Stand {
    let n = invoer.dienst;
    let ontbreekt = |melding: String| Stand::Ontbreekt { toelichting: melding.clone(), melding: Some(melding) };
    match onderdeel {
        Onderdeel::Riv => match invoer.garantie_wvp {
            Some(true) => Stand::Score {
                score: RIV_MET_GARANTIE,
                invoer_tekst: "garantie gegeven".to_string(),
                toelichting: "Garantie op de Wvp-inspanningsverplichtingen gegeven.".to_string(),
            },
            Some(false) => Stand::Score {
                score: RIV_ZONDER_GARANTIE,
                invoer_tekst: "geen garantie".to_string(),
                toelichting: "Geen garantie op de Wvp-inspanningsverplichtingen gegeven.".to_string(),
            },
            None => ontbreekt(niet_ingevuld(invoer, onderdeel)),
        },
        Onderdeel::Tc | Onderdeel::To => {
            let waarde = invoer.waarde(onderdeel).unwrap_or_default();
            match waarde {
                Invoerwaarde::Waarde(c) => match cijfer_fout(c) {
                    Some(fout) => ontbreekt(format!(
                        "Het cijfer voor {} van Dienst {n} ({}) {fout}.",
                        onderdeel.code(),
                        nl_kort(c, 2)
                    )),
                    None => Stand::Score {
                        score: c,
                        invoer_tekst: format!("cijfer {}", nl_kort(c, 2)),
                        toelichting: String::new(),
                    },
                },
                Invoerwaarde::Geen if onderdeel == Onderdeel::To => match tc {
                    Some(tc) => Stand::Score {
                        score: tc,
                        invoer_tekst: "geen opdrachtgevers".to_string(),
                        toelichting: format!("Geen opdrachtgevers: TO is gelijk aan TC ({}).", nl_kort(tc, 2)),
                    },
                    None => Stand::Ontbreekt {
                        melding: None,
                        toelichting: "Geen opdrachtgevers: TO wordt gelijk aan TC, maar TC is er nog niet.".to_string(),
                    },
                },
                Invoerwaarde::Geen => ontbreekt(format!(
                    "Dienst {n} heeft geen cijfer van cliënten, cursisten of werknemers: zonder TC is er geen subscore."
                )),
                Invoerwaarde::NietIngevuld => ontbreekt(niet_ingevuld(invoer, onderdeel)),
            }
        }
        _ => {
            let waarde = invoer.waarde(onderdeel).unwrap_or_default();
            match waarde {
                Invoerwaarde::Waarde(p) => match (percentage_fout(onderdeel, p), schijf(p)) {
                    (None, Some(s)) => Stand::Score {
                        score: s.score,
                        invoer_tekst: procent_tekst(p),
                        toelichting: format!("{} valt in de schijf {}.", procent_tekst(p), s.omschrijving),
                    },
                    (fout, _) => ontbreekt(format!(
                        "Het percentage voor {} van Dienst {n} ({}) {}.",
                        onderdeel.code(),
                        procent_tekst(p),
                        fout.unwrap_or("is ongeldig")
                    )),
                },
                Invoerwaarde::Geen => Stand::Vervalt(reden_geen(onderdeel).to_string()),
                Invoerwaarde::NietIngevuld => ontbreekt(niet_ingevuld(invoer, onderdeel)),
            }
        }
    }
}

/// The subscore of one Dienst: Σ gewicht × score over the components of its row (Bijlage 8).
pub fn subscore(invoer: &Sterreninvoer) -> Subscore {
    let n = invoer.dienst;
    let (Some(rij), Some(_)) = (weging(n), dienstsoort(n)) else {
        return uitgesloten(n);
    };

    // TC first: TO may lean on it.
    let tc = match stand(invoer, Onderdeel::Tc, None) {
        Stand::Score { score, .. } => Some(score),
        _ => None,
    };
    let standen: Vec<(Onderdeel, Decimal, Stand)> =
        rij.gewichten.iter().map(|(o, w)| (*o, *w, stand(invoer, *o, tc))).collect();
    let vervallen: Vec<Onderdeel> =
        standen.iter().filter(|(_, _, s)| matches!(s, Stand::Vervalt(_))).map(|(o, _, _)| *o).collect();
    let gewichten = herverdeel(n, &vervallen);
    let som_blijvend: Decimal = standen.iter().filter(|(o, _, _)| !vervallen.contains(o)).map(|(_, w, _)| *w).sum();

    let mut onderdelen = Vec::with_capacity(standen.len());
    let mut ontbrekend = Vec::new();
    let bron = bron_dienst(n);
    for (o, w_tabel, s) in standen {
        let gewicht =
            gewichten.as_ref().and_then(|g| g.iter().find(|(x, _)| *x == o).map(|(_, g)| *g)).unwrap_or(Decimal::ZERO);
        let mut uitleg = Uitleg {
            formule: match o {
                Onderdeel::Tc if invoer.cedeo => FORMULE_TC_CEDEO.to_string(),
                _ => o.formule().to_string(),
            },
            berekening: String::new(),
            norm: o.is_percentage().then(schijven_tekst),
            bron: bron.clone(),
        };
        let (score, vervallen, toelichting) = match s {
            Stand::Score { score, invoer_tekst, toelichting } => {
                uitleg.berekening = format!(
                    "{invoer_tekst} → score {}; bijdrage {} × {} = {}",
                    nl_kort(score, 2),
                    nl_kort(gewicht, 4),
                    nl_kort(score, 2),
                    nl_kort(gewicht * score, 4)
                );
                (Some(score), false, toelichting)
            }
            Stand::Vervalt(reden) => {
                let t = format!(
                    "Geen percentage, want {reden}: het gewicht {} gaat naar verhouding naar de andere onderdelen.",
                    nl_kort(w_tabel, 4)
                );
                uitleg.berekening = t.clone();
                (None, true, t)
            }
            Stand::Ontbreekt { melding, toelichting } => {
                uitleg.berekening = "nog niet te berekenen".to_string();
                if let Some(melding) = melding {
                    ontbrekend.push(Ontbrekend {
                        dienst: n,
                        onderdeel: Some(o),
                        melding,
                        veld: Some(veld_voor(invoer, o)),
                    });
                }
                (None, false, toelichting)
            }
        };
        onderdelen.push(Onderdeelscore {
            onderdeel: o,
            invoer: invoer.waarde(o).unwrap_or(match invoer.garantie_wvp {
                Some(true) => Invoerwaarde::Waarde(RIV_MET_GARANTIE),
                Some(false) => Invoerwaarde::Waarde(RIV_ZONDER_GARANTIE),
                None => Invoerwaarde::NietIngevuld,
            }),
            score,
            gewicht_tabel: w_tabel,
            gewicht,
            bijdrage: score.map(|s| gewicht * s),
            vervallen,
            toelichting,
            uitleg,
        });
    }

    let codes = onderdelen.iter().map(|o| o.onderdeel.code()).collect::<Vec<_>>().join(", ");
    let mut uitleg = Uitleg {
        formule: format!("subscore = Σ gewicht × score, over {codes}"),
        berekening: String::new(),
        norm: None,
        bron,
    };
    if gewichten.is_none() && ontbrekend.is_empty() {
        // Only possible with a corrected data table in which every weight can fall away.
        ontbrekend.push(Ontbrekend {
            dienst: n,
            onderdeel: None,
            melding: format!("{}: na het verdelen blijft geen gewicht over.", dienstnaam(n)),
            veld: None,
        });
    }
    let termen: Vec<String> = onderdelen
        .iter()
        .filter(|o| !o.vervallen)
        .map(|o| {
            let s = o.score.map_or_else(|| o.onderdeel.code().to_string(), |s| nl_kort(s, 2));
            format!("{} × {}", nl_kort(o.gewicht, 4), s)
        })
        .collect();
    let herverdeling = if vervallen.is_empty() {
        String::new()
    } else {
        format!(
            " ({} zonder percentage: de overige gewichten zijn gedeeld door {})",
            vervallen.iter().map(|o| o.code()).collect::<Vec<_>>().join(" en "),
            nl_kort(som_blijvend, 4)
        )
    };
    let (score, melding) = if ontbrekend.is_empty() {
        let totaal: Decimal = onderdelen.iter().filter_map(|o| o.bijdrage).sum();
        uitleg.berekening = format!("{} = {}{herverdeling}", termen.join(" + "), nl_getal(totaal, 2));
        (Some(totaal), format!("Subscore {}: {}.", dienstnaam(n), nl_getal(totaal, 2)))
    } else {
        uitleg.berekening = format!("{}{herverdeling}; nog niet te berekenen", termen.join(" + "));
        let eerste = ontbrekend.first().map(|o| o.melding.clone()).unwrap_or_default();
        (None, format!("De subscore van {} is nog niet te berekenen. {eerste}", dienstnaam(n)))
    };
    Subscore { dienst: n, score, uitgesloten: false, onderdelen, ontbrekend, melding, uitleg }
}

fn uitgesloten(n: u8) -> Subscore {
    let melding = if dienstsoort(n).is_some() {
        format!(
            "{} heeft geen rij in Bijlage 8: er is geen subscore en de Dienst telt niet mee in het totaal.",
            dienstnaam(n)
        )
    } else {
        format!("Dienst {n} bestaat niet (kies 1 tot en met 12): geen subscore.")
    };
    Subscore {
        dienst: n,
        score: None,
        uitgesloten: true,
        onderdelen: Vec::new(),
        ontbrekend: Vec::new(),
        melding: melding.clone(),
        uitleg: Uitleg {
            formule: "subscore = Σ gewicht × score".to_string(),
            berekening: melding,
            norm: None,
            bron: BRON.to_string(),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// The overall score
// ---------------------------------------------------------------------------------------------

/// Shares that sum to exactly 1: each weight / Σ, the last positive one takes the remainder.
fn aandelen(gewichten: &[Decimal]) -> Option<Vec<Decimal>> {
    let mut som = Decimal::ZERO;
    for g in gewichten {
        som = som.checked_add(*g)?;
    }
    if som <= Decimal::ZERO {
        return None;
    }
    let laatste = gewichten.iter().rposition(|g| *g > Decimal::ZERO)?;
    let mut verdeeld = Decimal::ZERO;
    let mut uit = Vec::with_capacity(gewichten.len());
    for (i, g) in gewichten.iter().enumerate() {
        let a = if i == laatste { Decimal::ONE - verdeeld } else { g.checked_div(som)? };
        if i != laatste {
            verdeeld += a;
        }
        uit.push(a);
    }
    Some(uit)
}

/// The overall score: the subscores of Diensten 1–10 averaged with their omzet as weight
/// (an assumption, see `KEUZES`); with no omzet above 0 anywhere, a plain average. Diensten 11 and
/// 12 are left out with a message. Carries an indicative star count.
pub fn totaal(invoer: &[Sterreninvoer]) -> Totaal {
    let subscores: Vec<Subscore> = invoer.iter().map(subscore).collect();
    let mut meldingen: Vec<String> = subscores.iter().filter(|s| s.uitgesloten).map(|s| s.melding.clone()).collect();
    let mut ontbrekend: Vec<Ontbrekend> = Vec::new();
    let mee: Vec<(&Sterreninvoer, &Subscore)> =
        invoer.iter().zip(subscores.iter()).filter(|(_, s)| !s.uitgesloten).collect();

    let formule_omzet = "totaal = Σ (omzet × subscore) / Σ omzet (aanname: weging naar omzet)";
    let formule_gelijk = "totaal = Σ subscore / aantal Diensten (geen omzet ingevuld: elke Dienst even zwaar)";
    let leeg =
        |meldingen: Vec<String>, ontbrekend: Vec<Ontbrekend>, subscores: Vec<Subscore>, berekening: String| Totaal {
            subscores,
            score: None,
            weging: None,
            aandelen: Vec::new(),
            meldingen,
            ontbrekend,
            sterren: None,
            uitleg: Uitleg {
                formule: formule_omzet.to_string(),
                berekening,
                norm: Some(sterren_norm()),
                bron: BRON.to_string(),
            },
        };

    if mee.is_empty() {
        meldingen.push("Geen Dienst met een subscore (Diensten 1 tot en met 10): er is geen totaalscore.".to_string());
        return leeg(meldingen, ontbrekend, subscores, "geen Diensten met een subscore".to_string());
    }

    for (_, s) in &mee {
        ontbrekend.extend(s.ontbrekend.iter().cloned());
    }
    // Omzet: any invalid amount is an error; some filled in above 0 means weighting by omzet.
    for (i, _) in &mee {
        if let Some(fout) = i.omzet.and_then(bedrag_fout) {
            ontbrekend.push(Ontbrekend {
                dienst: i.dienst,
                onderdeel: None,
                melding: format!("De omzet van Dienst {} {fout}.", i.dienst),
                veld: Some(veld_id(i.dienst, Gegeven::Omzet)),
            });
        }
    }
    let naar_omzet = mee.iter().any(|(i, _)| i.omzet.is_some_and(|o| o > Decimal::ZERO));
    if naar_omzet {
        for (i, _) in &mee {
            if i.omzet.is_none() {
                ontbrekend.push(Ontbrekend {
                    dienst: i.dienst,
                    onderdeel: None,
                    melding: format!(
                        "Vul de omzet van Dienst {} in: andere Diensten hebben een omzet, dus het totaal weegt naar omzet.",
                        i.dienst
                    ),
                    veld: Some(veld_id(i.dienst, Gegeven::Omzet)),
                });
            }
        }
    }
    if !ontbrekend.is_empty() {
        let berekening = format!("nog niet te berekenen: {} gegeven(s) ontbreken of kloppen niet", ontbrekend.len());
        return leeg(meldingen, ontbrekend, subscores, berekening);
    }

    let scores: Vec<(u8, Decimal, Option<Decimal>)> =
        mee.iter().map(|(i, s)| (i.dienst, s.score.unwrap_or_default(), i.omzet)).collect();
    let (weging, gewichten): (Totaalweging, Vec<Decimal>) = if naar_omzet {
        (Totaalweging::Omzet, scores.iter().map(|(_, _, o)| o.unwrap_or_default()).collect())
    } else {
        (Totaalweging::Gelijk, scores.iter().map(|_| Decimal::ONE).collect())
    };
    let Some(delen) = aandelen(&gewichten) else {
        ontbrekend.push(Ontbrekend {
            dienst: scores.first().map_or(0, |s| s.0),
            onderdeel: None,
            melding: "De omzetten zijn samen te groot om mee te rekenen; controleer de bedragen.".to_string(),
            veld: None,
        });
        return leeg(meldingen, ontbrekend, subscores, "omzet te groot".to_string());
    };
    let score: Decimal = delen.iter().zip(scores.iter()).map(|(a, (_, s, _))| *a * *s).sum();

    let berekening = match weging {
        Totaalweging::Omzet => {
            for (n, _, o) in &scores {
                if o.is_some_and(|o| o.is_zero()) {
                    meldingen.push(format!("Dienst {n} heeft omzet € 0 en telt daardoor niet mee in het totaal."));
                }
            }
            meldingen.push(
                "Het totaal is gewogen naar omzet. Dat is een aanname: Bijlage 8 vraagt de omzet, maar zegt niet dat het totaal ermee gewogen wordt."
                    .to_string(),
            );
            let teller = scores
                .iter()
                .map(|(_, s, o)| format!("{} × {}", euro(o.unwrap_or_default()), nl_getal(*s, 2)))
                .collect::<Vec<_>>()
                .join(" + ");
            let noemer: Decimal = gewichten.iter().copied().fold(Decimal::ZERO, |a, g| a.checked_add(g).unwrap_or(a));
            format!("({teller}) / {} = {}", euro(noemer), nl_getal(score, 2))
        }
        Totaalweging::Gelijk => {
            meldingen.push(
                "Bij geen enkele Dienst is een omzet boven € 0 ingevuld: elke Dienst telt even zwaar.".to_string(),
            );
            let termen = scores.iter().map(|(_, s, _)| nl_getal(*s, 2)).collect::<Vec<_>>().join(" + ");
            format!("({termen}) / {} = {}", scores.len(), nl_getal(score, 2))
        }
    };
    let sterren = indicatieve_sterren(score).map(|aantal| Sterren {
        aantal,
        indicatief: true,
        toelichting: STERREN_TOELICHTING,
        banden: STERREN_INDICATIEF,
    });
    let berekening = match &sterren {
        Some(s) => format!("{berekening}; indicatief {}", sterren_woord(s.aantal)),
        None => berekening,
    };
    Totaal {
        aandelen: scores.iter().map(|(n, _, _)| *n).zip(delen).collect(),
        subscores,
        score: Some(score),
        weging: Some(weging),
        meldingen,
        ontbrekend,
        sterren,
        uitleg: Uitleg {
            formule: match weging {
                Totaalweging::Omzet => formule_omzet,
                Totaalweging::Gelijk => formule_gelijk,
            }
            .to_string(),
            berekening,
            norm: Some(sterren_norm()),
            bron: BRON.to_string(),
        },
    }
}

fn sterren_norm() -> String {
    format!("Sterren (indicatief, geen tabel in de Handleiding): {}", sterren_tekst())
}
