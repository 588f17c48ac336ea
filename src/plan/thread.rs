//! Threads: a forum topic, or a question with its answers, is a run of
//! posts of one kind side by side. When the vote lands in one post, the
//! whole run is the article, and the posts stay whatever their classes say
//! (forum software calls its posts comments).

use super::candidates::{is_root, TagCount};
use crate::heuristics::{MIN_PARAGRAPH_CHARS, THREAD_LEVELS};
use crate::page::{NodeIdx, Page};

/// A run of posts and the element that holds them.
pub(crate) struct Thread {
    pub list: NodeIdx,
    pub posts: Vec<NodeIdx>,
}

/// The thread at `top`: a run of at least two sibling posts, either inside
/// `top` and holding most of its prose, or around it and holding at least
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
    let mut found = page
        .children(top)
        .max_by_key(|&c| prose[c])
        .map(|post| run(top, post))
        .filter(|posts| posts.len() >= 2 && sum(posts) * 2 >= prose[top])
        .map(|posts| Thread { list: top, posts });
    let mut held = prose[top];
    let mut post = top;
    for list in page.ancestors(top).take(THREAD_LEVELS) {
        if is_root(page, list) {
            break;
        }
        let posts = run(list, post);
        if posts.len() >= 2 && posts.contains(&post) && sum(&posts) >= 2 * held {
            held = sum(&posts);
            found = Some(Thread { list, posts });
        }
        post = list;
    }
    found
}

fn first_class(page: &Page, i: NodeIdx) -> Option<&str> {
    page.attr(i, "class")?.split_ascii_whitespace().next()
}
