//! Small wrappers around browser APIs the components need: the clock, randomness, downloads and
//! the address bar. Failures come back as Dutch messages, never as panics.

use chrono::{DateTime, Utc};
use wasm_bindgen::{JsCast, JsValue};

pub fn nu() -> DateTime<Utc> {
    Utc::now()
}

/// Today on the user's own calendar (local time), for "today" in the planner.
pub fn vandaag() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| nu().date_naive())
}

pub fn millis() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

pub fn toeval() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

pub fn hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

pub fn ga_naar(href: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(href.trim_start_matches('#'));
    }
}

/// Leaves this page for `url` (another area's page) without keeping this address in the history.
pub fn vervang_locatie(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

pub fn zet_titel(titel: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(titel);
    }
}

/// Moves keyboard and screen-reader focus to the page heading after navigation.
pub fn focus_op_kop() {
    let Some(w) = web_sys::window() else { return };
    let Some(d) = w.document() else { return };
    // A link to a specific field (from the uitkomst) has already put focus there: keep it.
    let in_veld =
        d.active_element().is_some_and(|e| e.matches("main input, main select, main textarea").unwrap_or(false));
    if in_veld {
        return;
    }
    if let Ok(Some(kop)) = d.query_selector("main h1") {
        if let Ok(kop) = kop.dyn_into::<web_sys::HtmlElement>() {
            let _ = kop.focus();
        }
    }
}

/// Offers `inhoud` as a file download without any request leaving the page.
pub fn download(bestandsnaam: &str, mime: &str, inhoud: &str) -> Result<(), String> {
    let fout = |_: JsValue| "Deze browser kon de download niet starten.".to_string();
    let document =
        web_sys::window().and_then(|w| w.document()).ok_or_else(|| "Geen browservenster beschikbaar.".to_string())?;
    let delen = js_sys::Array::of1(&JsValue::from_str(inhoud));
    let opties = web_sys::BlobPropertyBag::new();
    opties.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&delen, &opties).map_err(fout)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fout)?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fout)?.dyn_into().map_err(|_| fout(JsValue::NULL))?;
    a.set_href(&url);
    a.set_download(bestandsnaam);
    a.click();
    // The URL must outlive the click; release it on the next turn of the event loop.
    let vrijgeven = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(vrijgeven.unchecked_ref(), 1000);
    }
    Ok(())
}

/// Opens the browser's print dialog (print to PDF included).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
/// After the next navigation has rendered, moves focus to the element with this id (a link from
/// the uitkomst to the field it is about). The step may be rendered by a module that mounts
/// asynchronously, so this looks once per frame, for at most about two seconds.
pub fn focus_na_navigatie(element_id: String) {
    fn probeer(element_id: String, pogingen: u32) {
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&element_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match el {
            Some(el) => {
                el.scroll_into_view();
                let _ = el.focus();
            }
            None if pogingen > 0 => leptos::prelude::request_animation_frame(move || probeer(element_id, pogingen - 1)),
            None => {}
        }
    }
    // Start after the click's own navigation has begun, so the old step's field is not chosen.
    leptos::prelude::request_animation_frame(move || probeer(element_id, 120));
}

/// Whether the browser says it has no network (`navigator.onLine` is false). Looked up step by
/// step, so a browser without it counts as online.
pub fn is_offline() -> bool {
    use js_sys::Reflect;
    let Some(window) = web_sys::window() else { return false };
    Reflect::get(&window, &"navigator".into())
        .and_then(|n| Reflect::get(&n, &"onLine".into()))
        .ok()
        .and_then(|v| v.as_bool())
        == Some(false)
}

/// Fetches a file of the app's own origin as text (practice casussen, voorbeeld dossiers).
pub async fn haal_tekst(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    // The address and the HTTP status mean nothing to the user; the sentence says what to do.
    // Offline, what was opened before comes from the service worker's cache; what was not needs
    // the network once.
    let niet_geladen = || {
        if is_offline() {
            "U bent offline, en dit onderdeel is nog niet eerder geopend en daarom niet op dit apparaat \
             bewaard. Het heeft één keer een verbinding nodig; daarna werkt het ook offline."
                .to_string()
        } else {
            "Het onderdeel kon niet worden geladen. Controleer de verbinding en herlaad de pagina.".to_string()
        }
    };
    let fout = |_| niet_geladen();
    let window = web_sys::window().ok_or_else(|| "Geen browservenster beschikbaar.".to_string())?;
    let antwoord = JsFuture::from(window.fetch_with_str(url)).await.map_err(fout)?;
    let antwoord: web_sys::Response = antwoord.dyn_into().map_err(fout)?;
    if !antwoord.ok() {
        return Err(niet_geladen());
    }
    let tekst = JsFuture::from(antwoord.text().map_err(fout)?).await.map_err(fout)?;
    tekst.as_string().ok_or_else(niet_geladen)
}

/// Asks the browser to keep this site's data (`navigator.storage.persist()`): its answer, or
/// `None` where the browser has no such request. Looked up step by step, so a missing API never
/// throws.
pub async fn vraag_blijvende_opslag() -> Option<bool> {
    use js_sys::{Function, Promise, Reflect};
    let window: JsValue = web_sys::window()?.into();
    let navigator = Reflect::get(&window, &JsValue::from_str("navigator")).ok()?;
    let opslag = Reflect::get(&navigator, &JsValue::from_str("storage")).ok().filter(JsValue::is_object)?;
    let persist = Reflect::get(&opslag, &JsValue::from_str("persist")).ok()?.dyn_into::<Function>().ok()?;
    // A request that throws or is refused counts as "no".
    let Some(belofte) = persist.call0(&opslag).ok().and_then(|p| p.dyn_into::<Promise>().ok()) else {
        return Some(false);
    };
    Some(wasm_bindgen_futures::JsFuture::from(belofte).await.ok().and_then(|a| a.as_bool()).unwrap_or(false))
}
