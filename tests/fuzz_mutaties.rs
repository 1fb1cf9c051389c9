//! Mutation fuzzing of the importer, starting from valid dossiers so the cases reach the accept
//! path (random JSON, as in `import_never_panics.rs`, almost never gets past the first check).
//!
//! Every valid dossier in `tests/fixtures/v1/` and `public/voorbeelden/` is a seed. Each case takes
//! one seed and applies one to three mutations at random places anywhere in the tree (deep inside
//! `data` too): a key dropped or added, a value of another JSON type, extreme numbers, odd unicode
//! and a rare 1 MB string, deep nesting, another `schema_version` or `kind`, an array element
//! duplicated, two values swapped, and at the byte level a truncated file, invalid UTF-8 or a BOM.
//!
//! For every case the importer must answer without panicking. An accepted dossier must export and
//! import to the same dossier, export to the same text again (pretty and compact), and open in its
//! area without panicking; a refused one must say why in a non-empty Dutch sentence.
//!
//! The generator is a fixed-seed xorshift, so every case reproduces: a failure names its case number,
//! and `FUZZ_GEVAL=<n>` runs only that case (`FUZZ_GEVALLEN=<n>` changes the number of cases).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::Instant;

use serde_json::Value;
use werkwaarde::dossier::examentraining::{self, ExamentrainingData};
use werkwaarde::dossier::examenuitslag::{herexamen_mogelijk, oordeel};
use werkwaarde::dossier::loonwaarde::{anoniem_dossier, bereken, LoonwaardeData};
use werkwaarde::dossier::zelftoets::{beoordeel, ZelftoetsData};
use werkwaarde::dossier::{lees_import, naar_json, naar_json_compact, simulator, Dossier, DossierSoort, ImportFout};

const GEVALLEN: u64 = 100_000;
const BASISZAAD: u64 = 0x5eed_2026_0011_0007;
/// One case in this many gets a 1 MB string, so the run stays fast.
const GROTE_TEKST_EEN_OP: u64 = 4000;

/// xorshift64*, seeded through splitmix64 so neighbouring case numbers give unrelated streams.
struct Rng(u64);

impl Rng {
    fn new(zaad: u64) -> Rng {
        let mut z = zaad.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn volgend(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`; `n` is at least 1.
    fn onder(&mut self, n: usize) -> usize {
        (self.volgend() % n as u64) as usize
    }

    fn een_op(&mut self, n: u64) -> bool {
        self.volgend().is_multiple_of(n)
    }

    fn kies<'a, T>(&mut self, uit: &'a [T]) -> &'a T {
        &uit[self.onder(uit.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// The seeds

struct Zaden {
    volledig: Vec<(String, Value)>,
    klein: Vec<(String, Value)>,
}

fn zaden() -> Zaden {
    let basis = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bestanden = Vec::new();
    for map in ["tests/fixtures/v1", "public/voorbeelden"] {
        for item in std::fs::read_dir(basis.join(map)).unwrap() {
            let pad = item.unwrap().path();
            if pad.extension().is_some_and(|e| e == "json") {
                bestanden.push(pad);
            }
        }
    }
    bestanden.sort();
    let mut zaden: Vec<(String, Value)> = Vec::new();
    for pad in bestanden {
        let bytes = std::fs::read(&pad).unwrap();
        let naam = pad.strip_prefix(basis).unwrap().display().to_string();
        lees_import(&bytes).unwrap_or_else(|f| panic!("{naam} is no valid seed: {}", f.melding()));
        let waarde: Value = serde_json::from_slice(&bytes).unwrap();
        // public/voorbeelden/ and the voorbeeld fixtures are the same files: one seed each.
        if !zaden.iter().any(|(_, w)| *w == waarde) {
            zaden.push((naam, waarde));
        }
    }
    for soort in DossierSoort::ALLE {
        assert!(zaden.iter().any(|(_, w)| w["kind"] == soort.sleutel()), "no seed of kind {}", soort.sleutel());
    }
    // A smaller copy of each seed (at most three elements per list and eight keys per object), for
    // most cases: it keeps every kind of place and makes a case several times cheaper.
    let mut rng = Rng::new(BASISZAAD);
    let mut kleine = Vec::new();
    for (naam, waarde) in &zaden {
        let mut klein = waarde.clone();
        verklein(&mut klein, &mut rng);
        if lees_import(klein.to_string().as_bytes()).is_ok() && klein != *waarde {
            kleine.push((format!("{naam} (reduced)"), klein));
        }
    }
    Zaden { volledig: zaden, klein: kleine }
}

fn verklein(v: &mut Value, rng: &mut Rng) {
    match v {
        Value::Array(a) => {
            a.truncate(3);
            a.iter_mut().for_each(|w| verklein(w, rng));
        }
        Value::Object(o) => {
            while o.len() > 8 {
                let sleutel = o.keys().nth(rng.onder(o.len())).unwrap().clone();
                o.remove(&sleutel);
            }
            o.values_mut().for_each(|w| verklein(w, rng));
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Places in the tree

#[derive(Debug, Clone)]
enum Stap {
    Sleutel(String),
    Index(usize),
}

/// A random place: walk down from the root, stopping at each level with chance 1/4. At the root
/// `data` is taken half of the time, so most mutations land in an area's content.
fn willekeurig_pad(v: &Value, rng: &mut Rng) -> Vec<Stap> {
    let mut pad = Vec::new();
    let mut huidig = v;
    loop {
        if !pad.is_empty() && rng.een_op(4) {
            return pad;
        }
        match huidig {
            Value::Object(o) if !o.is_empty() => {
                let sleutel = if pad.is_empty() && o.contains_key("data") && rng.een_op(2) {
                    "data".to_string()
                } else {
                    o.keys().nth(rng.onder(o.len())).unwrap().clone()
                };
                huidig = &o[&sleutel];
                pad.push(Stap::Sleutel(sleutel));
            }
            Value::Array(a) if !a.is_empty() => {
                let i = rng.onder(a.len());
                huidig = &a[i];
                pad.push(Stap::Index(i));
            }
            _ => return pad,
        }
    }
}

fn bij_mut<'a>(v: &'a mut Value, pad: &[Stap]) -> Option<&'a mut Value> {
    pad.iter().try_fold(v, |v, stap| match (stap, v) {
        (Stap::Sleutel(k), Value::Object(o)) => o.get_mut(k),
        (Stap::Index(i), Value::Array(a)) => a.get_mut(*i),
        _ => None,
    })
}

fn bij<'a>(v: &'a Value, pad: &[Stap]) -> Option<&'a Value> {
    pad.iter().try_fold(v, |v, stap| match (stap, v) {
        (Stap::Sleutel(k), Value::Object(o)) => o.get(k),
        (Stap::Index(i), Value::Array(a)) => a.get(*i),
        _ => None,
    })
}

/// The innermost object or array at or above a random place.
fn willekeurige_houder(v: &Value, rng: &mut Rng, lijst: bool) -> Option<Vec<Stap>> {
    let mut pad = willekeurig_pad(v, rng);
    loop {
        match bij(v, &pad)? {
            Value::Array(_) if lijst => return Some(pad),
            Value::Object(_) if !lijst => return Some(pad),
            _ => {}
        }
        pad.pop()?;
    }
}

fn pad_tekst(pad: &[Stap]) -> String {
    let mut s = "$".to_string();
    for stap in pad {
        match stap {
            Stap::Sleutel(k) => s.push_str(&format!(".{k}")),
            Stap::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Values

const VREEMDE_GETALLEN: &[f64] = &[
    1e308,
    -1e308,
    1.7976931348623157e308,
    1e-30,
    -1e-30,
    5e-324,
    2.2250738585072014e-308,
    0.1,
    0.30000000000000004,
    1.5,
    -0.0,
    123_456_789.123_456_79,
    9007199254740993.0,
    1e21,
    1e22,
    1e23,
    4.35e-5,
    7.0e-10,
];

fn vreemd_getal(rng: &mut Rng) -> Value {
    match rng.onder(6) {
        0 => Value::from(u64::MAX),
        1 => Value::from(i64::MIN),
        2 => Value::from(*rng.kies(&[0i64, 1, -1, 2, 12, 999, 1_000_000, i64::MAX, 9_007_199_254_740_993])),
        3 => {
            // Any finite double, bit by bit.
            let f = f64::from_bits(rng.volgend());
            Value::from(if f.is_finite() { f } else { 0.5 })
        }
        _ => Value::from(*rng.kies(VREEMDE_GETALLEN)),
    }
}

const VREEMDE_TEKSTEN: &[&str] = &[
    "",
    " ",
    "\t\n",
    "العربية من اليمين",
    "\u{202e}nepmoorts\u{202c}",
    "עברית",
    "👩‍👩‍👧‍👦🇳🇱🏳️‍🌈",
    "e\u{301}\u{301}\u{301}\u{308}\u{20dd}",
    "Z\u{335}\u{31b}\u{357}a\u{336}\u{360}l\u{334}g\u{335}o",
    "\u{0}",
    "a\u{0}b",
    "\u{feff}",
    "\u{fffe}\u{ffff}",
    "\u{10ffff}",
    "\u{fffd}",
    "\u{2028}\u{2029}",
    "\u{200b}\u{200d}\u{2060}",
    "\u{1}\u{1f}\u{7f}\u{85}",
    "\"\\/\u{8}\u{c}\n\r\t",
    "cliënt é ß Œ ĳ",
    "𝕎𝕖𝕣𝕜𝕨𝕒𝕒𝕣𝕕𝕖",
    "<script>alert(1)</script>",
    "${jndi:x}",
    "%s%n",
    "0",
    "-0",
    "1.200",
    "12,5",
    "1.234,56",
    "12.5",
    "1e308",
    "-1e308",
    "1e-30",
    "NaN",
    "Infinity",
    "٣٤٥",
    "１２",
    "99999999999999999999999999999999999",
    "79228162514264337593543950336",
    "0,00000000000000000000000000001",
    "-12,5",
    "100%",
    "10×-1, 20×0",
    "2026-02-30",
    "9999-12-31",
    "0000-01-01",
    "+275760-09-13",
    "2026-11-22T08:00:00Z",
    "ja",
    "nee",
    "ulw",
    "stappenplan",
    "examen",
    "herexamen",
];

fn vreemde_tekst(rng: &mut Rng) -> String {
    match rng.onder(8) {
        0 => {
            // A few random code points (surrogates cannot occur in a `char`).
            let n = rng.onder(6);
            (0..n).filter_map(|_| char::from_u32(rng.volgend() as u32 % 0x11_0000)).collect()
        }
        1 => rng.kies(VREEMDE_TEKSTEN).repeat(1 + rng.onder(40)),
        _ => rng.kies(VREEMDE_TEKSTEN).to_string(),
    }
}

const SLEUTELS: &[&str] = &[
    "",
    "id",
    "naam",
    "uren",
    "taken",
    "invoer",
    "diensten",
    "soort",
    "methode",
    "goud",
    "antwoord",
    "dagen",
    "minuten",
    "gestart",
    "vorige",
    "simulator",
    "rijen",
    "__proto__",
    "constructor",
    "$ref",
    "😀",
    "a.b",
    "[0]",
    "d9-a",
    "h1-1.1.1",
    "\u{0}",
];

/// A value of any JSON type, small and at most `diepte` levels deep.
fn willekeurige_waarde(rng: &mut Rng, diepte: usize) -> Value {
    let soorten = if diepte == 0 { 4 } else { 6 };
    match rng.onder(soorten) {
        0 => Value::Null,
        1 => Value::Bool(rng.een_op(2)),
        2 => vreemd_getal(rng),
        3 => Value::String(vreemde_tekst(rng)),
        4 => Value::Array((0..rng.onder(4)).map(|_| willekeurige_waarde(rng, diepte - 1)).collect()),
        _ => Value::Object(
            (0..rng.onder(4)).map(|_| (rng.kies(SLEUTELS).to_string(), willekeurige_waarde(rng, diepte - 1))).collect(),
        ),
    }
}

/// A value of another JSON type than `oud`.
fn andere_soort(oud: &Value, rng: &mut Rng) -> Value {
    loop {
        let nieuw = willekeurige_waarde(rng, 2);
        if std::mem::discriminant(&nieuw) != std::mem::discriminant(oud) {
            return nieuw;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Mutations

/// Stands for deep nesting until the tree is text: the nesting is spliced into the text, so the
/// test itself never builds (or drops) a 5 000-level tree.
const DIEP: &str = "\u{1}DIEP\u{1}";
const DIEP_JSON: &str = "\"\\u0001DIEP\\u0001\"";

/// What happens to the text after the tree is serialised.
enum Bytebewerking {
    Afkappen,
    OngeldigeUtf8,
    Bom,
}

struct Geval {
    waarde: Value,
    /// Nesting depth that replaces `DIEP`, if any.
    diep: Option<usize>,
    bytes: Vec<Bytebewerking>,
    /// What was done, for the report of a failing case.
    log: Vec<String>,
}

fn muteer(geval: &mut Geval, rng: &mut Rng, grote_tekst: bool) {
    let v = &mut geval.waarde;
    if grote_tekst {
        let pad = willekeurig_pad(v, rng);
        let eenheid = *rng.kies(&["x", "é", "😀", "\u{0}", "\""]);
        let tekst = eenheid.repeat(1_000_000 / eenheid.len());
        geval.log.push(format!("1 MB string of {eenheid:?} at {}", pad_tekst(&pad)));
        if let Some(plek) = bij_mut(v, &pad) {
            *plek = Value::String(tekst);
        }
        return;
    }
    match rng.onder(100) {
        // Drop a key or an array element.
        0..=14 => {
            let mut pad = willekeurig_pad(v, rng);
            let Some(laatste) = pad.pop() else { return };
            geval.log.push(format!("drop {}", pad_tekst(&[pad.clone(), vec![laatste.clone()]].concat())));
            match (bij_mut(v, &pad), laatste) {
                (Some(Value::Object(o)), Stap::Sleutel(k)) => {
                    o.remove(&k);
                }
                (Some(Value::Array(a)), Stap::Index(i)) => {
                    a.remove(i);
                }
                _ => {}
            }
        }
        // A value of another JSON type.
        15..=29 => {
            let pad = willekeurig_pad(v, rng);
            if let Some(plek) = bij_mut(v, &pad) {
                *plek = andere_soort(plek, rng);
                geval.log.push(format!("other type at {}: {}", pad_tekst(&pad), kort(plek)));
            }
        }
        // An extreme number.
        30..=39 => {
            let pad = willekeurig_pad(v, rng);
            if let Some(plek) = bij_mut(v, &pad) {
                *plek = vreemd_getal(rng);
                geval.log.push(format!("number at {}: {plek}", pad_tekst(&pad)));
            }
        }
        // An odd string, mostly where a string was.
        40..=54 => {
            let mut pad = willekeurig_pad(v, rng);
            if !rng.een_op(4) {
                while pad.len() > 1 && !matches!(bij(v, &pad), Some(Value::String(_))) {
                    pad.pop();
                }
            }
            if let Some(plek) = bij_mut(v, &pad) {
                *plek = Value::String(vreemde_tekst(rng));
                geval.log.push(format!("string at {}: {}", pad_tekst(&pad), kort(plek)));
            }
        }
        // A title of odd unicode, whitespace, or around the length limit.
        55..=58 => {
            let titel = match rng.onder(4) {
                0 => "é".repeat(120 + rng.onder(2)),
                1 => format!("  {}  ", "👩‍👩‍👧‍👦".repeat(1 + rng.onder(30))),
                _ => vreemde_tekst(rng),
            };
            geval.log.push(format!("title {titel:?}"));
            zet(v, "title", Value::String(titel));
        }
        // Deep nesting.
        59..=62 => {
            let pad = willekeurig_pad(v, rng);
            let diepte = match rng.onder(4) {
                0 => 200,
                1 => 5000,
                2 => 120 + rng.onder(12),
                _ => 1 + rng.onder(128),
            };
            if geval.diep.is_none() {
                if let Some(plek) = bij_mut(v, &pad) {
                    *plek = Value::String(DIEP.into());
                    geval.diep = Some(diepte);
                    geval.log.push(format!("{diepte} nested arrays at {}", pad_tekst(&pad)));
                }
            }
        }
        // Another schema version.
        63..=66 => {
            let versie = match rng.onder(10) {
                0 => Value::from(0),
                1 => Value::from(2),
                2 => Value::from(999),
                3 => Value::from("1"),
                4 => Value::from(1.0),
                5 => Value::from(-1),
                6 => Value::from(u64::MAX),
                7 => Value::from(1e308),
                8 => Value::Null,
                _ => Value::from(1),
            };
            geval.log.push(format!("schema_version {versie}"));
            zet(v, "schema_version", versie);
        }
        // Another kind.
        67..=70 => {
            let soort = *rng.kies(&[
                "zelftoets",
                "loonwaarde",
                "examentraining",
                "Loonwaarde",
                " zelftoets",
                "",
                "onbekend",
                "examen",
            ]);
            geval.log.push(format!("kind {soort:?}"));
            zet(v, "kind", Value::from(soort));
        }
        // Other timestamps.
        71..=73 => {
            let veld = *rng.kies(&["created", "updated"]);
            let tijd = *rng.kies(&[
                "2026-11-22T08:00:00+14:00",
                "2026-11-22T08:00:00-12:59",
                "2026-11-22T08:00:00.123456789Z",
                "2026-11-22T08:00:00.1234567891234Z",
                "2026-11-22t08:00:00z",
                "2026-11-22 08:00:00Z",
                "2016-12-31T23:59:60Z",
                "9999-12-31T23:59:59Z",
                "0000-01-01T00:00:00Z",
                "2026-02-30T08:00:00Z",
                "2026-11-22",
                "",
            ]);
            geval.log.push(format!("{veld} {tijd:?}"));
            zet(v, veld, Value::from(tijd));
        }
        // Duplicate an array element.
        74..=80 => {
            if let Some(pad) = willekeurige_houder(v, rng, true) {
                if let Some(Value::Array(a)) = bij_mut(v, &pad) {
                    if !a.is_empty() {
                        let van = rng.onder(a.len());
                        let naar = rng.onder(a.len() + 1);
                        let kopie = a[van].clone();
                        a.insert(naar, kopie);
                        geval.log.push(format!("duplicate {}[{van}] to [{naar}]", pad_tekst(&pad)));
                    }
                }
            }
        }
        // Add a key, known or not.
        81..=87 => {
            if let Some(pad) = willekeurige_houder(v, rng, false) {
                let waarde = willekeurige_waarde(rng, 2);
                if let Some(Value::Object(o)) = bij_mut(v, &pad) {
                    let sleutel = if !o.is_empty() && rng.een_op(2) {
                        format!("{}{}", o.keys().nth(rng.onder(o.len())).unwrap(), rng.kies(&["", "x", "-2", " "]))
                    } else {
                        rng.kies(SLEUTELS).to_string()
                    };
                    geval.log.push(format!("add {}[{sleutel:?}] = {}", pad_tekst(&pad), kort(&waarde)));
                    o.insert(sleutel, waarde);
                }
            }
        }
        // Swap two values.
        88..=93 => {
            let a = willekeurig_pad(v, rng);
            let b = willekeurig_pad(v, rng);
            let (Some(wa), Some(wb)) = (bij(v, &a).cloned(), bij(v, &b).cloned()) else { return };
            geval.log.push(format!("swap {} and {}", pad_tekst(&a), pad_tekst(&b)));
            if let Some(plek) = bij_mut(v, &a) {
                *plek = wb;
            }
            if let Some(plek) = bij_mut(v, &b) {
                *plek = wa;
            }
        }
        // The bytes: cut off, invalid UTF-8, a byte order mark.
        94..=96 => {
            geval.log.push("truncate".into());
            geval.bytes.push(Bytebewerking::Afkappen);
        }
        97..=98 => {
            geval.log.push("invalid UTF-8".into());
            geval.bytes.push(Bytebewerking::OngeldigeUtf8);
        }
        _ => {
            geval.log.push("byte order mark".into());
            geval.bytes.push(Bytebewerking::Bom);
        }
    }
}

/// Sets a top-level field (an earlier mutation may have made the root something else).
fn zet(v: &mut Value, veld: &str, waarde: Value) {
    if let Value::Object(o) = v {
        o.insert(veld.to_string(), waarde);
    }
}

fn kort(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 80 {
        format!("{}… ({} bytes)", &s[..s.char_indices().nth(60).map_or(s.len(), |(i, _)| i)], s.len())
    } else {
        s
    }
}

/// Bytes that are no UTF-8: a byte that never occurs, an overlong NUL, a lone continuation byte, an
/// encoded surrogate, a code point above U+10FFFF, a cut-off sequence.
const ONGELDIGE_UTF8: &[&[u8]] = &[
    &[0xff],
    &[0xc0, 0x80],
    &[0x80],
    &[0xed, 0xa0, 0x80],
    &[0xf4, 0x90, 0x80, 0x80],
    &[0xe2, 0x82],
    &[0xfe, 0xfe, 0xff],
];

fn naar_bytes(geval: &Geval, rng: &mut Rng) -> Vec<u8> {
    let tekst = if rng.een_op(2) {
        serde_json::to_string_pretty(&geval.waarde).unwrap()
    } else {
        serde_json::to_string(&geval.waarde).unwrap()
    };
    let mut bytes = match geval.diep {
        Some(n) => {
            let nest = format!("{}{}", "[".repeat(n), "]".repeat(n));
            tekst.replacen(DIEP_JSON, &nest, 1).into_bytes()
        }
        None => tekst.into_bytes(),
    };
    for bewerking in &geval.bytes {
        match bewerking {
            Bytebewerking::Afkappen => bytes.truncate(rng.onder(bytes.len() + 1)),
            Bytebewerking::OngeldigeUtf8 => {
                let rommel = rng.kies(ONGELDIGE_UTF8);
                let plek = rng.onder(bytes.len() + 1);
                bytes.splice(plek..plek, rommel.iter().copied());
            }
            Bytebewerking::Bom => bytes.splice(0..0, "\u{feff}".bytes()).for_each(drop),
        }
    }
    bytes
}

// ---------------------------------------------------------------------------------------------
// The checks

/// An accepted dossier exports and imports to itself, and exports to the same text again. The
/// compact text (browser storage) is compared too, and read back in every fourth case: it differs
/// from the export only in white space, and reading it in every case would cost a third of the run.
fn rondgang(d: &Dossier, compact_lezen: bool) -> Result<(), String> {
    if d.schema_version != werkwaarde::dossier::SCHEMA_VERSION || d.title.trim().is_empty() {
        return Err(format!("accepted with schema_version {} and title {:?}", d.schema_version, d.title));
    }
    let tekst = naar_json(d);
    let terug = lees_import(tekst.as_bytes())
        .map_err(|f| format!("its own export is refused: {} {:?}", f.melding(), f.bevindingen()))?;
    if terug != *d {
        return Err(format!("the re-imported dossier differs:\n{tekst}\n{}", naar_json(&terug)));
    }
    let opnieuw = naar_json(&terug);
    if opnieuw != tekst {
        return Err(format!("the second export differs from the first:\n{tekst}\n{opnieuw}"));
    }
    let compact = naar_json_compact(d);
    if naar_json_compact(&terug) != compact {
        return Err(format!("the second compact text differs from the first:\n{compact}"));
    }
    if compact_lezen && lees_import(compact.as_bytes()).as_ref() != Ok(d) {
        return Err(format!("the compact text reads back otherwise:\n{compact}"));
    }
    Ok(())
}

/// An accepted dossier opens in its area: its data read and computed as the area's page does.
fn open(d: &Dossier) -> Result<(), String> {
    match d.kind {
        DossierSoort::Loonwaarde => {
            let data = LoonwaardeData::uit(&d.data).map_err(|b| format!("accepted, but not readable: {b:?}"))?;
            let _ = bereken(&data);
            let _ = anoniem_dossier(d).map_err(|b| format!("anonymising fails: {b:?}"))?;
        }
        DossierSoort::Zelftoets => {
            let data = ZelftoetsData::uit(&d.data).map_err(|b| format!("accepted, but not readable: {b:?}"))?;
            let _ = beoordeel(&data);
        }
        DossierSoort::Examentraining => {
            let data = ExamentrainingData::uit(&d.data).map_err(|b| format!("accepted, but not readable: {b:?}"))?;
            for poging in &data.pogingen {
                let _ = bereken(&poging.werk);
            }
            for z in &data.examens {
                let _ = oordeel(&data, z);
            }
            let _ = herexamen_mogelijk(&data);
            let _ = examentraining::lees_minuten(&data.minuten);
            let _ = simulator::bereken(&data.simulator);
        }
    }
    Ok(())
}

/// A refusal says why, in Dutch: a sentence, and for field problems each with its path.
fn weigering(f: &ImportFout) -> Result<(), String> {
    if f.melding().trim().is_empty() {
        return Err(format!("refused without a message: {f:?}"));
    }
    if let ImportFout::Velden(b) = f {
        if b.is_empty() {
            return Err("refused for field problems, but none is named".into());
        }
    }
    for b in f.bevindingen() {
        let engels = ["invalid type", "invalid value", "expected", "missing field", "unknown variant", "at line"];
        if !b.pad.starts_with('$') || b.melding.trim().is_empty() || engels.iter().any(|e| b.melding.contains(e)) {
            return Err(format!("a finding without a path or a Dutch message: {b:?}"));
        }
    }
    Ok(())
}

#[derive(Default)]
struct Telling {
    aanvaard: [u64; 3],
    geweigerd: u64,
    panieken: u64,
    /// Every failing case counts; the first ten are described.
    mislukt: u64,
    fouten: Vec<String>,
}

fn soort_index(s: DossierSoort) -> usize {
    DossierSoort::ALLE.iter().position(|a| *a == s).unwrap()
}

fn geval(nummer: u64, zaden: &Zaden, telling: &mut Telling) {
    let mut rng = Rng::new(BASISZAAD ^ nummer);
    let uit = if rng.een_op(8) || zaden.klein.is_empty() { &zaden.volledig } else { &zaden.klein };
    let (zaadnaam, zaad) = rng.kies(uit);
    let mut g = Geval { waarde: zaad.clone(), diep: None, bytes: Vec::new(), log: Vec::new() };
    let grote_tekst = rng.een_op(GROTE_TEKST_EEN_OP);
    for i in 0..1 + rng.onder(3) {
        muteer(&mut g, &mut rng, grote_tekst && i == 0);
    }
    let bytes = naar_bytes(&g, &mut rng);

    let meld = |telling: &mut Telling, wat: String| {
        telling.mislukt += 1;
        if telling.fouten.len() < 10 {
            telling.fouten.push(format!(
                "case {nummer} (FUZZ_GEVAL={nummer}, seed {:#x}), from {zaadnaam}, mutations {:?}: {wat}",
                BASISZAAD ^ nummer,
                g.log
            ));
        }
    };
    let uitslag = match catch_unwind(AssertUnwindSafe(|| lees_import(&bytes))) {
        Ok(uitslag) => uitslag,
        Err(_) => {
            telling.panieken += 1;
            meld(telling, "lees_import panicked".into());
            return;
        }
    };
    let controle = match &uitslag {
        Ok(d) => {
            telling.aanvaard[soort_index(d.kind)] += 1;
            let compact_lezen = rng.een_op(4);
            match catch_unwind(AssertUnwindSafe(|| rondgang(d, compact_lezen).and_then(|()| open(d)))) {
                Ok(r) => r,
                Err(_) => {
                    telling.panieken += 1;
                    Err("exporting, re-importing or opening the accepted dossier panicked".into())
                }
            }
        }
        Err(f) => {
            telling.geweigerd += 1;
            weigering(f)
        }
    };
    if let Err(wat) = controle {
        meld(telling, wat);
    }
}

#[test]
fn mutated_valid_dossiers_never_panic_and_what_is_accepted_round_trips() {
    let zaden = zaden();
    let lees_env = |naam: &str| std::env::var(naam).ok().and_then(|s| s.parse::<u64>().ok());
    let gevallen: Vec<u64> = match lees_env("FUZZ_GEVAL") {
        Some(n) => vec![n],
        None => (0..lees_env("FUZZ_GEVALLEN").unwrap_or(GEVALLEN)).collect(),
    };
    let begin = Instant::now();
    let mut telling = Telling::default();
    for &nummer in &gevallen {
        geval(nummer, &zaden, &mut telling);
    }
    let aanvaard: u64 = telling.aanvaard.iter().sum();
    eprintln!(
        "fuzz_mutaties: {} cases from {} seeds and {} reduced copies: {aanvaard} accepted ({} zelftoets, {} loonwaarde, {} examentraining), \
         {} refused, {} panics, {} failures, in {:.1} s",
        gevallen.len(),
        zaden.volledig.len(),
        zaden.klein.len(),
        telling.aanvaard[0],
        telling.aanvaard[1],
        telling.aanvaard[2],
        telling.geweigerd,
        telling.panieken,
        telling.mislukt,
        begin.elapsed().as_secs_f64()
    );
    assert!(telling.mislukt == 0, "{} failing cases; the first:\n{}", telling.mislukt, telling.fouten.join("\n\n"));
    assert_eq!(telling.panieken, 0);
    if gevallen.len() as u64 >= GEVALLEN {
        // The run must reach the accept path in every area, or it tests only the first checks.
        for (soort, n) in DossierSoort::ALLE.iter().zip(telling.aanvaard) {
            assert!(n >= gevallen.len() as u64 / 30, "only {n} {} dossiers accepted", soort.sleutel());
        }
        assert!(telling.geweigerd >= gevallen.len() as u64 / 10, "only {} refused", telling.geweigerd);
    }
}
