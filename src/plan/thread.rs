//! Threads: a forum topic, or a question with its answers, is a run of
//! posts of one kind side by side. When the vote lands in one post, the
//! whole run is the article, and the posts stay whatever their classes say
//! (forum software calls its posts comments).

use super::candidates::{is_root, prose_chars, tells_of_other_stories};
use super::hints::Hints;
use super::stats::is_headline;
use super::{Reason, Stats};
use crate::heuristics::{
    BRIEF_MIN_CHARS, MAX_OPENING_PROSE, MIN_PARAGRAPH_CHARS, MIN_REPLIES, REPLIES_OUTWEIGH,
    STORY_MIN_CHARS, THREAD_LEVELS,
};

use crate::page::{NodeIdx, Page};
use rustc_hash::{FxHashMap, FxHashSet};

/// A run of posts and the article that holds them.
pub(crate) struct Thread {
    pub root: NodeIdx,
    pub posts: Vec<NodeIdx>,
}

/// The thread at `top`: a run of at least two sibling posts, either around
/// `top` and holding at least twice its prose (a third more from four posts
/// on: a long opening post draws short replies), or inside it (perhaps
/// under wrappers) and holding most of its prose. A post is an element of
/// the same tag and first class (or none) as its neighbours, with prose,
/// that is no paragraph or span (those are a post's lines) and does not
/// open with a headline: a run of stories, each under its headline, is a
/// feed, not a thread. The post the vote landed in may: an opening post
/// often carries the topic's title. A post may have headings further down
/// (an answer in sections), but then the run needs three posts: an article
/// and a box of related links built alike make two.
pub(crate) fn find(page: &Page, stats: &Stats, prose: &[usize], top: NodeIdx) -> Option<Thread> {
    let runs = Runs { page, stats, prose };
    runs.around(top)
        .or_else(|| runs.inside(top))
        .filter(|thread| !paragraph_boxes(page, prose, &thread.posts))
}

/// The run around `post`, a block the vote landed in, weighed with
/// `prose` (see [`find`]).
pub(crate) fn around_post(
    page: &Page,
    stats: &Stats,
    prose: &[usize],
    post: NodeIdx,
) -> Option<Thread> {
    Runs { page, stats, prose }
        .around(post)
        .filter(|thread| !paragraph_boxes(page, prose, &thread.posts))
}

/// A question and its answers as the page declares them in schema.org
/// markup (an item of type `Question`, items that are its
/// `suggestedAnswer` or `acceptedAnswer`): when the vote landed in one of
/// them, the question and every answer are the article, however few the
/// answers and however their lengths compare. A question with one or two
/// answers makes no run long enough for [`find`], and the vote alone would
/// keep the longest answer without the question it answers.
pub(crate) fn declared(page: &Page, prose: &[usize], top: NodeIdx) -> Option<Thread> {
    let question = (0..page.len()).find(|&i| {
        page.attr(i, "itemtype")
            .is_some_and(|t| t.trim_end_matches('/').ends_with("/Question"))
    })?;
    let answers = (0..page.len()).filter(|&i| {
        matches!(
            page.attr(i, "itemprop"),
            Some("suggestedAnswer" | "acceptedAnswer")
        )
    });
    let posts: Vec<NodeIdx> = std::iter::once(question)
        .chain(answers)
        .filter(|&p| prose[p] >= MIN_PARAGRAPH_CHARS)
        .collect();
    let voted_in_one = posts
        .iter()
        .any(|&p| page.contains(p, top) || page.contains(top, p));
    if posts.len() < 2 || posts[0] != question || !voted_in_one {
        return None;
    }
    let root = page
        .self_and_ancestors(question)
        .find(|&a| posts.iter().all(|&p| page.contains(a, p)))
        .filter(|&a| !is_root(page, a))?;
    Some(Thread { root, posts })
}

/// The opening post of `thread` where the page sets it apart from the
/// replies: forum themes that give the topic's first post a box of its own
/// above the list of replies. It is the nearest element before the run (or
/// before a box around it, within [`THREAD_LEVELS`]) built as the inside
/// of every post is: of the tag and class of a block in each post that
/// holds all of its prose, with as much prose as the shortest post at
/// least and no hint that it is something else (an author's line built
/// alike). A thread read without it answers a question nobody asked.
pub(crate) fn opening_post(
    page: &Page,
    hints: &Hints,
    prose: &[usize],
    thread: &Thread,
) -> Option<NodeIdx> {
    // A post's frames: the blocks down from it that hold all of its prose.
    // The post's own kind is left out: a block of that kind beside the run
    // would be one of its posts, had the page set it there.
    let frames = |post: NodeIdx| {
        std::iter::successors(Some(post), move |&frame| {
            page.children(frame)
                .find(|&c| prose[c] == prose[post] && prose[c] > 0)
        })
        .skip(1)
        .take(THREAD_LEVELS)
        .filter_map(|i| Some((page.tag(i), page.first_class(i)?)))
        .collect::<Vec<_>>()
    };
    let (&first, rest) = thread.posts.split_first()?;
    let mut kinds = frames(first);
    for &post in rest {
        let theirs = frames(post);
        kinds.retain(|kind| theirs.contains(kind));
    }
    let shortest = thread.posts.iter().map(|&p| prose[p]).min()?;
    let built_as_a_post = |i: NodeIdx| {
        page.first_class(i)
            .is_some_and(|class| kinds.contains(&(page.tag(i), class)))
            && prose[i] >= shortest.max(MIN_PARAGRAPH_CHARS)
            && hints.get(i).negative.is_none()
    };
    page.self_and_ancestors(thread.root)
        .take(THREAD_LEVELS)
        .take_while(|&a| !is_root(page, a))
        .find_map(|a| {
            page.children(page.parent(a)?)
                .take_while(|&s| s != a)
                .filter(|&s| built_as_a_post(s))
                .last()
        })
}

/// The replies to a post, when they are the page: a block the page calls
/// comments (`Comment` items, `#comments`), inside `top` or around it,
/// holding a run of at least [`MIN_REPLIES`] posts with [`REPLIES_OUTWEIGH`]
/// times the prose of everything else beside it. A story's comments are a
/// footnote to it; a question of three lines under twenty answers, or a
/// shared link under its discussion, is read whole. A story under its own
/// headline (see [`comments_beside_story`]) is not such a question, however
/// many comments it drew.
///
/// The replies are weighed with every post's prose, the rest with `read`,
/// the prose that the vote read (without clutter such as a machine's summary
/// of the discussion).
pub(crate) fn replies(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    (read, prose): (&[usize], &[usize]),
    top: NodeIdx,
) -> Option<Thread> {
    let runs = Runs { page, stats, prose };
    let weigh = |comments: NodeIdx, root: NodeIdx| {
        let rest = read[root].saturating_sub(read[comments]);
        if story_beside(page, stats, comments, story_min_chars(page, hints)) {
            return None;
        }
        runs.inside(comments)
            .filter(|t| {
                t.posts.len() >= MIN_REPLIES
                    && rest <= MAX_OPENING_PROSE
                    && runs.prose_of(&t.posts) >= REPLIES_OUTWEIGH * rest.max(1)
            })
            .map(|t| Thread {
                root,
                posts: with_replies(page, hints, prose, &t.posts),
            })
    };
    let around = page
        .ancestors(top)
        .filter(|&a| called_comments(hints, a))
        .last();
    if let Some(comments) = around {
        let root = page.parent(comments).filter(|&p| !is_root(page, p))?;
        return weigh(comments, root);
    }
    let mut i = top + 1;
    while i < page.node(top).end {
        if called_comments(hints, i) {
            if let Some(thread) = weigh(i, top) {
                return Some(thread);
            }
            i = page.node(i).end;
        } else {
            i += 1;
        }
    }
    // A page that declares a discussion sets the answers in a block it
    // calls comments after the question's box: there the question and the
    // answers are the article, however few and short the answers. (The
    // page's data is read only once such a block is found.)
    for post in page.self_and_ancestors(top).take(THREAD_LEVELS) {
        let Some(root) = page.parent(post).filter(|&p| !is_root(page, p)) else {
            break;
        };
        let mut after = page.children(root).skip_while(|&c| c != post).skip(1);
        if let Some(comments) = after.find(|&c| called_comments(hints, c)) {
            if !hints.declares_discussion(page) {
                return None;
            }
            return runs.inside(comments).map(|t| Thread {
                root,
                posts: with_replies(page, hints, prose, &t.posts),
            });
        }
    }
    None
}

/// Whether block `i` is comments beside a story under its own headline:
/// the blocks from an `<h1>` before the comments up to them (the children,
/// from the headline's to the comments', of the nearest block holding
/// both) hold [`STORY_MIN_CHARS`] of prose, and are not built as the
/// comments are. An `<h2>` that the document's title repeats is a
/// headline too. A
/// short news story or blog post draws more words in comments than it
/// has, and is still the article, whether the comments sit beside it,
/// inside its `<article>` or under a header of its own; a forum's opening
/// post sits among its replies, or beside them built as a reply is (a
/// block of the same first class as one among them holds most of its
/// prose).
pub(crate) fn comments_beside_story(page: &Page, stats: &Stats, hints: &Hints, i: NodeIdx) -> bool {
    called_comments(hints, i) && story_beside(page, stats, i, story_min_chars(page, hints))
}

/// The prose a story under its own headline needs for the comments after
/// it to be its comments, not a thread it opens: a brief's, on a page that
/// calls itself a story; else a few sentences, for a forum's question of a
/// line or two is read with its replies.
fn story_min_chars(page: &Page, hints: &Hints) -> usize {
    if hints.declares_story(page) {
        BRIEF_MIN_CHARS
    } else {
        STORY_MIN_CHARS
    }
}

/// Whether a story under its own headline, with `least` characters of
/// prose, stands before `comments` (or any block after a story): see
/// [`comments_beside_story`].
pub(crate) fn story_beside(page: &Page, stats: &Stats, comments: NodeIdx, least: usize) -> bool {
    headlines_before(page, comments).any(|head| {
        let story = blocks_between(page, head, comments);
        let prose: usize = story.iter().map(|&b| stats.prose(b)).sum();
        prose >= least && !built_as(page, stats, &story, prose, comments)
    })
}

/// Whether `block` (cards for other stories) sits in a story under its own
/// headline: a headline comes before it, and the nearest box around it
/// that holds more than it holds a news brief's length of prose besides
/// (a "Most popular" box between a story's paragraphs).
pub(crate) fn story_around(page: &Page, stats: &Stats, block: NodeIdx) -> bool {
    let own = stats.prose(block);
    page.ancestors(block)
        .find(|&a| stats.prose(a) > own)
        .is_some_and(|a| stats.prose(a) - own >= BRIEF_MIN_CHARS)
        && headlines_before(page, block).next().is_some()
}

/// The headlines before `block` and outside it: each `<h1>`, and each
/// `<h2>` the document's title says again (a theme that sets its logo in
/// the `<h1>` sets the headline in an `<h2>`; the title is read only when
/// an `<h2>` comes before the block).
fn headlines_before(page: &Page, block: NodeIdx) -> impl Iterator<Item = NodeIdx> + '_ {
    let title = std::cell::OnceCell::new();
    let titled = move |h: NodeIdx| {
        let title: &String = title.get_or_init(|| {
            page.find("title")
                .map(|t| page.text_content(t).to_lowercase())
                .unwrap_or_default()
        });
        let text = page.text_content(h);
        let text = text.trim();
        !text.is_empty() && title.contains(&text.to_lowercase())
    };
    (1..block).filter(move |&h| {
        !page.contains(h, block) && (page.tag(h) == "h1" || (page.tag(h) == "h2" && titled(h)))
    })
}

/// The children of the nearest block holding both `head` and `comments`
/// (which comes after it), from the one that holds `head` up to the one
/// that holds the comments.
fn blocks_between(page: &Page, head: NodeIdx, comments: NodeIdx) -> Vec<NodeIdx> {
    let Some(both) = page.ancestors(head).find(|&a| page.contains(a, comments)) else {
        return Vec::new();
    };
    page.children(both)
        .skip_while(|&c| !page.contains(c, head))
        .take_while(|&c| !page.contains(c, comments))
        .collect()
}

/// Whether a block in `story`, whose blocks hold `prose` in all, holding
/// half of it has the first class of a block in `comments`.
fn built_as(
    page: &Page,
    stats: &Stats,
    story: &[NodeIdx],
    prose: usize,
    comments: NodeIdx,
) -> bool {
    let classes: FxHashSet<&str> = page
        .subtree(comments)
        .filter_map(|i| page.first_class(i))
        .collect();
    story.iter().flat_map(|&b| page.subtree(b)).any(|i| {
        stats.prose(i) * 2 >= prose && page.first_class(i).is_some_and(|c| classes.contains(c))
    })
}

/// `posts` with the replies nested in them, each a post of its own: a
/// reply's place in the tree says whom it answers, its class only that it
/// is a comment.
fn with_replies(page: &Page, hints: &Hints, prose: &[usize], posts: &[NodeIdx]) -> Vec<NodeIdx> {
    posts
        .iter()
        .flat_map(|&post| {
            page.subtree(post).filter(move |&i| {
                i == post || (called_comments(hints, i) && prose[i] >= MIN_PARAGRAPH_CHARS)
            })
        })
        .collect()
}

/// Whether `wider`, found when blocks hinted as clutter voted too, adds to
/// `story`, found when they did not, little but what the page calls
/// comments or other stories, or sets aside as a sidebar (a headline and
/// a byline around them): a short story's comments, or the summaries of
/// the next stories under it ("More local news", a headline and a blurb
/// each), outweigh it, and are still no part of it, nor is the blog's
/// sidebar beside them. The story needs [`STORY_MIN_CHARS`] of prose
/// beside comments (a forum's short question is read with its replies),
/// [`BRIEF_MIN_CHARS`] beside other stories alone.
pub(crate) fn adds_only_asides(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    story: &[NodeIdx],
    wider: &[NodeIdx],
) -> bool {
    let (mut own, mut asides, mut comments) = (0, 0, false);
    for &root in wider {
        let mut i = root;
        while i < page.node(root).end {
            if story.contains(&i) {
                own += stats.prose(i);
            } else if !story.iter().any(|&s| page.contains(i, s))
                && (called_comments(hints, i)
                    || tells_of_other_stories(page, stats, hints, i)
                    || hints.get(i).negative == Some(Reason::Sidebar))
            {
                asides += stats.prose(i);
                comments |= called_comments(hints, i);
            } else {
                i += 1;
                continue;
            }
            i = page.node(i).end;
        }
    }
    let rest = prose_chars(stats, wider).saturating_sub(own + asides);
    let least = if comments {
        story_min_chars(page, hints)
    } else {
        BRIEF_MIN_CHARS
    };
    let told = prose_chars(stats, story);
    asides > 0 && rest * 2 < told && told >= least
}

/// Whether the page calls block `i` comments (`#comments`, a `Comment`
/// class).
fn called_comments(hints: &Hints, i: NodeIdx) -> bool {
    hints.get(i).negative == Some(Reason::Comments)
}

struct Runs<'a> {
    page: &'a Page,
    stats: &'a Stats,
    prose: &'a [usize],
}

impl Runs<'_> {
    /// The posts among `list`'s children that are of `post`'s kind (none
    /// when they do not make a thread).
    fn of(&self, list: NodeIdx, post: NodeIdx) -> Vec<NodeIdx> {
        let page = self.page;
        let kind = page.first_class(post);
        if matches!(page.tag(post), "p" | "span") {
            return Vec::new();
        }
        let posts: Vec<NodeIdx> = page
            .children(list)
            .filter(|&s| {
                page.tag(s) == page.tag(post)
                    && page.first_class(s) == kind
                    && self.prose[s] >= MIN_PARAGRAPH_CHARS
                    && (s == post || !self.headed(s))
            })
            .collect();
        if posts.len() < 3 && posts.iter().any(|&p| self.stats.headlines(p) > 0) {
            return Vec::new();
        }
        posts
    }

    /// Whether `post` opens with a headline (see [`is_headline`]): a story
    /// or a section rather than a post.
    fn headed(&self, post: NodeIdx) -> bool {
        let page = self.page;
        self.stats.headlines(post) > 0
            && page
                .subtree(post)
                .find(|&t| page.text(t).is_some_and(|t| !t.trim().is_empty()))
                .is_some_and(|t| {
                    page.ancestors(t)
                        .take_while(|&a| a != post)
                        .any(|a| is_headline(page, a))
                })
    }

    /// The first child of `list` of the kind (tag and first class) whose
    /// children hold the most prose together.
    fn heaviest_kind(&self, list: NodeIdx) -> NodeIdx {
        let page = self.page;
        let mut kinds: FxHashMap<(&str, Option<&str>), (NodeIdx, usize)> = FxHashMap::default();
        for child in page.children(list).filter(|&c| page.element(c).is_some()) {
            let kind = kinds
                .entry((page.tag(child), page.first_class(child)))
                .or_insert((child, 0));
            kind.1 += self.prose[child];
        }
        kinds
            .into_values()
            .max_by_key(|&(first, prose)| (prose, std::cmp::Reverse(first)))
            .map_or(list, |(first, _)| first)
    }

    fn prose_of(&self, posts: &[NodeIdx]) -> usize {
        posts.iter().map(|&p| self.prose[p]).sum()
    }

    /// The highest run within [`THREAD_LEVELS`] above `top`, so that a run
    /// of paragraphs inside a post does not hide the posts around it.
    fn around(&self, top: NodeIdx) -> Option<Thread> {
        let mut found = None;
        let mut held = self.prose[top];
        let mut post = top;
        for list in self.page.ancestors(top).take(THREAD_LEVELS) {
            if is_root(self.page, list) {
                break;
            }
            let posts = self.of(list, post);
            let prose = self.prose_of(&posts);
            let enough = match posts.len() {
                4.. => 3 * prose >= 4 * held,
                _ => prose >= 2 * held,
            };
            if posts.len() >= 2 && posts.contains(&post) && enough {
                held = prose;
                found = Some(Thread { root: list, posts });
            }
            post = list;
        }
        found
    }

    /// A run among the children of `top`, or of wrappers inside it (a form
    /// around the posts, say) that hold nearly all of its prose. The run is
    /// that of the kind of child holding the most prose in all, not of the
    /// largest child: replies nested in a box of their own after the post
    /// they answer (`div.indented`) may outweigh any one post.
    fn inside(&self, top: NodeIdx) -> Option<Thread> {
        let mut inner = top;
        for _ in 0..THREAD_LEVELS {
            let biggest = self.page.children(inner).max_by_key(|&c| self.prose[c])?;
            let posts = self.of(inner, self.heaviest_kind(inner));
            if posts.len() >= 2 && self.prose_of(&posts) * 2 >= self.prose[top] {
                return Some(Thread { root: top, posts });
            }
            if self.prose[biggest] * 10 < self.prose[inner] * 9 {
                return None;
            }
            inner = biggest;
        }
        None
    }
}

/// Whether `posts` are for the most part boxes around paragraphs and
/// nothing else: a page that sets each paragraph of its story in a box of
/// the same class (`div.storyParagraph > p`) makes a run of look-alike
/// blocks with prose, but a post has more than its text, a line with its
/// poster's name or the time it was sent. Among a story's boxes may stand
/// one that holds more (an embed with its notices, a figure), so three in
/// four boxes holding most of the run's prose (`prose`, per node) is
/// enough; a topic of short bare replies under a long opening post is
/// still a thread. (Replies in a block the page calls comments are read as
/// posts whatever they hold.)
fn paragraph_boxes(page: &Page, prose: &[usize], posts: &[NodeIdx]) -> bool {
    let (boxes, others): (Vec<NodeIdx>, Vec<NodeIdx>) = posts
        .iter()
        .copied()
        .partition(|&post| holds_only_paragraphs(page, post));
    let weight = |run: &[NodeIdx]| run.iter().map(|&p| prose[p]).sum::<usize>();
    others.is_empty() || (boxes.len() >= 3 * others.len() && weight(&boxes) > weight(&others))
}

/// Whether block `i` is paragraphs and nothing else, under wrappers of one
/// child each.
fn holds_only_paragraphs(page: &Page, i: NodeIdx) -> bool {
    let own_text = |e: NodeIdx| {
        page.children(e)
            .any(|c| page.text(c).is_some_and(|t| !t.trim().is_empty()))
    };
    let mut inner = i;
    while page.tag(inner) != "p" && !own_text(inner) {
        match page.only_element_child(inner) {
            Some(only) => inner = only,
            None => break,
        }
    }
    page.tag(inner) == "p"
        || (!own_text(inner)
            && page
                .children(inner)
                .filter(|&c| page.element(c).is_some())
                .all(|c| page.tag(c) == "p"))
}

/// [`frames`] where no run of posts was found: the article is one post,
/// framed when one block holds nearly all of it, or a thread the runs
/// missed, framed when blocks of one class, each in a container of its own,
/// hold most of it (quotations gathered in one body share a parent).
fn unlisted_frames(page: &Page, stats: &Stats, content: &[NodeIdx]) -> Vec<NodeIdx> {
    let quotes = outermost_quotes(page, content);
    let total: usize = content.iter().map(|&root| stats.chars(root)).sum();
    let held_by = |class: Option<&str>| -> usize {
        quotes
            .iter()
            .filter(|&&q| page.attr(q, "class") == class)
            .map(|&q| stats.chars(q))
            .sum()
    };
    let Some(class) = quotes
        .iter()
        .map(|&q| page.attr(q, "class"))
        .max_by_key(|&class| held_by(class))
    else {
        return Vec::new();
    };
    let held = held_by(class);
    let framed: Vec<NodeIdx> = quotes
        .into_iter()
        .filter(|&q| page.attr(q, "class") == class)
        .collect();
    let apart = framed
        .windows(2)
        .all(|pair| page.parent(pair[0]) != page.parent(pair[1]));
    let framing = match framed.len() {
        1 => 10 * held >= 9 * total,
        _ => apart && 3 * held >= 2 * total,
    };
    if framing {
        framed
    } else {
        Vec::new()
    }
}

/// How many nodes into a post its frame is sought: past the poster's name,
/// picture and statistics, which come first. The bound keeps the search
/// linear where posts nest in posts.
const FRAME_WITHIN: usize = 400;

/// The quotation blocks that frame a post's own words rather than quote
/// someone else's: forum software that sets each post's body in a
/// `<blockquote>` of its class (XenForo 1, vBulletin 4). Read as quotes,
/// every post would be set as one. In a thread, half the posts or more have
/// one holding most of their text, all of one class, and every outermost
/// block of that class in the article is a frame; a reply that opens by
/// quoting a long post is one of a few. Where `posts` is empty, see
/// [`unlisted_frames`]. Quotes inside a frame stay quotes.
pub(crate) fn frames(
    page: &Page,
    stats: &Stats,
    content: &[NodeIdx],
    posts: &[NodeIdx],
) -> Vec<NodeIdx> {
    let first_quote = |post: NodeIdx| {
        page.descendants(post)
            .take(FRAME_WITHIN)
            .find(|&i| page.tag(i) == "blockquote")
            .filter(|&quote| page.attr(quote, "class").is_some())
    };
    if posts.is_empty() {
        return unlisted_frames(page, stats, content);
    }
    let clear: Vec<NodeIdx> = posts
        .iter()
        .filter_map(|&post| {
            first_quote(post).filter(|&quote| 2 * stats.chars(quote) > stats.chars(post))
        })
        .collect();
    let class = |quote: NodeIdx| page.attr(quote, "class");
    let alike = clear
        .windows(2)
        .all(|pair| class(pair[0]) == class(pair[1]));
    if posts.len() < 2 || 2 * clear.len() < posts.len() || !alike {
        return Vec::new();
    }
    let frame = class(clear[0]);
    outermost_quotes(page, content)
        .into_iter()
        .filter(|&quote| class(quote) == frame)
        .collect()
}

/// The quotation blocks of `content` that lie in no other, and have a
/// class, in document order.
fn outermost_quotes(page: &Page, content: &[NodeIdx]) -> Vec<NodeIdx> {
    let mut quotes = Vec::new();
    for &root in content {
        if page.ancestors(root).any(|a| page.tag(a) == "blockquote") {
            continue;
        }
        let mut i = root;
        while i < page.node(root).end {
            if page.tag(i) == "blockquote" {
                if page.attr(i, "class").is_some() {
                    quotes.push(i);
                }
                i = page.node(i).end;
            } else {
                i += 1;
            }
        }
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::{comments_beside_story, find, replies};
    use crate::page::Page;
    use crate::plan::candidates::paragraph_prose;
    use crate::plan::hints::Hints;
    use crate::plan::{visibility, Stats};

    /// `html` parsed, with its stats and the prose of all its paragraphs.
    fn parsed(html: &str) -> (Page, Stats, Vec<usize>) {
        let page = Page::parse(html, None);
        let stats = Stats::compute(&page, &visibility::hidden(&page));
        let prose = paragraph_prose(&page, &stats, &vec![false; page.len()]);
        (page, stats, prose)
    }

    /// The first element of class `class`.
    fn with_class(page: &Page, class: &str) -> usize {
        (0..page.len())
            .find(|&i| page.attr(i, "class") == Some(class))
            .unwrap()
    }

    /// A post of `post_sentences` sentences under five long comments: read
    /// as a discussion while the post is short, as an article with its
    /// comments when it is an article's length.
    fn discussion(post_sentences: usize) -> bool {
        let sentence = "A sentence of the post, of some length, with a comma or two in it. ";
        let comment = format!(
            "<li class=\"comment\"><p>{}</p></li>",
            "A reply that goes on for a while, as replies on forums do. ".repeat(20)
        );
        let html = format!(
            "<html><body><div class=\"page\"><div class=\"post\"><p>{}</p></div>\
             <section id=\"comments\"><ol>{}</ol></section></div></body></html>",
            sentence.repeat(post_sentences),
            comment.repeat(5)
        );
        let (page, stats, prose) = parsed(&html);
        let top = with_class(&page, "page");
        replies(&page, &stats, &Hints::compute(&page), (&prose, &prose), top)
            .is_some_and(|thread| thread.posts.len() == 5)
    }

    /// Comments are beside a story under its own headline whether they sit
    /// after its `<article>`, inside it, or after an article whose headline
    /// is in a header above it, and under an `<h2>` headline that the
    /// document's title repeats (the `<h1>` holding the site's logo); not
    /// under a question in a line, nor under a headline over nothing.
    #[test]
    fn comments_beside_a_story_in_any_of_its_layouts() {
        let story = "<p>The ferry pier will be closed from January while its timber pontoon is \
            replaced with a concrete one, the harbour board said on Wednesday.</p><p>The early \
            sailing will be dropped for the eight weeks of the works, and the later boats will use \
            the north quay.</p><p>Divers began surveying the seabed under the pier this week, \
            and the board expects the new pontoon to be towed in by March.</p>";
        let comments = "<section id=\"comments\"><div class=\"comment\"><p>About time.</p></div>\
            <div class=\"comment\"><p>Who pays for it?</p></div></section>";
        let beside = |body: &str| {
            let html = format!(
                "<html><head><title>Ferry pier to be rebuilt | Island Times</title></head>\
                <body>{body}</body></html>"
            );
            let page = Page::parse(&html, None);
            let stats = Stats::compute(&page, &visibility::hidden(&page));
            let hints = Hints::compute(&page);
            let comments = (0..page.len())
                .find(|&i| page.attr(i, "id") == Some("comments"))
                .unwrap();
            comments_beside_story(&page, &stats, &hints, comments)
        };
        let h1 = "<h1>Ferry pier to be rebuilt</h1>";
        assert!(beside(&format!(
            "<main><article>{h1}{story}</article>{comments}</main>"
        )));
        assert!(beside(&format!("<article>{h1}{story}{comments}</article>")));
        assert!(beside(&format!(
            "<main><header>{h1}</header><article>{story}</article>{comments}</main>"
        )));
        assert!(beside(&format!(
            "<header><h1>Island Times</h1></header><main><article>\
            <h2>Ferry pier to be rebuilt</h2>{story}</article>{comments}</main>"
        )));
        assert!(!beside(&format!(
            "<main><article>{h1}<p>Is it worth it?</p></article>{comments}</main>"
        )));
        assert!(!beside(&format!(
            "<header><h1>Island Times</h1></header><main><article>\
            <h2>Other news</h2>{story}</article>{comments}</main>"
        )));
    }

    /// A story set in boxes of no class, one paragraph each, is no thread
    /// for one box among them that holds more (an embed with its consent
    /// notice): the notice's class still counts.
    #[test]
    fn a_story_in_boxes_with_an_embed_among_them_is_no_thread() {
        let paragraph = |words: &str| {
            format!(
                "<div><p>{words} The harbour board met on Tuesday to hear the plans for the new quay, \
                 which would let the larger ferries berth at low tide.</p></div>"
            )
        };
        let html = format!(
            "<html><body><article>{}{}{}<div><div>\
             <div class=\"consent\"><div><p>This article holds a post from another site. We ask for your \
             leave before anything is loaded, as that site may set cookies and other technologies of its \
             own. To see the post, choose accept.</p><button>Accept</button></div></div>\
             <p>We are not responsible for what other sites publish.</p></div></div>\
             {}{}{}</article></body></html>",
            paragraph("First."),
            paragraph("Second."),
            paragraph("Third."),
            paragraph("Fourth."),
            paragraph("Fifth."),
            paragraph("Sixth.")
        );
        let text = crate::extract(&html, &crate::Options::default())
            .unwrap()
            .text;
        assert!(!text.contains("We ask for your leave"), "{text:?}");
        assert!(text.contains("Sixth."), "{text:?}");
    }

    /// A short story over cards for the next stories, each a linked
    /// headline and a blurb that together outweigh it, is read alone when a
    /// class or a heading says the cards are other pages; a story's section
    /// of linked entries under a heading of its own is the story's.
    #[test]
    fn a_short_story_over_cards_for_other_stories_is_read_alone() {
        let page = |class: &str, heading: &str| {
            let card = |n: usize| {
                format!(
                    "<div><h3><a href=\"/{n}\">Story number {n} of the week</a></h3>\
                     <p>A blurb of story {n}, long enough to outweigh the short story above it once \
                     four of them stand together under their heading.</p></div>"
                )
            };
            format!(
                "<html><body><div class=\"wrap\"><div><h1>Power is back on the east side</h1>\
                 <p>Power was back on for all but about 300 customers on the east side by early \
                 Wednesday, hours after a fire at the substation cut it to 12,000 homes.</p>\
                 <p>The utility said crews expected to restore the rest by noon, and the cause of \
                 the fire, which started in a transformer, is under investigation.</p></div>\
                 <div class=\"{class}\"><h2>{heading}</h2>{}</div></div></body></html>",
                (1..=4).map(card).collect::<String>()
            )
        };
        let text = |class, heading| {
            crate::extract(&page(class, heading), &crate::Options::default())
                .unwrap()
                .text
        };
        for (class, heading) in [
            ("more-news", "Elsewhere"),
            ("box", "More local news"),
            ("box", "Related stories"),
        ] {
            assert!(
                !text(class, heading).contains("Story number"),
                "{class} {heading}"
            );
        }
        for heading in ["The week's other stories", "More than a substation"] {
            assert!(text("box", heading).contains("Story number"), "{heading}");
        }
    }

    /// A short post over its comments, on a blog whose sidebar of widgets
    /// (a calendar, a few lines about the blog) sits beside the block of
    /// both, is read alone: the block around all three adds to the post
    /// only comments and what the page sets aside.
    #[test]
    fn a_short_post_is_read_without_the_sidebar_beside_its_comments() {
        let reply = "We planted ours in October and the frost took half of them, so this year \
                     we will wait for the soil to cool and cover the bed with straw as you do. ";
        let comments: String = (1..=6)
            .map(|n| {
                format!(
                    "<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\">\
                     <b class=\"fn\">Reader {n}</b> <time>December 3, 2026 at 9:0{n} am</time></footer>\
                     <div class=\"comment-content\"><p>{}</p></div></article></li>",
                    reply.repeat(2 + n % 3)
                )
            })
            .collect();
        let weeks: String = (0..5)
            .map(|w| {
                let days: String = (1..=7).map(|d| format!("<td>{}</td>", w * 7 + d)).collect();
                format!("<tr>{days}</tr>")
            })
            .collect();
        let about = "Notes from a small garden on the edge of town, written on the evenings \
                     when it is too dark to be out in it, about what grew and what did not. ";
        let html = format!(
            "<html><head><title>Bulbs before the frost</title></head><body>\
             <div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">\
             <main id=\"main\" class=\"site-main\"><article><h1>Bulbs before the frost</h1>\
             <div class=\"entry-content\"><p>The tulips went in on Sunday, a fortnight later than \
             last year, after the first cold nights had cooled the soil enough to keep them from \
             sprouting early. The bulbs came from the market.</p><p>They are planted twice as deep as the packet says, which keeps \
             the squirrels off, and the bed is covered with straw until the shoots show in \
             February, with a net over it.</p></div></article><div id=\"comments\" class=\"comments-area\">\
             <h2>6 thoughts on “Bulbs before the frost”</h2><ol class=\"comment-list\">{comments}</ol>\
             </div></main></div><aside id=\"secondary\" class=\"widget-area\">\
             <section class=\"widget widget_calendar\"><table><caption>December 2026</caption>\
             <thead><tr><th>M</th><th>T</th><th>W</th><th>T</th><th>F</th><th>S</th><th>S</th></tr></thead>\
             <tbody>{weeks}</tbody></table></section><section class=\"widget widget_text\">\
             <h2>About this blog</h2><p>{}</p></section></aside></div></body></html>",
            about.repeat(4)
        );
        let text = crate::extract(&html, &crate::Options::default())
            .unwrap()
            .text;
        assert!(text.contains("twice as deep"), "{text}");
        assert!(
            !text.contains("December 2026") && !text.contains("small garden"),
            "{text}"
        );
    }

    #[test]
    fn replies_that_outweigh_a_short_post_are_read() {
        assert!(discussion(5));
        assert!(!discussion(40));
    }

    /// A news brief under its headline, over five long comments: read
    /// with them as a thread, unless the page's schema.org data calls it
    /// one story (a `NewsArticle`, or `["NewsArticle", "Article"]`). A
    /// forum that calls each post an `Article`, or the page a
    /// `DiscussionForumPosting`, is still read as a thread.
    #[test]
    fn a_page_declared_a_story_keeps_its_comments_apart() {
        let read = |data: &str| {
            let comment = format!(
                "<li class=\"comment\"><p>{}</p></li>",
                "A reply that goes on for a while, as replies on forums do. ".repeat(20)
            );
            let html = format!(
                "<html><head><script type=\"application/ld+json\">{data}</script></head><body>\
                 <div class=\"page\"><h1>Ferry pier to close</h1><div class=\"text\"><p>The \
                 ferry pier will close from January while its pontoon is replaced, the board \
                 said on Monday. The early sailing is dropped until the works end.</p></div><section id=\"comments\"><ol>{}</ol></section></div></body></html>",
                comment.repeat(5)
            );
            crate::extract(&html, &crate::Options::default())
                .unwrap()
                .text
        };
        let story = read(r#"{"@context": "https://schema.org", "@type": "NewsArticle"}"#);
        assert!(
            story.contains("pontoon") && !story.contains("A reply"),
            "{story}"
        );
        let story =
            read(r#"{"@graph": [{"@type": ["NewsArticle", "Article"]}, {"@type": "WebPage"}]}"#);
        assert!(!story.contains("A reply"), "{story}");
        for thread in [
            "{}",
            r#"[{"@type": "Article"}, {"@type": "Article"}]"#,
            r#"{"@type": "DiscussionForumPosting", "comment": {"@type": "Article"}}"#,
        ] {
            let text = read(thread);
            assert!(
                text.contains("pontoon") && text.contains("A reply"),
                "{thread}: {text}"
            );
        }
    }

    /// A question under its headline, a page declared a `QAPage` in its
    /// schema.org data, with short answers in the block it calls comments
    /// after the question's box: the answers are read with the question,
    /// however little they weigh beside it. Two replies nested in a box of
    /// their own after the answer they reply to outweigh any one answer;
    /// the run is still the answers', the kind holding the most prose in
    /// all, and the nested replies join it. Declared a story, the same
    /// page keeps its comments apart.
    #[test]
    fn a_declared_questions_answers_are_read() {
        let read = |kind: &str| {
            let question = "Is it worth moving from banking to consulting when the hours are \
                            much the same and the pay is lower for the first years? "
                .repeat(4);
            let answer = |n: usize| {
                format!(
                    "<article class=\"comment\"><span class=\"author\">Reader {n}</span>\
                     <p>Answer number {n}: it was worth it for me, the work is more varied.</p></article>"
                )
            };
            let html = format!(
                "<html><head><script type=\"application/ld+json\">{{\"@type\": \"{kind}\"}}</script></head><body>\
                 <div class=\"region\"><div class=\"node\"><article class=\"forum\"><h1>Moving to consulting</h1>\
                 <div class=\"content\"><p>{question}</p></div></article>\
                 <div id=\"comments\"><h2>5 Comments</h2><section>{}{}<div class=\"indented\">{}{}</div>{}</section></div>\
                 </div></div></body></html>",
                answer(1),
                answer(2),
                answer(4),
                answer(5),
                answer(3)
            );
            crate::extract(&html, &crate::Options::default())
                .unwrap()
                .text
        };
        let question = read("QAPage");
        assert!(
            question.contains("Moving to consulting") || question.contains("Is it worth moving"),
            "{question}"
        );
        assert!(
            (1..=5).all(|n| question.contains(&format!("Answer number {n}:"))),
            "{question}"
        );
        let story = read("NewsArticle");
        assert!(!story.contains("Answer number 1"), "{story}");
    }

    /// What the vote left out (a machine's long summary of the replies)
    /// does not count as the post's prose.
    #[test]
    fn the_rest_is_what_the_vote_read() {
        let summary = "A summary of the replies below, as a language model wrote it. ".repeat(40);
        let reply = format!(
            "<li class=\"comment\"><p>{}</p></li>",
            "A reply. ".repeat(120)
        );
        let html = format!(
            "<html><body><div class=\"page\"><p>A short question of a few words, asked here.</p>\
             <div class=\"ai-summary\"><p>{summary}</p></div>\
             <section id=\"comments\"><ol>{}</ol></section></div></body></html>",
            reply.repeat(4)
        );
        let (page, stats, all) = parsed(&html);
        let summary = with_class(&page, "ai-summary");
        let left_out: Vec<bool> = (0..page.len()).map(|i| page.contains(summary, i)).collect();
        let read = paragraph_prose(&page, &stats, &left_out);
        let top = with_class(&page, "page");
        let hints = Hints::compute(&page);
        assert!(replies(&page, &stats, &hints, (&read, &all), top).is_some());
        assert!(replies(&page, &stats, &hints, (&all, &all), top).is_none());
    }

    /// A topic whose opening post carries the topic's title and runs long,
    /// with five short replies: the vote lands in the opening post, and the
    /// thread is the opening post with its replies.
    #[test]
    fn a_titled_opening_post_and_short_replies_are_a_thread() {
        let opening = "<h2>Checking a new fish before you buy it</h2>\
            <p>People often ask me what to look for when buying a fish, so here is the list I give \
            everyone who starts out, in the order I go through it in the shop, tank by tank.</p>\
            <p>Look at the whole tank, not only the fish you want: one sick fish means the rest \
            have shared its water, its net and very likely its illness, however well they look.</p>\
            <p>Ask to see it eat. A fish that takes food in the shop will take food at home, and a \
            shop that will not feed in front of you is telling you something about its fish.</p>";
        let reply = "<p>Quarantine, always: a spare tank costs less than one lost fish.</p>";
        let post =
            |body: &str| format!("<div class=\"post\"><div class=\"body\">{body}</div></div>");
        let html = format!(
            "<html><body><div class=\"topic\">{}{}</div></body></html>",
            post(opening),
            post(reply).repeat(5)
        );
        let (page, stats, prose) = parsed(&html);
        let opening = with_class(&page, "body");
        let thread = find(&page, &stats, &prose, opening).expect("a thread");
        assert_eq!(thread.posts.len(), 6);
        assert_eq!(page.attr(thread.root, "class"), Some("topic"));
    }

    /// A topic whose opening post has a box of its own above the list of
    /// replies is read from that post, built as the inside of each reply
    /// is; a shorter line built alike (who started the topic) stays out.
    #[test]
    fn an_opening_post_set_apart_from_the_replies_is_read() {
        let card = |words: &str| {
            format!("<div class=\"card\"><div class=\"card-body\"><p>{words}</p></div></div>")
        };
        let opening =
            "I am walking the coast path in March and want a tent that stands up to wind off \
            the sea, weighs under two kilos and pitches fast in the rain. Which would you take?";
        let replies: String = [
            "A tunnel tent, pitched tail to the wind. Mine has done the whole west coast in storms, \
             and it has never once come down on me in the night.",
            "Take the heavier pegs as well: the ground on the cliffs is thin and the light pegs slip \
             out as soon as the wind gets under the fly sheet.",
            "A freestanding dome is easier on rock, but it catches more wind than a tunnel does, and \
             on the headlands that matters more than the weight.",
            "Whatever you take, practise pitching it in the garden before you go, in the dark too, \
             because you will pitch it in the dark at least once.",
        ]
        .iter()
        .map(|reply| {
            format!(
                "<article class=\"reply\"><div class=\"user\"><a href=\"/members/ann\">Ann Lee</a></div>{}</article>",
                card(reply)
            )
        })
        .collect();
        let html = format!(
            "<html><head><title>Which tent for the coast path?</title></head><body>\
             <div class=\"topic\"><h1>Which tent for the coast path?</h1>{}{}\
             <div class=\"messages\"><div class=\"messages-list\">{replies}</div></div></div>\
             </body></html>",
            card(opening),
            card("Ann Lee opened this topic in Camping on the fourth of March")
        );
        let text = crate::extract(&html, &crate::Options::default())
            .unwrap()
            .text;
        assert!(text.starts_with("I am walking the coast path"), "{text:?}");
        assert!(text.contains("in the dark at least once."), "{text:?}");
        assert!(!text.contains("opened this topic"), "{text:?}");
    }

    /// A forum that sets each post's words in a `<blockquote>` of its own
    /// class gives posts set as text, not as quotes; a quote inside a post,
    /// and a reply that opens by quoting, stay quotes. The posters'
    /// presence ("Offline") goes.
    #[test]
    fn posts_framed_in_quotation_blocks_read_as_text() {
        const SAID: [&str; 4] = [
            "The tide tables for the north harbour are printed wrong this year, by an hour at least, \
             and the ferry timetable was set from them, so the morning boat leaves on a falling tide.",
            "I asked at the harbour office and they said the printer used last year's almanac, \
             which would explain the hour, though not why the spring tides are off by a day as well.",
            "Fishermen here go by the old clock on the quay anyway, which the harbour master sets \
             from the radio each Sunday, and it has not been wrong in the twenty years I have fished.",
            "A corrected sheet is coming out next week, according to the council's newsletter, \
             and the ferry company has promised to reprint its timetable once the sheet is out.",
        ];
        let thread = |body: &dyn Fn(usize) -> String| {
            let posts: String = (0..SAID.len())
                .map(|n| {
                    format!(
                        "<li class=\"message\"><div class=\"userInfo\"><a href=\"/members/{n}\">member{n}</a></div>\
                         <div class=\"messageContent\">{}</div><div class=\"postfoot\"><span>Offline</span></div></li>",
                        body(n)
                    )
                })
                .collect();
            let html = format!(
                "<html><body><h1>Tide tables</h1><ol class=\"messageList\">{posts}</ol></body></html>"
            );
            crate::extract(&html, &crate::Options::default())
                .unwrap()
                .markdown
        };
        let framed = thread(&|n| {
            let quote = if n == 1 {
                "<div class=\"bbCodeQuote\"><blockquote class=\"quote\">Are the spring tides wrong too?</blockquote></div>"
            } else {
                ""
            };
            format!(
                "<blockquote class=\"messageText ugc\">{quote}{}</blockquote>",
                SAID[n]
            )
        });
        assert!(
            framed.contains("\n2.\n   > Are the spring tides wrong too?"),
            "{framed}"
        );
        assert_eq!(framed.matches("> ").count(), 1, "{framed}");
        let replies = thread(&|n| {
            let quote = if n == 1 {
                "<blockquote class=\"quote\">So the tables are wrong by an hour?</blockquote>"
            } else {
                ""
            };
            format!("{quote}<p>{}</p>", SAID[n])
        });
        assert!(replies.contains("> So the tables are wrong"), "{replies}");
        // Nor is a poster's presence beside a post part of it.
        assert!(!replies.contains("Offline"), "{replies}");
    }

    /// With no run of posts found, one post framed whole reads as text, and
    /// so do posts framed alike in containers of their own; quotations of
    /// one class in one body stay quotations, however much they hold.
    #[test]
    fn frames_outside_a_run_of_posts() {
        let markdown = |body: &str| {
            let html = format!("<html><body><h1>Tide tables</h1>{body}</body></html>");
            crate::extract(&html, &crate::Options::default())
                .unwrap()
                .markdown
        };
        let first = "The tide tables for the north harbour are printed wrong this year, by an hour \
            at least, and the ferry timetable was set from them, so the morning boat leaves on a falling tide.";
        let second = "I asked at the harbour office and they said the printer used last year's \
            almanac, which would explain the hour, though not why the spring tides are off by a day as well.";
        let one = markdown(&format!(
            "<div class=\"post\"><a href=\"/members/ann\">ann</a>\
             <blockquote class=\"messageText\"><p>{first}</p><p>{second}</p></blockquote></div>"
        ));
        assert!(!one.contains("> "), "{one}");
        let quotes = markdown(&format!(
            "<article><p>Two letters reached the harbour office this week.</p>\
             <blockquote class=\"letter\">{first}</blockquote>\
             <blockquote class=\"letter\">{second}</blockquote></article>"
        ));
        assert_eq!(quotes.matches("> ").count(), 2, "{quotes}");
    }
}
