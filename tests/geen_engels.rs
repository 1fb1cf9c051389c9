//! Every word the user sees is Dutch: many kinds of bad input go through every reader and import
//! of `dossier` and `domain::lezen`, every message they return is collected, and none may hold an
//! English or technical word (serde's, the csv crate's, the browser's, an HTTP status). A JSON
//! path may follow a message for the expert, as "(plaats: $.data.taken)"; it is left out of the
//! check, and so is what the user typed, which a message quotes back.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};
use werkwaarde::domain::lezen::{lees_datum, lees_getal, Getalsoort};
use werkwaarde::dossier::examentraining::{
    lees_antwoord, lees_minuten, ExamentrainingData, Simulatordata, Simulatorrij,
};
use werkwaarde::dossier::loonwaarde::LoonwaardeData;
use werkwaarde::dossier::zelftoets::ZelftoetsData;
use werkwaarde::dossier::{lees, lees_import, simulator, ImportFout, MAX_IMPORT_BYTES};
use werkwaarde::store::OpslagFout;

/// Whole words (case-insensitive) that must never reach the screen.
const VERBODEN: &[&str] = &[
    "invalid",
    "expected",
    "error",
    "unknown",
    "missing",
    "type",
    "string",
    "integer",
    "float",
    "floating",
    "boolean",
    "null",
    "map",
    "sequence",
    "struct",
    "variant",
    "field",
    "line",
    "column",
    "eof",
    "unexpected",
    "trailing",
    "character",
    "domexception",
    "invalidstateerror",
    "quotaexceedederror",
    "undefined",
    "http",
    "serde",
    "parse",
    "record",
    "byte",
    "bytes",
    "utf8",
    "value",
    "found",
    "at",
    "the",
    "is not",
];

/// The text without the JSON path after "(plaats: …)" and without anything in quotes (what the
/// user typed, quoted back).
fn zonder_pad_en_citaten(tekst: &str) -> String {
    let mut uit = String::new();
    let mut rest = tekst;
    while let Some(begin) = rest.find("(plaats: ") {
        uit.push_str(&rest[..begin]);
        rest = rest[begin..].split_once(')').map_or("", |(_, na)| na);
    }
    uit.push_str(rest);
    let mut schoon = String::new();
    let mut sluit: Option<char> = None;
    for c in uit.chars() {
        match (sluit, c) {
            (Some(s), c) if c == s => sluit = None,
            (Some(_), _) => {}
            (None, '\u{201c}') => sluit = Some('\u{201d}'),
            (None, '\u{2018}') => sluit = Some('\u{2019}'),
            (None, '"') => sluit = Some('"'),
            (None, c) => schoon.push(c),
        }
    }
    schoon
}

/// The forbidden words in a message (after the path and quotes are taken out). `CSV` as the name
/// of a file type is Dutch usage too ("CSV-bestand"); the lower-case crate name is not.
fn engelse_woorden(tekst: &str) -> Vec<String> {
    let schoon = zonder_pad_en_citaten(tekst);
    let woorden: Vec<String> =
        schoon.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let mut gevonden: Vec<String> = VERBODEN
        .iter()
        .filter(|v| {
            let delen: Vec<&str> = v.split(' ').collect();
            woorden.windows(delen.len()).any(|w| w.iter().zip(&delen).all(|(a, b)| a == b))
        })
        .map(|v| v.to_string())
        .collect();
    if schoon.split(|c: char| !c.is_alphanumeric()).any(|w| w == "csv") {
        gevonden.push("csv".into());
    }
    gevonden
}

#[derive(Default)]
struct Meldingen {
    alle: BTreeMap<String, String>,
}

impl Meldingen {
    fn voeg_toe(&mut self, bron: impl Into<String>, melding: impl Into<String>) {
        let melding = melding.into();
        assert!(!melding.trim().is_empty(), "an empty message from {}", bron.into());
        self.alle.entry(melding).or_insert_with(|| bron.into());
    }

    fn import(&mut self, bron: &str, fout: &ImportFout) {
        self.voeg_toe(bron, fout.melding());
        for b in fout.bevindingen() {
            assert!(b.pad.starts_with('$'), "{bron}: {b:?}");
            let tekst = b.tekst();
            assert!(tekst.ends_with(&format!("(plaats: {}).", b.pad)), "the path comes after the sentence: {tekst}");
            assert!(b.melding.starts_with(|c: char| c.is_uppercase()), "a sentence starts with a capital: {tekst}");
            self.voeg_toe(bron, tekst);
        }
    }

    /// More than `minstens` messages were collected, and none holds an English or technical word.
    fn controleer(&self, minstens: usize) {
        assert!(self.alle.len() > minstens, "too few messages collected ({}) to mean anything", self.alle.len());
        let fout: Vec<String> = self
            .alle
            .iter()
            .filter_map(|(melding, bron)| {
                let woorden = engelse_woorden(melding);
                (!woorden.is_empty()).then(|| format!("{woorden:?} in \u{201c}{melding}\u{201d} ({bron})"))
            })
            .collect();
        assert!(fout.is_empty(), "English or technical words reach the screen:\n{}", fout.join("\n"));
    }
}

fn fixture(naam: &str) -> Value {
    let pad = format!("{}/tests/fixtures/v1/{naam}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(pad).unwrap()).unwrap()
}

const FIXTURES: &[&str] = &[
    "loonwaarde-volledig",
    "zelftoets-volledig",
    "examentraining-volledig",
    "voorbeeld-loonwaarde",
    "voorbeeld-zelftoets",
    "voorbeeld-examentraining",
];

/// Every path into `waarde`, as a list of steps (key or index).
fn paden(waarde: &Value, pad: Vec<Value>, uit: &mut Vec<Vec<Value>>) {
    match waarde {
        Value::Object(o) => {
            for (k, v) in o {
                let mut p = pad.clone();
                p.push(json!(k));
                uit.push(p.clone());
                paden(v, p, uit);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                let mut p = pad.clone();
                p.push(json!(i));
                uit.push(p.clone());
                paden(v, p, uit);
            }
        }
        _ => {}
    }
}

fn op_pad<'a>(waarde: &'a mut Value, pad: &[Value]) -> &'a mut Value {
    pad.iter().fold(waarde, |w, stap| match stap {
        Value::String(k) => &mut w[k.as_str()],
        Value::Number(i) => &mut w[i.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

/// Values of every JSON type, and some that fit the type but not the field.
fn verkeerde_waarden() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(12),
        json!(-1),
        json!(1.5),
        json!(1e300),
        json!("tekst"),
        json!("null"),
        json!([]),
        json!([1, "a", null]),
        json!({}),
        json!({"onbekend": 1}),
    ]
}

#[test]
fn wrong_types_at_every_path_of_every_area_read_in_dutch() {
    let mut m = Meldingen::default();
    for naam in FIXTURES {
        let goed = fixture(naam);
        lees(&goed.to_string()).unwrap_or_else(|f| panic!("{naam}: {}", f.melding()));
        let mut alle = Vec::new();
        paden(&goed, Vec::new(), &mut alle);
        for pad in &alle {
            for nieuw in verkeerde_waarden() {
                let mut v = goed.clone();
                *op_pad(&mut v, pad) = nieuw.clone();
                if let Err(f) = lees(&v.to_string()) {
                    m.import(&format!("{naam} {pad:?} = {nieuw}"), &f);
                }
            }
            // The field left out.
            let mut v = goed.clone();
            let (laatste, ouder) = pad.split_last().unwrap();
            match (op_pad(&mut v, ouder), laatste) {
                (Value::Object(o), Value::String(k)) => {
                    o.remove(k);
                }
                (Value::Array(a), Value::Number(i)) => {
                    a.remove(i.as_u64().unwrap() as usize);
                }
                _ => {}
            }
            if let Err(f) = lees(&v.to_string()) {
                m.import(&format!("{naam} {pad:?} weggelaten"), &f);
            }
        }
    }
    m.controleer(100);
}

#[test]
fn bad_files_read_in_dutch() {
    let mut m = Meldingen::default();
    let goed = fixture("voorbeeld-loonwaarde");
    let met = |sleutel: &str, waarde: Value| {
        let mut v = goed.clone();
        v[sleutel] = waarde;
        v.to_string()
    };
    let mut teksten: Vec<String> = vec![
        String::new(),
        "   \n\t".into(),
        "\u{feff}".into(),
        "{".into(),
        "}".into(),
        "[1, 2,]".into(),
        "{\"format\": \"werkwaarde-dossier\",\n  oeps }".into(),
        "{\"a\": 1} extra".into(),
        "{\"a\": \"\\x\"}".into(),
        "{\"a\": \"\u{1}\"}".into(),
        "{\"a\": tru}".into(),
        "{\"a\": 1e999999}".into(),
        "nul".into(),
        format!("{}1{}", "[".repeat(200), "]".repeat(200)),
        "null".into(),
        "12".into(),
        "\"werkwaarde-dossier\"".into(),
        "[]".into(),
        "{}".into(),
        json!({"format": "iets anders"}).to_string(),
        json!({"format": "werkwaarde-dossier"}).to_string(),
        met("schema_version", json!(99)),
        met("schema_version", json!(0)),
        met("schema_version", json!(-3)),
        met("schema_version", json!(1.5)),
        met("schema_version", json!("1")),
        met("schema_version", Value::Null),
        met("kind", json!("offerte")),
        met("kind", json!("Loonwaarde")),
        met("kind", json!(3)),
        met("kind", json!("zelftoets")),
        met("kind", json!("examentraining")),
        met("title", json!("   ")),
        met("title", json!("x".repeat(5000))),
        met("title", json!(["a"])),
        met("created", json!("gisteren")),
        met("created", json!(20261122)),
        met("updated", json!("2026-13-45T99:00:00Z")),
        met("app_version", Value::Null),
        met("data", json!([1, 2])),
        met("data", json!("x")),
    ];
    let mut zonder = goed.clone();
    for sleutel in ["format", "schema_version", "kind", "title", "created", "updated", "app_version", "data"] {
        zonder.as_object_mut().unwrap().remove(sleutel);
        teksten.push(zonder.to_string());
    }
    for tekst in &teksten {
        if let Err(f) = lees(tekst) {
            m.import(&format!("lees {}", tekst.chars().take(60).collect::<String>()), &f);
        }
        if let Err(f) = lees_import(tekst.as_bytes()) {
            m.import("lees_import", &f);
        }
    }
    let mut bytes_fout: Vec<Vec<u8>> = vec![
        vec![0xff, 0xfe, 0x00],
        vec![b'{', 0xc3, 0x28, b'}'],
        b"\xef\xbb\xbf".to_vec(),
        vec![0; 10],
        vec![b' '; (MAX_IMPORT_BYTES + 1) as usize],
    ];
    bytes_fout.push(goed.to_string().encode_utf16().flat_map(u16::to_le_bytes).collect());
    for bytes in &bytes_fout {
        let f = lees_import(bytes).expect_err("bad bytes are refused");
        m.import("lees_import (bytes)", &f);
    }
    for f in [ImportFout::NietLeesbaar, ImportFout::TeGroot { bytes: 123_456_789 }] {
        m.import("ImportFout", &f);
    }
    for f in [
        OpslagFout::Vol,
        OpslagFout::NietBeschikbaar,
        OpslagFout::NietGelijk,
        OpslagFout::Anders("InvalidStateError".into()),
        OpslagFout::Anders("QuotaExceededError: DOMException".into()),
    ] {
        m.voeg_toe("OpslagFout", f.melding());
    }
    // Enough to be a real check, fewer than the large test above.
    m.controleer(20);
}

/// What a user may type into a field, right or wrong.
const GETYPT: &[&str] = &[
    "",
    " ",
    "twaalf",
    "null",
    "NaN",
    "inf",
    "1e5",
    "0x1F",
    "12.5",
    "12,5",
    "1.200",
    "1.234,56",
    "1,234.56",
    "1.2.3",
    "1..2",
    "1,,2",
    ",5",
    "-3",
    "−3",
    "--3",
    "3-",
    "€ 16,00",
    "16 €",
    "80%",
    "%80",
    "1 000",
    "99999999999999999999999999999999",
    "0,000000000000000000000000000001",
    "12abc",
    "½",
    "٣",
    "1-3-2026",
    "2026-02-30",
    "31-04-2026",
    "2026-03-01",
    "01/03/2026",
    "3 maart 2026",
    "0-0-0",
    "99-99-9999",
    "1-1-99999",
    "2026-1",
    "a-b-c",
];

#[test]
fn bad_numbers_and_dates_of_every_kind_read_in_dutch() {
    let mut m = Meldingen::default();
    for soort in [Getalsoort::Aantal, Getalsoort::Geld, Getalsoort::Procent, Getalsoort::Cijfer, Getalsoort::Uren] {
        for tekst in GETYPT {
            if let Err(f) = lees_getal(tekst, soort) {
                m.voeg_toe(format!("lees_getal({tekst:?}, {soort:?})"), f);
            }
        }
    }
    for tekst in GETYPT {
        if let Err(f) = lees_datum(tekst) {
            m.voeg_toe(format!("lees_datum({tekst:?})"), f);
        }
        if let Err(f) = lees_antwoord(tekst) {
            m.voeg_toe(format!("lees_antwoord({tekst:?})"), f);
        }
        if let Err(f) = lees_minuten(tekst) {
            m.voeg_toe(format!("lees_minuten({tekst:?})"), f);
        }
    }
    for tekst in ["0", "1", "5", "100000", "-5", "4294967296"] {
        if let Err(f) = lees_minuten(tekst) {
            m.voeg_toe(format!("lees_minuten({tekst:?})"), f);
        }
    }
    m.controleer(20);
}

/// Every string in an area's data replaced by each bad typed text, then read as the calculators
/// read it: every field message, finding and refusal is collected.
#[test]
fn bad_typed_values_in_every_field_of_every_area_read_in_dutch() {
    let mut m = Meldingen::default();
    for naam in FIXTURES {
        let goed = fixture(naam);
        let data = goed["data"].clone();
        let mut alle = Vec::new();
        paden(&data, Vec::new(), &mut alle);
        let tekstpaden: Vec<&Vec<Value>> = alle.iter().filter(|p| op_pad(&mut data.clone(), p).is_string()).collect();
        for pad in tekstpaden {
            for tekst in GETYPT.iter().step_by(3) {
                let mut v = data.clone();
                *op_pad(&mut v, pad) = json!(tekst);
                let bron = format!("{naam} {pad:?} = {tekst:?}");
                let Value::Object(map) = v else { unreachable!() };
                verzamel_area(&mut m, &bron, &goed["kind"], &map);
            }
        }
    }
    m.controleer(100);
}

fn verzamel_area(m: &mut Meldingen, bron: &str, kind: &Value, data: &Map<String, Value>) {
    match kind.as_str() {
        Some("loonwaarde") => {
            let Ok(d) = LoonwaardeData::uit(data) else { return };
            let u = werkwaarde::dossier::loonwaarde::bereken(&d);
            for f in &u.fouten {
                m.voeg_toe(bron, f.melding.clone());
            }
            if let Some(r) = &u.resultaat {
                for b in &r.bevindingen {
                    m.voeg_toe(bron, b.melding.clone());
                }
            }
            if let Err(f) = &u.lks {
                m.voeg_toe(bron, f.clone());
            }
        }
        Some("zelftoets") => {
            let Ok(d) = ZelftoetsData::uit(data) else { return };
            let (_, fouten) = werkwaarde::dossier::zelftoets::lees(&d);
            for f in fouten.values() {
                m.voeg_toe(bron, f.clone());
            }
        }
        Some("examentraining") => {
            let Ok(d) = ExamentrainingData::uit(data) else { return };
            let (_, fouten) = simulator::bereken(&d.simulator);
            for f in fouten.values() {
                m.voeg_toe(bron, f.clone());
            }
            if let Err(f) = lees_minuten(&d.minuten) {
                m.voeg_toe(bron, f);
            }
        }
        _ => panic!("{bron}: unknown kind"),
    }
}

#[test]
fn the_simulator_reads_bad_csv_files_in_dutch() {
    let mut m = Meldingen::default();
    let kop = "uitvoerende;casus;antwoord;goud";
    let mut bestanden: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\n\n".to_vec(),
        b"\xef\xbb\xbf".to_vec(),
        vec![0xff, 0xfe, 0x41],
        vec![b'a'; simulator::MAX_BYTES + 1],
        b"naam;casus\nJansen;c1".to_vec(),
        b"uitvoerende,casus,antwoord\n".to_vec(),
        b"a;b;c;d\n1;2;3;4".to_vec(),
        kop.as_bytes().to_vec(),
        format!("{kop}\n").into_bytes(),
    ];
    let rijen = [
        "Jansen;c1;tien;10,00",
        "Jansen;c1;10,00",
        "Jansen",
        ";c1;10,00;10,00",
        "Jansen;;10,00;10,00",
        "Jansen;c1;;",
        "Jansen;c1;-5;0",
        "Jansen;c1;1.2.3;10.5",
        "Jansen;c1;null;undefined",
        "\"Jansen;c1;10;10",
        "\"Jan\"\"sen\";c1;\"10,00\";\"abc\"",
        "Jansen;c1;10,00;10,00;extra;kolommen",
        "Jansen;c1;€ 1.000,00;0,00",
        "Jansen;c1;1e5;NaN",
    ];
    for r in rijen {
        bestanden.push(format!("{kop}\n{r}\n").into_bytes());
        bestanden.push(format!("{}\n{}\n", kop.replace(';', ","), r.replace(';', ",")).into_bytes());
    }
    bestanden.push(format!("{kop}\n{}", "Jansen;c1;10;10\n".repeat(simulator::MAX_RIJEN + 1)).into_bytes());
    for (i, b) in bestanden.iter().enumerate() {
        match simulator::lees_csv(b, 1) {
            Ok(import) => {
                for f in import.fouten {
                    m.voeg_toe(format!("csv {i}"), f);
                }
            }
            Err(f) => m.voeg_toe(format!("csv {i}"), f),
        }
    }
    let data = Simulatordata {
        soort: "onbekend".into(),
        rijen: rijen
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut c = r.split(';').map(str::to_string);
                Simulatorrij {
                    id: i as u64,
                    uitvoerende: c.next().unwrap_or_default(),
                    casus: c.next().unwrap_or_default(),
                    antwoord: c.next().unwrap_or_default(),
                    goud: c.next().unwrap_or_default(),
                }
            })
            .collect(),
    };
    for f in simulator::bereken(&data).1.into_values() {
        m.voeg_toe("simulator::bereken", f);
    }
    m.controleer(10);
}

#[test]
fn the_check_itself_finds_english_and_spares_paths_and_quotes() {
    assert_eq!(engelse_woorden("invalid type: integer `24`, expected a string at line 1 column 5").len(), 8);
    assert_eq!(engelse_woorden("Opslaan is mislukt (InvalidStateError)."), ["invalidstateerror"]);
    assert_eq!(engelse_woorden("Het onderdeel kon niet worden geladen (HTTP 404)."), ["http"]);
    assert_eq!(engelse_woorden("csv error: record 3"), ["error", "record", "csv"]);
    assert!(engelse_woorden("Het veld ontbreekt (plaats: $.data.map[0].type).").is_empty());
    assert!(engelse_woorden("\u{201c}null\u{201d} is geen getal; schrijf bijvoorbeeld 12.").is_empty());
    assert!(engelse_woorden("Sla het op als \u{2018}CSV UTF-8\u{2019}; een CSV-bestand.").is_empty());
    assert!(engelse_woorden("De titel is leeg; geef het dossier een titel (plaats: $.title).").is_empty());
}
