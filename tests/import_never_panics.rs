//! Property tests: whatever a person drops on the importer, it answers instead of crashing.

use proptest::prelude::*;
use serde_json::{json, Value};
use werkwaarde::dossier::{lees_import, naar_json};

fn willekeurige_json() -> impl Strategy<Value = Value> {
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
        Just(json!("werkwaarde-dossier")),
        Just(json!("zelftoets")),
        Just(json!("2026-11-22T08:00:00Z")),
    ];
    blad.prop_recursive(4, 64, 8, |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_string()),
                    Just("schema_version".to_string()),
                    Just("kind".to_string()),
                    Just("title".to_string()),
                    Just("created".to_string()),
                    Just("updated".to_string()),
                    Just("app_version".to_string()),
                    Just("data".to_string()),
                    "[a-z]{1,8}",
                ],
                binnen,
                0..10,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = lees_import(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics_and_what_is_accepted_round_trips(v in willekeurige_json()) {
        if let Ok(d) = lees_import(v.to_string().as_bytes()) {
            prop_assert_eq!(lees_import(naar_json(&d).as_bytes()).unwrap(), d);
        }
    }

    #[test]
    fn a_valid_dossier_with_one_field_replaced_never_panics(veld in 0usize..8, v in willekeurige_json()) {
        let mut basis = json!({
            "format": "werkwaarde-dossier", "schema_version": 1, "kind": "zelftoets",
            "title": "T", "created": "2026-11-22T08:00:00Z", "updated": "2026-11-22T08:00:00Z",
            "app_version": "0.1.0", "data": {}
        });
        let sleutels = ["format", "schema_version", "kind", "title", "created", "updated", "app_version", "data"];
        basis[sleutels[veld]] = v;
        let _ = lees_import(basis.to_string().as_bytes());
    }
}
