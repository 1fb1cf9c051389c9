use leptos::prelude::*;

/// The hint beside every date field. Date fields are text fields read by `lezen::lees_datum`:
/// the browser's own date field shows its language's format (mm/dd/yyyy in an English browser).
pub const DATUM_HINT: &str = "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 1-3-2026.";

/// A labelled input with its error (blocking) or finding (to look at) shown at the field.
#[component]
pub fn Veld(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] waarde: Signal<String>,
    zet: Callback<String>,
    #[prop(into, optional)] fout: Signal<Option<String>>,
    #[prop(into, optional)] let_op: Signal<Option<String>>,
    #[prop(optional)] verborgen_label: bool,
    #[prop(default = "text")] soort: &'static str,
    #[prop(optional)] decimaal: bool,
    #[prop(optional)] meerregelig: bool,
    #[prop(optional)] achter: Option<&'static str>,
) -> impl IntoView {
    let melding_id = format!("{id}-melding");
    // A date is typed as text (`soort` "date" only adds the hint): see `DATUM_HINT`.
    let datum_hint = (soort == "date").then(|| format!("{id}-hint"));
    let soort = if soort == "date" { "text" } else { soort };
    let beschreven = {
        let melding_id = melding_id.clone();
        let datum_hint = datum_hint.clone();
        move || {
            let melding = (fout.with(Option::is_some) || let_op.with(Option::is_some)).then(|| melding_id.clone());
            let delen: Vec<String> = melding.into_iter().chain(datum_hint.clone()).collect();
            (!delen.is_empty()).then(|| delen.join(" "))
        }
    };
    let ongeldig = move || fout.with(Option::is_some).then_some("true");
    let invoer = if meerregelig {
        view! {
            <textarea
                id=id.clone()
                rows="2"
                prop:value=move || waarde.get()
                on:input=move |ev| zet.run(event_target_value(&ev))
                aria-invalid=ongeldig
                aria-describedby=beschreven
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=soort
                inputmode=decimaal.then_some("decimal")
                autocomplete="off"
                prop:value=move || waarde.get()
                on:input=move |ev| zet.run(event_target_value(&ev))
                aria-invalid=ongeldig
                aria-describedby=beschreven
            />
        }
        .into_any()
    };
    view! {
        <div class="veld" class:compact=verborgen_label>
            <label for=id class:sr=verborgen_label>{move || label.get()}</label>
            <div class="invoer-met-eenheid">
                {invoer}
                {achter.map(|a| view! { <span class="eenheid" aria-hidden="true">{a}</span> })}
            </div>
            {datum_hint.map(|h| view! { <p class="hint" id=h>{DATUM_HINT}</p> })}
            {move || {
                let melding_id = melding_id.clone();
                match (fout.get(), let_op.get()) {
                    (Some(f), _) => Some(view! { <p class="veldfout" id=melding_id>{f}</p> }.into_any()),
                    (None, Some(l)) => Some(view! { <p class="veldlet-op" id=melding_id>{l}</p> }.into_any()),
                    _ => None,
                }
            }}
        </div>
    }
}
