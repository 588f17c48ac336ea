//! What a caller may ask of an extraction. Shared with JavaScript through serde.

use crate::page::NodeIdx;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Options {
    /// The page's address: relative links and images resolve against it.
    pub url: Option<String>,
    /// From 0 (remove only what is surely not article) to 1 (remove anything
    /// that looks like clutter). 0.5 is the tuned default.
    pub strictness: f32,
    /// The reader's own corrections, which outrank every heuristic.
    pub fixes: Fixes,
    /// A block the reader pointed at as the article (the text they selected
    /// before asking): the article is the one around it, however the vote
    /// went and however short it is.
    pub article: Option<NodeIdx>,
}

/// Blocks a reader put back into the article or took out of it by hand, as
/// page node indices (a live page finds them from its saved rules).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Fixes {
    /// Shown in full, wherever they are on the page.
    pub keep: Vec<NodeIdx>,
    /// Left out, and never counted as article when choosing it.
    pub remove: Vec<NodeIdx>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            url: None,
            strictness: 0.5,
            fixes: Fixes::default(),
            article: None,
        }
    }
}
