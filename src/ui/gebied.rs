//! Areas built as their own wasm (code splitting): the shell imports an area's module only when
//! a dossier of that area is opened, and the area mounts itself into a placeholder element.
//! Both share browser storage; an area announces every save with a `werkwaarde-opgeslagen`
//! event so the shell reloads that dossier.

use wasm_bindgen::prelude::*;

/// The element an area mounts into.
pub const WORTEL_ID: &str = "gebied-wortel";
/// The window event an area dispatches after saving; `detail` is the dossier id.
pub const OPGESLAGEN: &str = "werkwaarde-opgeslagen";

#[wasm_bindgen(inline_js = r#"
const modules = new Map();
export function laad_gebied(basis, naam, versie, id, stap) {
  if (!modules.has(naam)) {
    const url = `${basis}${naam}/${naam}.js?v=${versie}`;
    modules.set(naam, import(url).then(async (m) => {
      await m.default({ module_or_path: `${basis}${naam}/${naam}_bg.wasm?v=${versie}` });
      return m;
    }).catch((e) => { modules.delete(naam); throw e; }));
  }
  return modules.get(naam).then((m) => m.toon(id, stap));
}
export function meld_opgeslagen(naam, id) {
  window.dispatchEvent(new CustomEvent(naam, { detail: id }));
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn laad_gebied(basis: &str, naam: &str, versie: &str, id: &str, stap: &str) -> Result<js_sys::Promise, JsValue>;
    fn meld_opgeslagen(naam: &str, id: &str);
}

/// Loads the area module `naam` (once) and shows dossier `id` at `stap` in the placeholder.
pub async fn laad(naam: &str, id: &str, stap: &str) -> Result<(), String> {
    let belofte = laad_gebied("/", naam, crate::APP_VERSION, id, stap)
        .map_err(|_| "Het onderdeel kon niet worden gestart.".to_string())?;
    wasm_bindgen_futures::JsFuture::from(belofte)
        .await
        .map(|_| ())
        .map_err(|_| "Het onderdeel kon niet worden geladen. Herlaad de pagina om het opnieuw te proberen.".to_string())
}

/// Tells the other wasm on the page that dossier `id` was saved.
pub fn meld_opslag(id: &str) {
    meld_opgeslagen(OPGESLAGEN, id);
}

/// Mounts an area's view into the placeholder, replacing whatever this module showed before. The
/// area gets its own app state (from the shared browser storage) and its own storage warnings.
#[cfg(any(feature = "zelftoets-ui", feature = "examen-ui", feature = "loonwaarde-ui"))]
fn monteer<V: leptos::prelude::IntoView + 'static>(maak: impl FnOnce() -> V + 'static) {
    use std::any::Any;
    use std::cell::RefCell;

    thread_local! {
        // Dropping the handle unmounts the previous view and disposes its reactive owner.
        static HUIDIG: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
    }
    HUIDIG.with(|h| h.borrow_mut().take());
    let wortel = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(WORTEL_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(wortel) = wortel else { return };
    wortel.set_inner_html("");
    let handle = leptos::mount::mount_to(wortel, move || {
        leptos::prelude::provide_context(super::state::AppState::laad());
        leptos::prelude::view! {
            <super::widgets::OpslagMelding/>
            {maak()}
        }
    });
    HUIDIG.with(|h| *h.borrow_mut() = Some(Box::new(handle)));
}

/// The zelftoets module's entry point: the zelftoets of dossier `id` at step `stap`.
#[cfg(feature = "zelftoets-ui")]
#[wasm_bindgen(js_name = toon)]
pub fn toon_zelftoets(id: String, stap: String) {
    use leptos::prelude::*;

    use super::pages::Zelftoets;
    use super::route::Stap;

    let stap = Stap::uit_sleutel(&stap).unwrap_or(Stap::Profiel);
    monteer(move || view! { <Zelftoets id=id stap=stap/> });
}

/// The examentraining module's entry point: dossier `id` at part `stap`.
#[cfg(feature = "examen-ui")]
#[wasm_bindgen(js_name = toon)]
pub fn toon_examen(id: String, stap: String) {
    use leptos::prelude::*;

    use super::pages::Examentraining;
    use super::route::Stap;

    let stap = Stap::uit_sleutel(&stap).unwrap_or(Stap::Oefenen);
    monteer(move || view! { <Examentraining id=id stap=stap/> });
}

/// The loonwaarde module's entry point: the calculator of dossier `id`, or its rapport.
#[cfg(feature = "loonwaarde-ui")]
#[wasm_bindgen(js_name = toon)]
pub fn toon_loonwaarde(id: String, stap: String) {
    use leptos::prelude::*;

    use super::pages::{LoonwaardeCalculator, RapportPagina};

    monteer(move || {
        if stap == "rapport" {
            view! { <RapportPagina id=id/> }.into_any()
        } else {
            view! { <LoonwaardeCalculator id=id/> }.into_any()
        }
    });
}
