use leptos::prelude::*;
use serde_json::{Map, Value};

use crate::ui::state::app_state;

/// What this tab and another both changed differently in dossier `id`: each with both values and
/// the choice between them. Until chosen, this tab's value stands and nothing is discarded.
///
/// `naam` names a place in the area's data in words (its field's label); the JSON path follows
/// it for the expert.
#[component]
pub fn Samenvoeging(id: String, naam: fn(&Map<String, Value>, &str) -> Option<String>) -> impl IntoView {
    let state = app_state();
    let id = StoredValue::new(id);
    let hier = move || {
        state.conflicten.with(|c| {
            c.iter()
                .enumerate()
                .filter(|(_, (i, _))| *i == id.get_value())
                .map(|(n, (_, c))| (n, c.clone()))
                .collect::<Vec<_>>()
        })
    };
    move || {
        let lijst = hier();
        (!lijst.is_empty()).then(|| {
            view! {
                <section class="samenvoeging" role="region" aria-label="Wijzigingen uit een ander tabblad">
                    <h2>"Ook in een ander tabblad gewijzigd"</h2>
                    <p>
                        "Dit dossier is tegelijk in een ander tabblad gewijzigd. Wat alleen daar of alleen hier "
                        "veranderde, is samengevoegd. Hieronder staat wat op beide plaatsen anders werd: kies "
                        "per gegeven welke waarde blijft. Tot u kiest, geldt de waarde van dit tabblad."
                    </p>
                    <ul>
                        {lijst.into_iter().map(|(n, c)| {
                            let plaats = beschrijf(&c.pad, |pad| state.met_dossier(&id.get_value(), |o| naam(&o.dossier.data, pad)).flatten());
                            view! {
                            <li>
                                <p>
                                    <strong>{plaats}</strong>
                                    {format!(": hier {}, in het andere tabblad {}. ", waarde(&c.mijn), waarde(&c.hun))}
                                    <small>"(plaats: " <code>{c.pad.clone()}</code> ")"</small>
                                </p>
                                <button type="button" on:click=move |_| state.houd_mijn(n)>"Waarde van dit tabblad houden"</button>
                                <button type="button" on:click=move |_| state.neem_hun(n)>"Waarde uit het andere tabblad nemen"</button>
                            </li>
                        }}).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// The changed place in words: the title, the field's label, or (a place without one) "Een
/// gegeven"; the JSON path follows for the expert.
fn beschrijf(pad: &str, naam: impl Fn(&str) -> Option<String>) -> String {
    if pad == "$.title" {
        return "De titel".to_string();
    }
    naam(pad).unwrap_or_else(|| "Een gegeven".to_string())
}

fn waarde(v: &Option<Value>) -> String {
    match v {
        None => "leeg (verwijderd)".to_string(),
        Some(Value::String(s)) if s.is_empty() => "leeg".to_string(),
        Some(Value::String(s)) => format!("\u{201c}{s}\u{201d}"),
        Some(Value::Null) => "leeg".to_string(),
        Some(Value::Bool(true)) => "ja".to_string(),
        Some(Value::Bool(false)) => "nee".to_string(),
        Some(ander) => ander.to_string(),
    }
}
