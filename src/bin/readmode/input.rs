//! Reading a page from a file (plain or `.gz`) or standard input.

use anyhow::{Context, Result};
use flate2::read::GzDecoder;
use std::io::Read;
use std::path::Path;

/// The page's bytes; gzip is recognized by its magic number, not the name.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut plain = Vec::new();
        GzDecoder::new(&bytes[..])
            .read_to_end(&mut plain)
            .with_context(|| format!("decompressing {}", path.display()))?;
        bytes = plain;
    }
    Ok(bytes)
}
