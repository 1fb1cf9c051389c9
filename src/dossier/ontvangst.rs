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
//!   A version written after a choice names the place (`Herkomst::gekozen`), and its value is
//!   taken.
//! - The result is written when it holds anything theirs lacks, outside the places theirs asks
//!   about.

use super::herkomst::Herkomst;
use super::model::Dossier;
use super::samenvoegen::{lees_op_pad, voeg_dossiers_samen, zet_op_pad, Conflict};

/// A version this tab wrote or took in, with its mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Bekend {
    pub merk: u64,
    pub dossier: Dossier,
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
pub fn ontvang(
    bekend: &[Bekend],
    mijn: &Dossier,
    eigen: bool,
    open: &[Conflict],
    hun: &Dossier,
    herkomst: &Herkomst,
) -> Ontvangst {
    let kent = |merk: u64| merk == herkomst.merk || herkomst.kent.contains(&merk);
    let laatst = bekend.last();
    let volgt = laatst.is_none_or(|l| kent(l.merk));
    let (mut samen, mut conflicten) = if volgt && !eigen {
        (hun.clone(), Vec::new())
    } else {
        let gedeeld = bekend.iter().rev().find(|b| kent(b.merk)).or(laatst);
        let basis = gedeeld.map_or(hun, |b| &b.dossier);
        voeg_dossiers_samen(basis, mijn, hun)
    };

    // A place this tab asks about stays asked, with its own value, until a person chooses; a
    // place theirs asks about is asked here too. Where both hold one value, it is settled.
    let gevraagd = open.iter().map(|c| &c.pad).chain(herkomst.open.iter().map(|(pad, _)| pad));
    for pad in gevraagd {
        if conflicten.iter().any(|c| &c.pad == pad) {
            continue;
        }
        let hier = lees_op_pad(mijn, pad);
        let daar = lees_op_pad(hun, pad);
        if hier != daar && zet_op_pad(&mut samen, pad, hier.clone()) {
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
    let schrijven = !zelfde_inhoud(&vergelijk, hun);
    if !schrijven && conflicten.is_empty() {
        // Nothing of this tab's is missing there: hold theirs exactly, its time of change too.
        samen = hun.clone();
    }
    Ontvangst { dossier: samen, schrijven, conflicten }
}

/// The versions of `bekend` that `ontvang` reads for `herkomst`, oldest first: the newest one
/// theirs includes and this tab's last. A caller can prepare just these.
pub fn van_belang(bekend: &[Bekend], herkomst: &Herkomst) -> Vec<Bekend> {
    let kent = |merk: u64| merk == herkomst.merk || herkomst.kent.contains(&merk);
    let laatst = bekend.len().checked_sub(1);
    let gedeeld = bekend.iter().rposition(|b| kent(b.merk));
    let mut uit: Vec<Bekend> = gedeeld.iter().chain(laatst.iter()).map(|&i| bekend[i].clone()).collect();
    uit.dedup_by(|a, b| a.merk == b.merk);
    uit
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
