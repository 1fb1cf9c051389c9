//! The page `zelftoets/`: the shell plus the zelftoets Keurmerk Arbeid. Built by `Trunk.zelftoets.toml`.

use werkwaarde::ui::{mount, Pagina, ZELFTOETS};

fn main() {
    mount(Pagina::gebied(&[ZELFTOETS]));
}
