//! The dossier model, schema version 1.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// The marker that tells a Werkwaarde dossier from any other JSON file.
pub const FORMAT: &str = "werkwaarde-dossier";
/// The newest schema this build reads and the one it writes.
pub const SCHEMA_VERSION: u64 = 1;
pub const MAX_TITEL_TEKENS: usize = 120;

/// Serialises as the `FORMAT` string and refuses any other value when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Format;

impl Serialize for Format {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(FORMAT)
    }
}

impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tekst = String::deserialize(d)?;
        if tekst == FORMAT {
            Ok(Format)
        } else {
            Err(serde::de::Error::custom("geen Werkwaarde-dossier"))
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Format {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Format".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "const": FORMAT, "description": "Always this text: the file is a Werkwaarde dossier." })
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DossierSoort {
    Zelftoets,
    Loonwaarde,
    Examentraining,
}

impl DossierSoort {
    pub const ALLE: [DossierSoort; 3] =
        [DossierSoort::Zelftoets, DossierSoort::Loonwaarde, DossierSoort::Examentraining];

    /// The value written to JSON.
    pub fn sleutel(self) -> &'static str {
        match self {
            DossierSoort::Zelftoets => "zelftoets",
            DossierSoort::Loonwaarde => "loonwaarde",
            DossierSoort::Examentraining => "examentraining",
        }
    }

    pub fn uit_sleutel(sleutel: &str) -> Option<DossierSoort> {
        Self::ALLE.into_iter().find(|s| s.sleutel() == sleutel)
    }

    /// The name shown to the user.
    pub fn naam(self) -> &'static str {
        match self {
            DossierSoort::Zelftoets => "Zelftoets Keurmerk Arbeid",
            DossierSoort::Loonwaarde => "Loonwaarde",
            DossierSoort::Examentraining => "Examentraining",
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    pub format: Format,
    pub schema_version: u64,
    pub kind: DossierSoort,
    pub title: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub app_version: String,
    /// The part each area fills with its own, separately validated content.
    pub data: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TitelFout {
    Leeg,
    TeLang { tekens: usize },
}

impl TitelFout {
    pub fn melding(&self) -> String {
        match self {
            TitelFout::Leeg => "Geef het dossier een titel.".to_string(),
            TitelFout::TeLang { tekens } => {
                format!("Een titel mag hoogstens {MAX_TITEL_TEKENS} tekens lang zijn; deze is {tekens} tekens.")
            }
        }
    }
}

impl Dossier {
    pub fn nieuw(kind: DossierSoort, titel: &str, nu: DateTime<Utc>, app_version: &str) -> Result<Dossier, TitelFout> {
        Ok(Dossier {
            format: Format,
            schema_version: SCHEMA_VERSION,
            kind,
            title: Self::controleer_titel(titel)?,
            created: nu,
            updated: nu,
            app_version: app_version.to_string(),
            data: Map::new(),
        })
    }

    /// Trims the title and checks it; returns the title as it will be stored.
    pub fn controleer_titel(titel: &str) -> Result<String, TitelFout> {
        let titel = titel.trim();
        let tekens = titel.chars().count();
        if tekens == 0 {
            Err(TitelFout::Leeg)
        } else if tekens > MAX_TITEL_TEKENS {
            Err(TitelFout::TeLang { tekens })
        } else {
            Ok(titel.to_string())
        }
    }

    pub fn hernoem(&mut self, titel: &str, nu: DateTime<Utc>) -> Result<(), TitelFout> {
        self.title = Self::controleer_titel(titel)?;
        self.updated = nu;
        Ok(())
    }

    /// A copy with its own timestamps and a title that says it is a copy. The suffix is dropped
    /// from the base title when that would exceed the length limit, so duplicating never fails.
    pub fn dupliceer(&self, nu: DateTime<Utc>, app_version: &str) -> Dossier {
        let met_suffix = format!("{} (kopie)", self.title);
        let title = if met_suffix.chars().count() <= MAX_TITEL_TEKENS {
            met_suffix
        } else {
            let kort: String = self.title.chars().take(MAX_TITEL_TEKENS - 8).collect();
            format!("{} (kopie)", kort.trim_end())
        };
        Dossier { title, created: nu, updated: nu, app_version: app_version.to_string(), ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn nu() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 8, 0, 0).unwrap()
    }

    #[test]
    fn a_title_is_trimmed_and_must_not_be_empty_or_too_long() {
        assert_eq!(Dossier::controleer_titel("  Re-integratie BV  ").unwrap(), "Re-integratie BV");
        assert_eq!(Dossier::controleer_titel("   "), Err(TitelFout::Leeg));
        let lang = "x".repeat(MAX_TITEL_TEKENS + 1);
        assert_eq!(Dossier::controleer_titel(&lang), Err(TitelFout::TeLang { tekens: MAX_TITEL_TEKENS + 1 }));
        assert!(Dossier::controleer_titel(&"é".repeat(MAX_TITEL_TEKENS)).is_ok());
    }

    #[test]
    fn a_duplicate_keeps_the_content_and_stays_within_the_title_limit() {
        let mut d = Dossier::nieuw(DossierSoort::Loonwaarde, "Casus Jansen", nu(), "0.1.0").unwrap();
        d.data.insert("x".into(), Value::from(3));
        let later = nu() + chrono::Duration::hours(1);
        let kopie = d.dupliceer(later, "0.1.0");
        assert_eq!(kopie.title, "Casus Jansen (kopie)");
        assert_eq!(kopie.data, d.data);
        assert_eq!(kopie.created, later);

        let lang = Dossier::nieuw(DossierSoort::Loonwaarde, &"a".repeat(MAX_TITEL_TEKENS), nu(), "0.1.0")
            .unwrap()
            .dupliceer(later, "0.1.0");
        assert!(lang.title.ends_with("(kopie)"));
        assert!(lang.title.chars().count() <= MAX_TITEL_TEKENS);
    }
}
