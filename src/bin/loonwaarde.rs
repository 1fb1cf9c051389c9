//! The page `loonwaarde/`: the shell plus the loonwaarde calculator and its rapport. Built by `Trunk.loonwaarde.toml`.

use werkwaarde::ui::{mount, Pagina, LOONWAARDE};

fn main() {
    mount(Pagina::gebied(&[LOONWAARDE]));
}
