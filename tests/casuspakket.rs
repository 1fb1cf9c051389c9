//! Issue 15: a trainer's casus pack, the trainee's answer file with its controlegetal, the
//! grading of a group, and every file that must be refused with a message and change nothing.

use std::fs;
use std::path::Path;

use rust_decimal::Decimal;
use serde_json::Value;
use werkwaarde::domain::examen::casus::Casus;
use werkwaarde::domain::examen::groep::Kortoordeel;
use werkwaarde::domain::examen::zitting::Soort;
use werkwaarde::domain::loonwaarde::Methode;
use werkwaarde::dossier::antwoordbestand::{groep, groep_csv, lees_antwoordbestand, Antwoordbestand};
use werkwaarde::dossier::casusontwerp::Casusontwerp;
use werkwaarde::dossier::casuspakket::{lees_object, lees_pakket, Casuspakket, Pakketgegevens, PAKKET_FORMAT};
use werkwaarde::dossier::examentraining::{pakketzitting, Zitting};
use werkwaarde::dossier::loonwaarde::TaakData;

fn casus(id: &str) -> Casus {
    let pad = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/casussen").join(format!("{id}.json"));
    serde_json::from_str(&fs::read_to_string(pad).expect("casus")).expect("casus leesbaar")
}

fn zes() -> Vec<Casus> {
    ["c01-bakkerij", "c02-schoonmaak", "c03-groenvoorziening", "c04-detailhandel", "c05-logistiek", "c07-administratie"]
        .into_iter()
        .map(casus)
        .collect()
}

fn gegevens(id: &str, titel: &str) -> Pakketgegevens {
    Pakketgegevens {
        id: id.into(),
        titel: titel.into(),
        gemaakt: "2026-12-05".into(),
        methode: Methode::Stappenplan,
        minuten: 120,
        sleutel: format!("{id}-sleutel-0123456789abcdef"),
    }
}

fn pakket() -> Casuspakket {
    Casuspakket::nieuw(gegevens("pk-1", "Oefenexamen groep december"), zes()).expect("pakket")
}

/// A trainee sits the pack: answers `antwoorden` (as typed), optionally an analysis for the first
/// casus, and hands in both days.
fn zit(p: &Casuspakket, naam: &str, antwoorden: &[&str]) -> Zitting {
    let mut z = pakketzitting(1, "2026-12-06".into(), p, naam).expect("zitting");
    for (c, a) in z.casussen.iter_mut().zip(antwoorden) {
        c.antwoord = (*a).to_string();
    }
    let t = 1_800_000_000_000u64;
    for dag in 0..z.dagen.len() {
        let begin = t + dag as u64 * 86_400_000;
        assert!(z.wijzig(|z| z.begin(dag, begin)));
        assert!(z.wijzig(|z| z.lever_in(dag, begin + 3_600_000, true)));
    }
    z
}

fn goud(p: &Casuspakket) -> Vec<Decimal> {
    p.met_gouden_standaard().expect("goud").iter().map(|c| c.analyse(Methode::Stappenplan).pi5).collect()
}

fn tekst(d: Decimal) -> String {
    d.to_string().replace('.', ",")
}

#[test]
fn the_trainees_pack_has_no_gouden_standaard_and_both_versions_read_back() {
    let p = pakket();
    assert_eq!(p.soort(), Some(Soort::Examen));
    assert!(p.met_goud());
    let voor_trainer = p.naar_json();
    let voor_deelnemers = p.voor_deelnemers().naar_json();
    assert!(voor_trainer.contains("gouden_standaard"));
    assert!(!voor_deelnemers.contains("gouden_standaard"), "de deelnemersversie bevat de Gouden Standaard");
    for g in goud(&p) {
        assert!(!voor_deelnemers.contains(&format!("\"{g}\"")), "Pi5 {g} staat in de deelnemersversie");
    }
    assert_eq!(lees_pakket(&voor_trainer).expect("trainer"), p);
    let t = lees_pakket(&voor_deelnemers).expect("deelnemers");
    assert!(!t.met_goud());
    assert!(t.met_gouden_standaard().is_none());
    assert_eq!(t.casussen[2].opgave, p.casussen[2].opgave);
    assert_eq!(p.bestandsnaam(true), "oefenexamen-groep-december-trainer-met-gouden-standaard.json");
    assert_eq!(p.bestandsnaam(false), "oefenexamen-groep-december-deelnemers.json");
}

#[test]
fn a_pack_of_three_is_a_herexamen_and_other_sizes_are_refused() {
    let drie = Casuspakket::nieuw(gegevens("pk-h", "Herexamen"), zes()[..3].to_vec()).expect("drie");
    assert_eq!(drie.soort(), Some(Soort::Herexamen));
    for n in [0, 1, 2, 4, 5] {
        let f = Casuspakket::nieuw(gegevens("pk-x", "X"), zes()[..n].to_vec()).unwrap_err();
        assert!(f.iter().any(|m| m.contains("6 casussen") && m.contains(&format!("heeft er {n}"))), "{n}: {f:?}");
    }
    let mut dubbel = zes();
    dubbel[1] = dubbel[0].clone();
    let f = Casuspakket::nieuw(gegevens("pk-x", "X"), dubbel).unwrap_err();
    assert!(f.iter().any(|m| m.contains("twee keer")), "{f:?}");
    let f = Casuspakket::nieuw(gegevens("pk-x", "  "), zes()).unwrap_err();
    assert!(f.iter().any(|m| m.contains("titel")), "{f:?}");
    let f = Casuspakket::nieuw(Pakketgegevens { minuten: 0, ..gegevens("pk-x", "X") }, zes()).unwrap_err();
    assert!(f.iter().any(|m| m.contains("Minuten per examendag")), "{f:?}");
}

fn zet(json: &str, f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(json).expect("json");
    f(&mut v);
    serde_json::to_string(&v).expect("json")
}

#[test]
fn every_bad_pack_file_gets_its_own_message() {
    let goed = pakket().naar_json();
    let gevallen: Vec<(String, &str)> = vec![
        ("geen json".into(), "geen leesbare JSON"),
        ("[1, 2]".into(), "geen leesbare JSON"),
        (r#"{"format":"werkwaarde-dossier","schema_version":1}"#.into(), "Dit is een dossier, geen casuspakket"),
        (r#"{"format":"werkwaarde-antwoorden","schema_version":1}"#.into(), "Dit is een antwoordbestand"),
        (r#"{"format":"iets anders"}"#.into(), "geen casuspakket van Werkwaarde"),
        (zet(&goed, |v| v["schema_version"] = 2.into()), "nieuwere versie van Werkwaarde (formaatversie 2"),
        (zet(&goed, |v| v["schema_version"] = 0.into()), "mist zijn formaatversie"),
        (zet(&goed, |v| v["casussen"][0]["normfunctie"]["normloon"] = "veel".into()), "beschadigd: bij $.casussen[0]"),
        (zet(&goed, |v| v["casussen"][1]["gouden_standaard"]["stappenplan"]["pi4"] = "99".into()), "Pi4 is 99%"),
        (zet(&goed, |v| v["casussen"].as_array_mut().expect("lijst").truncate(5)), "heeft er 5"),
        (
            zet(&goed, |v| {
                v["casussen"][0].as_object_mut().expect("casus").remove("gouden_standaard");
            }),
            "bij alle casussen of bij geen enkele",
        ),
    ];
    for (bestand, verwacht) in gevallen {
        let f = lees_pakket(&bestand).unwrap_err();
        assert!(f.contains(verwacht), "verwacht ‘{verwacht}’, kreeg: {f}");
    }
}

#[test]
fn an_older_pack_is_migrated_step_by_step() {
    // The path every future version takes: version 1 with a step that renames a field, read by a
    // reader whose current version is 2.
    fn hernoem(o: &mut serde_json::Map<String, Value>) {
        if let Some(t) = o.remove("titel") {
            o.insert("naam".into(), t);
        }
    }
    let oud = pakket().naar_json();
    let o = lees_object(&oud, PAKKET_FORMAT, "casuspakket", 2, &[hernoem]).expect("gemigreerd");
    assert_eq!(o["naam"], "Oefenexamen groep december");
    assert_eq!(o["schema_version"], 2);
    assert!(!o.contains_key("titel"));
    // A file of the current version passes no step.
    let nieuw = zet(&oud, |v| v["schema_version"] = 2.into());
    let o = lees_object(&nieuw, PAKKET_FORMAT, "casuspakket", 2, &[hernoem]).expect("actueel");
    assert_eq!(o["titel"], "Oefenexamen groep december");
}

#[test]
fn the_whole_loop_two_trainees_one_passes_one_gets_a_herexamen() {
    let p = pakket();
    let g = goud(&p);
    let deelnemers = p.voor_deelnemers();
    // Anna answers every Gouden Standaard exactly; Bram is 15% off on two casussen.
    let anna: Vec<String> = g.iter().map(|d| tekst(*d)).collect();
    let bram: Vec<String> = g
        .iter()
        .enumerate()
        .map(|(i, d)| if i < 2 { tekst((d * Decimal::new(115, 2)).round_dp(2)) } else { tekst(*d) })
        .collect();
    let za = zit(&deelnemers, "Anna de Boer", &anna.iter().map(String::as_str).collect::<Vec<_>>());
    let zb = zit(&deelnemers, "Bram Smit", &bram.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(za.zegel.is_some() && zb.zegel.is_some(), "de laatste dag inleveren verzegelt de antwoorden");
    let fa = za.antwoordbestand().expect("Anna").naar_json();
    let fb = zb.antwoordbestand().expect("Bram").naar_json();

    let pakketten = vec![p.clone()];
    let a = lees_antwoordbestand(&fa, &pakketten, &[]).expect("Anna ingelezen");
    let b = lees_antwoordbestand(&fb, &pakketten, std::slice::from_ref(&a)).expect("Bram ingelezen");
    let alle = vec![a, b];
    let o = groep(&p, &alle, &pakketten).expect("groep");
    assert_eq!(o.deelnemers.len(), 2);
    assert_eq!((o.deelnemers[0].binnen, o.deelnemers[0].kort), (6, Kortoordeel::Geslaagd));
    assert_eq!((o.deelnemers[1].binnen, o.deelnemers[1].kort), (4, Kortoordeel::Herexamen));
    assert!(o.deelnemers[1].kop.contains("herexamen"), "{}", o.deelnemers[1].kop);
    assert_eq!(o.casussen[0].binnen, 1);
    assert_eq!(o.casussen[0].laagste, Some(g[0]));
    assert_eq!(o.casussen[5].binnen, 2);
    assert!(o.casussen[0].antwoorden[1].meldingen.iter().any(|m| m.contains("Geen analyse")));

    let csv = groep_csv(&p, &o);
    let regels: Vec<&str> = csv.lines().collect();
    assert_eq!(regels.len(), 1 + 12);
    assert!(regels[0].starts_with("Pakket;Deelnemer;Casus"));
    assert!(regels[1].contains(";Anna de Boer;c01-bakkerij;") && regels[1].ends_with(";ja;geslaagd"), "{}", regels[1]);
    // Bram's first casus: 115% of the gold, on cents, is 14,99% off.
    assert!(
        regels[7].contains(";Bram Smit;c01-bakkerij;") && regels[7].ends_with(";14,99;nee;herexamen"),
        "{}",
        regels[7]
    );
    assert!(regels[1].contains(&tekst(g[0])), "bedragen met een decimale komma: {}", regels[1]);

    // The herexamen pack of three, judged by Bram's exam: 4 of 6 sets the norm at 2 of 3.
    let her = Casuspakket::nieuw(gegevens("pk-2", "Herexamen december"), zes()[3..].to_vec()).expect("her");
    let gh = goud(&her);
    let antwoorden = [tekst(gh[0]), tekst(gh[1]), "1,00".to_string()];
    let zh = zit(&her.voor_deelnemers(), "bram smit ", &antwoorden.iter().map(String::as_str).collect::<Vec<_>>());
    let pakketten = vec![p, her.clone()];
    let h = lees_antwoordbestand(&zh.antwoordbestand().expect("her").naar_json(), &pakketten, &alle).expect("her");
    let mut alle = alle;
    alle.push(h);
    let o = groep(&her, &alle, &pakketten).expect("groep");
    assert_eq!(o.deelnemers.len(), 1);
    assert_eq!((o.deelnemers[0].binnen, o.deelnemers[0].kort), (2, Kortoordeel::Geslaagd), "{}", o.deelnemers[0].kop);
    // Without Bram's exam the herexamen's norm is unknown, and it says so.
    let o = groep(&her, &alle[2..], &pakketten).expect("groep");
    assert_eq!(o.deelnemers[0].kort, Kortoordeel::Onbekend);
    assert!(o.deelnemers[0].kop.contains("niet ingelezen"), "{}", o.deelnemers[0].kop);
}

#[test]
fn the_trainer_sees_what_made_the_difference_taak_by_taak() {
    let p = pakket();
    let mut z = pakketzitting(1, "2026-12-06".into(), &p.voor_deelnemers(), "Anna").expect("zitting");
    // c01: one taak, tempo read as 80% instead of the gold's.
    let gouden = &p.met_gouden_standaard().expect("goud")[0];
    let gt = &gouden.gouden_standaard.stappenplan.taken[0];
    let werk = z.casussen[0].werk.as_mut().expect("werkblad");
    assert_eq!(werk.normloon, "15,35".replace("15,35", &werk.normloon), "het werkblad begint bij de normfunctie");
    werk.taken.push(TaakData {
        id: 1,
        naam: gt.naam.clone(),
        uren: tekst(gt.uren),
        tempo: "80".into(),
        kwaliteit: tekst(gt.kwaliteit),
        inzet: tekst(gt.inzet),
        toelichting: ["t".into(), "k".into(), "i".into()],
    });
    z.casussen[0].antwoord = "10,00".into();
    for dag in 0..2 {
        z.wijzig(|z| z.begin(dag, 10 + dag as u64));
        z.wijzig(|z| z.lever_in(dag, 20 + dag as u64, true));
    }
    let a = lees_antwoordbestand(&z.antwoordbestand().expect("bestand").naar_json(), std::slice::from_ref(&p), &[])
        .expect("ingelezen");
    let o = groep(&p, &[a], std::slice::from_ref(&p)).expect("groep");
    let verschil = &o.casussen[0].antwoorden[0].verschillen;
    assert!(
        verschil.iter().any(|v| v.tekst.contains(&gt.naam) && v.tekst.contains("80%")),
        "het tempo van de taak is als oorzaak genoemd: {verschil:?}"
    );
}

fn ingeleverd(p: &Casuspakket, naam: &str) -> String {
    let g = goud(p);
    let antwoorden: Vec<String> = g.iter().map(|d| tekst(*d)).collect();
    zit(&p.voor_deelnemers(), naam, &antwoorden.iter().map(String::as_str).collect::<Vec<_>>())
        .antwoordbestand()
        .expect("bestand")
        .naar_json()
}

#[test]
fn every_bad_answer_file_is_refused_with_a_message() {
    let p = pakket();
    let ander = Casuspakket::nieuw(gegevens("pk-9", "Pakket van een ander"), zes()).expect("ander");
    let pakketten = vec![p.clone()];
    let goed = ingeleverd(&p, "Anna");
    let eerst = lees_antwoordbestand(&goed, &pakketten, &[]).expect("goed");

    let gevallen: Vec<(String, Vec<Antwoordbestand>, &str)> = vec![
        (goed.clone(), vec![eerst.clone()], "al ingelezen"),
        (ingeleverd(&p, " anna"), vec![eerst.clone()], "al een ander antwoordbestand"),
        (ingeleverd(&ander, "Anna"), vec![], "hoort bij het pakket ‘Pakket van een ander’"),
        (zet(&goed, |v| v["casussen"][0]["antwoord"] = "99,99".into()), vec![], "na het inleveren gewijzigd"),
        (
            zet(&goed, |v| v["dagen"][1]["ingeleverd"] = 1_900_000_000_000u64.into()),
            vec![],
            "na het inleveren gewijzigd",
        ),
        (zet(&goed, |v| v["deelnemer"] = "Bram".into()), vec![], "na het inleveren gewijzigd"),
        (zet(&goed, |v| v["dagen"][1]["ingeleverd"] = Value::Null), vec![], "niet ingeleverd"),
        (
            zet(&goed, |v| v["casussen"].as_array_mut().expect("lijst").pop().map(drop).unwrap_or(())),
            vec![],
            "komen niet overeen",
        ),
        (zet(&goed, |v| v["schema_version"] = 7.into()), vec![], "nieuwere versie"),
        (zet(&goed, |v| v["dagen"] = "gisteren".into()), vec![], "beschadigd: bij $.dagen"),
        (p.voor_deelnemers().naar_json(), vec![], "Dit is een casuspakket, geen antwoordbestand"),
        (zet(&goed, |v| v["deelnemer"] = "".into()), vec![], "noemt geen deelnemer"),
    ];
    for (bestand, ingelezen, verwacht) in gevallen {
        let f = lees_antwoordbestand(&bestand, &pakketten, &ingelezen).unwrap_err();
        assert!(f.contains(verwacht), "verwacht ‘{verwacht}’, kreeg: {f}");
    }
    // An answer file can only be made once every day is handed in.
    let open = pakketzitting(1, "2026-12-06".into(), &p.voor_deelnemers(), "Anna").expect("zitting");
    assert!(open.antwoordbestand().unwrap_err().contains("Lever eerst elke examendag in"));
    assert!(pakketzitting(1, "x".into(), &p, "  ").unwrap_err().contains("Vul uw naam in"));
}

#[test]
fn the_seal_is_set_once_at_the_last_hand_in_and_later_edits_break_it() {
    let p = pakket();
    let mut z = zit(&p.voor_deelnemers(), "Anna", &["1,00"; 6]);
    let zegel = z.zegel.clone().expect("zegel");
    // Storage edited after the hand-in: the app no longer accepts the answer, and an edit made
    // around it is caught by the trainer.
    z.casussen[0].antwoord = "12,00".into();
    z.wijzig(|_| false);
    assert_eq!(z.zegel.as_deref(), Some(zegel.as_str()), "het zegel wordt niet opnieuw gezet");
    let f = lees_antwoordbestand(&z.antwoordbestand().expect("bestand").naar_json(), &[p], &[]).unwrap_err();
    assert!(f.contains("gewijzigd"), "{f}");
}

#[test]
fn a_trainers_casus_recomputes_like_a_shipped_one() {
    // Every shipped casus, opened as a starting point, becomes the same casus again.
    for c in zes().into_iter().chain([casus("c06-horeca-keuken"), casus("c10-metaal-assemblage")]) {
        let o = Casusontwerp::uit_casus(&c, "eigen-1".into());
        let terug = o.naar_casus().unwrap_or_else(|f| panic!("{}: {f:?}", c.id));
        assert_eq!(terug.gouden_standaard.stappenplan, c.gouden_standaard.stappenplan, "{}", c.id);
        assert_eq!(terug.gouden_standaard.ulw, c.gouden_standaard.ulw, "{}", c.id);
        assert_eq!(terug.verhaal, c.verhaal, "{}", c.id);
        assert_eq!(terug.normfunctie, c.normfunctie, "{}", c.id);
        assert_eq!(terug.id, "eigen-1");
    }
}

#[test]
fn a_trainers_casus_that_does_not_add_up_says_what_to_fix() {
    let c = casus("c02-schoonmaak");
    let goed = Casusontwerp::uit_casus(&c, "eigen-2".into());

    let mut o = goed.clone();
    o.stappenplan.taken[0].uren = "10".into();
    let f = o.naar_casus().unwrap_err();
    assert!(
        f.iter().any(|m| m.starts_with("Stappenplan: de taken tellen 16 uur op, de contracturen zijn 15")),
        "{f:?}"
    );

    let mut o = goed.clone();
    o.titel = " ".into();
    o.observaties = "\n \n".into();
    let f = o.naar_casus().unwrap_err();
    assert!(f.iter().any(|m| m.contains("de titel")), "{f:?}");
    assert!(f.iter().any(|m| m.contains("waarneming")), "{f:?}");

    let mut o = goed.clone();
    o.stappenplan.taken[1].toelichting[1] = String::new();
    let f = o.naar_casus().unwrap_err();
    assert!(f.iter().any(|m| m.contains("mist een toelichting")), "{f:?}");

    let mut o = goed.clone();
    o.stappenplan.taken[1].kwaliteit = "120".into();
    assert!(o.naar_casus().is_err(), "kwaliteit boven 100% geweigerd");

    let mut o = goed;
    let mut ulw = o.stappenplan.clone();
    ulw.normloon = "16,00".into();
    o.ulw = Some(ulw);
    let f = o.naar_casus().unwrap_err();
    assert!(f.iter().any(|m| m.starts_with("ULW: het normloon")), "{f:?}");
}

#[test]
fn a_pack_or_answer_file_dropped_on_the_dossier_import_says_where_it_belongs() {
    let p = pakket();
    let antwoord = ingeleverd(&p, "Anna");
    for (bestand, soort) in [(p.voor_deelnemers().naar_json(), "een casuspakket"), (antwoord, "een antwoordbestand")] {
        let Err(f) = werkwaarde::dossier::backup::lees_bestand(bestand.as_bytes()) else {
            panic!("{soort} als dossier aangenomen");
        };
        let f = f.melding();
        assert!(f.starts_with(&format!("Dit is {soort} voor de examentraining, geen dossier.")), "{f}");
    }
}

#[test]
fn a_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
    let p = pakket();
    // Every answer € 1,00: far below the gold, a negative deviation.
    let z = zit(&p.voor_deelnemers(), "=SOM(A1)", &["1,00"; 6]);
    let a = lees_antwoordbestand(&z.antwoordbestand().expect("bestand").naar_json(), std::slice::from_ref(&p), &[])
        .expect("ingelezen");
    let g = groep(&p, &[a], std::slice::from_ref(&p)).expect("groep");
    let csv = groep_csv(&p, &g);
    let regel = csv.lines().nth(1).expect("regel");
    assert!(regel.contains(";'=SOM(A1);"), "{regel}");
    // A negative deviation stays a number.
    assert!(regel.contains(";1;12,94;-92,27;nee;"), "{regel}");
}

#[test]
fn an_answer_or_analysis_changes_only_while_its_day_is_open() {
    let p = pakket();
    let mut z = pakketzitting(1, "2026-12-06".into(), &p.voor_deelnemers(), "Anna").expect("zitting");
    assert!(!z.wijzig_casus(0, 5, |c| c.antwoord = "1".into()), "voor het begin van de dag");
    z.wijzig(|z| z.begin(0, 10));
    assert!(z.wijzig_casus(0, 11, |c| c.antwoord = "12,00".into()));
    assert!(!z.wijzig_casus(3, 11, |c| c.antwoord = "1".into()), "casus 4 hoort bij dag 2");
    z.wijzig(|z| z.lever_in(0, 12, true));
    assert!(!z.wijzig_casus(0, 13, |c| c.antwoord = "99,00".into()), "na het inleveren");
    assert_eq!(z.casussen[0].antwoord, "12,00");
}

#[test]
fn a_normfunctie_number_that_cannot_be_read_is_named_once() {
    let mut o = Casusontwerp::uit_casus(&casus("c02-schoonmaak"), "eigen-3".into());
    o.stappenplan.normloon = "veel".into();
    o.stappenplan.werkdagen = String::new();
    let f = o.naar_casus().unwrap_err();
    assert_eq!(f.iter().filter(|m| m.to_lowercase().contains("normloon")).count(), 1, "{f:?}");
    assert!(f.iter().any(|m| m == "Stappenplan: vul het aantal werkdagen in."), "{f:?}");
}
