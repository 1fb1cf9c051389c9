//! Every field of the zelftoets as one typed value, `ZelftoetsVeld`, with one `id`/`uit_id`
//! pair. The form definitions (`dossier::zelftoets`), the readers of typed answers, the place an
//! error is shown and the link from an outcome (`Normuitkomst::veld`) all use this type; the id
//! string is written only here.
//!
//! The ids are the stored format: they are the keys of a zelftoets dossier's `invoer` and the
//! anchors `#veld-<id>` of the page, so `id` must keep producing exactly these strings:
//! `p-<vraag>` (profiel), `kvk-datum`, `vog-naam|datum|functieaspecten` (the first bestuurder)
//! and `vog-<rij>-naam|datum|functieaspecten` (every further one), `eis-<id>` (`eisen::EISEN`),
//! `personeel-gekwalificeerd`, `personeel-totaal`, `mv-datum`, `mv-<verklaring>`, `doc-<id>`,
//! `doc-<id>-datum`, `doc-<id>-boekjaar`, `h1-<code>`, `h1-<code>-toel`, `h2-<code>`,
//! `h3-<code>`, `klacht-<rij>-<kolom>`, `ubo-<rij>-<kolom>` (`<rij>` the stable row id),
//! `d<n>-<gegeven>`, `d<n>-nummer`, `d10-ladder-soort|k|groepen`, `transparantie-2.0.1|2.0.2`,
//! `t<n>-c|o-uitgenodigd|respondenten|cijfer`, `t<n>-audit`, `t<n>-dienst`, `t-cedeo`,
//! `watals-<n>-onderdeel|waarde`, `mp-start|jaar|eerste-audit`, `vs-cyclusjaar`,
//! `vs6-tevredenheid`, `vs6-clientenaudit` and the ids of `vrijstelling::VOORWAARDEN`.

use std::fmt;

use super::catalogus::HOOFDNORM1;
use super::diensten::{Gegeven, Normsoort, DIENSTEN};
use super::eisen::EISEN;
use super::hoofdnorm1::{DOCUMENTEN, VERKLARINGEN};
use super::tevredenheid::CHECKLIST_3;
use super::vrijstelling::VOORWAARDEN;

/// A question of the organisatieprofiel (SPEC A1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Profielvraag {
    Aanvrager,
    /// The audit date (planned or held); stored as `p-peildatum` from before there were two dates.
    Peildatum,
    /// An aspirant's aanmelding date: it measures the VOG only (footnotes 4 and 20).
    Aanmelddatum,
    /// Aspirant: is this meetperiode already the one verlenging of §6.1.1?
    Verlenging,
    Rechtsvorm,
    Kvk,
    Zzp,
    Oval,
    Nlqf,
    Inburgeren,
    Cedeo,
    Wca,
    Iso,
    Uwv,
    Eerste,
    Compensatie,
}

impl Profielvraag {
    pub const ALLE: [Profielvraag; 16] = [
        Profielvraag::Aanvrager,
        Profielvraag::Peildatum,
        Profielvraag::Aanmelddatum,
        Profielvraag::Verlenging,
        Profielvraag::Rechtsvorm,
        Profielvraag::Kvk,
        Profielvraag::Zzp,
        Profielvraag::Oval,
        Profielvraag::Nlqf,
        Profielvraag::Inburgeren,
        Profielvraag::Cedeo,
        Profielvraag::Wca,
        Profielvraag::Iso,
        Profielvraag::Uwv,
        Profielvraag::Eerste,
        Profielvraag::Compensatie,
    ];

    fn sleutel(self) -> &'static str {
        match self {
            Profielvraag::Aanvrager => "aanvrager",
            Profielvraag::Peildatum => "peildatum",
            Profielvraag::Aanmelddatum => "aanmelddatum",
            Profielvraag::Verlenging => "verlenging",
            Profielvraag::Rechtsvorm => "rechtsvorm",
            Profielvraag::Kvk => "kvk",
            Profielvraag::Zzp => "zzp",
            Profielvraag::Oval => "oval",
            Profielvraag::Nlqf => "nlqf",
            Profielvraag::Inburgeren => "inburgeren",
            Profielvraag::Cedeo => "cedeo",
            Profielvraag::Wca => "wca",
            Profielvraag::Iso => "iso",
            Profielvraag::Uwv => "uwv",
            Profielvraag::Eerste => "eerste",
            Profielvraag::Compensatie => "compensatie",
        }
    }
}

/// The single fields of hoofdnorm 1 that are not rows, documents or checklist answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hoofdnorm1Vraag {
    KvkDatum,
    PersoneelGekwalificeerd,
    PersoneelTotaal,
    MvDatum,
}

impl Hoofdnorm1Vraag {
    pub const ALLE: [Hoofdnorm1Vraag; 4] = [
        Hoofdnorm1Vraag::KvkDatum,
        Hoofdnorm1Vraag::PersoneelGekwalificeerd,
        Hoofdnorm1Vraag::PersoneelTotaal,
        Hoofdnorm1Vraag::MvDatum,
    ];

    fn sleutel(self) -> &'static str {
        match self {
            Hoofdnorm1Vraag::KvkDatum => "kvk-datum",
            Hoofdnorm1Vraag::PersoneelGekwalificeerd => "personeel-gekwalificeerd",
            Hoofdnorm1Vraag::PersoneelTotaal => "personeel-totaal",
            Hoofdnorm1Vraag::MvDatum => "mv-datum",
        }
    }
}

/// A column of the VOG of one bestuurder (norm 1.2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VogKolom {
    Naam,
    Datum,
    Functieaspecten,
}

impl VogKolom {
    pub const ALLE: [VogKolom; 3] = [VogKolom::Naam, VogKolom::Datum, VogKolom::Functieaspecten];

    pub fn sleutel(self) -> &'static str {
        match self {
            VogKolom::Naam => "naam",
            VogKolom::Datum => "datum",
            VogKolom::Functieaspecten => "functieaspecten",
        }
    }
}

/// A column of the klachtenregister.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KlachtKolom {
    Ontvangen,
    Bevestigd,
    NietInBehandeling,
    Afgehandeld,
    Behandelaar,
    Uitkomst,
}

impl KlachtKolom {
    pub const ALLE: [KlachtKolom; 6] = [
        KlachtKolom::Ontvangen,
        KlachtKolom::Bevestigd,
        KlachtKolom::NietInBehandeling,
        KlachtKolom::Afgehandeld,
        KlachtKolom::Behandelaar,
        KlachtKolom::Uitkomst,
    ];

    pub fn sleutel(self) -> &'static str {
        match self {
            KlachtKolom::Ontvangen => "ontvangen",
            KlachtKolom::Bevestigd => "bevestigd",
            KlachtKolom::NietInBehandeling => "niet-in-behandeling",
            KlachtKolom::Afgehandeld => "afgehandeld",
            KlachtKolom::Behandelaar => "behandelaar",
            KlachtKolom::Uitkomst => "uitkomst",
        }
    }
}

/// A column of the UBO/PEP helper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UboKolom {
    Naam,
    Kapitaal,
    Stemrechten,
    Vermogen,
    Zeggenschap,
    Bestuurder,
    Pep,
}

impl UboKolom {
    pub const ALLE: [UboKolom; 7] = [
        UboKolom::Naam,
        UboKolom::Kapitaal,
        UboKolom::Stemrechten,
        UboKolom::Vermogen,
        UboKolom::Zeggenschap,
        UboKolom::Bestuurder,
        UboKolom::Pep,
    ];

    pub fn sleutel(self) -> &'static str {
        match self {
            UboKolom::Naam => "naam",
            UboKolom::Kapitaal => "kapitaal",
            UboKolom::Stemrechten => "stemrechten",
            UboKolom::Vermogen => "vermogen",
            UboKolom::Zeggenschap => "zeggenschap",
            UboKolom::Bestuurder => "bestuurder",
            UboKolom::Pep => "pep",
        }
    }
}

/// The questions of Dienst 10's participatieladder calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Laddervraag {
    Soort,
    Treden,
    Groepen,
}

impl Laddervraag {
    pub const ALLE: [Laddervraag; 3] = [Laddervraag::Soort, Laddervraag::Treden, Laddervraag::Groepen];

    fn sleutel(self) -> &'static str {
        match self {
            Laddervraag::Soort => "soort",
            Laddervraag::Treden => "k",
            Laddervraag::Groepen => "groepen",
        }
    }
}

/// Transparantie over all Diensten (§3.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Transparantiegegeven {
    /// 2.0.1: afgeronde trajecten with an inspanningsafspraak.
    Afgerond,
    /// 2.0.2: of those, with inspanningen and doel in the offerte or contract.
    Beschreven,
}

/// Who answered a tevredenheidsonderzoek.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tevredengroep {
    Clienten,
    Opdrachtgevers,
}

impl Tevredengroep {
    fn sleutel(self) -> &'static str {
        match self {
            Tevredengroep::Clienten => "c",
            Tevredengroep::Opdrachtgevers => "o",
        }
    }
}

/// What is asked per group of a tevredenheidsonderzoek.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tevredenwat {
    Uitgenodigd,
    Respondenten,
    Cijfer,
}

impl Tevredenwat {
    pub const ALLE: [Tevredenwat; 3] = [Tevredenwat::Uitgenodigd, Tevredenwat::Respondenten, Tevredenwat::Cijfer];

    fn sleutel(self) -> &'static str {
        match self {
            Tevredenwat::Uitgenodigd => "uitgenodigd",
            Tevredenwat::Respondenten => "respondenten",
            Tevredenwat::Cijfer => "cijfer",
        }
    }
}

/// The two fields of a what-if on the sterren page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Watalsdeel {
    Onderdeel,
    Waarde,
}

/// The planner's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Plannervraag {
    Start,
    Jaar,
    EersteAudit,
}

/// The vrijstelling questions: the cyclusjaar, the conditions of `VOORWAARDEN` (by their id),
/// and the four-year tevredenheid with its cliëntenaudit question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vrijstellingsvraag {
    Cyclusjaar,
    Voorwaarde(&'static str),
    Tevredenheid,
    Clientenaudit,
}

/// One field of the zelftoets. `Copy`, so outcomes and errors carry it freely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ZelftoetsVeld {
    Profiel(Profielvraag),
    Hoofdnorm1(Hoofdnorm1Vraag),
    /// A declaration of the managementverklaring, by its id in `VERKLARINGEN`.
    Verklaring(&'static str),
    /// A document of the checklist (§5.1.1), by its id in `DOCUMENTEN`: present or not.
    Document(&'static str),
    DocumentDatum(&'static str),
    DocumentBoekjaar(&'static str),
    /// The user's own status for a checklist norm ("1.4.2", "2.1.1", "3.2.2"); its hoofdnorm is
    /// the code's first digit.
    Checklist(&'static str),
    /// The onderbouwing of a hoofdnorm 1 checklist norm.
    Onderbouwing(&'static str),
    /// The VOG of one bestuurder; `rij` 0 is the first bestuurder, whose fields keep the ids they
    /// had when there was one VOG (`vog-datum`), every further one has its stable row id.
    Vog {
        rij: u64,
        kolom: VogKolom,
    },
    /// A requirement of `eisen::EISEN`, by its id.
    Eis(&'static str),
    /// A cell of the klachtenregister; `rij` is the row's stable id.
    Klacht {
        rij: u64,
        kolom: KlachtKolom,
    },
    /// A cell of the UBO/PEP helper; `rij` is the row's stable id.
    Ubo {
        rij: u64,
        kolom: UboKolom,
    },
    /// An input of Dienst `nummer` (`Gegeven::Ladder`: the ladder as a whole).
    Dienst {
        nummer: u8,
        gegeven: Gegeven,
    },
    /// An unknown or repeated Dienst number.
    Dienstnummer(u8),
    Ladder(Laddervraag),
    Transparantie(Transparantiegegeven),
    Tevredenheid {
        dienst: u8,
        groep: Tevredengroep,
        wat: Tevredenwat,
    },
    Clientenaudit(u8),
    /// An unknown or repeated Dienst in the tevredenheid input.
    TevredenheidDienst(u8),
    Cedeo,
    Watals {
        dienst: u8,
        deel: Watalsdeel,
    },
    Planner(Plannervraag),
    Vrijstelling(Vrijstellingsvraag),
}

impl fmt::Display for ZelftoetsVeld {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ZelftoetsVeld as V;
        match *self {
            V::Profiel(p) => write!(f, "p-{}", p.sleutel()),
            V::Hoofdnorm1(h) => f.write_str(h.sleutel()),
            V::Verklaring(id) => write!(f, "mv-{id}"),
            V::Document(id) => write!(f, "doc-{id}"),
            V::DocumentDatum(id) => write!(f, "doc-{id}-datum"),
            V::DocumentBoekjaar(id) => write!(f, "doc-{id}-boekjaar"),
            V::Checklist(code) => write!(f, "h{}-{code}", code.get(..1).unwrap_or("")),
            V::Onderbouwing(code) => write!(f, "h1-{code}-toel"),
            V::Vog { rij: 0, kolom } => write!(f, "vog-{}", kolom.sleutel()),
            V::Vog { rij, kolom } => write!(f, "vog-{rij}-{}", kolom.sleutel()),
            V::Eis(id) => write!(f, "eis-{id}"),
            V::Klacht { rij, kolom } => write!(f, "klacht-{rij}-{}", kolom.sleutel()),
            V::Ubo { rij, kolom } => write!(f, "ubo-{rij}-{}", kolom.sleutel()),
            V::Dienst { nummer, gegeven } => write!(f, "d{nummer}-{}", gegeven.id()),
            V::Dienstnummer(n) => write!(f, "d{n}-nummer"),
            V::Ladder(l) => write!(f, "d10-ladder-{}", l.sleutel()),
            V::Transparantie(Transparantiegegeven::Afgerond) => f.write_str("transparantie-2.0.1"),
            V::Transparantie(Transparantiegegeven::Beschreven) => f.write_str("transparantie-2.0.2"),
            V::Tevredenheid { dienst, groep, wat } => write!(f, "t{dienst}-{}-{}", groep.sleutel(), wat.sleutel()),
            V::Clientenaudit(n) => write!(f, "t{n}-audit"),
            V::TevredenheidDienst(n) => write!(f, "t{n}-dienst"),
            V::Cedeo => f.write_str("t-cedeo"),
            V::Watals { dienst, deel: Watalsdeel::Onderdeel } => write!(f, "watals-{dienst}-onderdeel"),
            V::Watals { dienst, deel: Watalsdeel::Waarde } => write!(f, "watals-{dienst}-waarde"),
            V::Planner(Plannervraag::Start) => f.write_str("mp-start"),
            V::Planner(Plannervraag::Jaar) => f.write_str("mp-jaar"),
            V::Planner(Plannervraag::EersteAudit) => f.write_str("mp-eerste-audit"),
            V::Vrijstelling(Vrijstellingsvraag::Cyclusjaar) => f.write_str("vs-cyclusjaar"),
            V::Vrijstelling(Vrijstellingsvraag::Voorwaarde(id)) => f.write_str(id),
            V::Vrijstelling(Vrijstellingsvraag::Tevredenheid) => f.write_str("vs6-tevredenheid"),
            V::Vrijstelling(Vrijstellingsvraag::Clientenaudit) => f.write_str("vs6-clientenaudit"),
        }
    }
}

/// A number as `id` writes it: digits only, no sign, no leading zero; anything else is not an id.
fn getal<T: std::str::FromStr>(s: &str) -> Option<T> {
    let canoniek = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    if canoniek {
        s.parse().ok()
    } else {
        None
    }
}

fn rij_en_kolom<K: Copy>(rest: &str, kolommen: &[K], sleutel: impl Fn(K) -> &'static str) -> Option<(u64, K)> {
    let (rij, kolom) = rest.split_once('-')?;
    let kolom = kolommen.iter().copied().find(|k| sleutel(*k) == kolom)?;
    Some((getal(rij)?, kolom))
}

impl ZelftoetsVeld {
    /// The stored id: the key in the dossier's answers and the page anchor `#veld-<id>`.
    pub fn id(self) -> String {
        self.to_string()
    }

    /// The field an id names; `None` for a string that is not exactly the `id` of a field.
    /// `uit_id(&v.id()) == Some(v)` for every field.
    pub fn uit_id(s: &str) -> Option<ZelftoetsVeld> {
        use ZelftoetsVeld as V;
        // Rows first: a register holds hundreds of them, every other field occurs once.
        if let Some(rest) = s.strip_prefix("klacht-") {
            return rij_en_kolom(rest, &KlachtKolom::ALLE, KlachtKolom::sleutel)
                .map(|(rij, kolom)| V::Klacht { rij, kolom });
        }
        if let Some(rest) = s.strip_prefix("ubo-") {
            return rij_en_kolom(rest, &UboKolom::ALLE, UboKolom::sleutel).map(|(rij, kolom)| V::Ubo { rij, kolom });
        }
        if let Some(rest) = s.strip_prefix("vog-") {
            if let Some(kolom) = VogKolom::ALLE.into_iter().find(|k| k.sleutel() == rest) {
                return Some(V::Vog { rij: 0, kolom });
            }
            // Row 0 has only the short form, so every field has exactly one id.
            return rij_en_kolom(rest, &VogKolom::ALLE, VogKolom::sleutel)
                .filter(|(rij, _)| *rij != 0)
                .map(|(rij, kolom)| V::Vog { rij, kolom });
        }
        if let Some(rest) = s.strip_prefix("eis-") {
            return EISEN.iter().find(|e| e.id == rest).map(|e| V::Eis(e.id));
        }
        if let Some(rest) = s.strip_prefix("p-") {
            return Profielvraag::ALLE.into_iter().find(|p| p.sleutel() == rest).map(V::Profiel);
        }
        if let Some(h) = Hoofdnorm1Vraag::ALLE.into_iter().find(|h| h.sleutel() == s) {
            return Some(V::Hoofdnorm1(h));
        }
        if let Some(rest) = s.strip_prefix("mv-") {
            return VERKLARINGEN.iter().find(|v| v.id == rest).map(|v| V::Verklaring(v.id));
        }
        if let Some(rest) = s.strip_prefix("doc-") {
            let doc = |id: &str| DOCUMENTEN.iter().find(|d| d.id == id).map(|d| d.id);
            if let Some(id) = doc(rest) {
                return Some(V::Document(id));
            }
            if let Some(id) = rest.strip_suffix("-datum").and_then(doc) {
                return Some(V::DocumentDatum(id));
            }
            return rest.strip_suffix("-boekjaar").and_then(doc).map(V::DocumentBoekjaar);
        }
        if let Some(rest) = s.strip_prefix("h1-") {
            let code = |c: &str| HOOFDNORM1.iter().find(|n| n.code == c).map(|n| n.code);
            if let Some(c) = code(rest) {
                return Some(V::Checklist(c));
            }
            return rest.strip_suffix("-toel").and_then(code).map(V::Onderbouwing);
        }
        if let Some(rest) = s.strip_prefix("h2-") {
            return DIENSTEN
                .iter()
                .flat_map(|d| d.normen)
                .find(|n| n.soort == Normsoort::Checklist && n.code == rest)
                .map(|n| V::Checklist(n.code));
        }
        if let Some(rest) = s.strip_prefix("h3-") {
            return CHECKLIST_3.iter().find(|(c, _)| *c == rest).map(|(c, _)| V::Checklist(c));
        }
        if let Some(rest) = s.strip_prefix("d10-ladder-") {
            if let Some(l) = Laddervraag::ALLE.into_iter().find(|l| l.sleutel() == rest) {
                return Some(V::Ladder(l));
            }
        }
        if let Some(rest) = s.strip_prefix("transparantie-") {
            return match rest {
                "2.0.1" => Some(V::Transparantie(Transparantiegegeven::Afgerond)),
                "2.0.2" => Some(V::Transparantie(Transparantiegegeven::Beschreven)),
                _ => None,
            };
        }
        if s == "t-cedeo" {
            return Some(V::Cedeo);
        }
        if let Some(rest) = s.strip_prefix("watals-") {
            let (n, deel) = rest.split_once('-')?;
            let deel = match deel {
                "onderdeel" => Watalsdeel::Onderdeel,
                "waarde" => Watalsdeel::Waarde,
                _ => return None,
            };
            return Some(V::Watals { dienst: getal(n)?, deel });
        }
        match s {
            "mp-start" => return Some(V::Planner(Plannervraag::Start)),
            "mp-jaar" => return Some(V::Planner(Plannervraag::Jaar)),
            "mp-eerste-audit" => return Some(V::Planner(Plannervraag::EersteAudit)),
            "vs-cyclusjaar" => return Some(V::Vrijstelling(Vrijstellingsvraag::Cyclusjaar)),
            "vs6-tevredenheid" => return Some(V::Vrijstelling(Vrijstellingsvraag::Tevredenheid)),
            "vs6-clientenaudit" => return Some(V::Vrijstelling(Vrijstellingsvraag::Clientenaudit)),
            _ => {}
        }
        if let Some(v) = VOORWAARDEN.iter().find(|v| v.id == s) {
            return Some(V::Vrijstelling(Vrijstellingsvraag::Voorwaarde(v.id)));
        }
        if let Some(rest) = s.strip_prefix('t') {
            let (n, deel) = rest.split_once('-')?;
            let dienst = getal(n)?;
            return match deel {
                "audit" => Some(V::Clientenaudit(dienst)),
                "dienst" => Some(V::TevredenheidDienst(dienst)),
                _ => {
                    let (groep, wat) = deel.split_once('-')?;
                    let groep = match groep {
                        "c" => Tevredengroep::Clienten,
                        "o" => Tevredengroep::Opdrachtgevers,
                        _ => return None,
                    };
                    let wat = Tevredenwat::ALLE.into_iter().find(|w| w.sleutel() == wat)?;
                    Some(V::Tevredenheid { dienst, groep, wat })
                }
            };
        }
        if let Some(rest) = s.strip_prefix('d') {
            let (n, deel) = rest.split_once('-')?;
            let nummer = getal(n)?;
            if deel == "nummer" {
                return Some(V::Dienstnummer(nummer));
            }
            return Gegeven::ALLE.into_iter().find(|g| g.id() == deel).map(|gegeven| V::Dienst { nummer, gegeven });
        }
        None
    }

    /// A cell of the klachtenregister.
    pub fn klacht(rij: u64, kolom: KlachtKolom) -> ZelftoetsVeld {
        ZelftoetsVeld::Klacht { rij, kolom }
    }

    /// The VOG of a bestuurder (`rij` 0: the first).
    pub fn vog(rij: u64, kolom: VogKolom) -> ZelftoetsVeld {
        ZelftoetsVeld::Vog { rij, kolom }
    }

    /// A cell of the UBO/PEP helper.
    pub fn ubo(rij: u64, kolom: UboKolom) -> ZelftoetsVeld {
        ZelftoetsVeld::Ubo { rij, kolom }
    }

    /// An input of a Dienst.
    pub fn dienst(nummer: u8, gegeven: Gegeven) -> ZelftoetsVeld {
        ZelftoetsVeld::Dienst { nummer, gegeven }
    }

    pub fn tevredenheid(dienst: u8, groep: Tevredengroep, wat: Tevredenwat) -> ZelftoetsVeld {
        ZelftoetsVeld::Tevredenheid { dienst, groep, wat }
    }

    pub const PEILDATUM: ZelftoetsVeld = ZelftoetsVeld::Profiel(Profielvraag::Peildatum);
}

/// Compare with an id string, so a test or a lookup can say `veld == "d1-b2"`.
impl PartialEq<str> for ZelftoetsVeld {
    fn eq(&self, other: &str) -> bool {
        ZelftoetsVeld::uit_id(other) == Some(*self)
    }
}

impl PartialEq<&str> for ZelftoetsVeld {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl PartialEq<String> for ZelftoetsVeld {
    fn eq(&self, other: &String) -> bool {
        self == other.as_str()
    }
}
