use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;

use super::exporteer;
use crate::domain::datum::lange_datum;
use crate::dossier::backup::{backup_bestandsnaam, exportherinnering, naar_backup, Herinnering};
use crate::store::bewaren::Blijvend;
use crate::store::Opgeslagen;
use crate::ui::browser;
use crate::ui::state::{app_state, AppState};
use crate::APP_VERSION;

/// `3 december 2026` on the user's own calendar, or `Nog nooit`.
pub fn exportdatum(moment: Option<DateTime<Utc>>) -> String {
    match moment {
        Some(m) => lange_datum(m.with_timezone(&Local).date_naive()),
        None => "Nog nooit".to_string(),
    }
}

/// Exports dossier `id` with every change made on this page, and notes when.
pub fn exporteer_dossier(state: AppState, id: &str) -> Result<(), String> {
    let o = state.actueel(id).ok_or_else(|| "Dit dossier bestaat niet meer.".to_string())?;
    exporteer(&o.dossier)?;
    state.bewaren.geexporteerd(id, browser::nu());
    Ok(())
}

/// The reminder for a dossier, if it has gone a week with changes and without an export.
fn herinnering(state: AppState, o: &Opgeslagen) -> Option<Herinnering> {
    let k = state.bewaren.van(&o.id);
    exportherinnering(&o.dossier, k.geexporteerd, k.geimporteerd, browser::nu())
}

/// On a dossier's own page: a calm reminder with the export next to it.
#[component]
pub fn ExportHerinnering(id: String) -> impl IntoView {
    let state = app_state();
    let id = StoredValue::new(id);
    let fout = RwSignal::new(None::<String>);
    let melding = move || state.met_dossier(&id.get_value(), |o| herinnering(state, o)).flatten().map(|h| h.melding());
    // Whether it shows changes the view; the text follows the dossier as it changes.
    let toon = Memo::new(move |_| melding().is_some());
    move || {
        toon.get().then(|| {
            view! {
                <div class="melding herinnering" role="status">
                    <p>{move || melding().unwrap_or_default()}</p>
                    <button
                        type="button"
                        on:click=move |_| fout.set(exporteer_dossier(state, &id.get_value()).err())
                    >
                        "Nu exporteren"
                    </button>
                    {move || fout.get().map(|m| view! { <p class="veldfout">{m}</p> })}
                </div>
            }
        })
    }
}

fn blijvend_tekst(antwoord: Option<Blijvend>) -> &'static str {
    match antwoord {
        None => {
            "Zodra u voor het eerst iets bewaart, vraagt Werkwaarde de browser deze gegevens blijvend te \
             bewaren."
        }
        Some(Blijvend::Gevraagd) => {
            "Werkwaarde heeft de browser gevraagd deze gegevens blijvend te bewaren; er is nog geen antwoord."
        }
        Some(Blijvend::Ja) => {
            "Blijvende opslag: ja. De browser ruimt deze gegevens niet zelf op, ook niet als de schijf vol raakt."
        }
        Some(Blijvend::Nee) => {
            "Blijvende opslag: nee. De browser kan deze gegevens opruimen als de schijf vol raakt. Exporteer \
             daarom regelmatig."
        }
        Some(Blijvend::NietOndersteund) => {
            "Blijvende opslag: niet ondersteund. Deze browser kan niet toezeggen de gegevens te bewaren. \
             Exporteer daarom regelmatig."
        }
    }
}

/// On the Dossiers page: where the data live, the browser's answer, the reminder, and one backup
/// file with every dossier.
#[component]
pub fn OpslagEnBackup() -> impl IntoView {
    let state = app_state();
    // The outcome of the last Alles exporteren: what to say, and whether it worked.
    let bericht = RwSignal::new(None::<String>);
    let gelukt = RwSignal::new(true);
    let te_lang = move || state.dossiers.with(|ds| ds.iter().filter(|o| herinnering(state, o).is_some()).count());
    let alles = move |_| {
        state.bewaar_wachtend();
        let nu = browser::nu();
        let dossiers = state.dossiers.get_untracked();
        let beschadigd = state.beschadigd.get_untracked();
        if dossiers.is_empty() && beschadigd.is_empty() {
            gelukt.set(false);
            bericht.set(Some("Er zijn nog geen dossiers om te exporteren.".to_string()));
            return;
        }
        let tekst = naar_backup(
            dossiers.iter().map(|o| &o.dossier),
            beschadigd.iter().map(|b| (b.sleutel.as_str(), b.ruw.as_str())),
            nu,
            APP_VERSION,
        );
        match browser::download(&backup_bestandsnaam(browser::vandaag()), "application/json", &tekst) {
            Ok(()) => {
                for o in &dossiers {
                    state.bewaren.geexporteerd(&o.id, nu);
                }
                let mut m = format!(
                    "Back-up gemaakt met {} {}",
                    dossiers.len(),
                    if dossiers.len() == 1 { "dossier" } else { "dossiers" }
                );
                if !beschadigd.is_empty() {
                    m.push_str(&format!(" en de ruwe tekst van {} beschadigd opgeslagen item(s)", beschadigd.len()));
                }
                m.push('.');
                gelukt.set(true);
                bericht.set(Some(m));
            }
            Err(m) => {
                gelukt.set(false);
                bericht.set(Some(m));
            }
        }
    };
    view! {
        <section aria-labelledby="bewaren-kop">
            <h2 id="bewaren-kop">"Opslag en back-up"</h2>
            <p>
                "Uw dossiers staan in deze browser, op dit apparaat, en worden nergens heen gestuurd. Wie de "
                "browsergegevens van deze site wist (cookies en sitegegevens), wist ook de dossiers. Een export "
                "is uw reservekopie."
            </p>
            <p role="status">{move || blijvend_tekst(state.bewaren.blijvend())}</p>
            <div role="status">
                <p class="melding herinnering">
                    {move || match te_lang() {
                        0 => String::new(),
                        1 => "Eén dossier is gewijzigd en al een week of langer niet geëxporteerd.".to_string(),
                        n => format!("{n} dossiers zijn gewijzigd en al een week of langer niet geëxporteerd."),
                    }}
                </p>
            </div>
            <button type="button" on:click=alles>"Alles exporteren"</button>
            <p class="hint">
                "Eén bestand met al uw dossiers. Importeer het onder Importeren, in deze of een andere browser: "
                "elk dossier komt er als nieuw dossier bij."
            </p>
            <div role="status">
                <p class=move || if gelukt.get() { "gelukt" } else { "veldfout" }>{move || bericht.get()}</p>
            </div>
        </section>
    }
}
