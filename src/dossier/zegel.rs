//! The controlegetal of an answer file: SHA-256 over the pack's key, the trainee, every answer
//! and analysis, and the times of every examendag, computed when the last day is handed in.
//!
//! It shows that nothing was changed after the hand-in: an edited answer, analysis or time no
//! longer matches. It is not a signature: the key travels in the trainee's pack, so someone who
//! rebuilds the computation can forge it; it stops changes made by hand in the file or in
//! browser storage, which is what a practice exam needs.

use sha2::{Digest, Sha256};

use super::examendag::Dag;
use super::loonwaarde::LoonwaardeData;

/// Changes only with the text below; an answer file names the version it was sealed with.
const OPBOUW: &str = "werkwaarde-antwoorden 1";

/// One casus as it is sealed: its id, the Pi5 as typed and the analysis, if any.
pub struct Verzegeld<'a> {
    pub id: &'a str,
    pub antwoord: &'a str,
    pub werk: Option<&'a LoonwaardeData>,
}

pub fn controlegetal(sleutel: &str, pakket: &str, deelnemer: &str, casussen: &[Verzegeld], dagen: &[Dag]) -> String {
    let mut h = Sha256::new();
    // Every part is written with its length, so no two different contents give the same text.
    let mut deel = |t: &str| {
        h.update(t.len().to_string().as_bytes());
        h.update(b":");
        h.update(t.as_bytes());
        h.update(b"\n");
    };
    deel(OPBOUW);
    deel(sleutel);
    deel(pakket);
    deel(deelnemer);
    for c in casussen {
        deel(c.id);
        deel(c.antwoord);
        // The analysis as the file holds it: serialising the typed data is deterministic.
        deel(&c.werk.map_or_else(|| "-".to_string(), |w| serde_json::to_string(w).unwrap_or_default()));
    }
    for d in dagen {
        let tijd = |t: Option<u64>| t.map_or_else(|| "-".to_string(), |t| t.to_string());
        deel(&format!("{} {} {} {}", d.minuten, tijd(d.gestart), tijd(d.ingeleverd), d.tijd_op));
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dag() -> Dag {
        Dag { minuten: 180, gestart: Some(1_000), ingeleverd: Some(2_000), tijd_op: false }
    }

    #[test]
    fn elk_deel_telt_mee_en_de_uitkomst_is_vast() {
        let c = [Verzegeld { id: "c01", antwoord: "12,50", werk: None }];
        let basis = controlegetal("k", "p", "Anna", &c, &[dag()]);
        assert_eq!(basis.len(), 64);
        assert_eq!(basis, controlegetal("k", "p", "Anna", &c, &[dag()]));
        let ander = [Verzegeld { id: "c01", antwoord: "12,51", werk: None }];
        assert_ne!(basis, controlegetal("k", "p", "Anna", &ander, &[dag()]));
        assert_ne!(basis, controlegetal("k2", "p", "Anna", &c, &[dag()]));
        assert_ne!(basis, controlegetal("k", "p", "Anne", &c, &[dag()]));
        let later = Dag { ingeleverd: Some(2_001), ..dag() };
        assert_ne!(basis, controlegetal("k", "p", "Anna", &c, &[later]));
        let werk = LoonwaardeData::default();
        let met_werk = [Verzegeld { id: "c01", antwoord: "12,50", werk: Some(&werk) }];
        assert_ne!(basis, controlegetal("k", "p", "Anna", &met_werk, &[dag()]));
        // Lengths keep the parts apart: "ab" + "c" is not "a" + "bc".
        assert_ne!(controlegetal("ab", "c", "", &[], &[]), controlegetal("a", "bc", "", &[], &[]));
    }
}
