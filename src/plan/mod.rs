//! The decision: which part of a page is the article, and why everything else
//! goes. Pure Rust over a [`Page`], with no browser types, so the command line
//! and the live page decide alike.
//!
//! [`plan`] runs the passes in order; each pass is its own module and keeps its
//! results in a side table indexed by node.

mod candidates;
mod cleaning;
mod copies;
mod dividers;
mod faq;
mod fixes;
mod gallery;
mod hints;
mod orphans;
mod quotes;
mod short;
mod siblings;
mod standfirst;
mod stats;
mod stories;
mod thread;
pub(crate) mod visibility;

use crate::heuristics::{MIN_ARTICLE_CHARS, RETRY_BELOW_CHARS};
use crate::metadata::{self, Metadata};
use crate::page::{NodeIdx, Page};
use crate::{Error, Options};
use serde::Serialize;

pub(crate) use candidates::holds_loose_prose;
pub(crate) use hints::{class_or_id_mentions, mentions, Hints};
pub(crate) use stats::Stats;

/// Why a block is not part of the reader view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Outside the article, with nothing more specific to say.
    Outside,
    Hidden,
    Navigation,
    Breadcrumb,
    LinkList,
    Directory,
    Ad,
    Share,
    Newsletter,
    Promo,
    /// A summary of the page written by a language model, not its author.
    AiSummary,
    Related,
    Comments,
    Tags,
    Consent,
    Sidebar,
    Overlay,
    AuthorBox,
    /// A post's counters: its votes, its comments, its answers.
    Counter,
    Header,
    Footer,
    Form,
    /// Scripts, styles, frames and other elements that never carry prose.
    NonContent,
    /// Who took or owns a picture, in a line of its own.
    Credit,
    /// The site's note that it earns from the links it sets.
    Disclosure,
    /// A pull quote that repeats a sentence of the article.
    DuplicateQuote,
    /// A second copy of a block (one per screen size, say).
    Duplicate,
    /// The article's own title, byline or date, shown in the reader's header.
    Title,
    Byline,
    /// A block that reads as clutter by its mix of links, images and text.
    Clutter,
    /// Taken out by the reader.
    Reader,
}

impl Reason {
    /// Short words for the reader ("show removed") and for `--explain`.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Outside => "outside the article",
            Reason::Hidden => "hidden",
            Reason::Navigation => "menu",
            Reason::Breadcrumb => "breadcrumb",
            Reason::LinkList => "link list",
            Reason::Directory => "directory list",
            Reason::Ad => "ad",
            Reason::Share => "share bar",
            Reason::Newsletter => "newsletter box",
            Reason::Promo => "promo",
            Reason::AiSummary => "AI summary",
            Reason::Related => "related links",
            Reason::Comments => "comments",
            Reason::Tags => "tag list",
            Reason::Consent => "cookie banner",
            Reason::Sidebar => "sidebar widget",
            Reason::Overlay => "overlay",
            Reason::AuthorBox => "author box",
            Reason::Counter => "counter",
            Reason::Header => "site header",
            Reason::Footer => "footer",
            Reason::Form => "form",
            Reason::NonContent => "non-content",
            Reason::Credit => "picture credit",
            Reason::Disclosure => "affiliate disclosure",
            Reason::DuplicateQuote => "duplicate quote",
            Reason::Duplicate => "repeated copy",
            Reason::Title => "title (in header)",
            Reason::Byline => "byline (in header)",
            Reason::Clutter => "clutter",
            Reason::Reader => "removed by you",
        }
    }
}

/// One block left out of the reader view, and why.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Removal {
    pub node: NodeIdx,
    pub reason: Reason,
}

/// The whole decision for one page.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The article: sibling subtrees in document order.
    pub content: Vec<NodeIdx>,
    /// Blocks inside `content` to leave out, outermost only, in document order.
    pub removals: Vec<Removal>,
    /// Top-level blocks outside `content`, labelled for "show removed".
    pub outside: Vec<Removal>,
    /// Quotation blocks that hold a post's own words (see
    /// `thread::frames`), in document order: rendered as plain blocks, not
    /// as quotes.
    pub frames: Vec<NodeIdx>,
    pub metadata: Metadata,
}

/// What the first passes learn about every node, read by the later ones.
pub(crate) struct Facts {
    /// Nodes a reader cannot see, or that the reader took out.
    pub hidden: Vec<bool>,
    pub hints: Hints,
    pub stats: Stats,
    pub fixes: fixes::Fixes,
}

/// Whether node `i` is inside one of `removals` (in document order,
/// outermost only).
pub(crate) fn left_out(page: &Page, removals: &[Removal], i: NodeIdx) -> bool {
    let before = removals.partition_point(|r| r.node <= i);
    before > 0 && i < page.node(removals[before - 1].node).end
}

/// Decides what on `page` is the article.
pub fn plan(page: &Page, options: &Options) -> Result<Plan, Error> {
    let fixes = fixes::Fixes::new(page, options);
    let mut hidden = visibility::hidden(page);
    fixes.hide_removed(page, &mut hidden);
    let hints = Hints::compute(page);
    let stats = Stats::compute(page, &hidden);
    let facts = Facts {
        hidden,
        hints,
        stats,
        fixes,
    };
    let Facts { stats, hints, .. } = &facts;
    let pointed = options.article.filter(|&i| page.names_element(i));
    let short = short::body(page, stats);
    let strict = candidates::choose(page, stats, hints, true, pointed);
    let choice = match strict {
        Some(c) if candidates::prose_chars(stats, &c.roots) >= RETRY_BELOW_CHARS => Some(c),
        first => {
            let relaxed = candidates::choose(page, stats, hints, false, pointed);
            match (first, relaxed) {
                (Some(story), Some(other))
                    if thread::adds_only_asides(page, stats, hints, &story.roots, &other.roots) =>
                {
                    Some(story)
                }
                (first, relaxed) => [first, relaxed]
                    .into_iter()
                    .flatten()
                    .max_by_key(|c| candidates::prose_chars(stats, &c.roots)),
            }
        }
    }
    .or_else(|| short.map(candidates::Choice::whole))
    .or_else(|| gallery::essay(page, stats).map(candidates::Choice::whole))
    .ok_or(Error::NoArticle)?;
    // What the page declares gives way to what the reader pointed at.
    let content = match pointed {
        Some(_) => choice.roots,
        None => stories::titled(
            page,
            stats,
            candidates::prefer_declared(page, stats, choice.roots),
        ),
    };
    let content = faq::extend(page, &facts, content);
    let content = facts.fixes.extend(page, content);
    let mut metadata = metadata::read(page, &content, stats, hints);
    metadata.standfirst = standfirst::find(page, &facts, &metadata, &content);
    let cleaned = cleaning::clean(page, &content, &choice.posts, &facts, &metadata, options);
    let settle = |removals: Vec<Removal>| {
        let removals = orphans::add(page, &content, &facts, removals);
        let removals = orphans::add_emptied(page, &content, &facts, removals);
        let removals = orphans::add_stranded(page, &content, &facts, removals);
        dividers::add(page, &content, &facts, removals)
    };
    let kept = |removals: &[Removal]| {
        let all = candidates::prose_chars(stats, &content);
        all - removals
            .iter()
            .map(|r| stats.prose(r.node))
            .sum::<usize>()
            .min(all)
    };
    // A short page is read whole when it has words of its own, and so is
    // the block the reader pointed at; any other page needs an article's
    // length.
    let enough = |removals: &[Removal]| match short.or(pointed) {
        Some(_) => short::has_words(page, &facts.hidden, &content, removals),
        None => kept(removals) >= MIN_ARTICLE_CHARS,
    };
    // An article whose words are all in its headline (a link shared on a
    // forum, with nothing written under it) keeps the headline in its
    // text, which the header alone would leave empty.
    let untitled = || {
        cleaned
            .iter()
            .filter(|r| r.reason != Reason::Title)
            .copied()
            .collect()
    };
    let Some(removals) = std::iter::once(cleaned.clone())
        .chain(std::iter::once_with(untitled))
        .map(settle)
        .find(|removals| enough(removals))
    else {
        return Err(Error::NoArticle);
    };
    if metadata.standfirst.is_none() {
        metadata.standfirst = standfirst::in_header(page, &facts, &metadata, &content, &removals);
    }
    // Pictures the page declares lead the article; else its first one
    // that the reader sees (not a teaser's in a box the cleaning took out).
    metadata.lead_image = metadata.lead_image.or_else(|| {
        page.in_subtrees(&content)
            .filter(|&i| page.tag(i) == "img" && !left_out(page, &removals, i))
            .find_map(|i| metadata::lead_picture(page, i))
    });
    metadata.excerpt = metadata.excerpt.or_else(|| {
        metadata::first_paragraph(page, &content, stats, |i| !left_out(page, &removals, i))
    });
    let outside = siblings::outside(page, &content, &facts);
    Ok(Plan {
        frames: thread::frames(page, stats, &content, &choice.posts),
        content,
        removals,
        outside,
        metadata,
    })
}
