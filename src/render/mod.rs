//! From a plan to what readers and programs receive: the article as
//! sanitized HTML, plain text and Markdown, with its metadata.

mod address;
#[cfg(any(target_arch = "wasm32", test))]
mod blank;
mod html;
mod images;
mod markdown;
mod tables;
mod text;
mod walk;

pub(crate) use address::{path_of, web_address, Kind as AddressKind};
#[cfg(target_arch = "wasm32")]
pub(crate) use blank::blank_blocks;
pub(crate) use html::escape as escape_html;
pub use html::sanitizer;
pub use images::image_source;
pub(crate) use images::{declares_side, is_tracking_pixel, pixels};
#[cfg(target_arch = "wasm32")]
pub(crate) use tables::layout_parts;
pub(crate) use tables::{is_table_part, Tables};
#[cfg(target_arch = "wasm32")]
pub(crate) use walk::{prose_headings, text_containers};

use crate::heuristics::{CJK_CHARS_PER_MINUTE, WORDS_PER_MINUTE};
use crate::page::{is_cjk, Page};
use crate::plan::{Plan, Reason};
use crate::quality::is_word_char;
use crate::Metadata;
use serde::Serialize;

/// One extracted article, in every format at once. Serialized flat: the
/// metadata fields sit beside `html`, `text` and the rest.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    #[serde(flatten)]
    pub metadata: Metadata,
    pub html: String,
    pub text: String,
    pub markdown: String,
    pub word_count: usize,
    pub reading_minutes: usize,
}

/// A block the plan left out, for `--explain` and "show removed".
#[derive(Debug, Clone, Serialize)]
pub struct RemovedBlock {
    pub reason: Reason,
    pub label: &'static str,
    pub excerpt: String,
}

pub fn article(page: &Page, plan: &Plan) -> Article {
    let mut html = html::HtmlWriter::new();
    let mut text = text::TextWriter::new();
    let mut markdown = markdown::MarkdownWriter::new();
    walk::walk(page, plan, |event| {
        html.event(&event);
        text.event(&event);
        markdown.event(&event);
    });
    let text = text.finish();
    let (word_count, reading_minutes) = reading(&text);
    Article {
        metadata: plan.metadata.clone(),
        html: html.finish(),
        markdown: markdown.finish(),
        text,
        word_count,
        reading_minutes,
    }
}

/// Every block the plan left out, inside the article and around it.
pub fn removed(page: &Page, plan: &Plan) -> Vec<RemovedBlock> {
    let mut all: Vec<_> = plan.outside.iter().chain(&plan.removals).collect();
    all.sort_by_key(|r| r.node);
    all.into_iter()
        .map(|r| {
            let text = page.text_content(r.node);
            let excerpt: String = text.chars().take(80).collect();
            RemovedBlock {
                reason: r.reason,
                label: r.reason.label(),
                excerpt: if excerpt.len() < text.len() {
                    format!("{excerpt}…")
                } else {
                    excerpt
                },
            }
        })
        .collect()
}

/// The lines of a paragraph with line breaks in it, each already trimmed
/// as its format needs: a run of breaks (`<br><br><br>`) reads as one
/// blank line at most. A line of nothing but invisible characters (a
/// zero-width joiner that a page builder leaves in empty paragraphs) is
/// blank.
fn fold_breaks<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for line in lines {
        let blank = is_blank(line);
        if !(blank && kept.last().is_some_and(|l| l.is_empty())) {
            kept.push(if blank { "" } else { line });
        }
    }
    kept.join("\n")
}

/// Whether `text` shows nothing: white space, and the zero-width characters
/// page builders leave in empty paragraphs (joiners, word joiners, byte
/// order marks, and the marks and isolates that set the direction of the
/// text around them).
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}'..='\u{200F}'
                    | '\u{061C}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{FEFF}'
            )
    })
}

/// Words, and minutes to read them; scripts written without spaces count by
/// character. A word is a token as [`crate::quality::tokens`] reads them,
/// unless it holds such a character; counted in one pass over the text.
fn reading(text: &str) -> (usize, usize) {
    let (mut words, mut cjk) = (0, 0);
    // Whether a token is open, and whether it holds a CJK character.
    let (mut in_token, mut token_cjk) = (false, false);
    for c in text.chars() {
        let wide = is_cjk(c);
        cjk += usize::from(wide);
        if is_word_char(c) {
            in_token = true;
            token_cjk |= wide;
        } else {
            words += usize::from(in_token && !token_cjk);
            (in_token, token_cjk) = (false, false);
        }
    }
    words += usize::from(in_token && !token_cjk);
    let minutes = words as f64 / WORDS_PER_MINUTE as f64 + cjk as f64 / CJK_CHARS_PER_MINUTE as f64;
    (words + cjk, (minutes.ceil() as usize).max(1))
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// Words are tokens of letters, digits and `_`; a token holding
    /// kana, ideographs or Hangul counts by character instead, and so do
    /// such characters between tokens (a katakana middle dot).
    #[test]
    fn words_and_characters_to_read() {
        assert_eq!(super::reading("One, two_3 — four."), (3, 1));
        assert_eq!(
            super::reading("Tokyo 東京タワー・tower abc東"),
            (2 + 5 + 1 + 1, 1)
        );
        assert_eq!(super::reading(""), (0, 1));
        let long = "word ".repeat(super::WORDS_PER_MINUTE + 1);
        assert_eq!(super::reading(&long), (super::WORDS_PER_MINUTE + 1, 2));
    }

    /// A run of breaks inside a paragraph is one blank line at most, and no
    /// line starts indented (which Markdown would read as code).
    #[test]
    fn breaks_inside_a_paragraph() {
        let html = "<html><body><article>\
            <p>The first line of a poem that goes on for a while, as poems do.<br><br><br>\n \
            The second line comes after three breaks and some white space before it.</p>\
            <p>A paragraph of prose after the poem, long enough to count as one, with a clause.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        let first = "The first line of a poem that goes on for a while, as poems do.";
        assert!(
            article
                .text
                .starts_with(&format!("{first}\n\nThe second line")),
            "{:?}",
            article.text
        );
        assert!(
            article
                .markdown
                .starts_with(&format!("{first}  \n\nThe second line")),
            "{:?}",
            article.markdown
        );
    }

    /// A heading longer than any headline (a photo's caption a gallery sets
    /// in `<h1>`) is set as a paragraph; a heading stays a heading.
    #[test]
    fn a_heading_that_reads_as_a_paragraph_is_one() {
        let caption = "In this photo taken on Tuesday the ferry Island Queen leaves the harbour at dawn with the first crossing of the winter timetable, while the crew of the old ferry, which ran the route for forty years, watches from the quay beside the fish market.";
        let html = format!(
            "<html><head><title>The winter ferry</title></head><body><article><h1>The winter ferry</h1>\
             <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take to the mainland.</p>\
             <h1>{caption}</h1>\
             <h2>The evening boat</h2>\
             <p>The evening boat waits for the train from the city, so a late train means a long night on the quay.</p>\
             </article></body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(
            article.html.contains(&format!("<p>{caption}</p>")),
            "{}",
            article.html
        );
        assert!(
            article.markdown.contains(&format!("\n\n{caption}\n\n")),
            "{}",
            article.markdown
        );
        assert!(
            article.markdown.contains("## The evening boat"),
            "{}",
            article.markdown
        );
    }

    /// A heading of paragraphs (a standfirst a template sets in `<h3>`)
    /// reads as those paragraphs, none of them empty or inside another.
    #[test]
    fn a_heading_of_paragraphs_is_those_paragraphs() {
        let first = "The ferry to the island runs twice a day in winter, and the morning boat is the one the islanders take to the mainland.";
        let second = "The evening boat waits for the train from the city.";
        let html = format!(
            "<html><body><article><h1>The winter ferry</h1>\
             <h3><p>{first}</p><p>{second}</p></h3>\
             <p>The crossing takes an hour when the sea is calm, and twice that when the wind blows from the west.</p>\
             </article></body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(
            article
                .html
                .contains(&format!("<p>{first}</p><p>{second}</p>")),
            "{}",
            article.html
        );
        assert!(!article.html.contains("<p></p>"), "{}", article.html);
    }

    /// A heading set inside another (an accordion's question: a heading
    /// in the button of the item's heading) is one heading, at the outer
    /// one's level, not an empty heading before it.
    #[test]
    fn a_heading_in_a_heading_is_one() {
        let html = "<html><body><article><h1>The winter ferry</h1>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take to the mainland.</p>\
            <p>The evening boat waits for the train from the city, so a late train means a long night on the quay.</p>\
            <div class=\"item\"><h3><button type=\"button\" aria-expanded=\"false\"><div><h2>When does the ferry run?</h2></div></button></h3>\
            <div hidden>Twice a day, at seven and at five.</div></div>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert!(
            article.html.contains("<h3>When does the ferry run?</h3>"),
            "{}",
            article.html
        );
        assert!(!article.html.contains("<h3></h3>"), "{}", article.html);
        assert!(
            article
                .markdown
                .contains("\n### When does the ferry run?\n"),
            "{}",
            article.markdown
        );
    }

    /// What a video holds for browsers that cannot play it is no text of
    /// the article; the video and its sources stay.
    #[test]
    fn a_videos_fallback_is_not_text() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <video src=\"https://example.com/ferry.mp4\">Your browser does not support the video tag.\
            <p>Download <a href=\"/ferry.mp4\">the video</a>.</p><source src=\"/ferry.webm\"></video>\
            <p>The evening boat waits for the train from the city, so a late train means a long night.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        for format in [&article.text, &article.markdown, &article.html] {
            assert!(
                !format.contains("support") && !format.contains("Download"),
                "{format:?}"
            );
        }
        assert!(article
            .html
            .contains("<video src=\"https://example.com/ferry.mp4\""));
        assert!(article.html.contains("ferry.webm"));
    }

    /// A caption's sentence and its credit, or a dateline's place and
    /// agency, in spans with nothing between, read apart; a lone word and a
    /// point before a seam (code's "json." before "JSONDecoder"), a word of
    /// two letters before a capital and a word running on in the next span
    /// do not.
    #[test]
    fn a_captions_spans_read_apart() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <figure><img src=\"/ferry.jpg\"><figcaption><span>The ferry leaves at dawn.</span>\
            <span><span>Credit...</span><span>Ana Reyes</span></span></figcaption></figure>\
            <p>The parser is <span>json.</span><span>JSONDecoder</span>, and the <span>boat</span><span>house</span> is <span>old.</span><span>very</span> old.</p>\
            <p><span>London</span><span>KNN</span> — The <span>i</span><span>Phone</span> and the <span>Mc</span><span>Donald</span> boats.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        for format in [&article.text, &article.markdown] {
            assert!(
                format.contains("at dawn. Credit... Ana Reyes"),
                "{format:?}"
            );
            assert!(
                format.contains("json.JSONDecoder, and the boathouse is old.very old."),
                "{format:?}"
            );
            assert!(
                format.contains("London KNN — The iPhone and the McDonald boats."),
                "{format:?}"
            );
        }
    }

    /// A picture keeps the size the page gives it in pixels (an icon stays
    /// an icon in a reader's view of the HTML); a size in percent goes.
    #[test]
    fn a_picture_keeps_its_size_in_pixels() {
        let html = "<html><body><article>\
            <p>Readers rate the crossing <img src=\"/star.svg\" alt=\"star\" width=\"16\" height=\"16px\"> out of five.</p>\
            <img src=\"/harbour.jpg\" alt=\"The harbour\" width=\"100%\">\
            <p>The evening boat waits for the train from the city, so a late train means a long night.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert!(
            article
                .html
                .contains("<img src=\"/star.svg\" alt=\"star\" width=\"16\" height=\"16\">"),
            "{}",
            article.html
        );
        assert!(
            article
                .html
                .contains("<img src=\"/harbour.jpg\" alt=\"The harbour\">"),
            "{}",
            article.html
        );
    }

    /// A code block whose highlighter sets each line in an element of its
    /// own, with no break between them in the text, keeps its lines and
    /// their indentation; so does one of a `<div>` per line.
    #[test]
    fn a_code_blocks_lines_stay_lines() {
        let html = "<html><body><article>\
            <p>The timetable is read from a file, one crossing a line, and printed as it is read.</p>\
            <pre><code>for line in file:\n<span class=\"highlight-code-line\">    crossing = parse(line)</span>\
            <span class=\"highlight-code-line\">    print(crossing)</span>print(\"done\")</code></pre>\
            <pre><div class=\"cm-line\">if late:</div><div class=\"cm-line\">    wait()</div></pre>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        let first =
            "for line in file:\n    crossing = parse(line)\n    print(crossing)\nprint(\"done\")";
        assert!(article.text.contains(first), "{:?}", article.text);
        assert!(article.markdown.contains(first), "{:?}", article.markdown);
        assert!(
            article.text.contains("if late:\n    wait()"),
            "{:?}",
            article.text
        );
    }

    /// A table's cells keep to their row's line, whatever blocks a page
    /// builder wraps their text in, and a paragraph holding only a
    /// zero-width joiner leaves no line behind.
    #[test]
    fn cells_keep_to_their_row() {
        let html = "<html><body><article>\
            <p>Movers were asked for a quote for the same three-bedroom move across the country.</p>\
            <p>\u{200D}</p>\
            <table><tr><th><div>Mover</div></th><th><div><p>Deposit</p></div></th></tr>\
            <tr><td><div>North Van</div></td><td><div>10%</div><div>refundable</div></td></tr></table>\
            <p>Every mover asked for a deposit, and two of the three would return part of it.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert!(
            article
                .text
                .contains("Mover | Deposit\n\nNorth Van | 10% refundable\n\n"),
            "{:?}",
            article.text
        );
        assert!(!article.text.contains('\u{200D}'), "{:?}", article.text);
        assert!(
            article
                .markdown
                .contains("| Mover | Deposit |\n| --- | --- |\n| North Van | 10% refundable |"),
            "{:?}",
            article.markdown
        );
    }

    /// Items of one block each are written line under line, a tight list,
    /// a nested list's under its item; an item's second block is set in
    /// under its marker's words, and a list beside another starts apart.
    /// An item that opens with a quotation or a code block has its marker
    /// alone on the line over it, one that opens with an empty box has its
    /// words on it, and an item with no words leaves nothing.
    #[test]
    fn lists_in_markdown_are_tight_and_nested() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <ul><li>Morning<ul><li>Seven</li><li>Nine</li></ul></li>\
            <li><p>Evening</p><p>Waits for the train.</p></li><li>Night</li></ul>\
            <ol><li>Buy a ticket</li><li><div class=\"icon\"></div><div>Board</div></li><li><blockquote>Mind the gap.</blockquote></li>\
            <li><pre>ticket --day</pre></li><li><blockquote></blockquote></li></ol>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let markdown = extract(html, &Options::default()).unwrap().markdown;
        let want = "- Morning\n   - Seven\n   - Nine\n- Evening\n\n   Waits for the train.\n\n- Night\n\n\
                    1. Buy a ticket\n2. Board\n3.\n   > Mind the gap.\n\n4.\n   ```\n   ticket --day\n   ```\n\nThe evening";
        assert!(markdown.contains(want), "{markdown:?}");
    }

    /// The blank line between two paragraphs of one quotation stays inside
    /// it (without its `>` the quotation would read as two), and one
    /// between two quotations side by side does not.
    #[test]
    fn a_quotation_of_paragraphs_is_one_in_markdown() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <blockquote><p>No boats on strike days.</p><p>Check before you travel.</p></blockquote>\
            <blockquote><p>Tickets stay valid.</p></blockquote>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let markdown = extract(html, &Options::default()).unwrap().markdown;
        let want = "\n\n> No boats on strike days.\n>\n> Check before you travel.\n\n> Tickets stay valid.\n\n";
        assert!(markdown.contains(want), "{markdown:?}");
    }

    /// A heading is one line of Markdown whatever it holds: blocks a page
    /// builder wraps its words in and line breaks run on, and a heading
    /// left with no words leaves no bare marks.
    #[test]
    fn a_heading_is_one_line_of_markdown() {
        let html = "<html><body><article>\
            <p>The ferry timetable changes on Monday, with an earlier first sailing and a later last one.</p>\
            <h3><div>What changes</div></h3>\
            <p>The first boat leaves at twenty to seven, half an hour before it does now, every weekday.</p>\
            <h2>Designed to<br>be early</h2>\
            <p>The change suits the cannery's early shift, which starts at half past seven on the island.</p>\
            <h4><span></span></h4>\
            <p>Weekend sailings stay as they are, and season tickets bought before the change stay valid.</p>\
            </article></body></html>";
        let markdown = extract(html, &Options::default()).unwrap().markdown;
        assert!(
            markdown.contains("\n\n### What changes\n\n"),
            "{markdown:?}"
        );
        assert!(
            markdown.contains("\n\n## Designed to be early\n\n"),
            "{markdown:?}"
        );
        assert!(!markdown.contains("####"), "{markdown:?}");
    }

    /// Emphasis and links hold words, as Markdown needs: an empty one
    /// leaves nothing, the space that ends the words goes outside, the
    /// same emphasis twice is one, and a link around blocks (a card) is a
    /// link in each. A list item's first block stays on its marker.
    #[test]
    fn marks_in_markdown_hold_words() {
        let html = "<html><body><article>\
            <p>The ferry timetable changes on Monday, <strong></strong>with an <em>earlier </em>first sailing.</p>\
            <p><strong><strong>Season tickets</strong></strong> bought before the change stay valid until they expire.</p>\
            <ul><li><p>The first boat leaves at twenty to seven, every weekday of the year.</p></li>\
            <li><p>The last boat leaves the island at a quarter past nine in the evening.</p></li></ul>\
            <a href=\"/timetable\"><h3>Winter timetable</h3><p>Every sailing from November to March.</p></a>\
            <p>Weekend sailings stay as they are<a href=\"/icon\"><span></span></a>, the company says.</p>\
            </article></body></html>";
        let markdown = extract(html, &Options::default()).unwrap().markdown;
        for want in [
            "changes on Monday, with an *earlier* first sailing.",
            "**Season tickets** bought",
            "- The first boat leaves",
            "- The last boat leaves",
            "### [Winter timetable](/timetable)",
            "[Every sailing from November to March.](/timetable)",
            "stay as they are, the company says.",
        ] {
            assert!(markdown.contains(want), "{want:?} in {markdown:?}");
        }
    }

    /// An element left with nothing to show is not written: a heading
    /// whose only link went, an emptied bullet, a figure whose frame held
    /// a script. A table's cells keep its shape, and a picture alone is
    /// something.
    #[test]
    fn the_html_has_no_empty_blocks() {
        let html = "<html><body><article>\
            <p>The ferry timetable changes on Monday, with an earlier first sailing and a later last one.</p>\
            <h2><a href=\"/print\"><svg><path d=\"M0 0h8\"></path></svg></a></h2>\
            <ul><li><svg><circle r=\"2\"></circle></svg></li><li>Season tickets stay valid</li></ul>\
            <figure><script>frame()</script></figure>\
            <p><a href=\"/map\"><img src=\"/map.png\" alt=\"\"></a></p>\
            <table><tr><th>Day</th><th>First boat</th></tr><tr><td>Monday</td><td></td></tr></table>\
            <p>Weekend sailings stay as they are, and the last boat still waits for the late train.</p>\
            </article></body></html>";
        let html = extract(html, &Options::default()).unwrap().html;
        for empty in [
            "<h2>",
            "<li></li>",
            "<figure></figure>",
            "<a href=\"/print\"",
        ] {
            assert!(!html.contains(empty), "{empty:?} in {html:?}");
        }
        assert!(
            html.contains("<li>Season tickets stay valid</li>"),
            "{html:?}"
        );
        assert!(html.contains("<td></td>"), "{html:?}");
        assert!(html.contains("map.png"), "{html:?}");
    }
}
