use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::dossier::{ImportFout, MAX_IMPORT_BYTES};
use crate::ui::route::Route;
use crate::ui::state::app_state;

/// Title and id of the new dossier, or the message with its findings (JSON path, problem).
type Uitkomst = Result<(String, String), (String, Vec<(String, String)>)>;

#[derive(Clone)]
struct Bericht {
    volgnummer: usize,
    bestand: String,
    uitkomst: Uitkomst,
}

/// Import by file picker or by dropping files. Every file becomes a new dossier or a message;
/// nothing existing is overwritten.
#[component]
pub fn Importeer() -> impl IntoView {
    let state = app_state();
    let berichten = RwSignal::new(Vec::<Bericht>::new());
    let actief = RwSignal::new(false);
    // Results of an earlier, slower batch must not mix into the messages of a newer one.
    let batch = StoredValue::new(0u32);

    let verwerk = move |bestanden: Vec<web_sys::File>| {
        berichten.set(Vec::new());
        batch.update_value(|b| *b = b.wrapping_add(1));
        let deze_batch = batch.get_value();
        for (volgnummer, bestand) in bestanden.into_iter().enumerate() {
            spawn_local(async move {
                let naam = bestand.name();
                let grootte = bestand.size().max(0.0) as u64;
                let uitkomst = if grootte > MAX_IMPORT_BYTES {
                    Err(ImportFout::TeGroot { bytes: grootte })
                } else {
                    let blob = gloo_file::File::from(bestand);
                    match gloo_file::futures::read_as_bytes(&blob).await {
                        Ok(bytes) => state.importeer(&bytes),
                        Err(_) => Err(ImportFout::NietLeesbaar),
                    }
                };
                let uitkomst = match uitkomst {
                    Ok(o) => Ok((o.dossier.title, o.id)),
                    Err(f) => {
                        Err((f.melding(), f.bevindingen().iter().map(|b| (b.pad.clone(), b.melding.clone())).collect()))
                    }
                };
                // The page may have been left while the file was read: the import itself has
                // happened (app-level state); only its message has nowhere to go.
                if batch.try_get_value() != Some(deze_batch) {
                    return;
                }
                berichten.try_update(|b| {
                    b.push(Bericht { volgnummer, bestand: naam, uitkomst });
                    b.sort_by_key(|x| x.volgnummer);
                });
            });
        }
    };

    let bij_keuze = move |ev: leptos::ev::Event| {
        let Some(invoer) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        verwerk(lijst(invoer.files()));
        // Choosing the same file again must trigger a new import.
        invoer.set_value("");
    };
    let bij_loslaten = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        actief.set(false);
        verwerk(lijst(ev.data_transfer().and_then(|d| d.files())));
    };

    view! {
        <div
            class="sleepvak"
            class:actief=move || actief.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                actief.set(true);
            }
            on:dragleave=move |_| actief.set(false)
            on:drop=bij_loslaten
        >
            // The browser's own button ("Choose Files") follows the browser's language: the input is
            // visually hidden (still focusable) and its label is the Dutch button.
            <input id="import-bestand" class="sr" type="file" accept=".json,application/json" multiple on:change=bij_keuze/>
            <label for="import-bestand" class="bestandknop">"Dossierbestand importeren (.json)"</label>
            <p class="hint">
                "Of sleep een of meer bestanden naar dit vak. Een import wordt altijd een nieuw "
                "dossier; bestaande dossiers blijven zoals ze zijn. Hoogstens 10 MB per bestand."
            </p>
        </div>
        <div class="berichten" role="status" aria-live="polite">
            <For each=move || berichten.get() key=|b| b.volgnummer let:b>
                {match b.uitkomst {
                    Ok((titel, id)) => view! {
                        <p class="gelukt">
                            {format!("{}: geïmporteerd als nieuw dossier ", b.bestand)}
                            <a href=Route::Dossier(id).href()>{titel}</a>
                            "."
                        </p>
                    }
                    .into_any(),
                    Err((melding, details)) => view! {
                        <div class="mislukt">
                            <p>{format!("{} is niet geïmporteerd. {}", b.bestand, melding)}</p>
                            <ul>
                                {details
                                    .into_iter()
                                    .map(|(pad, melding)| {
                                        let zin = melding.trim_end_matches('.').to_string();
                                        view! { <li>{zin} " (plaats: " <code>{pad}</code> ")."</li> }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                    .into_any(),
                }}
            </For>
        </div>
    }
}

fn lijst(bestanden: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(bestanden) = bestanden else { return Vec::new() };
    (0..bestanden.length()).filter_map(|i| bestanden.get(i)).collect()
}
