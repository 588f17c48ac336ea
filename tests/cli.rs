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

/// The JSON object holds exactly the fields `extract --help` names for it.
#[test]
fn json_has_every_documented_field() {
    let help = readmode(&["extract", "--help"], b"");
    let help = String::from_utf8(help.stdout).unwrap();
    let line = help
        .lines()
        .find(|l| l.trim_start().starts_with("- json:"))
        .expect("the json format is documented");
    let mut documented: Vec<&str> = line.split('`').skip(1).step_by(2).collect();
    documented.sort_unstable();
    let out = readmode(&["extract", "www/index.html", "--format", "json"], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut fields: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    fields.sort_unstable();
    assert_eq!(fields, documented);
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

/// Binary files, and text files of another format that would otherwise
/// come out as their own source (a PDF's header, a JSON response, a feed).
#[test]
fn documents_that_are_not_html_are_refused_clearly() {
    for (input, what) in [
        (&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"[..], "binary data"),
        (b"%PDF-1.4\n1 0 obj << /Title (A long enough title) >> endobj", "a PDF file"),
        (b"{\"story\": \"A long enough story, told in JSON, with commas.\"}", "a JSON document"),
        (b"<?xml version=\"1.0\"?><rss><channel><item><description>A long enough description, with commas, of the item.</description></item></channel></rss>", "an XML document (<rss>)"),
    ] {
        let out = readmode(&["extract", "--format", "text"], input);
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert!(out.stdout.is_empty(), "{what}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(&format!("not an HTML document: {what}")), "{err}");
    }
}

/// `eval --texts` scores another extractor's output, given as text or as
/// HTML, by the same metric; a page left out counts as "no article".
#[test]
fn eval_scores_texts_from_another_extractor() {
    let corpus = std::env::temp_dir().join(format!("readmode-eval-texts-{}", std::process::id()));
    let gold = [
        (
            "alpha",
            "<p>The river rose two metres in one night.</p><p>Boats were tied to the bridge.</p>",
        ),
        (
            "beta",
            "<p>A new library opened on the hill above the old town.</p>",
        ),
    ];
    for (name, expected) in gold {
        std::fs::create_dir_all(corpus.join(name)).unwrap();
        std::fs::write(
            corpus.join(name).join("source.html"),
            format!("<body>{expected}</body>"),
        )
        .unwrap();
        std::fs::write(corpus.join(name).join("expected.html"), expected).unwrap();
    }
    let eval = |lines: &str| {
        let texts = corpus.join("texts.jsonl");
        std::fs::write(&texts, lines).unwrap();
        readmode(
            &[
                "eval",
                corpus.to_str().unwrap(),
                "--texts",
                texts.to_str().unwrap(),
                "--json",
            ],
            b"",
        )
    };
    let f1 = |out: Output| {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["f1"]
            .as_f64()
            .unwrap()
    };
    let both = concat!(
        r#"{"page": "alpha", "text": "The river rose two metres in one night.\n\nBoats were tied to the bridge."}"#,
        "\n",
        r#"{"page": "beta", "html": "<div><p>A new library opened on the hill above the old town.</p></div>"}"#,
    );
    assert!((f1(eval(both)) - 1.0).abs() < 1e-9);
    let one = r#"{"page": "beta", "text": "A new library opened on the hill above the old town."}"#;
    assert!((f1(eval(one)) - 0.5).abs() < 1e-9);
    let broken = eval("{\"page\": 3}\n");
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("texts.jsonl:1"));
    std::fs::remove_dir_all(&corpus).unwrap();
}

/// On a corpus whose gold gives the author and the date (WCXB's form),
/// `eval` also counts bylines and dates equal to the gold's: names as words
/// whatever their case, dates by the day.
#[test]
fn eval_counts_bylines_and_dates_equal_to_the_gold() {
    let corpus = std::env::temp_dir().join(format!("readmode-eval-meta-{}", std::process::id()));
    std::fs::create_dir_all(corpus.join("html")).unwrap();
    std::fs::create_dir_all(corpus.join("ground-truth")).unwrap();
    let story = "<p>The night ferry ran late again, and the harbour master wrote to every household on the island to say why, at some length and with a chart.</p>";
    let pages = [
        ("0001", "Ann Lee", "2025-03-07"),
        ("0002", "Tom Bell", "2024-11-02"),
    ];
    for (id, author, date) in pages {
        std::fs::write(
            corpus.join("html").join(format!("{id}.html.gz")),
            format!(
                "<html><head><meta name=\"author\" content=\"{author}\">\
                 <meta property=\"article:published_time\" content=\"{date}T08:00:00Z\"></head>\
                 <body><article>{story}</article></body></html>"
            ),
        )
        .unwrap();
        let gold = serde_json::json!({"ground_truth": {
            "main_content": "The night ferry ran late again, and the harbour master wrote to every household on the island to say why, at some length and with a chart.",
            "author": author.to_uppercase(),
            "publish_date": date,
        }});
        std::fs::write(
            corpus.join("ground-truth").join(format!("{id}.json")),
            gold.to_string(),
        )
        .unwrap();
    }
    std::fs::write(
        corpus.join("metadata.json"),
        r#"{"files": {"0001": {"page_type": "article"}, "0002": {"page_type": "article"}}}"#,
    )
    .unwrap();
    let summary = |extra: &[&str]| {
        let mut args = vec!["eval", corpus.to_str().unwrap(), "--json"];
        args.extend_from_slice(extra);
        let out = readmode(&args, b"");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let ours = summary(&[]);
    assert_eq!(ours["byline_match"], 1.0);
    assert_eq!(ours["date_match"], 1.0);
    let texts = corpus.join("texts.jsonl");
    std::fs::write(
        &texts,
        concat!(
            r#"{"page": "0001", "text": "x", "byline": "ann  lee", "published": "2025-03-08"}"#,
            "\n",
            r#"{"page": "0002", "text": "x", "byline": "Tom Bellamy", "published": "2024-11-02T23:00:00Z"}"#,
        ),
    )
    .unwrap();
    let theirs = summary(&["--texts", texts.to_str().unwrap()]);
    assert_eq!(theirs["byline_match"], 0.5);
    assert_eq!(theirs["date_match"], 0.5);
    std::fs::remove_dir_all(&corpus).unwrap();
}

#[test]
fn a_reader_that_stops_reading_ends_the_run_quietly() {
    let pages: Vec<String> = std::fs::read_dir("tests/golden")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["extract", "--format", "jsonl"];
    args.extend(pages.iter().map(String::as_str));
    let mut child = Command::new(env!("CARGO_BIN_EXE_readmode"))
        .args(&args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("readmode starts");
    // More lines than a pipe holds, and nobody reads them (`| head -0`).
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
