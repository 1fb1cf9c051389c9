//! The loonwaarde area as its own wasm, loaded by the shell only when a loonwaarde dossier is
//! opened (see `ui::gebied`). Its entry point is the exported `toon`, not `main`.

// Links the library, whose `#[wasm_bindgen]` export `toon` nothing here calls by name.
extern crate werkwaarde;

fn main() {}
