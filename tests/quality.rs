//! Extraction quality on the shared corpora must not fall below the floors in
//! `tests/quality-floors.json` (raise them as quality improves). The corpora
//! are read from `READMODE_CORPUS`, or `../shared/corpus` beside the checkout.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn corpus() -> PathBuf {
    std::env::var_os("READMODE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

fn eval(name: &str) -> Value {
    let dir = corpus().join(name);
    assert!(
        dir.is_dir(),
        "corpus {} not found (set READMODE_CORPUS)",
        dir.display()
    );
    let out = Command::new(env!("CARGO_BIN_EXE_readmode"))
        .args(["eval", "--json"])
        .arg(&dir)
        .output()
        .expect("readmode runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("eval prints JSON")
}

fn floors() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/quality-floors.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn wcxb_quality_stays_above_the_floor() {
    let summary = eval("wcxb-dev");
    let floor = &floors()["wcxb-dev"];
    let all = summary["f1"].as_f64().unwrap();
    let article = summary["by_type"]["article"]["f1"].as_f64().unwrap();
    let [titles, bylines, dates] =
        ["title_match", "byline_match", "date_match"].map(|f| summary[f].as_f64().unwrap());
    println!(
        "wcxb-dev: F1 {all:.4} over all pages, {article:.4} over article pages; \
         titles {:.1}%, bylines {:.1}%, dates {:.1}%",
        titles * 100.0,
        bylines * 100.0,
        dates * 100.0
    );
    assert_eq!(summary["pages"], 1497);
    assert!(
        all >= floor["all"].as_f64().unwrap(),
        "all pages: F1 {all:.4}"
    );
    assert!(
        article >= floor["article"].as_f64().unwrap(),
        "article pages: F1 {article:.4}"
    );
    for (field, share) in [
        ("title_match", titles),
        ("byline_match", bylines),
        ("date_match", dates),
    ] {
        assert!(
            share >= floor[field].as_f64().unwrap(),
            "{field}: {share:.3}"
        );
    }
}

#[test]
fn readability_pages_quality_stays_above_the_floor() {
    let summary = eval("readability-pages");
    let floor = &floors()["readability-pages"];
    let all = summary["f1"].as_f64().unwrap();
    let titles = summary["title_match"].as_f64().unwrap();
    println!(
        "readability-pages: F1 {all:.4}, titles {:.1}%",
        titles * 100.0
    );
    assert_eq!(summary["pages"], 130);
    assert!(all >= floor["all"].as_f64().unwrap(), "F1 {all:.4}");
    assert!(
        titles >= floor["title_match"].as_f64().unwrap(),
        "titles {titles:.3}"
    );
}
