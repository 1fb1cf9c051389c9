//! The practice casussen, fetched from `casussen/` only when the examentraining needs them and
//! kept for the rest of the visit.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::domain::examen::casus::{Casus, Casusindex};
use crate::ui::browser;
use crate::ui::pagina::pagina;

thread_local! {
    static CASUSSEN: RefCell<HashMap<String, Casus>> = RefCell::new(HashMap::new());
    static INDEX: RefCell<Option<Vec<Casusindex>>> = const { RefCell::new(None) };
}

/// The casussen's folder, beside the start page (`make build` copies `public/casussen/` there).
fn map() -> String {
    pagina().bestand("casussen/")
}

pub async fn index() -> Result<Vec<Casusindex>, String> {
    if let Some(i) = INDEX.with(|i| i.borrow().clone()) {
        return Ok(i);
    }
    let tekst = browser::haal_tekst(&format!("{}index.json?v={}", map(), crate::APP_VERSION)).await?;
    let lijst: Vec<Casusindex> = serde_json::from_str(&tekst).map_err(|_| {
        "De lijst met casussen kan niet worden geladen: het bestand is beschadigd. Herlaad de pagina.".to_string()
    })?;
    INDEX.with(|i| *i.borrow_mut() = Some(lijst.clone()));
    Ok(lijst)
}

pub async fn casus(id: &str) -> Result<Casus, String> {
    if let Some(c) = CASUSSEN.with(|c| c.borrow().get(id).cloned()) {
        return Ok(c);
    }
    // Ids come from the index or from a stored dossier: only plain names reach the URL.
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(format!("De casus ‘{id}’ bestaat niet. Kies een casus uit de lijst."));
    }
    let tekst = browser::haal_tekst(&format!("{}{id}.json?v={}", map(), crate::APP_VERSION)).await?;
    let c: Casus = serde_json::from_str(&tekst)
        .map_err(|_| format!("Casus {id} kan niet worden geladen: het bestand is beschadigd. Herlaad de pagina."))?;
    CASUSSEN.with(|m| m.borrow_mut().insert(id.to_string(), c.clone()));
    Ok(c)
}
