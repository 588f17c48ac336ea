//! `readmode extract`: one article in a chosen format, or JSON lines for many.

use crate::input;
use anyhow::Result;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use readmode::{Error, Options};
use serde_json::json;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// HTML files (`.html` or `.html.gz`); `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// The page's address, for resolving relative links and images.
    #[arg(long)]
    url: Option<String>,
    /// What to print.
    #[arg(long, value_enum, default_value_t = Format::Html)]
    format: Format,
    /// Also print every removed block with its reason (to stderr for html,
    /// text and markdown; as `removed` in JSON).
    #[arg(long)]
    explain: bool,
    /// From 0 (remove less) to 1 (remove more).
    #[arg(long, default_value_t = 0.5)]
    strictness: f32,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    /// The article's HTML, sanitized, its links and pictures made absolute.
    Html,
    /// Plain text, a blank line between blocks.
    Text,
    Markdown,
    /// One object with every field: `title`, `byline`, `published` (ISO
    /// 8601), `site_name`, `lang`, `dir`, `excerpt`, `lead_image`,
    /// `standfirst` (the lines under the headline, outside the body),
    /// `html`, `text`, `markdown`, `word_count`, `reading_minutes`; a field
    /// the page does not give is null.
    Json,
    /// One JSON object per input file, each with its `path`; a page that
    /// fails gives `{"path", "error"}` and the run goes on.
    Jsonl,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let options = Options {
        url: args.url.clone(),
        strictness: args.strictness,
        ..Options::default()
    };
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    if args.format == Format::Jsonl {
        return jsonl(&files, &options, args.explain);
    }
    if files.len() > 1 {
        anyhow::bail!("several files need --format jsonl");
    }
    let bytes = input::read(&files[0])?;
    let result = extract(&bytes, &options, args.explain);
    let (article, removed) = match result {
        Ok(found) => found,
        Err(e @ Error::NoArticle) => {
            eprintln!("readmode: {}: {e}", files[0].display());
            return Ok(ExitCode::from(2));
        }
        Err(e) => anyhow::bail!("{}: {e}", files[0].display()),
    };
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Html => writeln!(out, "{}", article.html)?,
        Format::Text => writeln!(out, "{}", article.text)?,
        Format::Markdown => writeln!(out, "{}", article.markdown)?,
        Format::Json | Format::Jsonl => {
            let mut value = serde_json::to_value(&article)?;
            if args.explain {
                value["removed"] = serde_json::to_value(&removed)?;
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        }
    }
    if args.explain && args.format != Format::Json {
        for block in &removed {
            eprintln!("removed  {:<20} {}", block.label, block.excerpt);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The article, and with `explain` every removed block (otherwise none: the
/// excerpts cost a tenth of the run).
fn extract(
    bytes: &[u8],
    options: &Options,
    explain: bool,
) -> Result<(readmode::Article, Vec<readmode::RemovedBlock>), Error> {
    let html = readmode::decode(bytes)?;
    let (page, plan) = readmode::read(&html, options)?;
    let removed = if explain {
        readmode::render::removed(&page, &plan)
    } else {
        Vec::new()
    };
    Ok((readmode::render::article(&page, &plan), removed))
}

fn jsonl(files: &[PathBuf], options: &Options, explain: bool) -> Result<ExitCode> {
    let progress = if std::io::stderr().is_terminal() {
        ProgressBar::new(files.len() as u64).with_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} pages, {per_sec}, {eta} left")
                .expect("the template is valid"),
        )
    } else {
        ProgressBar::hidden()
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for path in files {
        let shown = path.display().to_string();
        let line = match input::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| extract(&bytes, options, explain).map_err(|e| e.to_string()))
        {
            Ok((article, removed)) => {
                let mut value = serde_json::to_value(&article)?;
                value["path"] = json!(shown);
                if explain {
                    value["removed"] = serde_json::to_value(&removed)?;
                }
                value
            }
            Err(error) => json!({ "path": shown, "error": error }),
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
        progress.inc(1);
    }
    progress.finish_and_clear();
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
