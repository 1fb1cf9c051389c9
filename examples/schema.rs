//! Writes the JSON Schema of the dossier format to `public/schema/` (README, *Het dossierformaat*).
//! Run after a change to a dossier type: `cargo run --example schema --features schema`.

fn main() {
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public").join("schema");
    std::fs::create_dir_all(&map).expect("public/schema/ kan niet worden gemaakt");
    for (naam, schema) in werkwaarde::dossier::schema::schemas() {
        let pad = map.join(format!("{naam}.schema.json"));
        std::fs::write(&pad, werkwaarde::dossier::schema::tekst(&schema)).expect("schema kan niet worden geschreven");
        println!("{}", pad.display());
    }
}
