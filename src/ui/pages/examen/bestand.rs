//! Choosing JSON files for the examentraining (a casus pack, answer files): each file is read as
//! text and handed on with its name, in the order chosen.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A file picker styled as a Dutch button; `bij_bestand` gets (file name, text or the message why
/// it could not be read) for every chosen file.
#[component]
pub fn Bestandsknop(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(optional)] meerdere: bool,
    bij_bestand: Callback<(String, Result<String, String>)>,
) -> impl IntoView {
    let bij_keuze = move |ev: leptos::ev::Event| {
        let Some(invoer) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let bestanden: Vec<web_sys::File> =
            invoer.files().map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect()).unwrap_or_default();
        // Choosing the same file again must read it again.
        invoer.set_value("");
        leptos::task::spawn_local(async move {
            for bestand in bestanden {
                let naam = bestand.name();
                let tekst = gloo_file::futures::read_as_text(&gloo_file::File::from(bestand))
                    .await
                    .map_err(|_| format!("{naam} kon niet worden gelezen."));
                bij_bestand.run((naam, tekst));
            }
        });
    };
    view! {
        <input id=id.clone() class="sr" type="file" accept=".json,application/json" multiple=meerdere on:change=bij_keuze/>
        <label for=id class="bestandknop">{label}</label>
    }
}

/// What became of a chosen file, as a message: `Ok` a confirmation, `Err` why it was refused,
/// prefixed with the file's name.
pub fn bericht(naam: &str, uitkomst: Result<String, String>) -> (bool, String) {
    match uitkomst {
        Ok(t) => (true, t),
        Err(f) => (false, format!("{naam}: {f}")),
    }
}

/// The message of the last file read: a status when it went well, an alert when it did not.
#[component]
pub fn Bestandsbericht(bericht: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    move || {
        bericht.get().map(|(goed, t)| {
            view! { <p class=if goed { "gelukt" } else { "veldfout" } role=if goed { "status" } else { "alert" }>{t}</p> }
        })
    }
}
