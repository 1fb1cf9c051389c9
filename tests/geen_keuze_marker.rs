//! The internal marker "[keuze]" (a choice Werkwaarde made where the sources are silent) belongs in
//! code comments only. On screen such a choice reads "(aanname van Werkwaarde)". This scans every
//! string literal of `src/` and the texts the rules compute for a few examples.

use std::path::Path;

use rust_decimal_macros::dec;
use serde_json::Value;
use werkwaarde::domain::examen::band::{beoordeel, EXAMEN_MARGE};
use werkwaarde::domain::examen::uitslag::{examen, herexamen};
use werkwaarde::domain::keurmerk::meetperiode::{plan, tabel1, Meetperiode, Plannerinvoer, Start};
use werkwaarde::dossier::examentraining::ExamentrainingData;
use werkwaarde::dossier::loonwaarde::LoonwaardeData;
use werkwaarde::dossier::zelftoets::ZelftoetsData;
use werkwaarde::dossier::{examenuitslag, lees};

const MARKER: &str = "[keuze";

/// The string literals of Rust source text, each with its line; comments (line, doc and block),
/// char literals and lifetimes are skipped. Raw strings (`r"…"`, `r#"…"#`) count as literals.
fn literals(bron: &str) -> Vec<(usize, String)> {
    let t: Vec<char> = bron.chars().collect();
    let mut uit = Vec::new();
    let (mut i, mut regel) = (0, 1);
    let regels_in = |s: &[char]| s.iter().filter(|c| **c == '\n').count();
    while i < t.len() {
        match t[i] {
            '\n' => {
                regel += 1;
                i += 1;
            }
            '/' if t.get(i + 1) == Some(&'/') => {
                while i < t.len() && t[i] != '\n' {
                    i += 1;
                }
            }
            '/' if t.get(i + 1) == Some(&'*') => {
                let begin = i;
                let mut diepte = 0;
                while i < t.len() {
                    if t[i] == '/' && t.get(i + 1) == Some(&'*') {
                        diepte += 1;
                        i += 2;
                    } else if t[i] == '*' && t.get(i + 1) == Some(&'/') {
                        diepte -= 1;
                        i += 2;
                        if diepte == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                regel += regels_in(&t[begin..i.min(t.len())]);
            }
            '\'' => {
                // A char literal ('"', '\'', 'x') or a lifetime ('a).
                if t.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < t.len() && t[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if t.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if (t.get(i + 1) == Some(&'"') || t.get(i + 1) == Some(&'#'))
                && (i == 0 || !(t[i - 1].is_alphanumeric() || t[i - 1] == '_')) =>
            {
                let mut j = i + 1;
                let mut hekjes = 0;
                while t.get(j) == Some(&'#') {
                    hekjes += 1;
                    j += 1;
                }
                if t.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let begin = j + 1;
                let mut k = begin;
                let sluit: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hekjes)).collect();
                while k < t.len() && !t[k..].starts_with(&sluit) {
                    k += 1;
                }
                let inhoud: String = t[begin..k.min(t.len())].iter().collect();
                uit.push((regel, inhoud));
                regel += regels_in(&t[i..k.min(t.len())]);
                i = k + sluit.len();
            }
            '"' => {
                let begin = i + 1;
                let mut k = begin;
                while k < t.len() && t[k] != '"' {
                    k += if t[k] == '\\' { 2 } else { 1 };
                }
                let inhoud: String = t[begin..k.min(t.len())].iter().collect();
                uit.push((regel, inhoud));
                regel += regels_in(&t[i..k.min(t.len())]);
                i = k + 1;
            }
            _ => i += 1,
        }
    }
    uit
}

fn rs_bestanden(map: &Path, uit: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(map).unwrap() {
        let pad = e.unwrap().path();
        if pad.is_dir() {
            rs_bestanden(&pad, uit);
        } else if pad.extension().is_some_and(|x| x == "rs") {
            uit.push(pad);
        }
    }
}

fn markers_in(bron: &str) -> Vec<(usize, String)> {
    literals(bron).into_iter().filter(|(_, s)| s.contains(MARKER)).collect()
}

#[test]
fn no_string_literal_in_src_holds_the_marker() {
    let mut bestanden = Vec::new();
    rs_bestanden(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut bestanden);
    assert!(bestanden.len() > 50, "{}", bestanden.len());
    let mut gevonden = Vec::new();
    let mut aantal = 0;
    for pad in &bestanden {
        let bron = std::fs::read_to_string(pad).unwrap();
        aantal += literals(&bron).len();
        for (regel, s) in markers_in(&bron) {
            gevonden.push(format!("{}:{regel}: {s:?}", pad.display()));
        }
    }
    assert!(aantal > 1000, "the scanner found only {aantal} literals");
    assert!(
        gevonden.is_empty(),
        "\"[keuze]\" reaches the screen; write \"(aanname van Werkwaarde)\":\n{}",
        gevonden.join("\n")
    );
}

#[test]
fn the_scanner_finds_literals_and_skips_comments() {
    let bron = r####"
        // a comment with "[keuze]" in quotes
        /// a doc comment [keuze]
        /* a block "[keuze]" /* nested */ still comment */
        let c = '"'; let d = '\''; fn f<'a>(x: &'a str) {}
        let goed = "aanname van Werkwaarde";
        let fout = format!("per uur [keuze]");
        let ruw = r#"ook "[keuze: hier]" fout"#;
    "####;
    let m = markers_in(bron);
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0], (7, "per uur [keuze]".to_string()));
    assert_eq!(m[1].0, 8);
    assert!(literals(bron).iter().any(|(_, s)| s == "aanname van Werkwaarde"));
}

fn fixture(naam: &str) -> Value {
    let pad = format!("{}/tests/fixtures/v1/{naam}.json", env!("CARGO_MANIFEST_DIR"));
    let d = lees(&std::fs::read_to_string(pad).unwrap()).unwrap();
    Value::Object(d.data)
}

/// The rules' computed texts (uitleg, meldingen, koppen) for a few examples, as they are shown.
#[test]
fn computed_explanations_hold_no_marker() {
    let mut teksten = Vec::new();
    for naam in ["loonwaarde-volledig", "voorbeeld-loonwaarde"] {
        let Value::Object(data) = fixture(naam) else { unreachable!() };
        let d = LoonwaardeData::uit(&data).unwrap();
        let u = werkwaarde::dossier::loonwaarde::bereken(&d);
        assert!(u.resultaat.is_some() && u.lks.is_ok(), "{naam}: the example computes");
        teksten.push(format!("{u:?}"));
    }
    for naam in ["zelftoets-volledig", "voorbeeld-zelftoets"] {
        let Value::Object(data) = fixture(naam) else { unreachable!() };
        let d = ZelftoetsData::uit(&data).unwrap();
        teksten.push(format!("{:?}", werkwaarde::dossier::zelftoets::beoordeel(&d)));
    }
    for naam in ["examentraining-volledig", "voorbeeld-examentraining"] {
        let Value::Object(data) = fixture(naam) else { unreachable!() };
        let d = ExamentrainingData::uit(&data).unwrap();
        for z in &d.examens {
            teksten.push(format!("{:?}", examenuitslag::oordeel(&d, z)));
        }
    }
    let oordelen = |binnen: usize, totaal: usize| -> Vec<_> {
        (0..totaal)
            .map(|i| beoordeel(Some(if i < binnen { dec!(10) } else { dec!(20) }), dec!(10), EXAMEN_MARGE))
            .collect()
    };
    for binnen in 0..=6 {
        teksten.push(format!("{:?}", examen(&oordelen(binnen, 6))));
    }
    teksten.push(format!("{:?}", herexamen(4, &oordelen(2, 3))));
    for jaar in [2023, 2025, 2027] {
        for start in [Start::Januari, Start::April, Start::September] {
            let m = Meetperiode::new(start, jaar).unwrap();
            teksten.push(format!("{:?}", tabel1(m)));
            teksten.push(format!("{:?}", plan(&Plannerinvoer { meetperiode: m, uwv: true, eerste_audit: None })));
        }
    }
    let met_marker: Vec<&String> = teksten.iter().filter(|t| t.contains(MARKER)).collect();
    assert!(teksten.len() > 20);
    assert!(met_marker.is_empty(), "a computed text shows \"[keuze]\":\n{met_marker:#?}");
    // The choice is still named, in words.
    assert!(teksten.iter().any(|t| t.contains("(aanname van Werkwaarde)")));
}
