//! Rules (`<hr>`) left parting nothing. Pages frame an ad or a promo with a
//! rule above and below, and end the story with a rule over its related
//! links; once the cleaning took those out, the reader would see two rules
//! in a row, a rule under the reader's header, or one closing the text.

use super::orphans::{merge, shows_something, walk, Met};
use super::{Facts, Reason, Removal};
use crate::page::{NodeIdx, Page};

/// `removals` (in document order, outermost only) with the rules in
/// `content` that part nothing added: those with nothing a reader sees
/// between them and the article's start or the rule kept before them, and
/// those with nothing after them. A rule the reader chose to keep stays.
pub(crate) fn add(
    page: &Page,
    content: &[NodeIdx],
    facts: &Facts,
    removals: Vec<Removal>,
) -> Vec<Removal> {
    let mut strays = Vec::new();
    // Whether something was seen since the start or the last rule kept.
    let mut seen = false;
    let mut last_rule = None;
    walk(page, content, &removals, |met| {
        let Met::Node(i) = met else {
            return false;
        };
        if facts.hidden[i] {
            return false;
        }
        if facts.fixes.is_kept(i) {
            seen = true;
            return false;
        }
        if page.tag(i) == "hr" {
            if seen {
                last_rule = Some(i);
                seen = false;
            } else {
                strays.push(stray(i));
            }
        } else if shows_something(page, i) {
            seen = true;
        }
        true
    });
    if let Some(rule) = last_rule.filter(|_| !seen) {
        strays.push(stray(rule));
        strays.sort_by_key(|r| r.node);
    }
    merge(page, removals, strays)
}

/// A rule draws a line, never prose.
fn stray(node: NodeIdx) -> Removal {
    Removal {
        node,
        reason: Reason::NonContent,
    }
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    fn html(body: &str) -> String {
        let page =
            format!("<html><body><article><h1>The island ferry</h1>{body}</article></body></html>");
        extract(&page, &Options::default()).unwrap().html
    }

    const MORNING: &str = "<p>The ferry to the island runs twice a day in winter, and the \
        morning boat is the one the islanders take, with their shopping bags and their dogs.</p>";
    const EVENING: &str = "<p>The evening boat waits for the train from the city, so a late \
        train means a long night in the harbour café, which nobody on the island minds.</p>";
    const SHARE: &str = "<div class=\"share-bar\"><a href=\"/s/1\">Facebook</a> \
        <a href=\"/s/2\">Email</a></div>";

    /// A rule between two paragraphs parts them and stays; so does a rule
    /// between a paragraph and a picture.
    #[test]
    fn a_rule_between_things_seen_stays() {
        let read = html(&format!(
            "{MORNING}<hr>{EVENING}<hr><img src=\"/map.png\" alt=\"\">"
        ));
        assert_eq!(read.matches("<hr>").count(), 2, "{read}");
    }

    /// Of two rules framing a block that went, one stays; a rule right
    /// under the title (which the reader's header shows) and a rule with
    /// nothing after it go.
    #[test]
    fn rules_parting_nothing_go() {
        let read = html(&format!("{MORNING}<hr>{SHARE}<hr>{EVENING}"));
        assert_eq!(read.matches("<hr>").count(), 1, "{read}");
        let read = html(&format!("<hr>{MORNING}{EVENING}<hr>{SHARE}<hr>"));
        assert!(!read.contains("<hr>"), "{read}");
    }
}
