//! Every area in one wasm. Not shipped: `make bench` builds it only to measure the single-wasm
//! design against one page per area (README, *Performance*).

use werkwaarde::ui::{mount, Pagina, EXAMENTRAINING_ALLES, LOONWAARDE, SCHIL, ZELFTOETS};

fn main() {
    mount(Pagina {
        naar_start: "",
        schil: Some(SCHIL),
        gebieden: &[ZELFTOETS, LOONWAARDE, EXAMENTRAINING_ALLES],
        controle: werkwaarde::dossier::Controle::ALLES,
    });
}
