//! What an element's name, `class`, `id`, `role` and `itemprop` say about it,
//! read once per element.

use crate::heuristics::{
    COMMENT_COUNTS, DISCLOSURE_WORDS, HINT_WEIGHT, NEGATIVE_HINTS, POSITION_WORDS, POSITIVE_HINTS,
    STRONG_NEGATIVE, TEXT_UTILITIES,
};
use crate::metadata::{self, Declared};
use crate::page::{heading_level, NodeIdx, Page};
use crate::plan::Reason;
use crate::render::is_table_part;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::OnceLock;

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
        (!self.positive || STRONG_NEGATIVE.contains(&reason)).then_some(reason)
    }
}

/// What `<main>`, `<article>` and `itemprop="articleBody"` say.
const POSITIVE: Hint = Hint {
    negative: None,
    positive: true,
};

pub(crate) struct Hints {
    hints: Vec<Hint>,
    /// Elements whose `itemprop` names the author, in document order.
    authors: Vec<NodeIdx>,
    /// What the page's schema.org data calls it (see
    /// [`crate::metadata::declared`]): read the first time comments are
    /// weighed beside a story or a question, as most pages are never asked.
    declared: OnceCell<Declared>,
}

impl Hints {
    /// Reads every element once. Themes repeat the same `class` values
    /// hundreds of times on a page, so each distinct value is matched once.
    pub fn compute(page: &Page) -> Hints {
        let mut by_class: FxHashMap<&str, Hint> = FxHashMap::default();
        let mut authors = Vec::new();
        let mut counts = Vec::new();
        let mut comment_links = Vec::new();
        // Inside a code sample, classes name the code's tokens for its
        // colours (`token comment`, `hljs-title`), not parts of the page.
        let mut code_ends = 0;
        let hints = (0..page.len())
            .map(|i| {
                if i < code_ends {
                    return Hint::default();
                }
                let Some(element) = page.element(i) else {
                    return Hint::default();
                };
                if matches!(&*element.name, "pre" | "code") {
                    code_ends = page.node(i).end;
                }
                let name = &*element.name;
                match name {
                    "body" | "html" => return Hint::default(),
                    "main" | "article" => return POSITIVE,
                    _ => {}
                }
                let [class, id, role, itemprop] =
                    ["class", "id", "role", "itemprop"].map(|a| element.attr(a));
                if itemprop.is_some_and(|p| p.contains("articleBody")) {
                    return POSITIVE;
                }
                if page.lists(i, "itemprop", "author") {
                    authors.push(i);
                }
                let class = class.unwrap_or("");
                let from_class = *by_class
                    .entry(class)
                    .or_insert_with(|| words_hint(&semantic_classes(class)));
                // A heading's id is the anchor the contents link to, the
                // slug of its own words ("what-is-social-media-marketing",
                // "toc_2"): it says what the heading is about, not what it
                // is.
                let heading = heading_level(name).is_some();
                if heading && page.has_digit(i) {
                    counts.push(i);
                }
                if name == "a" {
                    if let Some((on, comment)) = element.attr("href").and_then(comment_on) {
                        comment_links.push((i, on, comment));
                    }
                }
                let from_id = id.filter(|_| !heading).map(words_hint).unwrap_or_default();
                // A consent notice's other names say how it is shown
                // (`show-banner`, `modal`, `role="dialog"`): what it is wins.
                let consent = [from_class.negative, from_id.negative]
                    .contains(&Some(Reason::Consent))
                    .then_some(Reason::Consent);
                let negative = consent
                    .or_else(|| semantic_reason(name, role, itemprop))
                    .or(from_class.negative)
                    .or(from_id.negative)
                    // A table has a header and a footer of its own
                    // (`th.headerSort`, `tr.table-footer`), and so has each
                    // fold of an accordion (`accordion-header`, which holds
                    // its question): not the site's. A heading is its
                    // section's header (`h5.list-header` over a list of
                    // pros), and one a class lists in the contents
                    // (`h2.toc`, `h3.navigation-heading`) is no menu; one
                    // the site's footer names is that footer's. A code
                    // sample's header names its file.
                    .filter(|r| {
                        let own_part = matches!(r, Reason::Header | Reason::Footer)
                            && (is_table_part(name)
                                || mentions(class, DISCLOSURE_WORDS)
                                || heads_code(page, i));
                        let section_heading =
                            heading && matches!(r, Reason::Header | Reason::Navigation);
                        !(own_part || section_heading)
                    });
                Hint {
                    negative,
                    positive: from_class.positive || from_id.positive,
                }
            })
            .collect();
        let mut hints = Hints {
            hints,
            authors,
            declared: OnceCell::new(),
        };
        let threads = counts
            .into_iter()
            .filter_map(|heading| counted_comments(page, heading))
            .chain(linked_comments(page, &comment_links));
        for thread in threads {
            if hints.hints[thread].negative.is_none() && !hints.hints[thread].positive {
                hints.hints[thread].negative = Some(Reason::Comments);
            }
        }
        hints
    }

    pub fn get(&self, i: NodeIdx) -> Hint {
        self.hints[i]
    }

    /// Whether the schema.org data of `page` (the page these hints are
    /// of) calls it one story, not a discussion.
    pub fn declares_story(&self, page: &Page) -> bool {
        self.declared(page) == Declared::Story
    }

    /// Whether the schema.org data of `page` calls it a discussion: a
    /// question and its answers, a forum's posting.
    pub fn declares_discussion(&self, page: &Page) -> bool {
        self.declared(page) == Declared::Discussion
    }

    fn declared(&self, page: &Page) -> Declared {
        *self.declared.get_or_init(|| metadata::declared(page))
    }

    /// Elements whose `itemprop` names the author, in document order.
    pub fn authors(&self) -> &[NodeIdx] {
        &self.authors
    }
}

/// The box a heading that counts comments opens ("8 Comments", "Comments
/// (8)", "12 thoughts on “…”", "Kommentare: 3"): the nearest box around
/// the heading that holds more words than the heading's (not only its
/// toggle's icon), the heading first. Only a count makes the
/// heading a thread's: a section on comments in code is headed "Comments"
/// too.
fn counted_comments(page: &Page, heading: NodeIdx) -> Option<NodeIdx> {
    let text = page.text_content(heading).to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let number = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    let counted = match words[..] {
        [a, b] => {
            (number(a) && COMMENT_COUNTS.contains(&b)) || (COMMENT_COUNTS.contains(&a) && number(b))
        }
        _ => false,
    };
    if !counted {
        return None;
    }
    let mut inner = heading;
    for outer in page.ancestors(heading) {
        if matches!(page.tag(outer), "body" | "html" | "main" | "article") {
            return None;
        }
        let mut shown = page.children(outer).filter(|&c| {
            page.subtree(c)
                .any(|j| page.text(j).is_some_and(|t| !t.trim().is_empty()))
        });
        if shown.next() != Some(inner) {
            return None;
        }
        if shown.next().is_some() {
            return Some(outer);
        }
        inner = outer;
    }
    None
}

/// The page and the number of the comment a link leads to
/// (`page#comment-1593`, `#comment_12`, `page?replytocom=1593#respond`,
/// where the permalink of a comment's time or its "Reply" leads), if
/// `href` is such a link.
fn comment_on(href: &str) -> Option<(&str, &str)> {
    fn number(s: &str) -> Option<&str> {
        let s = s.trim_start_matches(['-', '_']);
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0).then(|| &s[..digits])
    }
    let (page, fragment) = href.split_once('#').unwrap_or((href, ""));
    if let Some((path, query)) = page.split_once('?') {
        if let Some((_, reply)) = query.split_once("replytocom=") {
            return number(reply).map(|n| (path, n));
        }
    }
    let named = fragment
        .get(..7)
        .is_some_and(|name| name.eq_ignore_ascii_case("comment"));
    named
        .then(|| number(&fragment[7..]))
        .flatten()
        .map(|n| (page, n))
}

/// The boxes of comments a page marks by their links rather than by name:
/// a box whose items, two or more and at least half its elements, each
/// link to another comment on one page (`links`: each link to a comment,
/// its page and the comment's number, see [`comment_on`]). A comment's
/// own box links to it twice (its time, its "Reply"), and a box of recent
/// comments beside the article links to other pages' comments.
fn linked_comments<'a>(page: &Page, links: &[(NodeIdx, &'a str, &'a str)]) -> Vec<NodeIdx> {
    /// What a box's links say: its last item met with one and that link's
    /// comment, how many items link to a comment other than the item
    /// before's, and the one page they link to ("" for this page, as
    /// `#comment-12` says; `None` once two differ).
    struct Items<'a> {
        last: (NodeIdx, &'a str),
        count: usize,
        on: Option<&'a str>,
    }
    let mut boxes: FxHashMap<NodeIdx, Items> = FxHashMap::default();
    for &(link, on, comment) in links {
        let mut item = link;
        for outer in page.ancestors(link) {
            let entry = boxes.entry(outer).or_insert(Items {
                last: (NodeIdx::MAX, ""),
                count: 0,
                on: Some(""),
            });
            if entry.last.0 != item {
                if entry.last.1 != comment {
                    entry.count += 1;
                }
                entry.last = (item, comment);
            }
            match entry.on {
                Some("") => entry.on = Some(on),
                Some(seen) if !on.is_empty() && seen != on => entry.on = None,
                _ => {}
            }
            item = outer;
        }
    }
    let mut threads: Vec<NodeIdx> = boxes
        .into_iter()
        .filter(|(outer, items)| {
            let elements = page
                .children(*outer)
                .filter(|&c| page.element(c).is_some())
                .count();
            items.on.is_some() && items.count >= 2 && items.count * 2 >= elements
        })
        .map(|(outer, _)| outer)
        .collect();
    threads.sort_unstable();
    threads
}

/// Whether the element is followed by a code block, the next element in
/// its parent: `pre`, or a wrapper whose first element is one. Code
/// samples set their file's name over the code in a `div.header`.
fn heads_code(page: &Page, i: NodeIdx) -> bool {
    let first_element = |of: NodeIdx| page.children(of).find(|&c| page.element(c).is_some());
    page.next_element(i).is_some_and(|n| {
        page.tag(n) == "pre" || first_element(n).is_some_and(|f| page.tag(f) == "pre")
    })
}

/// Whether an attribute value holds any of `words` (written in lower case)
/// in any case: "Byline" and "byline". Most values hold none, so none is
/// copied to lower case to find out.
pub(crate) fn mentions(value: &str, words: &[&str]) -> bool {
    let bytes = value.as_bytes();
    words.iter().any(|word| {
        let word = word.as_bytes();
        let Some(&first) = word.first() else {
            return false;
        };
        memchr::memchr2_iter(first, first.to_ascii_uppercase(), bytes).any(|at| {
            bytes
                .get(at..at + word.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(word))
        })
    })
}

/// Whether element `i`'s class or id [`mentions`] any of `words`.
pub(crate) fn class_or_id_mentions(page: &Page, i: NodeIdx, words: &[&str]) -> bool {
    ["class", "id"]
        .iter()
        .filter_map(|a| page.attr(i, a))
        .any(|v| mentions(v, words))
}

/// The class names of a `class` value that can say what an element is.
/// Utility frameworks write CSS into class names (`md:flex`,
/// `lg:pt-[calc(2rem)]`, `has-[>[data-slot=banner]]:pt-0`): a name with a
/// variant prefix or an arbitrary value says how the element looks, and
/// the words in it (`banner` above) are about something else. So do the
/// words after "has" (`fig--has-shares`, a photo with share buttons on it;
/// `layout--has-sidebar`): they name what the element has, and only the
/// words before them what it is. ("With" joins what a block is made of:
/// `image-with-text`.)
fn semantic_classes(class: &str) -> Cow<'_, str> {
    let styling = |name: &str| name.contains(':') || name.contains('[') || is_utility(name);
    if !class
        .split_ascii_whitespace()
        .any(|name| styling(name) || feature_at(name).is_some())
    {
        return Cow::Borrowed(class);
    }
    let kept: Vec<&str> = class
        .split_ascii_whitespace()
        .filter(|name| !styling(name))
        .map(|name| &name[..feature_at(name).unwrap_or(name.len())])
        .filter(|name| !name.is_empty())
        .collect();
    Cow::Owned(kept.join(" "))
}

/// Where a class name starts to name a feature of the element: at a word
/// "has" between hyphens or underscores, unless the feature
/// is a menu (`link-has-submenu`), which makes the element a menu's entry.
fn feature_at(name: &str) -> Option<usize> {
    let mut start = 0;
    for word in name.split(['-', '_']) {
        if word.eq_ignore_ascii_case("has") && start + word.len() < name.len() {
            // An entry that has a submenu is an entry of a menu.
            let rest = &name[start + word.len()..];
            return (!mentions(rest, &["menu"])).then_some(start);
        }
        start += word.len() + 1;
    }
    None
}

/// Utility classes whose names hold a hint word in the CSS sense of it:
/// the colour, size or alignment of text (`text-gray-400`, `text-sm`,
/// `text-center`), and how a flex box places its content
/// (`justify-content-between`). They style any box at all.
fn is_utility(name: &str) -> bool {
    if let Some(value) = name.strip_prefix("text-") {
        return value.ends_with(|c: char| c.is_ascii_digit()) || TEXT_UTILITIES.contains(&value);
    }
    ["justify-content-", "align-content-", "place-content-"]
        .iter()
        .any(|p| name.starts_with(p))
}

/// What a `class` value, or one class name of it, says a block is not.
pub(crate) fn class_hint(class: &str) -> Option<Reason> {
    words_hint(&semantic_classes(class)).negative
}

/// What the words of a `class` or `id` value say. A hint word of five
/// letters or more matches anywhere (`sharebar`, `newsletter-signup`); a
/// shorter one only as a whole word (`ad`, not `header`).
fn words_hint(value: &str) -> Hint {
    let matcher = HintMatcher::get();
    let lower = value.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let boundary = |at: usize| {
        at == 0
            || at == bytes.len()
            || !bytes[at - 1].is_ascii_alphanumeric()
            || !bytes[at].is_ascii_alphanumeric()
    };
    let mut hint = Hint::default();
    let mut best = usize::MAX;
    for found in matcher.automaton.find_overlapping_iter(&lower) {
        let (start, end) = (found.start(), found.end());
        let part_of_a_word = end - start < 5
            && (!(boundary(start) && (end == bytes.len() || !bytes[end].is_ascii_alphanumeric()))
                || follows_generated(bytes, start));
        if part_of_a_word || follows_position(bytes, start) {
            continue;
        }
        match matcher.meaning[found.pattern().as_usize()] {
            Meaning::Positive => hint.positive = true,
            Meaning::Negative(rank) if rank < best => best = rank,
            Meaning::Negative(_) => {}
        }
    }
    hint.negative = NEGATIVE_HINTS.get(best).map(|(reason, _)| *reason);
    hint
}

/// Whether the word at `start` goes on a generated name (`column356_b8ce28-ad`,
/// `css-1x7f-ad`): the part of the class name just before it holds digits.
fn follows_generated(bytes: &[u8], start: usize) -> bool {
    if start == 0 || !matches!(bytes[start - 1], b'-' | b'_') {
        return false;
    }
    bytes[..start - 1]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric())
        .any(u8::is_ascii_digit)
}

/// Whether the word at `start` follows a word of place in the same class
/// name (`after-ad`, `below-header`): the name says where the element sits,
/// beside the ad or under the header, not that it is one. Anchors that skip
/// an ad land on such a block, which may be the story's next paragraphs.
fn follows_position(bytes: &[u8], start: usize) -> bool {
    if start == 0 || !matches!(bytes[start - 1], b'-' | b'_') {
        return false;
    }
    let word_start = bytes[..start - 1]
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |at| at + 1);
    POSITION_WORDS
        .iter()
        .any(|w| w.as_bytes() == &bytes[word_start..start - 1])
}

#[derive(Clone, Copy)]
enum Meaning {
    Positive,
    /// Index of the reason in `NEGATIVE_HINTS`: earlier reasons win.
    Negative(usize),
}

/// One automaton for every hint word, built once.
struct HintMatcher {
    automaton: AhoCorasick,
    meaning: Vec<Meaning>,
}

impl HintMatcher {
    fn get() -> &'static HintMatcher {
        static MATCHER: OnceLock<HintMatcher> = OnceLock::new();
        MATCHER.get_or_init(|| {
            let mut words = Vec::new();
            let mut meaning = Vec::new();
            for (rank, (_, list)) in NEGATIVE_HINTS.iter().enumerate() {
                for w in *list {
                    words.push(*w);
                    meaning.push(Meaning::Negative(rank));
                }
            }
            for w in POSITIVE_HINTS {
                words.push(*w);
                meaning.push(Meaning::Positive);
            }
            HintMatcher {
                automaton: AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&words)
                    .expect("hint words build an automaton"),
                meaning,
            }
        })
    }
}

/// What the element's name or ARIA role says, which outranks class names.
fn semantic_reason(name: &str, role: Option<&str>, itemprop: Option<&str>) -> Option<Reason> {
    let by_role = match role.unwrap_or("") {
        "navigation" | "menubar" | "menu" => Some(Reason::Navigation),
        "banner" => Some(Reason::Header),
        "contentinfo" => Some(Reason::Footer),
        "complementary" => Some(Reason::Sidebar),
        "search" | "form" => Some(Reason::Form),
        "dialog" | "alertdialog" => Some(Reason::Overlay),
        _ => None,
    };
    // Schema.org's markup for posts names their counters: votes, comments,
    // answers, and the likes and views of an `InteractionCounter`.
    let by_itemprop = match itemprop.unwrap_or("") {
        "upvoteCount"
        | "downvoteCount"
        | "commentCount"
        | "answerCount"
        | "interactionStatistic"
        | "userInteractionCount" => Some(Reason::Counter),
        _ => None,
    };
    by_role.or(by_itemprop).or(match name {
        "nav" => Some(Reason::Navigation),
        "aside" => Some(Reason::Sidebar),
        "footer" => Some(Reason::Footer),
        "form" => Some(Reason::Form),
        "dialog" => Some(Reason::Overlay),
        // AMP's elements for ads and for other sites' widgets of links.
        "amp-ad" | "amp-sticky-ad" | "amp-auto-ads" | "amp-embed" => Some(Reason::Ad),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::{mentions, semantic_classes, words_hint};
    use crate::plan::Reason;

    #[test]
    fn a_word_is_mentioned_in_any_case() {
        assert!(mentions("post-Byline", &["date", "byline"]));
        assert!(mentions("AUTHOR", &["author"]));
        assert!(!mentions("auth", &["author"]));
        assert!(!mentions("", &["author"]));
    }

    /// A consent notice is one whatever its shape: a banner, a dialog.
    #[test]
    fn a_consent_notice_is_named_for_what_it_is() {
        assert_eq!(words_hint("gdpr-banner").negative, Some(Reason::Consent));
        assert_eq!(words_hint("cookie-modal").negative, Some(Reason::Consent));
        assert_eq!(words_hint("site-banner").negative, Some(Reason::Ad));
    }

    #[test]
    fn short_words_are_whole_words_of_their_own() {
        let ad = |class: &str| words_hint(class).negative == Some(Reason::Ad);
        assert!(ad("top-ad"));
        assert!(ad("ad-300x250"));
        assert!(ad("gpt-ad-slot"));
        assert!(!ad("header"));
        // Generated names and "advanced" blocks of page builders.
        assert!(!ad("kadence-column356_b8ce28-ad"));
        assert!(!ad("kt-adv-heading356_9c83af-2d"));
    }

    /// A word of place before a hint says where the block sits: the
    /// story's next paragraphs after an ad, a theme's widgets after the
    /// entry.
    #[test]
    fn a_word_of_place_names_no_kind() {
        assert_eq!(words_hint("after-ad").negative, None);
        assert_eq!(words_hint("below_header").negative, None);
        assert!(!words_hint("after-entry").positive);
        assert_eq!(words_hint("header-ad").negative, Some(Reason::Ad));
        assert_eq!(words_hint("under-header-ad").negative, Some(Reason::Ad));
        assert!(words_hint("entry-content").positive);
    }

    #[test]
    fn machine_summaries_say_so() {
        for class in ["ai-summary-block", "yoast-ai-summarize", "pdp_ai_summary"] {
            assert_eq!(
                words_hint(class).negative,
                Some(Reason::AiSummary),
                "{class}"
            );
        }
        assert_eq!(words_hint("entry-summary").negative, None);
    }

    /// Readers' reactions are comments, in the languages classes are
    /// written in.
    #[test]
    fn reactions_are_comments() {
        for class in [
            "article__reactions",
            "post-reactions",
            "kommentare",
            "reacties-blok",
        ] {
            assert_eq!(
                words_hint(class).negative,
                Some(Reason::Comments),
                "{class}"
            );
        }
    }

    /// A box about the author under the article is a widget, however
    /// its class joins the words.
    #[test]
    fn an_authors_info_box_is_an_author_box() {
        for class in ["page-authorinfo", "author-info", "post_author_info"] {
            assert_eq!(
                words_hint(class).negative,
                Some(Reason::AuthorBox),
                "{class}"
            );
        }
        assert_eq!(words_hint("author-name").negative, None);
    }

    /// The card beside a post with its poster's name, picture and
    /// reputation is a widget, whatever the forum calls it.
    #[test]
    fn a_posters_card_is_an_author_box() {
        for class in [
            "user-info user-hover",
            "userinfo",
            "message-userDetails",
            "message-userExtras",
            "post-usercard",
        ] {
            assert_eq!(
                words_hint(&class.to_lowercase()).negative,
                Some(Reason::AuthorBox),
                "{class}"
            );
        }
        assert_eq!(words_hint("user-action-time").negative, None);
    }

    #[test]
    fn utility_classes_say_nothing() {
        assert_eq!(
            semantic_classes("stack lg:has-[>[data-slot=banner]]:pt-0 pt-[2px] tw:text-center"),
            "stack"
        );
        assert_eq!(semantic_classes("ad-slot sidebar"), "ad-slot sidebar");
        let hint = |class: &str| words_hint(&semantic_classes(class)).negative;
        assert!(hint("lg:has-[>[data-slot=banner]]:pt-0").is_none());
        assert!(hint("promo-banner md:flex").is_some());
        // Utilities named for text and content in the CSS sense say
        // nothing either, so a breadcrumb set in grey stays a breadcrumb;
        // classes that name the text itself still count.
        let positive = |class: &str| words_hint(&semantic_classes(class)).positive;
        assert!(!positive("breadcrumbs gap-2 text-gray-400 text-sm"));
        assert!(!positive("d-flex justify-content-between"));
        assert!(positive("text-content"));
        assert_eq!(hint("breadcrumbs text-gray-400"), Some(Reason::Breadcrumb));
    }

    /// A class that names what the element has or lacks says nothing of
    /// what it is: a photo with share buttons on it is no share bar.
    #[test]
    fn features_named_in_a_class_are_not_the_element() {
        let hint = |class: &str| words_hint(&semantic_classes(class)).negative;
        assert_eq!(hint("element-image fig--has-shares"), None);
        assert_eq!(hint("layout--has-sidebar"), None);
        assert_eq!(hint("comment-has-replies"), Some(Reason::Comments));
        assert_eq!(hint("share-bar has-count"), Some(Reason::Share));
        assert_eq!(hint("link-has-submenu"), Some(Reason::Navigation));
        assert_eq!(semantic_classes("has"), "has");
    }

    const STORY: &str = "<p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>";

    /// The text read from an article of a paragraph, then `blocks`.
    fn read(blocks: &str) -> String {
        let html = format!("<html><body><article>{STORY}{blocks}</article></body></html>");
        crate::extract(&html, &crate::Options::default())
            .unwrap()
            .text
    }

    /// A heading's id, the slug of its words, says nothing of what it is:
    /// a section on sharing the car is no share bar.
    #[test]
    fn a_headings_id_is_its_words() {
        let text = read(&format!(
            "<h2 id=\"sharing-a-car-to-the-social-club\">Sharing a car to the social club</h2>{STORY}\
             <div id=\"social-share\">Follow us</div>"
        ));
        assert!(text.contains("Sharing a car"), "{text:?}");
        assert!(!text.contains("Follow us"), "{text:?}");
    }

    /// The classes a code sample's colours hang on name its tokens, not
    /// parts of the page: a comment and a tag in code stay.
    #[test]
    fn a_code_samples_tokens_are_code() {
        let text = read(
            "<pre><code><div class=\"cm-line\"><span class=\"token comment\">// the ferry waits</span></div>\
             <div class=\"cm-line\"><span class=\"token tag\">&lt;p&gt;</span></div>\
             <div class=\"cm-line\">Boats at seven</div></code></pre>",
        );
        assert!(text.contains("// the ferry waits"), "{text:?}");
        assert!(text.contains("<p>\nBoats at seven"), "{text:?}");
    }

    /// A heading whose class calls it a header heads its section (the
    /// "Pros" over a review's list), and one whose class lists it in the
    /// contents is no menu; one the site's footer names is that footer's
    /// label.
    #[test]
    fn a_heading_is_its_sections_header() {
        let text = read(&format!(
            "{STORY}<h5 class=\"t-list-header\">Pros</h5><ul><li>Warm cabin</li><li>Cheap fares</li></ul>\
             <h3 class=\"navigation-heading\">Fares</h3>{STORY}\
             <h2 class=\"globalfooter-label\">Footer</h2>"
        ));
        assert!(text.contains("Pros\n\n"), "{text:?}");
        assert!(text.contains("Fares\n\n"), "{text:?}");
        assert!(!text.contains("Footer"), "{text:?}");
    }

    /// A code sample's header names its file: it stays over the code,
    /// whether the code follows it or sits in a wrapper of its own. A
    /// header over text is no code's.
    #[test]
    fn a_code_samples_header_names_its_file() {
        let text = read(&format!(
            "<div class=\"code-block\"><div class=\"header\"><p>ferry.toml</p></div>\
             <div class=\"body\"><pre>crossings = 2</pre></div></div>\
             <div><div class=\"header\">timetable.sh</div><pre>./timetable --winter</pre></div>\
             <div><div class=\"header\">Menu</div>{STORY}</div>"
        ));
        assert!(text.contains("ferry.toml\n\ncrossings = 2"), "{text:?}");
        assert!(text.contains("timetable.sh\n\n./timetable"), "{text:?}");
        assert!(!text.contains("Menu"), "{text:?}");
    }

    /// Class names in the languages most news is written in say what a
    /// block is as English ones do.
    #[test]
    fn class_names_in_other_languages_name_their_kind() {
        for (class, reason) in [
            ("comentarios", Reason::Comments),
            ("lista-comentario", Reason::Comments),
            ("noticias-relacionadas", Reason::Related),
            ("verwandte-artikel", Reason::Related),
            ("meistgelesen", Reason::Related),
            ("articoli-correlati", Reason::Related),
            ("publicidad", Reason::Ad),
            ("bloc-publicite", Reason::Ad),
            ("werbung", Reason::Ad),
            ("compartir", Reason::Share),
            ("artikel-teilen", Reason::Share),
            ("migas", Reason::Breadcrumb),
            ("fil-ariane", Reason::Breadcrumb),
            ("barra-lateral", Reason::Sidebar),
            ("pie-de-pagina", Reason::Footer),
            ("rodape", Reason::Footer),
            ("etiquetas", Reason::Tags),
            ("boletin", Reason::Newsletter),
        ] {
            assert_eq!(words_hint(class).negative, Some(reason), "{class}");
        }
        for class in [
            "cuerpo-noticia",
            "artikel-inhalt",
            "contenu-article",
            "corpo articolo",
        ] {
            assert!(words_hint(class).positive, "{class}");
        }
        assert_eq!(words_hint("correlation-chart").negative, None);
    }

    /// A Spanish news page whose blocks are named in Spanish only: its
    /// readers' comments, related stories and ads go.
    #[test]
    fn a_page_named_in_spanish_is_read_without_its_clutter() {
        let story = "El ayuntamiento dijo que las obras del puente comenzarán en enero y que los autobuses cambiarán de ruta durante tres meses.";
        let html = format!(
            "<html lang=\"es\"><body><div class=\"contenedor\"><div class=\"noticia\"><h1>Obras en el puente</h1>\
             <div class=\"cuerpo-noticia\">{}<div class=\"publicidad\"><a href=\"https://ads.example/c\"><img src=\"https://ads.example/b.jpg\"></a>\
             <p>Ofertas de invierno en toda la tienda.</p></div></div>\
             <div class=\"compartir\"><a href=\"https://facebook.example/s\">Facebook</a> <a href=\"https://wa.example/s\">WhatsApp</a></div></div>\
             <div id=\"comentarios\">{}</div>\
             <div class=\"noticias-relacionadas\">{}</div></div></body></html>",
            format!("<p>{story}</p>").repeat(4),
            "<div class=\"comentario\"><span>Lector</span><p>Otra vez obras en enero, como cada año, y nadie avisa a los vecinos de nada.</p><a href=\"#r\">Responder</a></div>".repeat(6),
            "<div><a href=\"/n/1\"><h3>El mercado abre los domingos</h3></a><p>Desde el mes que viene el mercado central abre sus puertas.</p></div>".repeat(5),
        );
        let text = crate::extract(&html, &crate::Options::default())
            .unwrap()
            .text;
        assert!(text.contains("cambiarán de ruta"), "{text}");
        for gone in ["Ofertas", "WhatsApp", "nadie avisa", "mercado"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
    }

    /// A box the page names nothing, opened by a heading that counts
    /// comments ("8 Comments", "Kommentare (3)"), is the story's comments,
    /// and goes however long; a section headed "Comments" with no count
    /// (on comments in code) is the article's.
    #[test]
    fn a_box_under_a_count_of_comments_is_comments() {
        let story = "The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.";
        let reply = "<div><span>Reader</span><p>Two crossings a day is not enough for those of us who work in town, it never was.</p><a href=\"#r\">Reply</a></div>";
        for heading in ["8 Comments", "Comments (8)", "Kommentare: 8"] {
            let html = format!(
                "<html><body><div class=\"x1\"><h1>Winter timetable</h1>{}</div><div class=\"x2\"><h2>{heading}</h2>{}</div></body></html>",
                format!("<p>{story}</p>").repeat(3),
                reply.repeat(8)
            );
            let text = crate::extract(&html, &crate::Options::default())
                .unwrap()
                .text;
            assert!(text.contains("winter timetable"), "{heading}: {text}");
            assert!(!text.contains("never was"), "{heading}: {text}");
        }
        let code = "<div><h2>Comments</h2><p>A comment starts with a hash sign and runs to the end of the line; the interpreter skips it.</p></div>";
        let text = read(code);
        assert!(text.contains("hash sign"), "{text}");
    }

    /// A list whose items each link to a comment on one page (the
    /// permalink of its time, its "Reply") is that page's comments, under
    /// a heading that counts nothing and with no name for the list; a
    /// roundup quoting comments on other pages is the article.
    #[test]
    fn a_list_linking_to_comments_on_one_page_is_comments() {
        let story = "<p>The bench takes two boards of pine, a dozen screws and an afternoon; the legs are cut from the same boards at an angle.</p>";
        // `link` is where each item's links lead, its number for `N`.
        let page = |link: &str| {
            let items: String = (1..=8)
                .map(|n| {
                    let link = link.replace('N', &n.to_string());
                    format!(
                        "<li><div><p><a href=\"https://ann.example\">Reader {n}</a> says</p><p><a href=\"{link}\">May {n}, 2025 at 9:12 am</a></p><p>Reader {n} built one with oak instead of pine, and the legs held well through the winter; the seat was sanded twice and oiled.</p><a href=\"{link}\">Reply</a></div></li>"
                    )
                })
                .collect();
            let html = format!(
                "<html><body><div><h1>Building a bench</h1>{}<h3>Comments</h3><ol>{items}</ol></div></body></html>",
                story.repeat(4)
            );
            crate::extract(&html, &crate::Options::default())
                .unwrap()
                .text
        };
        for link in [
            "https://example.org/bench/#comment-N",
            "#comment_N",
            "/bench/?replytocom=N",
        ] {
            let text = page(link);
            assert!(text.contains("afternoon"), "{link}: {text}");
            assert!(!text.contains("with oak"), "{link}: {text}");
        }
        let roundup = page("https://example.org/table-N/#comment-N");
        assert!(roundup.contains("with oak"), "{roundup}");
    }
}
