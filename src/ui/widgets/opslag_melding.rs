use leptos::prelude::*;

use super::exporteer;
use crate::ui::route::Route;
use crate::ui::state::app_state;

/// Shown on every page while storage refuses writes or holds damaged entries.
#[component]
pub fn OpslagMelding() -> impl IntoView {
    let state = app_state();
    let niet_bewaard =
        move || state.niet_bewaard.get().into_iter().filter_map(|id| state.dossier(&id)).collect::<Vec<_>>();
    view! {
        {move || {
            state.opslag_fout.get().map(|fout| {
                view! {
                    <div class="melding fout" role="alert">
                        <p><strong>"Niet opgeslagen. "</strong>{fout.melding()}</p>
                        <ul>
                            {niet_bewaard()
                                .into_iter()
                                .map(|o| {
                                    let (d, id) = (o.dossier.clone(), o.id.clone());
                                    view! {
                                        <li>
                                            {o.dossier.title.clone()} " "
                                            <button
                                                type="button"
                                                on:click=move |_| {
                                                    if exporteer(&d).is_ok() {
                                                        state.bewaren.geexporteerd(&id, crate::ui::browser::nu());
                                                    }
                                                }
                                            >
                                                "Dit dossier exporteren"
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <button type="button" on:click=move |_| state.probeer_opnieuw()>"Opnieuw opslaan"</button>
                    </div>
                }
            })
        }}
        <Show when=move || state.beschadigd.with(|b| !b.is_empty())>
            <div class="melding waarschuwing" role="status">
                <p>
                    {move || {
                        let n = state.beschadigd.with(Vec::len);
                        if n == 1 {
                            "Eén opgeslagen dossier kon niet worden gelezen. ".to_string()
                        } else {
                            format!("{n} opgeslagen dossiers konden niet worden gelezen. ")
                        }
                    }}
                    <a href=crate::ui::pagina::pagina().schil_href(&Route::Dossiers)>"Bekijk ze onder Dossiers"</a>"."
                </p>
            </div>
        </Show>
    }
}
