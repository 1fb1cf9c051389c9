//! The zelftoets, walked through in steps: profiel, hoofdnorm 1, Diensten, tevredenheid,
//! uitkomst. Every answer is kept as typed; the verdict is recomputed on every edit.

mod diensten;
mod documenten;
mod hoofdnorm1;
mod model;
mod normen;
mod planner;
mod profiel;
mod rapport;
mod rijen;
mod sterren;
mod tevredenheid;
mod uitkomst;
mod veld;
mod vrijstelling;

use leptos::prelude::*;

pub use model::ZelftoetsModel;
pub use rapport::ZelftoetsRapport;

use crate::ui::route::{Route, Stap};

#[component]
pub fn Zelftoets(id: String, #[prop(into)] stap: Signal<Stap>) -> impl IntoView {
    // A step click changes only which step is shown: the model and its answers stay.
    let stap = Memo::new(move |_| stap.get());
    let model = ZelftoetsModel::voor(id.clone());
    provide_context(model);
    let u = model.uitkomst;
    let stappen = Stap::ALLE
        .into_iter()
        .map(|st| {
            let href = Route::Stap(id.clone(), st).href();
            let huidig = move || (st == stap.get()).then_some("step");
            let hoofdnorm = match st {
                Stap::Hoofdnorm1 => Some(1),
                Stap::Diensten => Some(2),
                Stap::Tevredenheid => Some(3),
                _ => None,
            };
            // A short state per step: what fails and what is still unknown.
            let teller = move || {
                hoofdnorm.map(|h| {
                    let t = u.with(|u| u.telling(h));
                    match (t.voldoet_niet, t.onbekend) {
                        (0, 0) if t.voldoet > 0 => "✓ in orde".to_string(),
                        (0, 0) => String::new(),
                        (n, 0) => format!("{n} voldoet niet"),
                        (0, o) => format!("{o} open"),
                        (n, o) => format!("{n} voldoet niet · {o} open"),
                    }
                })
            };
            view! {
                <li class:huidig=move || st == stap.get()>
                    <a href=href aria-current=huidig>{st.naam()}</a>
                    <span class="telling">{teller}</span>
                </li>
            }
        })
        .collect_view();
    let volgende = move || Stap::ALLE.into_iter().skip_while(|s| *s != stap.get()).nth(1);
    let id = StoredValue::new(id);
    view! {
        <nav class="stappen" aria-label="Stappen van de zelftoets">
            <ol>{stappen}</ol>
        </nav>
        <section class="stap" aria-labelledby="stap-kop">
            <h2 id="stap-kop">{move || stap.get().naam()}</h2>
            {move || match stap.get() {
                // Parts of another area's dossier fall back to the first step.
                Stap::Profiel
            | Stap::Oefenen
            | Stap::Examen
            | Stap::Resultaten
            | Stap::Simulator
            | Stap::Pakket
            | Stap::Trainer => {
                    view! { <profiel::ProfielStap/> }.into_any()
                }
                Stap::Uitkomst => view! { <uitkomst::UitkomstStap/> }.into_any(),
                Stap::Tevredenheid => view! { <tevredenheid::TevredenheidStap/> }.into_any(),
                Stap::Hoofdnorm1 => view! { <hoofdnorm1::Hoofdnorm1Stap/> }.into_any(),
                Stap::Diensten => view! { <diensten::DienstenStap/> }.into_any(),
                Stap::Sterren => view! { <sterren::SterrenStap/> }.into_any(),
                Stap::Planner => view! { <planner::PlannerStap/> }.into_any(),
                Stap::Vrijstelling => view! { <vrijstelling::VrijstellingStap/> }.into_any(),
            }}
            {move || volgende().map(|v| view! {
                <p class="verder"><a class="knop" href=Route::Stap(id.get_value(), v).href()>{format!("Verder: {}", v.naam())}</a></p>
            })}
        </section>
    }
}
