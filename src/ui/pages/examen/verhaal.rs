use leptos::prelude::*;

use crate::domain::examen::casus::Opgave;
use crate::domain::getal::{euro, nl_kort};

/// What a deskundige works from: the werkplek, both accounts, the observations and the
/// normfunctie. Never the Gouden Standaard.
#[component]
pub fn CasusVerhaal(casus: Opgave) -> impl IntoView {
    let n = casus.normfunctie.clone();
    let v = casus.verhaal.clone();
    view! {
        <article class="casus" aria-labelledby=format!("casus-{}", casus.id)>
            <h3 id=format!("casus-{}", casus.id)>{casus.titel.clone()}</h3>
            <p class="hint">{format!("{} · {}", casus.sector, casus.niveau.naam())}</p>
            <h4>"Werkplek"</h4>
            <p class="vrije-tekst">{v.werkplek}</p>
            <h4>"Wat de werkgever vertelt"</h4>
            <p class="vrije-tekst">{v.werkgever}</p>
            <h4>"Wat de werknemer vertelt"</h4>
            <p class="vrije-tekst">{v.werknemer}</p>
            <h4>"Waarnemingen"</h4>
            <ul>{v.observaties.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
            <h4>"Normfunctie"</h4>
            <dl class="kenmerken">
                <dt>"Functie"</dt><dd>{n.naam}</dd>
                <dt>"Bron"</dt><dd>{n.bron}</dd>
                <dt>"Normloon"</dt><dd>{format!("{} per uur", euro(n.normloon))}</dd>
                <dt>"Voltijd"</dt><dd>{format!("{} uur per week", nl_kort(n.voltijd_uren, 2))}</dd>
                <dt>"Contract"</dt>
                <dd>{format!("{} uur per week over {} dagen", nl_kort(n.contracturen, 2), nl_kort(n.werkdagen, 1))}</dd>
            </dl>
        </article>
    }
}
