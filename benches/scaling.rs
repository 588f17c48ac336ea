//! Cost against page size: the peak resident memory of the command line's
//! JSON-lines run over every WCXB page; then time and peak heap of one
//! extraction for a corpus page repeated 1, 4 and 16 times, for a page
//! nested 100,000 deep, and for pages of thousands of nested cards, of
//! headings over share bars, of tab panels or of tables of contents.
//! `cargo bench --bench scaling`.

use flate2::read::GzDecoder;
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn corpus() -> PathBuf {
    std::env::var_os("READMODE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

fn measure(name: &str, html: &str) {
    let options = readmode::Options::default();
    let mut best = f64::MAX;
    let mut peak = 0;
    for _ in 0..3 {
        let base = IN_USE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        let found = readmode::extract(html, &options).is_ok();
        best = best.min(start.elapsed().as_secs_f64());
        peak = PEAK.load(Ordering::Relaxed) - base;
        assert!(found, "{name}: no article");
    }
    let kb = html.len() as f64 / 1024.0;
    println!(
        "{name:<24} {kb:>9.0} KB {:>9.1} ms {:>7.2} ms/100 KB {:>8.1} MB heap {:>6.1} heap/input",
        best * 1e3,
        best * 1e3 / kb * 100.0,
        peak as f64 / 1048576.0,
        peak as f64 / html.len() as f64
    );
}

fn main() {
    cli_memory();
    let mut page = String::new();
    GzDecoder::new(std::fs::File::open(corpus().join("wcxb-dev/html/0001.html.gz")).unwrap())
        .read_to_string(&mut page)
        .unwrap();
    let (head, rest) = page.split_at(page.find("<body").expect("a body"));
    let body = &rest[rest.find('>').unwrap() + 1..rest.rfind("</body>").unwrap_or(rest.len())];
    println!(
        "{:<24} {:>12} {:>12} {:>17} {:>16} {:>17}",
        "page", "size", "time", "time per size", "peak heap", ""
    );
    for times in [1, 4, 16] {
        let html = format!("{head}<body>{}</body></html>", body.repeat(times));
        measure(&format!("wcxb 0001 x{times}"), &html);
    }
    let paragraphs =
        "<p>A paragraph of the story, long enough to read as prose, with a clause.</p>".repeat(5);
    for depth in [25_000, 50_000, 100_000] {
        let html = format!(
            "<html><body>{}<article>{paragraphs}</article>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        measure(&format!("nested {depth} deep"), &html);
    }
    // Many small blocks of the kinds later passes look at again: cards
    // nested in cards, headings over blocks that go, tab panels, each
    // headed by the tab that names it, and lists of links within the page.
    for count in [5_000, 10_000, 20_000] {
        let cards = format!(
            "<html><body>{}<p>{paragraphs}</p>{}</body></html>",
            "<article><p>A card.</p>".repeat(count),
            "</article>".repeat(count)
        );
        measure(&format!("{count} nested cards"), &cards);
        let labels = format!(
            "<html><body><article>{paragraphs}{}</article></body></html>",
            "<h3>Share this</h3><div class=\"share-bar\"><a href=\"/s\">Share</a></div>"
                .repeat(count)
        );
        measure(&format!("{count} labelled share bars"), &labels);
        let tabs: String = (0..count)
            .map(|i| {
                format!(
                    "<button role=\"tab\" id=\"t{i}\">Tab {i}</button>\
                     <div role=\"tabpanel\" aria-labelledby=\"t{i}\" hidden><p>The words of tab {i}, long enough to read as prose.</p></div>"
                )
            })
            .collect();
        let tabs = format!("<html><body><article>{paragraphs}{tabs}</article></body></html>");
        measure(&format!("{count} tab panels"), &tabs);
        let contents: String = (0..count)
            .map(|i| {
                format!(
                    "<ul><li><a href=\"#s{i}\">Part {i}</a></li><li><a href=\"#s{i}\">Its map</a></li>\
                     <li><a href=\"#s{i}\">Its fares</a></li></ul><h2 id=\"s{i}\">Part {i}</h2>"
                )
            })
            .collect();
        let contents =
            format!("<html><body><article>{paragraphs}{contents}</article></body></html>");
        measure(&format!("{count} tables of contents"), &contents);
    }
}

/// The peak resident memory of the command line's JSON-lines run over every
/// WCXB page. Run first: a child's peak counts the memory its parent held
/// when it started.
fn cli_memory() {
    let files: Vec<PathBuf> = std::fs::read_dir(corpus().join("wcxb-dev/html"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let cli = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/readmode");
    let status = std::process::Command::new(&cli)
        .args(["extract", "--format", "jsonl"])
        .args(&files)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("build the command line first: cargo build --release");
    assert!(status.success());
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    println!(
        "readmode extract --format jsonl over {} WCXB pages: peak resident memory {:.1} MB",
        files.len(),
        usage.ru_maxrss as f64 / 1024.0
    );
}
