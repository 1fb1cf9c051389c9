//! Migration: brings the JSON of a dossier written by an older schema up to `SCHEMA_VERSION`,
//! before it is validated.
//!
//! Every read path goes through here (`validate::lees`, which both an imported file and a stored
//! entry pass through). The migration is a chain of steps, each taking the JSON of one version to
//! the next; the chain is applied in order from the file's version to the current one. Today the
//! schema is at version 1 and the chain is empty. Adding version 2 means raising
//! `SCHEMA_VERSION`, adding one entry `(1, van_1_naar_2)` to `STAPPEN`, and committing fixtures
//! of version 1 that must keep opening with the same figures (`tests/fixtures/v1/`).

use serde_json::Value;

use super::bevinding::Bevinding;
use super::importfout::ImportFout;
use super::model::SCHEMA_VERSION;

/// One step of the chain: the JSON of schema version `n` in, the JSON of version `n + 1` out. A
/// step that cannot convert a file reports why, at a JSON path, in Dutch.
pub type Stap = fn(Value) -> Result<Value, Bevinding>;

/// The steps of the chain as `(from_version, step)`: the step turns `from_version` into
/// `from_version + 1`. Empty while the schema is at version 1.
pub const STAPPEN: &[(u64, Stap)] = &[];

/// Brings `json`, written with `schema_version`, up to `SCHEMA_VERSION`. A file that is already
/// current is returned unchanged. A newer version is refused with `ImportFout::NieuwereVersie`,
/// version 0 with the same finding at `$.schema_version` as the validator gives.
pub fn migreer(schema_version: u64, json: Value) -> Result<Value, ImportFout> {
    migreer_met(STAPPEN, SCHEMA_VERSION, schema_version, json)
}

/// The chain over any table of steps, up to `doel`; `migreer` calls it with the real table. After
/// each step the JSON's `schema_version` says the version it now has.
pub(crate) fn migreer_met(stappen: &[(u64, Stap)], doel: u64, versie: u64, json: Value) -> Result<Value, ImportFout> {
    if versie == 0 {
        return Err(versiefout(format!("De schemaversie moet een geheel getal van 1 of hoger zijn, maar is {versie}")));
    }
    if versie > doel {
        return Err(ImportFout::NieuwereVersie { versie });
    }
    let mut json = json;
    for van in versie..doel {
        let Some((_, stap)) = stappen.iter().find(|(v, _)| *v == van) else {
            return Err(versiefout(format!(
                "Werkwaarde kan schemaversie {van} niet omzetten naar schemaversie {}: die omzetting ontbreekt. \
                 Open het dossier met een nieuwere versie van Werkwaarde.",
                van + 1
            )));
        };
        json = stap(json).map_err(|b| ImportFout::Velden(vec![b]))?;
        if let Value::Object(object) = &mut json {
            object.insert("schema_version".into(), Value::from(van + 1));
        }
    }
    Ok(json)
}

fn versiefout(melding: String) -> ImportFout {
    ImportFout::Velden(vec![Bevinding { pad: "$.schema_version".into(), melding }])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A test step that records itself in `$.log`, so the order of the steps can be read back.
    fn log(json: Value, stap: &str) -> Result<Value, Bevinding> {
        let mut json = json;
        match json.get_mut("log").and_then(Value::as_array_mut) {
            Some(lijst) => lijst.push(Value::from(stap)),
            None => return Err(Bevinding { pad: "$.log".into(), melding: "ontbreekt".into() }),
        }
        Ok(json)
    }

    fn een_naar_twee(json: Value) -> Result<Value, Bevinding> {
        log(json, "1→2")
    }

    fn twee_naar_drie(json: Value) -> Result<Value, Bevinding> {
        // A real step changes the data: here a field is renamed.
        let mut json = log(json, "2→3")?;
        if let Some(o) = json.as_object_mut() {
            if let Some(titel) = o.remove("titel") {
                o.insert("title".into(), titel);
            }
        }
        Ok(json)
    }

    fn drie_naar_vier(json: Value) -> Result<Value, Bevinding> {
        log(json, "3→4")
    }

    /// Listed out of order on purpose: each step is found by the version it starts from.
    const TESTSTAPPEN: &[(u64, Stap)] = &[(3, drie_naar_vier), (1, een_naar_twee), (2, twee_naar_drie)];

    fn bestand(versie: u64) -> Value {
        json!({"format": "werkwaarde-dossier", "schema_version": versie, "titel": "Casus", "log": []})
    }

    #[test]
    fn the_steps_run_in_order_from_the_oldest_version_to_the_newest() {
        let uit = migreer_met(TESTSTAPPEN, 4, 1, bestand(1)).unwrap();
        assert_eq!(uit["log"], json!(["1→2", "2→3", "3→4"]));
        assert_eq!(uit["schema_version"], 4);
        assert_eq!(uit["title"], "Casus");
        assert!(uit.get("titel").is_none());
    }

    #[test]
    fn a_file_of_any_older_version_runs_only_the_steps_after_it() {
        let uit = migreer_met(TESTSTAPPEN, 4, 2, bestand(2)).unwrap();
        assert_eq!(uit["log"], json!(["2→3", "3→4"]));
        let uit = migreer_met(TESTSTAPPEN, 4, 3, bestand(3)).unwrap();
        assert_eq!(uit["log"], json!(["3→4"]));
        assert_eq!(uit["schema_version"], 4);
        assert_eq!(uit["titel"], "Casus", "the 2→3 step did not run");
    }

    #[test]
    fn a_current_file_is_returned_unchanged() {
        assert_eq!(migreer_met(TESTSTAPPEN, 4, 4, bestand(4)).unwrap(), bestand(4));
        assert_eq!(migreer_met(&[], 1, 1, bestand(1)).unwrap(), bestand(1));
    }

    #[test]
    fn the_chain_stops_at_the_target_version() {
        let uit = migreer_met(TESTSTAPPEN, 3, 1, bestand(1)).unwrap();
        assert_eq!(uit["log"], json!(["1→2", "2→3"]));
        assert_eq!(uit["schema_version"], 3);
    }

    #[test]
    fn a_missing_step_is_a_dutch_finding_not_a_panic() {
        let zonder_twee: &[(u64, Stap)] = &[(1, een_naar_twee), (3, drie_naar_vier)];
        let fout = migreer_met(zonder_twee, 4, 1, bestand(1)).unwrap_err();
        let b = fout.bevindingen();
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].pad, "$.schema_version");
        assert_eq!(
            b[0].melding,
            "Werkwaarde kan schemaversie 2 niet omzetten naar schemaversie 3: die omzetting ontbreekt. Open het \
             dossier met een nieuwere versie van Werkwaarde."
        );
        assert!(migreer_met(&[], 2, 1, bestand(1)).unwrap_err().bevindingen()[0].melding.contains("schemaversie 1"));
    }

    #[test]
    fn a_failing_step_reports_its_own_finding() {
        let mut v = bestand(1);
        v.as_object_mut().unwrap().remove("log");
        let fout = migreer_met(TESTSTAPPEN, 4, 1, v).unwrap_err();
        assert_eq!(fout, ImportFout::Velden(vec![Bevinding { pad: "$.log".into(), melding: "ontbreekt".into() }]));
    }

    #[test]
    fn a_newer_version_and_version_zero_are_refused_as_the_validator_does() {
        assert_eq!(migreer_met(TESTSTAPPEN, 4, 5, bestand(5)).unwrap_err(), ImportFout::NieuwereVersie { versie: 5 });
        let nieuwer = SCHEMA_VERSION + 1;
        assert_eq!(migreer(nieuwer, bestand(nieuwer)).unwrap_err(), ImportFout::NieuwereVersie { versie: nieuwer });
        let fout = migreer(0, bestand(0)).unwrap_err();
        assert_eq!(fout.bevindingen()[0].pad, "$.schema_version");
        assert_eq!(
            fout.bevindingen()[0].melding,
            "De schemaversie moet een geheel getal van 1 of hoger zijn, maar is 0"
        );
    }

    #[test]
    fn the_real_chain_reaches_the_current_version_from_every_older_one() {
        // Fails the day SCHEMA_VERSION moves without its step in STAPPEN: exactly one step from
        // each version 1 … SCHEMA_VERSION − 1.
        let mut van: Vec<u64> = STAPPEN.iter().map(|(v, _)| *v).collect();
        van.sort_unstable();
        let verwacht: Vec<u64> = (1..).take_while(|v| *v < SCHEMA_VERSION).collect();
        assert_eq!(van, verwacht);
        assert_eq!(migreer(SCHEMA_VERSION, bestand(SCHEMA_VERSION)).unwrap(), bestand(SCHEMA_VERSION));
    }
}
