//! `<meta>` tags by name, property or itemprop, first occurrence wins.

use crate::page::Page;
use std::collections::HashMap;

pub(super) struct Tags(HashMap<String, String>);

impl Tags {
    pub fn read(page: &Page) -> Tags {
        let mut map = HashMap::new();
        for i in 0..page.len() {
            if page.tag(i) != "meta" {
                continue;
            }
            let Some(content) = page
                .attr(i, "content")
                .map(str::trim)
                .filter(|c| !c.is_empty())
            else {
                continue;
            };
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = page.attr(i, key) {
                    // `property` may hold several space-separated names.
                    for k in k.split_whitespace() {
                        map.entry(k.to_ascii_lowercase())
                            .or_insert_with(|| content.to_string());
                    }
                }
            }
        }
        Tags(map)
    }

    /// The first of `names` the page has.
    pub fn first(&self, names: &[&str]) -> Option<String> {
        names.iter().find_map(|n| self.0.get(*n).cloned())
    }
}
