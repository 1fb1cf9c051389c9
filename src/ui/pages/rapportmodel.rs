//! The ULW rapport in the order of the rapportmodel (bijlage bij de Regeling loonkostensubsidie
//! Participatiewet 2021): who the loonwaarde concerns, the hoofdtaken, the question of a
//! reguliere arbeidsprestatie, the overview of the arbeidsprestatie per hoofdtaak and the
//! explanation per hoofdtaak. Static HTML (`ui::html`): a printed rapport needs no reactivity.

use rust_decimal::Decimal;

use super::rapport::{of_leeg, toon};
use crate::domain::getal::{euro, nl_kort};
use crate::dossier::loonwaarde::{Getalinvoer, LoonwaardeData, Rapportgegevens, Uitkomst};
use crate::ui::html::Html;

fn pct(d: Decimal) -> String {
    format!("{}%", nl_kort(d, 2))
}

/// The sections of the rapportmodel, up to and including the explanation per hoofdtaak.
pub fn ulw_rapport_html(data: &LoonwaardeData, u: &Uitkomst) -> String {
    let r = &data.rapport;
    let mut h = Html::new();
    h.el("h2", "", "Deze loonwaarde betreft");
    h.open("table", "rapport-tabel betreft").open("tbody", "");
    let uren = |g| toon(g, |d| format!("{} uur per week", nl_kort(d, 2)));
    let rijen: [(&str, String); 14] = [
        ("Naam", of_leeg(&data.werknemer)),
        ("Geboortedatum", Rapportgegevens::datum_tekst(r.get("geboortedatum"))),
        ("Datum rapportage", Rapportgegevens::datum_tekst(r.get("datum_rapportage"))),
        ("Datum bedrijfsbezoek", Rapportgegevens::datum_tekst(r.get("datum_bedrijfsbezoek"))),
        ("Werkgever", of_leeg(&data.werkgever)),
        ("Contactpersoon werkgever", of_leeg(r.get("contactpersoon"))),
        ("E-mail contactpersoon", of_leeg(r.get("email_contactpersoon"))),
        ("Geïnterviewde werkgever", of_leeg(r.get("geinterviewde"))),
        ("Normfunctie", of_leeg(&data.normfunctie)),
        ("Uitgevoerde functie", of_leeg(r.get("uitgevoerde_functie"))),
        ("Aantal uren werknemer", uren(u.invoer.contracturen)),
        ("Aantal voltijdsuren", uren(u.invoer.voltijd_uren)),
        ("Loonwaardedeskundige", of_leeg(r.get("deskundige"))),
        ("Telefoonnummer", of_leeg(r.get("telefoon"))),
    ];
    for (kop, waarde) in &rijen {
        h.rij(kop, &[waarde]);
    }
    h.sluit("tbody").sluit("table");

    h.el("h2", "", "Hoofdtaken");
    h.open("ol", "hoofdtaken");
    for (t, g) in data.taken.iter().zip(&u.invoer.taken) {
        let aandeel = g.resultaat.as_ref().map_or_else(String::new, |r| format!(" — {} van de tijd", pct(r.aandeel)));
        h.el("li", "", &format!("{}{aandeel}", of_leeg(&t.naam)));
    }
    h.sluit("ol");
    if data.taken.is_empty() {
        h.el("p", "", "Er zijn geen hoofdtaken ingevuld.");
    }

    h.open("p", "groot").tekst("Werknemer levert reguliere arbeidsprestatie (tempo, kwaliteit, netto werktijd)? ");
    h.el("strong", "", if data.regulier { "JA" } else { "NEE" }).sluit("p");

    h.el("h2", "", "Overzicht arbeidsprestatie");
    h.open("table", "rapport-tabel");
    h.kopregel(&["Hoofdtaken", "Tijd/%", "Tempo", "Kwaliteit", "Netto werktijd", "Resultaat"]);
    h.open("tbody", "");
    for (t, g) in data.taken.iter().zip(&u.invoer.taken) {
        let r = g.resultaat.as_ref();
        let tempo = match (g.tempo, r) {
            (Getalinvoer::Getal(gemeten), Some(r)) if r.tempo_telt != gemeten => {
                format!("{} (telt als {})", pct(gemeten), pct(r.tempo_telt))
            }
            (gemeten, _) => toon(gemeten, pct),
        };
        h.rij(
            &of_leeg(&t.naam),
            &[
                &r.map_or_else(|| "—".to_string(), |r| pct(r.aandeel)),
                &tempo,
                &toon(g.kwaliteit, pct),
                &toon(g.inzet, pct),
                &r.map_or_else(|| "—".to_string(), |r| pct(r.loonwaarde)),
            ],
        );
    }
    h.sluit("tbody").sluit("table");
    match &u.resultaat {
        Some(res) => {
            h.el(
                "p",
                "groot",
                &format!(
                    "De totale arbeidsprestatie van deze werknemer is {}% ({} onafgerond).",
                    nl_kort(res.pi4, 0),
                    pct(res.onafgerond)
                ),
            );
            if let Some((pi5, _)) = &u.pi5_per_uur {
                h.el("p", "", &format!("Loonwaarde per uur (Pi5): {}.", euro(*pi5)));
            }
        }
        None => {
            h.el("p", "", "De totale arbeidsprestatie volgt zodra alle hoofdtaken volledig en geldig zijn ingevuld.");
        }
    }

    h.el("h2", "", "Uitleg per hoofdtaak");
    for (i, t) in data.taken.iter().enumerate() {
        h.el("h3", "", &format!("Hoofdtaak {}: {}", i + 1, of_leeg(&t.naam)));
        h.open("dl", "kenmerken");
        for (wat, tekst) in ["Tempo", "Kwaliteit", "Netto werktijd"].iter().zip(&t.toelichting) {
            h.el("dt", "", wat).el("dd", "", &of_leeg(tekst));
        }
        h.sluit("dl");
    }
    h.el(
        "p",
        "hint",
        if data.enkel_geteld {
            "Bevestigd: elke beperkende factor is in slechts één van tempo, kwaliteit en netto werktijd meegeteld."
        } else {
            "Niet bevestigd door de deskundige: elke beperkende factor in slechts één van tempo, kwaliteit en netto werktijd."
        },
    );
    h.klaar()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loonwaarde::Methode;
    use crate::dossier::loonwaarde::{bereken, TaakData};

    fn ulw() -> LoonwaardeData {
        let taak = |id, naam: &str, t: &str| TaakData {
            id,
            naam: naam.into(),
            uren: "20".into(),
            tempo: t.into(),
            kwaliteit: "90".into(),
            inzet: "100".into(),
            toelichting: ["Tempo <gemeten>".into(), "Fouten".into(), String::new()],
        };
        LoonwaardeData {
            methode: Methode::Ulw,
            werknemer: "Piet".into(),
            normloon: "15".into(),
            contracturen: "40".into(),
            voltijd_uren: "38".into(),
            taken: vec![taak(1, "Inpakken", "110"), taak(2, "Sorteren", "80")],
            rapport: Rapportgegevens(
                [("geboortedatum", "3-4-1990"), ("datum_rapportage", "31-2-2026"), ("deskundige", "A. de Vries")]
                    .map(|(k, w)| (k.to_string(), w.to_string()))
                    .into(),
            ),
            ..Default::default()
        }
    }

    #[test]
    fn the_sections_follow_the_rapportmodel_in_its_order() {
        let d = ulw();
        let html = ulw_rapport_html(&d, &bereken(&d));
        let plek = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} ontbreekt in {html}"));
        let volgorde = [
            "Deze loonwaarde betreft",
            "<th scope=\"row\">Naam</th><td>Piet</td>",
            "3 april 1990",
            "31-2-2026 (geen geldige datum)",
            "Aantal voltijdsuren</th><td>38 uur per week",
            "A. de Vries",
            "Hoofdtaken",
            "Inpakken — 50% van de tijd",
            "reguliere arbeidsprestatie",
            "<strong>NEE</strong>",
            "Overzicht arbeidsprestatie",
            "<th scope=\"col\">Tijd/%</th>",
            "110% (telt als 100%)",
            // (20/40 × 100 × 90) + (20/40 × 80 × 90) = 45 + 36 = 81%.
            "De totale arbeidsprestatie van deze werknemer is 81%",
            "Uitleg per hoofdtaak",
            "Hoofdtaak 2: Sorteren",
        ];
        let plekken: Vec<usize> = volgorde.iter().map(|s| plek(s)).collect();
        assert!(plekken.windows(2).all(|w| w[0] < w[1]), "{plekken:?}");
        assert!(html.contains("Tempo &lt;gemeten&gt;"), "typed text is escaped");
    }
}
