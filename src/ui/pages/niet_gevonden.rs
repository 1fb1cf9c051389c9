use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::route::Route;

#[component]
pub fn NietGevonden(pad: String) -> impl IntoView {
    browser::zet_titel("Pagina niet gevonden — Werkwaarde");
    view! {
        <h1 tabindex="-1">"Pagina niet gevonden"</h1>
        <p>"Er is geen pagina op het adres " <code>{format!("#/{pad}")}</code> "."</p>
        <p><a href=crate::ui::pagina::pagina().schil_href(&Route::Start)>"Naar de startpagina"</a></p>
    }
}
