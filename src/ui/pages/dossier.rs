use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::app_state;
use crate::ui::widgets::{lokale_tijd, DossierActies};

#[component]
pub fn DossierPagina(id: String) -> impl IntoView {
    let state = app_state();
    let id = StoredValue::new(id);
    let opgeslagen = Memo::new(move |_| state.dossier(&id.get_value()));
    Effect::new(move |_| {
        let titel = opgeslagen.with(|o| o.as_ref().map(|o| o.dossier.title.clone()));
        browser::zet_titel(&format!("{} — Werkwaarde", titel.as_deref().unwrap_or("Dossier niet gevonden")));
    });

    move || match opgeslagen.get() {
        None => view! {
            <h1 tabindex="-1">"Dossier niet gevonden"</h1>
            <p>
                "Er is in deze browser geen dossier met dit adres. Het kan zijn verwijderd, of het "
                "staat in een andere browser: importeer dan het geëxporteerde bestand."
            </p>
            <p><a href=Route::Dossiers.href()>"Naar de dossiers"</a></p>
        }
        .into_any(),
        Some(o) => {
            let d = o.dossier;
            view! {
                <p class="kruimel"><a href=Route::Dossiers.href()>"Dossiers"</a> " › " {d.kind.naam()}</p>
                <h1 tabindex="-1">{d.title.clone()}</h1>
                <dl class="kenmerken">
                    <dt>"Soort"</dt>
                    <dd>{d.kind.naam()}</dd>
                    <dt>"Aangemaakt"</dt>
                    <dd>{lokale_tijd(d.created)}</dd>
                    <dt>"Laatst gewijzigd"</dt>
                    <dd>{lokale_tijd(d.updated)}</dd>
                    <dt>"Gemaakt met"</dt>
                    <dd>{format!("Werkwaarde {}", d.app_version)}</dd>
                </dl>
                <DossierActies id=o.id.clone() na_verwijderen=Some(Route::Dossiers)/>
                <section aria-labelledby="inhoud-kop">
                    <h2 id="inhoud-kop">"Inhoud"</h2>
                    <p>
                        {format!(
                            "De invoer en berekeningen voor {} volgen in een volgende versie van \
                             Werkwaarde. Dit dossier bewaart nu de gegevens hierboven; exporteren \
                             en importeren werken al.",
                            d.kind.naam(),
                        )}
                    </p>
                    <p><a href=Route::Gebied(d.kind).href()>{format!("Naar {}", d.kind.naam())}</a></p>
                </section>
            }
            .into_any()
        }
    }
}
