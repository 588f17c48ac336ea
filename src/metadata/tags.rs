//! `<meta>` tags by name, property or itemprop, first occurrence wins; a
//! name some pages repeat (a paper's authors) keeps every value too.

use crate::page::Page;
use std::collections::HashMap;

pub(super) struct Tags(HashMap<String, Vec<String>>);

impl Tags {
    pub fn read(page: &Page) -> Tags {
        let metas: Vec<(usize, &str)> = (0..page.len())
            .filter(|&i| page.tag(i) == "meta")
            .filter_map(|i| {
                let content = page.attr(i, "content").map(str::trim)?;
                (!content.is_empty()).then_some((i, content))
            })
            .collect();
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        // Open Graph's `property` outranks a `name` of the same meaning;
        // otherwise the first tag of a name wins.
        for keys in [&["property"][..], &["name", "itemprop", "http-equiv"]] {
            for &(i, content) in &metas {
                for key in keys {
                    // `property` may hold several space-separated names.
                    for k in page.attr(i, key).unwrap_or("").split_whitespace() {
                        map.entry(normal_name(k))
                            .or_default()
                            .push(content.to_string());
                    }
                }
            }
        }
        Tags(map)
    }

    /// The first of `names` the page has (Dublin Core names as `dc:title`
    /// and `dcterm:title`), with references a page escaped twice decoded.
    pub fn first(&self, names: &[&str]) -> Option<String> {
        names
            .iter()
            .find_map(|n| self.0.get(*n).and_then(|values| values.first()).cloned())
            .map(super::decode_references)
    }

    /// Every value of the first of `names` the page has, in order: the
    /// authors a scholarly page lists in one `citation_author` each.
    pub fn all(&self, names: &[&str]) -> Vec<String> {
        names
            .iter()
            .find_map(|n| self.0.get(*n))
            .into_iter()
            .flatten()
            .map(|v| super::decode_references(v.clone()))
            .collect()
    }

    /// The first of `names` whose value `read` makes sense of: a tag that
    /// is there but says something else gives way to the next.
    pub fn first_read<T>(&self, names: &[&str], read: impl Fn(&str) -> Option<T>) -> Option<T> {
        names
            .iter()
            .filter_map(|n| self.0.get(*n).and_then(|values| values.first()))
            .find_map(|v| read(&super::decode_references(v.clone())))
    }
}

/// Lower case, with Dublin Core's spellings (`DC.Title`, `DCTERMS.title`,
/// `dcterms:creator`) brought to one (`dc:title`, `dcterm:creator`).
fn normal_name(name: &str) -> String {
    let name = name.to_ascii_lowercase();
    for (prefix, normal) in [("dcterms", "dcterm"), ("dcterm", "dcterm"), ("dc", "dc")] {
        if let Some(rest) = name.strip_prefix(prefix) {
            if let Some(field) = rest.strip_prefix(['.', ':', '-']) {
                return format!("{normal}:{field}");
            }
        }
    }
    name
}
