//! Every area in one wasm. Not shipped: `make bench` builds it only to measure the single-wasm
//! design against one page per area (README, *Performance*).

use werkwaarde::ui::{mount, Pagina, EXAMENTRAINING, LOONWAARDE, ZELFTOETS};

fn main() {
    mount(Pagina { naar_start: "", gebieden: &[ZELFTOETS, LOONWAARDE, EXAMENTRAINING] });
}
