use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::state::app_state;

/// Stored entries that no longer read as a dossier: shown with the reason, their raw text can be
/// saved as a file, and they are removed only on request.
#[component]
pub fn BeschadigdeOpslag() -> impl IntoView {
    let state = app_state();
    let te_verwijderen = RwSignal::new(None::<String>);
    let fout = RwSignal::new(None::<String>);
    view! {
        <Show when=move || state.beschadigd.with(|b| !b.is_empty())>
            <section class="beschadigd" aria-labelledby="beschadigd-kop">
                <h2 id="beschadigd-kop">"Beschadigde opslag"</h2>
                <p>
                    "Deze opgeslagen gegevens konden niet als dossier worden gelezen. De andere "
                    "dossiers werken gewoon. Sla de ruwe tekst op om te bewaren wat er nog in staat."
                </p>
                {move || fout.get().map(|m| view! { <p class="veldfout">{m}</p> })}
                <ul>
                    <For each=move || state.beschadigd.get() key=|b| b.sleutel.clone() let:b>
                        {
                            let sleutel = StoredValue::new(b.sleutel.clone());
                            let ruw = StoredValue::new(b.ruw.clone());
                            view! {
                                <li>
                                    <p><code>{b.sleutel.clone()}</code> " — " {b.melding.clone()}</p>
                                    <button
                                        type="button"
                                        on:click=move |_| {
                                            let naam = format!("{}.txt", sleutel.get_value().replace('.', "-"));
                                            fout.set(browser::download(&naam, "text/plain", &ruw.get_value()).err());
                                        }
                                    >
                                        "Ruwe tekst opslaan"
                                    </button>
                                    {move || {
                                        if te_verwijderen.get().as_deref() == Some(sleutel.get_value().as_str()) {
                                            view! {
                                                <span role="group" aria-label="Verwijderen bevestigen">
                                                    " Definitief verwijderen? "
                                                    <button
                                                        type="button"
                                                        class="gevaar"
                                                        on:click=move |_| state.verwijder_beschadigd(&sleutel.get_value())
                                                    >
                                                        "Ja, verwijderen"
                                                    </button>
                                                    <button type="button" on:click=move |_| te_verwijderen.set(None)>
                                                        "Annuleren"
                                                    </button>
                                                </span>
                                            }
                                            .into_any()
                                        } else {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="gevaar"
                                                    on:click=move |_| te_verwijderen.set(Some(sleutel.get_value()))
                                                >
                                                    "Verwijderen"
                                                </button>
                                            }
                                            .into_any()
                                        }
                                    }}
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}
