//! The organisatieprofiel (SPEC A1): it decides which norms apply.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aanvrager {
    #[default]
    Aspirant,
    Keurmerkhouder,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rechtsvorm {
    #[default]
    Bv,
    Nv,
    Eenmanszaak,
    Vof,
    Stichting,
    Vereniging,
    Cooperatie,
    /// Publiekrechtelijke rechtspersoon (gemeente, SW-bedrijf in overheidshanden).
    Publiekrechtelijk,
    /// Vereniging van eigenaars.
    Vve,
    Anders,
}

impl Rechtsvorm {
    /// Footnote 5: UBO/PEP (norm 1.2.5) does not apply to these.
    pub fn zonder_ubo(self) -> bool {
        matches!(self, Rechtsvorm::Eenmanszaak | Rechtsvorm::Publiekrechtelijk | Rechtsvorm::Vve)
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profiel {
    pub aanvrager: Aanvrager,
    pub rechtsvorm: Rechtsvorm,
    pub kvk_plichtig: bool,
    /// zzp'er without hired personnel (§2.8).
    pub zzp: bool,
    pub oval_lid: bool,
    /// NLQF-inschaling of processen/personeelseisen (§2.10).
    pub nlqf: bool,
    pub keurmerk_inburgeren: bool,
    pub cedeo: bool,
    pub wca: bool,
    pub iso_of_hkz: bool,
    pub uwv_opdrachtgever: bool,
    /// The first meetperiode: norm 3.3.1 (verbeterplan) is n.v.t.
    pub eerste_meetperiode: bool,
    /// Keurmerkhouder: was the compensatieregeling applied in the previous meetperiode?
    /// `None` = not answered yet.
    pub compensatie_vorige_periode: Option<bool>,
    /// The audit date, planned or held: it measures the KvK-uittreksel, the klachten terms, the
    /// managementverklaring and the SEQF self-assessment, for aspirant and keurmerkhouder alike,
    /// and a keurmerkhouder's VOG (footnotes 4 and 20, §5.1.1).
    pub peildatum: Option<NaiveDate>,
    /// An aspirant's aanmelding for the (Aspirant-)Keurmerk: it measures the VOG only.
    pub aanmelddatum: Option<NaiveDate>,
    /// Aspirant: this meetperiode already is the one verlenging of §6.1.1 (`None`: not answered).
    pub al_verlengd: Option<bool>,
}

impl Profiel {
    /// The date the VOG is measured at: the aanmelding for an aspirant, the audit otherwise
    /// (footnotes 4 and 20).
    pub fn vog_peildatum(&self) -> Option<NaiveDate> {
        match self.aanvrager {
            Aanvrager::Aspirant => self.aanmelddatum,
            Aanvrager::Keurmerkhouder => self.peildatum,
        }
    }
}
