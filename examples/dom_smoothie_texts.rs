//! dom_smoothie's article and metadata for every page of a corpus, as JSON lines
//! for `readmode eval DIR --texts FILE`:
//!
//! ```text
//! cargo run --release --example dom_smoothie_texts -- ../shared/corpus/wcxb-dev > dom_smoothie.jsonl
//! ```
//!
//! Pages are named as `readmode eval` names them. The article goes out as
//! HTML, which the eval reads to text the way it reads Readability's gold.

use flate2::read::GzDecoder;
use serde_json::{json, Value};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The URL Readability's test pages are read against.
const READABILITY_URL: &str = "http://fakehost/test/page.html";

/// (name, source, page URL) for each page with gold text.
fn pages(corpus: &Path) -> Vec<(String, PathBuf, Option<&'static str>)> {
    if corpus.join("ground-truth").is_dir() {
        let meta: Value =
            serde_json::from_slice(&std::fs::read(corpus.join("metadata.json")).unwrap()).unwrap();
        let mut names: Vec<&String> = meta["files"].as_object().unwrap().keys().collect();
        names.sort();
        return names
            .into_iter()
            .map(|n| {
                (
                    n.clone(),
                    corpus.join("html").join(format!("{n}.html.gz")),
                    None,
                )
            })
            .collect();
    }
    let mut folders: Vec<PathBuf> = std::fs::read_dir(corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.html").is_file())
        .collect();
    folders.sort();
    folders
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, p.join("source.html"), Some(READABILITY_URL))
        })
        .collect()
}

fn main() {
    let corpus = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: dom_smoothie_texts CORPUS"),
    );
    for (name, path, url) in pages(&corpus) {
        let mut bytes = std::fs::read(&path).unwrap();
        if bytes.starts_with(&[0x1f, 0x8b]) {
            let mut plain = Vec::new();
            GzDecoder::new(&bytes[..]).read_to_end(&mut plain).unwrap();
            bytes = plain;
        }
        let html = readmode::decode(&bytes).unwrap();
        let article = dom_smoothie::Readability::new(&*html, url, None)
            .ok()
            .and_then(|mut r| r.parse().ok());
        let line = match article {
            Some(a) => json!({
                "page": name,
                "html": a.content.to_string(),
                "title": a.title,
                "byline": a.byline,
                "published": a.published_time,
            }),
            None => json!({"page": name, "html": null, "title": null}),
        };
        println!("{line}");
    }
}
