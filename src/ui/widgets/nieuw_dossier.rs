use leptos::prelude::*;

use crate::dossier::DossierSoort;
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::app_state;

/// Creates a dossier and opens it. With `vaste_soort` the kind is fixed (on an area's page).
#[component]
pub fn NieuwDossier(vaste_soort: Option<DossierSoort>) -> impl IntoView {
    let state = app_state();
    let titel = RwSignal::new(String::new());
    let soort = RwSignal::new(vaste_soort.unwrap_or(DossierSoort::Zelftoets));
    let fout = RwSignal::new(None::<String>);
    let id_basis = vaste_soort.map(|s| s.sleutel()).unwrap_or("alle");
    let titel_id = format!("nieuw-titel-{id_basis}");
    let fout_id = format!("nieuw-fout-{id_basis}");

    let maak = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.maak(soort.get_untracked(), &titel.get_untracked()) {
            Ok(id) => {
                fout.set(None);
                titel.set(String::new());
                browser::ga_naar(&Route::Dossier(id).href());
            }
            Err(melding) => fout.set(Some(melding)),
        }
    };

    let soort_keuze = vaste_soort.is_none().then(|| {
        view! {
            <div class="veld">
                <label for="nieuw-soort">"Soort"</label>
                <select
                    id="nieuw-soort"
                    on:change=move |ev| {
                        if let Some(s) = DossierSoort::uit_sleutel(&event_target_value(&ev)) {
                            soort.set(s);
                        }
                    }
                >
                    {DossierSoort::ALLE
                        .into_iter()
                        .map(|s| {
                            view! {
                                <option value=s.sleutel() selected=move || soort.get() == s>
                                    {s.naam()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    });

    let fout_id_veld = fout_id.clone();
    view! {
        <form class="formulier rij" on:submit=maak novalidate>
            <div class="veld">
                <label for=titel_id.clone()>"Titel"</label>
                <input
                    id=titel_id
                    type="text"
                    autocomplete="off"
                    prop:value=move || titel.get()
                    on:input=move |ev| titel.set(event_target_value(&ev))
                    aria-invalid=move || fout.with(Option::is_some).then_some("true")
                    aria-describedby=move || fout.with(Option::is_some).then(|| fout_id_veld.clone())
                />
                {move || {
                    fout.get()
                        .map(|m| view! { <p class="veldfout" id=fout_id.clone()>{m}</p> })
                }}
            </div>
            {soort_keuze}
            <button type="submit">"Aanmaken"</button>
        </form>
    }
}
