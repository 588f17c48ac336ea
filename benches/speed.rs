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

fn time(pages: &[String], mut run: impl FnMut(&str)) -> Duration {
    let start = Instant::now();
    for page in pages {
        run(page);
    }
    start.elapsed()
}

fn main() {
    let pages = pages();
    let n = pages.len() as f64;
    let options = Options::default();
    // One warm-up round each, then the best of three.
    let best =
        |f: &mut dyn FnMut(&str)| (0..4).map(|_| time(&pages, &mut *f)).skip(1).min().unwrap();
    let readmode = best(&mut |html| {
        let _ = readmode::extract(html, &options);
    });
    let parse = best(&mut |html| {
        std::hint::black_box(readmode::parse(html, &options));
    });
    let smoothie = best(&mut |html| {
        if let Ok(mut r) = dom_smoothie::Readability::new(html, None, None) {
            let _ = r.parse();
        }
    });
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
