//! The page `examen/`: the shell plus the examentraining. Built by `Trunk.examen.toml`.

use werkwaarde::ui::{mount, Pagina, EXAMENTRAINING};

fn main() {
    mount(Pagina::gebied(&[EXAMENTRAINING]));
}
