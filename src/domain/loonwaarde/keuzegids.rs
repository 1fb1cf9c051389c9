//! The keuzegids of the Loonwaardegids 2.1.3 (§2.1–§2.3, SPEC B2): the nine validated
//! loonwaardemethodieken, each described against the kenmerken of the format of §2.2, with a few
//! typed facts to filter on.
//!
//! Every summary is written in our own words (the seed's rule: describe, never paste). Contact
//! details, websites, names of persons and prices are not product data and are left out; for
//! kosten only the kind of cost model is said.
//!
//! Readings of the source:
//! - The kenmerken follow the numbered rows of the overzichtstabel of §2.3 (1 to 12). The prose
//!   list of §2.2 has the same kenmerken in the same order except that it does not name
//!   "Hulpmiddelen voor de uitvoerder" (row 9, and a heading in every description). Row 13,
//!   "Contactgegevens", is left out on purpose. [keuze]
//! - Typed facts come from the overzichtstabel where it has a row for them (Regeling, tijd,
//!   trainingsduur, certificering, geautomatiseerde rapportage, aandacht voor ontwikkeling,
//!   licentiekosten). Where the table and a description disagree the table is taken and the
//!   summary says what the description adds (Matchcare and the Regeling; VTA and its rapport).
//!   [keuze]
//! - The tijd row prints some values without "uur" (Dariuz, VTA) and a stray word "totaal"; all
//!   values are read as hours. [keuze]
//! - Rekenwijze follows SPEC B2: the stappenplan for Activa, CompetenSYS, Talent6, UWV, Werkstap and
//!   VTA (VTA with its tempo split), an own formula for Dariuz, LAT and Matchcare.
//! - The source names no legal doelgroepen (Participatiewet, Wajong, Wsw, …) per methodiek, so
//!   [`Doelgroep`] holds only what it does say: suitability for everyone with an arbeidsbeperking
//!   (table row 4), for the onderkant of the arbeidsmarkt, and for werknemers who cannot read or
//!   speak little Dutch. [keuze]

/// What a missing summary shows.
pub const NIET_BESCHREVEN: &str = "niet beschreven in de Loonwaardegids";

/// Where the keuzegids comes from.
pub fn bron() -> &'static str {
    "Loonwaardegids versie 2.1.3, §2.1–§2.3"
}

/// A kenmerk of the format of §2.2, in the order of the overzichtstabel of §2.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Criterium {
    WetEnRegelgeving,
    Meting,
    Proces,
    Doelgroep,
    Tijd,
    Rapportage,
    Uitvoerder,
    Training,
    Hulpmiddelen,
    Inbedding,
    Gegevensbeheer,
    Kosten,
}

impl Criterium {
    pub const AANTAL: usize = 12;

    pub const ALLE: [Criterium; Criterium::AANTAL] = [
        Criterium::WetEnRegelgeving,
        Criterium::Meting,
        Criterium::Proces,
        Criterium::Doelgroep,
        Criterium::Tijd,
        Criterium::Rapportage,
        Criterium::Uitvoerder,
        Criterium::Training,
        Criterium::Hulpmiddelen,
        Criterium::Inbedding,
        Criterium::Gegevensbeheer,
        Criterium::Kosten,
    ];

    /// Its number in the overzichtstabel of §2.3 (1 to 12).
    pub fn nummer(self) -> u8 {
        self as u8 + 1
    }

    pub fn naam(self) -> &'static str {
        match self {
            Criterium::WetEnRegelgeving => "Wet- en regelgeving",
            Criterium::Meting => "Meting",
            Criterium::Proces => "Proces",
            Criterium::Doelgroep => "Doelgroep",
            Criterium::Tijd => "Tijd per meting",
            Criterium::Rapportage => "Rapportage",
            Criterium::Uitvoerder => "Uitvoerder",
            Criterium::Training => "Training",
            Criterium::Hulpmiddelen => "Hulpmiddelen voor de uitvoerder",
            Criterium::Inbedding => "Inbedding in het re-integratieproces",
            Criterium::Gegevensbeheer => "Gegevensbeheer",
            Criterium::Kosten => "Kosten",
        }
    }

    /// One line in our own words: what this kenmerk tells about a methodiek.
    pub fn uitleg(self) -> &'static str {
        match self {
            Criterium::WetEnRegelgeving => {
                "Of de methode past binnen het Besluit loonkostensubsidie en het stappenplan van de Regeling volgt; \
                 over de validiteit zegt dat niets."
            }
            Criterium::Meting => {
                "Wat er wordt vastgesteld: taken en uren, normfunctie en loon, prestaties op tempo, kwaliteit en \
                 inzetbaarheid, eventueel competenties en additionele kosten."
            }
            Criterium::Proces => {
                "Welke stappen de bepaling doorloopt, of de werknemer meedoet en welke instrumenten erbij horen."
            }
            Criterium::Doelgroep => {
                "Voor welke werknemers de methode bruikbaar is, ook als lezen of de Nederlandse taal moeilijk gaat."
            }
            Criterium::Tijd => {
                "Hoeveel uur een eerste meting kost voor uitvoerder, werkgever en werknemer, reistijd niet meegeteld."
            }
            Criterium::Rapportage => {
                "Wat het rapport bevat: onderbouwing, voorbeelden uit de praktijk, ontwikkeladvies, loonkosten en \
                 subsidie."
            }
            Criterium::Uitvoerder => {
                "Wie de bepaling doet, de ontwikkelaar of de opdrachtgever zelf, en welke vooropleiding minimaal \
                 nodig is."
            }
            Criterium::Training => {
                "Hoe lang de opleiding duurt, wat erin zit en of een certificaat nodig is om met de methode te werken."
            }
            Criterium::Hulpmiddelen => {
                "Wat de uitvoerder als steun krijgt, zoals vragenlijsten, een database met functies, automatische \
                 rapporten en een handleiding."
            }
            Criterium::Inbedding => {
                "Of er aanvullende modules zijn, zoals diagnose of matching, en of een koppeling met het \
                 cliëntvolgsysteem kan."
            }
            Criterium::Gegevensbeheer => "Wie de gegevens bezit en beheert en hoe ze worden afgeschermd.",
            Criterium::Kosten => {
                "Welke soorten kosten de ontwikkelaar rekent: eenmalig, zoals training, of terugkerend, zoals een \
                 licentie of een bedrag per bepaling."
            }
        }
    }
}

/// How the loonwaarde is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rekenwijze {
    /// The stappenplan of the Regeling (Loonwaardegids §1.4).
    Stappenplan,
    /// An own formula, summarised (SPEC B2).
    EigenFormule(&'static str),
}

impl Rekenwijze {
    pub fn eigen_formule(self) -> bool {
        matches!(self, Rekenwijze::EigenFormule(_))
    }

    pub fn naam(self) -> &'static str {
        match self {
            Rekenwijze::Stappenplan => "stappenplan van de Regeling",
            Rekenwijze::EigenFormule(_) => "eigen formule",
        }
    }
}

/// A cell of the overzichtstabel: √, "Deels" or -.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mate {
    Ja,
    Deels,
    Nee,
}

impl Mate {
    pub fn naam(self) -> &'static str {
        match self {
            Mate::Ja => "ja",
            Mate::Deels => "deels",
            Mate::Nee => "nee",
        }
    }
}

/// For whom the source says a methodiek is suitable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Doelgroep {
    /// Overzichtstabel row 4, "Geschikt voor alle doelgroepen": all nine.
    AlleMetArbeidsbeperking,
    /// Named in the description as the group it is meant or mostly used for.
    OnderkantArbeidsmarkt,
    /// The werknemer need not read: interviews, pictures or a questionnaire taken orally.
    NietLezend,
    /// Questions in plain Dutch, for werknemers who speak little Dutch.
    WeinigNederlands,
}

impl Doelgroep {
    pub const ALLE: [Doelgroep; 4] = [
        Doelgroep::AlleMetArbeidsbeperking,
        Doelgroep::OnderkantArbeidsmarkt,
        Doelgroep::NietLezend,
        Doelgroep::WeinigNederlands,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            Doelgroep::AlleMetArbeidsbeperking => "alle werknemers met een arbeidsbeperking",
            Doelgroep::OnderkantArbeidsmarkt => "werknemers aan de onderkant van de arbeidsmarkt",
            Doelgroep::NietLezend => "werknemers die niet of slecht lezen",
            Doelgroep::WeinigNederlands => "werknemers die weinig Nederlands spreken",
        }
    }
}

/// How the rapport comes about (overzichtstabel row 9, "Geautomatiseerde rapportages").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rapportagevorm {
    Automatisch,
    DeelsAutomatisch,
    /// A fixed format the uitvoerder fills in.
    Handmatig,
}

impl Rapportagevorm {
    pub fn naam(self) -> &'static str {
        match self {
            Rapportagevorm::Automatisch => "automatisch opgesteld",
            Rapportagevorm::DeelsAutomatisch => "deels automatisch opgesteld",
            Rapportagevorm::Handmatig => "met de hand ingevuld format",
        }
    }
}

/// Time of a first meting in minutes, travel excluded (overzichtstabel row 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tijdsbesteding {
    pub uitvoerder: u16,
    pub werkgever: u16,
    pub werknemer: u16,
}

/// Minutes as Dutch hours: 150 → "2,5 uur", 48 → "0,8 uur", 75 → "1,25 uur".
pub fn uren(minuten: u16) -> String {
    let honderdsten = (u32::from(minuten) * 100 + 30) / 60;
    let (heel, rest) = (honderdsten / 100, honderdsten % 100);
    match rest {
        0 => format!("{heel} uur"),
        r if r % 10 == 0 => format!("{heel},{} uur", r / 10),
        r => format!("{heel},{r:02} uur"),
    }
}

/// One methodiek of §2.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Methodiekbeschrijving {
    /// Stable, lowercase ascii.
    pub id: &'static str,
    pub naam: &'static str,
    /// Where it is described in the Loonwaardegids.
    pub paragraaf: &'static str,
    pub rekenwijze: Rekenwijze,
    /// Overzichtstabel row 1, "Regeling".
    pub regeling: Mate,
    pub doelgroepen: &'static [Doelgroep],
    /// Uitvoerders must be trained and certified to work with it.
    pub training_vereist: bool,
    /// Overzichtstabel row 8, in half days (1,5 dag = 3).
    pub training_halve_dagen: u8,
    pub tijd: Tijdsbesteding,
    pub rapportage: Rapportagevorm,
    /// Overzichtstabel row 6, "Aandacht voor ontwikkeling".
    pub ontwikkeladvies: bool,
    /// Overzichtstabel row 12, "Licentiekosten".
    pub licentiekosten: bool,
    /// One summary per [`Criterium`], in the order of [`Criterium::ALLE`].
    pub kenmerken: [Option<&'static str>; Criterium::AANTAL],
}

impl Methodiekbeschrijving {
    pub fn eigen_formule(&self) -> bool {
        self.rekenwijze.eigen_formule()
    }

    /// The summary for a kenmerk, `None` where the source says nothing.
    pub fn kenmerk(&self, c: Criterium) -> Option<&'static str> {
        self.kenmerken[c as usize]
    }

    /// The summary as shown: [`NIET_BESCHREVEN`] where the source says nothing.
    pub fn toon(&self, c: Criterium) -> &'static str {
        self.kenmerk(c).unwrap_or(NIET_BESCHREVEN)
    }

    pub fn past_bij(&self, d: Doelgroep) -> bool {
        self.doelgroepen.contains(&d)
    }

    /// Case-insensitive search over the name and the summaries; an empty query matches.
    pub fn bevat(&self, zoekterm: &str) -> bool {
        let z = zoekterm.trim().to_lowercase();
        z.is_empty()
            || self.naam.to_lowercase().contains(&z)
            || self.kenmerken.iter().flatten().any(|t| t.to_lowercase().contains(&z))
    }
}

/// What to keep; every field left `None` keeps all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub doelgroep: Option<Doelgroep>,
    pub eigen_formule: Option<bool>,
    pub training_vereist: Option<bool>,
    /// Free text, case-insensitive, over name and summaries.
    pub tekst: Option<String>,
}

impl Filter {
    pub fn laat_door(&self, m: &Methodiekbeschrijving) -> bool {
        self.doelgroep.is_none_or(|d| m.past_bij(d))
            && self.eigen_formule.is_none_or(|e| m.eigen_formule() == e)
            && self.training_vereist.is_none_or(|t| m.training_vereist == t)
            && self.tekst.as_deref().is_none_or(|z| m.bevat(z))
    }
}

/// The methodieken the filter lets through, in the order of the source.
pub fn filter(f: &Filter) -> Vec<&'static Methodiekbeschrijving> {
    METHODIEKEN.iter().filter(|m| f.laat_door(m)).collect()
}

/// A methodiek by its id.
pub fn methodiek(id: &str) -> Option<&'static Methodiekbeschrijving> {
    METHODIEKEN.iter().find(|m| m.id == id)
}

use Doelgroep::{AlleMetArbeidsbeperking as ALLEN, NietLezend, OnderkantArbeidsmarkt, WeinigNederlands};

/// Dariuz: SPEC B2, the Berekening of its description.
const FORMULE_DARIUZ: &str = "productiviteit = T1·T2 + E1·E2 + K1·K2 (vereisten maal competentiescore voor tempo, \
     efficiëntie en kwaliteit, vereisten samen 100%); inzetbaarheid = 100% − (extra begeleiding B + extra pauzes P); \
     werkprestatie = productiviteit × inzetbaarheid; loonwaarde = werkprestatie × functieloon × deeltijdfactor";

/// LAT: SPEC B2; the source prints the fraction without its denominator, read as 4 (SPEC's keuze).
const FORMULE_LAT: &str = "prestatie per reguliere of leerbare taak = T × K, additionele taken en inactieve momenten \
     0%; arbeidsprestatie = Σ(uren × T × K) / omvang dienstverband; competentiescore = Σ(belang × score) / Σ belang \
     over tien competenties; werkprestatie = (3 × arbeidsprestatie + competentiescore) / 4 (aanname van Werkwaarde: \
     de noemer ontbreekt in de bron)";

/// Matchcare: SPEC B2; the formula of the vaardigheden-competentiescore is garbled in the source.
const FORMULE_MATCHCARE: &str = "prestatie per hoofdtaak = T × K × I, gewogen met het aandeel, over vijf hoofdtaken; \
     loonwaarde = prestatie × werknemersvaardigheden-competentiescore × functieloon × parttimefactor (de formule van \
     die score is in de bron onleesbaar)";

/// The nine methodieken of §2.3, in the order of its overzichtstabel.
pub static METHODIEKEN: &[Methodiekbeschrijving] = &[
    Methodiekbeschrijving {
        id: "activa",
        naam: "Activa Loonwaarde",
        paragraaf: "§2.3, Activa",
        rekenwijze: Rekenwijze::Stappenplan,
        regeling: Mate::Ja,
        doelgroepen: &[ALLEN, NietLezend, WeinigNederlands],
        training_vereist: true,
        training_halve_dagen: 4,
        tijd: Tijdsbesteding { uitvoerder: 180, werkgever: 90, werknemer: 75 },
        rapportage: Rapportagevorm::DeelsAutomatisch,
        ontwikkeladvies: true,
        licentiekosten: true,
        kenmerken: [
            Some("Past volgens de overzichtstabel binnen het Besluit en volgt het stappenplan van de Regeling volledig."),
            Some(
                "Rekent met het stappenplan; tien basiscompetenties uit het mbo-kwalificatiemodel worden gescoord maar \
                 tellen niet mee. Additionele kosten brengt de methode op verzoek los van de loonwaarde in beeld.",
            ),
            Some(
                "Drie stappen: een telefonische intake met de werkgever plus een toegestuurde vragenlijst, een \
                 driegesprek op het bedrijf (soms met observatie van de werkplek) en tot slot rapport en terugkoppeling \
                 aan de opdrachtgever.",
            ),
            Some(
                "Geen eisen aan het niveau van de werknemer: alles gaat via mondelinge interviews in eenvoudige taal, \
                 dus lezen of goed Nederlands is niet nodig.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 3 uur, werkgever 1,5 uur, werknemer 1,25 uur."),
            Some(
                "Deels automatisch, met per taak tempo, kwaliteit en inzetbaarheid. De uitvoerder vult aan met \
                 toelichting, ontwikkeladvies en het perspectief op langere termijn; competentiescores staan erin \
                 zonder mee te rekenen.",
            ),
            Some(
                "Uitvoerders van Activa of gecertificeerde medewerkers van de opdrachtgever. Minimaal hbo en kennis van \
                 werkgevers en doelgroep; Activa toetst voorgedragen kandidaten daarop.",
            ),
            Some(
                "Twee dagen: een theoriedag, meelopen met een ervaren collega en een eerste bepaling onder begeleiding. \
                 Wie dat goed doet krijgt een certificaat; elk jaar volgt een opfriscursus.",
            ),
            Some(
                "Vragenlijsten en een handleiding die de werkwijze stap voor stap uitlegt. De cijfers van het rapport \
                 komen automatisch, de toelichting schrijft de uitvoerder.",
            ),
            Some(
                "Activa levert ook diensten voor de rest van het traject, van werving tot verloning. Een koppeling met \
                 het cliëntvolgsysteem is er niet; de rapporten in pdf kunnen wel worden geüpload.",
            ),
            Some(
                "Activa beheert de gegevens in een beveiligde webapplicatie; iedere gebruiker logt persoonlijk in en \
                 ziet alleen de dossiers waarvoor hij bevoegd is.",
            ),
            Some(
                "Voert Activa zelf uit: een bedrag per bepaling. In eigen beheer: licentie, een lager bedrag per \
                 bepaling en trainingskosten.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "competensys",
        naam: "CompetenSYS Loonbalans",
        paragraaf: "§2.3, CompetenSYS Loonbalans",
        rekenwijze: Rekenwijze::Stappenplan,
        regeling: Mate::Ja,
        doelgroepen: &[ALLEN, OnderkantArbeidsmarkt],
        training_vereist: true,
        training_halve_dagen: 4,
        tijd: Tijdsbesteding { uitvoerder: 120, werkgever: 48, werknemer: 60 },
        rapportage: Rapportagevorm::Automatisch,
        ontwikkeladvies: true,
        licentiekosten: true,
        kenmerken: [
            Some("Past volgens de overzichtstabel binnen het Besluit en volgt het stappenplan van de Regeling volledig."),
            Some(
                "Volgt het stappenplan, waar het systeem de professional stap voor stap doorheen leidt. Additionele \
                 kosten (begeleiding, herstel, aanpassing van de werkplek, verzuim, scholing) worden standaard \
                 meegenomen.",
            ),
            Some(
                "Drie stappen: een aankondigingsbrief namens de gemeente, een bedrijfsbezoek met gesprekken met \
                 werkgever en werknemer langs een vragenlijst (vooraf eventueel een checklist), en een rapport dat \
                 persoonlijk aan de opdrachtgever wordt overgedragen.",
            ),
            Some(
                "Bruikbaar voor een zeer brede groep, van de onderkant van de arbeidsmarkt tot ver daarboven; in de \
                 praktijk vooral gebruikt door gemeenten, sw-bedrijven en UWV voor die onderkant.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 2 uur, werkgever 0,8 uur, werknemer 1 uur."),
            Some(
                "Volledig automatisch, met onder meer loonwaarde, passendheid van de plaatsing, taakanalyse, norm en \
                 werkelijke prestatie, additionele kosten en vervolgadvies. Scores onder 100% krijgen voorbeelden van \
                 gedrag; er is ook een versie voor de werknemer.",
            ),
            Some(
                "Uitvoerders van CompetenSYS of gecertificeerde eigen mensen; iedere gemeente, elk sw-bedrijf en UWV \
                 kiest zelf. Vereist: hbo, twee jaar ervaring in een vergelijkbare rol en goede gespreks- en \
                 schrijfvaardigheid.",
            ),
            Some(
                "Twee dagen: klassikale theorie, meekijken in de praktijk en terugkomdagen met intervisie. Na een \
                 voldoende toets volgt het certificaat.",
            ),
            Some(
                "Een handleiding, vragenlijsten, hulp bij het indelen onder tempo, kwaliteit, inzetbaarheid of \
                 additionele kosten, een database met veelvoorkomende functies en een volledig automatisch rapport.",
            ),
            Some(
                "Ook een cliëntprofiel met diagnose en matching, een eigen portaal voor de werknemer en \
                 beleidsinformatie voor de opdrachtgever. De modules zijn aan het cliëntvolgsysteem te koppelen.",
            ),
            Some(
                "De opdrachtgever beheert de gegevens zelf in de beveiligde webapplicatie van CompetenSYS; toegang gaat \
                 via een persoonlijke inlog en is beperkt tot de eigen dossiers.",
            ),
            Some(
                "Voert CompetenSYS zelf uit: een bedrag per bepaling. In eigen beheer: licentie, een vast bedrag voor \
                 onbeperkt gebruik en trainingskosten.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "dariuz",
        naam: "Dariuz",
        paragraaf: "§2.3, Dariuz",
        rekenwijze: Rekenwijze::EigenFormule(FORMULE_DARIUZ),
        regeling: Mate::Deels,
        doelgroepen: &[ALLEN, NietLezend],
        training_vereist: true,
        training_halve_dagen: 8,
        tijd: Tijdsbesteding { uitvoerder: 180, werkgever: 60, werknemer: 60 },
        rapportage: Rapportagevorm::Automatisch,
        ontwikkeladvies: true,
        licentiekosten: true,
        kenmerken: [
            Some(
                "Past volgens de overzichtstabel binnen het Besluit, maar volgt het stappenplan van de Regeling maar \
                 gedeeltelijk: de prestatie wordt afgeleid uit competenties.",
            ),
            Some(
                "Werkgever en werknemer scoren tien competenties; die scores worden omgerekend naar tempo, efficiëntie \
                 en kwaliteit, gewogen naar hun belang voor de functie. De normfunctie moet voor minstens 60% \
                 overlappen; additionele kosten zijn optioneel.",
            ),
            Some(
                "Eerst een vooronderzoek met online vragenlijsten die het systeem verwerkt tot een checklist en een \
                 voorlopige uitkomst, dan een bedrijfsbezoek met gesprek en observatie, en tot slot het eindrapport.",
            ),
            Some(
                "Een deel van de gegevens komt uit een online vragenlijst die wat taalvaardigheid vraagt; lukt dat niet, \
                 dan stelt de uitvoerder de vragen mondeling tijdens het bezoek.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 3 uur, werkgever 1 uur, werknemer 1 uur."),
            Some(
                "Bestemd voor de opdrachtgever en zonder privacygevoelige gegevens: loonwaarde met subsidieadvies, \
                 duurzaamheid van de plaatsing, additionele kosten en concreet advies om loonwaarde en duurzaamheid te \
                 verhogen.",
            ),
            Some(
                "Arbeidsdeskundigen uit het partnernetwerk van Dariuz, of eigen uitvoerders van de opdrachtgever die \
                 Dariuz opleidt. Nodig zijn hbo-denkniveau en kennis van het werkveld, geen titel arbeidsdeskundige.",
            ),
            Some(
                "Vier dagen (geaccrediteerd door SKO) met theorie en oefenen op casussen, tussendoor een eerste echte \
                 bepaling; op een tweede bepaling na de laatste dag volgt het certificaat.",
            ),
            Some(
                "Een database met functieprofielen voor de normfunctie, een automatisch opgestelde checklist voor het \
                 bezoek en een vragenlijst waaruit het eindrapport vanzelf volgt.",
            ),
            Some(
                "Los te gebruiken, maar ook deel van de bredere Dariuz-methodiek met modules voor diagnose, ontwikkeling \
                 en matching. Volledige koppeling met het cliëntvolgsysteem is mogelijk.",
            ),
            Some(
                "Dariuz beheert de gegevens in een beveiligde webapplicatie met persoonlijke inlog; een opdrachtgever \
                 ziet alleen de dossiers van zijn eigen werknemers.",
            ),
            Some(
                "Met een uitvoerder uit het partnernetwerk: licentie aan Dariuz plus de vergoeding van die uitvoerder. \
                 In eigen beheer: licentie en kosten van training en certificering.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "lat",
        naam: "Loonwaarde Advies Tool (LAT)",
        paragraaf: "§2.3, Loonwaarde Advies Tool",
        rekenwijze: Rekenwijze::EigenFormule(FORMULE_LAT),
        regeling: Mate::Deels,
        doelgroepen: &[ALLEN],
        training_vereist: true,
        training_halve_dagen: 2,
        tijd: Tijdsbesteding { uitvoerder: 150, werkgever: 90, werknemer: 90 },
        rapportage: Rapportagevorm::Automatisch,
        ontwikkeladvies: false,
        licentiekosten: false,
        kenmerken: [
            Some(
                "Past volgens de overzichtstabel binnen het Besluit en volgt het stappenplan van de Regeling deels: \
                 naast tempo en kwaliteit telt een competentiescore mee.",
            ),
            Some(
                "Taken heten regulier, leerbaar of additioneel, naast inactieve momenten; alleen reguliere en leerbare \
                 taken krijgen een score op tempo en kwaliteit, de rest telt als 0%. Verder bepaalt men belang en \
                 beheersing van tien competenties; additionele kosten blijven bewust buiten beeld.",
            ),
            Some(
                "Vier stappen: dossierstudie vooraf, een schriftelijke vragenlijst met competentielijst voor de \
                 werkgever, een bedrijfsbezoek met observatie en gesprek per hoofdtaak, en een rapport dat de \
                 applicatie maakt.",
            ),
            Some(
                "De werkgever is de hoofdbron, dus het niveau van de werknemer doet er niet toe; bedoeld voor iedereen \
                 met een arbeidsbeperking, waarbij de uitvoerder aansluit bij wat de werknemer aankan.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 2,5 uur, werkgever 1,5 uur, werknemer 1,5 uur."),
            Some(
                "Volledig automatisch met een vaste opbouw waaruit delen kunnen worden weggelaten: functie, taakanalyse \
                 per soort taak, prestaties, competenties, loonwaarde en loonkostensubsidie, met grafieken. Een \
                 ontwikkeladvies zit er niet in.",
            ),
            Some(
                "Geen eigen uitvoerders: de opdrachtgever levert ze, getraind, gecertificeerd en op naam geregistreerd. \
                 Gevraagd wordt hbo en kennis van het werkveld; de methode mikt op professionals dicht bij werkgever en \
                 werknemer.",
            ),
            Some(
                "Eén dag met uitleg over de methode en een eerste advies op een oefencasus, met een syllabus; afgesloten \
                 met een certificaat.",
            ),
            Some("Een vragenlijst voor de competenties, een automatisch rapport, een syllabus als handleiding en een helpdesk."),
            Some(
                "Op zichzelf een losse module; in de uitgebreide variant LAT+ komen diagnose, matching, ontwikkeladvies \
                 en koppeling met cliëntvolgsysteem of e-portfolio erbij.",
            ),
            Some(
                "Een beveiligde webapplicatie met persoonlijke inlog; het beheer ligt bij een aparte beheerpartij \
                 volgens de privacywet, met inzage alleen voor vooraf gemachtigden.",
            ),
            Some(
                "Alleen in eigen beheer te gebruiken: kosten voor training en certificering en een bedrag per \
                 uitgevoerde bepaling, zonder licentie.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "matchcare",
        naam: "Matchcare",
        paragraaf: "§2.3, Matchcare",
        rekenwijze: Rekenwijze::EigenFormule(FORMULE_MATCHCARE),
        regeling: Mate::Nee,
        doelgroepen: &[ALLEN, NietLezend],
        training_vereist: true,
        training_halve_dagen: 3,
        tijd: Tijdsbesteding { uitvoerder: 180, werkgever: 90, werknemer: 60 },
        rapportage: Rapportagevorm::Automatisch,
        ontwikkeladvies: true,
        licentiekosten: true,
        kenmerken: [
            Some(
                "Past volgens de overzichtstabel binnen het Besluit; het stappenplan van de Regeling staat daar als niet \
                 gevolgd, al noemt de beschrijving het deels in lijn.",
            ),
            Some(
                "Op vijf hoofdtaken scoren werkgever en werknemer tempo, kwaliteit en inzetbaarheid; daarnaast negen \
                 werknemersvaardigheden en een reeks competenties, afgezet tegen een functieprofiel uit de eigen \
                 database. Additionele kosten voor begeleiding en behoud van de werknemer tellen mee.",
            ),
            Some(
                "Eerst een bezoek om met de werkgever het functieprofiel vast te stellen en de werknemer te observeren, \
                 dan digitale vragenlijsten voor werkgever en werknemer, en daarna berekent de uitvoerder de loonwaarde \
                 en schrijft het rapport.",
            ),
            Some(
                "De vragenlijsten werken met veel plaatjes en zijn zo ook bruikbaar bij laaggeletterdheid; ingebouwde \
                 schalen wijzen op sociaal wenselijke antwoorden.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 3 uur, werkgever 1,5 uur, werknemer 1 uur."),
            Some(
                "Geeft de loonwaarde zowel tegenover het functieloon als tegenover het minimumloon, plus het \
                 ontwikkelperspectief, gestoeld op een vragenlijst over leefgebieden.",
            ),
            Some(
                "Gecertificeerde uitvoerders uit het netwerk van Matchcare of van de opdrachtgever zelf, met \
                 hbo-denkniveau en kennis van het werkveld; een titel arbeidsdeskundige is niet nodig.",
            ),
            Some(
                "Drie dagdelen over het competentiemodel, criteriumgericht interviewen en het proces; daarna een toets \
                 waarbij de uitkomsten van de oefencasussen binnen 15% van de standaard moeten liggen.",
            ),
            Some("Vragenlijsten, scholing in criteriumgericht interviewen, een handleiding en een volledig automatisch rapport."),
            Some(
                "Ook modules voor diagnose en matching, bedoeld voor mensen in de bijstand en in een sw-dienstverband; \
                 alle modules kunnen aan het cliëntvolgsysteem worden gekoppeld.",
            ),
            Some(
                "Matchcare beheert de gegevens in een beveiligde webapplicatie met persoonlijke inlog; de opdrachtgever \
                 ziet alleen zijn eigen werknemers.",
            ),
            Some(
                "Voert Matchcare zelf uit: een bedrag per bepaling. In eigen beheer: licentie, een lager bedrag per \
                 bepaling en trainingskosten.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "talent6",
        naam: "Talent6",
        paragraaf: "§2.3, Talent6",
        rekenwijze: Rekenwijze::Stappenplan,
        regeling: Mate::Ja,
        doelgroepen: &[ALLEN, OnderkantArbeidsmarkt, NietLezend, WeinigNederlands],
        training_vereist: true,
        training_halve_dagen: 4,
        tijd: Tijdsbesteding { uitvoerder: 180, werkgever: 120, werknemer: 30 },
        rapportage: Rapportagevorm::Handmatig,
        ontwikkeladvies: true,
        licentiekosten: false,
        kenmerken: [
            Some("Past volgens de overzichtstabel binnen het Besluit en volgt het stappenplan van de Regeling volledig."),
            Some(
                "Rekent met het stappenplan; daarnaast krijgt de werknemer op zes basiscompetenties een niveau van 0 \
                 tot 6, om de uitkomst te verklaren en ontwikkeladvies te geven. Additionele kosten staan als aparte \
                 post in het rapport.",
            ),
            Some(
                "Drie stappen: een gesprek van een uur met de werkgever, met vragenlijst en observatie op de werkplek, \
                 een uur uitwerken, en een half uur nabespreken met de werknemer, waarna de uitkomst soms nog wijzigt.",
            ),
            Some(
                "Gericht op werknemers aan de onderkant van de arbeidsmarkt; door mondelinge interviews in eenvoudig \
                 Nederlands hoeft de werknemer niet te kunnen lezen.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 3 uur, werkgever 2 uur, werknemer 0,5 uur."),
            Some(
                "Achtergrond, een tabel met tempo, kwaliteit en inzetbaarheid per taak, competentiescores met \
                 voorbeelden van gedrag, de loonwaarde in procent en euro, en een ontwikkeladvies voor het komende \
                 halfjaar. Loonkosten en loonkostensubsidie op verzoek.",
            ),
            Some(
                "Gecertificeerde uitvoerders van de ontwikkelaar of van de opdrachtgever; vereist zijn een afgeronde \
                 hbo-opleiding en minstens twee jaar relevante ervaring.",
            ),
            Some(
                "Twee dagen theorie en praktijk, met meekijken en een eerste bepaling onder begeleiding. Om het \
                 certificaat te houden: jaarlijks intervisie, minstens tien bepalingen en een second opinion door een \
                 collega.",
            ),
            Some(
                "Een handleiding met de vragen en richtlijnen voor het scoren van competenties, een vast format dat met \
                 de hand wordt ingevuld, steekproeven door een kwaliteitsmedewerker en jaarlijkse intervisie.",
            ),
            Some(
                "Geen aanvullende modules en geen koppeling; de eenvoudige opzet vraagt geen eigen systeem, zodat de \
                 uitkomst in de administratie van opdrachtgever en werkgever kan. Ook bruikbaar in het \
                 beoordelingsgesprek.",
            ),
            Some(
                "De ontwikkelaar beheert het sjabloon; het ingevulde rapport is in handen van de uitvoerder, die het in \
                 het cliëntvolgsysteem van de gebruiker kan opslaan.",
            ),
            Some(
                "Geen licentie. Met uitvoerders van de ontwikkelaar een bedrag per bepaling; met eigen uitvoerders \
                 kosten voor training en certificering.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "uwv",
        naam: "UWV",
        paragraaf: "§2.3, UWV",
        rekenwijze: Rekenwijze::Stappenplan,
        regeling: Mate::Ja,
        doelgroepen: &[ALLEN],
        training_vereist: true,
        training_halve_dagen: 4,
        tijd: Tijdsbesteding { uitvoerder: 300, werkgever: 30, werknemer: 30 },
        rapportage: Rapportagevorm::Handmatig,
        ontwikkeladvies: true,
        licentiekosten: false,
        kenmerken: [
            Some("Past volgens de overzichtstabel binnen het Besluit en volgt het stappenplan van de Regeling volledig."),
            Some(
                "Werkt met het stappenplan en brengt ook additionele kosten in kaart (begeleiding, herstel, \
                 voorzieningen, verzuim, scholing), waar nodig gesplitst in eenmalig en structureel.",
            ),
            Some(
                "Drie stappen: gegevens verzamelen uit de overdracht en het dossier, een bedrijfsbezoek met gesprekken \
                 met werkgever en werknemer en observatie, en het rapport.",
            ),
            Some(
                "Geen vragenlijst maar een werkwijzer langs het stappenplan; de uitvoerder past zijn vragen aan aan wie \
                 tegenover hem zit.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 5 uur, werkgever 0,5 uur, werknemer 0,5 uur."),
            Some(
                "Kort (zo'n 6 tot 8 pagina's), vooral tekst met enkele tabellen, en alleen met wat voor de loonwaarde \
                 nodig is, om privacygevoelige informatie te beperken. Een deel over toekomst en ontwikkeling geeft \
                 adviezen om de loonwaarde te behouden of te verhogen.",
            ),
            Some(
                "UWV voert zelf uit of leidt uitvoerders van de opdrachtgever op; iedere uitvoerder moet gediplomeerd en \
                 geregistreerd arbeidsdeskundige zijn en de UWV-opleiding met goed resultaat hebben afgerond.",
            ),
            Some(
                "Twee dagen voor uitvoerders van opdrachtgevers, met e-learning, een online training en een \
                 groepsbijeenkomst; certificering is vereist.",
            ),
            Some("Een landelijk uniform rapportformat en een handleiding."),
            Some(
                "Los in te zetten of samen met andere UWV-producten, zoals sociaal-medisch advies of een consult van \
                 arbeidsdeskundige of verzekeringsarts. De uitkomst gaat in het eigen systeem van UWV; koppelen met \
                 systemen van anderen kan niet.",
            ),
            Some(
                "UWV beheert de gegevens volgens de privacywet in een elektronisch dossier waarin alleen vooraf \
                 gemachtigden kunnen kijken.",
            ),
            Some(
                "Zonder winstoogmerk: de methode is gratis als de opdrachtgever zelf uitvoert; training, certificering \
                 en uitvoering door UWV gaan tegen een kostendekkende vergoeding.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "vta",
        naam: "VTA-methodiek",
        paragraaf: "§2.3, VTA-methodiek",
        rekenwijze: Rekenwijze::Stappenplan,
        regeling: Mate::Deels,
        doelgroepen: &[ALLEN],
        training_vereist: true,
        training_halve_dagen: 6,
        tijd: Tijdsbesteding { uitvoerder: 240, werkgever: 60, werknemer: 30 },
        rapportage: Rapportagevorm::Automatisch,
        ontwikkeladvies: true,
        licentiekosten: true,
        kenmerken: [
            Some(
                "Past volgens de overzichtstabel binnen het Besluit en volgt het stappenplan van de Regeling deels: \
                 tempo wordt gesplitst in inspanning en vaardigheid.",
            ),
            Some(
                "Hooguit vijf taken, gescoord op inspanning, vaardigheid, kwaliteit en inzetbaarheid; inspanning maal \
                 vaardigheid geeft het tempo, zoals in NEN 3147. Welke additionele kosten meetellen hangt af van het \
                 beleid van de gemeente.",
            ),
            Some(
                "Drie stappen: bij de plaatsing legt de jobcoach of consulent normfunctie, loon en hoofdtaken vast, dan \
                 een werkplekbezoek met observatie en gesprekken met werknemer en werkgever, en tot slot rapport, \
                 loonwaarde en loonkostensubsidie.",
            ),
            Some(
                "Geen vragenlijst maar een lijst gesprekspunten langs het stappenplan; de uitvoerder stemt zijn vragen \
                 af op de gesprekspartner.",
            ),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 4 uur, werkgever 1 uur, werknemer 0,5 uur."),
            Some(
                "Een vast format met per taak de scores op de vier bestanddelen, een verplichte toelichting bij elke \
                 score onder 100%, de optelling tot de totale loonwaarde en een tabel met loonkostensubsidie en \
                 eventuele vergoeding van additionele kosten.",
            ),
            Some(
                "Bedoeld voor de jobcoach of consulent die de werknemer al kent, maar ook bruikbaar voor een buitenstaander \
                 (dan kost het meer tijd). Hbo-geschoolde consulenten, jobcoaches of arbeidsdeskundigen; in de regio \
                 Groot-Amsterdam heeft de gemeente eigen uitvoerders, elders levert de regio ze zelf.",
            ),
            Some(
                "Drie dagen over het model, het stappenplan, observeren en gesprekstechniek, afgesloten met twee \
                 examencasussen die binnen de bandbreedte van de Gouden Standaard moeten vallen. Om het certificaat te \
                 houden: minstens 12 getoetste bepalingen per jaar en twee keer intervisie.",
            ),
            Some(
                "Een vast rapportformat dat dwingt tot onderbouwing, een teammanager die elke meting naleest en \
                 regelmatige intervisie.",
            ),
            Some(
                "Geen aanvullende modules en geen koppeling met het cliëntvolgsysteem; door de lichte systeemeisen kan \
                 de uitkomst in de eigen administratie worden overgenomen.",
            ),
            Some(
                "De gemeente beheert het sjabloon; het ingevulde document valt onder de uitvoerder en kan in het \
                 cliëntvolgsysteem worden bewaard.",
            ),
            Some(
                "Binnen de eigen regio tegen een kostendekkende vergoeding; daarbuiten tegen vergoeding voor licentie, \
                 training en certificering, waarbij de regio zelf uitvoerders levert.",
            ),
        ],
    },
    Methodiekbeschrijving {
        id: "werkstap",
        naam: "Werkstap",
        paragraaf: "§2.3, Werkstap",
        rekenwijze: Rekenwijze::Stappenplan,
        regeling: Mate::Ja,
        doelgroepen: &[ALLEN, NietLezend, WeinigNederlands],
        training_vereist: true,
        training_halve_dagen: 3,
        tijd: Tijdsbesteding { uitvoerder: 180, werkgever: 90, werknemer: 30 },
        rapportage: Rapportagevorm::Automatisch,
        ontwikkeladvies: true,
        licentiekosten: true,
        kenmerken: [
            Some("Past volgens de overzichtstabel binnen het Besluit en volgt het stappenplan van de Regeling volledig."),
            Some(
                "Rekent met het stappenplan; tempo, kwaliteit en inzetbaarheid per taak volgen uit gedragsvoorbeelden \
                 of vakvaardigheden die elk op drie criteria worden gescoord. Als additionele kosten telt de extra \
                 begeleiding door de werkgever.",
            ),
            Some(
                "Twee stappen: een bedrijfsbezoek waar eerst met de werkgever norm en prestatie worden vastgesteld en \
                 die daarna met de werknemer worden nagegaan, en een automatisch opgesteld rapport.",
            ),
            Some("Mondelinge interviews in eenvoudig Nederlands, zodat lezen en goede taalbeheersing niet nodig zijn."),
            Some("Eerste meting volgens de overzichtstabel: uitvoerder 3 uur, werkgever 1,5 uur, werknemer 0,5 uur."),
            Some(
                "Volledig automatisch: functie- en taakanalyse, de opbouw van de loonwaarde per taak en een \
                 ontwikkelplan. De loonkostensubsidie wordt er niet in berekend.",
            ),
            Some(
                "Gecertificeerde uitvoerders uit een pool van zelfstandigen, of eigen uitvoerders van de opdrachtgever \
                 die Werkstap opleidt; hbo-denkniveau en kennis van het werkveld.",
            ),
            Some(
                "Drie dagdelen plus zelfstudie over observeren, gesprekstechniek en het werken met systeem en methode; \
                 afgesloten met een certificaat.",
            ),
            Some("Een vragenlijst en een automatisch opgesteld rapport."),
            Some(
                "Aanvullende modules voor diagnose, ontwikkeling en jobcoaching, plus een bepaling op competenties om \
                 de voortgang te volgen; alle modules zijn aan het cliëntvolgsysteem te koppelen.",
            ),
            Some(
                "Een beveiligde webapplicatie met persoonlijke inlog en toegang tot alleen de eigen dossiers; de \
                 opdrachtgever beheert de persoonsgegevens en is verantwoordelijk voor wijzigen en verwijderen.",
            ),
            Some(
                "Voert Werkstap zelf uit: een bedrag per bepaling. In eigen beheer: licentie, een lager bedrag per \
                 bepaling en trainingskosten.",
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn leeg() -> Methodiekbeschrijving {
        Methodiekbeschrijving { kenmerken: [None; Criterium::AANTAL], ..METHODIEKEN[0] }
    }

    #[test]
    fn criteria_in_de_volgorde_van_de_overzichtstabel() {
        let nummers: Vec<u8> = Criterium::ALLE.iter().map(|c| c.nummer()).collect();
        assert_eq!(nummers, (1..=12).collect::<Vec<u8>>());
        assert_eq!(Criterium::Hulpmiddelen.nummer(), 9);
        assert_eq!(Criterium::Kosten.naam(), "Kosten");
    }

    #[test]
    fn ontbrekend_kenmerk_toont_niet_beschreven() {
        let m = leeg();
        for c in Criterium::ALLE {
            assert_eq!(m.kenmerk(c), None);
            assert_eq!(m.toon(c), "niet beschreven in de Loonwaardegids");
        }
        assert!(m.bevat("activa"), "de naam blijft doorzoekbaar");
        assert!(!m.bevat("stappenplan"), "zonder samenvattingen valt er niets anders te vinden");
    }

    #[test]
    fn uren_in_nederlandse_notatie() {
        assert_eq!(uren(180), "3 uur");
        assert_eq!(uren(150), "2,5 uur");
        assert_eq!(uren(48), "0,8 uur");
        assert_eq!(uren(75), "1,25 uur");
        assert_eq!(uren(30), "0,5 uur");
    }

    #[test]
    fn tijdtekst_klopt_met_de_getypte_tijd() {
        for m in METHODIEKEN {
            let t = m.toon(Criterium::Tijd);
            for (wie, min) in
                [("uitvoerder", m.tijd.uitvoerder), ("werkgever", m.tijd.werkgever), ("werknemer", m.tijd.werknemer)]
            {
                let verwacht = format!("{wie} {}", uren(min));
                assert!(t.contains(&verwacht), "{}: '{t}' noemt niet '{verwacht}'", m.id);
            }
        }
    }

    #[test]
    fn rekenwijze_volgt_spec_b2() {
        let eigen: Vec<&str> = METHODIEKEN.iter().filter(|m| m.eigen_formule()).map(|m| m.id).collect();
        assert_eq!(eigen, ["dariuz", "lat", "matchcare"]);
    }

    #[test]
    fn lege_zoekterm_en_spaties_laten_alles_door() {
        let f = Filter { tekst: Some("   ".into()), ..Filter::default() };
        assert_eq!(filter(&f).len(), METHODIEKEN.len());
        assert!(methodiek("vta").is_some_and(|m| m.bevat("  nen 3147 ")));
    }
}
