//! The aanvraag- en auditchecklist as a table: shown under the documents on the hoofdnorm 1 step
//! and in the zelftoets-rapport. Static HTML (`ui::html`): it is redrawn whole when it changes.

use crate::domain::datum::lange_datum;
use crate::domain::keurmerk::hoofdnorm1::Documentstatus;
use crate::domain::keurmerk::Status;
use crate::ui::html::Html;

pub fn documenten_tabel(documenten: &[Documentstatus]) -> String {
    let mut h = Html::new();
    h.open("table", "documenten")
        .el("caption", "", "Stand van de checklist voor aanvraag en audit (§5.1.1)")
        .kopregel(&["Document", "Aanwezig", "Datum", "Leeftijd (teruggerekend vanaf de peildatum)", "Stand"])
        .open("tbody", "");
    for d in documenten {
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
        let datum = d.datum.map_or_else(|| "—".to_string(), lange_datum);
        h.open("tr", klasse).open_met("th", &[("scope", "row")]).tekst(d.naam).sluit("th");
        for cel in [aanwezig, &datum, d.leeftijd.as_deref().unwrap_or("—"), &stand] {
            h.el("td", "", cel);
        }
        h.sluit("tr");
    }
    h.sluit("tbody").sluit("table");
    h.klaar()
}
