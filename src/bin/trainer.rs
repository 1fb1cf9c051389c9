//! The page `trainer/`: the shell plus the examentraining's trainer part (casussen, packs, the
//! group's grading). Built by `Trunk.trainer.toml`; the other parts open on `examen/`.

use werkwaarde::ui::{mount, Pagina, EXAMENTRAINER};

fn main() {
    mount(Pagina::gebied(&[EXAMENTRAINER]));
}
