use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::dossier::backup::{lees_bestand, Bestand, MAX_BACKUP_BYTES};
use crate::dossier::ImportFout;
use crate::ui::route::Route;
use crate::ui::state::app_state;

/// What became of one file.
#[derive(Clone)]
enum Uitkomst {
    /// Title and id of the new dossier.
    Dossier(String, String),
    /// A backup: title and id of each new dossier, each refused one as `Dossier 2 (‘titel’): reden`,
    /// and how many damaged storage entries it carries.
    Backup { toegevoegd: Vec<(String, String)>, geweigerd: Vec<String>, beschadigd: usize },
    /// The message with its findings (JSON path, problem).
    Fout(String, Vec<(String, String)>),
}

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
                // Only a backup may be larger than a dossier; `lees_bestand` tells them apart.
                let gelezen = if grootte > MAX_BACKUP_BYTES {
                    Err(ImportFout::BackupTeGroot { bytes: grootte })
                } else {
                    let blob = gloo_file::File::from(bestand);
                    match gloo_file::futures::read_as_bytes(&blob).await {
                        Ok(bytes) => lees_bestand(&bytes),
                        Err(_) => Err(ImportFout::NietLeesbaar),
                    }
                };
                let uitkomst = match gelezen {
                    Ok(Bestand::Dossier(d)) => {
                        let o = state.voeg_toe(*d);
                        Uitkomst::Dossier(o.dossier.title, o.id)
                    }
                    Ok(Bestand::Backup(b)) => Uitkomst::Backup {
                        toegevoegd: b
                            .dossiers
                            .into_iter()
                            .map(|d| {
                                let o = state.voeg_toe(d);
                                (o.dossier.title, o.id)
                            })
                            .collect(),
                        geweigerd: b.geweigerd.iter().map(|g| format!("{}: {}", g.naam(), g.reden())).collect(),
                        beschadigd: b.beschadigd.len(),
                    },
                    Err(f) => Uitkomst::Fout(
                        f.melding(),
                        f.bevindingen().iter().map(|b| (b.pad.clone(), b.melding.clone())).collect(),
                    ),
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
            <p class="hint">
                "Een back-up van Alles exporteren kan hier ook (tot 50 MB): elk dossier erin komt er als nieuw "
                "dossier bij."
            </p>
        </div>
        <div class="berichten" role="status" aria-live="polite">
            <For each=move || berichten.get() key=|b| b.volgnummer let:b>
                {match b.uitkomst {
                    Uitkomst::Dossier(titel, id) => view! {
                        <p class="gelukt">
                            {format!("{}: geïmporteerd als nieuw dossier ", b.bestand)}
                            <a href=Route::Dossier(id).href()>{titel}</a>
                            "."
                        </p>
                    }
                    .into_any(),
                    Uitkomst::Backup { toegevoegd, geweigerd, beschadigd } => {
                        backup_verslag(&b.bestand, toegevoegd, geweigerd, beschadigd).into_any()
                    }
                    Uitkomst::Fout(melding, details) => view! {
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

/// What a backup brought: the new dossiers, each refused one with its reason, and the damaged
/// storage entries it carries but does not import.
fn backup_verslag(
    bestand: &str,
    toegevoegd: Vec<(String, String)>,
    geweigerd: Vec<String>,
    beschadigd: usize,
) -> impl IntoView {
    let (n, k) = (toegevoegd.len(), geweigerd.len());
    let dossiers = |n: usize| if n == 1 { "dossier" } else { "dossiers" };
    let slot = if k > 0 { format!("{k} {} geweigerd:", dossiers(k)) } else { String::new() };
    let ruw = match beschadigd {
        0 => String::new(),
        1 => "Eén beschadigd opgeslagen item uit de back-up is niet als dossier geïmporteerd; de ruwe tekst \
              staat in het back-upbestand onder \u{201c}beschadigd\u{201d}."
            .to_string(),
        m => format!(
            "{m} beschadigde opgeslagen items uit de back-up zijn niet als dossier geïmporteerd; hun ruwe tekst \
             staat in het back-upbestand onder \u{201c}beschadigd\u{201d}."
        ),
    };
    view! {
        // Some in and some refused is a partial success, not a failure.
        <div class=match (n, k) {
            (_, 0) => "gelukt",
            (0, _) => "mislukt",
            _ => "deels",
        }>
            <p>
                {format!(
                    "{bestand} is een back-up. {n} {} toegevoegd als nieuw dossier{}",
                    dossiers(n),
                    if n == 0 { "." } else { ":" },
                )}
            </p>
            <ul>
                {toegevoegd
                    .into_iter()
                    .map(|(titel, id)| view! { <li><a href=Route::Dossier(id).href()>{titel}</a></li> })
                    .collect_view()}
            </ul>
            <p>{slot}</p>
            <ul>{geweigerd.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
            <p>{ruw}</p>
        </div>
    }
}
