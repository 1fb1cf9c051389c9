//! Hash routes (`#/loonwaarde`), so every page has an address that survives a reload and a deep
//! link on any static file server.

use crate::dossier::DossierSoort;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    Gebied(DossierSoort),
    Dossiers,
    Dossier(String),
    Rapport(String),
    /// The keuzegids of the methodieken (`#/keuzegids`), or one methodiek (`#/keuzegids/<id>`).
    Keuzegids(Option<String>),
    /// Dossier A beside dossier B, a second opinion: `#/dossiers/<a>/vergelijk/<b>`.
    Vergelijk(String, String),
    /// One step of a zelftoets: `#/dossiers/<id>/<stap>`.
    Stap(String, Stap),
    Onbekend(String),
}

/// The steps of a zelftoets, in the order a provider walks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stap {
    Profiel,
    Hoofdnorm1,
    Diensten,
    Tevredenheid,
    Uitkomst,
    Sterren,
    Planner,
    Vrijstelling,
    // The parts of an examentraining dossier.
    Oefenen,
    Examen,
    Resultaten,
    Simulator,
    Pakket,
    Trainer,
}

impl Stap {
    pub const ALLE: [Stap; 8] = [
        Stap::Profiel,
        Stap::Hoofdnorm1,
        Stap::Diensten,
        Stap::Tevredenheid,
        Stap::Uitkomst,
        Stap::Sterren,
        Stap::Planner,
        Stap::Vrijstelling,
    ];

    /// The parts of an examentraining dossier, in menu order.
    pub const EXAMEN: [Stap; 6] =
        [Stap::Oefenen, Stap::Examen, Stap::Pakket, Stap::Resultaten, Stap::Simulator, Stap::Trainer];

    pub fn sleutel(self) -> &'static str {
        match self {
            Stap::Profiel => "profiel",
            Stap::Hoofdnorm1 => "hoofdnorm-1",
            Stap::Diensten => "diensten",
            Stap::Tevredenheid => "tevredenheid",
            Stap::Uitkomst => "uitkomst",
            Stap::Sterren => "sterren",
            Stap::Planner => "planner",
            Stap::Vrijstelling => "vrijstelling",
            Stap::Oefenen => "oefenen",
            Stap::Examen => "examen",
            Stap::Resultaten => "resultaten",
            Stap::Simulator => "validatie",
            Stap::Pakket => "casuspakket",
            Stap::Trainer => "trainer",
        }
    }

    pub fn naam(self) -> &'static str {
        match self {
            Stap::Profiel => "Profiel",
            Stap::Hoofdnorm1 => "Hoofdnorm 1: organisatie",
            Stap::Diensten => "Hoofdnorm 2: Diensten",
            Stap::Tevredenheid => "Hoofdnorm 3: tevredenheid",
            Stap::Uitkomst => "Uitkomst",
            Stap::Sterren => "Sterren",
            Stap::Planner => "Meetperiodeplanner",
            Stap::Vrijstelling => "Vrijstelling resultatenaudit",
            Stap::Oefenen => "Oefenen",
            Stap::Examen => "Examen",
            Stap::Resultaten => "Resultaten",
            Stap::Simulator => "Validatie-simulator",
            Stap::Pakket => "Casuspakket",
            Stap::Trainer => "Trainer",
        }
    }

    pub fn uit_sleutel(s: &str) -> Option<Stap> {
        Stap::ALLE.into_iter().chain(Stap::EXAMEN).find(|st| st.sleutel() == s)
    }
}

impl Route {
    /// Reads `location.hash`, with or without the leading `#`.
    pub fn parse(hash: &str) -> Route {
        let pad = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        let mut delen = pad.split('/');
        match (delen.next(), delen.next(), delen.next()) {
            (Some(""), None, None) => Route::Start,
            (Some("dossiers"), None, None) => Route::Dossiers,
            (Some("dossiers"), Some(id), None) if geldig_id(id) => Route::Dossier(id.to_string()),
            (Some("dossiers"), Some(id), Some("rapport")) if geldig_id(id) && delen.next().is_none() => {
                Route::Rapport(id.to_string())
            }
            (Some("dossiers"), Some(a), Some("vergelijk")) if geldig_id(a) => match (delen.next(), delen.next()) {
                (Some(b), None) if geldig_id(b) && a != b => Route::Vergelijk(a.to_string(), b.to_string()),
                _ => Route::Onbekend(pad.to_string()),
            },
            (Some("dossiers"), Some(id), Some(stap)) if geldig_id(id) && delen.next().is_none() => {
                match Stap::uit_sleutel(stap) {
                    Some(st) => Route::Stap(id.to_string(), st),
                    None => Route::Onbekend(pad.to_string()),
                }
            }
            (Some("keuzegids"), None, None) => Route::Keuzegids(None),
            (Some("keuzegids"), Some(id), None) if geldig_id(id) => Route::Keuzegids(Some(id.to_string())),
            (Some(soort), None, None) => match DossierSoort::uit_sleutel(soort) {
                Some(s) => Route::Gebied(s),
                None => Route::Onbekend(pad.to_string()),
            },
            _ => Route::Onbekend(pad.to_string()),
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Start => "#/".to_string(),
            Route::Gebied(s) => format!("#/{}", s.sleutel()),
            Route::Dossiers => "#/dossiers".to_string(),
            Route::Dossier(id) => format!("#/dossiers/{id}"),
            Route::Rapport(id) => format!("#/dossiers/{id}/rapport"),
            Route::Vergelijk(a, b) => format!("#/dossiers/{a}/vergelijk/{b}"),
            Route::Keuzegids(None) => "#/keuzegids".to_string(),
            Route::Keuzegids(Some(id)) => format!("#/keuzegids/{id}"),
            Route::Stap(id, stap) => format!("#/dossiers/{id}/{}", stap.sleutel()),
            Route::Onbekend(pad) => format!("#/{pad}"),
        }
    }

    /// The route without a dossier's step: what decides which page component is shown, so a step
    /// click changes only the step inside a dossier that stays open.
    pub fn scherm(&self) -> Route {
        match self {
            Route::Stap(id, _) => Route::Dossier(id.clone()),
            r => r.clone(),
        }
    }

    pub fn stap(&self) -> Option<Stap> {
        match self {
            Route::Stap(_, s) => Some(*s),
            _ => None,
        }
    }

    /// The part of the site a route belongs to, for the menu's "current page".
    pub fn in_menu(&self) -> Option<Route> {
        match self {
            Route::Start | Route::Onbekend(_) => None,
            Route::Gebied(_) | Route::Dossiers => Some(self.clone()),
            Route::Keuzegids(_) => Some(Route::Gebied(DossierSoort::Loonwaarde)),
            Route::Dossier(_) | Route::Rapport(_) | Route::Vergelijk(..) | Route::Stap(..) => Some(Route::Dossiers),
        }
    }
}

fn geldig_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_parses_back_from_its_own_href() {
        let routes = [
            Route::Start,
            Route::Gebied(DossierSoort::Zelftoets),
            Route::Gebied(DossierSoort::Loonwaarde),
            Route::Gebied(DossierSoort::Examentraining),
            Route::Dossiers,
            Route::Dossier("18c-0000002a".into()),
            Route::Rapport("18c-0000002a".into()),
            Route::Vergelijk("18c-0000002a".into(), "19d-0000002b".into()),
            Route::Keuzegids(None),
            Route::Keuzegids(Some("dariuz".into())),
            Route::Stap("18c-0000002a".into(), Stap::Hoofdnorm1),
            Route::Stap("18c-0000002a".into(), Stap::Uitkomst),
            Route::Stap("18c-0000002a".into(), Stap::Sterren),
            Route::Stap("18c-0000002a".into(), Stap::Planner),
            Route::Stap("18c-0000002a".into(), Stap::Vrijstelling),
            Route::Stap("18c-0000002a".into(), Stap::Oefenen),
            Route::Stap("18c-0000002a".into(), Stap::Simulator),
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), r);
        }
    }

    #[test]
    fn empty_and_odd_hashes() {
        assert_eq!(Route::parse(""), Route::Start);
        assert_eq!(Route::parse("#"), Route::Start);
        assert_eq!(Route::parse("#/loonwaarde/"), Route::Gebied(DossierSoort::Loonwaarde));
        assert_eq!(Route::parse("#/bestaat-niet"), Route::Onbekend("bestaat-niet".into()));
        assert_eq!(Route::parse("#/dossiers/<script>"), Route::Onbekend("dossiers/<script>".into()));
        assert_eq!(Route::parse("#/dossiers/a/b"), Route::Onbekend("dossiers/a/b".into()));
        assert_eq!(Route::parse("#/dossiers/a/rapport/x"), Route::Onbekend("dossiers/a/rapport/x".into()));
        // A comparison needs two different dossiers and nothing after them.
        assert_eq!(Route::parse("#/dossiers/a/vergelijk/a"), Route::Onbekend("dossiers/a/vergelijk/a".into()));
        assert_eq!(Route::parse("#/dossiers/a/vergelijk"), Route::Onbekend("dossiers/a/vergelijk".into()));
        assert_eq!(Route::parse("#/dossiers/a/vergelijk/b/c"), Route::Onbekend("dossiers/a/vergelijk/b/c".into()));
        assert_eq!(Route::parse("#/dossiers/a/stap-x"), Route::Onbekend("dossiers/a/stap-x".into()));
    }
}
