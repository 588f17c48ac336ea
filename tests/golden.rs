//! Golden pages written for this project: every `tests/golden/NAME.json`
//! names a page and what readmode must find on it; `NAME.txt`, when present,
//! is the exact article text. One data-driven runner for all of them, which
//! names the first block that differs.

use readmode::{Error, Options};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root().join("tests/golden"))
        .expect("tests/golden exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    cases.sort();
    cases
}

/// Checks one case; returns what is wrong with it, if anything.
fn check(case: &Path) -> Result<(), String> {
    let spec: Value = serde_json::from_str(&std::fs::read_to_string(case).unwrap()).unwrap();
    let page = root().join(spec["page"].as_str().expect("a page"));
    let bytes = std::fs::read(&page).map_err(|e| format!("{}: {e}", page.display()))?;
    let options = Options {
        url: spec["url"].as_str().map(str::to_string),
        ..Options::default()
    };
    let result = readmode::extract_bytes(&bytes, &options);
    if spec["no_article"].as_bool() == Some(true) {
        return match result {
            Err(Error::NoArticle) => Ok(()),
            Ok(a) => Err(format!("expected no article, got {:?}", a.text)),
            Err(e) => Err(format!("expected no article, got error {e}")),
        };
    }
    let article = result.map_err(|e| format!("extraction failed: {e}"))?;
    let got = serde_json::to_value(&article).unwrap();
    if let Some(expected) = spec["metadata"].as_object() {
        for (field, want) in expected {
            if &got[field] != want {
                return Err(format!("{field}: expected {want}, got {}", got[field]));
            }
        }
    }
    for needle in spec["html_contains"].as_array().into_iter().flatten() {
        let needle = needle.as_str().unwrap();
        if !article.html.contains(needle) {
            return Err(format!("html lacks {needle:?}:\n{}", article.html));
        }
    }
    for needle in spec["html_lacks"].as_array().into_iter().flatten() {
        let needle = needle.as_str().unwrap();
        if article.html.contains(needle) {
            return Err(format!("html contains {needle:?}"));
        }
    }
    let text_file = case.with_extension("txt");
    if text_file.exists() {
        let want = std::fs::read_to_string(&text_file).unwrap();
        let want: Vec<&str> = want.trim_end().split("\n\n").collect();
        let got: Vec<&str> = article.text.split("\n\n").collect();
        if let Some(n) = (0..want.len().max(got.len())).find(|&n| want.get(n) != got.get(n)) {
            return Err(format!(
                "block {n} differs:\n  expected: {:?}\n  got:      {:?}",
                want.get(n),
                got.get(n)
            ));
        }
    }
    Ok(())
}

#[test]
fn golden_pages() {
    let cases = cases();
    assert!(cases.len() >= 4, "golden cases are missing");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| check(c).err().map(|e| format!("{}: {e}", c.display())))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
