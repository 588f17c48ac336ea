//! The `readmode` command: extract articles, explain decisions, score quality.

mod eval;
mod extract;
mod input;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Reading mode for the web, on the command line.
#[derive(Parser)]
#[command(name = "readmode", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the article of one page, or of many as JSON lines.
    ///
    /// Exit codes: 0 an article was found; 2 the page has no article (a
    /// one-line message on stderr); 1 any other failure.
    Extract(extract::Args),
    /// Score extraction against a corpus with gold text.
    ///
    /// DIR is a folder of pages with gold text: either `html/NNNN.html.gz` with
    /// `ground-truth/NNNN.json` (WCXB), or one folder per page holding
    /// `source.html` and `expected.html` (Readability's test pages).
    Eval {
        /// The corpus folder.
        dir: PathBuf,
        /// Score another extractor's output instead of readmode's: JSON lines
        /// `{"page": NAME, "text": TEXT, "title": TITLE}` (or `"html"`
        /// instead of `"text"`), NAME as this command lists pages (`0001`,
        /// `ars-1`); a page missing from the file, or with neither text nor
        /// HTML, counts as "no article".
        #[arg(long, value_name = "FILE")]
        texts: Option<PathBuf>,
        /// Fail (exit 1) when the mean F1 falls below this floor.
        #[arg(long)]
        min_f1: Option<f64>,
        /// How many of the worst pages to list.
        #[arg(long, default_value_t = 10)]
        worst: usize,
        /// Print the summary as one JSON object instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Eval {
            dir,
            texts,
            min_f1,
            worst,
            json,
        } => eval::run(&dir, texts.as_deref(), min_f1, worst, json),
    };
    match result {
        Ok(code) => code,
        Err(e) if reader_left(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("readmode: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Whether the program reading the output closed it (`readmode … | head`):
/// nothing went wrong in readmode, so it stops quietly, as filters do.
fn reader_left(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| cause.downcast_ref::<serde_json::Error>()?.io_error_kind());
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}
