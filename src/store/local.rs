//! localStorage through web-sys. Every call goes through `window.localStorage`, which can be
//! missing or throw (privacy settings), so nothing here assumes it exists.

use wasm_bindgen::JsCast;

use super::backend::{Backend, OpslagFout};

#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStorage;

impl LocalStorage {
    fn opslag() -> Result<web_sys::Storage, OpslagFout> {
        web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(OpslagFout::NietBeschikbaar)
    }
}

fn vertaal(fout: wasm_bindgen::JsValue) -> OpslagFout {
    match fout.dyn_ref::<web_sys::DomException>() {
        // Chromium and Firefox name it QuotaExceededError; old Firefox used the NS_ name.
        Some(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" => OpslagFout::Vol,
        Some(e) if e.name() == "SecurityError" => OpslagFout::NietBeschikbaar,
        Some(e) => OpslagFout::Anders(e.name()),
        None => OpslagFout::Anders(fout.as_string().unwrap_or_else(|| "onbekende fout".into())),
    }
}

impl Backend for LocalStorage {
    fn sleutels(&self) -> Result<Vec<String>, OpslagFout> {
        let opslag = Self::opslag()?;
        let aantal = opslag.length().map_err(vertaal)?;
        let mut sleutels = Vec::with_capacity(aantal as usize);
        for i in 0..aantal {
            if let Some(s) = opslag.key(i).map_err(vertaal)? {
                sleutels.push(s);
            }
        }
        Ok(sleutels)
    }

    fn lees(&self, sleutel: &str) -> Result<Option<String>, OpslagFout> {
        Self::opslag()?.get_item(sleutel).map_err(vertaal)
    }

    fn schrijf(&self, sleutel: &str, waarde: &str) -> Result<(), OpslagFout> {
        Self::opslag()?.set_item(sleutel, waarde).map_err(vertaal)
    }

    fn wis(&self, sleutel: &str) -> Result<(), OpslagFout> {
        Self::opslag()?.remove_item(sleutel).map_err(vertaal)
    }
}
