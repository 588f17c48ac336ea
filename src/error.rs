//! The one error type of the crate. Every failure has a [`ErrorKind`] that
//! callers (the CLI's exit codes, the JS API's typed errors) branch on.

use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The page parsed, but nothing on it reads as an article.
    #[error("no article found on this page")]
    NoArticle,
    /// The input is not an HTML document (binary data, an image, a PDF).
    #[error("not an HTML document: {0}")]
    NotHtml(String),
    /// A live snapshot that does not describe a tree.
    #[error("malformed page snapshot: {0}")]
    Snapshot(String),
}

/// The kind of an [`Error`], stable across versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    NoArticle,
    NotHtml,
    Snapshot,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NoArticle => ErrorKind::NoArticle,
            Error::NotHtml(_) => ErrorKind::NotHtml,
            Error::Snapshot(_) => ErrorKind::Snapshot,
        }
    }
}
