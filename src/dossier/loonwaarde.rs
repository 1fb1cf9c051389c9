//! The `data` of a loonwaarde dossier: what the deskundige typed, kept as typed (so nothing is
//! lost while it is still invalid), and its translation into the domain's numbers.

use crate::domain::loonwaarde::vergelijking::{vergelijk, Vergelijking};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::bevinding::Bevinding;
use super::data::{data_naar_map, data_uit};
use super::methodieken::MethodiekenData;
use super::model::Dossier;
use crate::domain::lezen::{lees_datum, lees_getal, Getalsoort};
use crate::domain::loonwaarde::kosten::{self, Frequentie, Kostenpost, Kostensoort, Kostentotaal};
use crate::domain::loonwaarde::lks::{self, Lks, LksInvoer, WmlOpzoek};
use crate::domain::loonwaarde::{self as lw, Methode, Resultaat, Taak, TaakResultaat, Veld, Veldfout, Werkweek};
use crate::domain::uitleg::Uitleg;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LoonwaardeData {
    pub methode: Methode,
    pub werknemer: String,
    pub werkgever: String,
    pub normfunctie: String,
    /// CAO or other source of the normfunctie.
    pub bron: String,
    pub normloon: String,
    pub voltijd_uren: String,
    pub contracturen: String,
    pub werkdagen: String,
    /// ULW: the werknemer delivers a regular arbeidsprestatie.
    pub regulier: bool,
    pub taken: Vec<TaakData>,
    pub kosten: Vec<KostenData>,
    /// The date the LKS is computed for, as typed (1-3-2026 or 2026-03-01); it decides the WML.
    pub peildatum: String,
    /// A WML typed in by the user, for dates Werkwaarde has no value for.
    pub wml: String,
    pub vakantietoeslag: bool,
    pub ontwikkeladvies: String,
    /// The deskundige confirms a limiting factor is counted in only one of T, K and I.
    pub enkel_geteld: bool,
    /// The methodieken computed beside this one, with their extra inputs. Left out of the file
    /// while empty, so a dossier without them reads as before.
    #[serde(skip_serializing_if = "MethodiekenData::is_leeg")]
    pub methodieken: MethodiekenData,
    /// The head of the rapport as the rapportmodel of the Regeling loonkostensubsidie asks it.
    /// Left out of the file while empty.
    #[serde(skip_serializing_if = "Rapportgegevens::is_leeg")]
    pub rapport: Rapportgegevens,
}

/// The fields of the rapportmodel's head ("Deze loonwaarde betreft") that the calculator does not
/// already hold (naam, werkgever, normfunctie and the hours are its own fields), by their key in
/// `Rapportgegevens::VELDEN`. All personal or identifying: the anonymised export drops them. A
/// map, not a struct: one generic reader instead of a reader per field in every page's wasm, and
/// a key of a later version is kept.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rapportgegevens(pub std::collections::BTreeMap<String, String>);

impl Rapportgegevens {
    /// The keys in the rapportmodel's order; each is labelled in `LABELS` as `rapport.<key>`.
    pub const VELDEN: [&'static str; 9] = [
        "geboortedatum",
        "datum_rapportage",
        "datum_bedrijfsbezoek",
        "contactpersoon",
        "email_contactpersoon",
        "geinterviewde",
        "uitgevoerde_functie",
        "deskundige",
        "telefoon",
    ];

    pub fn is_datum(veld: &str) -> bool {
        veld.contains("datum")
    }

    pub fn is_leeg(&self) -> bool {
        self.0.values().all(|w| w.is_empty())
    }

    pub fn get(&self, veld: &str) -> &str {
        self.0.get(veld).map_or("", String::as_str)
    }

    pub fn zet(&mut self, veld: &str, waarde: String) {
        self.0.insert(veld.to_string(), waarde);
    }

    /// What is wrong with the date in field `veld`, if anything; empty is allowed.
    pub fn datumfout(&self, veld: &str) -> Option<String> {
        let tekst = self.get(veld);
        if !Self::is_datum(veld) || tekst.trim().is_empty() {
            return None;
        }
        lees_datum(tekst).err()
    }

    /// A date field as the rapport shows it: the date in words, or the text with what is wrong.
    pub fn datum_tekst(tekst: &str) -> String {
        if tekst.trim().is_empty() {
            return "—".to_string();
        }
        match lees_datum(tekst) {
            Ok(d) => crate::domain::datum::lange_datum(d),
            Err(_) => format!("{} (geen geldige datum)", tekst.trim()),
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TaakData {
    /// Stable across reordering, so the UI keeps focus and edits on the right row.
    pub id: u64,
    pub naam: String,
    pub uren: String,
    pub tempo: String,
    pub kwaliteit: String,
    pub inzet: String,
    pub toelichting: [String; 3],
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct KostenData {
    pub id: u64,
    pub soort: Kostensoort,
    pub frequentie: Frequentie,
    pub omschrijving: String,
    pub bedrag: String,
}

impl LoonwaardeData {
    /// Reads the `data` object of a dossier. Missing fields take their empty default; a field of
    /// the wrong type is reported at its JSON path.
    pub fn uit(data: &Map<String, Value>) -> Result<LoonwaardeData, Bevinding> {
        data_uit(data)
    }

    pub fn naar_map(&self) -> Map<String, Value> {
        data_naar_map(self)
    }

    /// A copy without names and free text, for sharing a case without personal data.
    pub fn geanonimiseerd(&self) -> LoonwaardeData {
        LoonwaardeData {
            werknemer: String::new(),
            werkgever: String::new(),
            ontwikkeladvies: String::new(),
            taken: self.taken.iter().map(|t| TaakData { toelichting: Default::default(), ..t.clone() }).collect(),
            kosten: self.kosten.iter().map(|k| KostenData { omschrijving: String::new(), ..k.clone() }).collect(),
            methodieken: self.methodieken.geanonimiseerd(),
            rapport: Rapportgegevens::default(),
            ..self.clone()
        }
    }

    /// Removes the taak with this id, and what the methodieken beside asked of it (LAT's
    /// categorie, VTA's scores): they belong to that taak and would otherwise stay in the file
    /// unseen.
    pub fn verwijder_taak(&mut self, id: u64) {
        self.taken.retain(|t| t.id != id);
        self.methodieken.taken.retain(|t| t.id != id);
    }

    pub fn volgend_id(&self) -> u64 {
        let taken = self.taken.iter().map(|t| t.id);
        let kosten = self.kosten.iter().map(|k| k.id);
        taken.chain(kosten).max().map_or(1, |m| m + 1)
    }
}

/// Everything the calculator shows, computed from what was typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Uitkomst {
    /// Inputs that cannot be used, at their field.
    pub fouten: Vec<Veldfout>,
    pub resultaat: Option<Resultaat>,
    pub pi5_per_uur: Option<(Decimal, Uitleg)>,
    pub pi5_per_maand: Option<(Decimal, Uitleg)>,
    pub lks: Result<Lks, String>,
    pub wml: Option<WmlOpzoek>,
    pub kosten: Kostentotaal,
    /// Every typed number as this translation read it, for views that show the input itself
    /// (the rapport): they render this and never read the typed text again.
    pub invoer: Gelezen,
}

/// A typed number as the translation read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Getalinvoer {
    /// Nothing typed.
    NietIngevuld,
    /// Typed but not usable: no number, or a number the rules refuse. The message is in
    /// `Uitkomst::fouten`, at the field.
    Ongeldig,
    Getal(Decimal),
}

impl Getalinvoer {
    pub fn getal(self) -> Option<Decimal> {
        match self {
            Getalinvoer::Getal(g) => Some(g),
            _ => None,
        }
    }

    /// `waarde` is what the reader kept of `tekst` at `veld`; an error there makes it unusable.
    fn van(tekst: &str, waarde: Option<Decimal>, veld: Veld, fouten: &[Veldfout]) -> Getalinvoer {
        if tekst.trim().is_empty() {
            return Getalinvoer::NietIngevuld;
        }
        match waarde {
            Some(g) if !fouten.iter().any(|f| f.veld == veld) => Getalinvoer::Getal(g),
            _ => Getalinvoer::Ongeldig,
        }
    }
}

/// One taak's numbers as read, in the order typed, with its part of the loonwaarde once that is
/// computed.
#[derive(Debug, Clone, PartialEq)]
pub struct GelezenTaak {
    pub uren: Getalinvoer,
    pub tempo: Getalinvoer,
    pub kwaliteit: Getalinvoer,
    /// Inzetbaarheid (stappenplan) or netto werktijd (ULW).
    pub inzet: Getalinvoer,
    pub resultaat: Option<TaakResultaat>,
}

/// The numbers of a loonwaarde dossier as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Gelezen {
    pub normloon: Getalinvoer,
    pub voltijd_uren: Getalinvoer,
    pub contracturen: Getalinvoer,
    pub werkdagen: Getalinvoer,
    /// The WML typed in by the user (empty: looked up by the peildatum).
    pub wml: Getalinvoer,
    /// One per typed taak, in the same order.
    pub taken: Vec<GelezenTaak>,
    /// The bedrag of each kostenpost, in the same order.
    pub bedragen: Vec<Getalinvoer>,
}

impl Uitkomst {
    pub fn fout(&self, veld: Veld) -> Option<&str> {
        self.fouten.iter().find(|f| f.veld == veld).map(|f| f.melding.as_str())
    }
}

struct Lezer {
    fouten: Vec<Veldfout>,
}

impl Lezer {
    /// An optional number: empty is `None` without complaint, bad text is an error at the field.
    fn getal(&mut self, veld: Veld, tekst: &str) -> Option<Decimal> {
        if tekst.trim().is_empty() {
            return None;
        }
        match lees_getal(tekst, veld.soort().unwrap_or(Getalsoort::Uren)) {
            Ok(g) => Some(g),
            Err(melding) => {
                self.fouten.push(Veldfout { veld, melding });
                None
            }
        }
    }

    /// A required number.
    fn verplicht(&mut self, veld: Veld, tekst: &str, naam: &str) -> Option<Decimal> {
        if tekst.trim().is_empty() {
            self.fouten.push(Veldfout { veld, melding: format!("Vul {naam} in.") });
            return None;
        }
        self.getal(veld, tekst)
    }

    fn positief(&mut self, veld: Veld, waarde: Option<Decimal>, naam: &str, max: Decimal) -> Option<Decimal> {
        let w = waarde?;
        if w <= Decimal::ZERO || w > max {
            self.fouten.push(Veldfout { veld, melding: format!("{naam} moet groter dan 0 en hoogstens {max} zijn.") });
            return None;
        }
        Some(w)
    }
}

/// The taken as the domain reads them, for those whose numbers are all readable.
pub fn domeintaken(data: &LoonwaardeData) -> Vec<Taak> {
    data.taken
        .iter()
        .filter_map(|t| {
            let getal = |s: &str, soort| lees_getal(s, soort).ok();
            Some(Taak {
                naam: t.naam.trim().to_string(),
                uren: getal(&t.uren, Getalsoort::Uren)?,
                tempo: getal(&t.tempo, Getalsoort::Procent)?,
                kwaliteit: getal(&t.kwaliteit, Getalsoort::Procent)?,
                inzet: getal(&t.inzet, Getalsoort::Procent)?,
                toegelicht: [0, 1, 2].map(|s| !t.toelichting[s].trim().is_empty()),
            })
        })
        .collect()
}

/// Two loonwaarde dossiers of one werknemer side by side (a second opinion): each computed as its
/// own calculator does, and the difference split into its causes (`vergelijking`). `a` is the
/// first opinion; neither is changed.
#[derive(Debug, Clone, PartialEq)]
pub struct TweedeBeoordeling {
    pub a: Uitkomst,
    pub b: Uitkomst,
    pub vergelijking: Vergelijking,
}

/// `handmatig` pairs taken by hand, by their index among the readable taken of each side
/// (`domeintaken`); the rest pair by name.
pub fn tweede_beoordeling(a: &LoonwaardeData, b: &LoonwaardeData, handmatig: &[(usize, usize)]) -> TweedeBeoordeling {
    let (ta, tb) = (domeintaken(a), domeintaken(b));
    let vergelijking = vergelijk((a.methode, &ta), (b.methode, &tb), None, handmatig);
    TweedeBeoordeling { a: bereken(a), b: bereken(b), vergelijking }
}

pub fn bereken(data: &LoonwaardeData) -> Uitkomst {
    let mut l = Lezer { fouten: Vec::new() };
    let normloon = l.verplicht(Veld::Normloon, &data.normloon, "het normloon per uur");
    let normloon = l.positief(Veld::Normloon, normloon, "Het normloon per uur", Decimal::from(1000));
    let voltijd = l.getal(Veld::VoltijdUren, &data.voltijd_uren);
    let voltijd = l.positief(Veld::VoltijdUren, voltijd, "De voltijdwerkweek", Decimal::from(60));
    let contracturen = l.verplicht(Veld::Contracturen, &data.contracturen, "de contracturen per week");
    let contracturen = l.positief(Veld::Contracturen, contracturen, "De contracturen", Decimal::from(60));
    let werkdagen = l.getal(Veld::Werkdagen, &data.werkdagen);
    let werkdagen = l.positief(Veld::Werkdagen, werkdagen, "Het aantal werkdagen", Decimal::from(7));

    let mut taken = Vec::with_capacity(data.taken.len());
    // Per typed taak its numbers as read, and for each taak given to the rules, its index here.
    let mut gelezen = Vec::with_capacity(data.taken.len());
    let mut plaatsen = Vec::with_capacity(data.taken.len());
    for (i, t) in data.taken.iter().enumerate() {
        if t.naam.trim().is_empty() {
            l.fouten.push(Veldfout { veld: Veld::Naam(i), melding: "Geef de taak een naam.".into() });
        }
        let uren = l.verplicht(Veld::Uren(i), &t.uren, "de uren per week");
        let tempo = l.verplicht(Veld::Tempo(i), &t.tempo, "het tempo in %");
        let kwaliteit = l.verplicht(Veld::Kwaliteit(i), &t.kwaliteit, "de kwaliteit in %");
        let inzet = l.verplicht(Veld::Inzet(i), &t.inzet, &format!("{} in %", data.methode.derde_klein()));
        gelezen.push([uren, tempo, kwaliteit, inzet]);
        if let (Some(uren), Some(tempo), Some(kwaliteit), Some(inzet)) = (uren, tempo, kwaliteit, inzet) {
            let toegelicht = [0, 1, 2].map(|s| !t.toelichting[s].trim().is_empty());
            taken.push(Taak { naam: t.naam.trim().to_string(), uren, tempo, kwaliteit, inzet, toegelicht });
            plaatsen.push(i);
        }
    }

    let week = contracturen.map(|c| Werkweek { contracturen: c, werkdagen });
    let compleet = taken.len() == data.taken.len();
    let resultaat = if compleet || (data.methode == Methode::Ulw && data.regulier) {
        match lw::bereken(data.methode, &taken, week, data.regulier) {
            Ok(r) => Some(r),
            Err(fouten) => {
                l.fouten.extend(fouten);
                None
            }
        }
    } else {
        None
    };

    let pi5_per_uur = resultaat.as_ref().zip(normloon).map(|(r, n)| r.pi5_per_uur(n));
    let pi5_per_maand = resultaat.as_ref().zip(normloon).zip(contracturen).map(|((r, n), c)| r.pi5_per_maand(n, c));

    let (lks, wml, handmatig) = lks_ketting(data, &mut l, resultaat.as_ref(), normloon, contracturen);

    let mut posten = Vec::new();
    let mut bedragen = Vec::with_capacity(data.kosten.len());
    for (i, k) in data.kosten.iter().enumerate() {
        let bedrag = l.verplicht(Veld::Bedrag(i), &k.bedrag, "het bedrag");
        bedragen.push(bedrag);
        if let Some(bedrag) = bedrag {
            if bedrag < Decimal::ZERO {
                l.fouten.push(Veldfout { veld: Veld::Bedrag(i), melding: "Een bedrag kan niet negatief zijn.".into() });
            } else {
                posten.push(Kostenpost { soort: k.soort, frequentie: k.frequentie, bedrag });
            }
        }
    }

    let f = &l.fouten;
    let mut taken_gelezen: Vec<GelezenTaak> = data
        .taken
        .iter()
        .zip(gelezen)
        .enumerate()
        .map(|(i, (t, [uren, tempo, kwaliteit, inzet]))| GelezenTaak {
            uren: Getalinvoer::van(&t.uren, uren, Veld::Uren(i), f),
            tempo: Getalinvoer::van(&t.tempo, tempo, Veld::Tempo(i), f),
            kwaliteit: Getalinvoer::van(&t.kwaliteit, kwaliteit, Veld::Kwaliteit(i), f),
            inzet: Getalinvoer::van(&t.inzet, inzet, Veld::Inzet(i), f),
            resultaat: None,
        })
        .collect();
    if let Some(r) = &resultaat {
        for (i, tr) in plaatsen.iter().zip(&r.taken) {
            if let Some(g) = taken_gelezen.get_mut(*i) {
                g.resultaat = Some(tr.clone());
            }
        }
    }
    let invoer = Gelezen {
        normloon: Getalinvoer::van(&data.normloon, normloon, Veld::Normloon, f),
        voltijd_uren: Getalinvoer::van(&data.voltijd_uren, voltijd, Veld::VoltijdUren, f),
        contracturen: Getalinvoer::van(&data.contracturen, contracturen, Veld::Contracturen, f),
        werkdagen: Getalinvoer::van(&data.werkdagen, werkdagen, Veld::Werkdagen, f),
        wml: Getalinvoer::van(&data.wml, handmatig, Veld::Wml, f),
        taken: taken_gelezen,
        bedragen: data
            .kosten
            .iter()
            .zip(bedragen)
            .enumerate()
            .map(|(i, (k, b))| Getalinvoer::van(&k.bedrag, b, Veld::Bedrag(i), f))
            .collect(),
    };

    Uitkomst {
        fouten: l.fouten,
        resultaat,
        pi5_per_uur,
        pi5_per_maand,
        lks,
        wml,
        kosten: kosten::totaal(&posten),
        invoer,
    }
}

fn lks_ketting(
    data: &LoonwaardeData,
    l: &mut Lezer,
    resultaat: Option<&Resultaat>,
    normloon: Option<Decimal>,
    contracturen: Option<Decimal>,
) -> (Result<Lks, String>, Option<WmlOpzoek>, Option<Decimal>) {
    let peildatum = if data.peildatum.trim().is_empty() {
        None
    } else {
        match lees_datum(&data.peildatum) {
            Ok(d) => Some(d),
            Err(melding) => {
                l.fouten.push(Veldfout { veld: Veld::Peildatum, melding });
                None
            }
        }
    };
    let handmatig = l.getal(Veld::Wml, &data.wml);
    let handmatig = l.positief(Veld::Wml, handmatig, "Het WML per uur", Decimal::from(100));
    let opzoek = peildatum.map(lks::wml_op);
    let wml = match (&opzoek, handmatig) {
        (_, Some(h)) => Ok(h),
        (Some(WmlOpzoek::Bekend { per_uur, .. }), None) => Ok(*per_uur),
        (Some(onbekend), None) => Err(onbekend.vraag().unwrap_or_default()),
        (None, None) => Err("Vul de peildatum in: het WML hangt af van de datum.".to_string()),
    };
    let lks = match (resultaat, normloon, contracturen, wml) {
        (_, _, _, Err(vraag)) => Err(vraag),
        (Some(r), Some(normloon), Some(contracturen), Ok(wml)) => Ok(lks::bereken(LksInvoer {
            pi4: r.pi4,
            normloon,
            wml,
            vakantietoeslag: data.vakantietoeslag,
            contracturen,
        })),
        _ => {
            Err("De loonkostensubsidie volgt zodra de loonwaarde, het normloon en de contracturen bekend zijn.".into())
        }
    };
    (lks, opzoek, handmatig)
}

/// The dossier as it may be shared without personal data: names, free text and a title that
/// could name the werknemer are replaced; every number stays.
pub fn anoniem_dossier(dossier: &Dossier) -> Result<Dossier, Bevinding> {
    let data = LoonwaardeData::uit(&dossier.data)?.geanonimiseerd();
    let functie: String = data.normfunctie.trim().chars().take(60).collect();
    let title = if functie.is_empty() {
        "Geanonimiseerde loonwaarde".to_string()
    } else {
        format!("Geanonimiseerde loonwaarde — {functie}")
    };
    Ok(Dossier { title, data: data.naar_map(), ..dossier.clone() })
}

/// The label of each field of the calculator by its key in `data`: the form shows it, and the
/// notice of a value changed in two tabs names the field with it.
pub const LABELS: &[(&str, &str)] = &[
    ("methode", "Methode"),
    ("werknemer", "Werknemer"),
    ("werkgever", "Werkgever"),
    ("normfunctie", "Normfunctie"),
    ("bron", "Bron / CAO"),
    ("normloon", "Normloon per uur (€)"),
    ("voltijd_uren", "Voltijduren per week"),
    ("contracturen", "Contracturen per week"),
    ("werkdagen", "Werkdagen per week"),
    ("regulier", "De werknemer levert een reguliere arbeidsprestatie (loonwaarde 100%)"),
    ("peildatum", "Peildatum"),
    ("wml", "WML per uur (€), alleen invullen als het hieronder ontbreekt"),
    ("vakantietoeslag", "Inclusief 8% vakantietoeslag (in WML en normloon)"),
    ("ontwikkeladvies", "Ontwikkeladvies"),
    ("rapport.geboortedatum", "Geboortedatum werknemer"),
    ("rapport.datum_rapportage", "Datum rapportage"),
    ("rapport.datum_bedrijfsbezoek", "Datum bedrijfsbezoek"),
    ("rapport.contactpersoon", "Contactpersoon werkgever"),
    ("rapport.email_contactpersoon", "E-mail contactpersoon"),
    ("rapport.geinterviewde", "Geïnterviewde werkgever"),
    ("rapport.uitgevoerde_functie", "Uitgevoerde functie"),
    ("rapport.deskundige", "Loonwaardedeskundige"),
    ("rapport.telefoon", "Telefoonnummer loonwaardedeskundige"),
    (
        "enkel_geteld",
        "Ik bevestig dat elke beperkende factor in slechts één van T, K en I is meegeteld (stap 5 van het stappenplan).",
    ),
];

/// The label of the field with key `sleutel` (a key of `LABELS`).
pub fn label(sleutel: &str) -> &'static str {
    LABELS.iter().find(|(k, _)| *k == sleutel).map_or("", |(_, l)| l)
}

/// A place in a loonwaarde dossier's data (`$.data.normloon`, `$.data.taken[id=3].tempo`) in
/// words, for the notice of a value changed in two tabs.
pub fn plaatsnaam(data: &Map<String, Value>, pad: &str) -> Option<String> {
    let rest = pad.strip_prefix("$.data.")?;
    for (lijst, naam) in [("taken[id=", "Taak"), ("kosten[id=", "Kostenpost")] {
        let Some(na) = rest.strip_prefix(lijst) else { continue };
        let (id, kolom) = na.split_once(']')?;
        let rijen = data.get(lijst.trim_end_matches("[id="))?.as_array()?;
        let plek = rijen.iter().position(|r| r.get("id").map(Value::to_string).as_deref() == Some(id))?;
        let kolom = match kolom.trim_start_matches('.') {
            "" => return Some(format!("{naam} {}", plek + 1)),
            "naam" | "omschrijving" => "omschrijving",
            "uren" => "uren per week",
            "tempo" => "tempo (T)",
            "kwaliteit" => "kwaliteit (K)",
            "inzet" => "inzetbaarheid of netto werktijd",
            "bedrag" => "bedrag",
            k if k.starts_with("toelichting") => "toelichting",
            _ => "een gegeven",
        };
        return Some(format!("{naam} {}: {kolom}", plek + 1));
    }
    if rest.starts_with("methodieken") {
        return Some("Andere methodieken naast elkaar".to_string());
    }
    LABELS.iter().find(|(k, _)| *k == rest).map(|(_, l)| l.to_string())
}
