//! What a caller may ask of an extraction. Shared with JavaScript through serde.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Options {
    /// The page's address: relative links and images resolve against it.
    pub url: Option<String>,
    /// From 0 (remove only what is surely not article) to 1 (remove anything
    /// that looks like clutter). 0.5 is the tuned default.
    pub strictness: f32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            url: None,
            strictness: 0.5,
        }
    }
}
