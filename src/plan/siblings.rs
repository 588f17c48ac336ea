//! The article's neighbours: siblings of the chosen container that continue
//! its text join it; everything else around it is labelled for the reader.

use super::candidates::{is_paragraph, Scores};
use super::{Hints, Reason, Removal, Stats};
use crate::page::{NodeIdx, Page};

/// The chosen container plus the siblings that read as part of the article.
pub(crate) fn gather(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    scores: &Scores,
    excluded: &[bool],
    top: NodeIdx,
) -> Vec<NodeIdx> {
    let Some(parent) = page.parent(top) else {
        return vec![top];
    };
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = page.attr(top, "class").filter(|c| !c.is_empty());
    page.children(parent)
        .filter(|&s| {
            if s == top {
                return true;
            }
            if page.element(s).is_none() || excluded[s] || hints.get(s).strong_negative().is_some()
            {
                return false;
            }
            let bonus = if top_class.is_some() && page.attr(s, "class") == top_class {
                top_score * 0.2
            } else {
                0.0
            };
            if scores[s].is_some_and(|score| score + bonus >= threshold) {
                return true;
            }
            if !is_paragraph(page, s) || page.tag(s) == "td" {
                return false;
            }
            let chars = stats.chars(s);
            let density = stats.link_density(s);
            (chars > 80 && density < 0.25)
                || (chars > 0
                    && chars <= 80
                    && density == 0.0
                    && ends_sentence(&page.text_content(s)))
        })
        .collect()
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with('.') || text.contains(". ")
}

/// The top-level blocks around the article (siblings of the article and of
/// each of its ancestors), each with the most specific reason its hints give.
pub(crate) fn outside(
    page: &Page,
    content: &[NodeIdx],
    hints: &Hints,
    hidden: &[bool],
) -> Vec<Removal> {
    let Some(&first) = content.first() else {
        return Vec::new();
    };
    let mut chain: Vec<NodeIdx> = page.ancestors(first).collect();
    chain.reverse();
    let mut removals = Vec::new();
    let keep = |i: NodeIdx| content.contains(&i) || page.contains(i, first);
    for &ancestor in &chain {
        for child in page.children(ancestor) {
            if keep(child) || page.element(child).is_none() || page.tag(child) == "head" {
                continue;
            }
            let reason = if hidden[child] {
                Reason::Hidden
            } else {
                hints.get(child).negative.unwrap_or(Reason::Outside)
            };
            removals.push(Removal {
                node: child,
                reason,
            });
        }
    }
    removals.sort_by_key(|r| r.node);
    removals
}
