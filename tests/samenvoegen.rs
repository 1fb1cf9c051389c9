//! The three-way merge of a dossier changed in two tabs, as properties: a change on one side only
//! is taken over whole, the same change twice is one change, and a conflict only arises where both
//! sides changed something.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use werkwaarde::dossier::samenvoegen::voeg_samen;

fn json_waarde() -> impl Strategy<Value = Value> {
    let blad = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (0u64..5).prop_map(Value::from),
        "[a-c]{0,2}".prop_map(Value::from),
    ];
    blad.prop_recursive(3, 32, 4, |binnen| {
        prop_oneof![
            prop::collection::vec(binnen.clone(), 0..4).prop_map(Value::from),
            // Rows with ids, as taken and kosten are stored.
            prop::collection::btree_map(0u64..4, binnen.clone(), 0..4)
                .prop_map(|rijen| Value::Array(rijen.into_iter().map(|(id, v)| json!({"id": id, "v": v})).collect())),
            prop::collection::btree_map("[a-d]", binnen, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_change_on_one_side_is_taken_over(basis in json_waarde(), ander in json_waarde()) {
        prop_assert_eq!(voeg_samen(&basis, &ander, &basis), (ander.clone(), vec![]));
        prop_assert_eq!(voeg_samen(&basis, &basis, &ander), (ander.clone(), vec![]));
        prop_assert_eq!(voeg_samen(&basis, &ander, &ander), (ander, vec![]));
    }

    /// A conflict is only ever reported where the two sides differ, and merging the other way
    /// round gives the same conflicts with the sides swapped.
    #[test]
    fn conflicts_are_real_and_the_same_either_way(basis in json_waarde(), mijn in json_waarde(), hun in json_waarde()) {
        let (_, conflicten) = voeg_samen(&basis, &mijn, &hun);
        let (_, omgekeerd) = voeg_samen(&basis, &hun, &mijn);
        for c in &conflicten {
            prop_assert!(c.mijn != c.hun, "{}", c.pad);
            prop_assert!(omgekeerd.iter().any(|o| o.pad == c.pad && o.mijn == c.hun && o.hun == c.mijn), "{}", c.pad);
        }
        prop_assert_eq!(conflicten.len(), omgekeerd.len());
    }
}
