//! An area's `data` object and its typed form, both ways.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::bevinding::Bevinding;

/// Reads an area's `data` object into its typed form; a field of the wrong type is reported at
/// its JSON path (missing fields take their defaults).
///
/// The data are read from their compact JSON text, so serde's error carries the place (one line,
/// a column), and the path is found by walking the text up to that place. Tracking the path while
/// deserializing (`serde_path_to_error`) doubled the reading code of every type in every page.
pub fn data_uit<T: DeserializeOwned>(data: &Map<String, Value>) -> Result<T, Bevinding> {
    let tekst = serde_json::to_string(data).unwrap_or_default();
    serde_json::from_str(&tekst).map_err(|e: serde_json::Error| Bevinding {
        pad: pad_op(&tekst, e.column().saturating_sub(1)),
        melding: nl_melding(&e.to_string()),
    })
}

/// The JSON path (`$.data.taken[1].uren`) of the value at byte `plek` of compact JSON `tekst`.
fn pad_op(tekst: &str, plek: usize) -> String {
    enum Laag {
        Object { sleutel: Option<String>, wil_sleutel: bool },
        Lijst { index: usize, heeft_waarde: bool },
    }
    let bytes = tekst.as_bytes();
    let mut lagen: Vec<Laag> = Vec::new();
    let mut i = 0;
    let einde = plek.min(bytes.len());
    while i < einde {
        match bytes[i] {
            b'{' => {
                if let Some(Laag::Lijst { heeft_waarde, .. }) = lagen.last_mut() {
                    *heeft_waarde = true;
                }
                lagen.push(Laag::Object { sleutel: None, wil_sleutel: true });
            }
            b'[' => {
                if let Some(Laag::Lijst { heeft_waarde, .. }) = lagen.last_mut() {
                    *heeft_waarde = true;
                }
                lagen.push(Laag::Lijst { index: 0, heeft_waarde: false });
            }
            b'}' | b']' => {
                lagen.pop();
            }
            b',' => match lagen.last_mut() {
                Some(Laag::Object { wil_sleutel, .. }) => *wil_sleutel = true,
                Some(Laag::Lijst { index, heeft_waarde }) => {
                    *index += 1;
                    *heeft_waarde = false;
                }
                None => {}
            },
            b'"' => {
                let begin = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                match lagen.last_mut() {
                    Some(Laag::Object { sleutel, wil_sleutel }) if *wil_sleutel => {
                        *sleutel = serde_json::from_str(&tekst[begin..(i + 1).min(tekst.len())]).ok();
                        *wil_sleutel = false;
                    }
                    Some(Laag::Lijst { heeft_waarde, .. }) => *heeft_waarde = true,
                    _ => {}
                }
            }
            b' ' | b':' => {}
            _ => {
                if let Some(Laag::Lijst { heeft_waarde, .. }) = lagen.last_mut() {
                    *heeft_waarde = true;
                }
            }
        }
        i += 1;
    }
    let mut pad = "$.data".to_string();
    // The outermost layer is `data` itself.
    for laag in lagen.iter() {
        match laag {
            Laag::Object { sleutel: Some(k), wil_sleutel: false } => sleutel_in_pad(&mut pad, k),
            Laag::Lijst { index, heeft_waarde: true } => pad.push_str(&format!("[{index}]")),
            _ => break,
        }
    }
    pad
}

/// Adds an object key to a JSON path: `.naam`, or `["een naam"]` when it is not a plain name.
pub(super) fn sleutel_in_pad(pad: &mut String, k: &str) {
    let eenvoudig = !k.is_empty()
        && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !k.starts_with(|c: char| c.is_ascii_digit());
    if eenvoudig {
        pad.push('.');
        pad.push_str(k);
    } else {
        pad.push_str(&format!("[{}]", Value::String(k.to_string())));
    }
}

/// serde's English message about a value, in Dutch. A message of a form not known here gets a
/// plain Dutch sentence without it, so no English reaches the screen.
fn nl_melding(engels: &str) -> String {
    // serde_json adds the place in the text; the JSON path says it better.
    let kern = engels.split(" at line ").next().unwrap_or(engels);
    let soort = |s: &str| -> String {
        let s = s.trim();
        let (woord, rest) = s.split_once(' ').unwrap_or((s, ""));
        match woord {
            "string" => format!("de tekst {rest}"),
            "integer" | "floating" => format!("het getal {}", rest.trim_start_matches("point ").trim_matches('`')),
            "boolean" => format!("de waarde {}", if rest.contains("true") { "waar" } else { "onwaar" }),
            "sequence" => "een lijst".to_string(),
            "map" => "een object".to_string(),
            "null" | "unit" => "een lege waarde".to_string(),
            _ => verwacht_nl(s),
        }
    };
    if let Some(rest) = kern.strip_prefix("invalid type: ").or_else(|| kern.strip_prefix("invalid value: ")) {
        if let Some((gevonden, verwacht)) = rest.split_once(", expected ") {
            return format!("Hier hoort {} te staan, maar er staat {}", verwacht_nl(verwacht), soort(gevonden));
        }
    }
    let aanhalen = |s: &str| format!("\u{201c}{}\u{201d}", s.trim().trim_matches('`'));
    if let Some(veld) = kern.strip_prefix("missing field ") {
        return format!("Het veld {} ontbreekt", aanhalen(veld));
    }
    if let Some(rest) = kern.strip_prefix("unknown variant ") {
        let (waarde, opties) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let opties = opties.trim_start_matches("one of ").replace('`', "").replace(" or ", " of ");
        return format!("De keuze {} bestaat niet; mogelijk zijn: {opties}", aanhalen(waarde));
    }
    if kern.starts_with("invalid length ") {
        return "De lijst heeft niet het verwachte aantal elementen".to_string();
    }
    "Deze waarde kan hier niet worden gelezen".to_string()
}

/// serde's description of what it expected ("a sequence", "u64", "struct Zitting"), in Dutch.
fn verwacht_nl(engels: &str) -> String {
    let e = engels.trim();
    match e {
        "a sequence" | "sequence" => "een lijst",
        "a string" | "string" => "een tekst",
        "a boolean" | "boolean" => "waar of onwaar",
        "a map" | "map" => "een object",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "een geheel getal",
        "f32" | "f64" => "een getal",
        _ if e.starts_with("struct ") || e.starts_with("a map") => "een object",
        _ if e.starts_with("a string") => "een tekst",
        _ if e.starts_with("a sequence") || e.starts_with("tuple") || e.starts_with("a tuple") => "een lijst",
        _ if e.contains("integer") => "een geheel getal",
        _ if e.starts_with("enum ") || e.starts_with("variant") => "een van de vaste keuzes",
        _ => "een andere soort waarde",
    }
    .to_string()
}

/// An area's typed data as the `data` object of its dossier.
pub fn data_naar_map<T: Serialize>(data: &T) -> Map<String, Value> {
    match serde_json::to_value(data) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    enum Keuze {
        Stappenplan,
        Ulw,
    }

    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Proef {
        lijst: Vec<u64>,
        tekst: String,
        keuze: Keuze,
        paar: (u8, u8),
    }

    fn melding(json: &str) -> String {
        let v: Value = serde_json::from_str(json).unwrap();
        data_uit::<Proef>(v.as_object().unwrap()).unwrap_err().melding
    }

    const GOED: &str = r#""lijst": [1], "tekst": "t", "keuze": "Ulw", "paar": [1, 2]"#;

    #[test]
    fn what_serde_says_reads_in_dutch() {
        let m = melding(&format!(r#"{{{GOED}, "lijst": "geen lijst"}}"#));
        assert_eq!(m, "Hier hoort een lijst te staan, maar er staat de tekst \"geen lijst\"");
        let m = melding(&format!(r#"{{{GOED}, "lijst": [true]}}"#));
        assert_eq!(m, "Hier hoort een geheel getal te staan, maar er staat de waarde waar");
        let m = melding(&format!(r#"{{{GOED}, "tekst": 12}}"#));
        assert_eq!(m, "Hier hoort een tekst te staan, maar er staat het getal 12");
        let m = melding(&format!(r#"{{{GOED}, "keuze": "Anders"}}"#));
        assert_eq!(m, "De keuze \u{201c}Anders\u{201d} bestaat niet; mogelijk zijn: Stappenplan of Ulw");
        let m = melding(r#"{"tekst": "t", "keuze": "Ulw", "paar": [1, 2]}"#);
        assert_eq!(m, "Het veld \u{201c}lijst\u{201d} ontbreekt");
        let m = melding(&format!(r#"{{{GOED}, "paar": [1]}}"#));
        assert_eq!(m, "De lijst heeft niet het verwachte aantal elementen");
        let m = melding(&format!(r#"{{{GOED}, "paar": {{}}}}"#));
        assert_eq!(m, "Hier hoort een lijst te staan, maar er staat een object");
    }
}
