//! One case, every methodiek (issue 13, item 2): in a loonwaarde dossier the deskundige adds
//! methodieken beside its own method, types only what each asks beyond the taak-urenanalyse, and
//! reads the table, the spread and what makes each pair's difference. The table is static HTML
//! (`ui::html`), shared with the rapport.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::getal::{euro, nl_kort};
use crate::domain::loonwaarde::methodiek::dariuz::Bestanddeel;
use crate::domain::loonwaarde::methodiek::lat::Categorie;
use crate::domain::loonwaarde::methodiek::vta::Vtascore;
use crate::domain::loonwaarde::methodiek::{talent6, Invoer, Methodiek};
use crate::dossier::loonwaarde::{LoonwaardeData, Uitkomst};
use crate::dossier::methodieken::{
    eigen_methodiek, vergelijk_methodieken, CompetentieData, MethodiekenData, Methodiekvergelijking,
};
use crate::ui::html::Html;
use crate::ui::widgets::Veld;

/// How a field reads and writes its text, and where its message is. Boxed rather than generic:
/// each field would otherwise compile its own copy of the field code into the page's wasm.
type Lees = Arc<dyn Fn(&MethodiekenData) -> String + Send + Sync>;
type Schrijf = Arc<dyn Fn(&mut MethodiekenData, String) + Send + Sync>;
type Plek = Arc<dyn Fn() -> Invoer + Send + Sync>;

/// The dossier's data and its comparison (`None` while no methodiek is added).
#[derive(Clone, Copy)]
struct Model {
    data: RwSignal<LoonwaardeData>,
    v: Memo<Option<Methodiekvergelijking>>,
}

impl Model {
    fn veld(&self, get: Lees, set: Schrijf) -> (Signal<String>, Callback<String>) {
        let data = self.data;
        (
            Memo::new(move |_| data.with(|d| get(&d.methodieken))).into(),
            Callback::new(move |w: String| data.update(|d| set(&mut d.methodieken, w))),
        )
    }

    /// The blocking message (`blokkeert`) or the finding of `methodiek` at `invoer`.
    fn melding(&self, methodiek: Methodiek, invoer: Plek, blokkeert: bool) -> Signal<Option<String>> {
        let v = self.v;
        Memo::new(move |_| {
            let invoer = invoer();
            v.with(|v| {
                v.as_ref()
                    .and_then(|v| v.melding(methodiek, invoer))
                    .filter(|b| b.blokkeert == blokkeert)
                    .map(|b| b.melding.clone())
            })
        })
        .into()
    }

    /// The message of `methodiek` at a fixed `invoer` as it stands, for a reactive block: the
    /// blocking one, else the finding.
    fn bericht(&self, methodiek: Methodiek, invoer: Invoer) -> Option<String> {
        self.v.with(|v| v.as_ref().and_then(|v| v.melding(methodiek, invoer)).map(|b| b.melding.clone()))
    }

    fn gekozen(&self, m: Methodiek) -> impl Fn() -> bool + Send + Sync + Copy + 'static {
        let data = self.data;
        let memo = Memo::new(move |_| data.with(|d| d.methodieken.naast.contains(&m) && eigen_methodiek(d) != m));
        move || memo.get()
    }
}

/// A number field of a methodiek, with its message at the field.
fn getalveld(
    md: Model,
    id: String,
    label: Signal<String>,
    methodiek: Methodiek,
    invoer: impl Fn() -> Invoer + Send + Sync + 'static,
    get: impl Fn(&MethodiekenData) -> String + Send + Sync + 'static,
    set: impl Fn(&mut MethodiekenData, String) + Send + Sync + 'static,
) -> AnyView {
    getalveld_dyn(md, id, label, methodiek, Arc::new(invoer), Arc::new(get), Arc::new(set))
}

fn getalveld_dyn(
    md: Model,
    id: String,
    label: Signal<String>,
    methodiek: Methodiek,
    invoer: Plek,
    get: Lees,
    set: Schrijf,
) -> AnyView {
    let (waarde, zet) = md.veld(get, set);
    let fout = md.melding(methodiek, invoer.clone(), true);
    let let_op = md.melding(methodiek, invoer, false);
    view! { <Veld id=id label=label waarde=waarde zet=zet decimaal=true fout=fout let_op=let_op/> }.into_any()
}

fn vast(s: String) -> Signal<String> {
    Signal::stored(s)
}

#[component]
pub fn MethodiekenNaastElkaar(data: RwSignal<LoonwaardeData>, uitkomst: Memo<Uitkomst>) -> impl IntoView {
    // The calculator's own reading of the data (its memo) is reused, not computed a second time.
    let v = Memo::new(move |_| {
        data.with(|d| (!d.methodieken.naast.is_empty()).then(|| uitkomst.with(|u| vergelijk_methodieken(d, u))))
    });
    let md = Model { data, v };
    let eigen = Memo::new(move |_| data.with(eigen_methodiek));
    let keuze = move |m: Methodiek| {
        view! {
            <label class="keuze">
                <input
                    type="checkbox"
                    prop:checked=move || data.with(|d| d.methodieken.naast.contains(&m))
                    on:change=move |ev| {
                        let aan = event_target_checked(&ev);
                        // Taking a methodiek off keeps what was typed for it.
                        data.update(|d| if aan { d.methodieken.voeg_toe(m) } else { d.methodieken.naast.retain(|x| *x != m) })
                    }
                />
                {m.naam()}
            </label>
        }
    };
    let tabel = move || v.with(|v| v.as_ref().map(|v| vergelijking_html(v, false)).unwrap_or_default());
    view! {
        <section aria-labelledby="methodieken-kop">
            <h2 id="methodieken-kop">"Andere methodieken naast elkaar"</h2>
            <p class="hint">
                "Bereken dezelfde casus ook met andere methodieken. De taak-urenanalyse hierboven geldt voor alle; "
                "elke methodiek vraagt alleen wat zij daarnaast nodig heeft."
            </p>
            <fieldset class="methodieken-keuze">
                <legend>{move || format!("Naast {} ook berekenen met", eigen.get().naam())}</legend>
                {move || Methodiek::ALLE.into_iter().filter(|m| *m != eigen.get()).map(keuze).collect_view()}
            </fieldset>
            <Show when=md.gekozen(Methodiek::Dariuz)><DariuzInvoer md=md/></Show>
            <Show when=md.gekozen(Methodiek::Lat)><LatInvoer md=md/></Show>
            <Show when=md.gekozen(Methodiek::Vta)><VtaInvoer md=md/></Show>
            <Show when=md.gekozen(Methodiek::Matchcare)>
                <fieldset>
                    <legend>"Matchcare"</legend>
                    <p class="hint">"Alleen invullen als de werknemersvaardigheden gemeten zijn; leeg telt de score niet mee."</p>
                    {getalveld(md, "m-matchcare-score".into(), vast("Werknemersvaardigheden-competentiescore %".into()), Methodiek::Matchcare, || Invoer::VaardighedenCompetentiescore, |m| m.matchcare_score.clone(), |m, w| m.matchcare_score = w)}
                </fieldset>
            </Show>
            <Show when=md.gekozen(Methodiek::Talent6)>
                <fieldset>
                    <legend>"Talent6"</legend>
                    <p class="hint">"Niveau 0 (aanloop) tot en met 6 (inspireert). De niveaus verklaren de uitkomst van het stappenplan en tellen er niet in mee."</p>
                    <div class="formulier rij">
                        {talent6::COMPETENTIES.iter().enumerate().map(|(k, c)| getalveld(md, format!("m-talent6-{k}"), vast(format!("Niveau {c}")), Methodiek::Talent6, move || Invoer::Niveau(k), move |m| m.talent6[k].clone(), move |m, w| m.talent6[k] = w)).collect_view()}
                    </div>
                </fieldset>
            </Show>
            <Show when=move || data.with(|d| !d.methodieken.naast.is_empty())>
                <div role="region" aria-label="Vergelijking van de methodieken" aria-live="polite" inner_html=tabel></div>
                <label class="keuze">
                    <input
                        type="checkbox"
                        prop:checked=move || data.with(|d| d.methodieken.in_rapport)
                        on:change=move |ev| data.update(|d| d.methodieken.in_rapport = event_target_checked(&ev))
                    />
                    "Vergelijking opnemen in het rapport"
                </label>
            </Show>
        </section>
    }
}

#[component]
fn DariuzInvoer(md: Model) -> impl IntoView {
    let m = Methodiek::Dariuz;
    type Lees = fn(&MethodiekenData) -> &[String; 3];
    type Schrijf = fn(&mut MethodiekenData) -> &mut [String; 3];
    let drietal = move |wat: &'static str, lees: Lees, schrijf: Schrijf, invoer: fn(Bestanddeel) -> Invoer| {
        Bestanddeel::ALLE
            .into_iter()
            .enumerate()
            .map(|(k, b)| {
                let id = format!("m-dariuz-{}-{}", wat.to_lowercase(), b.letter().to_lowercase());
                let label =
                    vast(format!("{wat} {} ({}{}) %", b.naam(), b.letter(), if wat == "Vereiste" { 1 } else { 2 }));
                getalveld(
                    md,
                    id,
                    label,
                    m,
                    move || invoer(b),
                    move |x| lees(x)[k].clone(),
                    move |x, w| schrijf(x)[k] = w,
                )
            })
            .collect_view()
    };
    view! {
        <fieldset>
            <legend>"Dariuz"</legend>
            <p class="hint">"De vereisten geven het belang van tempo, efficiëntie en kwaliteit in de functie en tellen samen op tot 100%."</p>
            <div class="formulier rij">{drietal("Vereiste", |x| &x.dariuz.vereisten, |x| &mut x.dariuz.vereisten, Invoer::Vereiste)}</div>
            <div class="formulier rij">{drietal("Competentiescore", |x| &x.dariuz.competentiescores, |x| &mut x.dariuz.competentiescores, Invoer::Competentiescore)}</div>
            <div class="formulier rij">
                {getalveld(md, "m-dariuz-begeleiding".into(), vast("Extra begeleiding (B) % van de werktijd".into()), m, || Invoer::ExtraBegeleiding, |x| x.dariuz.extra_begeleiding.clone(), |x, w| x.dariuz.extra_begeleiding = w)}
                {getalveld(md, "m-dariuz-pauzes".into(), vast("Extra pauzes (P) % van de werktijd".into()), m, || Invoer::ExtraPauzes, |x| x.dariuz.extra_pauzes.clone(), |x, w| x.dariuz.extra_pauzes = w)}
            </div>
            {move || md.bericht(m, Invoer::Vereisten).map(|f| view! { <p class="veldlet-op">{f}</p> })}
        </fieldset>
    }
}

/// The taken of the urenanalyse: id, place and name, for the rows LAT and VTA add to.
fn taken(data: RwSignal<LoonwaardeData>) -> Memo<Vec<(u64, usize, String)>> {
    Memo::new(move |_| {
        data.with(|d| {
            d.taken
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let naam =
                        if t.naam.trim().is_empty() { format!("taak {}", i + 1) } else { t.naam.trim().to_string() };
                    (t.id, i, naam)
                })
                .collect()
        })
    })
}

#[component]
fn LatInvoer(md: Model) -> impl IntoView {
    let m = Methodiek::Lat;
    let data = md.data;
    let rijen = taken(data);
    let aantal = Memo::new(move |_| data.with(|d| d.methodieken.lat_competenties.len()));
    let categorie = move |(id, i, naam): (u64, usize, String)| {
        let sel = format!("m-lat-categorie-{id}");
        view! {
            <div class="veld">
                <label for=sel.clone()>{format!("LAT-categorie taak {} ({naam})", i + 1)}</label>
                <select id=sel on:change=move |ev| {
                    let w = event_target_value(&ev);
                    if let Some(c) = Categorie::ALLE.into_iter().find(|c| format!("{c:?}") == w) {
                        data.update(|d| d.methodieken.taak_mut(id).categorie = c);
                    }
                }>
                    {Categorie::ALLE.into_iter().map(|c| view! {
                        <option value=format!("{c:?}") selected=move || data.with(|d| d.methodieken.taak(id).categorie == c)>{c.naam()}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let competentie = move |k: usize| {
        let naam = move |x: &MethodiekenData| x.lat_competenties.get(k).map(|c| c.naam.clone()).unwrap_or_default();
        let wijzig = move |x: &mut MethodiekenData, f: &dyn Fn(&mut CompetentieData)| {
            if let Some(c) = x.lat_competenties.get_mut(k) {
                f(c)
            }
        };
        let (n, zet_n) = md.veld(
            Arc::new(naam),
            Arc::new(move |x: &mut MethodiekenData, w: String| wijzig(x, &|c| c.naam = w.clone())),
        );
        let label = move |wat: &'static str| Signal::derive(move || format!("{wat} competentie {}", k + 1));
        view! {
            <div class="formulier rij">
                <Veld id=format!("m-lat-naam-{k}") label=label("Naam") waarde=n zet=zet_n/>
                {getalveld(md, format!("m-lat-belang-{k}"), label("Belang"), m, move || Invoer::Belang(k), move |x| x.lat_competenties.get(k).map(|c| c.belang.clone()).unwrap_or_default(), move |x, w| wijzig(x, &|c| c.belang = w.clone()))}
                {getalveld(md, format!("m-lat-score-{k}"), label("Score %"), m, move || Invoer::Score(k), move |x| x.lat_competenties.get(k).map(|c| c.score.clone()).unwrap_or_default(), move |x, w| wijzig(x, &|c| c.score = w.clone()))}
                <button type="button" class="gevaar" aria-label=format!("Competentie {} verwijderen", k + 1) on:click=move |_| data.update(|d| { if k < d.methodieken.lat_competenties.len() { d.methodieken.lat_competenties.remove(k); } })>"×"</button>
            </div>
        }
    };
    view! {
        <fieldset>
            <legend>"Loonwaarde Advies Tool (LAT)"</legend>
            <p class="hint">"Het dienstverband is het aantal contracturen per week. Additionele taken en inactieve momenten tellen als 0%."</p>
            {move || md.bericht(m, Invoer::Dienstverband).map(|f| view! { <p class="veldlet-op">{f}</p> })}
            <div class="formulier rij">{move || rijen.get().into_iter().map(categorie).collect_view()}</div>
            <h3>"Competenties"</h3>
            <p class="hint">"Het belang is een gewicht (bijvoorbeeld 1 tot 3); de score is een percentage van de norm."</p>
            {move || (0..aantal.get()).map(competentie).collect_view()}
            {move || md.bericht(m, Invoer::Competenties).map(|f| view! { <p class="veldfout">{f}</p> })}
            <button type="button" on:click=move |_| data.update(|d| d.methodieken.lat_competenties.push(CompetentieData::default()))>"Competentie toevoegen"</button>
        </fieldset>
    }
}

#[component]
fn VtaInvoer(md: Model) -> impl IntoView {
    let m = Methodiek::Vta;
    let rijen = taken(md.data);
    let rij = move |(id, _, naam): (u64, usize, String)| {
        let index = Memo::new(move |_| md.data.with(|d| d.taken.iter().position(|t| t.id == id).unwrap_or(0)));
        let label = {
            let naam = naam.clone();
            move |wat: &'static str| vast(format!("{wat} taak {naam}"))
        };
        let toel = |s: usize, wat: &'static str| {
            let (w, zet) = md.veld(
                Arc::new(move |x: &MethodiekenData| x.taak(id).toelichting[s].clone()),
                Arc::new(move |x: &mut MethodiekenData, w: String| x.taak_mut(id).toelichting[s] = w),
            );
            let score = if s == 0 { Vtascore::Inspanning } else { Vtascore::Vaardigheden };
            let let_op = md.melding(m, Arc::new(move || Invoer::Toelichting(index.get(), score)), false);
            view! { <Veld id=format!("m-vta-{id}-t{s}") label=label(wat) meerregelig=true waarde=w zet=zet let_op=let_op/> }
        };
        view! {
            <div class="formulier rij">
                {getalveld(md, format!("m-vta-{id}-inspanning"), label("Inspanning %"), m, move || Invoer::Inspanning(index.get()), move |x| x.taak(id).inspanning, move |x, w| x.taak_mut(id).inspanning = w)}
                {getalveld(md, format!("m-vta-{id}-vaardigheden"), label("Vaardigheden %"), m, move || Invoer::Vaardigheden(index.get()), move |x| x.taak(id).vaardigheden, move |x, w| x.taak_mut(id).vaardigheden = w)}
                {toel(0, "Toelichting inspanning")}
                {toel(1, "Toelichting vaardigheden")}
            </div>
        }
    };
    view! {
        <fieldset>
            <legend>"VTA-methodiek"</legend>
            <p class="hint">"Tempo = inspanning × vaardigheden. Kwaliteit en inzetbaarheid en hun toelichting komen uit de taak-urenanalyse; VTA kent hoogstens vijf taken."</p>
            {move || md.bericht(m, Invoer::Taken).map(|f| view! { <p class="veldlet-op">{f}</p> })}
            {move || rijen.get().into_iter().map(rij).collect_view()}
        </fieldset>
    }
}

fn pct(d: Option<rust_decimal::Decimal>) -> String {
    d.map_or_else(|| "—".to_string(), |d| format!("{}%", nl_kort(d, 0)))
}

/// The comparison as HTML: the table, the spread, what makes each pair's difference, and how
/// each methodiek computed. `open` unfolds every detail (for print).
pub fn vergelijking_html(v: &Methodiekvergelijking, open: bool) -> String {
    let details = |h: &mut Html| {
        if open {
            h.open_met("details", &[("open", "")]);
        } else {
            h.open("details", "");
        }
    };
    let mut h = Html::new();
    h.open("table", "rapport-tabel methodieken");
    h.el("caption", "", "De methodieken naast elkaar");
    h.kopregel(&["Methodiek", "Rekenwijze", "Loonwaarde (Pi4)", "Pi5 per uur", "LKS per uur", "Let op"]);
    h.open("tbody", "");
    for (rij, r) in v.tabel.rijen.iter().zip(&v.resultaten) {
        let let_op: Vec<&str> = rij
            .melding
            .as_deref()
            .into_iter()
            .chain(r.bevindingen.iter().filter(|b| !b.blokkeert).map(|b| b.melding.as_str()))
            .collect();
        let geld = |g: Option<rust_decimal::Decimal>| g.map_or_else(|| "—".to_string(), euro);
        h.rij(
            rij.methodiek.naam(),
            &[
                rij.methodiek.rekenwijze(),
                &pct(rij.pi4),
                &geld(rij.pi5_per_uur),
                &geld(rij.lks_per_uur),
                &let_op.join(" "),
            ],
        );
    }
    h.sluit("tbody").sluit("table");
    match &v.tabel.spreiding {
        Some(s) => h.el(
            "p",
            "groot",
            &format!(
                "Spreiding: {} procentpunt ({} per uur), van {} (hoogste) tot {} (laagste).",
                nl_kort(s.procentpunt, 0),
                euro(s.euro_per_uur),
                s.hoogste.naam(),
                s.laagste.naam()
            ),
        ),
        None => h.el("p", "hint", "De spreiding volgt zodra ten minste twee methodieken een loonwaarde geven."),
    };
    if !v.paren.is_empty() {
        h.el("h3", "", "Wat het verschil maakt");
        for p in &v.paren {
            details(&mut h);
            h.el(
                "summary",
                "",
                &format!("{} tegenover {}: {} procentpunt", p.b.naam(), p.a.naam(), nl_kort(p.procentpunt, 0)),
            );
            h.open("ol", "verschillen");
            for d in &p.delen {
                h.el("li", "", &format!("{}: {} procentpunt", d.tekst, nl_kort(d.procentpunt, 4)));
            }
            if p.delen.is_empty() {
                h.el("li", "", "Geen verschil.");
            }
            h.sluit("ol").sluit("details");
        }
    }
    h.el("h3", "", "Hoe elke methodiek rekent");
    for r in v.resultaten.iter().filter(|r| r.is_berekend()) {
        details(&mut h);
        h.el("summary", "", &format!("{}: {}", r.methodiek.naam(), pct(r.pi4)));
        h.open("ul", "uitleg");
        for (label, u) in &r.uitleg {
            h.open("li", "").el("strong", "", label).tekst(&format!(": {} — {} ({})", u.formule, u.berekening, u.bron));
            h.sluit("li");
        }
        h.sluit("ul").sluit("details");
    }
    h.klaar()
}
