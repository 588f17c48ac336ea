//! `readmode eval`: precision, recall and F1 of the extracted text against
//! gold text, overall, per page type and for the worst pages (the metric is
//! in `readmode::quality`).

use crate::input;
use anyhow::{Context, Result};
use readmode::quality::{self, Score};
use readmode::{Options, Page};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One page of a corpus and what it should give.
struct Case {
    name: String,
    kind: String,
    source: PathBuf,
    url: Option<String>,
    gold: Gold,
}

enum Gold {
    Wcxb(PathBuf),
    Readability {
        expected: PathBuf,
        metadata: PathBuf,
    },
}

struct Result1 {
    name: String,
    kind: String,
    score: Score,
    /// Whether each field equals the gold's, where the gold gives it.
    title_match: Option<bool>,
    byline_match: Option<bool>,
    date_match: Option<bool>,
    excerpt_match: Option<bool>,
}

#[derive(Serialize)]
struct Summary {
    pages: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    by_type: BTreeMap<String, TypeSummary>,
    /// Shares of the pages whose gold gives the field.
    title_match: Option<f64>,
    byline_match: Option<f64>,
    date_match: Option<f64>,
    excerpt_match: Option<f64>,
}

#[derive(Serialize)]
struct TypeSummary {
    pages: usize,
    precision: f64,
    recall: f64,
    f1: f64,
}

/// What an extractor gave for one page: its text and metadata, or nothing
/// when it found no article.
#[derive(Clone, Default)]
struct Extracted {
    text: Option<String>,
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    excerpt: Option<String>,
}

/// What the gold says of a page besides its text.
#[derive(Default)]
struct GoldFields {
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    excerpt: Option<String>,
}

/// Whose output is scored: readmode's, run here, or another extractor's,
/// read from JSON lines keyed by page name.
enum Extractor {
    Readmode,
    Given(HashMap<String, Extracted>),
}

pub fn run(
    dir: &Path,
    texts: Option<&Path>,
    min_f1: Option<f64>,
    worst: usize,
    json: bool,
) -> Result<ExitCode> {
    let cases = cases(dir)?;
    anyhow::ensure!(
        !cases.is_empty(),
        "no pages with gold text in {}",
        dir.display()
    );
    let extractor = match texts {
        Some(path) => Extractor::Given(given(path)?),
        None => Extractor::Readmode,
    };
    let results = score_all(&cases, &extractor)?;
    let summary = summarize(&results);
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(&summary)?)?;
    } else {
        print(&mut out, &summary, &results, worst)?;
    }
    match min_f1 {
        Some(floor) if summary.f1 < floor => {
            eprintln!(
                "readmode: mean F1 {:.4} is below the floor {floor:.4}",
                summary.f1
            );
            Ok(ExitCode::from(1))
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn cases(dir: &Path) -> Result<Vec<Case>> {
    if dir.join("ground-truth").is_dir() {
        let meta: Value = serde_json::from_slice(&std::fs::read(dir.join("metadata.json"))?)?;
        let mut cases: Vec<Case> = meta["files"]
            .as_object()
            .context("metadata.json has no files")?
            .iter()
            .map(|(id, info)| {
                let gold = dir.join("ground-truth").join(format!("{id}.json"));
                Case {
                    name: id.clone(),
                    kind: info["page_type"].as_str().unwrap_or("unknown").to_string(),
                    source: dir.join("html").join(format!("{id}.html.gz")),
                    url: page_address(&gold),
                    gold: Gold::Wcxb(gold),
                }
            })
            .collect();
        cases.sort_by(|a, b| a.name.cmp(&b.name));
        return Ok(cases);
    }
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.join("source.html").is_file() && path.join("expected.html").is_file() {
            cases.push(Case {
                name: path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                kind: "readability".to_string(),
                source: path.join("source.html"),
                url: Some("http://fakehost/test/page.html".to_string()),
                gold: Gold::Readability {
                    expected: path.join("expected.html"),
                    metadata: path.join("expected-metadata.json"),
                },
            });
        }
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// The address a WCXB page was fetched from (its gold's `url`), which a
/// browser or the command line's `--url` would give.
fn page_address(gold: &Path) -> Option<String> {
    let gold: Value = serde_json::from_slice(&std::fs::read(gold).ok()?).ok()?;
    gold["url"].as_str().map(str::to_string)
}

/// Reads `{"page": NAME, "text" or "html": …, "title": …, "byline": …,
/// "published": …}` lines (the metadata may be left out); a page that
/// is not there, or has neither, counts as "no article". HTML is read as the
/// gold of Readability's pages is, so blocks never run together.
fn given(path: &Path) -> Result<HashMap<String, Extracted>> {
    #[derive(Deserialize)]
    struct Line {
        page: String,
        text: Option<String>,
        html: Option<String>,
        title: Option<String>,
        byline: Option<String>,
        published: Option<String>,
        excerpt: Option<String>,
    }
    let file =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    file.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let line: Line = serde_json::from_str(line).with_context(|| {
                format!(
                    "{}:{}: not a {{\"page\", \"text\"}} line",
                    path.display(),
                    i + 1
                )
            })?;
            let text = line.text.or_else(|| {
                line.html
                    .map(|html| Page::parse(&html, None).text_content(0))
            });
            Ok((
                line.page,
                Extracted {
                    text,
                    title: line.title,
                    byline: line.byline,
                    published: line.published,
                    excerpt: line.excerpt,
                },
            ))
        })
        .collect()
}

/// Scores every case on all cores; results come back in case order.
fn score_all(cases: &[Case], extractor: &Extractor) -> Result<Vec<Result1>> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = cases.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|case| score_one(case, extractor))
                        .collect::<Result<Vec<_>>>()
                })
            })
            .collect();
        let mut all = Vec::new();
        for h in handles {
            all.extend(h.join().expect("a scoring thread panicked")?);
        }
        Ok(all)
    })
}

fn score_one(case: &Case, extractor: &Extractor) -> Result<Result1> {
    let extracted = match extractor {
        Extractor::Readmode => {
            let bytes = input::read(&case.source)?;
            let options = Options {
                url: case.url.clone(),
                ..Options::default()
            };
            readmode::extract_bytes(&bytes, &options)
                .map(|a| Extracted {
                    text: Some(a.text),
                    title: a.metadata.title,
                    byline: a.metadata.byline,
                    published: a.metadata.published,
                    excerpt: a.metadata.excerpt,
                })
                .unwrap_or_default()
        }
        Extractor::Given(all) => all.get(&case.name).cloned().unwrap_or_default(),
    };
    let text = extracted.text.as_deref().unwrap_or("");
    let (gold_text, gold) = match &case.gold {
        Gold::Wcxb(path) => {
            let v: Value = serde_json::from_slice(&std::fs::read(path)?)?;
            let truth = &v["ground_truth"];
            let field = |name: &str| truth[name].as_str().map(str::to_string);
            (
                field("main_content").unwrap_or_default(),
                GoldFields {
                    title: field("title"),
                    byline: field("author"),
                    published: field("publish_date"),
                    excerpt: None,
                },
            )
        }
        Gold::Readability { expected, metadata } => {
            let html = std::fs::read_to_string(expected)?;
            let page = Page::parse(&html, None);
            let meta: Value = std::fs::read(metadata)
                .ok()
                .and_then(|b| serde_json::from_slice(&b).ok())
                .unwrap_or(Value::Null);
            // Readability's byline and date are its own guesses, not a gold;
            // its excerpt is compared to show where the two agree.
            let field = |name: &str| meta[name].as_str().map(str::to_string);
            (
                page.text_content(0),
                GoldFields {
                    title: field("title"),
                    excerpt: field("excerpt"),
                    ..GoldFields::default()
                },
            )
        }
    };
    // No title matches an expected empty one; spacing (a double or a
    // no-break space) does not make another title.
    let title_match = gold.title.map(|want| {
        extracted
            .title
            .as_deref()
            .map_or(want.trim().is_empty(), |got| {
                got.split_whitespace().eq(want.split_whitespace())
            })
    });
    // Names as words, whatever their case and spacing.
    let byline_match = gold.byline.filter(|w| !w.trim().is_empty()).map(|want| {
        extracted
            .byline
            .as_deref()
            .is_some_and(|got| quality::lowercase_words(got) == quality::lowercase_words(&want))
    });
    // The day (or as much of it as the gold gives), not the time.
    let date_match = gold.published.filter(|w| !w.trim().is_empty()).map(|want| {
        let want = want.trim();
        let day = want.get(..10).unwrap_or(want);
        extracted
            .published
            .as_deref()
            .is_some_and(|got| got.starts_with(day))
    });
    // Words as written, whatever the spacing; an entity left unread in the
    // gold (`&nbsp;`) is spacing.
    let excerpt_match = gold.excerpt.filter(|w| !w.trim().is_empty()).map(|want| {
        let want = want.replace("&nbsp;", " ");
        extracted
            .excerpt
            .as_deref()
            .is_some_and(|got| got.split_whitespace().eq(want.split_whitespace()))
    });
    Ok(Result1 {
        name: case.name.clone(),
        kind: case.kind.clone(),
        score: quality::score(text, &gold_text),
        title_match,
        byline_match,
        date_match,
        excerpt_match,
    })
}

/// The share of pages with a gold for a field whose field matches it.
fn share(results: &[Result1], field: fn(&Result1) -> Option<bool>) -> Option<f64> {
    let judged: Vec<bool> = results.iter().filter_map(field).collect();
    (!judged.is_empty()).then(|| judged.iter().filter(|&&m| m).count() as f64 / judged.len() as f64)
}

fn mean(scores: &[&Result1]) -> (f64, f64) {
    let n = scores.len().max(1) as f64;
    (
        scores.iter().map(|r| r.score.precision).sum::<f64>() / n,
        scores.iter().map(|r| r.score.recall).sum::<f64>() / n,
    )
}

fn summarize(results: &[Result1]) -> Summary {
    let all: Vec<&Result1> = results.iter().collect();
    let (precision, recall) = mean(&all);
    let mut by_kind: BTreeMap<String, Vec<&Result1>> = BTreeMap::new();
    for r in results {
        by_kind.entry(r.kind.clone()).or_default().push(r);
    }
    let by_type = by_kind
        .into_iter()
        .map(|(kind, rs)| {
            let (p, r) = mean(&rs);
            (
                kind,
                TypeSummary {
                    pages: rs.len(),
                    precision: p,
                    recall: r,
                    f1: quality::f1(p, r),
                },
            )
        })
        .collect();
    Summary {
        pages: results.len(),
        precision,
        recall,
        f1: quality::f1(precision, recall),
        by_type,
        title_match: share(results, |r| r.title_match),
        byline_match: share(results, |r| r.byline_match),
        date_match: share(results, |r| r.date_match),
        excerpt_match: share(results, |r| r.excerpt_match),
    }
}

fn print(
    out: &mut impl Write,
    summary: &Summary,
    results: &[Result1],
    worst: usize,
) -> io::Result<()> {
    writeln!(
        out,
        "{:<14} {:>6} {:>9} {:>9} {:>9}",
        "type", "pages", "precision", "recall", "F1"
    )?;
    for (kind, t) in &summary.by_type {
        writeln!(
            out,
            "{:<14} {:>6} {:>9.4} {:>9.4} {:>9.4}",
            kind, t.pages, t.precision, t.recall, t.f1
        )?;
    }
    writeln!(
        out,
        "{:<14} {:>6} {:>9.4} {:>9.4} {:>9.4}",
        "all", summary.pages, summary.precision, summary.recall, summary.f1
    )?;
    for (what, share) in [
        ("titles", summary.title_match),
        ("bylines", summary.byline_match),
        ("dates", summary.date_match),
        ("excerpts", summary.excerpt_match),
    ] {
        if let Some(share) = share {
            writeln!(out, "{what} equal to the gold: {:.1}%", share * 100.0)?;
        }
    }
    let mut ranked: Vec<&Result1> = results.iter().collect();
    ranked.sort_by(|a, b| a.score.f1().total_cmp(&b.score.f1()));
    if worst > 0 {
        writeln!(out, "\nworst pages:")?;
        for r in ranked.iter().take(worst) {
            writeln!(
                out,
                "  {:<40} {:<12} P {:.3}  R {:.3}  F1 {:.3}",
                r.name,
                r.kind,
                r.score.precision,
                r.score.recall,
                r.score.f1()
            )?;
        }
    }
    Ok(())
}
