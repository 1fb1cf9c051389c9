//! The keuzegids of the Loonwaardegids 2.1.3 (§2.1–§2.3): every methodiek of §2.3 once, every
//! kenmerk of the format per methodiek, summaries in Dutch, in our own words and without contact
//! details, and the filters.
//!
//! "Own words" is checked against the source itself: no window of 12 consecutive words of a
//! summary occurs in the Loonwaardegids text (both reduced to lowercase words). The text is read
//! from the path in `WERKWAARDE_LOONWAARDEGIDS`, `../shared/seeds/` next to the repository, or the
//! workplace's shared folder (`bronpaden`).

use std::collections::BTreeSet;
use std::path::PathBuf;

use werkwaarde::domain::loonwaarde::keuzegids::{
    bron, filter, methodiek, Criterium, Doelgroep, Filter, Methodiekbeschrijving, Rekenwijze, METHODIEKEN,
    NIET_BESCHREVEN,
};

/// The methodieken §2.3 describes, as the source heads them, in the order of its overzichtstabel
/// (§2.1 speaks of nine).
const IN_DE_BRON: [(&str, &str); 9] = [
    ("Activa", "activa"),
    ("CompetenSYS Loonbalans", "competensys"),
    ("Dariuz", "dariuz"),
    ("Loonwaarde Advies Tool", "lat"),
    ("Matchcare", "matchcare"),
    ("Talent6", "talent6"),
    ("UWV", "uwv"),
    ("VTA-methodiek", "vta"),
    ("Werkstap", "werkstap"),
];

const VENSTER: usize = 12;

/// Where the Loonwaardegids text may be: `WERKWAARDE_LOONWAARDEGIDS`, `../shared/seeds/` next to
/// the repository, or the workplace's shared folder. It is a source document, not part of the
/// repository.
fn bronpaden() -> Vec<PathBuf> {
    let mut paden: Vec<PathBuf> =
        std::env::var_os("WERKWAARDE_LOONWAARDEGIDS").map(PathBuf::from).into_iter().collect();
    paden.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/004_68cc09df685f392c.txt"));
    paden.push(PathBuf::from("/work/shared/seeds/004_68cc09df685f392c.txt"));
    paden
}

/// The source text, or `None` on a machine without it: the checks against the source then say
/// they did not run (they run on every machine of this project, CI included).
fn brontekst() -> Option<String> {
    let tekst = bronpaden().into_iter().find_map(|p| std::fs::read_to_string(p).ok());
    if tekst.is_none() {
        eprintln!(
            "De Loonwaardegids staat niet op deze machine ({:?}); de toetsen tegen de bron zijn overgeslagen.",
            bronpaden()
        );
    }
    tekst
}

/// Lowercase words: every run of letters and digits; punctuation and whitespace separate.
fn woorden(tekst: &str) -> Vec<String> {
    tekst.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Every text the keuzegids shows, with where it comes from.
fn alle_teksten() -> Vec<(String, &'static str)> {
    let mut uit: Vec<(String, &'static str)> =
        Criterium::ALLE.iter().map(|c| (format!("uitleg {}", c.naam()), c.uitleg())).collect();
    for m in METHODIEKEN {
        for c in Criterium::ALLE {
            if let Some(t) = m.kenmerk(c) {
                uit.push((format!("{} / {}", m.id, c.naam()), t));
            }
        }
    }
    uit
}

fn ids(v: &[&Methodiekbeschrijving]) -> Vec<&'static str> {
    v.iter().map(|m| m.id).collect()
}

fn alle_ids() -> Vec<&'static str> {
    METHODIEKEN.iter().map(|m| m.id).collect()
}

// ---------------------------------------------------------------------------------------------
// Completeness
// ---------------------------------------------------------------------------------------------

#[test]
fn elke_methodiek_van_2_3_precies_eenmaal_in_bronvolgorde() {
    let Some(bron_tekst) = brontekst() else { return };
    assert_eq!(METHODIEKEN.len(), IN_DE_BRON.len(), "§2.1: negen methodieken");
    for ((naam, id), m) in IN_DE_BRON.iter().zip(METHODIEKEN) {
        assert!(bron_tekst.contains(naam), "'{naam}' staat niet in de Loonwaardegids");
        assert_eq!(m.id, *id, "volgorde van de overzichtstabel");
        let treffers = METHODIEKEN.iter().filter(|x| x.naam.starts_with(naam)).count();
        assert_eq!(treffers, 1, "'{naam}' moet precies eenmaal voorkomen");
        assert!(m.paragraaf.starts_with("§2.3"), "{}: {}", m.id, m.paragraaf);
        assert!(methodiek(id).is_some_and(|x| x.naam == m.naam));
    }
    assert!(methodiek("onbekend").is_none());
}

#[test]
fn ids_uniek_en_ascii() {
    let set: BTreeSet<&str> = alle_ids().into_iter().collect();
    assert_eq!(set.len(), METHODIEKEN.len(), "ids zijn uniek");
    for m in METHODIEKEN {
        assert!(!m.id.is_empty());
        assert!(
            m.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
            "'{}' is geen id van kleine ascii-letters",
            m.id
        );
    }
}

#[test]
fn elk_criterium_per_methodiek_aanwezig() {
    assert_eq!(Criterium::ALLE.len(), 12);
    for m in METHODIEKEN {
        for c in Criterium::ALLE {
            match m.kenmerk(c) {
                Some(t) => {
                    assert!(!t.trim().is_empty(), "{} / {}: lege samenvatting", m.id, c.naam());
                    assert_eq!(m.toon(c), t);
                }
                None => assert_eq!(m.toon(c), NIET_BESCHREVEN),
            }
        }
    }
    assert_eq!(NIET_BESCHREVEN, "niet beschreven in de Loonwaardegids");
}

#[test]
fn criteria_volgen_het_format() {
    let namen: Vec<&str> = Criterium::ALLE.iter().map(|c| c.naam()).collect();
    assert_eq!(
        namen,
        [
            "Wet- en regelgeving",
            "Meting",
            "Proces",
            "Doelgroep",
            "Tijd per meting",
            "Rapportage",
            "Uitvoerder",
            "Training",
            "Hulpmiddelen voor de uitvoerder",
            "Inbedding in het re-integratieproces",
            "Gegevensbeheer",
            "Kosten",
        ]
    );
    let Some(bron_tekst) = brontekst() else { return };
    for kop in ["Proces", "Doelgroep", "Rapportage", "Uitvoerder", "Training", "Gegevensbeheer", "Kosten"] {
        assert!(bron_tekst.contains(&format!("\n{kop}")), "kop '{kop}' van §2.2 niet gevonden");
    }
    for kop in ["Hulpmiddelen voor de uitvoerder", "Inbedding in het re-integratieproces", "Hoeveel tijd kost"] {
        assert!(bron_tekst.contains(kop), "'{kop}' niet gevonden");
    }
    for c in Criterium::ALLE {
        assert!(!c.uitleg().is_empty());
    }
}

#[test]
fn bron_noemt_versie_en_paragrafen() {
    assert_eq!(bron(), "Loonwaardegids versie 2.1.3, §2.1–§2.3");
}

#[test]
fn rekenwijze_volgens_spec_b2() {
    for m in METHODIEKEN {
        let eigen = matches!(m.id, "dariuz" | "lat" | "matchcare");
        assert_eq!(m.eigen_formule(), eigen, "{}", m.id);
        match m.rekenwijze {
            Rekenwijze::Stappenplan => assert!(!eigen),
            Rekenwijze::EigenFormule(f) => assert!(f.contains("T") && f.contains('='), "{}: {f}", m.id),
        }
    }
}

#[test]
fn feiten_uit_de_overzichtstabel() {
    // Training in days, row 8: 2 2 4 1 1,5 2 2 3 1,5.
    let halve: Vec<u8> = METHODIEKEN.iter().map(|m| m.training_halve_dagen).collect();
    assert_eq!(halve, [4, 4, 8, 2, 3, 4, 4, 6, 3]);
    // Every methodiek fits "alle doelgroepen" (row 4) and needs certified uitvoerders (row 8).
    assert!(METHODIEKEN.iter().all(|m| m.past_bij(Doelgroep::AlleMetArbeidsbeperking) && m.training_vereist));
    // Row 6, "Aandacht voor ontwikkeling": only the LAT has none.
    let zonder: Vec<&str> = METHODIEKEN.iter().filter(|m| !m.ontwikkeladvies).map(|m| m.id).collect();
    assert_eq!(zonder, ["lat"]);
    // Row 12, "Licentiekosten": not for the LAT, Talent6 and UWV.
    let geen: Vec<&str> = METHODIEKEN.iter().filter(|m| !m.licentiekosten).map(|m| m.id).collect();
    assert_eq!(geen, ["lat", "talent6", "uwv"]);
    for m in METHODIEKEN {
        let mut d = m.doelgroepen.to_vec();
        d.dedup();
        assert_eq!(d.len(), m.doelgroepen.len(), "{}: dubbele doelgroep", m.id);
    }
}

// ---------------------------------------------------------------------------------------------
// The texts: Dutch, no contact details, own words
// ---------------------------------------------------------------------------------------------

#[test]
fn teksten_zonder_contactgegevens_of_prijzen() {
    for (waar, t) in alle_teksten() {
        let klein = t.to_lowercase();
        for verboden in ["http", "@", "www", "€", ".nl", ".com", "telefoon", "e-mail"] {
            assert!(!klein.contains(verboden), "{waar}: bevat '{verboden}': {t}");
        }
        let mut reeks = 0;
        for c in t.chars() {
            reeks = if c.is_ascii_digit() { reeks + 1 } else { 0 };
            assert!(reeks < 6, "{waar}: een reeks van zes of meer cijfers: {t}");
        }
    }
}

#[test]
fn teksten_zijn_nederlands() {
    const NEDERLANDS: &[&str] = &[
        "de", "het", "een", "en", "van", "met", "op", "voor", "in", "is", "wordt", "worden", "niet", "per", "zijn",
        "geen", "dat", "die", "of", "te", "bij", "naar", "als", "tot", "door", "ook", "uur", "maar",
    ];
    const ENGELS: &[&str] = &["the", "and", "with", "which", "this", "from", "should", "must", "not", "only"];
    for (waar, t) in alle_teksten() {
        let w = woorden(t);
        assert!(w.iter().any(|x| NEDERLANDS.contains(&x.as_str())), "{waar}: geen Nederlands woord: {t}");
        for e in ENGELS {
            assert!(!w.iter().any(|x| x == e), "{waar}: Engels woord '{e}': {t}");
        }
    }
}

#[test]
fn geen_zin_van_twaalf_woorden_uit_de_bron() {
    let Some(bron) = brontekst() else { return };
    let bron_tekst = format!(" {} ", woorden(&bron).join(" "));
    let mut gekopieerd = Vec::new();
    for (waar, t) in alle_teksten() {
        let w = woorden(t);
        for venster in w.windows(VENSTER) {
            let stuk = format!(" {} ", venster.join(" "));
            if bron_tekst.contains(&stuk) {
                gekopieerd.push(format!("{waar}: '{}'", stuk.trim()));
            }
        }
    }
    assert!(gekopieerd.is_empty(), "overgenomen uit de Loonwaardegids:\n{}", gekopieerd.join("\n"));
}

#[test]
fn de_vensterproef_vangt_een_letterlijke_zin() {
    // The check itself works: a sentence of the source, however it is spaced or cased, is caught.
    let Some(bron) = brontekst() else { return };
    let bron_tekst = format!(" {} ", woorden(&bron).join(" "));
    let zin = "De  uitvoerder stelt zijn vragen in EENVOUDIG Nederlands waardoor ook werknemers die de \
               Nederlandse taal niet goed beheersen";
    let w = woorden(zin);
    assert!(w.windows(VENSTER).any(|v| bron_tekst.contains(&format!(" {} ", v.join(" ")))));
}

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

#[test]
fn lege_filter_geeft_alles_in_bronvolgorde() {
    assert_eq!(ids(&filter(&Filter::default())), alle_ids());
    let lege_tekst = Filter { tekst: Some(String::new()), ..Filter::default() };
    assert_eq!(ids(&filter(&lege_tekst)), alle_ids());
}

#[test]
fn filter_op_doelgroep() {
    let op = |d| ids(&filter(&Filter { doelgroep: Some(d), ..Filter::default() }));
    assert_eq!(op(Doelgroep::AlleMetArbeidsbeperking), alle_ids());
    assert_eq!(op(Doelgroep::OnderkantArbeidsmarkt), ["competensys", "talent6"]);
    assert_eq!(op(Doelgroep::NietLezend), ["activa", "dariuz", "matchcare", "talent6", "werkstap"]);
    assert_eq!(op(Doelgroep::WeinigNederlands), ["activa", "talent6", "werkstap"]);
    for d in Doelgroep::ALLE {
        assert!(!d.naam().is_empty());
    }
}

#[test]
fn filter_op_eigen_formule() {
    let op = |e| ids(&filter(&Filter { eigen_formule: Some(e), ..Filter::default() }));
    assert_eq!(op(true), ["dariuz", "lat", "matchcare"]);
    assert_eq!(op(false), ["activa", "competensys", "talent6", "uwv", "vta", "werkstap"]);
}

#[test]
fn filter_op_training() {
    let op = |t| ids(&filter(&Filter { training_vereist: Some(t), ..Filter::default() }));
    // The Loonwaardegids requires trained, certified uitvoerders for all nine.
    assert_eq!(op(true), alle_ids());
    assert!(op(false).is_empty());
}

#[test]
fn tekst_zoeken_zonder_hoofdlettergevoel() {
    let op = |z: &str| ids(&filter(&Filter { tekst: Some(z.to_string()), ..Filter::default() }));
    // On the name.
    assert_eq!(op("DARIUZ"), ["dariuz"]);
    assert_eq!(op("advies tool"), ["lat"]);
    assert_eq!(op("competensys"), op("CompetenSYS"));
    // On the summaries.
    assert_eq!(op("nen 3147"), ["vta"]);
    assert_eq!(op("Laaggeletterdheid"), ["matchcare"]);
    assert_eq!(op("HELPDESK"), ["lat"]);
    assert!(op("cliëntvolgsysteem").len() > 3);
    assert_eq!(op("CLIËNTVOLGSYSTEEM"), op("cliëntvolgsysteem"));
    assert!(op("bestaat niet in de gids").is_empty());
}

#[test]
fn filters_gecombineerd() {
    let f = Filter {
        doelgroep: Some(Doelgroep::NietLezend),
        eigen_formule: Some(true),
        training_vereist: None,
        tekst: None,
    };
    assert_eq!(ids(&filter(&f)), ["dariuz", "matchcare"]);

    let f = Filter { tekst: Some("Cliëntvolgsysteem".into()), ..f };
    let r = ids(&filter(&f));
    assert_eq!(r, ["dariuz", "matchcare"]);

    let f = Filter {
        doelgroep: Some(Doelgroep::WeinigNederlands),
        eigen_formule: Some(false),
        training_vereist: Some(true),
        tekst: Some("ONTWIKKELPLAN".into()),
    };
    assert_eq!(ids(&filter(&f)), ["werkstap"]);

    let f = Filter { training_vereist: Some(false), ..f };
    assert!(filter(&f).is_empty());

    // Each result keeps the source order and passes every field on its own.
    let f = Filter {
        doelgroep: Some(Doelgroep::AlleMetArbeidsbeperking),
        eigen_formule: Some(false),
        training_vereist: Some(true),
        tekst: Some("loonkostensubsidie".into()),
    };
    let r = filter(&f);
    let los: Vec<Vec<&str>> = [
        Filter { doelgroep: f.doelgroep, ..Filter::default() },
        Filter { eigen_formule: f.eigen_formule, ..Filter::default() },
        Filter { training_vereist: f.training_vereist, ..Filter::default() },
        Filter { tekst: f.tekst.clone(), ..Filter::default() },
    ]
    .iter()
    .map(|g| ids(&filter(g)))
    .collect();
    let verwacht: Vec<&str> = alle_ids().into_iter().filter(|id| los.iter().all(|l| l.contains(id))).collect();
    assert_eq!(ids(&r), verwacht);
    assert!(!r.is_empty());
}
