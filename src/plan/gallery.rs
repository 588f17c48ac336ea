//! Photo essays: pictures whose captions carry all the words. The vote
//! counts paragraphs and a gallery has none, yet its captions are what
//! there is to read, so they make the article when the vote finds none.

use super::Stats;
use crate::heuristics::{MIN_ARTICLE_CHARS, MIN_PARAGRAPH_CHARS};
use crate::page::{NodeIdx, Page};

/// The fewest captioned pictures that make a gallery: one is a picture
/// under a heading, which [`super::short`] reads.
const MIN_PICTURES: usize = 2;

/// The block around the page's captioned pictures: figures with a picture
/// (or a player) and a caption of prose, not a teaser's link, at least
/// [`MIN_PICTURES`] of them with an article's length of captions between
/// them. `None` when the page has no such gallery.
pub(crate) fn essay(page: &Page, stats: &Stats) -> Option<NodeIdx> {
    let captioned: Vec<(NodeIdx, usize)> = (0..page.len())
        .filter(|&i| page.tag(i) == "figure" && shows_a_picture(page, i))
        .map(|i| (i, caption_prose(page, stats, i)))
        .filter(|&(_, prose)| prose >= MIN_PARAGRAPH_CHARS)
        .collect();
    let words: usize = captioned.iter().map(|&(_, prose)| prose).sum();
    let (&(first, _), &(last, _)) = (captioned.first()?, captioned.last()?);
    if captioned.len() < MIN_PICTURES || words < MIN_ARTICLE_CHARS {
        return None;
    }
    page.ancestors(first).find(|&a| page.contains(a, last))
}

fn shows_a_picture(page: &Page, figure: NodeIdx) -> bool {
    page.descendants(figure)
        .any(|d| matches!(page.tag(d), "img" | "picture" | "video"))
}

/// The words of a figure's caption that are not a link's.
fn caption_prose(page: &Page, stats: &Stats, figure: NodeIdx) -> usize {
    page.descendants(figure)
        .filter(|&d| page.tag(d) == "figcaption")
        .map(|c| stats.prose(c))
        .sum()
}

#[cfg(test)]
mod tests {
    use crate::{extract, Error, Options};

    /// Pictures under captions of prose are the article; pictures under
    /// captions that link to other pages are a grid of teasers.
    #[test]
    fn captioned_pictures_are_an_essay() {
        let page = |figures: &str| {
            format!(
                "<html><body><h1>The harbour in winter</h1><div class=\"grid\">{figures}</div></body></html>"
            )
        };
        let figure = |caption: &str| {
            format!(
                "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>{caption}</figcaption></figure>"
            )
        };
        let prose = [
            "The first boat leaves at six, before the light, with the post and the bread.",
            "By noon the quay is empty but for the gulls and the harbour master's dog.",
        ];
        let essay = page(&prose.map(figure).concat());
        let text = extract(&essay, &Options::default()).unwrap().text;
        assert!(
            text.contains(prose[0]) && text.contains(prose[1]),
            "{text:?}"
        );
        let linked = page(
            &prose
                .map(|p| figure(&format!("<a href=\"/story\">{p}</a>")))
                .concat(),
        );
        assert!(matches!(
            extract(&linked, &Options::default()),
            Err(Error::NoArticle)
        ));
    }
}
