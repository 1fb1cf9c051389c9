use leptos::prelude::*;

use super::{exportdatum, lokale_tijd, DossierActies};
use crate::store::Opgeslagen;
use crate::ui::pagina::pagina;
use crate::ui::route::Route;
use crate::ui::state::app_state;

#[component]
pub fn DossierLijst(#[prop(into)] dossiers: Signal<Vec<Opgeslagen>>) -> impl IntoView {
    let bewaren = app_state().bewaren;
    view! {
        <Show
            when=move || dossiers.with(|d| !d.is_empty())
            fallback=|| view! { <p class="leeg">"Nog geen dossiers."</p> }
        >
            <table class="dossiers">
                <thead>
                    <tr>
                        <th scope="col">"Titel"</th>
                        <th scope="col">"Soort"</th>
                        <th scope="col">"Laatst gewijzigd"</th>
                        <th scope="col">"Laatst geëxporteerd"</th>
                        <th scope="col">"Acties"</th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || dossiers.get()
                        key=|o| (o.id.clone(), o.dossier.updated, o.dossier.title.clone())
                        let:o
                    >
                        <tr>
                            <th scope="row">
                                <a href=pagina().href(o.dossier.kind, &Route::Dossier(o.id.clone()))>{o.dossier.title.clone()}</a>
                            </th>
                            <td>{o.dossier.kind.naam()}</td>
                            <td>{lokale_tijd(o.dossier.updated)}</td>
                            <td>{
                                let id = o.id.clone();
                                move || exportdatum(bewaren.van(&id).geexporteerd)
                            }</td>
                            <td><DossierActies id=o.id.clone() na_verwijderen=None/></td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </Show>
    }
}
