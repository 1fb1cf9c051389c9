//! Why a file or a stored entry is not read as a dossier, in one Dutch sentence.

use super::bevinding::Bevinding;
use super::model::{FORMAT, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportFout {
    TeGroot {
        bytes: u64,
    },
    /// The browser could not read the file (removed, no permission).
    NietLeesbaar,
    Leeg,
    GeenTekst,
    GeenJson {
        regel: usize,
        kolom: usize,
    },
    GeenWerkwaardeDossier,
    /// A casus pack or an answer file: read in an examentraining, not as a dossier.
    Examenbestand {
        soort: &'static str,
    },
    NieuwereVersie {
        versie: u64,
    },
    Velden(Vec<Bevinding>),
    /// Larger than even a backup of every dossier may be.
    BackupTeGroot {
        bytes: u64,
    },
    /// A backup written by a newer version of the app.
    NieuwereBackup {
        versie: u64,
    },
}

impl ImportFout {
    /// One sentence for the user, in Dutch.
    pub fn melding(&self) -> String {
        match self {
            ImportFout::TeGroot { bytes } => {
                format!(
                    "Het bestand is {} groot; een dossier mag hoogstens 10 MB zijn. Kies het dossierbestand dat \
                     Werkwaarde exporteerde.",
                    megabytes(*bytes)
                )
            }
            ImportFout::NietLeesbaar => {
                "Het bestand kon niet worden gelezen. Controleer of het nog bestaat en of de browser het mag openen, \
                 en kies het opnieuw."
                    .to_string()
            }
            ImportFout::Leeg => "Het bestand is leeg. Kies het dossierbestand dat Werkwaarde exporteerde.".to_string(),
            ImportFout::GeenTekst => {
                "Het bestand is geen tekstbestand; een Werkwaarde-dossier is een JSON-bestand. Kies het bestand \
                 dat Werkwaarde exporteerde."
                    .to_string()
            }
            ImportFout::GeenJson { regel, kolom } => {
                format!(
                    "Het bestand is geen geldige JSON: de fout zit in regel {regel}, kolom {kolom}. Het is \
                     waarschijnlijk beschadigd of met de hand gewijzigd; exporteer het dossier opnieuw."
                )
            }
            ImportFout::GeenWerkwaardeDossier => {
                format!(
                    "Dit is geen Werkwaarde-dossier: de aanduiding \u{201c}{FORMAT}\u{201d} ontbreekt. Kies een \
                     bestand dat Werkwaarde exporteerde."
                )
            }
            ImportFout::Examenbestand { soort } => format!(
                "Dit is {soort} voor de examentraining, geen dossier. Open een examentraining en lees het daar in: \
                 een casuspakket onder Casuspakket (deelnemer) of Trainer (trainersversie), een antwoordbestand onder Trainer."
            ),
            ImportFout::NieuwereVersie { versie } => format!(
                "Dit dossier komt uit een nieuwere versie van Werkwaarde (schemaversie {versie}); \
                 deze versie kan schemaversie {SCHEMA_VERSION} lezen. Open het met een nieuwere versie."
            ),
            ImportFout::BackupTeGroot { bytes } => format!(
                "Het bestand is {} groot; een back-up mag hoogstens 50 MB zijn en een dossier hoogstens 10 MB.",
                megabytes(*bytes)
            ),
            ImportFout::NieuwereBackup { versie } => format!(
                "Deze back-up komt uit een nieuwere versie van Werkwaarde (back-upversie {versie}); \
                 open hem met een nieuwere versie."
            ),
            ImportFout::Velden(bevindingen) => {
                let n = bevindingen.len();
                format!(
                    "Het dossier is onvolledig of beschadigd ({n} {}); {}. Exporteer het dossier opnieuw, \
                     of herstel {} in het bestand.",
                    if n == 1 { "probleem" } else { "problemen" },
                    if n == 1 { "dit staat hieronder" } else { "ze staan hieronder" },
                    if n == 1 { "het" } else { "ze" }
                )
            }
        }
    }

    /// The per-field findings, if this error has any.
    pub fn bevindingen(&self) -> &[Bevinding] {
        match self {
            ImportFout::Velden(b) => b,
            _ => &[],
        }
    }

    /// The message in one line, with every finding as a sentence with its place: for a damaged
    /// storage entry and a dossier refused from a backup, where no list of findings follows.
    pub fn volledig(&self) -> String {
        match self {
            ImportFout::Velden(bevindingen) => {
                let zinnen: Vec<String> = bevindingen.iter().map(Bevinding::tekst).collect();
                format!("Het dossier is onvolledig of beschadigd: {}", zinnen.join(" "))
            }
            ander => ander.melding(),
        }
    }
}

fn megabytes(bytes: u64) -> String {
    let tienden = (bytes + 50_000) / 100_000;
    format!("{},{} MB", tienden / 10, tienden % 10)
}
