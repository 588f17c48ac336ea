//! Pages per second of readmode and of dom_smoothie (a Rust port of
//! Readability.js) over the same WCXB pages, in one process, parse included,
//! and the share of readmode's time spent parsing.
//!
//! `cargo bench --bench speed` (corpus from `READMODE_CORPUS`, or
//! `../shared/corpus`; `READMODE_BENCH_PAGES` limits the page count).

use flate2::read::GzDecoder;
use readmode::Options;
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn pages() -> Vec<String> {
    let corpus = std::env::var_os("READMODE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let dir = corpus.join("wcxb-dev/html");
    let limit: usize = std::env::var("READMODE_BENCH_PAGES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .take(limit)
        .map(|path| {
            let mut bytes = Vec::new();
            GzDecoder::new(std::fs::File::open(&path).unwrap())
                .read_to_end(&mut bytes)
                .unwrap();
            readmode::decode(&bytes).unwrap().into_owned()
        })
        .collect()
}

/// How long each of `runs` takes over all `pages`, page by page in turn:
/// this machine's speed drifts by a third within minutes, and taking
/// turns on every page makes the drift fall on all of them alike, where
/// timing one over every page, then the next, would credit whichever ran
/// in the faster minute.
fn time_in_turns(pages: &[String], runs: &mut [&mut dyn FnMut(&str)]) -> Vec<Duration> {
    let mut times = vec![Duration::ZERO; runs.len()];
    for page in pages {
        for (run, time) in runs.iter_mut().zip(&mut times) {
            let start = Instant::now();
            run(page);
            *time += start.elapsed();
        }
    }
    times
}

fn main() {
    let pages = pages();
    let n = pages.len() as f64;
    let options = Options::default();
    let mut readmode = |html: &str| {
        let _ = readmode::extract(html, &options);
    };
    let mut parse = |html: &str| {
        std::hint::black_box(readmode::parse(html, &options));
    };
    let mut smoothie = |html: &str| {
        if let Ok(mut r) = dom_smoothie::Readability::new(html, None, None) {
            let _ = r.parse();
        }
    };
    // One warm-up round, then the best of three for each.
    let mut best = [Duration::MAX; 3];
    for round in 0..4 {
        let times = time_in_turns(&pages, &mut [&mut readmode, &mut parse, &mut smoothie]);
        if round > 0 {
            for (best, time) in best.iter_mut().zip(times) {
                *best = (*best).min(time);
            }
        }
    }
    let [readmode, parse, smoothie] = best;
    let rate = |d: Duration| n / d.as_secs_f64();
    println!("pages: {}", pages.len());
    println!("readmode:     {:8.1} pages/s", rate(readmode));
    println!("dom_smoothie: {:8.1} pages/s", rate(smoothie));
    println!(
        "ratio:        {:8.2}x",
        smoothie.as_secs_f64() / readmode.as_secs_f64()
    );
    println!(
        "readmode time spent parsing: {:.0}%",
        100.0 * parse.as_secs_f64() / readmode.as_secs_f64()
    );
}
