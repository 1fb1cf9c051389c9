//! Rules of the Handleiding Keurmerk Arbeid 2023 that the zelftoets must apply as written, each
//! through the whole zelftoets (typed answers → every norm → verdict) where practical. Each test
//! names its paragraph or footnote and states the rule in our own short words.

mod gedeeld;

use gedeeld::net_voldoende;

use chrono::NaiveDate;
use rust_decimal_macros::dec;
use werkwaarde::domain::keurmerk::catalogus::{self, omschrijving, ZZP_1_5_2_D};
use werkwaarde::domain::keurmerk::diensten::{afgeronde_trajecten, basis_gegeven, minimum_vijf, DienstInvoer, Gegeven};
use werkwaarde::domain::keurmerk::handleiding::HANDLEIDING;
use werkwaarde::domain::keurmerk::hoofdnorm1::{leeftijd_tekst, VOG_FUNCTIEASPECTEN};
use werkwaarde::domain::keurmerk::oordeel::Uitslag;
use werkwaarde::domain::keurmerk::sterren::{Invoerwaarde, Onderdeel};
use werkwaarde::domain::keurmerk::tevredenheid::FORMULE_3_1_1_AUDIT;
use werkwaarde::domain::keurmerk::vrijstelling::{Oordeel as Vrijstellingsoordeel, Regeling, VOORWAARDEN};
use werkwaarde::domain::keurmerk::{Aanvrager, Normuitkomst, Profiel, Status, ZelftoetsVeld};
use werkwaarde::dossier::zelftoets::{beoordeel, checklist_velden, hoofdnorm1_velden, Uitkomst, ZelftoetsData};

// ---------------------------------------------------------------------------------------------
// Dossiers
// ---------------------------------------------------------------------------------------------

/// The same provider as a keurmerkhouder that did not use the compensatieregeling last time.
fn houder() -> ZelftoetsData {
    let mut data = net_voldoende();
    zet(&mut data, "p-aanvrager", "keurmerkhouder");
    zet(&mut data, "p-compensatie", "nee");
    data
}

fn zet(data: &mut ZelftoetsData, veld: &str, waarde: &str) {
    assert!(ZelftoetsVeld::uit_id(veld).is_some(), "{veld} is geen veld van de zelftoets");
    data.invoer.insert(veld.to_string(), waarde.to_string());
}

fn norm<'a>(u: &'a Uitkomst, code: &str) -> &'a Normuitkomst {
    u.uitkomsten
        .iter()
        .find(|n| n.code == code && n.dienst.is_none())
        .unwrap_or_else(|| panic!("geen uitkomst voor {code}"))
}

fn veld(n: &Normuitkomst) -> Option<String> {
    n.veld.map(ZelftoetsVeld::id)
}

fn document<'a>(u: &'a Uitkomst, id: &str) -> &'a werkwaarde::domain::keurmerk::hoofdnorm1::Documentstatus {
    u.documenten.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("geen document {id}"))
}

fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(j, m, dag).expect("testdatum")
}

#[test]
fn the_base_dossiers_pass() {
    let u = beoordeel(&net_voldoende());
    assert!(u.fouten.is_empty(), "{:?}", u.fouten);
    assert_eq!(u.oordeel.uitslag, Uitslag::KanWordenToegekend, "{:?}", u.oordeel.redenen);
    assert!(!u.oordeel.voorlopig, "{:?}", u.oordeel.redenen);
    let u = beoordeel(&houder());
    assert_eq!(u.oordeel.uitslag, Uitslag::InOrde, "{:?}", u.oordeel.redenen);
    assert!(!u.oordeel.voorlopig, "{:?}", u.oordeel.redenen);
}

// ---------------------------------------------------------------------------------------------
// (a) Two dates: footnotes 4 and 20, checklist §5.1.1
// ---------------------------------------------------------------------------------------------

// Footnotes 4 and 20: a VOG may be at most six months old at the audit; for an aspirant at
// most six months old at the aanmelding. Aanmelding 1 december 2025 → earliest 1 juni 2025.

#[test]
fn an_aspirants_vog_is_measured_at_the_aanmelding_exactly_six_months_is_in_time() {
    let mut data = net_voldoende();
    // Nine months before the audit of 1 maart 2026, but six months before the aanmelding.
    zet(&mut data, "vog-datum", "2025-06-01");
    let u = beoordeel(&data);
    assert_eq!(norm(&u, "1.2.4").status, Status::Voldoet, "{}", norm(&u, "1.2.4").melding);
    assert_eq!(u.oordeel.uitslag, Uitslag::KanWordenToegekend, "{:?}", u.oordeel.redenen);
    // The checklist states the age at the date it is measured at.
    assert_eq!(document(&u, "vog").leeftijd.as_deref(), Some("6 maanden oud op de datum van de aanmelding"));
    assert_eq!(document(&u, "vog").status, Status::Voldoet);
}

#[test]
fn an_aspirants_vog_one_day_older_than_six_months_at_the_aanmelding_fails_1_2_4() {
    let mut data = net_voldoende();
    zet(&mut data, "vog-datum", "2025-05-31");
    let u = beoordeel(&data);
    let n = norm(&u, "1.2.4");
    assert_eq!(n.status, Status::VoldoetNiet);
    assert!(n.materieel);
    assert_eq!(veld(n).as_deref(), Some("vog-datum"));
    assert!(n.uitleg.formule.contains("de datum van aanmelding (aspirant)"), "{}", n.uitleg.formule);
    // A materiële norm: no toekenning.
    assert_eq!(u.oordeel.uitslag, Uitslag::NietToekenning);
}

#[test]
fn an_aspirant_without_an_aanmelddatum_is_asked_for_it_not_for_the_audit_date() {
    let mut data = net_voldoende();
    data.invoer.remove("p-aanmelddatum");
    let u = beoordeel(&data);
    let n = norm(&u, "1.2.4");
    assert_eq!(n.status, Status::Onbekend);
    assert_eq!(veld(n).as_deref(), Some("p-aanmelddatum"));
}

// Checklist §5.1.1: the KvK-uittreksel at most three months old, at the audit (not the
// aanmelding): audit 1 maart 2026 → earliest 1 december 2025.

#[test]
fn the_kvk_uittreksel_is_measured_at_the_audit_date_exactly_three_months_is_in_time() {
    let mut data = net_voldoende();
    zet(&mut data, "kvk-datum", "2025-12-01");
    let u = beoordeel(&data);
    assert_eq!(norm(&u, "1.2.1").status, Status::Voldoet, "{}", norm(&u, "1.2.1").melding);
    assert_eq!(document(&u, "kvk-uittreksel").status, Status::Voldoet);
    assert_eq!(document(&u, "kvk-uittreksel").leeftijd.as_deref(), Some("3 maanden oud op de datum van de audit"));
}

#[test]
fn a_kvk_uittreksel_one_day_older_than_three_months_at_the_audit_is_not_accepted() {
    let mut data = net_voldoende();
    // On the aanmelding (1 december 2025) it would be one day old: the audit date decides.
    zet(&mut data, "kvk-datum", "2025-11-30");
    let u = beoordeel(&data);
    let n = norm(&u, "1.2.1");
    // An old uittreksel does not prove the registration missing, only unproven ([keuze]).
    assert_eq!(n.status, Status::Onbekend, "{}", n.melding);
    assert_eq!(veld(n).as_deref(), Some("kvk-datum"));
    assert!(n.melding.contains("ouder dan 3 maanden"), "{}", n.melding);
    let doc = document(&u, "kvk-uittreksel");
    assert_eq!(doc.status, Status::VoldoetNiet);
    assert_eq!(doc.leeftijd.as_deref(), Some("3 maanden en 1 dag oud op de datum van de audit"));
}

#[test]
fn a_keurmerkhouders_vog_is_measured_at_the_audit_date() {
    // Audit 1 maart 2026 → earliest 1 september 2025, whatever the aanmelding says.
    let mut data = houder();
    zet(&mut data, "vog-datum", "2025-09-01");
    let u = beoordeel(&data);
    assert_eq!(norm(&u, "1.2.4").status, Status::Voldoet, "{}", norm(&u, "1.2.4").melding);
    assert_eq!(document(&u, "vog").leeftijd.as_deref(), Some("6 maanden oud op de datum van de audit"));

    // One day older: in time at the aanmelding of 1 december 2025, too old at the audit.
    zet(&mut data, "vog-datum", "2025-08-31");
    let u = beoordeel(&data);
    let n = norm(&u, "1.2.4");
    assert_eq!(n.status, Status::VoldoetNiet, "{}", n.melding);
    assert!(n.uitleg.formule.contains("de datum van de audit"), "{}", n.uitleg.formule);
    assert_eq!(u.oordeel.uitslag, Uitslag::SchorsingOfIntrekkingMogelijk, "{:?}", u.oordeel.redenen);
}

#[test]
fn vog_peildatum_is_the_aanmelding_for_an_aspirant_and_the_audit_for_a_keurmerkhouder() {
    let p = Profiel { peildatum: Some(d(2026, 3, 1)), aanmelddatum: Some(d(2025, 12, 1)), ..Default::default() };
    assert_eq!(p.vog_peildatum(), Some(d(2025, 12, 1)));
    let h = Profiel { aanvrager: Aanvrager::Keurmerkhouder, ..p };
    assert_eq!(h.vog_peildatum(), Some(d(2026, 3, 1)));
}

// ---------------------------------------------------------------------------------------------
// (b) One VOG per bestuurder: norm 1.2.4 ("van het Management"), checklist §5.1.1
//     ("VOG van de bestuurder(s)")
// ---------------------------------------------------------------------------------------------

fn twee_bestuurders() -> ZelftoetsData {
    let mut data = net_voldoende();
    data.bestuurders = vec![5];
    zet(&mut data, "vog-5-naam", "B. Jansen");
    zet(&mut data, "vog-5-datum", "2025-10-01");
    let aspecten: Vec<String> = VOG_FUNCTIEASPECTEN.iter().map(|a| a.to_string()).collect();
    zet(&mut data, "vog-5-functieaspecten", &aspecten.join(", "));
    data
}

#[test]
fn two_bestuurders_each_with_a_valid_vog_meet_1_2_4() {
    let u = beoordeel(&twee_bestuurders());
    assert_eq!(norm(&u, "1.2.4").status, Status::Voldoet, "{}", norm(&u, "1.2.4").melding);
    assert!(norm(&u, "1.2.4").uitleg.berekening.contains("De VOG van B. Jansen"));
}

#[test]
fn the_second_bestuurders_vog_too_old_fails_1_2_4_at_that_bestuurders_field() {
    let mut data = twee_bestuurders();
    // Aspirant: 1 juni 2025 is the earliest at the aanmelding of 1 december 2025.
    zet(&mut data, "vog-5-datum", "2025-05-31");
    let u = beoordeel(&data);
    let n = norm(&u, "1.2.4");
    assert_eq!(n.status, Status::VoldoetNiet);
    assert_eq!(veld(n).as_deref(), Some("vog-5-datum"));
    assert!(n.melding.contains("B. Jansen"), "{}", n.melding);
    assert!(!n.melding.contains("A. de Vries"), "only the failing VOG speaks: {}", n.melding);
}

#[test]
fn the_second_bestuurders_vog_without_functieaspect_71_fails_1_2_4_at_its_aspecten() {
    let mut data = twee_bestuurders();
    zet(&mut data, "vog-5-functieaspecten", "11, 12, 13, 21, 22, 41, 43, 53");
    let u = beoordeel(&data);
    let n = norm(&u, "1.2.4");
    assert_eq!(n.status, Status::VoldoetNiet);
    assert_eq!(veld(n).as_deref(), Some("vog-5-functieaspecten"));
    assert!(n.melding.contains("B. Jansen") && n.melding.contains("functieaspect 71"), "{}", n.melding);
}

#[test]
fn a_bestuurder_without_a_vog_date_leaves_1_2_4_unknown_not_met() {
    let mut data = twee_bestuurders();
    data.invoer.remove("vog-5-datum");
    let u = beoordeel(&data);
    let n = norm(&u, "1.2.4");
    assert_eq!(n.status, Status::Onbekend);
    assert_eq!(veld(n).as_deref(), Some("vog-5-datum"));
    assert!(u.oordeel.voorlopig);
}

// ---------------------------------------------------------------------------------------------
// (c) Keurmerk Inburgeren (§3.4 'Let op'): holders offering Dienst 1 or another Dienst are at the
//     resultatenaudit exempt from the assessment of hoofdnorm 1. NLQF (§2.10) keeps 1.2.3–1.2.5.
// ---------------------------------------------------------------------------------------------

#[test]
fn keurmerk_inburgeren_exempts_all_of_hoofdnorm_1_an_old_vog_included() {
    let mut data = net_voldoende();
    zet(&mut data, "p-inburgeren", "ja");
    zet(&mut data, "vog-datum", "2020-01-01");
    zet(&mut data, "h1-1.5.8", "voldoet_niet");
    let u = beoordeel(&data);
    assert_eq!(norm(&u, "1.2.4").status, Status::NietVanToepassing, "{}", norm(&u, "1.2.4").melding);
    let hoofdnorm1: Vec<String> = u
        .uitkomsten
        .iter()
        .filter(|n| n.hoofdnorm == 1 && n.status != Status::NietVanToepassing)
        .map(|n| format!("{} {:?}", n.code, n.status))
        .collect();
    assert!(hoofdnorm1.is_empty(), "{hoofdnorm1:?}");
    let t = u.telling(1);
    assert_eq!((t.voldoet, t.voldoet_niet, t.onbekend), (0, 0, 0));
    assert!(norm(&u, "1.2.4").melding.contains("§3.4"), "{}", norm(&u, "1.2.4").melding);
    assert_eq!(u.oordeel.uitslag, Uitslag::KanWordenToegekend, "{:?}", u.oordeel.redenen);
}

#[test]
fn a_keurmerkhouder_with_keurmerk_inburgeren_and_an_old_vog_is_not_schorsing() {
    let mut data = houder();
    zet(&mut data, "p-inburgeren", "ja");
    zet(&mut data, "vog-datum", "2020-01-01");
    let u = beoordeel(&data);
    assert_ne!(u.oordeel.uitslag, Uitslag::SchorsingOfIntrekkingMogelijk);
    assert_eq!(u.oordeel.uitslag, Uitslag::InOrde, "{:?}", u.oordeel.redenen);
}

#[test]
fn nlqf_keeps_managementverklaring_vog_and_ubo_pep() {
    let mut data = houder();
    zet(&mut data, "p-nlqf", "ja");
    zet(&mut data, "vog-datum", "2020-01-01");
    let u = beoordeel(&data);
    // §2.10: vrijstelling of hoofdnorm 1 except 1.2.3, 1.2.4 and 1.2.5.
    assert_eq!(norm(&u, "1.1.1").status, Status::NietVanToepassing);
    assert_eq!(norm(&u, "1.5.8").status, Status::NietVanToepassing);
    assert_eq!(norm(&u, "1.2.3").status, Status::Voldoet);
    assert_eq!(norm(&u, "1.2.5").status, Status::Voldoet);
    assert_eq!(norm(&u, "1.2.4").status, Status::VoldoetNiet);
    assert_eq!(u.oordeel.uitslag, Uitslag::SchorsingOfIntrekkingMogelijk, "{:?}", u.oordeel.redenen);
}

// ---------------------------------------------------------------------------------------------
// (d) zzp without hired personnel (§2.8): klachten need not go to a third party, the reglement
//     says who handles them; a written regeling for opvang bij ziekte en vakantie is checked.
// ---------------------------------------------------------------------------------------------

fn zzp() -> Profiel {
    Profiel { zzp: true, ..Default::default() }
}

#[test]
fn norm_1_5_2_d_reads_as_section_2_8_for_a_zzper() {
    let n = catalogus::norm("1.5.2.d").unwrap();
    assert_eq!(omschrijving(n, &zzp()), ZZP_1_5_2_D);
    assert_eq!(omschrijving(n, &Profiel::default()), n.omschrijving);
    assert_ne!(n.omschrijving, ZZP_1_5_2_D);
    assert!(ZZP_1_5_2_D.contains("hoeft dat geen derde te zijn") && ZZP_1_5_2_D.contains("§2.8"));
    // The checklist row shows the zzp reading as its label.
    let label = |p: &Profiel| {
        checklist_velden(p).into_iter().find(|(s, _)| s.veld == "h1-1.5.2.d").map(|(s, _)| s.label).unwrap()
    };
    assert_eq!(label(&zzp()), format!("1.5.2.d {ZZP_1_5_2_D}"));
    assert_eq!(label(&Profiel::default()), format!("1.5.2.d {}", n.omschrijving));
}

#[test]
fn the_outcome_of_1_5_2_d_for_a_zzper_cites_section_2_8() {
    let mut data = net_voldoende();
    zet(&mut data, "p-zzp", "ja");
    let u = beoordeel(&data);
    let n = u.uitkomsten.iter().find(|n| n.code == "1.5.2.d").unwrap();
    assert_eq!(n.uitleg.norm.as_deref(), Some(ZZP_1_5_2_D));
    assert!(n.uitleg.bron.contains("§2.8"), "{}", n.uitleg.bron);
}

#[test]
fn the_opvang_regeling_is_asked_only_of_a_zzper() {
    let gevraagd = |p: &Profiel| hoofdnorm1_velden(p).iter().any(|v| v.veld == "eis-zzp-opvang");
    assert!(gevraagd(&zzp()));
    assert!(!gevraagd(&Profiel::default()));

    let u = beoordeel(&net_voldoende());
    assert!(!u.uitkomsten.iter().any(|n| n.code == "zzp-opvang"));

    let mut data = net_voldoende();
    zet(&mut data, "p-zzp", "ja");
    let u = beoordeel(&data);
    let n = norm(&u, "zzp-opvang");
    assert_eq!((n.hoofdnorm, n.status), (1, Status::Onbekend), "unanswered is nog onbekend");
    zet(&mut data, "eis-zzp-opvang", "ja");
    let u = beoordeel(&data);
    assert_eq!(norm(&u, "zzp-opvang").status, Status::Voldoet);
    assert_eq!(u.oordeel.uitslag, Uitslag::KanWordenToegekend, "{:?}", u.oordeel.redenen);
}

#[test]
fn no_opvang_regeling_fails_hoofdnorm_1_for_a_zzper() {
    let mut data = houder();
    zet(&mut data, "p-zzp", "ja");
    zet(&mut data, "eis-zzp-opvang", "nee");
    let u = beoordeel(&data);
    let n = norm(&u, "zzp-opvang");
    assert_eq!((n.hoofdnorm, n.status, n.materieel), (1, Status::VoldoetNiet, false));
    // Not a materiële norm: a waarschuwing for a keurmerkhouder.
    assert_eq!(u.oordeel.uitslag, Uitslag::Waarschuwing, "{:?}", u.oordeel.redenen);
}

#[test]
fn no_opvang_regeling_blocks_an_aspirants_verlenging() {
    let mut data = net_voldoende();
    zet(&mut data, "p-zzp", "ja");
    zet(&mut data, "eis-zzp-opvang", "ja");
    // Four persons per Dienst: the minimum of five is missed.
    for dn in [1, 9] {
        zet(&mut data, &format!("d{dn}-personen"), "4");
    }
    assert_eq!(beoordeel(&data).oordeel.uitslag, Uitslag::VerlengingMogelijk);
    // §6.1.1: verlenging needs Norm 1 met, and the opvang regeling belongs to it.
    zet(&mut data, "eis-zzp-opvang", "nee");
    let u = beoordeel(&data);
    assert_eq!(u.oordeel.uitslag, Uitslag::NietToekenning, "{:?}", u.oordeel.redenen);
}

#[test]
fn keurmerk_inburgeren_also_exempts_the_opvang_regeling() {
    let mut data = houder();
    zet(&mut data, "p-zzp", "ja");
    zet(&mut data, "p-inburgeren", "ja");
    zet(&mut data, "eis-zzp-opvang", "nee");
    let u = beoordeel(&data);
    assert_eq!(norm(&u, "zzp-opvang").status, Status::NietVanToepassing);
    assert_eq!(u.oordeel.uitslag, Uitslag::InOrde, "{:?}", u.oordeel.redenen);
}

// ---------------------------------------------------------------------------------------------
// (e) Materiële requirements (definitielijst): the Persoonlijk Keurmerk (§6.2.6) and onjuiste of
//     onvolledige informatie → direct schorsing or intrekking (§1.2, §6.2.2).
// ---------------------------------------------------------------------------------------------

#[test]
fn a_keurmerkhouder_answering_nee_to_a_materiele_requirement_risks_schorsing() {
    for eis in ["persoonlijk", "informatie"] {
        let mut data = houder();
        zet(&mut data, &format!("eis-{eis}"), "nee");
        let u = beoordeel(&data);
        let n = norm(&u, eis);
        assert_eq!((n.status, n.materieel), (Status::VoldoetNiet, true), "{eis}");
        assert!(n.melding.contains("directe schorsing of intrekking"), "{eis}: {}", n.melding);
        assert_eq!(u.oordeel.uitslag, Uitslag::SchorsingOfIntrekkingMogelijk, "{eis}: {:?}", u.oordeel.redenen);
    }
}

#[test]
fn an_unanswered_materiele_requirement_keeps_the_verdict_provisional() {
    let mut data = houder();
    data.invoer.remove("eis-persoonlijk");
    let u = beoordeel(&data);
    assert_eq!(norm(&u, "persoonlijk").status, Status::Onbekend);
    assert!(u.oordeel.voorlopig);
    assert!(u.oordeel.kop.starts_with("Voorlopig: "), "{}", u.oordeel.kop);
}

// ---------------------------------------------------------------------------------------------
// (f) §6.2.1: whoever needs the compensatieregeling gets no vrijstelling of the resultatenaudit
//     in cyclusjaar 4 or the later years in which one is possible.
// ---------------------------------------------------------------------------------------------

fn cyclusjaar_6(data: &mut ZelftoetsData) {
    zet(data, "vs-cyclusjaar", "6");
    for v in VOORWAARDEN.iter().filter(|v| v.regeling == Regeling::Tweejaarlijks) {
        zet(data, v.id, "ja");
    }
    zet(data, "vs6-tevredenheid", "7,5");
    zet(data, "vs6-clientenaudit", "nee");
}

#[test]
fn cyclusjaar_6_with_every_condition_met_and_no_compensatie_qualifies() {
    let mut data = houder();
    cyclusjaar_6(&mut data);
    let u = beoordeel(&data);
    assert_eq!(u.oordeel.uitslag, Uitslag::InOrde);
    assert_eq!(u.vrijstelling.oordeel, Vrijstellingsoordeel::KomtInAanmerking, "{}", u.vrijstelling.samenvatting);
}

#[test]
fn a_compensated_dienst_rules_out_the_vrijstelling_even_with_every_condition_ja() {
    let mut data = houder();
    cyclusjaar_6(&mut data);
    // Dienst 9: b.2 / c = 7 / 10 = 70% < 80% → 2.9.3 fails; two Diensten: one may be compensated.
    zet(&mut data, "d9-b2", "7");
    let u = beoordeel(&data);
    assert_eq!(u.oordeel.uitslag, Uitslag::Gecompenseerd { diensten: vec![9] }, "{:?}", u.oordeel.redenen);
    assert_eq!(u.vrijstelling.oordeel, Vrijstellingsoordeel::KomtNietInAanmerking, "{}", u.vrijstelling.samenvatting);
    assert_eq!(u.vrijstelling.niet_voldaan.len(), 1, "{:?}", u.vrijstelling.niet_voldaan);
    let (regel, veld) = &u.vrijstelling.niet_voldaan[0];
    assert!(
        regel.contains("compensatieregeling") && regel.contains("Dienst 9") && regel.contains("(§6.2.1)"),
        "{regel}"
    );
    assert_eq!(veld.id(), "d9-b2");
}

// ---------------------------------------------------------------------------------------------
// (g) CEDEO-erkenning (§4.1, Tabel 4): the CEDEO report replaces the tevredenheidsonderzoek for
//     cliënten; its cijfer is TC in the sterrenberekening (Bijlage 8).
// ---------------------------------------------------------------------------------------------

#[test]
fn with_cedeo_every_diensts_tc_is_the_cedeo_cijfer() {
    let mut data = net_voldoende();
    zet(&mut data, "p-cedeo", "ja");
    zet(&mut data, "t-cedeo", "7,5");
    let u = beoordeel(&data);
    assert_eq!(u.sterren.len(), 2);
    for s in &u.sterren {
        assert!(s.cedeo, "Dienst {}", s.dienst);
        assert_eq!(s.clienten_cijfer, Invoerwaarde::Waarde(dec!(7.5)), "Dienst {}", s.dienst);
    }
    for sub in &u.totaal.subscores {
        let tc = sub.onderdeel(Onderdeel::Tc).unwrap();
        assert_eq!(tc.score, Some(dec!(7.5)), "Dienst {}", sub.dienst);
    }
    // The TVO cijfer of the cliënten no longer moves the subscore.
    let voor: Vec<_> = u.totaal.subscores.iter().map(|s| s.score).collect();
    assert!(voor.iter().all(Option::is_some), "{:?}", u.totaal.ontbrekend);
    zet(&mut data, "t1-c-cijfer", "9");
    zet(&mut data, "t9-c-cijfer", "9");
    let na: Vec<_> = beoordeel(&data).totaal.subscores.iter().map(|s| s.score).collect();
    assert_eq!(voor, na);
}

#[test]
fn with_cedeo_but_no_cedeo_cijfer_tc_is_not_filled_in() {
    let mut data = net_voldoende();
    zet(&mut data, "p-cedeo", "ja");
    let u = beoordeel(&data);
    for s in &u.sterren {
        assert!(s.cedeo);
        // The TVO cijfer of 6,5 is not used in its place.
        assert_eq!(s.clienten_cijfer, Invoerwaarde::NietIngevuld, "Dienst {}", s.dienst);
    }
    assert!(u.totaal.subscores.iter().all(|s| s.score.is_none()));
    assert!(u.totaal.ontbrekend.iter().any(|o| o.veld.map(ZelftoetsVeld::id).as_deref() == Some("t-cedeo")));
}

#[test]
fn without_cedeo_tc_is_the_tvo_cijfer() {
    let u = beoordeel(&net_voldoende());
    for s in &u.sterren {
        assert!(!s.cedeo);
        assert_eq!(s.clienten_cijfer, Invoerwaarde::Waarde(dec!(6.5)), "Dienst {}", s.dienst);
    }
}

// ---------------------------------------------------------------------------------------------
// (h) The minimum of five (§6.1.1): at least five afgeronde trajecten on at least one Dienst,
//     from at least five different persons. Lopende trajecten never count.
// ---------------------------------------------------------------------------------------------

/// Only the Dienst under test, so nothing else can carry the minimum.
fn een_dienst(n: u8, velden: &[(&str, &str)]) -> Normuitkomst {
    let mut data = ZelftoetsData { diensten: vec![n], ..Default::default() };
    for (k, v) in velden {
        zet(&mut data, &format!("d{n}-{k}"), v);
    }
    let u = beoordeel(&data);
    norm(&u, "minimum").clone()
}

#[test]
fn dienst_6_counts_only_its_afgeronde_trajecten_for_the_minimum() {
    // 2.6.a counts lopend and afgerond: twenty there, but only four afgerond.
    let n = een_dienst(6, &[("a", "20"), ("afgerond", "4"), ("personen", "4")]);
    assert_eq!(n.status, Status::VoldoetNiet, "{}", n.melding);
    let n = een_dienst(6, &[("a", "20"), ("afgerond", "5"), ("personen", "5")]);
    assert_eq!(n.status, Status::Voldoet, "{}", n.melding);
    assert!(n.melding.starts_with("Dienst 6 heeft"), "{}", n.melding);
    // Five persons are not enough without five afgeronde trajecten: a is never read for it.
    let n = een_dienst(6, &[("a", "20"), ("personen", "5")]);
    assert_eq!(n.status, Status::Onbekend, "{}", n.melding);
    assert_eq!(veld(&n).as_deref(), Some("d6-afgerond"));
}

#[test]
fn dienst_10_counts_only_its_afgeronde_trajecten_for_the_minimum() {
    // 2.10.a adds lopende trajecten van onbepaalde duur.
    let n = een_dienst(10, &[("a", "20"), ("afgerond", "4"), ("personen", "4")]);
    assert_eq!(n.status, Status::VoldoetNiet, "{}", n.melding);
    let n = een_dienst(10, &[("a", "20"), ("afgerond", "5"), ("personen", "5")]);
    assert_eq!(n.status, Status::Voldoet, "{}", n.melding);
}

#[test]
fn five_persons_are_needed_as_well_as_five_trajecten() {
    let n = een_dienst(1, &[("a", "5"), ("personen", "4")]);
    assert_eq!(n.status, Status::VoldoetNiet, "{}", n.melding);
    let n = een_dienst(1, &[("a", "5"), ("personen", "5")]);
    assert_eq!(n.status, Status::Voldoet, "{}", n.melding);
    let n = een_dienst(1, &[("a", "4"), ("personen", "4")]);
    assert_eq!(n.status, Status::VoldoetNiet, "{}", n.melding);
}

#[test]
fn dienst_11_contracten_are_not_trajecten_for_the_minimum() {
    let n = een_dienst(11, &[("contracten", "50"), ("meetbaar", "50"), ("afgerond", "0"), ("personen", "0")]);
    assert_eq!(n.status, Status::VoldoetNiet, "{}", n.melding);
    let n = een_dienst(11, &[("contracten", "50"), ("meetbaar", "50")]);
    assert_ne!(n.status, Status::Voldoet, "{}", n.melding);
    assert_eq!(veld(&n).as_deref(), Some("d11-afgerond"));
    let n = een_dienst(11, &[("contracten", "50"), ("afgerond", "5"), ("personen", "5")]);
    assert_eq!(n.status, Status::Voldoet, "{}", n.melding);
}

#[test]
fn the_minimum_reads_the_afgeronde_field_for_diensten_6_10_and_11() {
    for n in [6, 10, 11] {
        assert_eq!(basis_gegeven(n), Gegeven::Afgerond, "Dienst {n}");
        let dienst = DienstInvoer { nummer: n, a: Some(20), contracten: Some(50), ..Default::default() };
        assert_eq!(afgeronde_trajecten(&dienst), None, "Dienst {n}");
    }
    let d6 = DienstInvoer {
        nummer: 6,
        a: Some(20),
        afgerond: Some(5),
        verschillende_personen: Some(5),
        ..Default::default()
    };
    assert_eq!(afgeronde_trajecten(&d6), Some(5));
    assert_eq!(minimum_vijf(&[d6]).status, Status::Voldoet);
}

// ---------------------------------------------------------------------------------------------
// (i) Checklist §5.1.1: the omzetverklaring or jaarrekening of the calendar year before the
//     meetperiode (not before the audit).
// ---------------------------------------------------------------------------------------------

fn omzet(boekjaar: &str, meetperiode: Option<(&str, &str)>) -> Uitkomst {
    let mut data = net_voldoende();
    zet(&mut data, "doc-omzetverklaring", "ja");
    zet(&mut data, "doc-omzetverklaring-boekjaar", boekjaar);
    if let Some((start, jaar)) = meetperiode {
        zet(&mut data, "mp-start", start);
        zet(&mut data, "mp-jaar", jaar);
    }
    beoordeel(&data)
}

#[test]
fn a_meetperiode_from_1_januari_2025_audited_in_2026_needs_boekjaar_2024() {
    let u = omzet("2024", Some(("januari", "2025")));
    let doc = document(&u, "omzetverklaring");
    assert_eq!(doc.status, Status::Voldoet, "{:?}", doc.waarschuwingen);
    assert_eq!(doc.leeftijd.as_deref(), Some("over boekjaar 2024"));

    // 2025 is the year before the audit (1 maart 2026), not before the meetperiode.
    let u = omzet("2025", Some(("januari", "2025")));
    let doc = document(&u, "omzetverklaring");
    assert_eq!(doc.status, Status::VoldoetNiet);
    assert!(doc.waarschuwingen.iter().any(|w| w.contains("2024")), "{:?}", doc.waarschuwingen);
}

#[test]
fn without_a_meetperiode_the_omzetverklaring_is_nog_onbekend() {
    let u = omzet("2024", None);
    let doc = document(&u, "omzetverklaring");
    assert_eq!(doc.status, Status::Onbekend);
    assert!(doc.waarschuwingen.iter().any(|w| w.contains("meetperiode")), "{:?}", doc.waarschuwingen);
}

// ---------------------------------------------------------------------------------------------
// (j) §4.1: a missed responsnorm (3.1.3) calls for a cliëntenaudit; its cijfers are judged with
//     the same 6,5. One cijfer per Dienst and no respondents: every Dienst counts equally.
// ---------------------------------------------------------------------------------------------

fn clientenaudit(d1: &str, d9: &str) -> Uitkomst {
    let mut data = net_voldoende();
    // 1 + 3 respondents of 50 + 50 invited: 4% and fewer than 40 → responsnorm missed.
    zet(&mut data, "t1-c-respondenten", "1");
    zet(&mut data, "t9-c-respondenten", "3");
    zet(&mut data, "t1-audit", d1);
    zet(&mut data, "t9-audit", d9);
    beoordeel(&data)
}

#[test]
fn the_clientenaudit_path_weighs_every_dienst_equally_and_says_why() {
    // (7,0 + 6,0) / 2 = 6,5 ≥ 6,5. Weighed by respondents it would be (1 × 7 + 3 × 6) / 4 = 6,25.
    let u = clientenaudit("7", "6");
    let n = norm(&u, "3.1.1");
    assert_eq!(n.status, Status::Voldoet, "{} | {}", n.melding, n.uitleg.berekening);
    assert_eq!(n.uitleg.formule, FORMULE_3_1_1_AUDIT);
    assert!(n.uitleg.formule.contains("elke Dienst telt even zwaar"), "{}", n.uitleg.formule);
    assert!(n.uitleg.formule.contains("zonder aantal respondenten"), "{}", n.uitleg.formule);
    assert_eq!(n.uitleg.berekening, "(7,0 + 6,0) / 2 = 6,50");
    assert_eq!(norm(&u, "3.1.3").status, Status::NietVanToepassing, "{}", norm(&u, "3.1.3").melding);
}

#[test]
fn the_clientenaudit_average_just_below_6_5_fails_3_1_1() {
    // (7,0 + 5,9) / 2 = 6,45 < 6,5.
    let u = clientenaudit("7", "5,9");
    assert_eq!(norm(&u, "3.1.1").status, Status::VoldoetNiet, "{}", norm(&u, "3.1.1").uitleg.berekening);
}

// ---------------------------------------------------------------------------------------------
// (k) How the checklist states a document's age: whole calendar months, then days.
// ---------------------------------------------------------------------------------------------

#[test]
fn leeftijd_tekst_boundaries() {
    let t = |a: NaiveDate, b: NaiveDate| leeftijd_tekst(a, b);
    assert_eq!(t(d(2026, 3, 1), d(2026, 3, 1)).as_deref(), Some("0 dagen"));
    assert_eq!(t(d(2026, 2, 28), d(2026, 3, 1)).as_deref(), Some("1 dag"));
    assert_eq!(t(d(2026, 3, 2), d(2026, 3, 1)), None, "dated after the peildatum");
    // One month exactly, and one day short of it.
    assert_eq!(t(d(2025, 3, 15), d(2025, 4, 15)).as_deref(), Some("1 maand"));
    assert_eq!(t(d(2025, 3, 15), d(2025, 4, 14)).as_deref(), Some("30 dagen"));
    assert_eq!(t(d(2025, 3, 15), d(2025, 4, 16)).as_deref(), Some("1 maand en 1 dag"));
    // Month ends count back from the peildatum, as `vroegste_datum` does, so the age agrees with
    // the status: 28 februari − 1 maand = 28 januari, before 31 januari, so not yet a month.
    assert_eq!(t(d(2025, 1, 31), d(2025, 2, 27)).as_deref(), Some("27 dagen"));
    assert_eq!(t(d(2025, 1, 31), d(2025, 2, 28)).as_deref(), Some("28 dagen"));
    assert_eq!(t(d(2025, 1, 31), d(2025, 3, 31)).as_deref(), Some("2 maanden"));
    assert_eq!(t(d(2024, 2, 29), d(2025, 2, 28)).as_deref(), Some("11 maanden en 28 dagen"));
    // The VOG of 28 februari at an audit on 31 augustus is in time (31 augustus − 6 maanden = 28
    // februari, clamped) and reads "6 maanden" — never more than the limit it meets.
    assert_eq!(t(d(2025, 2, 28), d(2025, 8, 31)).as_deref(), Some("6 maanden"));
    assert_eq!(t(d(2025, 2, 27), d(2025, 8, 31)).as_deref(), Some("6 maanden en 1 dag"));
    // Across the year end, with the example of the Documentstatus doc.
    assert_eq!(t(d(2025, 9, 1), d(2026, 1, 13)).as_deref(), Some("4 maanden en 12 dagen"));
    assert_eq!(t(d(2025, 12, 31), d(2026, 1, 1)).as_deref(), Some("1 dag"));
}

// ---------------------------------------------------------------------------------------------
// (l) The Handleiding is named once and cited by the verdict.
// ---------------------------------------------------------------------------------------------

#[test]
fn the_verdict_cites_the_handleiding_by_its_name() {
    assert_eq!(HANDLEIDING.naam, "Handleiding Keurmerk Arbeid 2023");
    let u = beoordeel(&net_voldoende());
    assert!(u.oordeel.uitleg.bron.starts_with(HANDLEIDING.naam), "{}", u.oordeel.uitleg.bron);
    assert!(u.oordeel.uitleg.bron.contains("§6.1.1"), "{}", u.oordeel.uitleg.bron);
    let u = beoordeel(&houder());
    assert!(u.oordeel.uitleg.bron.starts_with(HANDLEIDING.naam), "{}", u.oordeel.uitleg.bron);
    assert!(u.oordeel.uitleg.bron.contains("§6.2.1"), "{}", u.oordeel.uitleg.bron);
    // The requirements cite it too.
    assert!(norm(&u, "persoonlijk").uitleg.bron.starts_with(HANDLEIDING.naam));
}

proptest::proptest! {
    /// The age the checklist shows agrees with the status of the term it is measured against:
    /// within `n` months exactly when the text says at most "n maanden" (no days after).
    #[test]
    fn the_age_shown_never_contradicts_the_status(dagen_terug in 0i64..1200, peil_dag in 0i64..3000, n in 1u32..13) {
        use werkwaarde::domain::keurmerk::hoofdnorm1::{actualiteit, Actualiteit};
        let peil = d(2020, 1, 1) + chrono::Days::new(peil_dag as u64);
        let datum = peil - chrono::Days::new(dagen_terug as u64);
        let tekst = leeftijd_tekst(datum, peil).expect("not after the peildatum");
        let maanden: u32 = match tekst.split_once(' ') {
            Some((m, rest)) if rest.starts_with("maand") => m.parse().unwrap(),
            _ => 0,
        };
        let met_dagen = tekst.contains("dag") && tekst != "0 dagen";
        let binnen = maanden < n || (maanden == n && !met_dagen);
        proptest::prop_assert_eq!(actualiteit(Some(datum), Some(peil), n) == Actualiteit::Actueel, binnen, "{} bij {} maanden", tekst, n);
    }
}
