//! The loonwaarde calculator of one dossier: live recalculation while typing, errors at fields.

use leptos::prelude::*;

use crate::domain::datum::lange_datum;
use crate::domain::getal::{euro, nl_kort};
use crate::domain::loonwaarde::kosten::{Frequentie, Kostensoort};
use crate::domain::loonwaarde::lks::WmlOpzoek;
use crate::domain::loonwaarde::{Methode, Veld as V};
use crate::dossier::loonwaarde::{
    bereken, label as lw_label, KostenData, LoonwaardeData, Rapportgegevens, TaakData, Uitkomst,
};
use crate::ui::route::Route;
use crate::ui::state::dossier_data;
use crate::ui::widgets::{exporteer_geanonimiseerd, UitlegBlok, Veld};

/// The calculator's state: what was typed, and everything computed from it.
#[derive(Clone, Copy)]
pub struct Rekenmodel {
    pub data: RwSignal<LoonwaardeData>,
    pub uitkomst: Memo<Uitkomst>,
}

impl Rekenmodel {
    /// Loads the dossier's data and saves every change back to it.
    pub fn voor(id: String) -> Rekenmodel {
        let (data, uitkomst) = dossier_data(id, |m| LoonwaardeData::uit(m).ok(), LoonwaardeData::naar_map, bereken);
        Rekenmodel { data, uitkomst }
    }

    /// A model over data held elsewhere (an oefenpoging in an examentraining dossier).
    pub fn van(data: RwSignal<LoonwaardeData>) -> Rekenmodel {
        Rekenmodel { data, uitkomst: Memo::new(move |_| data.with(bereken)) }
    }

    // The signals a form reads are memos: a keystroke re-renders only what it changed, not every
    // field of the case.
    fn fout(&self, veld: V) -> Signal<Option<String>> {
        self.fout_bij(move || veld)
    }

    /// The error at a field whose place can move (a row that is reordered).
    fn fout_bij(&self, veld: impl Fn() -> V + Send + Sync + 'static) -> Signal<Option<String>> {
        let u = self.uitkomst;
        Memo::new(move |_| {
            let veld = veld();
            u.with(|u| u.fout(veld).map(str::to_string))
        })
        .into()
    }

    fn let_op(&self, veld: V) -> Signal<Option<String>> {
        self.let_op_bij(move || veld)
    }

    /// The finding at a field whose place can move (a row that is reordered).
    fn let_op_bij(&self, veld: impl Fn() -> V + Send + Sync + 'static) -> Signal<Option<String>> {
        let u = self.uitkomst;
        Memo::new(move |_| {
            let veld = veld();
            u.with(|u| {
                u.resultaat
                    .as_ref()
                    .and_then(|r| r.bevindingen.iter().find(|b| b.veld == veld).map(|b| b.melding.clone()))
            })
        })
        .into()
    }

    /// A text field of the case itself (not of a taak).
    fn tekst(
        &self,
        get: fn(&LoonwaardeData) -> &String,
        set: fn(&mut LoonwaardeData) -> &mut String,
    ) -> (Signal<String>, Callback<String>) {
        let data = self.data;
        (
            Memo::new(move |_| data.with(|d| get(d).clone())).into(),
            Callback::new(move |v: String| data.update(|d| *set(d) = v)),
        )
    }

    /// A text field of the taak with this id; the row index is looked up on every access, so
    /// reordering never sends an edit to the wrong taak.
    fn taak_tekst(
        &self,
        id: u64,
        get: fn(&TaakData) -> &String,
        set: fn(&mut TaakData) -> &mut String,
    ) -> (Signal<String>, Callback<String>) {
        let data = self.data;
        (
            Memo::new(move |_| {
                data.with(|d| d.taken.iter().find(|t| t.id == id).map(|t| get(t).clone()).unwrap_or_default())
            })
            .into(),
            Callback::new(move |v: String| {
                data.update(|d| {
                    if let Some(t) = d.taken.iter_mut().find(|t| t.id == id) {
                        *set(t) = v;
                    }
                })
            }),
        )
    }

    fn taak_index(&self, id: u64) -> Option<usize> {
        self.data.with(|d| d.taken.iter().position(|t| t.id == id))
    }
}
/// The other methodieken of the case, shown below the loonwaarde (`ui::pages::methodieken`): given
/// the typed data and the calculator's own reading of them.
type Naast = fn(RwSignal<LoonwaardeData>, Memo<Uitkomst>) -> AnyView;

#[component]
pub fn LoonwaardeCalculator(id: String) -> impl IntoView {
    let m = Rekenmodel::voor(id.clone());
    let naast: Naast =
        |data, uitkomst| view! { <super::methodieken::MethodiekenNaastElkaar data=data uitkomst=uitkomst/> }.into_any();
    view! { <Rekenblad m=m dossier_id=id naast=naast/> }
}

/// The calculator over a model. Without a dossier id (a practice casus) it shows what a casus
/// asks: the method, the normfunctie, the taken and the loonwaarde; no names, LKS, kosten,
/// advies or rapport. `naast` shows the other methodieken of the case; a function, so a page
/// without it (the examentraining) does not link its code.
#[component]
pub fn Rekenblad(
    m: Rekenmodel,
    #[prop(optional, into)] dossier_id: Option<String>,
    #[prop(optional)] naast: Option<Naast>,
    // A sheet that belongs to one method (a Gouden Standaard by the ULW): no choice of method.
    #[prop(optional)] vaste_methode: Option<Methode>,
) -> impl IntoView {
    let data = m.data;
    let u = m.uitkomst;
    let volledig = dossier_id.is_some();
    let dossier_id = StoredValue::new(dossier_id.unwrap_or_default());
    let methode = move || data.with(|d| d.methode);

    let (werknemer, zet_werknemer) = m.tekst(|d| &d.werknemer, |d| &mut d.werknemer);
    let (werkgever, zet_werkgever) = m.tekst(|d| &d.werkgever, |d| &mut d.werkgever);
    let (normfunctie, zet_normfunctie) = m.tekst(|d| &d.normfunctie, |d| &mut d.normfunctie);
    let (bron, zet_bron) = m.tekst(|d| &d.bron, |d| &mut d.bron);
    let (normloon, zet_normloon) = m.tekst(|d| &d.normloon, |d| &mut d.normloon);
    let (voltijd, zet_voltijd) = m.tekst(|d| &d.voltijd_uren, |d| &mut d.voltijd_uren);
    let (contracturen, zet_contracturen) = m.tekst(|d| &d.contracturen, |d| &mut d.contracturen);
    let (werkdagen, zet_werkdagen) = m.tekst(|d| &d.werkdagen, |d| &mut d.werkdagen);
    let (peildatum, zet_peildatum) = m.tekst(|d| &d.peildatum, |d| &mut d.peildatum);
    let (wml, zet_wml) = m.tekst(|d| &d.wml, |d| &mut d.wml);
    let (advies, zet_advies) = m.tekst(|d| &d.ontwikkeladvies, |d| &mut d.ontwikkeladvies);

    let voeg_taak_toe = move |_| {
        data.update(|d| {
            let id = d.volgend_id();
            d.taken.push(TaakData { id, ..Default::default() });
        })
    };
    let voeg_kosten_toe = move |_| {
        data.update(|d| {
            let id = d.volgend_id();
            d.kosten.push(KostenData { id, ..Default::default() });
        })
    };
    let anoniem_fout = RwSignal::new(None::<String>);

    view! {
        <div class="calculator">
            <fieldset class="methode">
                <legend>"Methode"</legend>
                {vaste_methode.map(|me| view! { <p>{me.naam()}</p> })}
                {[Methode::Stappenplan, Methode::Ulw]
                    .into_iter()
                    .filter(|_| vaste_methode.is_none())
                    .map(|me| {
                        view! {
                            <label class="keuze">
                                <input
                                    type="radio"
                                    name="methode"
                                    prop:checked=move || methode() == me
                                    on:change=move |_| data.update(|d| d.methode = me)
                                />
                                {me.naam()}
                            </label>
                        }
                    })
                    .collect_view()}
                <Show when=move || methode() == Methode::Ulw>
                    <label class="keuze">
                        <input
                            type="checkbox"
                            prop:checked=move || data.with(|d| d.regulier)
                            on:change=move |ev| data.update(|d| d.regulier = event_target_checked(&ev))
                        />
                        {lw_label("regulier")}
                    </label>
                </Show>
            </fieldset>

            <Show when=move || volledig>
            <section aria-labelledby="partijen-kop">
                <h2 id="partijen-kop">"Werknemer en werkgever"</h2>
                <p class="hint">"Namen zijn niet verplicht; de geanonimiseerde export laat ze weg."</p>
                <div class="formulier rij">
                    <Veld id="lw-werknemer".into() label=lw_label("werknemer") waarde=werknemer zet=zet_werknemer/>
                    <Veld id="lw-werkgever".into() label=lw_label("werkgever") waarde=werkgever zet=zet_werkgever/>
                </div>
                <h3>"Rapportgegevens"</h3>
                <p class="hint">"Voor de kop van het rapport; het ULW-rapport volgt het rapportmodel van de Regeling loonkostensubsidie."</p>
                <div class="formulier rij">
                    {Rapportgegevens::VELDEN.into_iter().map(|veld| {
                        let waarde = Memo::new(move |_| data.with(|d| d.rapport.get(veld).to_string()));
                        let zet = Callback::new(move |w: String| data.update(|d| d.rapport.zet(veld, w)));
                        let fout = Memo::new(move |_| data.with(|d| d.rapport.datumfout(veld)));
                        let id = format!("lw-{}", veld.replace('_', "-"));
                        let soort = if Rapportgegevens::is_datum(veld) { "date" } else { "text" };
                        view! { <Veld id=id label=lw_label(&format!("rapport.{veld}")) soort=soort waarde=waarde zet=zet fout=fout/> }
                    }).collect_view()}
                </div>
            </section>
            </Show>

            <section aria-labelledby="normfunctie-kop">
                <h2 id="normfunctie-kop">"Normfunctie en werkweek"</h2>
                <div class="formulier rij">
                    <Veld id="lw-normfunctie".into() label=lw_label("normfunctie") waarde=normfunctie zet=zet_normfunctie/>
                    <Veld id="lw-bron".into() label=lw_label("bron") waarde=bron zet=zet_bron/>
                    <Veld id="lw-normloon".into() label=lw_label("normloon") waarde=normloon zet=zet_normloon decimaal=true fout=m.fout(V::Normloon)/>
                    <Veld id="lw-voltijd".into() label=lw_label("voltijd_uren") waarde=voltijd zet=zet_voltijd decimaal=true fout=m.fout(V::VoltijdUren)/>
                    <Veld id="lw-contracturen".into() label=lw_label("contracturen") waarde=contracturen zet=zet_contracturen decimaal=true fout=m.fout(V::Contracturen) let_op=m.let_op(V::Contracturen)/>
                    <Veld id="lw-werkdagen".into() label=lw_label("werkdagen") waarde=werkdagen zet=zet_werkdagen decimaal=true fout=m.fout(V::Werkdagen) let_op=m.let_op(V::Werkdagen)/>
                </div>
            </section>

            <section aria-labelledby="taken-kop">
                <h2 id="taken-kop">{move || if methode() == Methode::Ulw { "Hoofdtaken" } else { "Taak-urenanalyse" }}</h2>
                <p class="hint">
                    "Scores in procenten van de norm (een werknemer zonder beperking = 100%). "
                    "Een toelichting is verplicht bij elke score onder 100%."
                </p>
                {move || u.with(|u| u.fout(V::Taken).map(|f| view! { <p class="veldfout" role="alert">{f.to_string()}</p> }))}
                {let taken_let_op = m.let_op(V::Taken); move || taken_let_op.get().map(|f| view! { <p class="veldlet-op">{f}</p> })}
                <table class="taken">
                    <thead>
                        <tr>
                            <th scope="col">"Taak"</th>
                            <th scope="col">"Uren per week"</th>
                            <th scope="col">"Aandeel"</th>
                            <th scope="col">"Tempo (T) %"</th>
                            <th scope="col">"Kwaliteit (K) %"</th>
                            <th scope="col">{move || format!("{} %", methode().derde_score())}</th>
                            <th scope="col">"Prestatie"</th>
                            <th scope="col">"Loonwaarde"</th>
                            <th scope="col"><span class="sr">"Volgorde en verwijderen"</span></th>
                        </tr>
                    </thead>
                    <For each=move || data.with(|d| d.taken.iter().map(|t| t.id).collect::<Vec<_>>()) key=|id| *id let:tid>
                        <TaakRij m=m tid=tid/>
                    </For>
                    <tfoot>
                        <tr>
                            <th scope="row">"Totaal"</th>
                            <td>{move || uren_totaal(&data.get())}</td>
                            <td>{move || u.with(|u| u.resultaat.as_ref().filter(|r| !r.taken.is_empty()).map(|_| "100%".to_string()))}</td>
                            <td colspan="4"></td>
                            <td class="getal">{move || u.with(|u| u.resultaat.as_ref().map(|r| format!("{}%", nl_kort(r.onafgerond, 2))))}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
                <button type="button" on:click=voeg_taak_toe>"Taak toevoegen"</button>
                <label class="keuze">
                    <input
                        type="checkbox"
                        prop:checked=move || data.with(|d| d.enkel_geteld)
                        on:change=move |ev| data.update(|d| d.enkel_geteld = event_target_checked(&ev))
                    />
                    {lw_label("enkel_geteld")}
                </label>
            </section>

            <section aria-labelledby="uitkomst-kop" class="uitkomst">
                <h2 id="uitkomst-kop">"Loonwaarde"</h2>
                <Resultaatblok m=m/>
            </section>
            {naast.map(|f| f(data, u))}

            <Show when=move || volledig>
            <section aria-labelledby="lks-kop">
                <h2 id="lks-kop">"Loonkostensubsidie"</h2>
                <div class="formulier rij">
                    <Veld id="lw-peildatum".into() label=lw_label("peildatum") soort="date" waarde=peildatum zet=zet_peildatum fout=m.fout(V::Peildatum)/>
                    <Veld id="lw-wml".into() label=lw_label("wml") waarde=wml zet=zet_wml decimaal=true fout=m.fout(V::Wml)/>
                    <label class="keuze">
                        <input
                            type="checkbox"
                            prop:checked=move || data.with(|d| d.vakantietoeslag)
                            on:change=move |ev| data.update(|d| d.vakantietoeslag = event_target_checked(&ev))
                        />
                        {lw_label("vakantietoeslag")}
                    </label>
                </div>
                <p class="hint">
                    {move || u.with(|u| match &u.wml {
                        Some(WmlOpzoek::Bekend { vanaf, per_uur }) => format!("WML per uur vanaf {}: {}.", lange_datum(*vanaf), euro(*per_uur)),
                        _ => String::new(),
                    })}
                </p>
                <LksBlok m=m/>
            </section>

            <section aria-labelledby="kosten-kop">
                <h2 id="kosten-kop">"Additionele kosten"</h2>
                <p class="hint">"Deze kosten staan naast de loonwaarde en tellen er niet in mee."</p>
                <For each=move || data.with(|d| d.kosten.iter().map(|k| k.id).collect::<Vec<_>>()) key=|id| *id let:kid>
                    <KostenRij m=m kid=kid/>
                </For>
                <button type="button" on:click=voeg_kosten_toe>"Kostenpost toevoegen"</button>
                <p>
                    {move || u.with(|u| format!(
                        "Totaal eenmalig {} · structureel {} per jaar",
                        euro(u.kosten.eenmalig),
                        euro(u.kosten.structureel_per_jaar)
                    ))}
                </p>
            </section>

            <section aria-labelledby="advies-kop">
                <h2 id="advies-kop">"Ontwikkeladvies"</h2>
                <Veld id="lw-advies".into() label=lw_label("ontwikkeladvies") verborgen_label=true meerregelig=true waarde=advies zet=zet_advies/>
            </section>

            <TweedeBeoordelingKiezen id=dossier_id.get_value()/>

            <div class="acties">
                <a class="knop" href=move || format!("#/dossiers/{}/rapport", dossier_id.get_value())>"Rapport bekijken en afdrukken"</a>
                <button
                    type="button"
                    on:click=move |_| anoniem_fout.set(exporteer_geanonimiseerd(&dossier_id.get_value()).err())
                >
                    "Geanonimiseerd exporteren"
                </button>
                {move || anoniem_fout.get().map(|f| view! { <p class="veldfout">{f}</p> })}
            </div>
            <p><a href=crate::ui::pagina::pagina().schil_href(&Route::Dossiers)>"Terug naar de dossiers"</a></p>
            </Show>
        </div>
    }
}

/// A second opinion: pick another loonwaarde dossier of this browser (a colleague's, once
/// imported) and open the two side by side.
#[component]
fn TweedeBeoordelingKiezen(id: String) -> impl IntoView {
    let state = crate::ui::state::app_state();
    let anderen: Vec<(String, String)> = state
        .van_soort(crate::dossier::DossierSoort::Loonwaarde)
        .into_iter()
        .filter(|o| o.id != id)
        .map(|o| (o.id, o.dossier.title))
        .collect();
    let gekozen = RwSignal::new(anderen.first().map(|(i, _)| i.clone()).unwrap_or_default());
    let id = StoredValue::new(id);
    view! {
        <section aria-labelledby="tweede-kop">
            <h2 id="tweede-kop">"Tweede beoordeling"</h2>
            {if anderen.is_empty() {
                view! {
                    <p class="hint">
                        "Importeer de analyse van een collega van dezelfde werknemer (Dossiers → importeren) om "
                        "die hier naast deze te leggen, taak voor taak."
                    </p>
                }.into_any()
            } else {
                view! {
                    <p class="hint">"Leg een tweede analyse van dezelfde werknemer naast deze: taak voor taak, met wat het verschil maakt. Geen van beide wordt gewijzigd."</p>
                    <div class="formulier rij">
                        <label for="lw-vergelijk">"Vergelijk met"</label>
                        <select id="lw-vergelijk" on:change=move |ev| gekozen.set(event_target_value(&ev))>
                            {anderen.iter().map(|(i, t)| view! { <option value=i.clone()>{t.clone()}</option> }).collect_view()}
                        </select>
                        <a class="knop" href=move || Route::Vergelijk(id.get_value(), gekozen.get()).href()>"Naast elkaar bekijken"</a>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

fn uren_totaal(d: &LoonwaardeData) -> String {
    let som = d
        .taken
        .iter()
        .filter_map(|t| crate::domain::lezen::lees_getal(&t.uren, crate::domain::lezen::Getalsoort::Uren).ok())
        .sum::<rust_decimal::Decimal>();
    format!("{} uur", nl_kort(som, 2))
}

#[component]
fn TaakRij(m: Rekenmodel, tid: u64) -> impl IntoView {
    let data = m.data;
    let u = m.uitkomst;
    // The row's position changes only when taken are added, removed or reordered.
    let index = Memo::new(move |_| m.taak_index(tid).unwrap_or(0));
    let nummer = move || index.get() + 1;
    let (naam, zet_naam) = m.taak_tekst(tid, |t| &t.naam, |t| &mut t.naam);
    let (uren, zet_uren) = m.taak_tekst(tid, |t| &t.uren, |t| &mut t.uren);
    let (tempo, zet_tempo) = m.taak_tekst(tid, |t| &t.tempo, |t| &mut t.tempo);
    let (kwal, zet_kwal) = m.taak_tekst(tid, |t| &t.kwaliteit, |t| &mut t.kwaliteit);
    let (inzet, zet_inzet) = m.taak_tekst(tid, |t| &t.inzet, |t| &mut t.inzet);
    let (tt, zet_tt) = m.taak_tekst(tid, |t| &t.toelichting[0], |t| &mut t.toelichting[0]);
    let (tk, zet_tk) = m.taak_tekst(tid, |t| &t.toelichting[1], |t| &mut t.toelichting[1]);
    let (ti, zet_ti) = m.taak_tekst(tid, |t| &t.toelichting[2], |t| &mut t.toelichting[2]);
    let veld_fout = move |f: fn(usize) -> V| m.fout_bij(move || f(index.get()));
    let veld_let_op = move |f: fn(usize) -> V| m.let_op_bij(move || f(index.get()));
    let toel_let_op = move |s: usize| m.let_op_bij(move || V::Toelichting(index.get(), s));
    let resultaat =
        Memo::new(move |_| u.with(|u| u.resultaat.as_ref().and_then(|r| r.taken.get(index.get()).cloned())));
    let resultaat = move || resultaat.get();
    let verplaats = move |richting: isize| {
        data.update(|d| {
            if let Some(i) = d.taken.iter().position(|t| t.id == tid) {
                let j = i as isize + richting;
                if j >= 0 && (j as usize) < d.taken.len() {
                    d.taken.swap(i, j as usize);
                }
            }
        })
    };
    let methode = Memo::new(move |_| data.with(|d| d.methode));
    let derde_klein = move || methode.get().derde_klein();
    // Labels follow the row's position, which changes when taken are reordered.
    let lbl = move |wat: &'static str| Signal::derive(move || format!("{wat} taak {}", nummer()));
    view! {
        <tbody class="taak">
            <tr>
                <td><Veld id=format!("taak-{tid}-naam") label=lbl("Naam") verborgen_label=true waarde=naam zet=zet_naam fout=veld_fout(V::Naam)/></td>
                <td><Veld id=format!("taak-{tid}-uren") label=lbl("Uren") verborgen_label=true waarde=uren zet=zet_uren decimaal=true fout=veld_fout(V::Uren) let_op=veld_let_op(V::Uren)/></td>
                <td class="getal">{move || resultaat().map(|r| format!("{}%", nl_kort(r.aandeel, 2)))}</td>
                <td><Veld id=format!("taak-{tid}-tempo") label=lbl("Tempo") verborgen_label=true waarde=tempo zet=zet_tempo decimaal=true fout=veld_fout(V::Tempo)/></td>
                <td><Veld id=format!("taak-{tid}-kwaliteit") label=lbl("Kwaliteit") verborgen_label=true waarde=kwal zet=zet_kwal decimaal=true fout=veld_fout(V::Kwaliteit)/></td>
                <td><Veld id=format!("taak-{tid}-inzet") label=Signal::derive(move || format!("{} taak {}", crate::domain::tekst::met_hoofdletter(derde_klein()), nummer())) verborgen_label=true waarde=inzet zet=zet_inzet decimaal=true fout=veld_fout(V::Inzet)/></td>
                <td class="getal">{move || resultaat().map(|r| format!("{}%", nl_kort(r.prestatie, 2)))}</td>
                <td class="getal">{move || resultaat().map(|r| format!("{}%", nl_kort(r.loonwaarde, 2)))}</td>
                <td class="rijknoppen">
                    <button type="button" aria-label=move || format!("Taak {} omhoog", nummer()) on:click=move |_| verplaats(-1)>"↑"</button>
                    <button type="button" aria-label=move || format!("Taak {} omlaag", nummer()) on:click=move |_| verplaats(1)>"↓"</button>
                    <button type="button" class="gevaar" aria-label=move || format!("Taak {} verwijderen", nummer()) on:click=move |_| data.update(|d| d.verwijder_taak(tid))>"×"</button>
                </td>
            </tr>
            <tr class="toelichting">
                <td colspan="9">
                    <div class="formulier rij">
                        <Veld id=format!("taak-{tid}-tt") label=lbl("Toelichting tempo") meerregelig=true waarde=tt zet=zet_tt let_op=toel_let_op(0)/>
                        <Veld id=format!("taak-{tid}-tk") label=lbl("Toelichting kwaliteit") meerregelig=true waarde=tk zet=zet_tk let_op=toel_let_op(1)/>
                        <Veld id=format!("taak-{tid}-ti") label=Signal::derive(move || format!("Toelichting {} taak {}", derde_klein(), nummer())) meerregelig=true waarde=ti zet=zet_ti let_op=toel_let_op(2)/>
                    </div>
                    {move || resultaat().map(|r| view! { <UitlegBlok uitleg=r.uitleg titel="Hoe is deze taak berekend?"/> })}
                </td>
            </tr>
        </tbody>
    }
}

#[component]
fn Resultaatblok(m: Rekenmodel) -> impl IntoView {
    let u = m.uitkomst;
    move || {
        u.with(|u| match &u.resultaat {
            None => view! {
                <p class="wacht" role="status">"Nog geen uitkomst: vul de gemarkeerde velden in."</p>
            }
            .into_any(),
            Some(r) => {
                let bevindingen = r.bevindingen.clone();
                view! {
                    <div class="kerncijfers" role="status">
                        <div class="kerncijfer">
                            <span class="label">"Loonwaarde (Pi4)"</span>
                            <span class="waarde" data-testid="pi4">{format!("{}%", nl_kort(r.pi4, 0))}</span>
                            <UitlegBlok uitleg=r.uitleg.clone()/>
                        </div>
                        {u.pi5_per_uur.clone().map(|(p, ul)| view! {
                            <div class="kerncijfer">
                                <span class="label">"Loonwaarde in euro (Pi5) per uur"</span>
                                <span class="waarde" data-testid="pi5">{euro(p)}</span>
                                <UitlegBlok uitleg=ul/>
                            </div>
                        })}
                        {u.pi5_per_maand.clone().map(|(p, ul)| view! {
                            <div class="kerncijfer">
                                <span class="label">"Pi5 per maand"</span>
                                <span class="waarde">{euro(p)}</span>
                                <UitlegBlok uitleg=ul/>
                            </div>
                        })}
                    </div>
                    <p class="hint">{format!("Methode: {}.", r.methode.naam())}</p>
                    {(!bevindingen.is_empty()).then(|| view! {
                        <div class="bevindingen" role="region" aria-label="Bevindingen">
                            <h3>"Bevindingen"</h3>
                            <ul>
                                {bevindingen.into_iter().map(|b| view! { <li>{b.melding} <span class="bron">{format!(" ({})", b.bron)}</span></li> }).collect_view()}
                            </ul>
                        </div>
                    })}
                }
                .into_any()
            }
        })
    }
}

#[component]
fn LksBlok(m: Rekenmodel) -> impl IntoView {
    let u = m.uitkomst;
    move || {
        u.with(|u| match &u.lks {
            Err(vraag) => view! { <p class="veldlet-op">{vraag.clone()}</p> }.into_any(),
            Ok(l) => view! {
                <div class="kerncijfers">
                    <div class="kerncijfer">
                        <span class="label">"LKS per uur (incl. werkgeverslasten)"</span>
                        <span class="waarde" data-testid="lks-uur">{euro(l.per_uur)}</span>
                    </div>
                    <div class="kerncijfer">
                        <span class="label">"LKS per maand"</span>
                        <span class="waarde">{euro(l.per_maand)}</span>
                    </div>
                </div>
                <ol class="ketting">
                    {l.stappen.iter().map(|s| view! { <li><strong>{s.formule.clone()}</strong>": "{s.berekening.clone()}</li> }).collect_view()}
                </ol>
                <p class="hint">{l.stappen.first().map(|s| format!("Bron: {}.", s.bron))}</p>
            }
            .into_any(),
        })
    }
}

#[component]
fn KostenRij(m: Rekenmodel, kid: u64) -> impl IntoView {
    let data = m.data;
    let index = move || data.with(|d| d.kosten.iter().position(|k| k.id == kid).unwrap_or(0));
    let nummer = move || index() + 1;
    let get = move |f: fn(&KostenData) -> String| {
        data.with(|d| d.kosten.iter().find(|k| k.id == kid).map(f).unwrap_or_default())
    };
    let zet = move |f: fn(&mut KostenData, String)| {
        Callback::new(move |v: String| {
            data.update(|d| {
                if let Some(k) = d.kosten.iter_mut().find(|k| k.id == kid) {
                    f(k, v)
                }
            })
        })
    };
    let soort = move || data.with(|d| d.kosten.iter().find(|k| k.id == kid).map(|k| k.soort).unwrap_or_default());
    let freq = move || data.with(|d| d.kosten.iter().find(|k| k.id == kid).map(|k| k.frequentie).unwrap_or_default());
    let fout = m.fout_bij(move || V::Bedrag(index()));
    view! {
        <div class="formulier rij kostenpost">
            <div class="veld">
                <label for=format!("kost-{kid}-soort")>{move || format!("Soort kostenpost {}", nummer())}</label>
                <select id=format!("kost-{kid}-soort") on:change=move |ev| {
                    let v = event_target_value(&ev);
                    data.update(|d| if let Some(k) = d.kosten.iter_mut().find(|k| k.id == kid) {
                        k.soort = Kostensoort::ALLE.into_iter().find(|s| format!("{s:?}") == v).unwrap_or_default();
                    })
                }>
                    {Kostensoort::ALLE.into_iter().map(|s| view! { <option value=format!("{s:?}") selected=move || soort() == s>{s.naam()}</option> }).collect_view()}
                </select>
            </div>
            <Veld id=format!("kost-{kid}-omschrijving") label=Signal::derive(move || format!("Omschrijving kostenpost {}", nummer())) waarde=Signal::derive(move || get(|k| k.omschrijving.clone())) zet=zet(|k, v| k.omschrijving = v)/>
            <Veld id=format!("kost-{kid}-bedrag") label=Signal::derive(move || format!("Bedrag kostenpost {} (€)", nummer())) decimaal=true waarde=Signal::derive(move || get(|k| k.bedrag.clone())) zet=zet(|k, v| k.bedrag = v) fout=fout/>
            <div class="veld">
                <label for=format!("kost-{kid}-freq")>"Frequentie"</label>
                <select id=format!("kost-{kid}-freq") on:change=move |ev| {
                    let structureel = event_target_value(&ev) == "structureel";
                    data.update(|d| if let Some(k) = d.kosten.iter_mut().find(|k| k.id == kid) {
                        k.frequentie = if structureel { Frequentie::Structureel } else { Frequentie::Eenmalig };
                    })
                }>
                    <option value="eenmalig" selected=move || freq() == Frequentie::Eenmalig>"Eenmalig"</option>
                    <option value="structureel" selected=move || freq() == Frequentie::Structureel>"Structureel, per jaar"</option>
                </select>
            </div>
            <button type="button" class="gevaar" on:click=move |_| data.update(|d| d.kosten.retain(|k| k.id != kid))>
                {move || format!("Kostenpost {} verwijderen", nummer())}
            </button>
        </div>
    }
}
