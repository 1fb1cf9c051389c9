//! Three-way merge of one dossier changed in two places (two tabs): what both started from
//! (`basis`), this tab's version (`mijn`) and the other's (`hun`).
//!
//! A change made on one side only is taken over; the same change on both sides is one change.
//! Objects merge key by key, and lists whose elements all carry a unique `id` (taken, kosten,
//! sittings) merge element by element. Where both sides changed the same value differently, the
//! result keeps this tab's value and the place is reported as a conflict with both values, so
//! nothing is discarded unseen and the user chooses.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::model::Dossier;

/// One place both sides changed differently. `None` is a value that side removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// JSON path, e.g. `$.data.invoer["d1-a"]` or `$.data.taken[id=3].tempo`.
    pub pad: String,
    pub mijn: Option<Value>,
    pub hun: Option<Value>,
}

/// The merged value and the conflicts in it (where it holds `mijn`).
pub fn voeg_samen(basis: &Value, mijn: &Value, hun: &Value) -> (Value, Vec<Conflict>) {
    let mut conflicten = Vec::new();
    let uit = waarde("$", Some(basis), Some(mijn), Some(hun), &mut conflicten).unwrap_or(Value::Null);
    (uit, conflicten)
}

/// Two versions of one dossier merged over the version both started from: its title and its
/// area data; the time of the change is the later one. Conflict paths start at `$.title` or
/// `$.data`.
pub fn voeg_dossiers_samen(basis: &Dossier, mijn: &Dossier, hun: &Dossier) -> (Dossier, Vec<Conflict>) {
    let mut conflicten = Vec::new();
    let titel = |d: &Dossier| Value::String(d.title.clone());
    let title = match waarde("$.title", Some(&titel(basis)), Some(&titel(mijn)), Some(&titel(hun)), &mut conflicten) {
        Some(Value::String(t)) => t,
        _ => mijn.title.clone(),
    };
    let data = objecten("$.data", &basis.data, &mijn.data, &hun.data, &mut conflicten);
    let updated = mijn.updated.max(hun.updated);
    (Dossier { title, data, updated, ..mijn.clone() }, conflicten)
}

/// Puts `nieuw` (`None`: removes) at a conflict's path in a dossier; `false` when the path is not
/// there (the dossier changed since).
pub fn zet_op_pad(dossier: &mut Dossier, pad: &str, nieuw: Option<Value>) -> bool {
    if pad == "$.title" {
        return match nieuw {
            Some(Value::String(t)) => {
                dossier.title = t;
                true
            }
            _ => false,
        };
    }
    let Some(stappen) = stappen(pad) else { return false };
    let mut wortel = Value::Object(std::mem::take(&mut dossier.data));
    let gelukt = zet_in(&mut wortel, &stappen, nieuw);
    if let Value::Object(m) = wortel {
        dossier.data = m;
    }
    gelukt
}

/// The value at a conflict's path in a dossier (`None`: not there).
pub fn lees_op_pad(dossier: &Dossier, pad: &str) -> Option<Value> {
    if pad == "$.title" {
        return Some(Value::String(dossier.title.clone()));
    }
    let stappen = stappen(pad)?;
    let (eerste, rest) = stappen.split_first()?;
    let Stap::Sleutel(k) = eerste else { return None };
    let mut plek = dossier.data.get(k)?;
    for stap in rest {
        plek = match (stap, plek) {
            (Stap::Sleutel(k), Value::Object(o)) => o.get(k)?,
            (Stap::Id(i), Value::Array(l)) => l.iter().find(|v| id(v) == Some(i))?,
            _ => return None,
        };
    }
    Some(plek.clone())
}

/// The steps of a path below `$.data`: keys (`.naam`, `["d1-a"]`) and rows by id (`[id=3]`).
fn stappen(pad: &str) -> Option<Vec<Stap>> {
    let mut r = pad.strip_prefix("$.data")?;
    let mut stappen = Vec::new();
    while !r.is_empty() {
        if let Some(na) = r.strip_prefix("[id=") {
            let (id, verder) = na.split_once(']')?;
            stappen.push(Stap::Id(serde_json::from_str::<Value>(id).ok()?));
            r = verder;
        } else if r.starts_with("[\"") {
            // A JSON string in brackets: read it as JSON, up to its closing quote and bracket.
            let mut de = serde_json::Deserializer::from_str(&r[1..]).into_iter::<String>();
            let Some(Ok(sleutel)) = de.next() else { return None };
            let lengte = 1 + de.byte_offset();
            r = r[lengte..].strip_prefix(']')?;
            stappen.push(Stap::Sleutel(sleutel));
        } else if let Some(na) = r.strip_prefix('.') {
            let einde = na.find(['.', '[']).unwrap_or(na.len());
            stappen.push(Stap::Sleutel(na[..einde].to_string()));
            r = &na[einde..];
        } else {
            return None;
        }
    }
    Some(stappen)
}

fn zet_in(plek: &mut Value, stappen: &[Stap], nieuw: Option<Value>) -> bool {
    let [stap, rest @ ..] = stappen else { return false };
    if !rest.is_empty() {
        let volgende = match (stap, plek) {
            (Stap::Sleutel(k), Value::Object(o)) => o.get_mut(k),
            (Stap::Id(i), Value::Array(l)) => l.iter_mut().find(|v| id(v) == Some(i)),
            _ => None,
        };
        return volgende.is_some_and(|v| zet_in(v, rest, nieuw));
    }
    match (stap, plek) {
        (Stap::Sleutel(k), Value::Object(o)) => {
            match nieuw {
                Some(v) => o.insert(k.clone(), v),
                None => o.remove(k),
            };
            true
        }
        (Stap::Id(i), Value::Array(l)) => {
            let plaats = l.iter().position(|v| id(v) == Some(i));
            match (plaats, nieuw) {
                (Some(p), Some(v)) => l[p] = v,
                (Some(p), None) => {
                    l.remove(p);
                }
                (None, Some(v)) => l.push(v),
                (None, None) => {}
            }
            true
        }
        _ => false,
    }
}

enum Stap {
    Sleutel(String),
    Id(Value),
}

fn waarde(
    pad: &str,
    basis: Option<&Value>,
    mijn: Option<&Value>,
    hun: Option<&Value>,
    conflicten: &mut Vec<Conflict>,
) -> Option<Value> {
    if mijn == hun {
        return mijn.cloned();
    }
    if mijn == basis {
        return hun.cloned();
    }
    if hun == basis {
        return mijn.cloned();
    }
    match (basis, mijn, hun) {
        (b, Some(Value::Object(m)), Some(Value::Object(h))) => {
            let leeg = Map::new();
            let b = b.and_then(Value::as_object).unwrap_or(&leeg);
            Some(Value::Object(objecten(pad, b, m, h, conflicten)))
        }
        (b, Some(Value::Array(m)), Some(Value::Array(h))) if met_ids(m) && met_ids(h) => {
            let leeg = Vec::new();
            let b = b.and_then(Value::as_array).filter(|b| met_ids(b)).unwrap_or(&leeg);
            Some(Value::Array(lijsten(pad, b, m, h, conflicten)))
        }
        _ => {
            conflicten.push(Conflict { pad: pad.to_string(), mijn: mijn.cloned(), hun: hun.cloned() });
            mijn.cloned()
        }
    }
}

fn objecten(
    pad: &str,
    basis: &Map<String, Value>,
    mijn: &Map<String, Value>,
    hun: &Map<String, Value>,
    conflicten: &mut Vec<Conflict>,
) -> Map<String, Value> {
    // This tab's keys in its order, then keys only the other side has.
    let mut sleutels: Vec<&String> = mijn.keys().collect();
    sleutels.extend(hun.keys().filter(|k| !mijn.contains_key(*k)));
    sleutels.extend(basis.keys().filter(|k| !mijn.contains_key(*k) && !hun.contains_key(*k)));
    let mut uit = Map::new();
    for k in sleutels {
        let sub = sleutelpad(pad, k);
        if let Some(v) = waarde(&sub, basis.get(k), mijn.get(k), hun.get(k), conflicten) {
            uit.insert(k.clone(), v);
        }
    }
    uit
}

fn id(v: &Value) -> Option<&Value> {
    v.as_object()?.get("id").filter(|i| i.is_u64() || i.is_string())
}

/// Every element is an object with an `id`, and no `id` occurs twice.
fn met_ids(lijst: &[Value]) -> bool {
    let mut gezien = BTreeSet::new();
    lijst.iter().all(|v| id(v).is_some_and(|i| gezien.insert(i.to_string())))
}

fn lijsten(pad: &str, basis: &[Value], mijn: &[Value], hun: &[Value], conflicten: &mut Vec<Conflict>) -> Vec<Value> {
    let zoek = |lijst: &'_ [Value], i: &Value| lijst.iter().find(|v| id(v) == Some(i)).cloned();
    // The order is this tab's; what only the other side added comes after it, in its order.
    let mut ids: Vec<Value> = mijn.iter().filter_map(id).cloned().collect();
    ids.extend(hun.iter().filter_map(id).filter(|i| !mijn.iter().any(|v| id(v) == Some(*i))).cloned());
    ids.extend(basis.iter().filter_map(id).filter(|i| !mijn.iter().chain(hun).any(|v| id(v) == Some(*i))).cloned());
    let mut uit = Vec::new();
    for i in ids {
        let sub = format!("{pad}[id={i}]");
        let (b, m, h) = (zoek(basis, &i), zoek(mijn, &i), zoek(hun, &i));
        if let Some(v) = waarde(&sub, b.as_ref(), m.as_ref(), h.as_ref(), conflicten) {
            uit.push(v);
        }
    }
    uit
}

fn sleutelpad(pad: &str, sleutel: &str) -> String {
    let eenvoudig = !sleutel.is_empty()
        && sleutel.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !sleutel.starts_with(|c: char| c.is_ascii_digit());
    if eenvoudig {
        format!("{pad}.{sleutel}")
    } else {
        format!("{pad}[{}]", Value::String(sleutel.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changes_to_different_fields_are_both_kept() {
        let basis = json!({"title": "A", "data": {"invoer": {"d1-a": "12", "p-peildatum": "2026-03-01"}}});
        let mijn = json!({"title": "A", "data": {"invoer": {"d1-a": "14", "p-peildatum": "2026-03-01"}}});
        let hun = json!({"title": "B", "data": {"invoer": {"d1-a": "12", "p-peildatum": "2026-03-01", "d1-b": "3"}}});
        let (uit, conflicten) = voeg_samen(&basis, &mijn, &hun);
        assert_eq!(
            uit,
            json!({"title": "B", "data": {"invoer": {"d1-a": "14", "p-peildatum": "2026-03-01", "d1-b": "3"}}})
        );
        assert!(conflicten.is_empty());
    }

    #[test]
    fn the_same_field_changed_twice_keeps_mine_and_reports_both() {
        let basis = json!({"data": {"invoer": {"d1-a": "12"}}});
        let mijn = json!({"data": {"invoer": {"d1-a": "14"}}});
        let hun = json!({"data": {"invoer": {"d1-a": "15"}}});
        let (uit, conflicten) = voeg_samen(&basis, &mijn, &hun);
        assert_eq!(uit, mijn);
        assert_eq!(
            conflicten,
            [Conflict { pad: "$.data.invoer[\"d1-a\"]".into(), mijn: Some(json!("14")), hun: Some(json!("15")) }]
        );
        // The same change on both sides is no conflict.
        assert!(voeg_samen(&basis, &mijn, &mijn).1.is_empty());
    }

    #[test]
    fn removing_on_one_side_and_keeping_on_the_other_removes_and_removing_against_a_change_is_asked() {
        let basis = json!({"invoer": {"a": "1", "b": "2"}});
        let mijn = json!({"invoer": {"b": "2"}});
        let hun = json!({"invoer": {"a": "1", "b": "3"}});
        let (uit, conflicten) = voeg_samen(&basis, &mijn, &hun);
        assert_eq!(uit, json!({"invoer": {"b": "3"}}));
        assert!(conflicten.is_empty());
        let hun = json!({"invoer": {"a": "9", "b": "2"}});
        let (uit, conflicten) = voeg_samen(&basis, &mijn, &hun);
        assert_eq!(uit, mijn);
        assert_eq!(conflicten[0], Conflict { pad: "$.invoer.a".into(), mijn: None, hun: Some(json!("9")) });
    }

    #[test]
    fn rows_with_ids_merge_row_by_row() {
        let taak = |id: u64, tempo: &str| json!({"id": id, "naam": format!("taak {id}"), "tempo": tempo});
        let basis = json!({"taken": [taak(1, "80"), taak(2, "90")]});
        // This tab changes taak 1 and adds taak 3; the other changes taak 2 and adds taak 4.
        let mijn = json!({"taken": [taak(1, "85"), taak(2, "90"), taak(3, "70")]});
        let hun = json!({"taken": [taak(1, "80"), taak(2, "95"), taak(4, "60")]});
        let (uit, conflicten) = voeg_samen(&basis, &mijn, &hun);
        assert_eq!(uit, json!({"taken": [taak(1, "85"), taak(2, "95"), taak(3, "70"), taak(4, "60")]}));
        assert!(conflicten.is_empty());
        // Both change the tempo of taak 2: the path names the row by its id.
        let mijn = json!({"taken": [taak(1, "80"), taak(2, "91")]});
        let (_, conflicten) = voeg_samen(&basis, &mijn, &hun);
        assert_eq!(conflicten[0].pad, "$.taken[id=2].tempo");
    }

    #[test]
    fn a_conflict_path_takes_the_other_value_back_in() {
        let basis = json!({"invoer": {"d1-a": "12"}, "taken": [{"id": 2, "tempo": "90"}]});
        let mijn = json!({"invoer": {"d1-a": "14"}, "taken": [{"id": 2, "tempo": "91"}]});
        let hun = json!({"invoer": {"d1-a": "15"}, "taken": [{"id": 2, "tempo": "95"}]});
        let d = |data: &Value| {
            let mut d = Dossier::nieuw(crate::dossier::DossierSoort::Loonwaarde, "T", chrono::Utc::now(), "0").unwrap();
            d.data = data.as_object().unwrap().clone();
            d
        };
        let (mut samen, conflicten) = voeg_dossiers_samen(&d(&basis), &d(&mijn), &d(&hun));
        assert_eq!(conflicten.len(), 2);
        for c in &conflicten {
            assert!(zet_op_pad(&mut samen, &c.pad, c.hun.clone()), "{}", c.pad);
        }
        assert_eq!(Value::Object(samen.data.clone()), hun);
        assert!(!zet_op_pad(&mut samen, "$.data.bestaat.niet", Some(json!(1))));
    }

    #[test]
    fn lists_without_ids_are_one_value() {
        let basis = json!({"diensten": [1, 2]});
        let mijn = json!({"diensten": [1, 2, 3]});
        let hun = json!({"diensten": [1]});
        let (uit, conflicten) = voeg_samen(&basis, &mijn, &hun);
        assert_eq!(uit, mijn);
        assert_eq!(conflicten.len(), 1);
        assert_eq!(conflicten[0].pad, "$.diensten");
    }
}
