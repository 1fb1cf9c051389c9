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

use crate::ui::browser;
use crate::ui::pagina::pagina;
use crate::ui::route::{Route, Stap};

/// Where each part of an examentraining is shown: the trainer's part has a page of its own
/// (`trainer/`), so the page every trainee loads does not carry the casus editor and the group's
/// overview; moving between the two is a page load, as between areas.
#[derive(Clone, Copy)]
pub struct Delen {
    /// The part's view, for the parts this page shows.
    pub toon: fn(String, Stap) -> AnyView,
    /// Whether this page shows the part.
    pub hier: fn(Stap) -> bool,
}

/// The examen page: every part but the trainer's.
pub const EXAMENPAGINA: Delen = Delen { toon: examendeel, hier: |s| s != Stap::Trainer };
/// The trainer's page: only the trainer's part.
pub const TRAINERPAGINA: Delen =
    Delen { toon: |_, _| view! { <trainer::TrainerDeel/> }.into_any(), hier: |s| s == Stap::Trainer };
/// One wasm for every part (`alles`, measured by `make bench` only).
pub const ALLE_DELEN: Delen = Delen {
    toon: |id, s| match s {
        Stap::Trainer => view! { <trainer::TrainerDeel/> }.into_any(),
        s => examendeel(id, s),
    },
    hier: |_| true,
};

fn examendeel(id: String, stap: Stap) -> AnyView {
    match stap {
        Stap::Examen => view! { <zitting::ExamenDeel/> }.into_any(),
        Stap::Resultaten => view! { <resultaten::ResultatenDeel/> }.into_any(),
        Stap::Simulator => view! { <simulator::SimulatorDeel/> }.into_any(),
        Stap::Pakket => view! { <pakket::PakketDeel dossier=id/> }.into_any(),
        _ => view! { <oefenen::OefenDeel/> }.into_any(),
    }
}

/// The address of part `stap` of dossier `id`: here, or on the page that shows it.
fn deel_href(delen: Delen, id: &str, stap: Stap) -> String {
    let route = Route::Stap(id.to_string(), stap).href();
    if (delen.hier)(stap) {
        return route;
    }
    let map = if stap == Stap::Trainer { "trainer/" } else { "examen/" };
    format!("{}{map}{route}", pagina().naar_start)
}

#[component]
pub fn Examentraining(id: String, #[prop(into)] stap: Signal<Stap>, delen: Delen) -> impl IntoView {
    // Choosing another part changes only which part is shown: the model stays.
    let stap = Memo::new(move |_| stap.get());
    provide_context(ExamenModel::voor(id.clone()));
    let nav = Stap::EXAMEN
        .into_iter()
        .map(|st| {
            let huidig = move || (st == stap.get()).then_some("page");
            view! {
                <li class:huidig=move || st == stap.get()>
                    <a href=deel_href(delen, &id, st) aria-current=huidig>{st.naam()}</a>
                </li>
            }
        })
        .collect_view();
    let id = StoredValue::new(id);
    view! {
        <nav class="stappen delen niet-printen" aria-label="Onderdelen van de examentraining">
            <ol>{nav}</ol>
        </nav>
        <section class="stap" aria-labelledby="stap-kop">
            <h2 id="stap-kop">{move || stap.get().naam()}</h2>
            {move || {
                let st = stap.get();
                if (delen.hier)(st) {
                    (delen.toon)(id.get_value(), st)
                } else {
                    // A part of the other page (an old link, a dossier opened from the list here):
                    // that page shows it.
                    let elders = deel_href(delen, &id.get_value(), st);
                    browser::vervang_locatie(&elders);
                    view! { <p class="wacht" role="status">{format!("{} wordt geopend…", st.naam())}</p> }.into_any()
                }
            }}
        </section>
    }
}
