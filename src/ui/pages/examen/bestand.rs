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
