//! The start page (`index.html`): the shell only — menu, start page, area pages, the dossier list,
//! import and export. A dossier opens on its area's own page (`src/bin/`).

fn main() {
    werkwaarde::ui::mount(werkwaarde::ui::START);
}
