//! Inside the article: every block that is not the article's own text goes,
//! with its reason. Walks each chosen subtree top-down once; a removed block
//! is skipped whole, so only its outermost node is listed.

use super::copies::Copies;
use super::quotes::ArticleShingles;
use super::stats::heading_is_linked;
use super::visibility::is_non_content_tag;
use super::{mentions, Facts, Hints, Reason, Removal, Stats};
use crate::heuristics::{
    AD_LABELS, BYLINE_HINTS, CALLS_TO_ACTION, CONTROL_OBJECTS, CONTROL_ROLES, CONTROL_VERBS,
    DATE_LINE_LABELS, ICON_CLASSES, MEMBER_DETAILS, MEMBER_STATS, MEMBER_STAT_CHARS, NEEDS_LINKS,
    PICTURE_CONTROL_WORDS, POST_CONTROLS, PROMO_LABELS, PROMO_OPENINGS, PROSE_BLOCK_CHARS,
    PROSE_LINK_DENSITY, PULL_QUOTE_HINTS, READING_TIME_PHRASES, READING_TIME_UNITS, RELATED_LABELS,
    RELATED_LABEL_OPENINGS, SHORT_BLOCK_CHARS, SIGNUP_LINKS, SIGNUP_WORDS, VIDEO_HOSTS,
};
use crate::metadata::{awaits_name, month_number, normalize_date, Metadata};
use crate::page::{heading_level, is_block, NodeIdx, Page};
use crate::render::is_table_part;
use crate::Options;
use std::cell::{OnceCell, RefCell};

/// Blocks with more descendants than this are never read as one short line,
/// which keeps the text checks below linear on deeply nested pages.
const SHORT_BLOCK_NODES: usize = 64;

/// The most nodes a poster's box takes, with its custom fields.
const MEMBER_BOX_NODES: usize = 4 * SHORT_BLOCK_NODES;

/// The most text a sign-up box holds, small print included.
const SIGNUP_BOX_CHARS: usize = 600;

/// The most text a count of views holds ("Viewed 439k times").
const VIEW_COUNT_CHARS: usize = 24;

/// The most text an estimate of reading time holds ("Estimated reading
/// time: 12 minutes").
const READING_TIME_CHARS: usize = 40;

/// The most text of an icon font's ligature ("keyboard_arrow_down").
const ICON_GLYPH_CHARS: usize = 30;

/// The most text a control over a picture says of itself.
const PICTURE_CONTROL_CHARS: usize = 60;

/// The most text an ad's label holds ("Advertisement - Story continues
/// below").
const AD_LABEL_CHARS: usize = 50;

/// The most text a label over a list of other pages holds ("You may also
/// be interested in").
const RELATED_LABEL_CHARS: usize = 40;

/// The most text of a lone link to all of a list ("View all", "See more").
const VIEW_ALL_CHARS: usize = 20;

/// The least text of a link that can be a teaser's title.
const TEASER_TITLE_CHARS: usize = 10;

/// The most text a date's label holds ("Last updated on").
const DATE_LABEL_CHARS: usize = 20;

/// The most text of a line that gives the article's date under a label.
const DATE_LINE_CHARS: usize = 60;

/// The most words besides the date in such a line ("Last updated on …
/// by Ann Lee").
const DATE_LINE_WORDS: usize = 6;

/// The most text of labels and separators in a line of date and author.
const DATELINE_LABEL_CHARS: usize = 40;

/// The least text of an author's card: a line about them besides the name.
const AUTHOR_CARD_CHARS: usize = 60;

/// The most text a panel of controls holds, and each of its controls.
const CONTROL_PANEL_CHARS: usize = 400;
const CONTROL_CHARS: usize = 40;

/// Plain text a paragraph needs to make its block a section of the text.
const PARAGRAPH_PROSE_CHARS: usize = 100;

/// Below this strictness, only blocks that are surely not article go: the
/// judgement calls (promos, repeated quotes, linked boxes) stay.
const LENIENT_BELOW: f32 = 0.25;
/// Above this strictness, any block whose class or role hints at clutter
/// goes, not only those with the strongest hints.
const EAGER_ABOVE: f32 = 0.75;

pub(crate) fn clean(
    page: &Page,
    content: &[NodeIdx],
    posts: &[NodeIdx],
    facts: &Facts,
    metadata: &Metadata,
    options: &Options,
) -> Vec<Removal> {
    let Facts {
        hidden,
        hints,
        stats,
        fixes,
    } = facts;
    let strictness = options.strictness.clamp(0.0, 1.0);
    let mut paragraphs = page
        .in_subtrees(content)
        .filter(|&i| page.tag(i) == "p" && stats.chars(i) >= 60);
    let first_paragraph = paragraphs.next();
    let second_paragraph = paragraphs.next();
    let last_paragraph = paragraphs.last().or(second_paragraph).or(first_paragraph);
    let cleaner = Cleaner {
        page,
        stats,
        hints,
        hidden,
        metadata,
        total: content
            .iter()
            .map(|&c| stats.chars(c))
            .sum::<usize>()
            .max(1),
        link_limit: 0.5 - (strictness - 0.5) * 0.4,
        lenient: strictness < LENIENT_BELOW,
        eager: strictness > EAGER_ABOVE,
        content,
        posts,
        quotes: OnceCell::new(),
        grids_aside: OnceCell::new(),
        copies: Copies::default(),
        first_paragraph,
        second_paragraph,
        last_paragraph,
        entries: page
            .in_subtrees(content)
            .filter(|&i| is_entry_field(page, i))
            .collect(),
        member_lines: RefCell::new(Vec::new()),
    };
    let mut removals = Vec::new();
    let mut title_seen = false;
    for &root in content {
        let mut i = root;
        while i < page.node(root).end {
            if fixes.is_kept(i) {
                i = page.node(i).end;
                continue;
            }
            let reason = if fixes.is_removed(i) {
                Some(Reason::Reader)
            } else {
                cleaner.reason(i, &mut title_seen)
            };
            match reason {
                Some(reason) if !fixes.holds_kept(i) => {
                    removals.push(Removal { node: i, reason });
                    i = page.node(i).end;
                }
                _ => i += 1,
            }
        }
    }
    removals
}

struct Cleaner<'a> {
    page: &'a Page,
    stats: &'a Stats,
    hints: &'a Hints,
    hidden: &'a [bool],
    metadata: &'a Metadata,
    /// Characters in the whole article.
    total: usize,
    /// Link density above which a list or box is links, not text.
    link_limit: f32,
    /// Keep the judgement calls (see [`LENIENT_BELOW`]).
    lenient: bool,
    /// Remove on weak hints too (see [`EAGER_ABOVE`]).
    eager: bool,
    content: &'a [NodeIdx],
    /// A thread's posts, in document order.
    posts: &'a [NodeIdx],
    /// The article's shingles, built the first time a quote needs them.
    quotes: OnceCell<ArticleShingles>,
    /// See [`Cleaner::grids_are_asides`], judged the first time a grid is met.
    grids_aside: OnceCell<bool>,
    /// Large blocks met so far, to find their copies.
    copies: Copies,
    /// The first real paragraph: bylines and datelines come before it.
    first_paragraph: Option<NodeIdx>,
    /// The second: a byline the page marks as one may follow a standfirst.
    second_paragraph: Option<NodeIdx>,
    /// The last real paragraph: what comes before it is inside the text.
    last_paragraph: Option<NodeIdx>,
    /// Fields a reader types an address or a number into, in document order.
    entries: Vec<NodeIdx>,
    /// Lines of posters' boxes to go one by one, in document order.
    member_lines: RefCell<Vec<NodeIdx>>,
}

impl Cleaner<'_> {
    fn reason(&self, i: NodeIdx, title_seen: &mut bool) -> Option<Reason> {
        let page = self.page;
        let tag = page.tag(i);
        if tag.is_empty() {
            return None;
        }
        if tag == "img" && crate::render::is_tracking_pixel(page, i) {
            return Some(Reason::NonContent);
        }
        if is_media(page, i) {
            return None;
        }
        if self.hidden[i] {
            return Some(
                if is_non_content_tag(tag) && !super::visibility::is_hidden(page, i) {
                    Reason::NonContent
                } else {
                    Reason::Hidden
                },
            );
        }
        let chars = self.stats.chars(i);
        let major = chars * 2 > self.total;
        if !major && super::visibility::is_phone_copy(page, i) {
            return Some(Reason::Hidden);
        }
        if !major && self.is_signup_box(i) {
            return Some(Reason::Newsletter);
        }
        // Some frameworks wrap the whole page in a form: one that holds most
        // of the text is a wrapper, not a form. So is one with nothing a
        // reader could fill in or press: forums set each post in the form
        // that would edit it, its fields hidden until asked for.
        // (A major block is kept whatever its hints, so only a minor form
        // is looked into.)
        let wrapper = !major && tag == "form" && !self.has_control_in_sight(i);
        if matches!(tag, "form" | "fieldset") && !major && !wrapper {
            return Some(Reason::Form);
        }
        if !major && page.signals(i).is_some_and(|s| s.fixed) {
            return Some(Reason::Overlay);
        }
        // A copy is a large share of the page; smaller repeats (a code
        // sample shown twice) are the author's.
        if !major && chars * 10 >= self.total && self.copies.repeats(page, self.stats, i) {
            return Some(Reason::Duplicate);
        }
        // Only blocks with a negative hint are looked at further, so that the
        // checks that overrule hints stay off the path of every node.
        let hint = self.hints.get(i);
        let hinted = hint
            .negative
            .is_some_and(|r| !(wrapper && r == Reason::Form))
            && !self.carries_post(i)
            && !self.in_running_text(i);
        if let Some(reason) = hint.strong_negative().filter(|_| hinted) {
            let prose = NEEDS_LINKS.contains(&reason)
                && chars >= PROSE_BLOCK_CHARS
                && self.stats.link_density(i) < PROSE_LINK_DENSITY
                && !(reason == Reason::Related && self.teasers(i));
            if !major && !prose {
                return Some(reason);
            }
        }
        if self.eager && !major && hinted {
            if let Some(reason) = hint.negative {
                return Some(reason);
            }
        }
        if !*title_seen && matches!(tag, "h1" | "h2") && self.is_title(i) {
            *title_seen = true;
            return Some(Reason::Title);
        }
        if self.is_byline(i) {
            return Some(Reason::Byline);
        }
        if self.is_reply_subject(i) {
            return Some(Reason::Title);
        }
        if self.is_member_line(i) || (!major && self.is_member_box(i)) || self.is_author_card(i) {
            return Some(Reason::AuthorBox);
        }
        if self.is_edit_note(i)
            || self.is_presence(i)
            || self.is_view_count(i)
            || self.is_reading_time(i)
        {
            return Some(Reason::Counter);
        }
        if self.is_button_link(i) {
            return Some(Reason::Promo);
        }
        if self.is_ad_label(i) {
            return Some(Reason::Ad);
        }
        if self.is_loading_placeholder(i)
            || self.is_bare_caption(i)
            || self.is_picture_control_label(i)
            || self.is_icon_glyph(i)
            || self.is_control_label(i)
            || self.is_control_panel(i)
            || self.is_machine_time(i)
            || self.is_template_code(i)
        {
            return Some(Reason::NonContent);
        }
        if !self.lenient {
            if self.is_pull_quote(i) {
                return Some(Reason::DuplicateQuote);
            }
            if let Some(reason) = self.promo(i) {
                return Some(reason);
            }
        }
        if !major && self.is_related_list(i) {
            return Some(Reason::Related);
        }
        if is_teaser_grid(page, i) && self.grids_are_asides() {
            return Some(Reason::Related);
        }
        if !major {
            return self.link_block(i);
        }
        None
    }

    /// Whether the grids of teasers in the article (see [`is_teaser_grid`])
    /// hold less of its text than the rest: then they are a "latest news"
    /// or "more posts" block beside a story; otherwise the page is a
    /// listing and they are what it lists.
    fn grids_are_asides(&self) -> bool {
        *self.grids_aside.get_or_init(|| {
            let page = self.page;
            let (mut in_grids, mut other_teasers) = (0, 0);
            for &root in self.content {
                let mut i = root;
                while i < page.node(root).end {
                    if is_teaser_grid(page, i) {
                        in_grids += self.stats.chars(i);
                        i = page.node(i).end;
                    } else {
                        if matches!(page.tag(i), "h1" | "h2" | "h3" | "h4")
                            && self.is_link_heading(i)
                        {
                            other_teasers += 1;
                        }
                        i += 1;
                    }
                }
            }
            in_grids * 2 < self.total && other_teasers < 2
        })
    }

    /// An inline element that is part of a line of text: a link inside a
    /// sentence, or one holding most of a heading's words (a heading linked
    /// to the table of contents). Its class (`popup`, `toc-backref`) does not
    /// take words out of the text.
    fn in_running_text(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if is_block(page.tag(i)) {
            return false;
        }
        let Some(line) = self.line_of(i) else {
            return false;
        };
        let (own, all) = (self.stats.chars(i), self.stats.chars(line));
        if heading_level(page.tag(line)).is_some() {
            own * 2 >= all
        } else {
            // More than a glyph (an "i" that opens a dialog), less than the line.
            own > 1 && all >= own * 2
        }
    }

    /// The block that holds the line inline element `i` is on.
    fn line_of(&self, i: NodeIdx) -> Option<NodeIdx> {
        let page = self.page;
        page.ancestors(i).take(3).find(|&a| is_block(page.tag(a)))
    }

    /// Whether a block holds a paragraph of plain prose (not a card's
    /// summary inside its link): then it is a section of the text with links
    /// in it, not a box of links, and its lists are judged one by one.
    fn holds_a_paragraph(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let in_link = |d: NodeIdx| {
            page.ancestors(d)
                .take_while(|&a| a != i)
                .any(|a| page.tag(a) == "a")
        };
        page.descendants(i).any(|d| {
            page.tag(d) == "p"
                && self.stats.prose(d) >= PARAGRAPH_PROSE_CHARS
                && self.stats.link_density(d) < PROSE_LINK_DENSITY
                && !in_link(d)
        })
    }

    /// A thread's post, the block in it that holds most of its text, or a
    /// block that holds posts for the most part: what its class says (often
    /// "comment") does not count.
    fn carries_post(&self, i: NodeIdx) -> bool {
        let after = self.posts.partition_point(|&p| p <= i);
        // Posts nest (replies to replies): the innermost one around `i`.
        let first = self.posts.first().copied().unwrap_or(usize::MAX);
        let post = std::iter::once(i)
            .chain(self.page.ancestors(i))
            .take_while(|&a| a >= first)
            .find(|a| self.posts.binary_search(a).is_ok());
        let in_post = post.is_some_and(|post| self.stats.chars(i) * 2 >= self.stats.chars(post));
        let end = self.posts.partition_point(|&p| p < self.page.node(i).end);
        let held: usize = self.posts[after..end]
            .iter()
            .map(|&p| self.stats.chars(p))
            .sum();
        in_post || held * 2 >= self.stats.chars(i).max(1)
    }

    /// Two or more headings that are links: cards for other stories, however
    /// long their summaries.
    fn teasers(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.descendants(i)
            .filter(|&h| matches!(page.tag(h), "h2" | "h3" | "h4") && self.is_link_heading(h))
            .nth(1)
            .is_some()
    }

    /// A heading whose words are all a link's, or one set inside a link.
    fn is_link_heading(&self, h: NodeIdx) -> bool {
        let chars = self.stats.chars(h);
        chars > 0
            && (self.stats.link_chars(h) == chars
                || self
                    .page
                    .ancestors(h)
                    .take(3)
                    .any(|a| self.page.tag(a) == "a"))
    }

    fn is_title(&self, i: NodeIdx) -> bool {
        let title = self.metadata.title.as_deref().unwrap_or("");
        !title.is_empty() && crate::quality::same_words(&self.page.text_content(i), title)
    }

    /// A reply's subject ("Re: " and the topic's title), as forum software
    /// heads every reply: the title, shown in the header.
    fn is_reply_subject(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if heading_level(page.tag(i)).is_none()
            || self.stats.chars(i) > SHORT_BLOCK_CHARS
            || page.node(i).end - i > SHORT_BLOCK_NODES
        {
            return false;
        }
        let text = page.text_content(i);
        let text = text.trim();
        text.get(..3)
            .is_some_and(|re| re.eq_ignore_ascii_case("re:"))
            && self
                .metadata
                .title
                .as_deref()
                .is_some_and(|title| crate::quality::same_words(&text[3..], title))
    }

    /// The note forum software sets under an edited post ("Last edited by
    /// Ann; Feb 14, 2026", "Last edited: Mar 5"): the post's history, as
    /// its counters are, apart from any sentence.
    fn is_edit_note(&self, i: NodeIdx) -> bool {
        const NOTE_WORDS: usize = 20;
        self.is_short_element(i, 0..=SHORT_BLOCK_CHARS)
            && !self.in_running_text(i)
            && self.opens_with(i, "last edited")
            && self.page.text_content(i).split_whitespace().count() <= NOTE_WORDS
    }

    /// Whether block `i` is only a poster's presence ("Online", "Offline")
    /// inside a post of a thread, where forum software shows it.
    fn is_presence(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.posts.is_empty() || !self.is_short_element(i, 6..=10) || is_table_part(page.tag(i))
        {
            return false;
        }
        let text = page.text_content(i);
        matches!(
            text.trim().to_lowercase().as_str(),
            "online" | "offline" | "online now"
        ) && page
            .ancestors(i)
            .any(|a| self.posts.binary_search(&a).is_ok())
    }

    /// Whether element `i` is a time written for machines, which the page
    /// marks up for search engines and its stylesheet hides: a `<time>`, or
    /// an element a schema.org property names, holding only an ISO 8601
    /// date and time ("2019-01-21T21:40:59.62Z"). No reader is shown one.
    fn is_machine_time(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !(page.tag(i) == "time" || page.attr(i, "itemprop").is_some())
            || !(19..=40).contains(&self.stats.chars(i))
        {
            return false;
        }
        let text = page.text_content(i);
        let b = text.trim().as_bytes();
        let digits = |range: std::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
        b.len() >= 19
            && digits(0..4)
            && b[4] == b'-'
            && digits(5..7)
            && b[7] == b'-'
            && digits(8..10)
            && b[10] == b'T'
            && digits(11..13)
            && b[13] == b':'
            && digits(14..16)
            && !b.contains(&b' ')
    }

    /// Whether block `i` is only a content system's placeholder that was
    /// never filled in: a shortcode (`[convertkit form=1630175]`) or a
    /// module's name (`[CTA_MODULE]`), in a block of its own. Words in
    /// brackets (a transcript's "[Applause]", an editor's note) are text.
    fn is_template_code(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 3..=TEMPLATE_CODE_CHARS)
            || !is_block(page.tag(i))
            || !self.first_words(i).is_some_and(|t| t.starts_with('['))
        {
            return false;
        }
        // In a code sample it is the code's own (an INI file's section).
        let in_code = std::iter::once(i)
            .chain(page.ancestors(i))
            .any(|a| matches!(page.tag(a), "pre" | "code"));
        !in_code && is_placeholder(page.text_content(i).trim())
    }

    /// Whether block `i` is only the count of the page's views ("Viewed
    /// 2k times", "1,693 views"), apart from any sentence or table.
    fn is_view_count(&self, i: NodeIdx) -> bool {
        if !self.is_short_element(i, 6..=VIEW_COUNT_CHARS)
            || is_table_part(self.page.tag(i))
            || self.in_running_text(i)
        {
            return false;
        }
        // Most short blocks are not counts: their last word tells.
        let last_words = self
            .page
            .subtree(i)
            .filter_map(|d| self.page.text(d).map(str::trim_end))
            .rfind(|t| !t.is_empty());
        let last_word = last_words.and_then(|t| t.get(t.len().saturating_sub(5)..));
        if !last_word
            .is_some_and(|w| w.eq_ignore_ascii_case("times") || w.eq_ignore_ascii_case("views"))
        {
            return false;
        }
        let text = self.page.text_content(i).to_lowercase();
        let count = |w: &str| {
            let digits = w.trim_end_matches(['k', 'm']);
            !digits.is_empty()
                && digits
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        };
        match text.split_whitespace().collect::<Vec<_>>().as_slice() {
            ["viewed", n, "times"] => count(n),
            [n, "views"] => count(n),
            _ => false,
        }
    }

    /// Whether block `i` is only the page's estimate of its reading time,
    /// apart from any sentence or table. Widgets set it in a `<span>`
    /// between the article's blocks, or at the end of the line with the
    /// date and byline: only in a paragraph's sentence is it part of the
    /// text.
    fn is_reading_time(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let in_sentence =
            || self.in_running_text(i) && self.line_of(i).is_some_and(|line| page.tag(line) == "p");
        self.is_short_element(i, 5..=READING_TIME_CHARS)
            && !is_table_part(page.tag(i))
            && page.has_digit(i)
            && reads_as_reading_time(&page.text_content(i))
            && !in_sentence()
    }

    /// A short line before the first paragraph that names the author or the
    /// date; the reader's header shows both.
    fn is_byline(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.is_marked_dateline(i) {
            return true;
        }
        if self.second_paragraph.is_some_and(|p| i >= p) || self.stats.chars(i) > 100 {
            return false;
        }
        let hinted = ["class", "id", "rel", "itemprop"]
            .iter()
            .any(|a| page.attr(i, a).is_some_and(|v| mentions(v, BYLINE_HINTS)));
        let after_text = self.first_paragraph.is_some_and(|p| i >= p);
        // Past a standfirst, only a block of its own, outside a thread,
        // where lines of names and dates head each post.
        if hinted && !(after_text && (!self.posts.is_empty() || self.in_running_text(i))) {
            return true;
        }
        if after_text {
            return false;
        }
        if page.tag(i) == "time" {
            return true;
        }
        if page.node(i).end - i > SHORT_BLOCK_NODES || !matches!(page.tag(i), "p" | "div" | "span")
        {
            return false;
        }
        // A date under a label of its own ("Published", "Asked",
        // "Updated:") goes with its label, above an article's text.
        let dated = self.first_paragraph.is_some();
        if let Some(time) = page
            .descendants(i)
            .find(|&d| dated && page.tag(d) == "time")
        {
            if self.stats.chars(i) - self.stats.chars(time) <= DATE_LABEL_CHARS {
                return true;
            }
        }
        let text = page.text_content(i);
        let byline = self.metadata.byline.as_deref().unwrap_or("\u{0}");
        // "Written by" over the name in a block of its own goes with it.
        let names_next = || {
            awaits_name(&text)
                && page
                    .next_element(i)
                    .is_some_and(|next| page.text_content(next) == byline)
        };
        text.starts_with("By ") || text == byline || names_next() || self.gives_published(&text)
    }

    /// Whether `line` is a short line that opens with the article's date,
    /// or with a label for it ("Published: Feb 6, 2024", "Updated March
    /// 11, 2026 by Ann Lee"), and gives the date the reader's header shows.
    /// A line with another date (a later update) says something the
    /// header does not; in a thread, the date heads the first post as
    /// other dates head the others.
    fn gives_published(&self, line: &str) -> bool {
        let Some(published) = self.metadata.published.as_deref() else {
            return false;
        };
        if !self.posts.is_empty() {
            return false;
        }
        let lower = line.trim().to_lowercase();
        // A month's name, as the date reader splits words ("Feb.", "Feb,").
        let month = |w: &str| w.split([',', '/', '.']).any(|p| month_number(p).is_some());
        let labelled = DATE_LINE_LABELS.iter().any(|l| lower.starts_with(l));
        let dated_first = lower.starts_with(|c: char| c.is_ascii_digit())
            || lower.split_whitespace().next().is_some_and(month);
        // Labels, a name, a separator: more words make a sentence.
        let other_words = lower
            .split_whitespace()
            .filter(|w| !w.contains(|c: char| c.is_ascii_digit()) && !month(w))
            .count();
        lower.chars().count() <= DATE_LINE_CHARS
            && other_words <= DATE_LINE_WORDS
            && (labelled || dated_first)
            && normalize_date(&lower).is_some_and(|date| published.get(..10) == date.get(..10))
    }

    /// A line at the article's top that its markup says gives the date
    /// (`<time>`) and the author (`itemprop="author"`, `rel="author"`),
    /// with only labels and separators besides ("Le Monde | 04.05.2015 •
    /// Updated 05.05.2015 | By Ann Lee (with Bo Chan)"). Long names and a
    /// second date make it longer than a byline, and as long as a
    /// paragraph. In a thread, such a line heads each post and tells the
    /// posts apart, so there it stays.
    fn is_marked_dateline(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.posts.is_empty()
            || self.first_paragraph.is_some_and(|p| i > p)
            || self.stats.chars(i) > SHORT_BLOCK_CHARS
            || page.node(i).end - i > SHORT_BLOCK_NODES
        {
            return false;
        }
        let (mut dated, mut named, mut marked) = (false, false, 0);
        let mut d = i + 1;
        while d < page.node(i).end {
            let time = page.tag(d) == "time";
            let author = self.hints.authors().binary_search(&d).is_ok()
                || page
                    .attr(d, "rel")
                    .is_some_and(|v| v.eq_ignore_ascii_case("author"));
            if time || author {
                dated |= time;
                named |= author;
                marked += self.stats.chars(d);
                d = page.node(d).end;
            } else {
                d += 1;
            }
        }
        dated && named && self.stats.chars(i) <= marked + DATELINE_LABEL_CHARS
    }

    /// An author's card after the article's text: the element that
    /// schema.org marks as the author, holding more than a name (a
    /// portrait, a few lines about them, links to follow them). It is the
    /// site's, on every article by that author.
    fn is_author_card(&self, i: NodeIdx) -> bool {
        // Text before it, and no paragraph of the article after it.
        self.first_paragraph.is_some_and(|p| p < i)
            && self
                .last_paragraph
                .is_some_and(|p| p < self.page.node(i).end)
            && self.hints.authors().binary_search(&i).is_ok()
            && self.stats.chars(i) >= AUTHOR_CARD_CHARS
    }

    /// A poster's standing beside a forum post: a box of two lines or more
    /// whose every line is a member statistic or detail, two of them at
    /// least statistics ("Joined Nov 4, 2011", "Posts: 98"). In a box of
    /// mostly such lines that also names the poster, who stays, those lines
    /// go one by one: they are noted here, to be met next.
    fn is_member_box(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.stats.chars(i) > SHORT_BLOCK_CHARS
            || !is_block(page.tag(i))
            || page.node(i).end - i > MEMBER_BOX_NODES
        {
            return false;
        }
        let lines: Vec<NodeIdx> = page
            .children(i)
            .filter(|&c| self.stats.chars(c) > 0)
            .collect();
        if lines.len() < 2 || !names_member_stats(&page.text_content(i)) {
            return false;
        }
        let kinds: Vec<Option<MemberLine>> = lines
            .iter()
            .map(|&c| {
                (self.stats.chars(c) <= MEMBER_STAT_CHARS)
                    .then(|| member_line(&page.text_content(c)))
                    .flatten()
            })
            .collect();
        let stats = kinds
            .iter()
            .filter(|k| matches!(k, Some(MemberLine::Stat)))
            .count();
        let members = kinds.iter().filter(|k| k.is_some()).count();
        if stats < 2 || members * 2 < lines.len() {
            return false;
        }
        if members == lines.len() && page.node(i).end - i <= SHORT_BLOCK_NODES {
            return true;
        }
        let mut noted = self.member_lines.borrow_mut();
        noted.extend(
            lines
                .iter()
                .zip(&kinds)
                .filter(|(_, kind)| kind.is_some())
                .map(|(&c, _)| c),
        );
        false
    }

    /// A link drawn as a button ("Learn more", "Start for free", "Get
    /// started"): a few words whose class names a button, set apart from
    /// any sentence. It sends the reader elsewhere; it is not text.
    fn is_button_link(&self, i: NodeIdx) -> bool {
        const BUTTON_WORDS: usize = 4;
        let page = self.page;
        if page.tag(i) != "a"
            || self.stats.chars(i) > 40
            || page.node(i).end - i > SHORT_BLOCK_NODES
        {
            return false;
        }
        let buttonlike = page.attr(i, "class").is_some_and(|class| {
            class.split_whitespace().any(|token| {
                let token = token.to_ascii_lowercase();
                token.contains("button") || token == "btn" || token.starts_with("btn-")
            })
        });
        buttonlike
            && !self.in_running_text(i)
            && page.text_content(i).split_whitespace().count() <= BUTTON_WORDS
            && !page
                .ancestors(i)
                .any(|a| heading_level(page.tag(a)).is_some())
    }

    /// A figure with nothing to show but its caption: its picture is one
    /// the page's scripts draw, or its player comes from a host not kept
    /// (see [`is_media`]). The caption alone would describe what is not
    /// there. A quote or a table over a caption is something to show.
    fn is_bare_caption(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if page.tag(i) != "figure" {
            return false;
        }
        let mut captioned = false;
        let mut d = i + 1;
        while d < page.node(i).end {
            if page.tag(d) == "figcaption" {
                captioned = true;
                d = page.node(d).end;
                continue;
            }
            if is_media(page, d) || page.text(d).is_some_and(|t| !t.trim().is_empty()) {
                return false;
            }
            d += 1;
        }
        captioned
    }

    /// Whether element `i` is words of a control drawn over a figure's
    /// picture: a button that enlarges it says so to screen readers
    /// ("Press enter or click to view image in full size", "Click to
    /// enlarge"), and says nothing else, of the picture or of what the
    /// click does. Captions sit beside the picture, not inside its button;
    /// a card or a question that opens on a click has words of its own.
    fn is_picture_control_label(&self, i: NodeIdx) -> bool {
        let page = self.page;
        self.is_short_element(i, 5..=PICTURE_CONTROL_CHARS)
            && page.ancestors(i).take(3).any(|a| {
                is_control(page, a)
                    && self.stats.chars(a) == self.stats.chars(i)
                    && page.ancestors(a).take(2).any(|f| page.tag(f) == "figure")
                    && page.descendants(a).any(|d| is_media(page, d))
            })
            && !page.subtree(i).any(|d| is_media(page, d))
            && mentions(&page.text_content(i), PICTURE_CONTROL_WORDS)
    }

    /// Whether element `i` draws an icon with a glyph: a `+` that opens an
    /// accordion's fold, a symbol of the font's own, or an icon font's
    /// ligature ("chevron_right", which the font draws as an arrow). Only
    /// the page's own font draws it; the reader would read the word. A
    /// label beside an icon ("Vegan") is words, capitals and all.
    fn is_icon_glyph(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !matches!(page.tag(i), "i" | "span")
            || !self.is_short_element(i, 1..=ICON_GLYPH_CHARS)
            || !page
                .attr(i, "class")
                .is_some_and(|c| mentions(c, ICON_CLASSES))
        {
            return false;
        }
        // In a table, a check mark says yes.
        if page
            .ancestors(i)
            .take(3)
            .any(|a| is_table_part(page.tag(a)))
        {
            return false;
        }
        let text = page.text_content(i);
        let glyph = text.trim();
        let ligature = glyph.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        let symbol = !glyph.contains(char::is_alphanumeric);
        ligature || symbol
    }

    /// What a page shows while its script fetches the real thing
    /// ("Loading…", "Loading specifications…"): a few words after
    /// "Loading", ending in an ellipsis. Headings and cells that name
    /// loading as a subject have no ellipsis.
    fn is_loading_placeholder(&self, i: NodeIdx) -> bool {
        const PLACEHOLDER_WORDS: usize = 5;
        let page = self.page;
        if !self.is_short_element(i, 8..=40)
            || is_table_part(page.tag(i))
            || !self.opens_with(i, "loading")
        {
            return false;
        }
        let text = page.text_content(i);
        let text = text.trim();
        (text.ends_with("...") || text.ends_with('…'))
            && text.split_whitespace().count() <= PLACEHOLDER_WORDS
    }

    /// Whether block `i` is only the label of a control: what it does, to
    /// what ("Hide caption", "Show more +"), perhaps with the word "full";
    /// or a link that acts on a post ("Reply with quote").
    fn is_control_label(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 5..=24) || is_table_part(page.tag(i)) {
            return false;
        }
        let text = page.text_content(i).to_lowercase();
        if self.stats.link_chars(i) == self.stats.chars(i) && POST_CONTROLS.contains(&text.trim()) {
            return !self.in_running_text(i);
        }
        let mut words = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric));
        let is = |word: Option<&str>, list: &[&str]| word.is_some_and(|w| list.contains(&w));
        let verb = words.next();
        let mut object = words.next();
        if object == Some("full") {
            object = words.next();
        }
        is(verb, CONTROL_VERBS)
            && is(object, CONTROL_OBJECTS)
            && words.next().is_none()
            && (!self.in_running_text(i) || self.ends_its_line(i))
    }

    /// Whether block `i` is a panel of a widget's controls (a player's
    /// quality and caption menus, a gallery's buttons): three controls or
    /// more, each a few words, and no word outside them. Its words are the
    /// widget's, not the article's.
    fn is_control_panel(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 1..=CONTROL_PANEL_CHARS)
            || !matches!(page.tag(i), "div" | "ul" | "ol" | "section" | "span")
        {
            return false;
        }
        let mut controls = 0;
        let mut j = i + 1;
        while j < page.node(i).end {
            if is_control(page, j) && self.stats.chars(j) <= CONTROL_CHARS {
                controls += 1;
                j = page.node(j).end;
            } else if page.text(j).is_some_and(|t| !t.trim().is_empty()) {
                return false;
            } else {
                j += 1;
            }
        }
        controls >= 3
    }

    /// Whether no words follow inline element `i` in its line: a control's
    /// label set after a caption, not a sentence that names the control
    /// ("Click Show details to see more").
    fn ends_its_line(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let Some(line) = page.ancestors(i).find(|&a| is_block(page.tag(a))) else {
            return true;
        };
        (page.node(i).end..page.node(line).end)
            .all(|d| page.text(d).is_none_or(|t| t.trim().is_empty()))
    }

    /// Whether `i` is an element whose text weighs within `chars`, small
    /// enough in nodes ([`SHORT_BLOCK_NODES`]) for its words to be read.
    fn is_short_element(&self, i: NodeIdx, chars: std::ops::RangeInclusive<usize>) -> bool {
        self.page.text(i).is_none()
            && chars.contains(&self.stats.chars(i))
            && self.page.node(i).end - i <= SHORT_BLOCK_NODES
    }

    /// Whether block `i` is only the label over an ad slot ("Advertisement",
    /// "Anzeige", "Advertisement - Page continues below"), apart from any
    /// sentence: the slot itself is empty where no ad loaded. Headings,
    /// items and cells name a subject ("Advertising" among a designer's
    /// fields).
    fn is_ad_label(&self, i: NodeIdx) -> bool {
        if !self.is_short_element(i, 5..=AD_LABEL_CHARS)
            || !matches!(self.page.tag(i), "div" | "span" | "p" | "small" | "aside")
            || self.in_running_text(i)
        {
            return false;
        }
        // Most short blocks are not labels: their first word tells.
        let first_word = self
            .first_words(i)
            .and_then(|t| t.split(|c: char| !c.is_alphanumeric()).next())
            .map(str::to_lowercase);
        if !first_word.is_some_and(|w| AD_LABELS.contains(&w.as_str())) {
            return false;
        }
        let text = self.page.text_content(i).to_lowercase();
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        match words.as_slice() {
            [label] => AD_LABELS.contains(label),
            [label, rest @ ..] => {
                AD_LABELS.contains(label) && rest.iter().any(|w| w.starts_with("continue"))
            }
            [] => false,
        }
    }

    /// Whether the first words of `i` are `opening` (ASCII, in any case):
    /// the first text node decides before the whole text is read.
    fn opens_with(&self, i: NodeIdx, opening: &str) -> bool {
        self.first_words(i).is_some_and(|t| {
            t.get(..opening.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(opening))
        })
    }

    /// The first text node in `i` that holds words, from its first word.
    fn first_words(&self, i: NodeIdx) -> Option<&str> {
        let page = self.page;
        page.descendants(i)
            .find_map(|d| page.text(d).map(str::trim_start).filter(|t| !t.is_empty()))
    }

    /// One line of a poster's box noted by [`Cleaner::is_member_box`].
    fn is_member_line(&self, i: NodeIdx) -> bool {
        self.member_lines.borrow().binary_search(&i).is_ok()
    }

    fn is_pull_quote(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let quote_like = matches!(page.tag(i), "blockquote" | "aside" | "figure")
            || mentions(page.attr(i, "class").unwrap_or(""), PULL_QUOTE_HINTS);
        // A figure with a picture is an illustration, whose caption may
        // well repeat the text (or another caption).
        let illustrated = || page.descendants(i).any(|d| is_media(page, d));
        quote_like
            && self.stats.chars(i) < 600
            && page.node(i).end - i <= SHORT_BLOCK_NODES
            && !illustrated()
            && self
                .quotes
                .get_or_init(|| ArticleShingles::new(page, self.content))
                .repeats(page, i)
    }

    /// A short linked line that advertises another page or a sign-up.
    fn promo(&self, i: NodeIdx) -> Option<Reason> {
        let page = self.page;
        let chars = self.stats.chars(i);
        if chars == 0 || chars > SHORT_BLOCK_CHARS || self.stats.link_chars(i) == 0 {
            return None;
        }
        // A card under a label of its own ("Related", then a linked title,
        // a line and a picture), however many nodes its markup takes.
        if matches!(page.tag(i), "div" | "aside" | "section" | "article")
            && page
                .descendants(i)
                .filter_map(|d| page.text(d))
                .map(str::trim)
                .find(|t| !t.is_empty())
                .is_some_and(|t| PROMO_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l)))
        {
            return Some(Reason::Promo);
        }
        if page.node(i).end - i > SHORT_BLOCK_NODES
            || !matches!(
                page.tag(i),
                "p" | "div"
                    | "li"
                    | "aside"
                    | "section"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "strong"
                    | "ul"
                    | "ol"
            )
        {
            return None;
        }
        let text = page.text_content(i).to_lowercase();
        let opens = PROMO_OPENINGS.iter().any(|o| text.starts_with(o));
        let calls = CALLS_TO_ACTION.iter().any(|c| text.contains(c));
        (opens || calls || self.is_newsletter_pitch(i, &text)).then_some(Reason::Promo)
    }

    /// Whether short block `i`, whose text is `text`, pitches a newsletter:
    /// it names one (or the reader's inbox) and links a call to sign up
    /// ("Sign up now", "Subscribe"). An article about a newsletter links
    /// it by name.
    fn is_newsletter_pitch(&self, i: NodeIdx, text: &str) -> bool {
        let page = self.page;
        (text.contains("newsletter") || text.contains("inbox"))
            && page.descendants(i).any(|a| {
                page.tag(a) == "a" && {
                    let link = page.text_content(a).to_lowercase();
                    SIGNUP_LINKS.iter().any(|s| link.starts_with(s))
                }
            })
    }

    /// A short box around a field for an e-mail address or a phone number
    /// that asks the reader to sign up: the form goes, and so do the
    /// heading, the pitch and the small print around it, whatever the
    /// box's classes say (utility classes say nothing).
    fn is_signup_box(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let end = page.node(i).end;
        let first = self.entries.partition_point(|&e| e <= i);
        self.entries.get(first).is_some_and(|&e| e < end)
            && self.stats.chars(i) <= SIGNUP_BOX_CHARS
            && matches!(page.tag(i), "div" | "section" | "aside" | "form")
            && {
                let text = page.text_content(i).to_lowercase();
                SIGNUP_WORDS.iter().any(|w| text.contains(w))
            }
    }

    /// Whether block `i` holds a field, menu or button that is drawn.
    fn has_control_in_sight(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.descendants(i).any(|j| {
            matches!(page.tag(j), "input" | "textarea" | "select" | "button")
                && page.attr(j, "type") != Some("hidden")
                && !super::visibility::is_hidden(page, j)
                && page.parent(j).is_some_and(|p| !self.hidden[p])
        })
    }

    /// A list of teasers under a label that says they are other pages
    /// ("Related articles", "You may also like", "More from the blog"): two
    /// or more items, two in three of them with a linked title, whatever
    /// their summaries, prices or pictures. The label is orphaned with it.
    fn is_related_list(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !matches!(page.tag(i), "ul" | "ol" | "div" | "section") || self.stats.link_chars(i) == 0
        {
            return false;
        }
        let Some(mut label) = page.previous_element(i) else {
            return false;
        };
        // A link to all of them ("View all") may stand between label and list.
        let chars = self.stats.chars(label);
        if chars > 0 && chars <= VIEW_ALL_CHARS && self.stats.link_chars(label) == chars {
            let Some(before) = page.previous_element(label) else {
                return false;
            };
            label = before;
        }
        if self.stats.chars(label) > RELATED_LABEL_CHARS || self.stats.link_chars(label) > 0 {
            return false;
        }
        let text = page
            .text_content(label)
            .trim()
            .trim_end_matches(':')
            .to_lowercase();
        let labelled = RELATED_LABELS.contains(&text.as_str())
            || RELATED_LABEL_OPENINGS.iter().any(|o| text.starts_with(o));
        if !labelled {
            return false;
        }
        // Wrappers of one element each (a carousel's frames) lead to the items.
        let mut list = i;
        while let Some(only) = page.only_element_child(list) {
            list = only;
        }
        let (mut items, mut teasers) = (0, 0);
        for item in page.children(list).filter(|&c| page.element(c).is_some()) {
            items += 1;
            if page
                .subtree(item)
                .any(|d| page.tag(d) == "a" && self.stats.chars(d) >= TEASER_TITLE_CHARS)
            {
                teasers += 1;
            }
        }
        items >= 2 && teasers * 3 >= items * 2
    }

    /// Whether list `i` hangs from an item of words of its own ("In
    /// progress:"), as one level of an outline does; a menu's sub-list
    /// hangs from a link or a button's label.
    fn is_outline(&self, i: NodeIdx) -> bool {
        let stats = self.stats;
        self.page.parent(i).is_some_and(|li| {
            let own = stats.chars(li) - stats.chars(i);
            let own_links = stats.link_chars(li) - stats.link_chars(i);
            self.page.tag(li) == "li" && own > 0 && own_links * 2 < own
        })
    }

    /// Lists and boxes made mostly of links: menus, directories, related
    /// links, tag lists, and lone links set apart as teasers.
    fn link_block(&self, i: NodeIdx) -> Option<Reason> {
        let page = self.page;
        let density = self.stats.link_density(i);
        let chars = self.stats.chars(i);
        match page.tag(i) {
            "ul" | "ol" | "dl" => {
                let items = list_items(page, i);
                // Items that are links through and through; a list of
                // sentences with a link in each is text.
                let linked = items
                    .iter()
                    .filter(|&&li| self.stats.link_density(li) >= 0.8)
                    .count();
                if items.len() < 3 || density <= self.link_limit || linked * 2 < items.len() {
                    return None;
                }
                if self.is_own_list(i, &items) {
                    return None;
                }
                let short = items.iter().all(|&li| self.stats.chars(li) < 60);
                Some(if short && items.len() >= 8 {
                    Reason::Directory
                } else {
                    Reason::LinkList
                })
            }
            "div" | "section" | "aside" | "header" | "table" | "p" => {
                if chars == 0 || self.lenient {
                    return None;
                }
                let commas = self.stats.commas(i);
                let linky = commas < 10 && density > self.link_limit && chars < 2000;
                if self.is_lone_link(i) && !self.heads_next_paragraph(i) {
                    Some(Reason::Related)
                } else if linky
                    && page.tag(i) != "p"
                    && !self.holds_a_paragraph(i)
                    && !self.wraps_own_list(i)
                {
                    Some(Reason::Clutter)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Whether block `i` (a `div`, `p` …, not a table) is one short link
    /// set apart. A link that is all of a list's item is the list's to
    /// judge.
    fn is_lone_link(&self, i: NodeIdx) -> bool {
        let page = self.page;
        self.stats.link_density(i) > LONE_LINK_DENSITY
            && self.stats.chars(i) < 120
            && page.tag(i) != "table"
            && page.parent(i).is_none_or(|p| page.tag(p) != "li")
    }

    /// Linked items that read as sentences, with the article's text going
    /// on after them, are the article's own list (the changes it reports,
    /// the sources it read); a list of other stories closes an article.
    fn is_own_list(&self, list: NodeIdx, items: &[NodeIdx]) -> bool {
        let page = self.page;
        let words: usize = items
            .iter()
            .map(|&li| page.text_content(li).split_whitespace().count())
            .sum();
        let in_text = self
            .last_paragraph
            .is_some_and(|p| page.node(list).end <= p);
        (in_text || self.is_outline(list)) && words >= 5 * items.len()
    }

    /// Whether lone link `i` is the title of the paragraph after it, as each
    /// item of a news roundup is headed by a link to its story: two of the
    /// link's capitalised words (names) open that paragraph, and the item
    /// before or after is headed by a link too. A teaser for another story
    /// stands alone, and the article's own text follows it.
    fn heads_next_paragraph(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let Some(next) = page
            .next_element(i)
            .filter(|&n| page.tag(n) == "p" && self.stats.link_density(n) <= LONE_LINK_DENSITY)
        else {
            return false;
        };
        let item_before = page
            .previous_element(i)
            .and_then(|p| page.previous_element(p));
        let item_after = page.next_element(next);
        if ![item_before, item_after]
            .into_iter()
            .flatten()
            .any(|j| page.tag(j) == page.tag(i) && self.stats.link_density(j) > LONE_LINK_DENSITY)
        {
            return false;
        }
        let text = page.text_content(i);
        // A bare address, or a sentence ("Shop Ace & Jig."), is no title.
        if text.contains("://") || text.trim_end().ends_with('.') {
            return false;
        }
        let opening: String = page
            .text_content(next)
            .chars()
            .take(NEXT_PARAGRAPH_OPENING)
            .collect::<String>()
            .to_lowercase();
        let opening: Vec<&str> = opening
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut found: Vec<String> = Vec::new();
        for name in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        {
            let name = name.to_lowercase();
            if opening.contains(&name.as_str()) && !found.contains(&name) {
                found.push(name);
            }
        }
        found.len() >= 2
    }

    /// A box that only wraps the article's own list (as documentation
    /// generators set every list in a `div`) is that list, not a box of
    /// links.
    fn wraps_own_list(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let mut inner = page
            .children(i)
            .filter(|&c| page.text(c).is_none_or(|t| !t.trim().is_empty()));
        let (Some(list), None) = (inner.next(), inner.next()) else {
            return false;
        };
        matches!(page.tag(list), "ul" | "ol") && self.is_own_list(list, &list_items(page, list))
    }
}

/// The most characters of a placeholder [`Cleaner::is_template_code`]
/// looks at.
const TEMPLATE_CODE_CHARS: usize = 200;

/// Above this share of link text, a short block is a lone link.
const LONE_LINK_DENSITY: f32 = 0.9;

/// How much of a paragraph's opening [`Cleaner::heads_next_paragraph`]
/// looks for the names in the link over it.
const NEXT_PARAGRAPH_OPENING: usize = 300;

/// Whether element `i` is a control a reader operates: a button, a menu
/// or its options, or a plain box the page made focusable for that (code
/// blocks and tables are made focusable to scroll them: they stay text).
fn is_control(page: &Page, i: NodeIdx) -> bool {
    let tag = page.tag(i);
    matches!(tag, "button" | "select" | "option")
        || page.attr(i, "tabindex").is_some() && matches!(tag, "div" | "span" | "li")
        || page
            .attr(i, "role")
            .is_some_and(|r| CONTROL_ROLES.contains(&r))
}

/// Images, pictures, figures and video frames: kept unless a rule above
/// removed a block around them.
pub(super) fn is_media(page: &Page, i: NodeIdx) -> bool {
    match page.tag(i) {
        "img" | "picture" | "video" | "audio" | "source" | "math" => true,
        "iframe" | "embed" | "object" => {
            let src = page.attr(i, "src").or(page.attr(i, "data")).unwrap_or("");
            let host = url::Url::parse(src)
                .or_else(|_| url::Url::parse(&format!("https:{src}")))
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default();
            VIDEO_HOSTS
                .iter()
                .any(|h| host == *h || host.ends_with(&format!(".{h}")))
        }
        _ => false,
    }
}

enum MemberLine {
    /// A statistic only forums keep ("Posts: 98").
    Stat,
    /// A detail any fact box may give ("Location: Leeds", "Primary OS:
    /// Linux"): one of [`MEMBER_DETAILS`], or any line "Label: value".
    Detail,
}

/// Whether `text` names two member statistics or more, as a poster's box
/// does: only then are its lines read one by one.
fn names_member_stats(text: &str) -> bool {
    let text = text.to_lowercase();
    MEMBER_STATS
        .iter()
        .filter(|label| text.contains(*label))
        .nth(1)
        .is_some()
}

fn member_line(line: &str) -> Option<MemberLine> {
    let line = line.trim();
    let opens_with = |label: &&str| {
        line.get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
            && !line[label.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    };
    let label_line = || {
        line.split_once(':').is_some_and(|(label, value)| {
            label.len() <= 24
                && label.starts_with(char::is_alphabetic)
                && (1..=3).contains(&label.split_whitespace().count())
                && !value.trim().is_empty()
        })
    };
    if MEMBER_STATS.iter().any(opens_with) {
        Some(MemberLine::Stat)
    } else if MEMBER_DETAILS.iter().any(opens_with) || label_line() {
        Some(MemberLine::Detail)
    } else {
        None
    }
}

/// Whether `text` says how long the page takes to read and nothing else:
/// a number, a unit, and one of [`READING_TIME_PHRASES`].
fn reads_as_reading_time(text: &str) -> bool {
    let text = text.to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut rest = format!(" {} ", words.join(" "));
    let mut named = false;
    for phrase in READING_TIME_PHRASES {
        let phrase = format!(" {phrase} ");
        if rest.contains(&phrase) {
            named = true;
            rest = rest.replace(&phrase, " ");
        }
    }
    let number = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    named
        && words.iter().copied().any(number)
        && rest
            .split_whitespace()
            .all(|w| number(w) || READING_TIME_UNITS.contains(&w))
}

/// The items of list `list`: its `<li>`, or its `<dt>` and `<dd>`.
fn list_items(page: &Page, list: NodeIdx) -> Vec<NodeIdx> {
    page.children(list)
        .filter(|&c| matches!(page.tag(c), "li" | "dt" | "dd"))
        .collect()
}

/// Whether `text` is one bracketed placeholder: a name, then attributes
/// as `key=value`, or a name of words joined by underscores alone.
fn is_placeholder(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
        return false;
    };
    let mut parts = inner
        .trim_matches(|c: char| c == '/' || c.is_whitespace())
        .split_whitespace();
    let Some(name) = parts.next() else {
        return false;
    };
    let named = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    named
        && match parts.next() {
            None => name.contains('_'),
            Some(attribute) => attribute
                .split_once('=')
                .is_some_and(|(key, value)| !key.is_empty() && !value.is_empty()),
        }
}

/// An `<input>` for an e-mail address or a phone number.
fn is_entry_field(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) == "input"
        && page
            .attr(i, "type")
            .is_some_and(|t| t.eq_ignore_ascii_case("email") || t.eq_ignore_ascii_case("tel"))
}

/// A block of two or more `<article>` cards whose headings link to other
/// stories, however long the summaries under the links.
fn is_teaser_grid(page: &Page, i: NodeIdx) -> bool {
    page.children(i)
        .filter(|&c| page.tag(c) == "article" && heading_is_linked(page, c) == Some(true))
        .nth(1)
        .is_some()
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// A line sending the reader to another story goes in the languages
    /// news is written in, as it does in English.
    #[test]
    fn read_also_lines_go_in_other_languages() {
        let html = "<html><body><article>\
            <p>Les députés ont adopté le projet de loi à une large majorité, après trois semaines de débats.</p>\
            <p>Lire aussi : <a href=\"/cnil\">Les critiques de la CNIL contre le projet</a></p>\
            <p>Mehr zum Thema: <a href=\"/thema\">Überwachung in Europa</a></p>\
            <p>Le texte doit encore être examiné par le Sénat, qui se prononcera au mois de juin.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("Sénat"), "{text:?}");
        assert!(
            !text.contains("CNIL") && !text.contains("Thema"),
            "{text:?}"
        );
    }

    /// What a script shows while it fetches the real thing goes; a heading
    /// that names loading as its subject stays.
    #[test]
    fn a_loading_placeholder_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <div class=\"prices\"><span>Loading prices for your region…</span></div>\
            <h2>Loading the car deck</h2>\
            <p>Cars board first, and the crew loads the bicycles last, along the railings of the deck.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("prices"), "{text:?}");
        assert!(text.contains("Loading the car deck"), "{text:?}");
    }

    /// The labels of a caption's controls and a post's links to act on it
    /// go, the caption stays; a sentence that opens with the same words,
    /// names the control, or holds a link of the same word, stays.
    #[test]
    fn a_controls_label_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <figure><img src=\"/ferry.jpg\" alt=\"\"><figcaption><p>The morning boat leaves the harbour. \
            <b class=\"credit\">Ann Lee</b> <b class=\"hide-caption\"><b>hide caption</b></b></p>\
            <b class=\"toggle-caption\"><b>toggle caption</b></b></figcaption></figure>\
            <div><button>Show full transcript +</button></div>\
            <p>Show more patience with the evening boat, which waits for the train from the city.</p>\
            <p>To see the winter sailings, click <b>Show more</b> under the timetable.</p>\
            <ul class=\"post-icons\"><li><a href=\"/posting?mode=quote&p=7\"><span>Reply with quote</span></a></li></ul>\
            <p>The harbour master's <a href=\"/report.pdf\">report</a> counts every crossing since 1893.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("leaves the harbour. Ann Lee"), "{text:?}");
        assert!(!text.contains("caption"), "{text:?}");
        assert!(!text.contains("transcript"), "{text:?}");
        assert!(text.contains("Show more patience"), "{text:?}");
        assert!(text.contains("click Show more under"), "{text:?}");
        assert!(!text.contains("Reply with quote"), "{text:?}");
        assert!(text.contains("master's report counts"), "{text:?}");
    }

    /// Links set as one level of the article's own outline, under an item
    /// of words ("In progress:"), stay; the same links hanging from a link,
    /// as a menu's do, go.
    #[test]
    fn an_outlines_linked_items_stay() {
        let links =
            "<li><a href=\"/b/1\">Bug 101 – The timetable shows last winter's sailings</a></li>\
            <li><a href=\"/b/2\">Bug 102 – The fare table forgets the bicycle supplement</a></li>\
            <li><a href=\"/b/3\">Bug 103 – The harbour map loads slowly on a phone</a></li>";
        let page = |item: &str| {
            format!(
                "<html><body><article><h1>This week on the ferry site</h1>\
                 <p>The ferry company's web team fixed the booking form this week, and the new timetable is live for the winter.</p>\
                 <ul><li>Shipped: the booking form remembers the reader's usual crossing.</li>\
                 <li>{item}<ul>{links}</ul></li></ul></article></body></html>"
            )
        };
        let text = extract(&page("In progress:"), &Options::default())
            .unwrap()
            .text;
        assert!(text.contains("Bug 102"), "{text:?}");
        let menu = extract(&page("<a href=\"/bugs\">Bugs</a>"), &Options::default())
            .unwrap()
            .text;
        assert!(!menu.contains("Bug 102"), "{menu:?}");
    }

    /// The article's own list of links stays however a documentation
    /// generator wraps it: in a box of its own, each link in a paragraph of
    /// its item. The same list of other stories at the article's end goes.
    #[test]
    fn an_own_list_stays_in_its_wrappers() {
        let list = "<div class=\"ulist\"><ul>\
            <li><p><a href=\"/pr/97\">Timetable: show the winter sailings from the first of November</a></p></li>\
            <li><p><a href=\"/pr/98\">Fares: add the bicycle supplement to the return ticket</a></p></li>\
            <li><p><a href=\"/pr/99\">Harbour map: load the tiles for a phone's screen first</a></p></li>\
            </ul></div>";
        let page = |after: &str| {
            format!(
                "<html><body><article><h1>Progress report</h1>\
                 <p>The web team merged a good number of changes to the ferry site over the past two months, and here they are.</p>\
                 <p>Most of the work went into the timetable, which the islanders read more than any other page, and into the fares, which had not changed since the spring.</p>\
                 <p>These were merged:</p>{list}{after}</article></body></html>"
            )
        };
        let text = extract(
            &page("<p>The next report comes in January, after the winter timetable has settled in.</p>"),
            &Options::default(),
        )
        .unwrap()
        .text;
        assert!(text.contains("bicycle supplement"), "{text:?}");
        assert!(text.contains("January"), "{text:?}");
        let closing = extract(&page(""), &Options::default()).unwrap().text;
        assert!(!closing.contains("bicycle supplement"), "{closing:?}");
    }

    /// A roundup's items are each headed by a link to the story, whose names
    /// the item's paragraph repeats: the links stay as the items' titles. A
    /// lone link to another story between paragraphs still goes.
    #[test]
    fn a_roundups_linked_titles_stay() {
        let html = "<html><body><article><h1>Harbour business this week</h1>\
            <p>Three deals changed the harbour's business this week, and one of them will change its skyline too.</p>\
            <p><a href=\"https://news.example/1\">Northwind Ferries buys Island Freight</a></p>\
            <p>Northwind Ferries has bought Island Freight, the last independent cargo line on the coast, for an undisclosed sum.</p>\
            <p><a href=\"https://news.example/2\">Harbour Board sells the Old Customs House</a></p>\
            <p>The Harbour Board has sold the Old Customs House to a hotel group, which plans forty rooms behind the old facade.</p>\
            <p><a href=\"https://news.example/3\">Quayside Bakery opens a second shop</a></p>\
            <p>Quayside Bakery, a fixture on the fish quay since 1962, opens a second shop beside the station next month.</p>\
            <p><a href=\"https://news.example/4\">Ten walks for a winter weekend</a></p>\
            <p>None of the deals needs the council's approval, which leaves the town with little say in any of them.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for title in [
            "Northwind Ferries buys Island Freight",
            "Harbour Board sells the Old Customs House",
            "Quayside Bakery opens a second shop",
        ] {
            assert!(text.contains(title), "{title:?} in {text:?}");
        }
        assert!(!text.contains("Ten walks"), "{text:?}");
    }

    /// A content system's placeholder left unfilled goes (a shortcode, a
    /// module's name); words in brackets and code stay.
    #[test]
    fn an_unfilled_placeholder_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take to the mainland.</p>\
            <p>[CTA_MODULE]</p><div>[convertkit form=1630175]</div>\
            <p>[Applause]</p>\
            <pre><div>[ferry_times]</div><div>winter=2</div></pre>\
            <p>Set <code>[ferry_times]</code> in the file, and the evening boat waits for the train from the city.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("CTA_MODULE") && !text.contains("convertkit"),
            "{text:?}"
        );
        for kept in [
            "[Applause]",
            "[ferry_times]\nwinter=2",
            "Set [ferry_times] in",
        ] {
            assert!(text.contains(kept), "{kept:?} in {text:?}");
        }
    }

    /// A widget's panel of controls goes (a player's quality menu drawn as
    /// focusable blocks, a code sample's language tabs); questions drawn as
    /// buttons over their answers stay, and so do focusable code blocks.
    #[test]
    fn a_panel_of_controls_goes() {
        let html = "<html><body><article>\
            <p>The ferry company filmed the morning crossing from the bridge, and the film runs for four minutes.</p>\
            <div class=\"settings\"><div tabindex=\"1\">Auto</div><div tabindex=\"2\">High (HD)</div>\
            <div tabindex=\"3\">Medium</div><div tabindex=\"4\">Low</div></div>\
            <div><span role=\"tab\">Python</span><span role=\"tab\">Ruby</span><span role=\"tab\">Go</span></div>\
            <pre tabindex=\"0\">ferry.book(date=\"2026-12-01\", crossing=\"morning\", bicycles=1)</pre>\
            <div><pre tabindex=\"0\">ferry.timetable(\"winter\")</pre><pre tabindex=\"0\">ferry.fares()</pre>\
            <pre tabindex=\"0\">ferry.map()</pre></div>\
            <div><div role=\"button\">Can I bring a dog?</div><p>Dogs travel free on every crossing, on a lead.</p>\
            <div role=\"button\">Can I bring a bicycle?</div><p>Bicycles travel for two pounds.</p>\
            <div role=\"button\">Is there a cafe?</div><p>The cafe opens on the morning boat.</p></div>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("High (HD)") && !text.contains("Medium"),
            "{text:?}"
        );
        assert!(
            !text.contains("Python") && !text.contains("Ruby"),
            "{text:?}"
        );
        assert!(
            text.contains("crossing=") && text.contains("ferry.fares()"),
            "{text:?}"
        );
        assert!(
            text.contains("Can I bring a dog?") && text.contains("Is there a cafe?"),
            "{text:?}"
        );
    }

    /// A line pitching a newsletter with a link to sign up goes; a
    /// sentence about a newsletter, linking it by name, stays.
    #[test]
    fn a_newsletter_pitch_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p><em>Love the coast? The Harbour Notes newsletter brings the tides and the timetable to your inbox. \
            <a href=\"/newsletters\">Sign up now</a> and never miss a boat.</em></p>\
            <p>The company's <a href=\"/notes\">Harbour Notes newsletter</a> first reported the change in October, \
            after a survey of islanders.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("never miss a boat"), "{text:?}");
        assert!(text.contains("first reported the change"), "{text:?}");
    }

    /// Cards of other pages under a label that says so go, with their
    /// label and however long their summaries, a link to all of them
    /// between label and list or not; a list of the article's
    /// own under a heading of its own stays, links and all.
    #[test]
    fn a_labelled_list_of_other_pages_goes() {
        let html = "<html><body><article><h1>Winter sailings resume</h1>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>The first boat sails at seven, weather allowing, and the last one leaves the island at five.</p>\
            <h3>Where to buy tickets</h3>\
            <ul><li><a href=\"/harbour\">At the harbour office</a>, open from six in the morning</li>\
            <li><a href=\"/online\">On the company's website</a>, up to a day before sailing</li></ul>\
            <section><h2>You may also like</h2><div class=\"cards\">\
            <div><a href=\"/a\">Island bakeries ranked</a><p>Our tasters visited every bakery on the island and their verdict is in.</p><span>£4.99</span></div>\
            <div><a href=\"/b\">A walk around the lighthouse</a><p>Three hours, two cafés and one very steep hill on the north shore.</p><span>£2.50</span></div>\
            </div></section>\
            <h2>Recommended articles</h2><div><a href=\"/all\">View all</a></div>\
            <ul><li><a href=\"/c\">Ten winters on the ice road</a> How the town kept the road open, year after year.</li>\
            <li><a href=\"/d\">The ferrymen's union at fifty</a> Half a century of crossings, strikes and songs.</li></ul>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("You may also like"), "{text:?}");
        assert!(!text.contains("ferrymen"), "{text:?}");
        assert!(!text.contains("bakeries"), "{text:?}");
        assert!(!text.contains("lighthouse"), "{text:?}");
        assert!(text.contains("At the harbour office"), "{text:?}");
        assert!(text.contains("Where to buy tickets"), "{text:?}");
    }

    /// A time written for machines (an ISO 8601 date and time that the
    /// page's stylesheet hides) is not text; a date written for readers,
    /// and a sentence with such a time in it, stay.
    #[test]
    fn a_time_for_machines_is_not_text() {
        let html = "<html><body><article>\
            <p>The ferry timetable changes on Monday, with an earlier first sailing and a later last one.</p>\
            <time class=\"d-none\" itemprop=\"datePublished\">2019-01-21T21:40:59.62Z+00:00</time>\
            <p>Posted <time datetime=\"2019-01-21\">21 January 2019</time>, updated since.</p>\
            <p>The log shows the change at 2019-01-21T21:40:59Z, an hour before the notice went up.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("59.62Z"), "{text:?}");
        assert!(text.contains("21 January 2019"), "{text:?}");
        assert!(
            text.contains("at 2019-01-21T21:40:59Z, an hour"),
            "{text:?}"
        );
    }

    /// A post set in the form that would edit it, its fields hidden until
    /// asked for, is the post; a form a reader can fill in goes.
    #[test]
    fn a_form_with_nothing_to_fill_in_is_its_text() {
        let post = |n: &str, words: &str| {
            format!(
                "<div class=\"comment\"><p class=\"tagline\">poster{n}</p>\
                 <form action=\"#\" class=\"usertext\"><input type=\"hidden\" name=\"thing\" value=\"{n}\">\
                 <div class=\"body\"><p>{words}</p></div>\
                 <div class=\"edit\" style=\"display: none\"><textarea name=\"text\"></textarea><button type=\"submit\">save</button></div>\
                 </form></div>"
            )
        };
        let html = format!(
            "<html><body><div class=\"thread\">{}{}{}\
             <form action=\"/reply\"><p>Join the discussion: comments are read before they appear here.</p>\
             <textarea name=\"reply\"></textarea><button>Post reply</button></form></div></body></html>",
            post("1", "The new ferry timetable leaves an hour earlier than the old one, which suits the early shift at the cannery."),
            post("2", "It does not suit anyone coming back from the city on the last train, who now waits until morning."),
            post("3", "The council says a later evening crossing will be tried in spring if enough people write to them about it."),
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("suits the early shift"), "{text:?}");
        assert!(text.contains("waits until morning"), "{text:?}");
        assert!(text.contains("tried in spring"), "{text:?}");
        assert!(!text.contains("Join the discussion"), "{text:?}");
    }

    /// A table's header cells stay whatever their class calls them
    /// (`headerSort`, as a sortable table's script names them); a site's
    /// header goes.
    #[test]
    fn a_tables_own_header_stays() {
        let html = "<html><body><div class=\"site-header\"><a href=\"/\">Harbour News</a> <a href=\"/tides\">Tides</a></div>\
            <article><p>The ferry company published the winter timetable, with two crossings a day and one on Sundays.</p>\
            <table><thead><tr><th class=\"headerSort\">Crossing</th><th class=\"headerSort\">Departs</th></tr></thead>\
            <tbody><tr><td>Morning</td><td>07:00</td></tr><tr><td>Evening</td><td>17:30</td></tr></tbody></table>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("Crossing"), "{text:?}");
        assert!(text.contains("Departs"), "{text:?}");
        assert!(!text.contains("Harbour News"), "{text:?}");
    }

    /// The copy of a block a page makes for phones goes from a page read
    /// from its HTML, read as a desktop screen draws it; the desktop copy
    /// stays.
    #[test]
    fn a_phone_copy_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <div class=\"md:hidden\"><p>Timetable for phones: 07:00 and 17:30, Sundays 10:00 only.</p></div>\
            <div class=\"hidden md:block\"><p>Timetable: the morning boat at 07:00, the evening boat at 17:30.</p></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("for phones"), "{text:?}");
        assert!(text.contains("the morning boat at 07:00"), "{text:?}");
    }

    /// A line that gives the article's date under a label goes to the
    /// reader's header; a line with a later date, and a sentence that opens
    /// with the date, stay.
    #[test]
    fn a_line_with_the_articles_date_goes() {
        let html = "<html><head><meta property=\"article:published_time\" content=\"2026-02-06\"></head>\
            <body><article><h1>Winter sailings resume</h1>\
            <p>Published: Feb 6, 2026</p><p>Last updated: March 1, 2026</p>\
            <p>Feb 6, 2026 was the last day of the summer boats.</p>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert_eq!(article.metadata.published.as_deref(), Some("2026-02-06"));
        assert!(
            article
                .text
                .starts_with("Last updated: March 1, 2026\n\nFeb 6, 2026 was the last day"),
            "{}",
            article.text
        );
    }

    /// A byline the page marks as one goes to the reader's header even
    /// after a standfirst; a dateline the page marks inside the first
    /// sentence stays.
    #[test]
    fn a_marked_byline_under_a_standfirst_goes() {
        let html = "<html><body><article><h1>Winter sailings resume</h1>\
            <p class=\"dek\">Two crossings a day from Monday, and one on Sundays, until the spring timetable.</p>\
            <div class=\"byline\">Ann Lee, harbour reporter</div>\
            <p><span class=\"dateline\">PORTREE \u{2014}</span> The ferry returns to its winter timetable on Monday, \
            with two crossings a day.</p>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("harbour reporter"), "{text}");
        assert!(text.contains("PORTREE \u{2014} The ferry"), "{text}");
    }

    /// The author's name over the article goes to the reader's header with
    /// its label set apart ("Written by"); an editor's name and label stay.
    #[test]
    fn a_bylines_label_goes_with_the_name() {
        let html = "<html><head><meta name=\"author\" content=\"Ann Lee\"></head><body><article>\
            <h1>Winter sailings resume</h1>\
            <div><p>Written by</p><p>Ann Lee</p></div><div><p>Edited by</p><p>Bo Chan</p></div>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert_eq!(article.metadata.byline.as_deref(), Some("Ann Lee"));
        assert!(
            article
                .text
                .starts_with("Edited by\n\nBo Chan\n\nThe ferry"),
            "{}",
            article.text
        );
    }

    /// An author's card after the article goes, marked as the author or
    /// named as a box about them; the article's own note on its author,
    /// and a short credit at its end, stay.
    #[test]
    fn an_authors_card_goes() {
        let html = "<html><body><article><h1>Winter sailings resume</h1>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            <p><em>Ann Lee covers the islands for the Harbour News and takes the morning boat.</em></p>\
            <p>Reporting by <span itemprop=\"author\">Ann Lee</span></p>\
            <div class=\"about_author\"><div>About the Author</div>\
            <p>Bo Chan edits the Harbour News and has taken the evening boat for thirty years.</p></div>\
            <div class=\"box\"><section itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">\
            <img src=\"/ann.jpg\" alt=\"Ann Lee\"><p>Ann is a writer and a sailor. At the Harbour News, she writes about \
            boats, tides and the people who wait for them.</p><a href=\"/ann\">Follow Ann</a></section></div>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("a writer and a sailor"), "{text}");
        assert!(!text.contains("Bo Chan"), "{text}");
        for kept in ["covers the islands", "Reporting by Ann Lee"] {
            assert!(text.contains(kept), "{kept:?} not in {text}");
        }
    }

    /// A date over the article goes with its label; a sentence that gives
    /// a date stays.
    #[test]
    fn a_dates_label_goes_with_it() {
        let html = "<html><body><article><h1>Winter sailings resume</h1>\
            <div><span class=\"label\">Asked</span> <time datetime=\"2026-11-02\">2 Nov 2026</time></div>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>The first boat sails on <time datetime=\"2026-11-09\">9 November</time>, weather allowing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Asked"), "{text:?}");
        assert!(text.contains("sails on 9 November, weather"), "{text:?}");
    }

    /// The label over an ad slot goes, in English and in German, and with
    /// a note that the page goes on; a field named in a list, and a
    /// sentence about advertising, stay.
    #[test]
    fn an_ads_label_goes() {
        let html = "<html><body><article>\
            <p>The ferry company spends little on publicity, and the islanders like it that way, says its manager.</p>\
            <div class=\"slot\"><span>Advertisement</span></div>\
            <p class=\"label\">Advertisement - Page continues below</p>\
            <div>Anzeige</div>\
            <p>Its fields of work:</p><ul><li>Freight</li><li>Advertising</li><li>Tourism</li></ul>\
            <p>Advertising on the boats pays for the new timetable boards at both harbours.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("Advertisement") && !text.contains("Anzeige"),
            "{text:?}"
        );
        assert!(
            text.contains("Freight\n\nAdvertising\n\nTourism"),
            "{text:?}"
        );
        assert!(text.contains("Advertising on the boats"), "{text:?}");
    }

    /// A count of the page's views goes; a sentence that counts views,
    /// and a line of a table, stay.
    #[test]
    fn a_view_count_goes() {
        let html = "<html><body><article>\
            <div class=\"stats\"><span>Viewed 2k times</span></div>\
            <p>The ferry timetable changes on Monday, with two crossings a day and one on Sundays.</p>\
            <div>1,693 views</div>\
            <p>The page was viewed 2,000 times in its first week, which the harbour office found encouraging.</p>\
            <table><tr><th>Film</th><th>Seen</th></tr><tr><td>The morning boat</td><td>412 views</td></tr></table>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("Viewed 2k") && !text.contains("1,693"),
            "{text:?}"
        );
        assert!(
            text.contains("viewed 2,000 times in its first week"),
            "{text:?}"
        );
        assert!(text.contains("412 views"), "{text:?}");
    }

    /// A line of dates and authors over the article, marked up as such,
    /// goes even when it is as long as a paragraph; an opening sentence
    /// with the same markup stays.
    #[test]
    fn a_marked_dateline_goes() {
        let dateline = "<p class=\"signature\"><span>Harbour News</span> | \
            <time datetime=\"2026-05-04T13:36\">04.05.2026 at 13:36</time> \u{2022} Updated on \
            <time datetime=\"2026-05-05T20:13\">05.05.2026 at 20:13</time> | By \
            <span itemprop=\"author\"><a href=\"/ann-lee\">Ann Lee</a> (with Bo Chan and Cy Dale)</span></p>";
        let opening = "<p>On <time datetime=\"2026-05-04\">4 May</time>, \
            <span itemprop=\"author\">Ann Lee</span> wrote that the ferry would keep its summer timetable.</p>";
        let html = format!(
            "<html><body><article><h1>Winter sailings resume</h1>{dateline}{opening}\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            </article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("Updated on"), "{text:?}");
        assert!(text.contains("On 4 May, Ann Lee wrote"), "{text:?}");
    }

    /// A caption whose picture or player is not there goes; a caption
    /// under a picture, a video, a quote or a table stays.
    #[test]
    fn a_caption_without_its_picture_goes() {
        let html = "<html><body><article>\
            <figure><div class=\"player\" data-id=\"8842\"></div>\
            <figcaption>Media caption The harbour master on the new timetable</figcaption></figure>\
            <figure><iframe src=\"https://player.example.net/embed/8842\"></iframe>\
            <figcaption>The evening boat in a storm</figcaption></figure>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <figure><img src=\"/ferry.jpg\" alt=\"\"><figcaption>The morning boat</figcaption></figure>\
            <figure><iframe src=\"https://www.youtube.com/embed/x1\"></iframe><figcaption>The crossing filmed</figcaption></figure>\
            <figure><blockquote>We sail when the sea lets us.</blockquote><figcaption>The captain</figcaption></figure>\
            <figure><table><tr><td>07:00</td><td>17:30</td></tr></table><figcaption>Winter sailings</figcaption></figure>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for gone in ["harbour master", "in a storm"] {
            assert!(!text.contains(gone), "{gone:?} in {text:?}");
        }
        for kept in [
            "The morning boat",
            "The crossing filmed",
            "The captain",
            "Winter sailings",
        ] {
            assert!(text.contains(kept), "{kept:?} not in {text:?}");
        }
    }

    /// The words of a button that enlarges a picture go; the picture, its
    /// caption, and a question that opens on a click stay.
    #[test]
    fn a_pictures_button_label_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <figure><div role=\"button\" tabindex=\"0\"><span>Press enter or click to view image in full size</span>\
            <img src=\"/ferry.jpg\" alt=\"\"></div><figcaption>The morning boat</figcaption></figure>\
            <div role=\"button\" tabindex=\"0\"><span>Is the photo on the ticket needed?</span><img src=\"/open.svg\" alt=\"\"></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert!(!article.text.contains("Press enter"), "{}", article.text);
        assert!(article.html.contains("ferry.jpg"), "{}", article.html);
        for kept in ["The morning boat", "Is the photo on the ticket needed?"] {
            assert!(
                article.text.contains(kept),
                "{kept:?} not in {}",
                article.text
            );
        }
    }

    /// An accordion's questions stay over their answers, whether a button
    /// or a fold's header holds them, a button's set in bold; the glyphs
    /// that open the folds go.
    #[test]
    fn an_accordions_questions_stay() {
        let html = "<html><body><article><h1>Winter sailings</h1>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <h2>Frequently asked questions</h2>\
            <div class=\"faq-card\"><button type=\"button\"><div>Can I bring my dog on board?</div></button>\
            <div><p>Dogs travel free on both boats, on a lead and away from the café.</p></div></div>\
            <div class=\"accordion-item\"><div class=\"accordion-header\"><h3>Do boats sail in a storm?</h3>\
            <i class=\"accordion-icon\">+</i></div>\
            <div class=\"accordion-content\"><p>No boat sails in winds over force eight; the office posts changes by seven.</p></div></div>\
            <div class=\"accordion-item\"><div>Where do I buy tickets? <i class=\"material-icons\">chevron_right</i></div>\
            <div><p>Tickets are sold at the harbour office and on board, by card or in cash.</p></div></div>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        // A question's button is its heading, set in bold.
        assert!(
            article
                .markdown
                .contains("**Can I bring my dog on board?**\n\nDogs travel free"),
            "{}",
            article.markdown
        );
        let text = article.text;
        for question in [
            "Can I bring my dog on board?\n\nDogs travel free",
            "Do boats sail in a storm?\n\nNo boat sails",
            "Where do I buy tickets?\n\nTickets are sold",
        ] {
            assert!(text.contains(question), "{question:?} not in {text}");
        }
        assert!(!text.contains('+') && !text.contains("chevron"), "{text}");
    }

    /// A glyph of an icon font goes; a check mark in a table, and a label
    /// beside an icon, stay.
    #[test]
    fn an_icons_glyph_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p><span class=\"icon-leaf\">Vegan</span> snacks are sold on board <span class=\"fa-solid\">\u{f06c}</span></p>\
            <table><tr><th>Boat</th><th>Café</th></tr><tr><td>Morning</td><td><i class=\"material-icons\">check</i></td></tr></table>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            text.contains("Vegan snacks are sold on board\n"),
            "{text:?}"
        );
        assert!(text.contains("Morning | check"), "{text:?}");
        assert!(!text.contains('\u{f06c}'), "{text:?}");
    }

    /// The page's estimate of its reading time goes, in English and in
    /// German; a sentence about reading time, a line that gives more than
    /// the estimate, and a line of a table stay.
    #[test]
    fn a_reading_time_goes() {
        let html = "<html><body><article>\
            <div class=\"meta\"><span>Estimated reading time: 4 minutes</span></div>\
            <p>The ferry timetable changes on Monday, with two crossings a day and one on Sundays.</p>\
            <div>5 min read</div><div>Lesezeit: 3 Min.</div>\
            <p>Reading time on the morning boat is about 40 minutes, which the islanders spend on the paper.</p>\
            <div><span>Reading time: </span> <span>2</span> <span>minutes</span></div>\
            <p>The guide to the harbour is a <span>5 min read</span> for anyone waiting for the evening boat.</p>\
            <ul><li>Reading time: 20 minutes a day</li><li>Sleep: eight hours</li></ul>\
            <table><tr><th>Book</th><th>Read time</th></tr><tr><td>The boat</td><td>6 min read</td></tr></table>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for gone in ["4 minutes", "5 min read\n", "Lesezeit", "2 minutes"] {
            assert!(!text.contains(gone), "{gone:?} in {text:?}");
        }
        for kept in [
            "about 40 minutes",
            "a 5 min read for anyone",
            "20 minutes a day",
            "6 min read",
        ] {
            assert!(text.contains(kept), "{kept:?} not in {text:?}");
        }
    }

    /// A post's bar of actions goes with the counts in it.
    #[test]
    fn a_posts_action_bar_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <div class=\"actionBar-set\"><span>17 people found this helpful</span> <a href=\"/r\">Report</a></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("helpful"), "{text:?}");
        assert!(text.contains("a late crossing"), "{text:?}");
    }

    /// A forum's note under an edited post goes; a sentence that opens
    /// with the same words stays.
    #[test]
    fn an_edit_note_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <div class=\"editDate\">Last edited by Ann Lee; Feb 14, 2026 at 9:25 pm</div>\
            <p>Last edited in 1990, the timetable still lists a boat that has not sailed for years, \
            and the harbour office keeps meaning to print a new one.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Ann Lee"), "{text:?}");
        assert!(text.contains("Last edited in 1990"), "{text:?}");
    }

    /// A link drawn as a button goes; a link in a sentence stays, whatever
    /// its class.
    #[test]
    fn a_link_drawn_as_a_button_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <div><a class=\"btn btn-primary\" href=\"/tickets\">Book a crossing</a></div>\
            <p>Tickets are sold <a class=\"button-link\" href=\"/office\">at the harbour office</a> \
            and on board, and the evening boat waits for the train from the city.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Book a crossing"), "{text:?}");
        assert!(
            text.contains("sold at the harbour office and on board"),
            "{text:?}"
        );
    }

    /// Words that label a poster's statistics, met in running text or in
    /// a fact box with no forum statistic in it, are the article's.
    #[test]
    fn member_labels_outside_a_posters_box_stay() {
        let html = "<html><body><article>\
            <p>The queue reports <code>messages_ready</code> and <code>messages_unacknowledged</code>, \
            and the dashboard adds <b>Posts</b> and <b>Likes</b> per hour to the same chart.</p>\
            <div><div>Location: Kyoto</div><div>Country: Japan</div><div>Admission: 500 yen</div></div>\
            <p>The temple gardens open at nine, and the moss garden is best seen after rain, when the paths are quiet.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for kept in [
            "messages_ready",
            "Posts and Likes",
            "Location: Kyoto",
            "Country: Japan",
        ] {
            assert!(text.contains(kept), "{kept:?} in {text:?}");
        }
    }
}
