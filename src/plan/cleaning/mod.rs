//! Inside the article: every block that is not the article's own text goes,
//! with its reason. Walks each chosen subtree top-down once; a removed block
//! is skipped whole, so only its outermost node is listed.
//!
//! `Cleaner::reason` below weighs the signals every block has (hidden,
//! a form, a fixed overlay, a copy, the class's hints) and then asks the
//! checks of each kind, one module each: the article's metadata set again
//! as lines (`metadata_lines`), the page's machinery (`controls`), what it
//! sells or sends elsewhere for (`promos`), lists and blocks of links
//! (`links`), and the furniture of a thread's posts (`posts`).

mod controls;
mod links;
mod metadata_lines;
mod posts;
mod promos;
mod skipped;

use super::candidates::tells_of_other_stories;
use super::copies::Copies;
use super::hints::class_hint;
use super::quotes::ArticleShingles;
use super::stats::teasers;
use super::thread::{comments_beside_story, story_around, story_beside};
use super::visibility::is_non_content_tag;
use super::{Facts, Hints, Reason, Removal, Stats};
use crate::heuristics::{
    BRIEF_MIN_CHARS, MEMBER_PATHS, NEEDS_LINKS, PROSE_BLOCK_CHARS, PROSE_LINK_DENSITY,
    SHORT_BLOCK_CHARS, VIDEO_HOSTS,
};
use crate::metadata::{links_to_one_named, Metadata};
use crate::page::{heading_level, is_block, NodeIdx, Page};
use crate::render::Tables;
use crate::Options;
use links::is_teaser_grid;
use promos::is_entry;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};

/// The least text of a real paragraph (or, with none, of a line of
/// prose): shorter ones are labels, captions' credits and bylines.
const PARAGRAPH_CHARS: usize = 60;

/// Blocks with more descendants than this are never read as one short line,
/// which keeps the text checks below linear on deeply nested pages.
const SHORT_BLOCK_NODES: usize = 64;

/// Plain text a paragraph needs to make its block a section of the text.
const PARAGRAPH_PROSE_CHARS: usize = 100;

/// How many other boxes of the article must share a box's first class,
/// at least, for the class to name the article's sections (see
/// [`Cleaner::shares_class_with_prose`]).
const SECTIONS_SHARING_CLASS: usize = 2;

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
        .filter(|&i| page.tag(i) == "p" && stats.chars(i) >= PARAGRAPH_CHARS);
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
        ids: OnceCell::new(),
        stretches: OnceCell::new(),
        tables: RefCell::default(),
        copies: Copies::default(),
        clones: super::copies::clones(page, stats, content),
        first_paragraph,
        second_paragraph,
        last_paragraph,
        first_line: OnceCell::new(),
        entries: page
            .in_subtrees(content)
            .filter(|&i| is_entry(page, stats, i))
            .collect(),
        member_lines: RefCell::new(Vec::new()),
        runs: OnceCell::new(),
        author_boxes: metadata_lines::author_boxes(page, stats, content, metadata),
        texts: Texts::new(page, content),
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

/// What every check needs to know about the article, gathered once.
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
    /// Each id on the page and the last element that has it, gathered the
    /// first time a link within the page is followed (see
    /// [`Cleaner::element_with_id`]).
    ids: OnceCell<FxHashMap<&'a str, NodeIdx>>,
    /// What skip links jump over (see [`skipped`]), found the first time
    /// a block is asked about.
    stretches: OnceCell<Vec<skipped::Stretch>>,
    /// Which tables hold data and which lay the page out, as met.
    tables: RefCell<Tables>,
    /// Large blocks met so far, to find their copies.
    copies: Copies,
    /// A carousel's repeated items, in document order (see
    /// [`super::copies::clones`]).
    clones: Vec<NodeIdx>,
    /// The first real paragraph: bylines and datelines come before it.
    first_paragraph: Option<NodeIdx>,
    /// The second: a byline the page marks as one may follow a standfirst.
    second_paragraph: Option<NodeIdx>,
    /// The last real paragraph: what comes before it is inside the text.
    last_paragraph: Option<NodeIdx>,
    /// On a page with no real paragraph, its first line of prose (a text
    /// of [`PARAGRAPH_CHARS`] or more), found the first time it is asked
    /// for.
    first_line: OnceCell<Option<NodeIdx>>,
    /// Fields a reader types an address or a number into, and the slots
    /// of forms a script draws, in document order.
    entries: Vec<NodeIdx>,
    /// Lines of posters' boxes to go one by one, in document order.
    member_lines: RefCell<Vec<NodeIdx>>,
    /// For each inline child of a block, the text of the run of inline
    /// siblings it is part of (see [`Cleaner::line_chars`]), reckoned the
    /// first time a counter is met.
    runs: OnceCell<Vec<usize>>,
    /// Boxes around a link to the author's page (see
    /// [`metadata_lines::author_boxes`]), in document order.
    author_boxes: Vec<NodeIdx>,
    /// The text of the article's elements, as the checks ask for it.
    texts: Texts,
}

/// Elements' text ([`Page::text_content`]) kept once read: a block met by
/// the cleaning faces a dozen checks, and most read its words. Blocks
/// longer than [`Texts::MAX_CHARS`] are read afresh each time, so that
/// wrappers nested hundreds deep around a long text do not each keep a
/// copy of it.
struct Texts {
    /// The first node of the article's span.
    from: NodeIdx,
    /// One cell per node of the span, from the first root to the end of
    /// the last.
    cells: Vec<OnceCell<Box<str>>>,
}

impl Texts {
    /// Checks that read a block's words look at short blocks (a line, a
    /// box, a caption); longer ones are rarely read twice.
    const MAX_CHARS: usize = 2000;

    fn new(page: &Page, content: &[NodeIdx]) -> Texts {
        let from = content.iter().copied().min().unwrap_or(0);
        let to = content
            .iter()
            .map(|&c| page.node(c).end)
            .max()
            .unwrap_or(from);
        Texts {
            from,
            cells: (from..to).map(|_| OnceCell::new()).collect(),
        }
    }
}

impl Cleaner<'_> {
    /// The text of element `i`, read once (see [`Texts`]).
    fn text(&self, i: NodeIdx) -> Cow<'_, str> {
        let cell = i
            .checked_sub(self.texts.from)
            .and_then(|k| self.texts.cells.get(k))
            .filter(|_| self.stats.chars(i) <= Texts::MAX_CHARS);
        match cell {
            Some(cell) => Cow::Borrowed(cell.get_or_init(|| self.page.text_content(i).into())),
            None => Cow::Owned(self.page.text_content(i)),
        }
    }

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
        let major = self.is_major(i);
        if !major
            && (super::visibility::is_phone_copy(page, i)
                || super::visibility::is_screen_reader_only(page, i))
        {
            return Some(Reason::Hidden);
        }
        if !major && self.is_tooltip(i) {
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
        if !major && (self.heads_a_form(i) || self.is_headed_form(i)) {
            return Some(Reason::Form);
        }
        if !major && page.signals(i).is_some_and(|s| s.fixed) {
            return Some(Reason::Overlay);
        }
        if self.is_picture_label(i) {
            return Some(Reason::NonContent);
        }
        // A copy is a large share of the page; smaller repeats (a code
        // sample shown twice) are the author's.
        if !major && chars * 10 >= self.total && self.copies.repeats(page, self.stats, i) {
            return Some(Reason::Duplicate);
        }
        if self.clones.binary_search(&i).is_ok() {
            return Some(Reason::Duplicate);
        }
        // Only blocks with a negative hint are looked at further, so that the
        // checks that overrule hints stay off the path of every node.
        let hint = self.hints.get(i);
        let hinted = hint.negative.is_some_and(|r| {
            !((wrapper && r == Reason::Form)
                || (r == Reason::AuthorBox && self.is_author_note(i))
                || (matches!(r, Reason::Header | Reason::Navigation) && self.is_section_heading(i))
                || (r == Reason::Sidebar && !self.eager && self.is_fact_box(i))
                || (r == Reason::Overlay && self.opens_larger(i))
                || (NEEDS_LINKS.contains(&r) && self.shares_class_with_prose(i, r)))
        }) && (!self.carries_post(i) || self.is_posters_column(i))
            && !self.in_running_text(i);
        // Comments, or cards for other stories, beside a story under its
        // own headline are no part of it, however much of the text they
        // hold (the vote left them out, and a block around both may still
        // have been chosen); nor are cards set between its paragraphs.
        if major && self.posts.is_empty() {
            if comments_beside_story(page, self.stats, self.hints, i) {
                return Some(Reason::Comments);
            }
            if tells_of_other_stories(page, self.stats, self.hints, i)
                && (story_beside(page, self.stats, i, BRIEF_MIN_CHARS)
                    || story_around(page, self.stats, i))
            {
                return Some(Reason::Related);
            }
        }
        // A box the page sets aside is one whatever its classes praise
        // (`ipsEntry__author-column`, an entry's column for its poster).
        let set_aside =
            (tag == "aside" && hint.negative == Some(Reason::Sidebar)).then_some(Reason::Sidebar);
        if let Some(reason) = hint.strong_negative().or(set_aside).filter(|_| hinted) {
            let prose = NEEDS_LINKS.contains(&reason)
                && chars >= PROSE_BLOCK_CHARS
                && self.stats.link_density(i) < PROSE_LINK_DENSITY
                && !(reason == Reason::Related && teasers(page, self.stats, i));
            if !major && !prose {
                return Some(reason);
            }
        }
        if self.eager && !major && hinted {
            if let Some(reason) = hint.negative {
                return Some(reason);
            }
        }
        // The headline over the text; further down, a heading that says
        // the title again heads a section of it ("The best scooters" over
        // the comparison). An old template sets the headline as a line of
        // bold or large type over its run of lines.
        if !*title_seen
            && (matches!(tag, "h1" | "h2")
                || (matches!(tag, "span" | "b" | "strong" | "font") && page.stands_alone(i)))
            && self.second_paragraph.is_none_or(|p| i < p)
            && self.is_title(i)
        {
            *title_seen = true;
            return Some(Reason::Title);
        }
        if self.repeats_title_above_text(i) {
            return Some(Reason::Title);
        }
        if self.is_byline(i) || self.is_author_picture(i) {
            return Some(Reason::Byline);
        }
        if self.is_kicker(i) {
            return Some(Reason::Tags);
        }
        if self.is_reply_subject(i) {
            return Some(Reason::Title);
        }
        if self.is_member_line(i)
            || (!major && self.is_member_box(i))
            || self.is_author_card(i)
            || self.is_signature(i)
        {
            return Some(Reason::AuthorBox);
        }
        if self.is_sign_in_prompt(i) || (!major && self.is_ballot(i)) || self.is_feedback_prompt(i)
        {
            return Some(Reason::Form);
        }
        if self.is_edit_note(i)
            || self.is_presence(i)
            || self.is_post_number(i)
            || self.is_numbered_post_time(i)
            || self.is_view_count(i)
            || self.is_counts_line(i)
            || self.is_reading_time(i)
        {
            return Some(Reason::Counter);
        }
        if self.is_button_link(i) || self.is_picture_sale(i) || self.is_access_label(i) {
            return Some(Reason::Promo);
        }
        if self.is_rights_notice(i) {
            return Some(Reason::Footer);
        }
        if self.is_skip_link(i) || self.is_script_link(i) || self.is_jump_out(i) {
            return Some(Reason::Navigation);
        }
        if self.is_skipped(i) {
            return Some(Reason::NonContent);
        }
        if self.is_ad_label(i) {
            return Some(Reason::Ad);
        }
        if self.is_picture_credit(i) {
            return Some(Reason::Credit);
        }
        if self.is_loading_placeholder(i)
            || self.is_scroll_hint(i)
            || self.is_rating_call(i)
            || self.is_edit_link(i)
            || self.is_heading_permalink(i)
            || self.is_bare_caption(i)
            || self.is_picture_control_label(i)
            || self.is_icon_glyph(i)
            || self.is_control_label(i)
            || self.is_audio_label(i)
            || self.is_player_text(i)
            || self.is_control_panel(i)
            || self.is_control_count(i)
            || self.is_running_time(i)
            || self.is_slide_counter(i)
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
        if !major && self.is_disclosure(i) {
            return Some(Reason::Disclosure);
        }
        if !major && (self.is_appeal(i) || self.is_offer(i)) {
            return Some(Reason::Promo);
        }
        if !major && self.is_newsletter_box(i) {
            return Some(Reason::Newsletter);
        }
        if !major && self.is_consent_gate(i) {
            return Some(Reason::Consent);
        }
        if !major
            && (self.is_related_list(i) || tells_of_other_stories(page, self.stats, self.hints, i))
        {
            return Some(Reason::Related);
        }
        if !major && self.is_topic_list(i) {
            return Some(Reason::Tags);
        }
        if !major && (self.is_share_line(i) || self.is_pin_call(i)) {
            return Some(Reason::Share);
        }
        if is_teaser_grid(page, i) && self.grids_are_asides() {
            return Some(Reason::Related);
        }
        if !major {
            return self.link_block(i);
        }
        None
    }

    /// Whether all of box `i`'s text is one heading below the headline's
    /// level: the header of a section of the article (`section-header`
    /// around "Advisory Board", an accordion's `drawer__trigger`), not the
    /// site's header or a menu.
    fn is_section_heading(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let chars = self.stats.chars(i);
        // (A heading is short, and so is the box around it: a menu's many
        // entries are not looked through.)
        (1..=SHORT_BLOCK_CHARS).contains(&chars)
            && page.node(i).end - i <= SHORT_BLOCK_NODES
            && page.descendants(i).any(|d| {
                heading_level(page.tag(d)).is_some_and(|level| level > 1)
                    && self.stats.chars(d) == chars
            })
    }

    /// Whether box `i`, whose class gives it `hint`, is one of the
    /// article's sections: its first class gives the hint, and two siblings
    /// of its tag at least open with that class, one of them holding prose,
    /// in a box that holds most of the article (`skip-item` and `skip-item
    /// bg-gray` around each of the article's parts, `drawer` around each
    /// fold). A theme's name for its sections' boxes says nothing of menus
    /// or share bars, whatever word it holds. A menu's entries may hold as
    /// much prose, but in a box of their own; a page builder's rows share a
    /// first class that names no kind, and the one a later class names as
    /// the footer is that; two sidebars beside the text are two.
    fn shares_class_with_prose(&self, i: NodeIdx, hint: Reason) -> bool {
        let page = self.page;
        let Some((class, parent)) = page.first_class(i).zip(page.parent(i)) else {
            return false;
        };
        if !self.is_major(parent) || class_hint(class) != Some(hint) {
            return false;
        }
        let sections = page.children(parent).filter(|&s| {
            s != i && page.tag(s) == page.tag(i) && page.first_class(s) == Some(class)
        });
        let (mut count, mut prose) = (0, false);
        for s in sections {
            count += 1;
            prose |= self.stats.chars(s) >= PROSE_BLOCK_CHARS
                && self.stats.link_density(s) < PROSE_LINK_DENSITY;
            if count >= SECTIONS_SHARING_CLASS && prose {
                return true;
            }
        }
        false
    }

    /// Whether `i` is a column set aside beside a post for its poster: an
    /// `<aside>` with no paragraph whose first link goes to a member's
    /// page (`/profile/…`, `/members/…`, `/u/…`). Beside a short post it
    /// may hold as much text as the post, which it does not carry.
    fn is_posters_column(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.tag(i) == "aside"
            && !page.descendants(i).any(|d| page.tag(d) == "p")
            && page
                .descendants(i)
                .find(|&d| page.tag(d) == "a")
                .and_then(|a| page.attr(a, "href"))
                .is_some_and(|href| links_to_one_named(href, MEMBER_PATHS))
    }

    /// Whether box `i`, set aside from the text (`<aside>`, a sidebar's
    /// class), is the article's own box of facts: paragraphs or a list with
    /// no link at all ("The ferry in numbers", "How we reported this",
    /// "Fast facts" over "Opened: 1962"). A site's
    /// sidebar links elsewhere. (A reader who asks for more to be removed
    /// sees such boxes go.)
    fn is_fact_box(&self, i: NodeIdx) -> bool {
        let page = self.page;
        self.stats.link_chars(i) == 0
            && !page
                .descendants(i)
                .any(|d| matches!(page.tag(d), "button" | "form" | "input"))
            && page
                .children(i)
                .any(|c| matches!(page.tag(c), "p" | "ul" | "ol" | "dl"))
    }

    /// A paragraph about the author set in the article's text ("Dana Lee
    /// is a former school librarian…"): the article's own note, whatever
    /// its class (`contributor-bio`), unlike a widget's box of portrait,
    /// name and links.
    fn is_author_note(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.tag(i) == "p"
            && self.stats.link_density(i) < PROSE_LINK_DENSITY
            && !page.descendants(i).any(|d| is_media(page, d))
    }

    /// An inline element that is part of a line of text: a link inside a
    /// sentence, or one holding most of a heading's words (a heading linked
    /// to the table of contents). Its class (`popup`, `toc-backref`) does not
    /// take words out of the text.
    fn in_running_text(&self, i: NodeIdx) -> bool {
        self.in_text_of(i, |line| self.stats.chars(line))
    }

    /// Like [`Self::in_running_text`], where the line is only the run of
    /// inline elements around `i` (see [`Self::line_chars`]): a counter
    /// set between a post's blocks is a line of its own.
    fn amid_words(&self, i: NodeIdx) -> bool {
        self.in_text_of(i, |line| self.line_chars(line, i))
    }

    /// Whether inline element `i` is part of a line of text, the line's
    /// text measured by `line_chars` from the block that holds it.
    fn in_text_of(&self, i: NodeIdx, line_chars: impl Fn(NodeIdx) -> usize) -> bool {
        let page = self.page;
        if is_block(page.tag(i)) || self.holds_blocks_as_custom_element(i) {
            return false;
        }
        let Some(line) = self.line_of(i) else {
            return false;
        };
        let (own, all) = (self.stats.chars(i), line_chars(line));
        if heading_level(page.tag(line)).is_some() {
            own * 2 >= all
        } else {
            // More than a glyph (an "i" that opens a dialog), less than the line.
            own > 1 && all >= own * 2
        }
    }

    /// Whether `i` is a custom element (`amp-ad`, `ad-slot`: a name with a
    /// hyphen) around blocks: its scripts or the page's styles set it as a
    /// block of its own, as AMP's do, not as words of a line.
    fn holds_blocks_as_custom_element(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.tag(i).contains('-') && page.children(i).any(|c| is_block(page.tag(c)))
    }

    /// The text of the line inline element `i` is on, in block `line`: the
    /// run of inline siblings around it, between `line`'s blocks (a
    /// browser sets such a run as a line of its own).
    fn line_chars(&self, line: NodeIdx, i: NodeIdx) -> usize {
        let page = self.page;
        let runs = self.runs.get_or_init(|| {
            // Each block's children once, the page over: a run's text is
            // given to every child in it.
            let mut runs = vec![0; page.len()];
            let mut run: Vec<NodeIdx> = Vec::new();
            let mut close = |run: &mut Vec<NodeIdx>| {
                let chars: usize = run.iter().map(|&c| self.stats.chars(c)).sum();
                for c in run.drain(..) {
                    runs[c] = chars;
                }
            };
            for block in (0..page.len()).filter(|&b| is_block(page.tag(b))) {
                for child in page.children(block) {
                    if is_block(page.tag(child)) {
                        close(&mut run);
                    } else {
                        run.push(child);
                    }
                }
                close(&mut run);
            }
            runs
        });
        page.self_and_ancestors(i)
            .find(|&a| page.parent(a) == Some(line))
            .map_or_else(|| self.stats.chars(line), |item| runs[item])
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

    /// Whether a block holds words the page declares as the text of a post,
    /// a comment or an answer (schema.org's `itemprop="text"`), outside
    /// links: a short reply ("NIH - 7/18") among its post's links (the
    /// date, the number, who reacted) is the thread's, not a box of links.
    fn holds_declared_text(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.descendants(i)
            .any(|d| self.stats.prose(d) > 0 && page.lists(d, "itemprop", "text"))
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

    /// Whether block `i` holds most of the article's text.
    fn is_major(&self, i: NodeIdx) -> bool {
        self.stats.chars(i) * 2 > self.total
    }

    /// Whether `i` is an element whose text weighs within `chars`, small
    /// enough in nodes ([`SHORT_BLOCK_NODES`]) for its words to be read.
    fn is_short_element(&self, i: NodeIdx, chars: std::ops::RangeInclusive<usize>) -> bool {
        self.page.text(i).is_none()
            && chars.contains(&self.stats.chars(i))
            && self.page.node(i).end - i <= SHORT_BLOCK_NODES
    }

    /// Whether the first words of `i` are `opening` (ASCII, in any case):
    /// the first text node decides before the whole text is read.
    fn opens_with(&self, i: NodeIdx, opening: &str) -> bool {
        self.first_words(i).is_some_and(|t| {
            t.get(..opening.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(opening))
        })
    }

    /// The element of the page with id `id`, the target of a link to
    /// `#id`. Ids are meant to be unique; of an id a page repeats, the last
    /// element is kept (a browser would take the first).
    fn element_with_id(&self, id: &str) -> Option<NodeIdx> {
        let page = self.page;
        let ids = self.ids.get_or_init(|| {
            (0..page.len())
                .filter_map(|j| Some((page.attr(j, "id")?, j)))
                .collect()
        });
        ids.get(id).copied()
    }

    /// The first text node in `i` that holds words, from its first word.
    fn first_words(&self, i: NodeIdx) -> Option<&str> {
        let page = self.page;
        page.descendants(i)
            .find_map(|d| page.text(d).map(str::trim_start).filter(|t| !t.is_empty()))
    }
}

/// Whether `i` is a medium (see [`is_media`]) or holds one.
pub(super) fn holds_media(page: &Page, i: NodeIdx) -> bool {
    page.subtree(i).any(|d| is_media(page, d))
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

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// An old template's run of lines parted by `<br>`: the headline set
    /// as a line of bold type over it, and an ad's label on a line of its
    /// own, go; the same words inside a line stay.
    #[test]
    fn an_old_templates_headline_and_ad_lines_go() {
        let html = "<html><head><title>Valley Echo - Mill owners plan flats in the old warehouse</title></head><body>\
            <div id=\"main\"><span class=\"headline\">Mill owners plan flats in the old warehouse</span><br><br>\
            THE owners of the former wool warehouse have submitted plans to turn the listed building into 42 flats.<br><br>\
            The warehouse, built in 1862, has stood empty since the wool merchants closed in 1987, and part of its roof fell in.<br><br>\
            <b>ADVERTISEMENT</b><br><a href=\"https://ads.example.net/c\"><img src=\"/ads/garage.gif\" width=\"468\" height=\"60\" alt=\"\"></a><br><br>\
            The developer said the plans keep the stone front; the <b>advertisement</b> boards on it will go, \
            and so will the sign that says <b>Mill owners plan flats in the old warehouse</b> on the gate.<br><br>\
            The civic trust welcomed the plans but asked for more parking, and residents can comment until April.</div></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        let text = article.text;
        assert!(text.starts_with("THE owners"), "{text:?}");
        assert!(!text.contains("ADVERTISEMENT"), "{text:?}");
        assert!(text.contains("the advertisement boards"), "{text:?}");
        assert!(text.contains("says Mill owners plan flats"), "{text:?}");
    }

    /// The article's sections stay, the short ones too, where the theme
    /// names each section's box with a word that names a menu elsewhere
    /// (`skip-item`, the target of the contents' skip links): a long
    /// section under the same first class shows what the class names. A
    /// box under a class that only later says menu goes, and so does one
    /// that shares its class with one section only, or only with short
    /// boxes, or with boxes that hold little of the article.
    #[test]
    fn short_sections_under_a_menus_word_stay() {
        let long =
            "The ferry returns to its winter timetable on Monday, with two crossings a day. "
                .repeat(8);
        let section = |class: &str, text: &str| {
            format!("<div class=\"{class}\"><h2>The timetable</h2><p>{text}</p></div>")
        };
        let sections = |class: &str, count: usize| section(class, &long).repeat(count);
        // Whether the short box of `class` after `others` stays, with
        // `more` of the story after their box.
        let kept = |others: String, class: &str, more: &str| {
            let html = format!(
                "<html><body><article><h1>Winter sailings</h1><div>{others}\
                 <div class=\"{class}\"><h2>Tickets</h2><p>Tickets are sold on board, by card or in cash.</p></div>\
                 </div>{more}</article></body></html>"
            );
            let text = extract(&html, &Options::default()).unwrap().text;
            text.contains("Tickets are sold")
        };
        for class in ["skip-item", "skip-item bg-gray"] {
            assert!(kept(sections("skip-item", 2), class, ""), "{class}");
        }
        assert!(!kept(sections("section-item", 2), "section-item skip", ""));
        assert!(!kept(sections("skip-item", 1), "skip-item", ""));
        let short = section("skip-item", "Boats leave from the north pier.").repeat(2);
        assert!(!kept(format!("{short}<p>{long}</p>"), "skip-item", ""));
        let more = format!("<p>{long}</p>").repeat(4);
        assert!(!kept(sections("skip-item", 2), "skip-item", &more));
    }

    /// A picture that opens larger stays, though its class names what it
    /// opens (`wp-lightbox-container`, `modal-slideshow`), and so does its
    /// caption. A pop-up with a picture and a sign-up field goes, and so
    /// does one with a picture and its pitch, a dialog of pictures, and a
    /// pop-up with no picture.
    #[test]
    fn a_picture_that_opens_larger_stays() {
        let story = "<p>The new breakwater took three winters to build, and the harbour \
            master says it has already saved two boats from the autumn gales.</p>";
        let article = |block: &str| {
            let html = format!(
                "<html><body><article><h1>The breakwater</h1>{story}{block}{story}</article></body></html>"
            );
            extract(&html, &Options::default()).unwrap()
        };
        let kept = |class: &str, inside: &str| {
            let figure = format!(
                "<figure class=\"{class}\"><img src=\"/wall.jpg\" alt=\"\">{inside}</figure>"
            );
            article(&figure).html.contains("wall.jpg")
        };
        let caption =
            "<figcaption>The breakwater at low tide, from the lighthouse, in the last light of a \
            January afternoon.</figcaption>";
        assert!(kept("wp-block-image wp-lightbox-container", caption));
        assert!(kept("modal-slideshow", "<button>Enlarge</button>"));
        assert!(!kept(
            "popup",
            "<input type=\"email\"><button>Join</button>"
        ));
        assert!(!kept(
            "popup",
            "<p>Our harbour guide, free to every reader who joins us today.</p>"
        ));
        assert!(!kept(
            "modal",
            "<div role=\"dialog\"><img src=\"/next.jpg\"></div>"
        ));
        assert!(!kept(
            "modal",
            "<dialog open><img src=\"/next.jpg\"></dialog>"
        ));
        let text = article("<div class=\"popup\">Saved to your list</div>").text;
        assert!(!text.contains("Saved"), "{text:?}");
    }

    /// A card a page shows while the pointer rests on a name (a
    /// `popover`: the writer's picture, biography and a link to the
    /// profile) goes; a term so classed inside a sentence stays.
    #[test]
    fn a_hover_card_goes() {
        let html = "<html><body><article><h1>The breakwater</h1>\
            <p>The new breakwater took three winters to build, and the harbour master says it has \
            already saved two <span class=\"term-popover\">trawlers</span> from the autumn gales.</p>\
            <p>Its last stones were set in March, a month late, after a storm carried away the crane.</p>\
            <p class=\"contributors\">Additional reporting by <a href=\"/staff/ines\">Ines Ferreira</a></p>\
            <div class=\"profile-popover\"><img src=\"/ines.jpg\" alt=\"\">\
            <p>Ines Ferreira covers the harbour and the fleet. Before that she spent ten years on the boats.</p>\
            <a href=\"/staff/ines\">View full profile</a></div>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("ten years on the boats"), "{text:?}");
        assert!(!text.contains("View full profile"), "{text:?}");
        assert!(text.contains("saved two trawlers from"), "{text:?}");
        assert!(text.contains("reporting by Ines Ferreira"), "{text:?}");
    }

    /// An AMP page's ad goes, with the words it shows while nothing loads:
    /// a custom element around blocks is set as a block, not as words of
    /// a line. A custom element inside a sentence stays.
    #[test]
    fn an_amp_ad_goes() {
        let html = "<html><body><article><h1>Harbour dredging</h1>\
            <p>Work to deepen the harbour entrance will begin in June, the port authority said on Monday.</p>\
            <amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"><div placeholder>Advertisement</div>\
            <div fallback>Ad failed to load</div></amp-ad>\
            <p>The dredging will let larger ferries use the port at low tide, <ad-note class=\"ad\">as the \
            <b>operators</b> asked</ad-note>, and take about ten weeks.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Ad failed"), "{text:?}");
        assert!(text.contains("as the operators asked"), "{text:?}");
    }

    /// A box that a class calls a header or a menu's part and that holds
    /// only a heading below the headline's is a section's header: the
    /// heading stays (an accordion's drawer opens under it). The article's
    /// own header, holding its headline, goes as before.
    #[test]
    fn a_sections_header_keeps_its_heading() {
        let story = "<p>The ferry runs twice a day in winter, and the morning boat is the one \
            the islanders take, with their shopping and their dogs.</p>";
        let html = format!(
            "<html><body><article><div class=\"site-header\"><h1>Winter sailings</h1>\
            <a href=\"/\">Home</a></div>{story}\
            <div class=\"section-header section-header--left\"><h2 class=\"section-header__title\">\
            Advisory Board</h2></div>{story}\
            <div class=\"accordion_drawer__trigger\"><h2>Our testing</h2></div>{story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("\n\nAdvisory Board\n\n"), "{text:?}");
        assert!(text.contains("\n\nOur testing\n\n"), "{text:?}");
        assert!(!text.contains("Home"), "{text:?}");
    }

    /// Comments under a story with a headline of its own go, though they
    /// hold most of the text and the block chosen around the story (the
    /// page's `<main>`, alone in its wrapper) holds them too.
    #[test]
    fn comments_beside_a_story_go_however_long() {
        let comment = |name: &str, text: &str| {
            format!(
                "<div class=\"post\"><span class=\"author\">{name}</span>\
                <div class=\"post-message\"><p>{text}</p></div></div>"
            )
        };
        let said = [
            "The old quay wall was patched twice in my time on the boats, and each time the \
            patch lasted a single winter before the sea took it back out again.",
            "Two months without the early crossing is hard on anyone who works on the \
            mainland, and the board has said nothing about a water taxi for them.",
            "Who pays for the crane barge? Last year we were told that the harbour fund was \
            empty, and now there is money for divers, a barge and a new pontoon.",
            "The drawings in the library show a ramp wide enough for wheelchairs and prams, \
            which the old timber pontoon never had, so some good comes of it.",
        ];
        let comments: String = said
            .iter()
            .cycle()
            .take(8)
            .enumerate()
            .map(|(n, text)| comment(&format!("reader{n}"), text))
            .collect();
        let html = format!(
            "<html><body><div class=\"page\"><main><section class=\"content\">\
            <h1>Ferry pier to be rebuilt</h1><p class=\"byline\">By Nora Quinlan</p>\
            <div class=\"article-body\"><p>The ferry pier will be closed from January while its \
            timber pontoon is replaced with a concrete one, the harbour board said on Wednesday.</p>\
            <p>The early sailing will be dropped for the eight weeks of the works, and the later \
            boats will use the north quay, which floods at the top of the spring tides.</p></div>\
            </section><div id=\"comments\"><div class=\"post-list\">{comments}</div></div>\
            </main></div></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("north quay"), "{text:?}");
        assert!(
            !text.contains("reader") && !text.contains("crane barge"),
            "{text:?}"
        );
    }

    /// Cards for the next stories under a short story go, though they
    /// hold most of the text of the block chosen around the story.
    #[test]
    fn cards_after_a_short_story_go_however_long() {
        let cards = [
            ("Lifeboat day raises a record sum", "Crowds filled the harbour for the crew's open day, and the raffle alone raised more than the whole day did last year."),
            ("Winter bus timetable published", "Fewer buses will run on Sundays from November, the council said, and the last bus from the pier will leave earlier."),
            ("School roof repairs finished", "The roof of the island school has been mended a week before the pupils return."),
            ("Ferry fares to rise in spring", "Fares on the mainland crossing will rise by a tenth in April, the operator said, the first rise in three years."),
            ("New doctor for the island surgery", "A second doctor will join the surgery in January, ending a year of waits of a fortnight or more for appointments."),
            ("Harbour wall to be surveyed", "Engineers will survey the harbour wall next month after cracks were found along its seaward face in October."),
            ("Choir wins regional prize", "The island choir took first prize at the regional festival on the mainland, its first win in twenty years of trying."),
            ("Library extends opening hours", "The library will open on Saturday afternoons from next month, the council said, as a trial until the summer."),
        ];
        let cards: String = cards
            .iter()
            .enumerate()
            .map(|(n, (headline, blurb))| {
                format!(
                    "<div class=\"card\"><a href=\"/s/{n}\"><img src=\"/{n}.jpg\"><h3>{headline}</h3></a>\
                    <p class=\"excerpt\">{blurb}</p></div>"
                )
            })
            .collect();
        let html = format!(
            "<html><head><title>Pier café to reopen | Island Times</title></head><body><main>\
            <header class=\"article-header\"><h1>Pier café to reopen</h1>\
            <p class=\"byline\">By Nora Quinlan</p>\
            <p class=\"standfirst\">The café on the ferry pier, shut since the spring storms flooded its kitchen, has new owners, who will keep its old menu.</p></header>\
            <div class=\"post-content entry\"><div class=\"article-body\"><figure><img src=\"/cafe.jpg\"><figcaption>The café on the pier.</figcaption></figure>\
            <p>The café on the ferry pier will reopen on Saturday, its new owners said, after a summer shut.</p>\
            <div class=\"read-more\"><h4>Read more</h4><ul><li><a href=\"/a\">Ferry pier to be rebuilt</a></li><li><a href=\"/b\">Storm damage on the quay</a></li><li><a href=\"/c\">Harbour fund to pay for repairs</a></li></ul></div>\
            <p>The sisters who bought it will add soup in winter.</p></div></div>\
            <section class=\"more-news\"><h2>More news</h2>{cards}</section></main></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("add soup in winter"), "{text:?}");
        assert!(
            !text.contains("More news") && !text.contains("raffle"),
            "{text:?}"
        );
    }

    /// A box of facts set aside in the text, its paragraphs linking
    /// nowhere, is the article's; a box of links set aside goes.
    #[test]
    fn a_fact_box_set_aside_stays() {
        let story = "<p>The ferry runs twice a day in winter, and the morning boat is the one \
            the islanders take, with their shopping and their dogs.</p>";
        let html = format!(
            "<html><body><article><h1>Winter sailings</h1>{story}\
            <aside class=\"factbox\"><h3>The ferry in numbers</h3><p>Built in 1998, the Island Queen \
            carries 300 passengers and 40 cars.</p></aside>{story}\
            <div class=\"sidebar-note\"><h4>How we reported this</h4><p>Our reporter rode the ferry \
            six times in October.</p></div>{story}\
            <aside class=\"factbox\"><h3>Fast facts</h3><ul><li>Length: 310 metres</li>\
            <li>Opened: 1962</li></ul></aside>{story}\
            <aside><h3>More on the islands</h3><p><a href=\"/a\">The last lighthouse keeper</a></p>\
            <p><a href=\"/b\">A winter on the quay</a></p></aside>{story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("Island Queen"), "{text:?}");
        assert!(text.contains("How we reported this"), "{text:?}");
        assert!(text.contains("Opened: 1962"), "{text:?}");
        assert!(!text.contains("lighthouse"), "{text:?}");
    }

    /// A poster's column set aside beside each post goes, though its class
    /// names it a part of the entry (`ipsEntry__author-column`), and
    /// beside a post shorter than itself too.
    #[test]
    fn a_posters_column_set_aside_goes() {
        let post = |n: u32, name: &str, about: &str, text: &str| {
            format!(
                "<article class=\"ipsEntry\"><aside class=\"ipsEntry__author-column\">\
                <h3><a href=\"/profile/{n}/\">{name}</a></h3><div><span>Members</span></div>\
                <ul><li><strong>About me:</strong><div>{about}</div></li></ul></aside>\
                <div class=\"ipsEntry__content\"><p>{text}</p></div></article>"
            )
        };
        let html = format!(
            "<html><body><main><h1>Where to go if the forum closes</h1><div class=\"cTopic\">{}{}{}</div>\
            </main></body></html>",
            post(1, "Ann Lee", "Rocket scientist", "If the forum closes, where will we all go? I have been \
                here for ten years and would miss the people more than the game."),
            post(2, "Bo Chan", "No one of consequence", "There are other communities on the web where we \
                can talk about rockets and crashing them, and we will find each other there.")
                + &post(4, "Di Fox", "Boldly crashing what no one has crashed before!", "To the wiki, I guess."),
            post(3, "Cy Diaz", "Crashing what no one has crashed before", "The wiki will stay up whatever \
                happens to the forum, and the old threads are saved there, page by page.")
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("find each other there"), "{text:?}");
        assert!(text.contains("page by page"), "{text:?}");
        assert!(
            !text.contains("About me") && !text.contains("No one of consequence"),
            "{text:?}"
        );
        // Beside a short post, the column holds as much text as the post.
        assert!(text.contains("To the wiki"), "{text:?}");
        assert!(!text.contains("Di Fox"), "{text:?}");
    }

    /// Cards for other stories set between two stretches of the story go
    /// when the heading they open with says so ("Related coverage", "Top
    /// stories"), whatever their classes; a box of the story's own
    /// sections, headed otherwise, stays.
    #[test]
    fn cards_for_other_stories_in_the_story_go() {
        let card = |n: usize, title: &str| {
            format!(
                "<div class=\"x{n}\"><h4><a href=\"/{n}\">{title}</a></h4>\
                 <p>The board approved the change in March, saying it needed to replace the old pipes across the older towns.</p></div>"
            )
        };
        let page = |heading: &str| {
            let stretch = "<div class=\"k2\"><p>The water utility failed to bill businesses for twelve million dollars of water over five years, an audit found.</p>\
                <p>The audit found that fourteen hundred accounts had broken meters, some of them for more than a decade.</p></div>";
            format!(
                "<html><body><main class=\"k1\"><h1>Audit finds unbilled water</h1>{stretch}\
                 <div class=\"k3\"><h3>{heading}</h3>{}{}</div>{stretch}</main></body></html>",
                card(1, "Water rates to rise in July"),
                card(2, "Utility chief departs after two years")
            )
        };
        let text = |html: &str| extract(html, &Options::default()).unwrap().text;
        for heading in ["Related coverage", "Top stories"] {
            let article = text(&page(heading));
            assert!(!article.contains("Water rates"), "{heading}: {article}");
            assert!(article.contains("fourteen hundred"), "{article}");
        }
        let sections = text(&page("The bills in question"));
        assert!(sections.contains("Water rates"), "{sections}");
    }

    /// Cards for other stories set in a short story, between its
    /// paragraphs, go though they hold most of its text.
    #[test]
    fn cards_in_a_short_story_go_however_long() {
        let cards: String = (1..=5)
            .map(|n| {
                format!(
                    "<article class=\"card\"><h3><a href=\"/{n}\">Harbour story number {n}</a></h3>\
                     <p>The board approved the change in March, saying it needed to replace the old pipes across the older towns.</p></article>"
                )
            })
            .collect();
        let html = format!(
            "<html><head><title>Audit finds unbilled water</title></head><body><main><article>\
             <h1>Audit finds unbilled water</h1><div class=\"body\">\
             <p>The water utility failed to bill businesses for twelve million dollars of water over five years, an audit found.</p>\
             <aside class=\"widget\"><h3>Most popular</h3>{cards}</aside>\
             <p>The audit found that fourteen hundred accounts had broken meters, some of them for more than a decade.</p>\
             <p>The utility said it would replace the broken meters by the end of the year, and bill the businesses for what they use from then on.</p></div></article></main></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("fourteen hundred"), "{text}");
        assert!(
            !text.contains("Most popular") && !text.contains("old pipes"),
            "{text}"
        );
    }

    /// Links set apart that jump ahead in the page, only run its script
    /// or lead to a part of it the reader view leaves out ("Jump to
    /// Recipe", "Print Recipe", "Leave a comment") go; an accordion's
    /// question, a picture's link, a heading's link, paragraphs in a link
    /// and a link in a sentence, set in italics, stay.
    #[test]
    fn controls_drawn_as_links_go() {
        let step =
            "<p>Soften the onions in the butter for ten minutes, then add the stock and the \
                    potatoes and simmer until the potatoes break up under a spoon.</p>";
        let html = format!(
            "<html><body><article><h1>Leek and potato soup</h1>\
             <a href=\"#recipe\">Jump to Recipe</a> <a href=\"#\">Print Recipe</a>{step}\
             <a href=\"#\"><img src=\"https://example.com/soup.jpg\" alt=\"The soup\"></a>{step}\
             <h2><a href=\"#\">Method</a></h2>{step}\
             <div class=\"faq\"><a href=\"#\">How long does it keep?</a><p>Three days in the fridge.</p></div>\
             <a href=\"javascript:void(0)\"><p>Serve it hot.</p></a>\
             <p>Season it, <em><a href=\"#\">as the notes say</a></em>, before serving.</p>\
             <div id=\"recipe\">{step}</div><a href=\"#respond\">Leave a comment</a></article>\
             <form id=\"respond\"><textarea></textarea><button>Post</button></form></body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        let text = article.text;
        assert!(
            !text.contains("Jump to")
                && !text.contains("Print Recipe")
                && !text.contains("Leave a comment"),
            "{text}"
        );
        for kept in [
            "Method",
            "How long does it keep?",
            "Serve it hot.",
            "Season it, as the notes say, before serving.",
        ] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
        assert!(article.html.contains("soup.jpg"), "{}", article.html);
    }

    /// Cards for other stories beside a news brief of one paragraph go,
    /// though they hold most of the text of the block chosen around it.
    #[test]
    fn cards_beside_a_brief_go() {
        let blurbs = [
            "The lifeboat crew raised more at their open day than in any year since the station opened.",
            "Fewer buses will run on Sundays from November, the council said, and the last bus from the pier will leave earlier.",
            "The roof of the island school has been mended a week before the pupils return, after a summer of work by a crew from the mainland that slept in the hall and ate at the café.",
            "Fares on the mainland crossing will rise by a tenth in April, the operator said, the first rise in three years, and a season ticket will cost forty pounds more than it does now.",
            "Engineers will survey the harbour wall next month after cracks were found along its seaward face in October.",
            "The island choir took first prize at the regional festival, its first win in twenty years of trying.",
        ];
        let cards: String = blurbs
            .iter()
            .enumerate()
            .map(|(n, blurb)| {
                format!(
                    "<div class=\"card\"><a href=\"/story/{n}\"><h3>Headline of another story number {n} for readers</h3></a>\
                     <p class=\"excerpt\">{blurb}</p></div>"
                )
            })
            .collect();
        let headline = "Evening ferry cancelled in high winds as the storm reaches the coast";
        let html = format!(
            "<html><head><title>{headline} | Harbour News</title></head><body><div class=\"page\"><main><article>\
             <h1>{headline}</h1><p class=\"byline\">By Ann Lee</p><div class=\"article-body\"><p>The evening \
             ferry is cancelled tonight because of high winds, the operator said, and the morning sailing is \
             expected to run as usual from the north quay.</p></div><ul class=\"tags\"><li><a href=\"/tag/roads\">Roads</a></li>\
             <li><a href=\"/tag/ferry\">Ferry</a></li><li><a href=\"/tag/weather\">Weather</a></li></ul></article></main>\
             <aside class=\"sidebar\"><h3>Most read</h3>{cards}</aside></div></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("high winds"), "{text}");
        assert!(
            !text.contains("Most read") && !text.contains("lifeboat"),
            "{text}"
        );
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
}
