use leptos::prelude::*;

use super::casussen;
use super::model::model;
use super::nakijken::Nakijkblok;
use super::verhaal::CasusVerhaal;
use crate::domain::examen::casus::{Casus, Casusindex};
use crate::dossier::loonwaarde::LoonwaardeData;
use crate::ui::pages::loonwaarde::{Rekenblad, Rekenmodel};

/// Oefenmodus: choose a casus, read it, work it in the calculator, then nakijken.
#[component]
pub fn OefenDeel() -> impl IntoView {
    let m = model();
    let index = LocalResource::new(casussen::index);
    let huidige = Memo::new(move |_| m.data.with(|d| d.huidige_casus.clone()));
    view! {
        <p class="hint">
            "Kies een casus, lees hem en werk hem uit in de rekenhulp. Met "<strong>"Nakijken"</strong>
            " ziet u of uw Pi5 binnen de bandbreedte van ±10% van de Gouden Standaard valt, en waar uw "
            "analyse verschilt. De casussen worden pas geladen als u dit onderdeel opent."
        </p>
        <Suspense fallback=|| view! { <p class="wacht" role="status">"De casussen worden geladen…"</p> }>
            {move || index.get().map(|r| match r {
                Err(f) => view! { <p class="veldfout" role="alert">{f}</p> }.into_any(),
                Ok(lijst) => view! { <Casuslijst lijst=lijst/> }.into_any(),
            })}
        </Suspense>
        {move || {
            let id = huidige.get();
            (!id.is_empty()).then(|| view! { <Werkplek casus_id=id/> })
        }}
    }
}

#[component]
fn Casuslijst(lijst: Vec<Casusindex>) -> impl IntoView {
    let m = model();
    let fout = RwSignal::new(None::<String>);
    let kies = move |id: String| {
        leptos::task::spawn_local(async move {
            match casussen::casus(&id).await {
                Ok(c) => {
                    fout.try_set(None);
                    m.data.try_update(|d| d.begin_poging(&c));
                    crate::ui::browser::focus_na_navigatie("werkplek-kop".into());
                }
                Err(f) => {
                    fout.try_set(Some(f));
                }
            }
        });
    };
    let stand = move |id: &str| {
        m.data.with(|d| match d.poging(id) {
            None => "nog niet geoefend",
            Some(p) if p.nagekeken => "nagekeken",
            Some(_) => "bezig",
        })
    };
    view! {
        <table class="dossiers casussen">
            <caption class="sr">"Oefencasussen"</caption>
            <thead><tr>
                <th scope="col">"Casus"</th><th scope="col">"Sector"</th><th scope="col">"Niveau"</th>
                <th scope="col">"Taken"</th><th scope="col">"Stand"</th><th scope="col"><span class="sr">"Kiezen"</span></th>
            </tr></thead>
            <tbody>
                {lijst.into_iter().map(|c| {
                    let id = c.id.clone();
                    let id2 = c.id.clone();
                    let id2 = StoredValue::new(id2);
                    let gekozen = move || m.data.with(|d| id2.with_value(|i| d.huidige_casus == *i));
                    let titel = c.titel.clone();
                    let label = move || format!("{}: {titel}", if gekozen() { "Gekozen" } else { "Oefenen" });
                    view! {
                        <tr class:gekozen=gekozen>
                            <th scope="row">{c.titel.clone()}</th>
                            <td>{c.sector.clone()}</td>
                            <td>{c.niveau.naam()}</td>
                            <td>{c.taken}</td>
                            <td>{let id = c.id.clone(); move || stand(&id)}</td>
                            <td><button type="button" aria-label=label on:click=move |_| kies(id.clone())>
                                {move || if gekozen() { "Gekozen" } else { "Oefenen" }}
                            </button></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        {move || fout.get().map(|f| view! { <p class="veldfout" role="alert">{f}</p> })}
    }
}

/// The chosen casus: its text beside the calculator, and nakijken.
#[component]
fn Werkplek(casus_id: String) -> impl IntoView {
    let id = StoredValue::new(casus_id.clone());
    let casus = LocalResource::new(move || {
        let id = id.get_value();
        async move { casussen::casus(&id).await }
    });
    view! {
        <Suspense fallback=|| view! { <p class="wacht" role="status">"De casus wordt geladen…"</p> }>
            {move || casus.get().map(|r| match r {
                Err(f) => view! { <p class="veldfout" role="alert">{f}</p> }.into_any(),
                Ok(c) => view! { <Uitwerking casus=c/> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Uitwerking(casus: Casus) -> impl IntoView {
    let m = model();
    let cid = StoredValue::new(casus.id.clone());
    let begin = m.data.with(|d| d.poging(&casus.id).map(|p| p.werk.clone())).unwrap_or_default();
    let werk = RwSignal::new(begin);
    // The calculator edits its own signal; every change is written into this attempt.
    Effect::new(move |vorige: Option<()>| {
        let w: LoonwaardeData = werk.get();
        if vorige.is_some() {
            m.data.update(|d| {
                if let Some(p) = d.poging_mut(&cid.get_value()) {
                    p.werk = w;
                }
            });
        }
    });
    let nagekeken = move || m.data.with(|d| d.poging(&cid.get_value()).is_some_and(|p| p.nagekeken));
    let zet_nagekeken = move |aan: bool| {
        m.data.update(|d| {
            if let Some(p) = d.poging_mut(&cid.get_value()) {
                p.nagekeken = aan;
            }
        })
    };
    let bevestig = RwSignal::new(false);
    let opnieuw = move |_| {
        let c = cid.get_value();
        // Back to the list; choosing the casus again starts a fresh attempt.
        m.data.update(|d| {
            d.pogingen.retain(|p| p.casus != c);
            d.huidige_casus.clear();
        });
    };
    let rekenmodel = Rekenmodel::van(werk);
    let casus_voor_nakijken = StoredValue::new(casus.clone());
    view! {
        <h2 id="werkplek-kop" tabindex="-1">{format!("Casus: {}", casus.titel)}</h2>
        <details class="casustekst" open>
            <summary>"Casustekst (inklappen om meer ruimte te hebben)"</summary>
            <CasusVerhaal casus=casus.opgave.clone()/>
        </details>
        <h3>"Uw analyse"</h3>
        <Rekenblad m=rekenmodel/>
        <div class="acties">
            <button type="submit" on:click=move |_| zet_nagekeken(true)>"Nakijken"</button>
            <Show when=nagekeken>
                <button type="button" on:click=move |_| zet_nagekeken(false)>"Nakijken verbergen en verder werken"</button>
            </Show>
            <Show when=move || !bevestig.get()>
                <button type="button" class="gevaar" on:click=move |_| bevestig.set(true)>"Opnieuw beginnen met deze casus"</button>
            </Show>
        </div>
        <Show when=move || bevestig.get()>
            <div class="acties bevestig" role="group" aria-label="Opnieuw beginnen bevestigen">
                <p>"Uw analyse van deze casus wordt gewist. Doorgaan?"</p>
                <button type="button" class="gevaar" on:click=opnieuw>"Ja, wissen en opnieuw beginnen"</button>
                <button type="button" on:click=move |_| bevestig.set(false)>"Nee, behouden"</button>
            </div>
        </Show>
        <Show when=nagekeken>
            {move || view! { <Nakijkblok casus=casus_voor_nakijken.get_value() werk=werk.get()/> }}
        </Show>
    }
}
