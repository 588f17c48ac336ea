//! A section of frequently asked questions that the page's template sets
//! after the article's container, beside it rather than inside it: the
//! questions readers ask about the article's subject, answered by its
//! authors, are part of what they came to read.

use super::Facts;
use crate::heuristics::FAQ_LABELS;
use crate::page::{heading_level, NodeIdx, Page};

/// How many levels above the article's last block the section may branch
/// off: a template's wrappers around the text, not the page's other
/// regions.
const MAX_LEVELS: usize = 4;

/// How many headings that name such a section are looked under: a page
/// has one, and each look reads what the heading's box holds.
const MAX_HEADINGS: usize = 3;

/// The least questions a section of them holds.
const MIN_QUESTIONS: usize = 2;

/// The most text of a line that asks a question.
const QUESTION_CHARS: usize = 200;

/// `content` with the section of frequently asked questions that follows
/// it, if there is one: under a heading that names it ("Frequently asked
/// questions", "FAQs"), with two questions or more that a reader can see.
/// The cleaning then judges it as it judges the article's own blocks: one
/// in a sidebar goes as a sidebar widget.
pub(crate) fn extend(page: &Page, facts: &Facts, mut content: Vec<NodeIdx>) -> Vec<NodeIdx> {
    let Some(&last) = content.last() else {
        return content;
    };
    let Some(region) = page.ancestors(last).nth(MAX_LEVELS - 1) else {
        return content;
    };
    let section = (page.node(last).end..page.node(region).end)
        .filter(|&i| {
            heading_level(page.tag(i)).is_some_and(|level| level > 1)
                && !facts.hidden[i]
                && names_questions(&page.text_content(i))
        })
        .take(MAX_HEADINGS)
        .find_map(|heading| {
            page.self_and_ancestors(heading)
                .take_while(|&a| a != region && opens_with(page, facts, a, heading))
                .find(|&a| questions(page, facts, a) >= MIN_QUESTIONS)
        });
    content.extend(section);
    content
}

/// Whether block `i` shows no words before `heading`: a section that
/// opens with it, not a wrapper that also holds other text.
fn opens_with(page: &Page, facts: &Facts, i: NodeIdx, heading: NodeIdx) -> bool {
    !(i..heading).any(|d| {
        !facts.hidden[d]
            && page
                .text(d)
                .is_some_and(|t| t.contains(char::is_alphanumeric))
    })
}

/// Whether a heading names a section of frequently asked questions.
fn names_questions(heading: &str) -> bool {
    let name = heading.trim().trim_end_matches(':').to_lowercase();
    FAQ_LABELS.contains(&name.as_str())
}

/// How many short lines in block `i` a reader can see that end in a
/// question mark.
fn questions(page: &Page, facts: &Facts, i: NodeIdx) -> usize {
    page.subtree(i)
        .filter(|&d| !facts.hidden[d])
        .filter_map(|d| page.text(d))
        .map(str::trim)
        .filter(|t| t.ends_with('?') && t.len() <= QUESTION_CHARS)
        .count()
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    const STORY: &str =
        "<p>Since the new pier opened, the crossing takes twenty minutes, and the crew can \
        turn the boat around in the time it takes to unload a van of groceries.</p>\
        <p>Tickets are sold on board, in cash or by card, and regular passengers buy a book of \
        ten at the harbour office for the price of eight.</p>\
        <p>Dogs ride on the open deck on a lead, and the crew keeps a bowl of water by the \
        wheelhouse door for them on warm days.</p>";

    fn text(after_story: &str) -> String {
        let html = format!(
            "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main>\
             <div class=\"wrap\"><div class=\"post\"><div class=\"post-body\"><h1>The island ferry</h1>\
             {STORY}</div></div>{after_story}</div></main></body></html>"
        );
        extract(&html, &Options::default()).unwrap().text
    }

    const QUESTIONS: &str = "<div><h3>Does the ferry run on Sundays?</h3>\
        <p>Only the morning boat sails on Sundays, and it leaves an hour later.</p></div>\
        <div><h3>Can I take a bicycle?</h3>\
        <p>Bicycles travel free, stowed along the railings of the car deck.</p></div>";

    /// The questions set after the article's container join it; the same
    /// heading over a box that shows other text first does not bring
    /// them, and in a sidebar they go as its widget.
    #[test]
    fn frequently_asked_questions_after_the_article_join_it() {
        let faq =
            format!("<div class=\"faq-area\"><h2>Frequently asked questions</h2>{QUESTIONS}</div>");
        let read = text(&faq);
        assert!(read.contains("Frequently asked questions"), "{read}");
        assert!(
            read.contains("Can I take a bicycle?\n\nBicycles travel free"),
            "{read}"
        );
        let aside = format!("<div class=\"sidebar\"><h2>FAQs</h2>{QUESTIONS}</div>");
        assert!(!text(&aside).contains("bicycle"), "{}", text(&aside));
        let other = format!(
            "<div class=\"box\"><p>Timetables for the other islands are at the harbour office.</p>\
             <h2>FAQ</h2>{QUESTIONS}</div>"
        );
        assert!(!text(&other).contains("bicycle"), "{}", text(&other));
    }
}
