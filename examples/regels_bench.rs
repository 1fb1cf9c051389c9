//! Native timing of the zelftoets rules on a large dossier: 12 Diensten and 500 (and 2 000)
//! klachten, built as `scripts/bench.mjs` builds it for the browser. Not a test: it prints the
//! median, min and max per step. Run with `cargo run --release --locked --example regels_bench`.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use werkwaarde::domain::keurmerk;
use werkwaarde::dossier::zelftoets::{beoordeel, lees, ZelftoetsData};

const RUNS: usize = 200;

fn dossier(klachten: u64) -> ZelftoetsData {
    let mut invoer = BTreeMap::new();
    let mut zet = |k: String, v: String| {
        invoer.insert(k, v);
    };
    zet("p-aanvrager".into(), "aspirant".into());
    zet("p-peildatum".into(), "2026-03-01".into());
    zet("p-kvk".into(), "ja".into());
    for k in 1..=klachten {
        let dag = 1 + (k % 28);
        zet(format!("klacht-{k}-ontvangen"), format!("2025-0{}-{dag:02}", 1 + (k % 9)));
        zet(format!("klacht-{k}-bevestigd"), format!("2025-0{}-{:02}", 1 + (k % 9), (dag + 3).min(28)));
        zet(format!("klacht-{k}-afgehandeld"), format!("2025-{:02}-{dag:02}", 2 + (k % 9)));
        zet(format!("klacht-{k}-behandelaar"), "Klachtencommissie".into());
    }
    for d in 1..=12 {
        for (veld, waarde) in
            [("a", "40"), ("a2", "20"), ("b", "30"), ("b2", "17"), ("c", "20"), ("personen", "38"), ("omzet", "125000")]
        {
            zet(format!("d{d}-{veld}"), waarde.into());
        }
        zet(format!("t{d}-c-uitgenodigd"), "40".into());
        zet(format!("t{d}-c-respondenten"), "12".into());
        zet(format!("t{d}-c-cijfer"), "7,4".into());
    }
    ZelftoetsData { invoer, diensten: (1..=12).collect(), klachten: (1..=klachten).collect(), ..Default::default() }
}

fn meet(mut f: impl FnMut()) -> (Duration, Duration, Duration) {
    f();
    let mut tijden: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    tijden.sort_unstable();
    (tijden[RUNS / 2], tijden[0], tijden[RUNS - 1])
}

fn regel(naam: &str, (mediaan, min, max): (Duration, Duration, Duration)) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{naam:<58} median {:.3} ms  min {:.3} ms  max {:.3} ms", ms(mediaan), ms(min), ms(max));
}

fn main() {
    for klachten in [500, 2000] {
        let data = dossier(klachten);
        let wat = format!("12 Diensten, {klachten} klachten");
        regel(
            &format!("{wat}: (a) parse typed answers (lees)"),
            meet(|| {
                black_box(lees(black_box(&data)));
            }),
        );
        let (invoer, _) = lees(&data);
        regel(
            &format!("{wat}: (b) rules alone (keurmerk::beoordeel)"),
            meet(|| {
                black_box(keurmerk::beoordeel(black_box(&invoer)));
            }),
        );
        regel(
            &format!("{wat}: (c) both (zelftoets::beoordeel)"),
            meet(|| {
                black_box(beoordeel(black_box(&data)));
            }),
        );
    }
}
