use leptos::prelude::*;

/// One sitting in the results history.
#[derive(Debug, Clone, PartialEq)]
pub struct Punt {
    /// Short label under the bar, e.g. "22-11".
    pub label: String,
    pub binnen: u32,
    pub totaal: u32,
    /// Geslaagd, herexamen, niet geslaagd: the bar's colour class.
    pub klasse: &'static str,
}

const HOOGTE: i64 = 200;
const BOVEN: i64 = 20;
const ONDER: i64 = 30;
const STAP: i64 = 56;

/// Casussen within the band per sitting, over time, with the exam's norm lines (5 of 6 geslaagd,
/// 3 of 6 herexamen). The same numbers are in the table beside it, for screen readers.
#[component]
pub fn ResultatenGrafiek(punten: Vec<Punt>) -> impl IntoView {
    let max = 6i64;
    let y = move |n: i64| BOVEN + (HOOGTE - BOVEN - ONDER) * (max - n.clamp(0, max)) / max;
    let breedte = (60 + punten.len() as i64 * STAP).max(320);
    let label = format!(
        "Staafdiagram: binnen de bandbreedte per examen, {} examens; de lijnen zijn de normen 5 en 3 van 6.",
        punten.len()
    );
    view! {
        <figure class="diagram">
            <svg viewBox=format!("0 0 {breedte} {HOOGTE}") role="img" aria-label=label width="100%">
                <line x1="40" x2=breedte y1=y(5) y2=y(5) class="normlijn"/>
                <text x="4" y=y(5) + 4 class="as">"5"</text>
                <line x1="40" x2=breedte y1=y(3) y2=y(3) class="normlijn herexamen"/>
                <text x="4" y=y(3) + 4 class="as">"3"</text>
                <text x="4" y=y(0) + 4 class="as">"0"</text>
                <text x="4" y=y(6) + 4 class="as">"6"</text>
                {punten.into_iter().enumerate().map(|(i, p)| {
                    let x = 50 + i as i64 * STAP;
                    // A herexamen has three casussen: its bar is scaled to six.
                    let geschaald = i64::from(p.binnen) * max / i64::from(p.totaal.max(1));
                    view! {
                        <g>
                            <rect x=x y=y(geschaald) width="36" height=y(0) - y(geschaald) class=format!("staaf {}", p.klasse)/>
                            <text x=x + 18 y=y(geschaald) - 3 class="waarde" text-anchor="middle">{format!("{}/{}", p.binnen, p.totaal)}</text>
                            <text x=x + 18 y=HOOGTE - 10 class="as" text-anchor="middle">{p.label}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption>
                "Casussen binnen de bandbreedte per examen (een herexamen van 3 casussen op dezelfde schaal). "
                "Lijnen: 5 van 6 = geslaagd, 3 van 6 = herexamen mogelijk."
            </figcaption>
        </figure>
    }
}
