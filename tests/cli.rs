//! The command line's contract: formats, exit codes, JSON lines.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn readmode(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_readmode"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("readmode starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_page_with_no_article_exits_2_with_one_line() {
    let out = readmode(&["extract", "tests/golden/nav-only.html"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("no article"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn text_from_standard_input() {
    let page = std::fs::read("tests/golden/rtl.html").unwrap();
    let out = readmode(&["extract", "--format", "text"], &page);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("قررت مكتبة المدينة"), "{text}");
}

#[test]
fn json_has_every_documented_field() {
    let out = readmode(&["extract", "www/index.html", "--format", "json"], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for field in [
        "title",
        "byline",
        "published",
        "site_name",
        "lang",
        "dir",
        "excerpt",
        "lead_image",
        "html",
        "text",
        "markdown",
        "word_count",
        "reading_minutes",
    ] {
        assert!(v.get(field).is_some(), "missing {field}");
    }
    assert!(v["markdown"]
        .as_str()
        .unwrap()
        .contains("## Innovative paths to success"));
}

#[test]
fn jsonl_keeps_order_and_goes_on_after_a_failure() {
    let missing = PathBuf::from("tests/golden/does-not-exist.html");
    let out = readmode(
        &[
            "extract",
            "--format",
            "jsonl",
            "tests/golden/rtl.html",
            missing.to_str().unwrap(),
            "tests/golden/nav-only.html",
            "tests/golden/figures.html",
        ],
        b"",
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["path"], "tests/golden/rtl.html");
    assert!(lines[0]["text"].is_string());
    assert!(lines[1]["error"].is_string());
    assert!(lines[2]["error"].as_str().unwrap().contains("no article"));
    assert_eq!(lines[3]["path"], "tests/golden/figures.html");
}

#[test]
fn explain_lists_removed_blocks_with_reasons() {
    let out = readmode(
        &["extract", "www/index.html", "--format", "text", "--explain"],
        b"",
    );
    let err = String::from_utf8(out.stderr).unwrap();
    for label in ["menu", "duplicate quote", "promo"] {
        assert!(err.contains(label), "no {label} in:\n{err}");
    }
}

#[test]
fn binary_input_is_refused_clearly() {
    let out = readmode(&["extract"], b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("not an HTML document"));
}
