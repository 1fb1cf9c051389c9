//! The published JSON Schema (`public/schema/`) is what the Rust types generate: change a dossier
//! type without running `cargo run --example schema --features schema`, and this fails. The
//! node test `tests/e2e/schema.test.mjs` validates the shipped and exported files against it with
//! an independent validator (ajv).

use werkwaarde::dossier::schema::{schemas, tekst};

#[test]
fn the_published_schemas_are_the_types_schemas() {
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public").join("schema");
    let mut verouderd = Vec::new();
    for (naam, schema) in schemas() {
        let pad = map.join(format!("{naam}.schema.json"));
        let gepubliceerd = std::fs::read_to_string(&pad).unwrap_or_default();
        if gepubliceerd != tekst(&schema) {
            verouderd.push(naam);
        }
    }
    assert!(
        verouderd.is_empty(),
        "public/schema/ wijkt af van de typen voor {verouderd:?}: draai `cargo run --example schema --features schema`"
    );
    let bestanden = std::fs::read_dir(&map).unwrap().count();
    assert_eq!(bestanden, schemas().len(), "no stale schema file in public/schema/");
}

#[test]
fn each_kind_of_dossier_points_at_its_own_data_schema() {
    let alle = schemas();
    let dossier = &alle.iter().find(|(n, _)| n == "dossier").unwrap().1;
    let takken = dossier["allOf"].as_array().unwrap();
    assert_eq!(takken.len(), 3);
    for tak in takken {
        let soort = tak["if"]["properties"]["kind"]["const"].as_str().unwrap();
        assert_eq!(tak["then"]["properties"]["data"]["$ref"], format!("urn:werkwaarde:schema:{soort}"));
        assert!(alle.iter().any(|(n, _)| n == soort), "{soort} has a schema");
    }
    assert_eq!(dossier["properties"]["format"]["$ref"], "#/$defs/Format");
    assert_eq!(dossier["$defs"]["Format"]["const"], "werkwaarde-dossier");
}
