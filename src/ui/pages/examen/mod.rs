//! The examentraining for loonwaardedeskundigen (Loonwaardegids §3 and §5): practise casussen
//! against the Gouden Standaard, sit an exam of six casussen over two days, keep the results, and
//! simulate the validatie of a methodiek.

mod bestand;
mod casussen;
mod grafiek;
mod model;
mod nakijken;
mod oefenen;
mod pakket;
mod resultaten;
mod simulator;
mod trainer;
mod verhaal;
mod zitting;

use leptos::prelude::*;

use model::ExamenModel;

use crate::ui::route::{Route, Stap};

#[component]
pub fn Examentraining(id: String, #[prop(into)] stap: Signal<Stap>) -> impl IntoView {
    // Choosing another part changes only which part is shown: the model stays.
    let stap = Memo::new(move |_| stap.get());
    provide_context(ExamenModel::voor(id.clone()));
    let id2 = id.clone();
    let delen = Stap::EXAMEN
        .into_iter()
        .map(|st| {
            let huidig = move || (st == stap.get()).then_some("page");
            view! {
                <li class:huidig=move || st == stap.get()>
                    <a href=Route::Stap(id.clone(), st).href() aria-current=huidig>{st.naam()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="stappen delen niet-printen" aria-label="Onderdelen van de examentraining">
            <ol>{delen}</ol>
        </nav>
        <section class="stap" aria-labelledby="stap-kop">
            <h2 id="stap-kop">{move || stap.get().naam()}</h2>
            {move || match stap.get() {
                Stap::Examen => view! { <zitting::ExamenDeel/> }.into_any(),
                Stap::Resultaten => view! { <resultaten::ResultatenDeel/> }.into_any(),
                Stap::Simulator => view! { <simulator::SimulatorDeel/> }.into_any(),
                Stap::Pakket => view! { <pakket::PakketDeel dossier=id2.clone()/> }.into_any(),
                Stap::Trainer => view! { <trainer::TrainerDeel/> }.into_any(),
                _ => view! { <oefenen::OefenDeel/> }.into_any(),
            }}
        </section>
    }
}
