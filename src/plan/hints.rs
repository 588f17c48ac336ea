//! What an element's name, `class`, `id`, `role` and `itemprop` say about it,
//! read once per element.

use crate::heuristics::{HINT_WEIGHT, NEGATIVE_HINTS, POSITIVE_HINTS, WEAK_NEGATIVE};
use crate::page::{NodeIdx, Page};
use crate::plan::Reason;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Hint {
    /// What the element says it is, when that is not article.
    pub negative: Option<Reason>,
    /// The element says it holds the article.
    pub positive: bool,
}

impl Hint {
    /// The class weight added to a candidate's score.
    pub fn weight(self) -> f32 {
        let mut w = 0.0;
        if self.positive {
            w += HINT_WEIGHT;
        }
        if self.negative.is_some() {
            w -= HINT_WEIGHT;
        }
        w
    }

    /// A negative hint that outweighs everything else on the element.
    pub fn strong_negative(self) -> Option<Reason> {
        let reason = self.negative?;
        (!self.positive || !WEAK_NEGATIVE.contains(&reason)).then_some(reason)
    }
}

pub(crate) struct Hints(Vec<Hint>);

impl Hints {
    /// Reads every element once. Themes repeat the same `class` values
    /// hundreds of times on a page, so each distinct value is matched once.
    pub fn compute(page: &Page) -> Hints {
        let mut by_class: HashMap<&str, Hint> = HashMap::new();
        let hints = (0..page.len())
            .map(|i| {
                let Some(element) = page.element(i) else {
                    return Hint::default();
                };
                match &*element.name {
                    "body" | "html" => return Hint::default(),
                    "main" | "article" => {
                        return Hint {
                            negative: None,
                            positive: true,
                        }
                    }
                    _ => {}
                }
                if element
                    .attr("itemprop")
                    .is_some_and(|p| p.contains("articleBody"))
                {
                    return Hint {
                        negative: None,
                        positive: true,
                    };
                }
                let class = element.attr("class").unwrap_or("");
                let from_class = *by_class.entry(class).or_insert_with(|| words_hint(class));
                let from_id = element.attr("id").map(words_hint).unwrap_or_default();
                Hint {
                    negative: semantic_reason(page, i)
                        .or(from_class.negative)
                        .or(from_id.negative),
                    positive: from_class.positive || from_id.positive,
                }
            })
            .collect();
        Hints(hints)
    }

    pub fn get(&self, i: NodeIdx) -> Hint {
        self.0[i]
    }
}

/// What the words of a `class` or `id` value say.
fn words_hint(value: &str) -> Hint {
    let lower = value.to_ascii_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let matches = |word: &str| {
        tokens
            .iter()
            .any(|t| *t == word || (word.len() >= 5 && t.contains(word)))
    };
    Hint {
        negative: NEGATIVE_HINTS
            .iter()
            .find(|(_, words)| words.iter().any(|w| matches(w)))
            .map(|(reason, _)| *reason),
        positive: POSITIVE_HINTS.iter().any(|w| matches(w)),
    }
}

/// What the element's name or ARIA role says, which outranks class names.
fn semantic_reason(page: &Page, i: NodeIdx) -> Option<Reason> {
    let role = page.attr(i, "role").unwrap_or("");
    let by_role = match role {
        "navigation" | "menubar" | "menu" => Some(Reason::Navigation),
        "banner" => Some(Reason::Header),
        "contentinfo" => Some(Reason::Footer),
        "complementary" => Some(Reason::Sidebar),
        "search" | "form" => Some(Reason::Form),
        "dialog" | "alertdialog" => Some(Reason::Overlay),
        _ => None,
    };
    by_role.or(match page.tag(i) {
        "nav" => Some(Reason::Navigation),
        "aside" => Some(Reason::Sidebar),
        "footer" => Some(Reason::Footer),
        "form" => Some(Reason::Form),
        "dialog" => Some(Reason::Overlay),
        _ => None,
    })
}
