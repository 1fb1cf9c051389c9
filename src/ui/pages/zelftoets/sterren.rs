use leptos::prelude::*;

use super::model::model;
use super::veld::InvoerVeld;
use crate::domain::getal::{nl_getal, nl_kort};
use crate::domain::keurmerk::sterren::{self, Invoerwaarde, Onderdeel, Onderdeelscore, Subscore, Totaal, KEUZES};
use crate::dossier::sterren::watals_velden;
use crate::dossier::zelftoets::dienst_naam;
use crate::ui::browser;
use crate::ui::route::{Route, Stap};
use crate::ui::widgets::UitlegBlok;

/// Bijlage 8: per Dienst the components, their score, weight and contribution; a what-if; the
/// overall score and an indicative number of stars with its mapping beside it.
#[component]
pub fn SterrenStap() -> impl IntoView {
    let m = model();
    let u = m.uitkomst;
    let diensten = move || m.data.with(|d| d.diensten.clone());
    view! {
        <p class="hint">
            "De sterrenberekening van Bijlage 8 gebruikt wat u bij de andere stappen invulde: de "
            "tevredenheidscijfers, de transparantie (2.0.1 en 2.0.2), het goed opgeleide personeel (1.6.6) "
            "en per Dienst a, a.2, b.2, c, 2.8.f en de omzet. Hier vult u niets opnieuw in."
        </p>
        <details class="keuzes">
            <summary>"Aannames van Werkwaarde bij Bijlage 8"</summary>
            <ul>{KEUZES.iter().map(|(titel, tekst)| view! { <li><strong>{*titel}</strong>": "{*tekst}</li> }).collect_view()}</ul>
            <p class="hint">{format!("Schijven: {}", sterren::schijven_tekst())}</p>
        </details>
        <Show when=move || m.data.with(|d| d.diensten.is_empty())>
            <p class="veldlet-op">"Kies eerst bij stap 3 welke Diensten u aanbiedt."</p>
        </Show>
        {move || u.with(|u| totaal_blok(&u.totaal))}
        <For each=diensten key=|d| *d let:d>
            <DienstSterren dienst=d/>
        </For>
    }
}

fn totaal_blok(t: &Totaal) -> impl IntoView {
    let score = t.afgerond().map(|s| nl_getal(s, 2)).unwrap_or_else(|| "nog niet te berekenen".into());
    let sterren = t.sterren.as_ref().map(|s| {
        let tekst = format!("{} (indicatief)", "★".repeat(usize::from(s.aantal)));
        let max = sterren::STERREN_INDICATIEF.iter().map(|b| b.sterren).max().unwrap_or(s.aantal);
        let label = format!("{} van {max} sterren, indicatief", s.aantal);
        view! {
            <div class="kerncijfer">
                <span class="label">"Sterren (indicatief)"</span>
                <span class="waarde" aria-label=label data-testid="sterren">{tekst}</span>
            </div>
        }
    });
    view! {
        <section class="sterren-totaal" aria-labelledby="sterren-totaal-kop">
            <h3 id="sterren-totaal-kop">"Totaalscore over alle Diensten"</h3>
            <div class="kerncijfers">
                <div class="kerncijfer">
                    <span class="label">"Totaalscore"</span>
                    <span class="waarde" data-testid="totaalscore">{score}</span>
                </div>
                {sterren}
            </div>
            <ul class="hint">{t.meldingen.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
            <UitlegBlok uitleg=t.uitleg.clone()/>
            <details class="keuzes" open=t.sterren.is_some()>
                <summary>"Van score naar sterren: indicatief (aanname van Werkwaarde)"</summary>
                <p class="hint">{sterren::STERREN_TOELICHTING}</p>
                <p data-testid="sterren-indeling">{sterren::sterren_tekst()}</p>
            </details>
        </section>
    }
}

#[component]
fn DienstSterren(dienst: u8) -> impl IntoView {
    let m = model();
    let u = m.uitkomst;
    let subscore = move || u.with(|u| u.totaal.subscores.iter().find(|s| s.dienst == dienst).cloned());
    let watals = move || u.with(|u| u.watals.get(&dienst).cloned());
    let kop_id = format!("sterren-{dienst}");
    view! {
        <section class="dienst" aria-labelledby=kop_id.clone()>
            <h3 id=kop_id.clone()>{dienst_naam(dienst)}</h3>
            {move || subscore().map(|s| subscore_tabel(&s))}
            {(!watals_velden(dienst).is_empty()).then(|| view! {
                <fieldset class="watals">
                    <legend>"Wat als?"</legend>
                    <p class="hint">"Kies een onderdeel en een andere waarde; de subscore hierboven verandert niet."</p>
                    <div class="formulier rij">
                        {watals_velden(dienst).into_iter().map(|def| view! { <InvoerVeld def=def/> }).collect_view()}
                    </div>
                    <p role="status" data-testid=format!("watals-{dienst}")>
                        {move || watals().map(|w| {
                            let nu = subscore().and_then(|s| s.afgerond()).map(|s| nl_getal(s, 2)).unwrap_or_else(|| "–".into());
                            let dan = w.subscore.afgerond().map(|s| nl_getal(s, 2))
                                .unwrap_or_else(|| "nog niet te berekenen".into());
                            format!("Met {} = {}: subscore {dan} (nu {nu}).", w.onderdeel.code(), waarde_tekst(w.onderdeel, w.waarde))
                        })}
                    </p>
                </fieldset>
            })}
        </section>
    }
}

fn waarde_tekst(o: Onderdeel, w: rust_decimal::Decimal) -> String {
    if o.is_percentage() {
        format!("{}%", nl_kort(w, 2))
    } else {
        nl_kort(w, 1)
    }
}

fn invoer_tekst(o: &Onderdeelscore) -> String {
    if o.onderdeel == Onderdeel::Riv {
        return match o.score {
            Some(sc) if sc == sterren::RIV_MET_GARANTIE => "garantie gegeven".into(),
            Some(_) => "geen garantie".into(),
            None => "nog niet ingevuld (2.8.f)".into(),
        };
    }
    match o.invoer {
        Invoerwaarde::Waarde(w) => waarde_tekst(o.onderdeel, w),
        Invoerwaarde::Geen => "geen".into(),
        Invoerwaarde::NietIngevuld => "nog niet ingevuld".into(),
    }
}

fn subscore_tabel(s: &Subscore) -> impl IntoView {
    if s.uitgesloten {
        return view! { <p class="hint" data-testid=format!("subscore-{}", s.dienst)>{s.melding.clone()}</p> }
            .into_any();
    }
    let hash = browser::hash();
    let score = s.afgerond().map(|x| nl_getal(x, 2)).unwrap_or_else(|| "nog niet te berekenen".into());
    let rijen = s
        .onderdelen
        .iter()
        .map(|o| {
            let gewicht = if o.gewicht == o.gewicht_tabel {
                nl_kort(o.gewicht, 4)
            } else {
                format!("{} (tabel {})", nl_kort(o.gewicht, 4), nl_kort(o.gewicht_tabel, 2))
            };
            view! {
                <tr>
                    <th scope="row"><abbr title=o.onderdeel.naam()>{o.onderdeel.code()}</abbr></th>
                    <td class="getal">{invoer_tekst(o)}</td>
                    <td class="getal">{o.score.map(|x| nl_kort(x, 2)).unwrap_or_else(|| "–".into())}</td>
                    <td class="getal">{gewicht}</td>
                    <td class="getal">{o.bijdrage.map(|x| nl_kort(x, 4)).unwrap_or_else(|| "–".into())}</td>
                    <td>{o.toelichting.clone()}<UitlegBlok uitleg=o.uitleg.clone()/></td>
                </tr>
            }
        })
        .collect_view();
    let ontbrekend = s.ontbrekend.iter().map(|o| {
        let stap = match o.onderdeel {
            Some(Onderdeel::Tc | Onderdeel::To) => Stap::Tevredenheid,
            Some(Onderdeel::Pe) => Stap::Hoofdnorm1,
            _ => Stap::Diensten,
        };
        let href = match Route::parse(&hash) {
            Route::Stap(id, _) => Route::Stap(id, stap).href(),
            _ => "#/dossiers".into(),
        };
        let veld = o.veld;
        view! {
            <li>{o.melding.clone()}" "
                <a href=href on:click=move |_| if let Some(v) = veld { browser::focus_na_navigatie(format!("veld-{v}")) }>"naar het veld"</a>
            </li>
        }
    }).collect_view();
    view! {
        <table class="taken sterren-tabel">
            <caption class="sr">{format!("Subscore {}", dienst_naam(s.dienst))}</caption>
            <thead><tr>
                <th scope="col">"Onderdeel"</th><th scope="col">"Invoer"</th><th scope="col">"Score"</th>
                <th scope="col">"Weging"</th><th scope="col">"Bijdrage"</th><th scope="col">"Toelichting"</th>
            </tr></thead>
            <tbody>{rijen}</tbody>
            <tfoot><tr>
                <th scope="row" colspan="4">"Subscore"</th>
                <td class="getal" data-testid=format!("subscore-{}", s.dienst)>{score}</td>
                <td><UitlegBlok uitleg=s.uitleg.clone()/></td>
            </tr></tfoot>
        </table>
        <p class="hint">{s.melding.clone()}</p>
        {(!s.ontbrekend.is_empty()).then(|| view! { <ul class="bevindingen">{ontbrekend}</ul> })}
    }
    .into_any()
}
