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
