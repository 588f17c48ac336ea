//! Finding the article: every paragraph of prose votes for the containers
//! around it and the best-scored container wins; it grows to the sections
//! around it, to the page's main region when that is a page of sections, or
//! to the thread it is a post of; then its siblings that read as part of the
//! same text join it.

use super::copies::Copies;
use super::stats::teasers;
use super::{siblings, thread, Hints, Reason, Stats};
use crate::heuristics::{
    label_words, labels_other_pages, tag_score, MAIN_LINK_DENSITY, MAIN_PROSE_RATIO,
    MIN_PARAGRAPH_CHARS, PAGE_FILL_SHARE, PAGE_VOTE_SHARE, PROSE_LINK_DENSITY, RETRY_BELOW_CHARS,
    VOTE_COPY_MIN_CHARS, WIDEN_CLEAN_LINK_DENSITY, WIDEN_CLEAN_PROSE_RATIO, WIDEN_INTRO_CHARS,
    WIDEN_INTRO_LINK_DENSITY, WIDEN_JUDGED_CHARS, WIDEN_LEVELS, WIDEN_LINK_DENSITY,
    WIDEN_MIN_CHARS, WIDEN_PROSE_RATIO,
};
use crate::metadata::{normalize_date, Slashes};
use crate::page::{is_block, NodeIdx, Page};

/// What the vote chose.
pub(crate) struct Choice {
    /// The article's top-level nodes.
    pub roots: Vec<NodeIdx>,
    /// When the article is a thread, its posts.
    pub posts: Vec<NodeIdx>,
}

impl Choice {
    /// The whole of a block, with no posts.
    pub fn whole(root: NodeIdx) -> Choice {
        Choice {
            roots: vec![root],
            posts: Vec::new(),
        }
    }
}

/// Chooses the article. With `skip_clutter`, paragraphs in blocks hinted as
/// clutter (menus, sidebars, comments...) do not vote; without it (the
/// second pass, when the first read too little), text set loose in a box
/// votes too (see [`loose_prose`]). A block the reader
/// `pointed` at takes the vote's place: the article grows from there as it
/// would from the vote's choice, and always holds it.
pub(crate) fn choose(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    skip_clutter: bool,
    pointed: Option<NodeIdx>,
) -> Option<Choice> {
    let excluded = excluded(page, stats, hints, skip_clutter);
    let loose_votes = !skip_clutter;
    let scores = score(page, stats, hints, &excluded, loose_votes);
    let voted = match pointed {
        Some(block) => best_around(page, &scores, block),
        None => best(&scores)?,
    };
    let top = match scores[voted] {
        Some(_) => climb(page, &scores, voted),
        None => voted,
    };
    let prose = paragraph_prose(page, stats, &excluded);
    let top = widen(page, stats, hints, &prose, top);
    // A page of many sections is read whole, unless the reader pointed at
    // one of them.
    let top = match pointed {
        Some(_) => top,
        None => fill_page(
            page,
            stats,
            hints,
            &prose,
            fill_main(page, stats, &prose, top),
        ),
    };
    // Forum software often calls its posts comments, so in the first pass
    // only the post the vote landed in voted; the run around it is weighed
    // with every post's prose.
    let all_prose = std::cell::OnceCell::new();
    let weighed = || -> &[usize] {
        if skip_clutter {
            all_prose.get_or_init(|| {
                paragraph_prose(page, stats, &self::excluded(page, stats, hints, false))
            })
        } else {
            &prose
        }
    };
    let thread = thread::declared(page, &prose, top)
        .or_else(|| thread::replies(page, stats, hints, (&prose, weighed()), top))
        .or_else(|| thread::find(page, stats, &prose, top))
        .or_else(|| thread::around_post(page, stats, weighed(), voted));
    let opening = thread
        .as_ref()
        .and_then(|thread| thread::opening_post(page, hints, &prose, thread));
    let (top, mut posts) = match thread {
        // The vote's block holds the run: the posts keep their place in it.
        Some(thread) if page.contains(top, thread.root) => (top, thread.posts),
        Some(thread) => (thread.root, thread.posts),
        None => (top, Vec::new()),
    };
    let opening = opening.filter(|&post| !page.contains(top, post));
    // Siblings that read like article join the vote's choice; the reader's
    // is theirs alone, which it must hold.
    match pointed {
        Some(block) if page.contains(top, block) => Some(Choice {
            roots: vec![top],
            posts,
        }),
        Some(block) => Some(Choice::whole(block)),
        None => {
            let mut roots = siblings::gather(page, stats, hints, &scores, &excluded, top);
            if let Some(post) = opening.filter(|&p| !roots.iter().any(|&r| page.contains(r, p))) {
                // Both stay in document order, as the cleaning reads them.
                roots.insert(roots.partition_point(|&r| r < post), post);
                posts.insert(posts.partition_point(|&p| p < post), post);
            }
            Some(Choice { roots, posts })
        }
    }
}

/// The best-scored container that holds `block` (the block itself
/// included, the page's root excepted), or the block when none scored.
fn best_around(page: &Page, scores: &Scores, block: NodeIdx) -> NodeIdx {
    page.self_and_ancestors(block)
        .take_while(|&a| !is_root(page, a))
        .filter_map(|a| scores[a].map(|s| (a, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(block, |(a, _)| a)
}

/// Replaces the vote's choice with the block the page itself declares as
/// its article, for search engines, when that holds real prose: the
/// article's body (`itemprop="articleBody"`) unless the vote found it or a
/// block around it, or else the element typed as a schema.org article
/// (`itemtype` …`Article`, …`BlogPosting`) when the vote found something
/// apart from it and not much larger. (That element also holds the
/// headline, bylines and often related links, so a vote inside it knows
/// better.)
pub(crate) fn prefer_declared(page: &Page, stats: &Stats, content: Vec<NodeIdx>) -> Vec<NodeIdx> {
    let marked = |attr: &str, accept: fn(&str) -> bool| {
        (1..page.len())
            .filter(|&i| {
                page.attr(i, attr)
                    .is_some_and(|v| v.split_ascii_whitespace().any(accept))
            })
            .max_by_key(|&i| stats.prose(i))
            .filter(|&i| stats.prose(i) >= RETRY_BELOW_CHARS)
    };
    let around = |node: NodeIdx| content.iter().any(|&c| page.contains(c, node));
    if let Some(body) = marked("itemprop", |t| t.eq_ignore_ascii_case("articleBody")) {
        return if around(body) { content } else { vec![body] };
    }
    let typed = marked("itemtype", |t| {
        let kind = t.rsplit('/').next().unwrap_or(t);
        kind.ends_with("Article") || kind == "BlogPosting"
    });
    // A typed article much smaller than what the vote found is more likely
    // a teaser card than the story.
    let found = prose_chars(stats, &content);
    match typed {
        Some(article)
            if !around(article)
                && !content.iter().any(|&c| page.contains(article, c))
                && stats.prose(article) * 2 >= found =>
        {
            vec![article]
        }
        _ => content,
    }
}

/// Characters of prose in the chosen nodes.
pub(crate) fn prose_chars(stats: &Stats, content: &[NodeIdx]) -> usize {
    content.iter().map(|&c| stats.prose(c)).sum()
}

/// Blocks whose paragraphs do not vote: cookie banners, pop-ups and the
/// page's footer always (a consent notice, an offer or the legal small print
/// can be the longest text on a page with a short article); with
/// `skip_clutter`, also elements hinted as clutter, and cards for other
/// stories under a related label or class, whose blurbs would make the box
/// that holds both them and the story outvote the story (see
/// [`tells_of_other_stories`]). A hint on a block that holds most of the
/// page's text is a theme's misnomer, not a sidebar or a pop-up.
fn excluded(page: &Page, stats: &Stats, hints: &Hints, skip_clutter: bool) -> Vec<bool> {
    let total = stats.chars(0).max(1);
    let mut excluded = vec![false; page.len()];
    for i in 1..page.len() {
        let hint = hints.get(i);
        let inherited = page.parent(i).is_some_and(|p| excluded[p]);
        let consent = hint.negative == Some(Reason::Consent) && !hint.positive;
        let minor = stats.chars(i) * 2 < total;
        let overlay = hint.negative == Some(Reason::Overlay) && minor;
        let clutter = || {
            (minor && hint.strong_negative().is_some())
                || thread::comments_beside_story(page, stats, hints, i)
                || tells_of_other_stories(page, stats, hints, i)
        };
        excluded[i] = inherited
            || consent
            || overlay
            || is_page_footer(page, i)
            || (skip_clutter && clutter());
    }
    excluded
}

/// Whether the page calls block `i` related, by its class or by the
/// heading it opens with, and it holds cards for other stories (see
/// [`teasers`]): however much of the page's text their summaries make, a
/// short story above them is the article.
pub(crate) fn tells_of_other_stories(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    i: NodeIdx,
) -> bool {
    (hints.get(i).negative == Some(Reason::Related) || headed_as_related(page, stats, i))
        && teasers(page, stats, i)
}

/// Whether block `i` opens with a heading that says what follows are other
/// pages: a label of [`labels_other_pages`] ("More from …"), one that
/// newsrooms set over cards for other stories ("Top stories", "Editor's
/// picks"), or a few words that open with "More" or "Related" ("More
/// local news", "Related coverage"; not "More than a game"), not a link.
/// Over cards, whose headlines are links, such words name other stories;
/// over a list they may name the article's own further reading.
fn headed_as_related(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    /// The most words of a "More …" or "Related …" label.
    const MORE_LABEL_WORDS: usize = 4;
    let Some(heading) = page
        .children(i)
        .find(|&c| page.element(c).is_some())
        .filter(|&h| matches!(page.tag(h), "h2" | "h3" | "h4") && stats.link_chars(h) == 0)
    else {
        return false;
    };
    let text = label_words(&page.text_content(heading));
    labels_other_pages(&text)
        || CARD_LABELS.contains(&text.as_str())
        || (["more ", "related "].iter().any(|o| text.starts_with(o))
            && !text.starts_with("more than ")
            && text.split_whitespace().count() <= MORE_LABEL_WORDS)
}

/// What newsrooms call their cards for other stories, in small letters.
const CARD_LABELS: &[&str] = &[
    "top stories",
    "editor's picks",
    "editors' picks",
    "most read",
    "most popular",
    "trending",
    "trending now",
    "keep reading",
];

/// The page's own footer (`role="contentinfo"`, or a `<footer>` outside any
/// article, main or section): legal text there can outweigh a short
/// article, but it is never the article.
fn is_page_footer(page: &Page, i: NodeIdx) -> bool {
    page.attr(i, "role") == Some("contentinfo")
        || (page.tag(i) == "footer"
            && !page
                .ancestors(i)
                .any(|a| matches!(page.tag(a), "article" | "main" | "section")))
}

/// Content scores of candidate containers; `None` for nodes no paragraph voted for.
pub(crate) type Scores = Vec<Option<f32>>;

fn score(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    excluded: &[bool],
    loose_votes: bool,
) -> Scores {
    let mut scores: Scores = vec![None; page.len()];
    // A paragraph of `VOTE_COPY_MIN_CHARS` or more that repeats one
    // word for word votes once. Page builders write a notice or a story
    // once per screen size and let style sheets show one copy; counted
    // twice, a short notice bar outvotes a page of short sections.
    // Shorter lines (a version note, a line of code) repeat on purpose and
    // vote each time.
    let voters = Copies::default();
    for (i, _) in excluded.iter().enumerate().skip(1).filter(|(_, &x)| !x) {
        let (chars, commas) = if is_paragraph(page, i) {
            (stats.chars(i), stats.commas(i))
        } else {
            match loose_prose(page, stats, i).filter(|_| loose_votes) {
                Some(loose) => loose,
                None => continue,
            }
        };
        if chars < MIN_PARAGRAPH_CHARS
            || is_date_line(page, stats, i)
            || (chars >= VOTE_COPY_MIN_CHARS && voters.seen_before(page, stats, i))
        {
            continue;
        }
        let vote = 1.0 + commas as f32 + (chars as f32 / 85.0).min(3.0);
        for (level, ancestor) in page.ancestors(i).take(5).enumerate() {
            if ancestor == 0 {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            let entry = scores[ancestor].get_or_insert_with(|| {
                tag_score(page.tag(ancestor)) + hints.get(ancestor).weight()
            });
            *entry += vote / divider;
        }
    }
    for (i, score) in scores.iter_mut().enumerate() {
        if let Some(s) = score {
            *s *= 1.0 - stats.link_density(i);
        }
    }
    scores
}

/// Whether block `i` is a short line of a date and time, a digit in four
/// characters or more ("Updated: Jul 14, 2026, 06:45 IST"). Its commas
/// would vote as a sentence's, and a template's date line, in a box named
/// for the story, would join the article as a paragraph of it.
fn is_date_line(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    let chars = stats.chars(i);
    if chars > DATE_LINE_MAX_CHARS || !page.has_digit(i) {
        return false;
    }
    let text = page.text_content(i);
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    digits * DATE_LINE_DIGIT_SHARE >= chars && normalize_date(&text, Slashes::of(page)).is_some()
}

/// Longer than this, a line says more than its date.
const DATE_LINE_MAX_CHARS: usize = 80;

/// A date line has at least one digit in this many characters.
const DATE_LINE_DIGIT_SHARE: usize = 4;

/// The characters and commas of the text set loose in box `i`, outside
/// its block children, when the box parts it with line breaks and it
/// outweighs the blocks and is not mostly links: older systems part
/// paragraphs with `<br><br>` and put a figure or an advertisement's box
/// among them, so the story's box is no paragraph yet holds the story.
/// Forum software sets each post's text loose too; voting in the first
/// pass, a long opening post would outvote the run of posts around it.
fn loose_prose(page: &Page, stats: &Stats, i: NodeIdx) -> Option<(usize, usize)> {
    if !matches!(
        page.tag(i),
        "div" | "section" | "article" | "td" | "blockquote"
    ) || !page.children(i).any(|c| page.tag(c) == "br")
    {
        return None;
    }
    let (mut chars, mut links, mut commas) = (stats.chars(i), stats.link_chars(i), stats.commas(i));
    for c in page.children(i).filter(|&c| is_block(page.tag(c))) {
        chars = chars.saturating_sub(stats.chars(c));
        links = links.saturating_sub(stats.link_chars(c));
        commas = commas.saturating_sub(stats.commas(c));
    }
    (chars * 2 > stats.chars(i) && (links as f32) < chars as f32 * PROSE_LINK_DENSITY)
        .then_some((chars, commas))
}

/// Whether box `i` holds its prose loose, outside its blocks (see
/// [`loose_prose`]).
pub(crate) fn holds_loose_prose(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    loose_prose(page, stats, i).is_some()
}

/// A block that holds prose directly: a paragraph, a preformatted block, a
/// table cell, or a container with no block-level children (themes often set
/// text in bare `div`s).
pub(crate) fn is_paragraph(page: &Page, i: NodeIdx) -> bool {
    let leaf = || !page.children(i).any(|c| is_block(page.tag(c)));
    match page.tag(i) {
        "p" | "pre" | "td" => true,
        // A list item of prose (not a link) votes like a paragraph.
        "li" => leaf(),
        // Text set in a `span` is prose, unless the span is the label of a
        // link: menus wrap each entry's label in one, often under a class
        // such as `ItemContent` that would make it a strong candidate.
        "span" | "font" => leaf() && !page.ancestors(i).any(|a| page.tag(a) == "a"),
        "div" | "section" | "article" | "center" | "blockquote" | "dd" => leaf(),
        _ => false,
    }
}

fn best(scores: &Scores) -> Option<NodeIdx> {
    scores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (i, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| i)
}

/// Moves up from the best container when its parent is the better article:
/// when several other strong candidates sit under the same ancestor (the
/// article's paragraphs were split into sections), when the parent scores
/// higher, or when the container is its parent's only child. Never past
/// the page's main region: the blocks around a short story score by its
/// paragraphs alone, and the wrapper beyond `<main>` would lift it into
/// the page beside the cards next to it.
fn climb(page: &Page, scores: &Scores, top: NodeIdx) -> NodeIdx {
    let top_score = scores[top].unwrap_or(0.0);
    let strong: Vec<NodeIdx> = {
        let mut ranked: Vec<(NodeIdx, f32)> = scores
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.map(|s| (i, s)))
            .filter(|&(i, s)| i != top && s >= top_score * 0.75)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranked.into_iter().take(5).map(|(i, _)| i).collect()
    };
    let mut current = top;
    if strong.len() >= 3 {
        for ancestor in page.ancestors(top) {
            if is_root(page, ancestor) {
                break;
            }
            let holding = strong
                .iter()
                .filter(|&&s| page.contains(ancestor, s))
                .count();
            if holding >= 3 {
                current = ancestor;
                break;
            }
            if page.is_main_region(ancestor) {
                break;
            }
        }
    }
    let mut last = scores[current].unwrap_or(top_score);
    let threshold = last / 3.0;
    let mut ancestor = page.parent(current);
    while let Some(a) = ancestor.filter(|&a| !is_root(page, a)) {
        match scores[a] {
            Some(s) if s < threshold => break,
            Some(s) if s > last => {
                current = a;
                break;
            }
            Some(s) => last = s,
            None => {}
        }
        // Beyond the page's main region lies only its chrome: a wrapper
        // there that outscores the region does so by its class name
        // (`page`, `content`), not by the article's paragraphs.
        if page.is_main_region(a) {
            break;
        }
        ancestor = page.parent(a);
    }
    while let Some(parent) = page.parent(current).filter(|&p| !is_root(page, p)) {
        if page
            .children(parent)
            .filter(|&c| page.element(c).is_some())
            .count()
            != 1
        {
            break;
        }
        current = parent;
    }
    // An article split across repeated wrappers (between ads, say): when the
    // container's parent has a sibling of the same kind and class that also
    // holds voted prose, the parent is the unit, and the siblings step
    // gathers the other wrappers.
    if let Some(parent) = page.parent(current).filter(|&p| !is_root(page, p)) {
        if page.like_siblings(parent).any(|s| scores[s].is_some()) {
            current = parent;
        }
    }
    current
}

/// Moves up from the chosen container while an ancestor holds much more
/// prose in paragraphs ([`WIDEN_PROSE_RATIO`], or [`WIDEN_CLEAN_PROSE_RATIO`]
/// when what it adds has almost no links): the article was split into
/// sections and the vote found one of them (often a dense list such as the
/// references).
/// The story's own headline and its `<article>` wrapper may lie outside the
/// block; an ancestor with more headlines or `<article>`s than that holds
/// other stories (a feed that loads the next one), and one whose added text
/// is linked like teasers holds links to them; neither is taken. It looks
/// up [`WIDEN_LEVELS`] levels that add text: wrappers around the same text
/// (page builders nest five or six) do not count.
/// An `<article>` of one story is taken whenever it adds an introduction
/// before the block, however long the body: a page builder sets the opening
/// paragraphs in a box of their own, and they are the story's start. An
/// introduction of a few paragraphs may come with more links than other
/// added text: its contents list sits between it and the block.
fn widen(page: &Page, stats: &Stats, hints: &Hints, prose: &[usize], top: NodeIdx) -> NodeIdx {
    let own_stories = stats.stories(top).max(1) + 1;
    let mut current = top;
    let mut below = top;
    let mut levels = 0;
    for ancestor in page.ancestors(top) {
        if stats.chars(ancestor) > stats.chars(below) {
            levels += 1;
        }
        below = ancestor;
        if levels > WIDEN_LEVELS || is_root(page, ancestor) {
            break;
        }
        let before = prose_before(page, prose, ancestor, top);
        let most_links = if before >= WIDEN_INTRO_CHARS {
            WIDEN_INTRO_LINK_DENSITY
        } else {
            WIDEN_LINK_DENSITY
        };
        // A level that adds a line's worth of text (the author's linked
        // name over a bio) is not judged by its links: one link reads as
        // nothing but links.
        let added = stats.chars(ancestor).saturating_sub(stats.chars(top));
        let density = added_link_density(stats, ancestor, top);
        if (added >= WIDEN_JUDGED_CHARS && density > most_links)
            || hints.get(ancestor).negative.is_some()
            || stats.stories(ancestor) > own_stories
        {
            break;
        }
        let gained = prose[ancestor].saturating_sub(prose[current]);
        let ratio = match density {
            d if d <= WIDEN_CLEAN_LINK_DENSITY => WIDEN_CLEAN_PROSE_RATIO,
            _ => WIDEN_PROSE_RATIO,
        };
        let story = page.tag(ancestor) == "article"
            && stats.stories(ancestor) == 1
            && before >= WIDEN_MIN_CHARS;
        if (story || prose[ancestor] as f32 >= ratio * prose[current] as f32)
            && gained >= WIDEN_MIN_CHARS
        {
            current = ancestor;
        }
    }
    current
}

/// Paragraph prose inside `ancestor` that comes before `top`.
fn prose_before(page: &Page, prose: &[usize], ancestor: NodeIdx, top: NodeIdx) -> usize {
    let mut sum = 0;
    let mut node = top;
    for a in page.ancestors(top) {
        sum += page
            .children(a)
            .take_while(|&c| c != node)
            .map(|c| prose[c])
            .sum::<usize>();
        if a == ancestor {
            break;
        }
        node = a;
    }
    sum
}

/// Takes the page's main region (`<main>`, `role="main"`) around the
/// chosen container when that holds at least twice its paragraph prose, no
/// other headline or `<article>`, and few links: a page of many short
/// sections (a product, a service, a help page) rather than one story, where
/// the vote found one section.
fn fill_main(page: &Page, stats: &Stats, prose: &[usize], top: NodeIdx) -> NodeIdx {
    let Some(main) = page.ancestors(top).find(|&a| page.is_main_region(a)) else {
        return top;
    };
    let sections = prose[main] as f32 >= MAIN_PROSE_RATIO * prose[top] as f32
        && stats.stories(main) <= stats.stories(top).max(1)
        && added_link_density(stats, main, top) <= MAIN_LINK_DENSITY;
    if sections {
        main
    } else {
        top
    }
}

/// Takes the nearest block around the chosen container, `<body>` included,
/// that holds half the page's paragraph prose, when the container holds less
/// than a fifth of it: a landing page of many short sections, often laid
/// straight into `<body>` with no `<main>`, where the vote found one. As in
/// [`fill_main`], the block may hold no other headline or `<article>` and add
/// few links besides the site's header, menus and footer, which the cleaning
/// then takes out. A vote that found no paragraph of prose has nothing to
/// fill out from.
fn fill_page(page: &Page, stats: &Stats, hints: &Hints, prose: &[usize], top: NodeIdx) -> NodeIdx {
    let total = prose[0] as f32;
    if prose[top] as f32 >= PAGE_VOTE_SHARE * total || prose[top] == 0 {
        return top;
    }
    for block in page.ancestors(top) {
        if page.tag(block) == "html" || page.tag(block).is_empty() {
            break;
        }
        if stats.stories(block) > stats.stories(top).max(1)
            || added_body_link_density(page, stats, hints, block, top) > MAIN_LINK_DENSITY
        {
            break;
        }
        if prose[block] as f32 >= PAGE_FILL_SHARE * total {
            return block;
        }
    }
    top
}

/// [`added_link_density`], leaving out the children of `outer` that are the
/// site's chrome (a header, menu, sidebar or footer, by element, role or
/// class): the cleaning takes those out of a page-wide article anyway.
fn added_body_link_density(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    outer: NodeIdx,
    inner: NodeIdx,
) -> f32 {
    let (mut chars, mut links) = (0, 0);
    for child in page.children(outer) {
        if page.contains(child, inner) {
            chars += stats.chars(child) - stats.chars(inner);
            links += stats
                .link_chars(child)
                .saturating_sub(stats.link_chars(inner));
        } else if hints.get(child).negative.is_none() {
            chars += stats.chars(child);
            links += stats.link_chars(child);
        }
    }
    match chars {
        0 => 0.0,
        c => links as f32 / c as f32,
    }
}

/// The share of link text in what `outer` adds to `inner`, one of its
/// descendants.
fn added_link_density(stats: &Stats, outer: NodeIdx, inner: NodeIdx) -> f32 {
    let chars = stats.chars(outer).saturating_sub(stats.chars(inner));
    let links = stats
        .link_chars(outer)
        .saturating_sub(stats.link_chars(inner));
    match chars {
        0 => 0.0,
        c => links as f32 / c as f32,
    }
}

/// Characters in voting paragraphs of plain prose below each node.
pub(super) fn paragraph_prose(page: &Page, stats: &Stats, excluded: &[bool]) -> Vec<usize> {
    let mut prose = vec![0; page.len()];
    for i in (1..page.len()).rev() {
        if !excluded[i]
            && stats.chars(i) >= MIN_PARAGRAPH_CHARS
            && stats.link_density(i) < PROSE_LINK_DENSITY
            && is_paragraph(page, i)
        {
            prose[i] += stats.chars(i);
        }
        if let Some(parent) = page.parent(i) {
            prose[parent] += prose[i];
        }
    }
    prose
}

pub(crate) fn is_root(page: &Page, i: NodeIdx) -> bool {
    matches!(page.tag(i), "body" | "html" | "")
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// A date line does not vote, however many commas its date and time
    /// hold: in a box named for the story beside the text, it would join
    /// the article and stand between the headline and the standfirst.
    #[test]
    fn a_date_line_does_not_vote() {
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let summary =
            "Two crossings a day from Monday, and the islanders get their late boat back for good.";
        let html = format!(
            r#"<html><head><title>Winter sailings resume</title></head><body><div class="story">
            <h1>Winter sailings resume</h1>
            <div class="story-meta"><span>Ann Lee</span> | <span>Updated: Jul 14, 2026, 06:45 IST</span></div>
            <h2>{summary}</h2><div class="story-body">{body}</div></div></body></html>"#
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert_eq!(article.metadata.standfirst.as_deref(), Some(summary));
    }

    /// A story set loose in its box, paragraphs parted by two line breaks
    /// around a figure and an advertisement's box, is the article when
    /// nothing else on the page reads as one; the figure stays with it.
    #[test]
    fn a_story_set_loose_beside_a_figure_is_read() {
        let lines = [
            "The harbour commission voted on Thursday to raise mooring fees by twelve percent from April.",
            "Commissioners said the money would pay for dredging the inner basin, which has silted up badly.",
            "Several boat owners spoke against the increase, saying the fees were already higher than elsewhere.",
            "The commission said a discount would remain in place for working boats, at least for now.",
        ];
        let html = format!(
            r#"<html><head><title>Mooring fees to rise</title></head><body>
            <div id="nav"><a href="/">Home</a> | <a href="/news">News</a></div>
            <div id="center"><h1>Mooring fees to rise</h1><div class="story">
            <figure><img src="/harbour.jpg"><figcaption>The harbour at low tide.</figcaption></figure>
            {}<br><br>{}<br><br><div class="ad"><span>Advertisement</span></div>{}<br><br>{}</div></div>
            <div id="right"><p>Reach forty thousand readers every week: call us.</p></div></body></html>"#,
            lines[0], lines[1], lines[2], lines[3]
        );
        let article = extract(&html, &Options::default()).unwrap();
        for line in lines {
            assert!(article.text.contains(line), "{line}");
        }
        assert!(article.text.starts_with("The harbour at low tide."));
        assert!(!article.text.contains("forty thousand"));
    }

    /// Cards for other stories beside the story, under a "More in …"
    /// heading, with summaries as long as its paragraphs, do not lift the
    /// box around both, however little of the page they make (here with
    /// the same cards again under the story): the story alone is the
    /// article.
    #[test]
    fn cards_beside_the_story_do_not_join_it() {
        let story = [
            "The harbour commission voted on Thursday to raise mooring fees by twelve percent from April, after a long meeting.",
            "Commissioners said the money would pay for dredging the inner basin, which has silted up badly over the last ten years.",
            "Several boat owners spoke against the increase, saying the fees were already higher than at any other harbour on the coast.",
        ];
        let card = |n: usize| {
            format!(
                r#"<div class="card"><a href="/s/{n}"><img src="/t{n}.jpg" alt=""><h3>Other story number {n} from the coast</h3></a><p>A summary of the other story, long enough to read as a paragraph of prose, about the coast, its towns, its boats and the people who sail them, in summer and in winter.</p></div>"#
            )
        };
        let cards: String = (0..4).map(card).collect();
        let html = format!(
            r#"<html><body><div class="layout"><div class="main"><h1>Mooring fees to rise</h1><div class="text"><p>{}</p><p>{}</p><p>{}</p></div></div><div class="column"><h2>More in Coast</h2>{cards}</div></div><div class="latest"><h2>Latest</h2>{cards}</div></body></html>"#,
            story[0], story[1], story[2]
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(article.text.contains(story[2]), "{}", article.text);
        assert!(!article.text.contains("summary"), "{}", article.text);
    }

    /// A page builder's story, its sections (a heading and a paragraph
    /// each) in boxes nested three or four deep and grouped unevenly, with
    /// no class to tell them, scores less in any one box than the author's
    /// bio after it, three paragraphs in one box under the author's linked
    /// name; widening from the bio looks past the level that adds only the
    /// name, and the story is read.
    #[test]
    fn a_story_in_a_page_builders_boxes_outweighs_its_bio() {
        let section = |n: usize| {
            let heading = if n == 1 { "h2" } else { "h3" };
            format!(
                "<{heading}>{n}. Step number {n}</{heading}><p>Section {n} of the guide tells the reader how \
                 the job is done and what tools it takes and how much time it needs before the result \
                 lasts for years.</p>"
            )
        };
        let boxed = |depth: usize, n: usize| {
            format!(
                "{}{}{}",
                "<div>".repeat(depth),
                section(n),
                "</div>".repeat(depth)
            )
        };
        let group = |ns: &[usize]| ns.iter().map(|&n| boxed(3, n)).collect::<String>();
        let sections = format!(
            "{}<div>{}</div><div>{}</div><div>{}</div>",
            boxed(4, 1),
            group(&[2, 3]),
            group(&[4, 5, 6]),
            group(&[7, 8])
        );
        let bio = "<p>Ann Lee runs a small cleaning company in the city, with six staff, two vans, and a \
                   long list of clients, and she has written about homes, their care, and their keeping \
                   for a decade.</p>"
            .repeat(3);
        let html = format!(
            "<html><body><div><header><nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a></nav></header>\
             <div><h1>Keeping a home clean</h1></div>\
             <div><div><div>{sections}</div></div>\
             <div><div><a href=\"/author/ann\">Ann Lee</a></div><div><div>{bio}</div></div></div></div>\
             <footer><p>Cleaning Co.</p></footer></div></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(
            text.contains("Section 1 of the guide") && text.contains("Section 8 of the guide"),
            "{text}"
        );
    }

    /// The blocks around a short story score well by its own paragraphs
    /// alone (its section, `<main>`, the page's wrapper); the climb stops
    /// at `<main>`, and the cards beside it stay out.
    #[test]
    fn the_storys_own_wrappers_do_not_lift_it() {
        let html = "<html><body><div class=\"page\"><main><section class=\"content\">\
            <h1>Pier café to reopen</h1>\
            <div class=\"article-body\">\
            <p>The café on the ferry pier will reopen on Saturday, its new owners said.</p>\
            <p>It has been shut since the spring storms flooded its kitchen.</p>\
            <p>The owners, two sisters from the island, will keep the old menu and add soup in winter.</p></div></section>\
            <div id=\"comments\"><div class=\"comment\"><span class=\"author\">gull</span>\
            <p>Good news for the early boat, there has been nowhere to get a cup of tea at the pier since April, and the machine on the boat has been broken for most of that time as well, so the crossing has been long and cold.</p></div></div>\
            </main>\
            <aside class=\"sidebar\"><h3>Most read</h3>\
            <div class=\"card\"><a href=\"/s/1\"><img src=\"/1.jpg\"><h3>Lifeboat day raises a record sum</h3></a><p class=\"excerpt\">Crowds filled the harbour for the crew's open day, and the raffle alone raised more than the whole day did last year.</p></div>\
            <div class=\"card\"><a href=\"/s/2\"><img src=\"/2.jpg\"><h3>Winter bus timetable published</h3></a><p class=\"excerpt\">Fewer buses will run on Sundays from November, the council said, and the last bus from the pier will leave earlier.</p></div>\
            <div class=\"card\"><a href=\"/s/3\"><img src=\"/3.jpg\"><h3>School roof repairs finished</h3></a><p class=\"excerpt\">The roof of the island school has been mended a week before the pupils return, and the builders have left the island.</p></div>\
            <div class=\"card\"><a href=\"/s/4\"><img src=\"/4.jpg\"><h3>Ferry fares to rise in spring</h3></a><p class=\"excerpt\">Fares on the mainland crossing will rise by a tenth in April, the operator said, the first rise in three years.</p></div></aside></div></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("add soup in winter"), "{text}");
        assert!(
            !text.contains("Most read") && !text.contains("raffle"),
            "{text}"
        );
    }
}
