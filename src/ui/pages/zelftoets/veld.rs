use leptos::prelude::*;

use super::model::model;
use crate::dossier::invoer::{Invoerdef, Soort, JA_NEE, STATUSSEN};
use crate::ui::widgets::DATUM_HINT;

/// One question of a form defined as data; its message stands beside it.
#[component]
pub fn InvoerVeld(def: Invoerdef) -> impl IntoView {
    let m = model();
    let veld = def.veld;
    let html_id = format!("veld-{veld}");
    let melding_id = format!("{html_id}-melding");
    // Memos: an edit elsewhere re-renders this field only when its own value or message changed.
    let fout = Memo::new(move |_| m.fout(veld));
    let fout = move || fout.get();
    // A date is typed as text and read by `lezen::lees_datum`: the hint says how to write it.
    let hint = match (def.hint.clone(), matches!(def.soort, Soort::Datum)) {
        (Some(h), true) => Some(format!("{h} {DATUM_HINT}")),
        (None, true) => Some(DATUM_HINT.to_string()),
        (h, false) => h,
    };
    let beschreven = {
        let melding_id = melding_id.clone();
        let heeft_hint = hint.is_some();
        move || (fout().is_some() || heeft_hint).then(|| melding_id.clone())
    };
    let waarde = Memo::new(move |_| m.waarde(veld));
    let waarde = move || waarde.get();
    let zet = move |v: String| m.zet(veld, v);
    let keuzes = match def.soort {
        Soort::Keuze(opties) => Some(opties),
        Soort::Status => Some(STATUSSEN),
        Soort::JaNee => Some(JA_NEE),
        _ => None,
    };
    let invoer = match keuzes {
        Some(opties) => view! {
            <select id=html_id.clone() on:change=move |ev| zet(event_target_value(&ev)) aria-describedby=beschreven.clone()>
                {opties.iter().map(|(w, l)| {
                    let w = *w;
                    view! { <option value=w selected=move || waarde() == w>{*l}</option> }
                }).collect_view()}
            </select>
        }.into_any(),
        None => {
            let soort = def.soort;
            let (type_, mode) = match soort {
                Soort::Datum => ("text", None),
                Soort::Tekst => ("text", None),
                Soort::Aantal => ("text", Some("numeric")),
                _ => ("text", Some("decimal")),
            };
            view! {
                <input
                    id=html_id.clone()
                    type=type_
                    inputmode=mode
                    autocomplete="off"
                    prop:value=waarde
                    on:input=move |ev| zet(event_target_value(&ev))
                    aria-invalid=move || fout().is_some().then_some("true")
                    aria-describedby=beschreven
                />
            }.into_any()
        }
    };
    view! {
        <div class="veld">
            <label for=html_id>{def.label.clone()}</label>
            {invoer}
            <div id=melding_id>
                {move || fout().map(|f| view! { <p class="veldfout">{f}</p> })}
                {hint.map(|h| view! { <p class="hint">{h}</p> })}
            </div>
        </div>
    }
}
