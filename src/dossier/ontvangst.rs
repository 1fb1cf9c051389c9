//! What a tab does with a version of a dossier that another tab wrote: take it, merge it with its
//! own edits, and whether the result must be written so the other tab gets this tab's edits too.
//!
//! The rules, with "mine" the version this tab holds and "theirs" the one that came in:
//! - Theirs includes this tab's last known version and this tab has no edit of its own: it is
//!   taken as it is.
//! - Otherwise the two are merged over the newest version both include (`Herkomst::kent`): this
//!   tab's unwritten edits, or two writes that crossed before either tab heard of the other.
//! - Where both changed one value differently, this tab's value stands and the place is asked
//!   about (`Conflict`) until a person chooses. A version that asks about a place
//!   (`Herkomst::open`) has made no choice there: this tab keeps its own value and asks too, and
//!   that difference alone is never written, so two tabs that ask do not write back and forth.
//!   A version written after a choice names the place (`Herkomst::gekozen`) with the value chosen
//!   against; its value is taken where this tab still holds that value. A choice made here that
//!   theirs crossed stands.
//! - The result is written when it holds anything theirs lacks, outside the places theirs asks
//!   about.

use std::collections::BTreeSet;

use serde_json::Value;

use super::herkomst::Herkomst;
use super::model::Dossier;
use super::samenvoegen::{lees_op_pad, voeg_dossiers_samen, zet_op_pad, Conflict};

/// A value no dossier holds: the base at a place where the versions it is made of disagree.
const ONBEPAALD: &str = "\u{0}onbepaald";

/// How many versions of a dossier a tab remembers: two tabs cross within a few.
pub const BEKEND: usize = 16;

/// A version this tab wrote or took in, with its `Herkomst` (its own `merk` filled in).
#[derive(Debug, Clone, PartialEq)]
pub struct Bekend {
    pub herkomst: Herkomst,
    pub dossier: Dossier,
}

impl Bekend {
    fn merk(&self) -> u64 {
        self.herkomst.merk
    }

    fn omvat(&self, merk: u64) -> bool {
        self.herkomst.omvat(merk)
    }
}

/// Adds a version to what a tab remembers (newest last, at most `BEKEND`).
pub fn onthoud(bekend: &mut Vec<Bekend>, nieuw: Bekend) {
    bekend.retain(|b| b.merk() != nieuw.merk());
    bekend.push(nieuw);
    if bekend.len() > BEKEND {
        bekend.remove(0);
    }
}

/// The marks a tab's next write includes: every version it remembers and what those include,
/// newest last, at most `herkomst::MAX_KENT`.
pub fn kent_van(bekend: &[Bekend]) -> Vec<u64> {
    let mut kent: Vec<u64> = Vec::new();
    for b in bekend {
        for &m in b.herkomst.kent.iter().chain([&b.herkomst.merk]) {
            kent.retain(|&k| k != m);
            kent.push(m);
        }
    }
    let teveel = kent.len().saturating_sub(super::herkomst::MAX_KENT);
    kent.drain(..teveel);
    kent
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ontvangst {
    /// What this tab holds from now on.
    pub dossier: Dossier,
    /// It holds something storage lacks: write it.
    pub schrijven: bool,
    /// The places this tab asks about from now on.
    pub conflicten: Vec<Conflict>,
}

/// `bekend`: the versions this tab wrote or took in, oldest first. `mijn`: what it holds now,
/// with `eigen` when that includes an edit not yet written. `open`: the places it asks about.
/// `bereid` prepares a remembered version as `mijn` and `hun` are (the calculator's defaults
/// filled in), so only the versions a merge reads are prepared.
pub fn ontvang(
    bekend: &[Bekend],
    mijn: &Dossier,
    eigen: bool,
    open: &[Conflict],
    hun: &Dossier,
    herkomst: &Herkomst,
    bereid: &dyn Fn(&Dossier) -> Dossier,
) -> Ontvangst {
    let laatst = bekend.last();
    let volgt = laatst.is_none_or(|l| herkomst.omvat(l.merk()));
    let (mut samen, mut conflicten) = if volgt && !eigen {
        (hun.clone(), Vec::new())
    } else {
        // Without a version both include, every value the two hold differently is asked about.
        let basis = basis(bekend, herkomst, bereid).unwrap_or_else(|| onbepaald(hun));
        voeg_dossiers_samen(&basis, mijn, hun)
    };

    // Where a person chose here in a version theirs crossed, this tab's value stays without asking
    // (that choice reaches them next). The versions here after the newest one theirs includes
    // crossed theirs (an older one that theirs does not name fell off its list of marks).
    let na_gedeeld = bekend.iter().rposition(|b| herkomst.omvat(b.merk())).map_or(0, |i| i + 1);
    let gekruist: BTreeSet<&String> =
        bekend[na_gedeeld..].iter().flat_map(|b| b.herkomst.gekozen.iter().map(|(p, _)| p)).collect();
    let hier_gekozen = |pad: &String| gekruist.contains(pad);
    for pad in &gekruist {
        if zet_op_pad(&mut samen, pad, lees_op_pad(mijn, pad)) {
            conflicten.retain(|c| &c.pad != *pad);
        }
    }
    // A place this tab asks about stays asked, with its own value, until a person chooses; a
    // place theirs asks about is asked here too: their value there is no choice. Where both hold
    // one value, it is settled.
    let gevraagd = open.iter().map(|c| &c.pad).chain(herkomst.open.iter().map(|(pad, _)| pad));
    for pad in gevraagd {
        if conflicten.iter().any(|c| &c.pad == pad) {
            continue;
        }
        let hier = lees_op_pad(mijn, pad);
        let daar = lees_op_pad(hun, pad);
        if hier != daar && zet_op_pad(&mut samen, pad, hier.clone()) && !hier_gekozen(pad) {
            conflicten.push(Conflict { pad: pad.clone(), mijn: hier, hun: daar });
        }
    }
    // A place a person settled in the other tab takes the value chosen there, where this tab
    // still holds the value that was chosen against; a newer edit here is asked about again.
    for (pad, tegen) in &herkomst.gekozen {
        if lees_op_pad(mijn, pad) == *tegen && zet_op_pad(&mut samen, pad, lees_op_pad(hun, pad)) {
            conflicten.retain(|c| &c.pad != pad);
        }
    }

    // Only a place theirs asks about with this tab's value as the other one may differ without
    // a write: they have it already.
    let mut vergelijk = samen.clone();
    for (pad, bij_hen) in &herkomst.open {
        if lees_op_pad(&samen, pad) == *bij_hen {
            zet_op_pad(&mut vergelijk, pad, lees_op_pad(hun, pad));
        }
    }
    // The other tab also learns which places this tab asks about, when that changed here.
    let gevraagd_daar: BTreeSet<&String> = herkomst.open.iter().map(|(pad, _)| pad).collect();
    let gevraagd_hier: BTreeSet<&String> = conflicten.iter().map(|c| &c.pad).collect();
    let schrijven = !zelfde_inhoud(&vergelijk, hun) || gevraagd_daar != gevraagd_hier;
    if !schrijven && conflicten.is_empty() {
        // Nothing of this tab's is missing there: hold theirs exactly, its time of change too.
        samen = hun.clone();
    }
    Ontvangst { dossier: samen, schrijven, conflicten }
}

/// A base that holds nothing: a merge over it keeps what one side has alone and asks about what
/// both hold differently.
fn onbepaald(hun: &Dossier) -> Dossier {
    Dossier { title: ONBEPAALD.to_string(), data: serde_json::Map::new(), ..hun.clone() }
}

/// What a merge with theirs starts from: the newest version this tab knows that theirs includes
/// too. When the tabs' writes crossed more than once there are several such versions, none
/// including the others; then they are merged first, each pair over the newest version both
/// include (as git's recursive merge does), so a value one tab already had is no change of theirs.
fn basis(bekend: &[Bekend], herkomst: &Herkomst, bereid: &dyn Fn(&Dossier) -> Dossier) -> Option<Dossier> {
    let gedeeld: Vec<&Bekend> = bekend.iter().filter(|b| herkomst.omvat(b.merk())).collect();
    let hoogste: Vec<&Bekend> = gedeeld
        .iter()
        .filter(|b| !gedeeld.iter().any(|c| c.merk() != b.merk() && c.herkomst.kent.contains(&b.merk())))
        .copied()
        .collect();
    let (eerste, rest) = hoogste.split_first()?;
    let mut v = bereid(&eerste.dossier);
    let mut omvat: Vec<u64> = eerste.herkomst.kent.iter().copied().chain([eerste.merk()]).collect();
    for m in rest {
        let grond = bekend.iter().rev().find(|b| omvat.contains(&b.merk()) && m.omvat(b.merk()));
        let grond = grond.map_or_else(|| v.clone(), |b| bereid(&b.dossier));
        let (samen, conflicten) = voeg_dossiers_samen(&grond, &v, &bereid(&m.dossier));
        v = samen;
        // Where the two disagree the base is unknown: a value no side holds, so a difference
        // there is asked about, never decided by which version came first.
        for c in conflicten {
            zet_op_pad(&mut v, &c.pad, Some(Value::String(ONBEPAALD.to_string())));
        }
        omvat.extend(m.herkomst.kent.iter().copied().chain([m.merk()]));
    }
    Some(v)
}

/// The places a tab asks about after its own typing: its value there is what it holds now, and a
/// place where it now holds the other's value is settled.
pub fn werk_bij(conflicten: &mut Vec<Conflict>, dossier: &Dossier) {
    for c in conflicten.iter_mut() {
        c.mijn = lees_op_pad(dossier, &c.pad);
    }
    conflicten.retain(|c| c.mijn != c.hun);
}

/// The same title and area data: the time of change and the app version do not count.
pub fn zelfde_inhoud(a: &Dossier, b: &Dossier) -> bool {
    a.title == b.title && a.data == b.data && a.kind == b.kind
}
