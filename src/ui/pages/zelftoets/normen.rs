use leptos::prelude::*;

use super::model::model;
use crate::domain::keurmerk::{Normuitkomst, Status};
use crate::ui::widgets::UitlegBlok;

/// The computed outcomes of a part of the zelftoets, each with its uitleg.
/// `dienst`: only that Dienst's norms; `codes`: only these codes.
#[component]
pub fn NormenVan(
    hoofdnorm: u8,
    #[prop(optional)] dienst: Option<u8>,
    /// Empty: every code.
    #[prop(optional)]
    codes: Vec<String>,
) -> impl IntoView {
    let m = model();
    let codes = StoredValue::new(codes);
    let lijst = move || -> Vec<Normuitkomst> {
        m.uitkomst.with(|u| {
            u.uitkomsten
                .iter()
                .filter(|n| n.hoofdnorm == hoofdnorm)
                .filter(|n| dienst.is_none() || n.dienst == dienst)
                .filter(|n| codes.with_value(|c| c.is_empty() || c.contains(&n.code)))
                .cloned()
                .collect()
        })
    };
    move || {
        lijst()
            .into_iter()
            .map(|n| {
                view! {
                    <div class=format!("berekend {}", status_klasse(n.status))>
                        <p><strong>{format!("{} — {}", n.code, n.status.naam())}</strong>": "{n.melding.clone()}</p>
                        <UitlegBlok uitleg=n.uitleg.clone()/>
                    </div>
                }
            })
            .collect_view()
    }
}

pub fn status_klasse(s: Status) -> &'static str {
    match s {
        Status::Voldoet => "voldoet",
        Status::VoldoetNiet => "niet",
        Status::NietVanToepassing => "nvt",
        Status::Onbekend => "onbekend",
    }
}
