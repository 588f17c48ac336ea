//! The standfirst: the sentence or two a template sets under the headline,
//! in the article's header with its byline and date, apart from the box
//! that holds the body. It tells what the article is about, so the reader's
//! header shows it under the title, as it shows the byline; like them it
//! is no part of the body's text.

use super::candidates::is_paragraph;
use super::{class_or_id_mentions, Facts, Reason, Removal};
use crate::heuristics::{BYLINE_WORDS, CREDIT_LEADS, EARNINGS_WORDS};
use crate::metadata::Metadata;
use crate::page::{NodeIdx, Page};
use crate::quality::lowercase_words;

/// The most text, links aside, a header shows between the headline and the
/// body besides its standfirst: a byline, a date, a caption, a share bar's
/// labels. A header is short; a page's other regions are not.
const MAX_HEADER_CHARS: usize = 400;

/// The least text of a standfirst: a sentence, not a label.
const MIN_CHARS: usize = 60;

/// The least text of a standfirst the page declares as its summary too:
/// a short sentence ("Ferry fares rise by a tenth in January."), not a
/// word.
const MIN_DECLARED_CHARS: usize = 20;

/// The most text of a standfirst: an introduction, not a body of its own.
const MAX_CHARS: usize = 600;

/// The most of a standfirst's text its links may hold.
const MAX_LINK_DENSITY: f32 = 0.3;

/// The fewest words of a headline that sets only part of the title ("The
/// best workout earbuds" of "The best workout earbuds 2026 | SoundGuys").
const MIN_PART_WORDS: usize = 3;

/// The standfirst, its paragraphs a blank line apart, if the page has one:
/// paragraphs set between the page's headline (the last `<h1>` before the
/// article, which says the title) and the article's first block, in a
/// header that holds little else.
pub(crate) fn find(
    page: &Page,
    facts: &Facts,
    metadata: &Metadata,
    content: &[NodeIdx],
) -> Option<String> {
    let &first = content.first()?;
    let headline = (0..first)
        .rev()
        .find(|&i| page.tag(i) == "h1" && !facts.hidden[i])
        .filter(|&h| says_title(page, h, metadata))?;
    under(page, facts, metadata, content, headline, first)
}

/// The standfirst in the article's own header, when the article's box
/// holds it and the cleaning takes that header out (`<header
/// class="live-header">` with the headline, standfirst and byline, over
/// the posts of a live page): paragraphs under the headline in the header.
pub(crate) fn in_header(
    page: &Page,
    facts: &Facts,
    metadata: &Metadata,
    content: &[NodeIdx],
    removals: &[Removal],
) -> Option<String> {
    removals
        .iter()
        .filter(|r| r.reason == Reason::Header)
        .find_map(|r| {
            let end = page.node(r.node).end;
            let headline = (r.node..end).find(|&i| {
                page.tag(i) == "h1" && !facts.hidden[i] && says_title(page, i, metadata)
            })?;
            under(page, facts, metadata, content, headline, end)
        })
}

/// The standfirst between `headline` and `first`, the article's first
/// block or the end of the header that holds the headline.
fn under(
    page: &Page,
    facts: &Facts,
    metadata: &Metadata,
    content: &[NodeIdx],
    headline: NodeIdx,
    first: NodeIdx,
) -> Option<String> {
    let mut paragraphs = Vec::new();
    let mut other_chars = 0;
    let mut i = page.node(headline).end;
    while i < first {
        if page.contains(i, first) {
            i += 1;
            continue;
        }
        if facts.hidden[i] {
            // Nothing of it shows.
        } else if let Some(text) = page.text(i) {
            other_chars += text.trim().chars().count();
        } else if is_standfirst(page, facts, metadata, i, first) {
            paragraphs.push(i);
        } else if page.tag(i) != "a" {
            i += 1;
            continue;
        }
        i = page.node(i).end;
    }
    if paragraphs.is_empty() || other_chars > MAX_HEADER_CHARS {
        return None;
    }
    // A paragraph the body or the title says again (a copy for another
    // screen, a first paragraph that repeats it, the headline twice) is
    // read there, however its blocks split it. The header, where the
    // article's box holds it, is no part of the body.
    let header = page.node(headline).end..first;
    let title = lowercase_words(metadata.title.as_deref().unwrap_or(""));
    let letters = |text: &str| -> String { text.chars().filter(|c| c.is_alphanumeric()).collect() };
    let body: String = page
        .in_subtrees(content)
        .filter(|i| !header.contains(i))
        .filter_map(|i| page.text(i))
        .map(letters)
        .collect();
    let texts: Vec<String> = paragraphs
        .into_iter()
        .map(|p| page.text_content(p).trim().to_owned())
        .filter(|text| !body.contains(&letters(text)))
        .filter(|text| lowercase_words(text) != title)
        .collect();
    (!texts.is_empty()).then(|| texts.join("\n\n"))
}

/// Whether heading `h` says the page's title, whole or a run of its words
/// (the title may add the site's name, the heading a kicker).
fn says_title(page: &Page, h: NodeIdx, metadata: &Metadata) -> bool {
    let title = lowercase_words(metadata.title.as_deref().unwrap_or(""));
    let heading = lowercase_words(&page.text_content(h));
    let (shorter, longer) = if heading.len() <= title.len() {
        (&heading, &title)
    } else {
        (&title, &heading)
    };
    !shorter.is_empty()
        && (shorter == longer
            || (shorter.len() >= MIN_PART_WORDS
                && longer
                    .windows(shorter.len())
                    .any(|run| run == shorter.as_slice())))
}

/// Whether block `i`, before the article's `first` block, reads as a
/// standfirst: prose of a sentence or more, with few links, that no hint on
/// it or on the boxes around it marks as anything but the article's header
/// (a class that calls it a caption included: a picture's caption set
/// without a figure), and that is none of the other lines a header holds:
/// a byline or the author's blurb ("By Ann Lee, a deputy editor …", "Ann
/// Lee has covered the coast for ten years"), a picture's caption ("…
/// (Credit: AP)"), a disclosure of the commissions links earn.
fn is_standfirst(
    page: &Page,
    facts: &Facts,
    metadata: &Metadata,
    i: NodeIdx,
    first: NodeIdx,
) -> bool {
    let stats = &facts.stats;
    let prose = is_paragraph(page, i) && matches!(page.tag(i), "p" | "div");
    let chars = stats.chars(i);
    // A short sentence is a standfirst when the page declares it as its
    // summary too (`og:description`).
    let declared = || {
        metadata.excerpt.as_deref().is_some_and(|excerpt| {
            lowercase_words(excerpt) == lowercase_words(&page.text_content(i))
        })
    };
    if !(prose || is_subheading(page, i))
        || !(chars >= MIN_CHARS || chars >= MIN_DECLARED_CHARS && declared())
        || chars > MAX_CHARS
        || stats.link_density(i) > MAX_LINK_DENSITY
    {
        return false;
    }
    let in_header_only = page
        .self_and_ancestors(i)
        .take_while(|&a| !page.contains(a, first))
        .all(|a| {
            !matches!(page.tag(a), "figure" | "figcaption" | "nav" | "aside")
                && !class_or_id_mentions(page, a, &["caption"])
                && facts
                    .hints
                    .get(a)
                    .negative
                    .is_none_or(|r| r == Reason::Header)
        });
    if !in_header_only {
        return false;
    }
    if is_date_line(page, facts, i) {
        return false;
    }
    let original = page.text_content(i);
    let text = original.trim_start().to_lowercase();
    let names_author = || metadata.names().iter().any(|name| original.contains(name));
    !BYLINE_WORDS.iter().any(|w| text.starts_with(w))
        && !CREDIT_LEADS.iter().any(|lead| text.contains(lead))
        && !EARNINGS_WORDS.iter().any(|w| text.contains(w))
        && !names_author()
}

/// Whether block `i` is the header's date line: it is, or mostly holds,
/// `<time>` elements ("Updated November 11, 2022 8:23 PM ET", with the
/// first date in a tooltip). However long, a date is no introduction.
fn is_date_line(page: &Page, facts: &Facts, i: NodeIdx) -> bool {
    let stats = &facts.stats;
    let timed: usize = page
        .descendants(i)
        .filter(|&d| page.tag(d) == "time")
        .map(|d| stats.chars(d))
        .sum();
    page.ancestors(i).any(|a| page.tag(a) == "time") || 2 * timed >= stats.chars(i)
}

/// Whether block `i` is a subheading, which templates set as the
/// standfirst too (a "dek" in an `<h2>`, a newsletter's subtitle in an
/// `<h3>`): past [`MIN_CHARS`] it says a sentence rather than a section's
/// name.
fn is_subheading(page: &Page, i: NodeIdx) -> bool {
    matches!(page.tag(i), "h2" | "h3")
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    const BODY: &str = "<div class=\"body\">\
        <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
        <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
        <p>Tickets are sold on board, in cash or by card, and regular passengers buy a book of ten for the price of eight.</p>\
        <p>Dogs ride on the open deck on a lead, and the crew keeps a bowl of water by the wheelhouse door.</p>\
        </div>";

    /// The standfirst of a page whose header is `header`, set before the
    /// body's box, under the `<title>` "Winter sailings resume".
    fn standfirst(header: &str) -> Option<String> {
        let html = format!(
            "<html><head><title>Winter sailings resume</title></head><body>\
             <div class=\"top\">{header}</div>{BODY}</body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(!article.text.contains("islanders"), "{:?}", article.text);
        article.metadata.standfirst
    }

    const SUMMARY: &str =
        "Two crossings a day from Monday, and the islanders get their late boat back.";

    /// The paragraph under the headline, outside the body's box, is the
    /// standfirst, shown with the title rather than in the text; the byline
    /// and date beside it change nothing.
    #[test]
    fn the_paragraph_under_the_headline_is_the_standfirst() {
        let header = format!(
            "<h1>Winter sailings resume</h1><p>{SUMMARY}</p>\
             <div class=\"meta\">By Ann Lee · 3 February 2026</div>"
        );
        assert_eq!(standfirst(&header).as_deref(), Some(SUMMARY));
    }

    /// A short sentence under the headline is the standfirst when the
    /// page declares it as its summary too; undeclared, it is none.
    #[test]
    fn a_short_declared_summary_is_the_standfirst() {
        const SHORT: &str = "The late boat is back from Monday.";
        let header = |head: &str| format!("{head}<h1>Winter sailings resume</h1><p>{SHORT}</p>");
        let declared = format!("<meta property=\"og:description\" content=\"{SHORT}\">");
        assert_eq!(standfirst(&header(&declared)).as_deref(), Some(SHORT));
        assert_eq!(standfirst(&header("")), None);
    }

    /// A header's other lines are no standfirst: the author's blurb, a
    /// disclosure of what links earn, a picture's caption (by its credit or
    /// by its class), and a paragraph the body says again.
    #[test]
    fn a_headers_other_lines_are_no_standfirst() {
        for line in [
            "Tickets are sold on board, in cash or by card, and regular passengers buy a book of ten for the price of eight.",
            "By Ann Lee, who has covered the islanders' boats for the paper since the pier opened.",
            "We may earn a commission when islanders buy through the links on this page.",
            "The ferry at the pier in the morning, waiting for the islanders. Photo: Ann Lee",
        ] {
            let header = format!("<h1>Winter sailings resume</h1><p>{line}</p>");
            assert_eq!(standfirst(&header), None, "{line}");
        }
        let caption = "<h1>Winter sailings resume</h1><div class=\"photo\">\
            <div class=\"photo__caption\">The ferry at the pier on a winter morning, waiting for the islanders and their shopping from the mainland.</div></div>";
        assert_eq!(standfirst(caption), None);
    }

    /// The header's date is no standfirst, however long its line: a
    /// `<time>` with the first date in a tooltip.
    #[test]
    fn a_date_line_is_no_standfirst() {
        let header = "<h1>Winter sailings resume</h1><div class=\"dateblock\">\
            <time datetime=\"2026-02-03T09:00:00Z\"><span>Updated February 3, 2026</span><span>9:00 AM</span>\
            <span role=\"tooltip\">Originally published February 2, 2026 at 6:15 PM</span></time></div>";
        assert_eq!(standfirst(header), None);
    }

    /// A template may set its standfirst as a subheading (`<h2>`, or a
    /// newsletter's `<h3>`), but a heading that says the title again, or
    /// names a section, is none.
    #[test]
    fn a_sentence_in_a_subheading_is_the_standfirst() {
        let header = |h2: &str| format!("<h1>Winter sailings resume</h1><h2>{h2}</h2>");
        assert_eq!(standfirst(&header(SUMMARY)).as_deref(), Some(SUMMARY));
        assert_eq!(standfirst(&header("Timetables")), None);
        let subtitle = format!("<h1>Winter sailings resume</h1><h3>{SUMMARY}</h3>");
        assert_eq!(standfirst(&subtitle).as_deref(), Some(SUMMARY));
        let title = "Winter sailings resume with two crossings a day, one on Sundays and a late boat for the islanders";
        let html = format!(
            "<html><head><title>{title}</title></head><body>\
             <div class=\"top\"><h1>{title}</h1><h2>{title}</h2></div>{BODY}</body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert_eq!(article.metadata.standfirst, None);
    }

    /// The article's box may hold its header, which the cleaning takes
    /// out with the headline: the paragraph under the headline there is
    /// the standfirst all the same (a live page's header over its posts).
    #[test]
    fn a_header_in_the_articles_box_holds_the_standfirst() {
        let post = |time: &str| {
            format!(
                "<div class=\"post\"><time>{time}</time><p>The ferry returns to its winter timetable on Monday, \
                 with two crossings a day and one on Sundays, the operator said this morning.</p></div>"
            )
        };
        let posts: String = ["09:40", "10:15", "11:05", "12:30"].map(post).concat();
        let html = format!(
            "<html><head><title>Winter sailings resume</title></head><body><main>\
             <div class=\"live-header\"><h1>Winter sailings resume</h1><p>{SUMMARY}</p>\
             <div>By Ann Lee</div></div>{posts}</main></body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(!article.text.contains("islanders"), "{:?}", article.text);
        assert_eq!(article.metadata.standfirst.as_deref(), Some(SUMMARY));
    }

    /// A paragraph after an `<h1>` that is not the title (a site's name)
    /// is no standfirst, and neither is one in a region that holds more
    /// than a header does.
    #[test]
    fn only_a_header_under_the_headline_holds_one() {
        let site = format!("<h1>Harbour Post</h1><p>{SUMMARY}</p>");
        assert_eq!(standfirst(&site), None);
        let busy = format!(
            "<h1>Winter sailings resume</h1><p>{SUMMARY}</p>{}",
            "<div>Lifeboat crew honoured</div>".repeat(20)
        );
        assert_eq!(standfirst(&busy), None);
    }
}
