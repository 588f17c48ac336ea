//! Threads: a forum topic, or a question with its answers, is a run of
//! posts of one kind side by side. When the vote lands in one post, the
//! whole run is the article, and the posts stay whatever their classes say
//! (forum software calls its posts comments).

use super::candidates::{is_root, TagCount};
use crate::heuristics::{MIN_PARAGRAPH_CHARS, THREAD_LEVELS};
use crate::page::{NodeIdx, Page};

/// A run of posts and the article that holds them.
pub(crate) struct Thread {
    pub root: NodeIdx,
    pub posts: Vec<NodeIdx>,
}

/// The thread at `top`: a run of at least two sibling posts, either inside
/// `top` (perhaps under wrappers) and holding most of its prose, or around it and holding at least
/// twice its prose. A post is an element of the same tag and first class
/// (or none) as its neighbours, with prose and without a headline of its
/// own: a run of stories, each under its headline, is a feed, not a thread.
/// The highest run within [`THREAD_LEVELS`] wins, so a run of paragraphs
/// inside a post does not hide the posts around it.
pub(crate) fn find(page: &Page, prose: &[usize], top: NodeIdx) -> Option<Thread> {
    let headlines = TagCount::new(page, |tag| matches!(tag, "h1" | "h2"));
    let run = |list: NodeIdx, post: NodeIdx| -> Vec<NodeIdx> {
        let kind = first_class(page, post);
        page.children(list)
            .filter(|&s| {
                page.tag(s) == page.tag(post)
                    && first_class(page, s) == kind
                    && prose[s] >= MIN_PARAGRAPH_CHARS
                    && headlines.within(page, s) == 0
            })
            .collect()
    };
    let sum = |posts: &[NodeIdx]| posts.iter().map(|&p| prose[p]).sum::<usize>();
    let mut found = None;
    let mut inner = top;
    for _ in 0..THREAD_LEVELS {
        let Some(biggest) = page.children(inner).max_by_key(|&c| prose[c]) else {
            break;
        };
        let posts = run(inner, biggest);
        if posts.len() >= 2 && sum(&posts) * 2 >= prose[top] {
            found = Some(Thread { root: top, posts });
            break;
        }
        // Through wrappers (a form around the posts, say) that hold nearly
        // all of the prose.
        if prose[biggest] * 10 < prose[inner] * 9 {
            break;
        }
        inner = biggest;
    }
    let mut held = prose[top];
    let mut post = top;
    for list in page.ancestors(top).take(THREAD_LEVELS) {
        if is_root(page, list) {
            break;
        }
        let posts = run(list, post);
        if posts.len() >= 2 && posts.contains(&post) && sum(&posts) >= 2 * held {
            held = sum(&posts);
            found = Some(Thread { root: list, posts });
        }
        post = list;
    }
    found
}

fn first_class(page: &Page, i: NodeIdx) -> Option<&str> {
    page.attr(i, "class")?.split_ascii_whitespace().next()
}
