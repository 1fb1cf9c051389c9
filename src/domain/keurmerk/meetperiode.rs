//! The meetperiode and its dates: Tabel 2 (deadlines per start), the week and month terms of
//! §5.1.1 (audit, Keurmerk-applicatie, re-audit) and Tabel 1 (which Handleiding governs).
//!
//! Tabel 1 and Tabel 2 are data; the §5.1.1 terms are computed from the last day of the
//! meetperiode. "Today" is a parameter, as everywhere in the domain.

use chrono::{Days, Months, NaiveDate};

use super::handleiding::{handleiding_naam, HANDLEIDING};
use crate::domain::datum::lange_datum;
use crate::domain::uitleg::Uitleg;

const BRON_TABEL2: &str = concat!("Tabel 2 (meetperiodes en belangrijke data), ", handleiding_naam!());
const BRON_511: &str = concat!("§5.1.1 (resultatenaudit), ", handleiding_naam!());
const BRON_TABEL1: &str = concat!("Tabel 1 (geldigheid Handleiding), ", handleiding_naam!());

/// The three moments a meetperiode of twelve months can start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Start {
    Januari,
    April,
    September,
}

impl Start {
    pub const ALLE: [Start; 3] = [Start::Januari, Start::April, Start::September];

    pub fn maand(self) -> u32 {
        match self {
            Start::Januari => 1,
            Start::April => 4,
            Start::September => 9,
        }
    }

    pub fn sleutel(self) -> &'static str {
        match self {
            Start::Januari => "januari",
            Start::April => "april",
            Start::September => "september",
        }
    }

    pub fn uit_sleutel(s: &str) -> Option<Start> {
        Start::ALLE.into_iter().find(|st| st.sleutel() == s)
    }

    fn kolom(self) -> usize {
        match self {
            Start::Januari => 0,
            Start::April => 1,
            Start::September => 2,
        }
    }
}

/// Years the planner accepts; chrono handles far more, but a typo like 20255 should be refused.
pub const EERSTE_JAAR: i32 = 2000;
pub const LAATSTE_JAAR: i32 = 2100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meetperiode {
    pub start: Start,
    pub jaar: i32,
}

impl Meetperiode {
    /// `None` outside `EERSTE_JAAR..=LAATSTE_JAAR`.
    pub fn new(start: Start, jaar: i32) -> Option<Meetperiode> {
        (EERSTE_JAAR..=LAATSTE_JAAR).contains(&jaar).then_some(Meetperiode { start, jaar })
    }

    pub fn begin(self) -> NaiveDate {
        datum(self.jaar, self.start.maand(), 1)
    }

    /// The last day of the twelve months.
    pub fn einde(self) -> NaiveDate {
        let volgende = datum(self.jaar + 1, self.start.maand(), 1);
        volgende.pred_opt().unwrap_or(volgende)
    }

    pub fn naam(self) -> String {
        format!("meetperiode {} tot en met {}", lange_datum(self.begin()), lange_datum(self.einde()))
    }
}

/// Always valid for the months and days in the tables below; the fallback only keeps the
/// function total.
fn datum(jaar: i32, maand: u32, dag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(jaar, maand, dag).unwrap_or(NaiveDate::MIN)
}

/// A date in Tabel 2: month, day and years after the start year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tabeldatum {
    pub maand: u32,
    pub dag: u32,
    pub jaar_na_start: i32,
}

const fn td(maand: u32, dag: u32, jaar_na_start: i32) -> Tabeldatum {
    Tabeldatum { maand, dag, jaar_na_start }
}

/// One row of Tabel 2: its dates for a start in januari, april and september, and the
/// UWV variant where Tabel 2 gives one (footnote 2, only for the januari start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tabel2Rij {
    pub sleutel: &'static str,
    pub titel: &'static str,
    pub data: [Tabeldatum; 3],
    pub uwv: Option<Tabeldatum>,
}

pub const TABEL2: &[Tabel2Rij] = &[
    Tabel2Rij {
        sleutel: "start",
        titel: "Start meetperiode",
        data: [td(1, 1, 0), td(4, 1, 0), td(9, 1, 0)],
        uwv: None,
    },
    Tabel2Rij {
        sleutel: "tvo-start",
        titel: "Start aanleveren gegevens tevredenheidsonderzoek",
        data: [td(2, 1, 0), td(5, 1, 0), td(10, 1, 0)],
        uwv: None,
    },
    Tabel2Rij {
        sleutel: "tvo-deadline",
        titel: "Deadline aanleveren gegevens tevredenheidsonderzoek",
        data: [td(12, 15, 0), td(3, 15, 1), td(8, 15, 1)],
        uwv: Some(td(1, 15, 1)),
    },
    Tabel2Rij {
        sleutel: "tvo-concept",
        titel: "Conceptrapport tevredenheidsonderzoek (Panteia)",
        data: [td(1, 22, 1), td(4, 15, 1), td(9, 15, 1)],
        uwv: Some(td(2, 15, 1)),
    },
    Tabel2Rij {
        sleutel: "resultaten-deadline",
        titel: "Deadline aanleveren resultaatgegevens",
        data: [td(1, 21, 1), td(4, 21, 1), td(9, 21, 1)],
        uwv: None,
    },
    Tabel2Rij {
        sleutel: "audit-deadline",
        titel: "Deadline uitvoering resultatenaudit",
        data: [td(4, 1, 1), td(7, 1, 1), td(12, 1, 1)],
        uwv: None,
    },
    Tabel2Rij {
        sleutel: "beoordeling",
        titel: "Streefdatum beoordeling Keurmerk door Blik op Werk",
        data: [td(5, 1, 1), td(8, 1, 1), td(1, 1, 2)],
        uwv: None,
    },
];

/// The §5.1.1 terms, counted from the last day of the meetperiode.
pub const AUDIT_PLANNEN_WEKEN_VOOR_EINDE: u64 = 8;
pub const APPLICATIE_WEKEN_ROND_EINDE: u64 = 3;
pub const AUDIT_MAANDEN_NA_EINDE: u32 = 3;
pub const REAUDIT_MAANDEN_NA_AUDIT: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Herkomst {
    Tabel2,
    Paragraaf511,
}

/// One date (or window of dates) in the planner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gebeurtenis {
    /// Stable per meetperiode: the basis of the calendar UID.
    pub sleutel: &'static str,
    pub titel: String,
    pub datum: NaiveDate,
    /// The last day of a window (inclusive), e.g. the Keurmerk-applicatie.
    pub tot: Option<NaiveDate>,
    /// A moment by which something must be done, not only a start or a window.
    pub deadline: bool,
    pub herkomst: Herkomst,
    pub uitleg: Uitleg,
}

impl Gebeurtenis {
    /// The last day this item is current.
    pub fn laatste_dag(&self) -> NaiveDate {
        self.tot.unwrap_or(self.datum)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plannerinvoer {
    pub meetperiode: Meetperiode,
    /// UWV is one of the opdrachtgevers (Tabel 2, footnote 2).
    pub uwv: bool,
    /// The day of the first resultatenaudit, once known: it starts the re-audit term.
    pub eerste_audit: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planning {
    pub meetperiode: Meetperiode,
    /// Sorted by date, then by the order of Tabel 2.
    pub gebeurtenissen: Vec<Gebeurtenis>,
    /// Remarks on the input, e.g. an audit date after the deadline.
    pub bevindingen: Vec<String>,
    pub keuzes: Vec<&'static str>,
}

pub const KEUZES: &[&str] = &[
    "De termijnen van §5.1.1 (8 weken, 3 weken, 3 maanden) tellen vanaf de laatste dag van de meetperiode; \
     zo valt het sluiten van de Keurmerk-applicatie samen met de deadline voor resultaatgegevens uit Tabel 2.",
    "‘Binnen drie maanden na het einde’ gerekend vanaf de laatste dag geeft een dag eerder dan de auditdeadline \
     van Tabel 2 (bijvoorbeeld 31 maart tegenover 1 april); de planner volgt Tabel 2.",
    "Tabel 2 noemt alleen bij de meetperiode vanaf 1 januari een latere TVO-termijn voor wie UWV als opdrachtgever \
     heeft; bij de andere starts verandert de UWV-keuze niets.",
    "Zonder datum van de eerste audit toont de planner de uiterste re-auditdatum als de audit op de deadline \
     plaatsvindt.",
];

fn tabeldatum(m: Meetperiode, d: Tabeldatum) -> NaiveDate {
    datum(m.jaar + d.jaar_na_start, d.maand, d.dag)
}

/// All dates of a meetperiode, Tabel 2 and §5.1.1 together.
pub fn plan(invoer: &Plannerinvoer) -> Planning {
    let m = invoer.meetperiode;
    let kolom = m.start.kolom();
    let mut lijst = Vec::new();
    let mut auditdeadline = None;
    for rij in TABEL2 {
        let standaard = rij.data.get(kolom).copied().unwrap_or(rij.data[0]);
        let (td_, variant) = match (invoer.uwv, m.start, rij.uwv) {
            (true, Start::Januari, Some(u)) => (u, " (UWV als opdrachtgever)"),
            _ => (standaard, ""),
        };
        let d = tabeldatum(m, td_);
        if rij.sleutel == "audit-deadline" {
            auditdeadline = Some(d);
        }
        let mut bron = BRON_TABEL2.to_string();
        if rij.sleutel == "audit-deadline" {
            bron.push_str("; §5.1.1: binnen drie maanden na het einde van de meetperiode");
        }
        if !variant.is_empty() {
            bron.push_str(", voetnoot 2");
        }
        lijst.push(Gebeurtenis {
            sleutel: rij.sleutel,
            titel: format!("{}{variant}", rij.titel),
            datum: d,
            tot: None,
            deadline: rij.sleutel.ends_with("deadline"),
            herkomst: Herkomst::Tabel2,
            uitleg: Uitleg {
                formule: format!("{}: vaste datum uit Tabel 2 voor een start op 1 {}", rij.titel, m.start.sleutel()),
                berekening: lange_datum(d),
                norm: None,
                bron,
            },
        });
    }
    let einde = m.einde();
    lijst.push(Gebeurtenis {
        sleutel: "einde",
        titel: "Einde meetperiode".into(),
        datum: einde,
        tot: None,
        deadline: false,
        herkomst: Herkomst::Tabel2,
        uitleg: Uitleg {
            formule: "Een meetperiode duurt twaalf maanden".into(),
            berekening: format!("{} + 12 maanden − 1 dag = {}", lange_datum(m.begin()), lange_datum(einde)),
            norm: None,
            bron: BRON_TABEL2.into(),
        },
    });
    let plannen = einde - Days::new(AUDIT_PLANNEN_WEKEN_VOOR_EINDE * 7);
    lijst.push(Gebeurtenis {
        sleutel: "audit-plannen",
        titel: "Afspraak resultatenaudit inplannen".into(),
        datum: plannen,
        tot: None,
        deadline: false,
        herkomst: Herkomst::Paragraaf511,
        uitleg: Uitleg {
            formule: "laatste dag van de meetperiode − 8 weken".into(),
            berekening: format!("{} − 56 dagen = {}", lange_datum(einde), lange_datum(plannen)),
            norm: None,
            bron: format!("{BRON_511}, stap 1"),
        },
    });
    let open = einde - Days::new(APPLICATIE_WEKEN_ROND_EINDE * 7);
    let dicht = einde + Days::new(APPLICATIE_WEKEN_ROND_EINDE * 7);
    lijst.push(Gebeurtenis {
        sleutel: "applicatie",
        titel: "Keurmerk-applicatie open voor resultaatgegevens".into(),
        datum: open,
        tot: Some(dicht),
        deadline: false,
        herkomst: Herkomst::Paragraaf511,
        uitleg: Uitleg {
            formule: "van 3 weken vóór tot 3 weken na de laatste dag van de meetperiode".into(),
            berekening: format!(
                "{e} − 21 dagen = {}; {e} + 21 dagen = {}",
                lange_datum(open),
                lange_datum(dicht),
                e = lange_datum(einde)
            ),
            norm: None,
            bron: format!("{BRON_511}, stap 2"),
        },
    });
    let mut bevindingen = Vec::new();
    let (reaudit_basis, basis_tekst) = match (invoer.eerste_audit, auditdeadline) {
        (Some(a), deadline) => {
            if a <= einde {
                bevindingen.push(format!(
                    "De eerste audit ({}) valt niet na het einde van de meetperiode ({}).",
                    lange_datum(a),
                    lange_datum(einde)
                ));
            }
            if let Some(dl) = deadline.filter(|dl| a > *dl) {
                bevindingen.push(format!(
                    "De eerste audit ({}) valt na de auditdeadline van {}.",
                    lange_datum(a),
                    lange_datum(dl)
                ));
            }
            (Some(a), format!("eerste audit op {}", lange_datum(a)))
        }
        (None, Some(dl)) => (Some(dl), format!("audit op de deadline, {} (aanname van Werkwaarde)", lange_datum(dl))),
        (None, None) => (None, String::new()),
    };
    if let Some(basis) = reaudit_basis {
        let reaudit = basis.checked_add_months(Months::new(REAUDIT_MAANDEN_NA_AUDIT)).unwrap_or(basis);
        lijst.push(Gebeurtenis {
            sleutel: "reaudit",
            titel: if invoer.eerste_audit.is_some() {
                "Uiterste datum re-audit (als de auditor erom vraagt)".into()
            } else {
                "Uiterste datum re-audit, als de audit op de deadline is".into()
            },
            datum: reaudit,
            tot: None,
            deadline: true,
            herkomst: Herkomst::Paragraaf511,
            uitleg: Uitleg {
                formule: "datum van de eerste audit + 2 maanden".into(),
                berekening: format!("{basis_tekst} + 2 maanden = {}", lange_datum(reaudit)),
                norm: None,
                bron: format!("{BRON_511}, onjuiste of ontbrekende gegevens"),
            },
        });
    }
    // Stable: same-day items keep the order of Tabel 2.
    lijst.sort_by_key(|g| g.datum);
    Planning { meetperiode: m, gebeurtenissen: lijst, bevindingen, keuzes: KEUZES.to_vec() }
}

/// Where an item stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stand {
    Voorbij,
    /// Today, or a window that is open today.
    Nu,
    Komend,
}

pub fn stand(g: &Gebeurtenis, vandaag: NaiveDate) -> Stand {
    if g.laatste_dag() < vandaag {
        Stand::Voorbij
    } else if g.datum <= vandaag {
        Stand::Nu
    } else {
        Stand::Komend
    }
}

/// The index of the next deadline that is not yet past (today counts), if any.
pub fn volgende_deadline(planning: &Planning, vandaag: NaiveDate) -> Option<usize> {
    planning.gebeurtenissen.iter().position(|g| g.deadline && g.laatste_dag() >= vandaag)
}

/// Whole days from `vandaag` to `datum` (negative when past).
pub fn dagen_tot(datum: NaiveDate, vandaag: NaiveDate) -> i64 {
    (datum - vandaag).num_days()
}

/// One row of Tabel 1: until when a part of a Handleiding governs, for meetperiodes starting
/// 1 januari, 1 april and 1 september 2023.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geldigheid {
    pub handleiding: u16,
    pub onderdeel: &'static str,
    /// (month, day, year) per column.
    pub tot: [(u32, u32, i32); 3],
}

pub const TABEL1_JAAR: i32 = 2023;

pub const TABEL1: &[Geldigheid] = &[
    Geldigheid { handleiding: 2022, onderdeel: "hoofdnorm 1", tot: [(3, 31, 2023), (3, 31, 2023), (3, 31, 2023)] },
    Geldigheid { handleiding: 2022, onderdeel: "hoofdnorm 2", tot: [(3, 31, 2023), (3, 31, 2023), (8, 31, 2023)] },
    Geldigheid { handleiding: 2022, onderdeel: "hoofdnorm 3", tot: [(3, 31, 2023), (3, 31, 2023), (8, 31, 2023)] },
    Geldigheid { handleiding: 2022, onderdeel: "overige delen", tot: [(3, 31, 2023), (3, 31, 2023), (8, 31, 2023)] },
    Geldigheid { handleiding: 2023, onderdeel: "hoofdnorm 1", tot: [(3, 31, 2024), (3, 31, 2024), (3, 31, 2024)] },
    Geldigheid { handleiding: 2023, onderdeel: "hoofdnorm 2", tot: [(3, 31, 2024), (3, 31, 2024), (8, 31, 2024)] },
    Geldigheid { handleiding: 2023, onderdeel: "hoofdnorm 3", tot: [(3, 31, 2024), (3, 31, 2024), (8, 31, 2024)] },
    Geldigheid { handleiding: 2023, onderdeel: "overige delen", tot: [(3, 31, 2024), (3, 31, 2024), (8, 31, 2024)] },
];

/// The day the Handleiding the zelftoets follows is in force from.
pub fn handleiding_vanaf() -> NaiveDate {
    let (j, m, d) = HANDLEIDING.vanaf;
    datum(j, m, d)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tabel1Uitkomst {
    /// The meetperiode is one of Tabel 1's columns: each part with the day it governs until.
    Tabel(Vec<(u16, &'static str, NaiveDate)>),
    /// Outside Tabel 1: what the app assumes, in one sentence.
    Buiten(String),
}

pub fn tabel1(m: Meetperiode) -> (Tabel1Uitkomst, String) {
    let bron = BRON_TABEL1.to_string();
    if m.jaar == TABEL1_JAAR {
        let k = m.start.kolom();
        let rijen = TABEL1
            .iter()
            .map(|g| {
                let (maand, dag, jaar) = g.tot.get(k).copied().unwrap_or(g.tot[0]);
                (g.handleiding, g.onderdeel, datum(jaar, maand, dag))
            })
            .collect();
        return (Tabel1Uitkomst::Tabel(rijen), bron);
    }
    let tekst = if m.jaar > TABEL1_JAAR {
        format!(
            "Tabel 1 beschrijft alleen meetperiodes die in {TABEL1_JAAR} beginnen. Voor deze meetperiode gaat \
             Werkwaarde uit van de {} (in werking sinds {}), tenzij Blik op Werk een nieuwere \
             Handleiding heeft uitgegeven (aanname van Werkwaarde).",
            HANDLEIDING.naam,
            lange_datum(handleiding_vanaf())
        )
    } else {
        format!(
            "Deze meetperiode begint vóór {TABEL1_JAAR}: daarvoor gold de Handleiding 2022 of ouder, die \
             Werkwaarde niet bevat."
        )
    };
    (Tabel1Uitkomst::Buiten(tekst), bron)
}
