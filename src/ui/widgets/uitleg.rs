use leptos::prelude::*;

use crate::domain::uitleg::Uitleg;

/// "Hoe berekend?": every figure opens to its formula, the user's own numbers and the source.
#[component]
pub fn UitlegBlok(uitleg: Uitleg, #[prop(optional)] titel: Option<&'static str>) -> impl IntoView {
    view! {
        <details class="uitleg">
            <summary>{titel.unwrap_or("Hoe berekend?")}</summary>
            <dl>
                <dt>"Formule"</dt>
                <dd>{uitleg.formule}</dd>
                <dt>"Berekening"</dt>
                <dd>{uitleg.berekening}</dd>
                {uitleg.norm.map(|n| view! { <dt>"Norm"</dt><dd>{n}</dd> })}
                <dt>"Bron"</dt>
                <dd>{uitleg.bron}</dd>
            </dl>
        </details>
    }
}
