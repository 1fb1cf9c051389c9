//! Hoofdnorm 1 (Organisatie, §2.1–2.10) as data, and which of its norms apply to a profiel.
//!
//! The table is the Handleiding Keurmerk Arbeid 2023: a new Handleiding year changes this data,
//! not the code around it. The descriptions are short summaries in our own words; the norm code
//! and paragraph point to the source text.

use super::Profiel;

/// One norm (or sub-item of a norm) of hoofdnorm 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Norm {
    /// The code as the Handleiding writes it: "1.5.8", or "1.4.3.c" for a sub-item.
    pub code: &'static str,
    /// A short summary in our own words (never the Handleiding's sentence).
    pub omschrijving: &'static str,
    /// The paragraph of the Handleiding, e.g. "§2.5".
    pub paragraaf: &'static str,
    /// A materiële norm (Bijlage 1, definitielijst): failing it allows direct schorsing or
    /// intrekking without waarschuwing (§1.2, §6.2.2).
    pub materieel: bool,
}

const fn n(code: &'static str, omschrijving: &'static str, paragraaf: &'static str) -> Norm {
    Norm { code, omschrijving, paragraaf, materieel: false }
}

const fn m(code: &'static str, omschrijving: &'static str, paragraaf: &'static str) -> Norm {
    Norm { code, omschrijving, paragraaf, materieel: true }
}

/// Every norm of hoofdnorm 1 in the Handleiding's order. Sub-items (1.4.3.a–h, 1.5.1.a–d,
/// 1.5.2.a–d, 1.5.6.a–e) are rows of their own, right after their parent.
pub const HOOFDNORM1: &[Norm] = &[
    // §2.1 Procesbeschrijving
    n("1.1.1", "Per Dienst een korte, duidelijke beschrijving van het primaire proces", "§2.1"),
    n("1.1.2", "De procesbeschrijving volgt de afnemer van aanmelding tot de laatste activiteit en zegt wie waarvoor verantwoordelijk is", "§2.1"),
    // §2.2 Continuïteit
    m("1.2.1", "Ingeschreven in het Handelsregister van de KvK (tenzij de organisatie niet inschrijfplichtig is)", "§2.2"),
    n("1.2.2.a", "Deugdelijke, herleidbare administratie met een door het management ondertekende jaarrekening of omzetverklaring over het boekjaar, met alle omzet van de keurmerkdiensten", "§2.2"),
    n("1.2.2.b", "De auditor kan contracten, subsidies en facturen koppelen aan de boekhouding en krijgt zo nodig betaalbewijzen te zien", "§2.2"),
    m("1.2.3", "Het management geeft elk jaar de managementverklaring van Bijlage 6 af", "§2.2"),
    m("1.2.4", "VOG van het management voor de functieaspecten 11, 12, 13, 21, 22, 41, 43, 53 en 71, niet ouder dan zes maanden", "§2.2"),
    m("1.2.5", "Een UBO/PEP-registratie die de actuele situatie weergeeft (Bijlage 7A en 7B)", "§2.2"),
    // §2.3 Bedrijfspresentatie op blikopwerk.nl
    n("1.3.1", "Een bedrijfspresentatie op de website van Blik op Werk, minstens één keer per jaar bijgewerkt", "§2.3"),
    n("1.3.2", "Wat op de website staat, klopt met de praktijk", "§2.3"),
    // §2.4 Waarborgen privacy
    n("1.4.1", "Aantoonbaar voldoen aan de privacywetgeving", "§2.4"),
    n("1.4.2", "Een privacyreglement dat aan de wet voldoet", "§2.4"),
    n("1.4.3", "Het privacyreglement regelt ten minste de onderdelen a tot en met h, zonder strijd met de wet", "§2.4"),
    n("1.4.3.a", "Voor welke verwerkingen van gegevens het reglement geldt", "§2.4"),
    n("1.4.3.b", "Met welk doel persoonsgegevens worden verwerkt", "§2.4"),
    n("1.4.3.c", "Hoe lang gegevens worden bewaard", "§2.4"),
    n("1.4.3.d", "Hoe er wordt omgegaan met het verstrekken van persoonsgegevens aan derden", "§2.4"),
    n("1.4.3.e", "Wie toegang heeft tot de persoonsgegevens", "§2.4"),
    n("1.4.3.f", "Hoe persoonsgegevens worden beveiligd", "§2.4"),
    n("1.4.3.g", "Welke rechten betrokkenen hebben op inzage in en correctie van hun gegevens", "§2.4"),
    n("1.4.3.h", "Ook voor het overige is het reglement in lijn met de privacywetgeving", "§2.4"),
    n("1.4.4", "Wie met persoonsgegevens werkt, kent de inhoud van het privacyreglement", "§2.4"),
    n("1.4.5", "Betrokkenen op wie het reglement van toepassing is, worden erover geïnformeerd", "§2.4"),
    n("1.4.6", "De organisatie werkt volgens het privacyreglement en de AVG", "§2.4"),
    // §2.5 Afhandelen klachten
    n("1.5.1", "Een klachtenreglement met ten minste de onderdelen a tot en met d", "§2.5"),
    n("1.5.1.a", "Wat onder een klacht wordt verstaan", "§2.5"),
    n("1.5.1.b", "De rechten en plichten van wie een klacht indient", "§2.5"),
    n("1.5.1.c", "Hoe en waar een klacht kan worden ingediend, ook als partijen er samen niet uitkomen", "§2.5"),
    n("1.5.1.d", "Hoe de organisatie klachten behandelt", "§2.5"),
    n("1.5.2", "Het klachtenreglement kent de termijnen en de onafhankelijke behandeling van a tot en met d", "§2.5"),
    n("1.5.2.a", "Een schriftelijke klacht krijgt binnen twee weken een ontvangstbevestiging", "§2.5"),
    n("1.5.2.b", "Wordt een klacht niet in behandeling genomen, dan hoort de indiener dat met redenen binnen vier weken na ontvangst", "§2.5"),
    n("1.5.2.c", "Een klacht is binnen zes weken na ontvangst afgehandeld", "§2.5"),
    n("1.5.2.d", "Een onafhankelijke persoon die zelf niet bij de klacht betrokken is, behandelt de klacht", "§2.5"),
    n("1.5.3", "Klanten worden aantoonbaar op het klachtenreglement gewezen", "§2.5"),
    n("1.5.4", "Het klachtenreglement staat op de website of is anders te krijgen", "§2.5"),
    n("1.5.5", "De medewerkers kennen het klachtenreglement", "§2.5"),
    n("1.5.6", "Een klachtenregister met ten minste de gegevens a tot en met e", "§2.5"),
    n("1.5.6.a", "Datum van ontvangst van de klacht", "§2.5"),
    n("1.5.6.b", "Datum van de ontvangstbevestiging", "§2.5"),
    n("1.5.6.c", "Wie de klacht behandelt", "§2.5"),
    n("1.5.6.d", "De uitkomst van de afhandeling", "§2.5"),
    n("1.5.6.e", "Datum waarop de klacht is afgehandeld", "§2.5"),
    n("1.5.7", "Elke klacht is aantoonbaar afgehandeld (of als afgehandeld te registreren) en de indiener weet dat", "§2.5"),
    n("1.5.8", "Ten minste 80% van alle klachten is binnen de termijn afgehandeld", "§2.5"),
    n("1.5.9", "De klachten worden minstens jaarlijks aan het management gerapporteerd en door het management geëvalueerd, zo nodig met verbetermaatregelen", "§2.5"),
    // §2.6 Waarborgen kwaliteit personeel: 1.6.1–1.6.6 eigen personeel, 1.6.7–1.6.10 ingehuurd
    n("1.6.1", "Minimale functie-eisen voor alle medewerkers met direct klantcontact", "§2.6"),
    n("1.6.2", "Een-op-eengesprekken met een persoonlijk ontwikkelplan dat daarna wordt gevolgd", "§2.6"),
    n("1.6.3", "Van elk gesprek wordt een verslag gemaakt", "§2.6"),
    n("1.6.4", "Het verslag noemt zo nodig wat de medewerker nodig heeft om aan de eisen te voldoen", "§2.6"),
    n("1.6.5", "Het verslag van het jaar daarna evalueert dat punt", "§2.6"),
    n("1.6.6", "Het aantal aantoonbaar passend gekwalificeerde personeelsleden (a) en het totale aantal personeelsleden (b)", "§2.6"),
    n("1.6.7", "Vooraf vastgelegde kwalificaties voor ingehuurd personeel (inkoopkwalificaties)", "§2.6"),
    n("1.6.8", "Elk jaar wordt beoordeeld of ingehuurde krachten aan de inkoopkwalificaties voldoen", "§2.6"),
    n("1.6.9", "Van elk beoordelings- of evaluatiegesprek met ingehuurde krachten wordt een verslag gemaakt", "§2.6"),
    n("1.6.10", "Het verslag noemt zo nodig wat nodig is om aan de eisen te voldoen (of past de inkoopkwalificatie aan)", "§2.6"),
    // §2.7 Verplichtingen voor OVAL-leden
    n("1.7.1", "Met opdrachtgever en klant afgestemd: beoogd resultaat, werkzaamheden, planning en momenten van verantwoording", "§2.7"),
    n("1.7.2", "Kosten en voorwaarden van de werkzaamheden afgestemd met de opdrachtgever", "§2.7"),
    n("1.7.3", "De organisatie kan verantwoorden welke werkzaamheden zij uitvoert of heeft uitgevoerd", "§2.7"),
    n("1.7.4", "De kandidaat weet vooraf welke werkzaamheden er komen en wat er met de opdrachtgever over de voortgang wordt besproken", "§2.7"),
    n("1.7.5", "Uitgevoerde werkzaamheden en afspraken worden vastgelegd, zodat de dienstverlening bij afwezigheid doorloopt", "§2.7"),
];

/// The definitielijst names "2.4.4" as a materiële norm, but Dienst 4 has no norm 2.4.4.
/// SPEC [keuze]: the zelftoets shows this note and invents no norm.
pub const NOOT_MATERIELE_NORM_2_4_4: &str = "De definitielijst (Bijlage 1) noemt ook norm 2.4.4 als \
    materiële norm, maar Dienst 4 (§3.7) kent geen norm 2.4.4. De zelftoets voegt daarom geen norm \
    toe; vraag Blik op Werk wat hiermee bedoeld is.";

/// Norm 1.5.2.d for a zzp'er without hired personnel (§2.8): klachten need not go to a third
/// party, but the reglement says who handles them (and names the party when it is a third one).
pub const ZZP_1_5_2_D: &str = "Het klachtenreglement beschrijft wie de klachten behandelt; voor een \
    zzp'er zonder ingehuurde krachten hoeft dat geen derde te zijn, en een derde partij wordt bij \
    naam genoemd (§2.8)";

/// What a norm asks of this profiel: its catalogue summary, or the zzp reading of 1.5.2.d.
pub fn omschrijving(norm: &Norm, profiel: &Profiel) -> &'static str {
    if norm.code == "1.5.2.d" && profiel.zzp {
        ZZP_1_5_2_D
    } else {
        norm.omschrijving
    }
}

/// The catalogue row with this code, if any.
pub fn norm(code: &str) -> Option<&'static Norm> {
    HOOFDNORM1.iter().find(|n| n.code == code)
}

/// The parent row of a sub-item ("1.4.3" for "1.4.3.c"). 1.2.2.a and 1.2.2.b have no parent row:
/// the Handleiding numbers them as norms of their own.
pub fn ouder(norm: &Norm) -> Option<&'static Norm> {
    stam(norm.code).and_then(self::norm)
}

/// "1.5.2.a" → "1.5.2": the code a sub-item's code extends (its last part is letters).
pub(crate) fn stam(code: &str) -> Option<&str> {
    let (stam, laatste) = code.rsplit_once('.')?;
    (!laatste.is_empty() && laatste.chars().all(|c| c.is_ascii_lowercase())).then_some(stam)
}

/// The sub-items of a parent row, in catalogue order (empty for a norm without sub-items).
/// One pass over the catalogue: a sub-item names its parent by the start of its code.
pub fn deelnormen(code: &str) -> impl Iterator<Item = &'static Norm> + '_ {
    let bestaat = norm(code).is_some();
    HOOFDNORM1.iter().filter(move |n| bestaat && stam(n.code) == Some(code))
}

/// Whether a norm applies to this profiel (SPEC A1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toepassing {
    Ja,
    /// The norm does not apply to this kind of organisation; the reason in Dutch.
    NietVanToepassing(&'static str),
    /// Exempted because of another keurmerk or certificate; the reason in Dutch.
    Vrijgesteld(&'static str),
    /// Not required, but recommended (hoofdnorm 1.7 for non-members of OVAL): advisory only.
    Aanbevolen(&'static str),
}

/// The first three numbers of a code: "1.5.6.b" → (1, 5, 6). Sub-items follow their parent.
fn nummers(code: &str) -> Option<(u8, u8, u8)> {
    let mut delen = code.split('.');
    let a = delen.next()?.parse().ok()?;
    let b = delen.next()?.parse().ok()?;
    let c = delen.next()?.parse().ok()?;
    Some((a, b, c))
}

const REDEN_ZONDER_UBO: &str = "Een eenmanszaak, publiekrechtelijke rechtspersoon of vereniging \
    van eigenaars heeft geen UBO/PEP-registratie nodig (voetnoot 5 bij norm 1.2.5).";
const REDEN_NIET_KVK: &str = "De organisatie is niet verplicht zich in te schrijven bij de KvK, \
    zoals een SW-bedrijf (norm 1.2.1, §2.2).";
const REDEN_ZZP: &str = "Zzp'er zonder ingehuurde krachten: de normen voor eigen personeel \
    (1.6.1–1.6.6) gelden niet (§2.8).";
pub(crate) const REDEN_NLQF: &str = "NLQF-inschaling: vrijstelling van hoofdnorm 1, behalve managementverklaring, \
    VOG en UBO/PEP-registratie (§2.10).";
pub(crate) const REDEN_INBURGEREN: &str = "Houder van het Keurmerk Inburgeren: bij de resultatenaudit \
    vrijgesteld van de beoordeling van heel hoofdnorm 1, de materiële normen 1.2.1 en 1.2.3–1.2.5 \
    inbegrepen (§3.4, 'Let op').";
const REDEN_WCA: &str = "WCA-certificaat: vrijstelling van deze norm (Tabel 4, §6.2.6).";
const REDEN_ISO: &str = "ISO 9001- of HKZ-certificaat: vrijstelling van deze norm (Tabel 4, §6.2.6).";
const REDEN_OVAL: &str = "De organisatie is geen OVAL-lid: deze norm is een aanbeveling, geen eis (§2.7).";

/// Which norms apply (SPEC A1). A "niet van toepassing" for the kind of organisation comes first,
/// then the vrijstellingen, then the OVAL advice; sub-items always follow their parent.
pub fn toepassing(norm: &Norm, profiel: &Profiel) -> Toepassing {
    let Some((h, p, c)) = nummers(norm.code) else {
        return Toepassing::Ja;
    };
    if h != 1 {
        return Toepassing::Ja;
    }
    if (p, c) == (2, 5) && profiel.rechtsvorm.zonder_ubo() {
        return Toepassing::NietVanToepassing(REDEN_ZONDER_UBO);
    }
    if (p, c) == (2, 1) && !profiel.kvk_plichtig {
        return Toepassing::NietVanToepassing(REDEN_NIET_KVK);
    }
    if p == 6 && (1..=6).contains(&c) && profiel.zzp {
        return Toepassing::NietVanToepassing(REDEN_ZZP);
    }
    // §3.4 'Let op' exempts Keurmerk Inburgeren holders from the assessment of hoofdnorm 1 as a
    // whole, the materiële normen included (SPEC A1): unlike NLQF, it names no exceptions.
    if profiel.keurmerk_inburgeren {
        return Toepassing::Vrijgesteld(REDEN_INBURGEREN);
    }
    // Managementverklaring, VOG and UBO/PEP stay required under NLQF (§2.10).
    let kern = p == 2 && (3..=5).contains(&c);
    if profiel.nlqf && !kern {
        return Toepassing::Vrijgesteld(REDEN_NLQF);
    }
    let wca = matches!((p, c), (1, 1) | (1, 2) | (2, 1))
        || (p == 4 && (1..=6).contains(&c))
        || (p == 5 && (1..=9).contains(&c))
        || (p == 6 && (1..=9).contains(&c));
    if profiel.wca && wca {
        return Toepassing::Vrijgesteld(REDEN_WCA);
    }
    let iso = matches!((p, c), (1, 1) | (1, 2) | (2, 1) | (4, 2) | (5, 1));
    if profiel.iso_of_hkz && iso {
        return Toepassing::Vrijgesteld(REDEN_ISO);
    }
    if p == 7 && !profiel.oval_lid {
        return Toepassing::Aanbevolen(REDEN_OVAL);
    }
    Toepassing::Ja
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_and_sub_items() {
        assert_eq!(norm("1.4.3.c").and_then(ouder).map(|n| n.code), Some("1.4.3"));
        assert_eq!(norm("1.2.2.a").and_then(ouder), None);
        assert_eq!(norm("1.5.8").and_then(ouder), None);
        assert_eq!(deelnormen("1.4.3").count(), 8);
        assert_eq!(deelnormen("1.5.1").count(), 4);
        assert_eq!(deelnormen("1.5.2").count(), 4);
        assert_eq!(deelnormen("1.5.6").count(), 5);
        assert_eq!(deelnormen("1.5.8").count(), 0);
    }

    #[test]
    fn only_the_four_materiele_normen_are_materieel() {
        let materieel: Vec<_> = HOOFDNORM1.iter().filter(|n| n.materieel).map(|n| n.code).collect();
        assert_eq!(materieel, ["1.2.1", "1.2.3", "1.2.4", "1.2.5"]);
    }

    #[test]
    fn a_malformed_code_never_panics() {
        let vreemd = Norm { code: "x.y", omschrijving: "", paragraaf: "", materieel: false };
        assert_eq!(toepassing(&vreemd, &Profiel::default()), Toepassing::Ja);
        assert_eq!(ouder(&vreemd), None);
    }
}
