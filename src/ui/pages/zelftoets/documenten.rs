//! The aanvraag- en auditchecklist as a table: shown under the documents on the hoofdnorm 1 step
//! and in the zelftoets-rapport.

use leptos::prelude::*;

use crate::domain::datum::lange_datum;
use crate::domain::keurmerk::hoofdnorm1::Documentstatus;
use crate::domain::keurmerk::Status;

#[component]
pub fn DocumentenTabel(documenten: Vec<Documentstatus>) -> impl IntoView {
    view! {
        <table class="documenten">
            <caption>"Stand van de checklist voor aanvraag en audit (§5.1.1)"</caption>
            <thead>
                <tr>
                    <th scope="col">"Document"</th>
                    <th scope="col">"Aanwezig"</th>
                    <th scope="col">"Datum"</th>
                    <th scope="col">"Leeftijd (teruggerekend vanaf de peildatum)"</th>
                    <th scope="col">"Stand"</th>
                </tr>
            </thead>
            <tbody>
                {documenten.into_iter().map(|d| {
                    let klasse = match d.status {
                        Status::Voldoet => "voldoet",
                        Status::VoldoetNiet => "niet",
                        Status::Onbekend => "onbekend",
                        Status::NietVanToepassing => "nvt",
                    };
                    let aanwezig = match d.aanwezig {
                        Some(true) => "ja",
                        Some(false) => "nee",
                        None => "—",
                    };
                    let stand = if d.waarschuwingen.is_empty() {
                        d.status.naam().to_string()
                    } else {
                        format!("{}: {}", d.status.naam(), d.waarschuwingen.join(" "))
                    };
                    view! {
                        <tr class=klasse>
                            <th scope="row">{d.naam}</th>
                            <td>{aanwezig}</td>
                            <td>{d.datum.map_or_else(|| "—".to_string(), lange_datum)}</td>
                            <td>{d.leeftijd.unwrap_or_else(|| "—".to_string())}</td>
                            <td>{stand}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
