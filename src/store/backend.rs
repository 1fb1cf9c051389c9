//! The storage a store writes to: the browser's localStorage in the app, memory in tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpslagFout {
    /// The browser's storage quota is used up (`QuotaExceededError`).
    Vol,
    /// Storage is switched off or blocked (private mode, site settings).
    NietBeschikbaar,
    /// The write was accepted, but reading it back gave something else.
    NietGelijk,
    Anders(String),
}

impl OpslagFout {
    pub fn melding(&self) -> String {
        match self {
            OpslagFout::Vol => "De opslag van deze browser is vol: de laatste wijziging is niet \
                bewaard. Ze staat nog in dit tabblad. Exporteer het dossier, of maak ruimte door \
                dossiers te verwijderen en probeer het opnieuw."
                .to_string(),
            OpslagFout::NietBeschikbaar => "Deze browser staat Werkwaarde niet toe gegevens op te \
                slaan (bijvoorbeeld in een privévenster of door de instellingen). U kunt werken en \
                exporteren, maar na het sluiten van dit tabblad is niets bewaard."
                .to_string(),
            OpslagFout::NietGelijk => "De browser nam de laatste wijziging aan, maar bij teruglezen \
                stond er iets anders: ze is niet zeker bewaard. Ze staat nog in dit tabblad. \
                Exporteer het dossier en probeer het opnieuw."
                .to_string(),
            // The browser's own error name (`InvalidStateError`) is kept for a developer, not shown.
            OpslagFout::Anders(_) => {
                "Opslaan in de browser is mislukt. Exporteer uw dossier om niets te verliezen.".to_string()
            }
        }
    }
}

pub trait Backend {
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout>;
    fn lees(&self, sleutel: &str) -> Result<Option<String>, OpslagFout>;
    fn schrijf(&self, sleutel: &str, waarde: &str) -> Result<(), OpslagFout>;
    fn wis(&self, sleutel: &str) -> Result<(), OpslagFout>;
}

/// An in-memory backend with an optional size limit in characters, as browsers count quota.
#[derive(Debug, Default)]
pub struct Geheugen {
    pub items: RefCell<BTreeMap<String, String>>,
    pub limiet: Option<usize>,
}

impl Geheugen {
    pub fn met_limiet(limiet: usize) -> Self {
        Geheugen { items: RefCell::default(), limiet: Some(limiet) }
    }

    fn gebruikt_zonder(&self, sleutel: &str) -> usize {
        self.items
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != sleutel)
            .map(|(k, v)| k.chars().count() + v.chars().count())
            .sum()
    }
}

impl Backend for Geheugen {
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        Ok(self.items.borrow().keys().cloned().collect())
    }

    fn lees(&self, sleutel: &str) -> Result<Option<String>, OpslagFout> {
        Ok(self.items.borrow().get(sleutel).cloned())
    }

    fn schrijf(&self, sleutel: &str, waarde: &str) -> Result<(), OpslagFout> {
        if let Some(limiet) = self.limiet {
            let nodig = self.gebruikt_zonder(sleutel) + sleutel.chars().count() + waarde.chars().count();
            if nodig > limiet {
                return Err(OpslagFout::Vol);
            }
        }
        self.items.borrow_mut().insert(sleutel.to_string(), waarde.to_string());
        Ok(())
    }

    fn wis(&self, sleutel: &str) -> Result<(), OpslagFout> {
        self.items.borrow_mut().remove(sleutel);
        Ok(())
    }
}
