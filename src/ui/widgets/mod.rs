mod beschadigd;
mod bewaren;
mod dossier_acties;
mod dossier_lijst;
mod importeer;
mod nieuw_dossier;
mod opslag_melding;
mod samenvoeging;
mod uitleg;
mod veld;

pub use beschadigd::BeschadigdeOpslag;
pub use bewaren::{exportdatum, exporteer_dossier, ExportHerinnering, OpslagEnBackup};
pub use dossier_acties::DossierActies;
pub use dossier_lijst::DossierLijst;
pub use importeer::Importeer;
pub use nieuw_dossier::NieuwDossier;
pub use opslag_melding::OpslagMelding;
pub use samenvoeging::Samenvoeging;
pub use uitleg::UitlegBlok;
pub use veld::{Veld, DATUM_HINT};

use chrono::{DateTime, Local, Utc};

use crate::domain::datum::datum_tijd;
use crate::dossier::{self, Dossier, DossierSoort};
use crate::ui::browser;

/// One line on what each area holds, shared by the start page and the area pages.
pub fn gebied_omschrijving(soort: DossierSoort) -> &'static str {
    match soort {
        DossierSoort::Zelftoets => {
            concat!(
                "Toets uw organisatie aan de ",
                crate::domain::keurmerk::handleiding::handleiding_naam!(),
                ": organisatieprofiel, hoofdnormen 1 tot en met 3, de twaalf Diensten, de uitkomst, \
                 de sterrenberekening en de deadlines van uw meetperiode."
            )
        }
        DossierSoort::Loonwaarde => {
            "Bereken een loonwaarde volgens het stappenplan van de Regeling en de Uniforme \
             Loonwaardebepaling: taak-urenanalyse, scores per taak, Pi4 en Pi5, \
             loonkostensubsidie en een rapport om af te drukken."
        }
        DossierSoort::Examentraining => {
            "Oefen voor het examen Loonwaardedeskundige met casussen en hun Gouden Standaard, \
             beoordeeld op Pi5 binnen ±10%, en simuleer de validatie van een methodiek."
        }
    }
}

/// A moment in the user's own time zone, written the Dutch way.
pub fn lokale_tijd(moment: DateTime<Utc>) -> String {
    datum_tijd(moment.with_timezone(&Local).naive_local())
}

pub fn exporteer(d: &Dossier) -> Result<(), String> {
    browser::download(&dossier::bestandsnaam(d), "application/json", &dossier::naar_json(d))
}

/// Exports a loonwaarde dossier without names and free text.
pub fn exporteer_geanonimiseerd(id: &str) -> Result<(), String> {
    let state = crate::ui::state::app_state();
    let o = state.actueel(id).ok_or_else(|| "Dit dossier bestaat niet meer.".to_string())?;
    let anoniem = dossier::loonwaarde::anoniem_dossier(&o.dossier).map_err(|b| {
        format!("Dit dossier kan niet geanonimiseerd worden geëxporteerd; de gegevens zijn beschadigd. {}", b.tekst())
    })?;
    exporteer(&anoniem)
}
