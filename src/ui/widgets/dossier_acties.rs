use leptos::prelude::*;

use super::exporteer_dossier;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::app_state;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Modus {
    Knoppen,
    Hernoemen,
    Verwijderen,
}

/// Rename, duplicate, export and delete (after confirmation) for one dossier.
/// `na_verwijderen` is where to go once it is gone (from its own page: the list).
#[component]
pub fn DossierActies(id: String, na_verwijderen: Option<Route>) -> impl IntoView {
    let state = app_state();
    let modus = RwSignal::new(Modus::Knoppen);
    let nieuwe_titel = RwSignal::new(String::new());
    let fout = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let titel = move || state.met_dossier(&id.get_value(), |o| o.dossier.title.clone()).unwrap_or_default();
    let veld_id = move || format!("hernoem-{}", id.get_value());
    let fout_id = move || format!("hernoem-fout-{}", id.get_value());
    let na_verwijderen = StoredValue::new(na_verwijderen);

    let hernoem = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.hernoem(&id.get_value(), &nieuwe_titel.get_untracked()) {
            Ok(()) => {
                fout.set(None);
                modus.set(Modus::Knoppen);
            }
            Err(m) => fout.set(Some(m)),
        }
    };

    move || match modus.get() {
        Modus::Knoppen => view! {
            <div class="acties">
                <button
                    type="button"
                    on:click=move |_| {
                        nieuwe_titel.set(titel());
                        fout.set(None);
                        modus.set(Modus::Hernoemen);
                    }
                >
                    "Hernoemen"
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        if let Some(nieuw) = state.dupliceer(&id.get_value()) {
                            browser::ga_naar(&Route::Dossier(nieuw).href());
                        }
                    }
                >
                    "Dupliceren"
                </button>
                <button
                    type="button"
                    on:click=move |_| fout.set(exporteer_dossier(state, &id.get_value()).err())
                >
                    "Exporteren"
                </button>
                <button type="button" class="gevaar" on:click=move |_| modus.set(Modus::Verwijderen)>
                    "Verwijderen"
                </button>
                {move || fout.get().map(|m| view! { <p class="veldfout">{m}</p> })}
            </div>
        }
        .into_any(),
        Modus::Hernoemen => view! {
            <form class="acties" on:submit=hernoem novalidate>
                <label for=veld_id()>{move || format!("Nieuwe titel voor \u{2018}{}\u{2019}", titel())}</label>
                <input
                    id=veld_id()
                    type="text"
                    autocomplete="off"
                    prop:value=move || nieuwe_titel.get()
                    on:input=move |ev| nieuwe_titel.set(event_target_value(&ev))
                    aria-invalid=move || fout.with(Option::is_some).then_some("true")
                    aria-describedby=move || fout.with(Option::is_some).then(fout_id)
                />
                {move || fout.get().map(|m| view! { <p class="veldfout" id=fout_id()>{m}</p> })}
                <button type="submit">"Opslaan"</button>
                <button type="button" on:click=move |_| modus.set(Modus::Knoppen)>"Annuleren"</button>
            </form>
        }
        .into_any(),
        Modus::Verwijderen => view! {
            <div class="acties bevestig" role="group" aria-label="Verwijderen bevestigen">
                <p>
                    {move || format!("\u{2018}{}\u{2019} definitief verwijderen? ", titel())}
                    "Dit kan niet ongedaan worden gemaakt; exporteer het eerst als u het wilt bewaren."
                </p>
                <button
                    type="button"
                    class="gevaar"
                    on:click=move |_| {
                        state.verwijder(&id.get_value());
                        if let Some(r) = na_verwijderen.get_value() {
                            browser::ga_naar(&r.href());
                        }
                    }
                >
                    "Ja, verwijderen"
                </button>
                <button type="button" on:click=move |_| modus.set(Modus::Knoppen)>"Annuleren"</button>
            </div>
        }
        .into_any(),
    }
}
