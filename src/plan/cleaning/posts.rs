//! The furniture of a thread's posts: posters' boxes and their lines,
//! reply subjects that repeat the thread's title, edit notes, who is
//! online and the invitations to sign in and join in. The posts' own words
//! stay.

use super::metadata_lines::is_count;
use super::{Cleaner, SHORT_BLOCK_NODES};
use crate::heuristics::{
    JOINED_WORDS, MEMBER_COUNTS, MEMBER_DETAILS, MEMBER_STAT_CHARS, PARTAKING_VERBS,
    SHORT_BLOCK_CHARS, SIGN_IN_WORDS,
};
use crate::page::{heading_level, is_block, NodeIdx};
use crate::plan::class_or_id_mentions;
use crate::render::is_table_part;

/// Class and id words of a poster's signature.
const SIGNATURE_HINTS: &[&str] = &["signature", "post-sig", "postsig"];

/// The most nodes a poster's box takes, with its custom fields.
const MEMBER_BOX_NODES: usize = 4 * SHORT_BLOCK_NODES;

/// The most text of a line that invites the reader to sign in.
const SIGN_IN_PROMPT_CHARS: usize = 200;

/// The most words between signing in and what it is for ("sign in or
/// create your free account to comment").
const SIGN_IN_GAP_WORDS: usize = 5;

impl Cleaner<'_> {
    /// A block of its own that asks the reader to sign in to take part
    /// ("You must log in to answer this question.", "Create an account or
    /// sign in to comment"): the gate to the site's form, not the article.
    /// A list's item is a step of a how-to or a point of a list of
    /// benefits, and stays.
    pub(super) fn is_sign_in_prompt(&self, i: NodeIdx) -> bool {
        let page = self.page;
        is_block(page.tag(i))
            && self.is_short_element(i, 10..=SIGN_IN_PROMPT_CHARS)
            && !page.descendants(i).any(|d| is_block(page.tag(d)))
            && !page.self_and_ancestors(i).any(|a| page.tag(a) == "li")
            && asks_to_sign_in(&self.text(i).to_lowercase())
    }

    /// A thread's post, the block in it that holds most of its text, or a
    /// block that holds posts for the most part: what its class says (often
    /// "comment") does not count.
    pub(super) fn carries_post(&self, i: NodeIdx) -> bool {
        let after = self.posts.partition_point(|&p| p <= i);
        // Posts nest (replies to replies): the innermost one around `i`.
        let first = self.posts.first().copied().unwrap_or(usize::MAX);
        let post = self
            .page
            .self_and_ancestors(i)
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

    /// A reply's subject ("Re: " and the topic's title), as forum software
    /// heads every reply: the title, shown in the header.
    pub(super) fn is_reply_subject(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if heading_level(page.tag(i)).is_none()
            || self.stats.chars(i) > SHORT_BLOCK_CHARS
            || page.node(i).end - i > SHORT_BLOCK_NODES
        {
            return false;
        }
        let text = self.text(i);
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
    pub(super) fn is_edit_note(&self, i: NodeIdx) -> bool {
        const NOTE_WORDS: usize = 20;
        self.is_short_element(i, 0..=SHORT_BLOCK_CHARS)
            && !self.in_running_text(i)
            && self.opens_with(i, "last edited")
            && self.text(i).split_whitespace().count() <= NOTE_WORDS
    }

    /// Whether block `i` is only a poster's presence ("Online", "Offline")
    /// inside a post of a thread, where forum software shows it.
    pub(super) fn is_presence(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.posts.is_empty() || !self.is_short_element(i, 6..=10) || is_table_part(page.tag(i))
        {
            return false;
        }
        let text = self.text(i);
        matches!(
            text.trim().to_lowercase().as_str(),
            "online" | "offline" | "online now"
        ) && page
            .ancestors(i)
            .any(|a| self.posts.binary_search(&a).is_ok())
    }

    /// Whether block `i` is a post's head that says only its number and
    /// when it was sent ("#1 2025-11-01 15:14:37"), as some forums set it
    /// as a heading over each post: no words of the post, nor a title.
    pub(super) fn is_numbered_post_time(&self, i: NodeIdx) -> bool {
        const HEAD_CHARS: usize = 40;
        if !self.is_short_element(i, 4..=HEAD_CHARS) || !is_block(self.page.tag(i)) {
            return false;
        }
        let text = self.text(i);
        let words: Vec<&str> = text.split_whitespace().collect();
        let Some((number, time)) = words.split_first() else {
            return false;
        };
        let numbered = number
            .strip_prefix('#')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let timelike = |w: &&str| {
            w.starts_with(|c: char| c.is_ascii_digit())
                && w.chars().all(|c| c.is_ascii_digit() || "-/.:,".contains(c))
        };
        numbered && !time.is_empty() && time.iter().all(timelike)
    }

    /// Whether link `i` is a post's number ("#4"), as forum software sets
    /// it beside the post's date on a thread's page: a link to the post,
    /// not words of it, in whichever post the thread's run took in or
    /// not. A number after a word ("fixes #4307") is a reference, and one
    /// among hashtags a tag: both stay.
    pub(super) fn is_post_number(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.posts.is_empty() || page.tag(i) != "a" || !self.is_short_element(i, 2..=8) {
            return false;
        }
        let text = self.text(i);
        let numbered = text
            .trim()
            .strip_prefix('#')
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
        // The text right before the link, blank text passed over; an
        // element there (the link's wrapper, a picture) ends the search.
        let after_word = || {
            (0..i)
                .rev()
                .map(|d| page.text(d).map(str::trim_end))
                .find(|t| t.is_none_or(|t| !t.is_empty()))
                .flatten()
                .and_then(|t| t.chars().last())
                .is_some_and(char::is_alphanumeric)
        };
        // A run of hashtags ("#2024 #beginner") tags the post.
        let among_tags = || {
            page.parent(i).is_some_and(|parent| {
                page.children(parent)
                    .any(|c| c != i && page.tag(c) == "a" && self.text(c).trim().starts_with('#'))
            })
        };
        numbered && !after_word() && !among_tags()
    }

    /// A poster's standing beside a forum post: a box of two lines or more
    /// whose every line is a member statistic or detail, two of them at
    /// least statistics ("Joined Nov 4, 2011", "Posts: 98"). In a box of
    /// mostly such lines that also names the poster, who stays, those lines
    /// go one by one: they are noted here, to be met next.
    pub(super) fn is_member_box(&self, i: NodeIdx) -> bool {
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
        if lines.len() < 2 || !names_member_stats(&self.text(i)) {
            return false;
        }
        let kinds: Vec<Option<MemberLine>> = lines
            .iter()
            .map(|&c| {
                (self.stats.chars(c) <= MEMBER_STAT_CHARS)
                    .then(|| member_line(&self.text(c)))
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

    /// A poster's signature in a post of a thread (`signature`,
    /// `ipsEntry__signature`, `post-sig`): the same lines under every post
    /// they write, a motto or their machine's parts, not the post. Outside
    /// posts, and in a table, the word is about something else (a feature
    /// "Digital signature").
    pub(super) fn is_signature(&self, i: NodeIdx) -> bool {
        let page = self.page;
        !is_table_part(page.tag(i))
            && class_or_id_mentions(page, i, SIGNATURE_HINTS)
            && page
                .ancestors(i)
                .any(|a| self.posts.binary_search(&a).is_ok())
    }

    /// One line of a poster's box noted by [`Cleaner::is_member_box`].
    pub(super) fn is_member_line(&self, i: NodeIdx) -> bool {
        self.member_lines.borrow().binary_search(&i).is_ok()
    }
}

enum MemberLine {
    /// A statistic only forums keep ("Posts: 98").
    Stat,
    /// A detail any fact box may give ("Location: Leeds", "Primary OS:
    /// Linux"): one of [`MEMBER_DETAILS`], or any line "Label: value".
    Detail,
}

/// The labels of a poster's statistics: when they joined, and the counts
/// of their posts and standing.
fn member_stats() -> impl Iterator<Item = &'static &'static str> {
    JOINED_WORDS.iter().chain(MEMBER_COUNTS)
}

/// Whether `text` names two member statistics or more, as a poster's box
/// does: only then are its lines read one by one.
fn names_member_stats(text: &str) -> bool {
    let text = text.to_lowercase();
    member_stats()
        .filter(|label| text.contains(*label))
        .nth(1)
        .is_some()
}

/// Whether `line` is a count and then what it counts, one of
/// the poster's statistics: "563 posts", "2.2k Reputation".
fn counts_a_stat(line: &str) -> bool {
    line.split_once(' ').is_some_and(|(count, label)| {
        is_count(count) && member_stats().any(|stat| label.trim().eq_ignore_ascii_case(stat))
    })
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
    if member_stats().any(opens_with) || counts_a_stat(line) {
        Some(MemberLine::Stat)
    } else if MEMBER_DETAILS.iter().any(opens_with) || label_line() {
        Some(MemberLine::Detail)
    } else {
        None
    }
}

/// Whether `text` (in lower case) asks to sign in and then says, with its
/// next "to", to take part: "log in to answer", "sign in now to post".
/// "Log in to your account to post" is a step of a how-to.
fn asks_to_sign_in(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).any(|at| {
        SIGN_IN_WORDS
            .iter()
            .find(|sign_in| words[at..].starts_with(sign_in))
            .is_some_and(|sign_in| {
                let after = &words[at + sign_in.len()..];
                after
                    .iter()
                    .take(SIGN_IN_GAP_WORDS + 1)
                    .position(|&w| w == "to")
                    .and_then(|to| after.get(to + 1))
                    .is_some_and(|verb| PARTAKING_VERBS.contains(verb))
            })
    })
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

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

    /// A line that asks the reader to sign in to take part goes; a how-to's
    /// step that signs in first, and a list's point, stay.
    #[test]
    fn an_invitation_to_sign_in_goes() {
        let html = "<html><body><article>\
            <p>Post a notice in the harbour office window, and the ferry crew will see it on their way \
            to the morning boat.</p>\
            <p>Log in to your account to post a notice online, then pick the week it should run.</p>\
            <ul><li>Sign in to vote for next year's timetable</li><li>Fares are frozen until spring</li></ul>\
            <h2>You must <a href=\"/login\">log in</a> to answer this question.</h2>\
            <p>Sign in or create a free account to comment.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("Log in to your account to post"), "{text:?}");
        assert!(text.contains("Sign in to vote"), "{text:?}");
        assert!(!text.contains("answer this question"), "{text:?}");
        assert!(!text.contains("to comment"), "{text:?}");
    }

    /// A thread of four posts, each set by `post` from its number and
    /// words: the second is a short reply, the third names a number on a
    /// list, the fourth ends with hashtags.
    fn thread(post: impl Fn(usize, &str) -> String) -> String {
        let words = [
            "The morning ferry left late again today, and the harbour office says the winter timetable is to blame.",
            "Same here.",
            "It left at ten past nine, which the office put down to the tide; the notice by the quay says it fixes <a href=\"/notices/12\">#12</a> on the list.",
            "The evening boat was on time, at least, and the crew said the new timetable boards go up at both harbours next week. \
            <a href=\"/tags/2026\">#2026</a> <a href=\"/tags/ferries\">#ferries</a>",
        ];
        let posts: String = (1..).zip(words).map(|(n, w)| post(n, w)).collect();
        format!("<html><body><div class=\"thread\">{posts}</div></body></html>")
    }

    /// A thread's short reply, which the page declares as the post's text,
    /// stays among its post's links (the number, the date, who reacted).
    #[test]
    fn a_short_reply_among_its_posts_links_stays() {
        let html = thread(|n, words| {
            format!(
                "<article class=\"post\"><div class=\"main\"><a href=\"/t/1#p{n}\">#{n}</a> \
                <a href=\"/t/1#p{n}\">Jan {n}, 2026</a><div itemprop=\"text\">{words}</div>\
                <span>Reactions: <a href=\"/u/ann\">Ann Lee</a>, <a href=\"/u/bo\">Bo Chan</a>, \
                <a href=\"/u/dee\">Dee Ray</a>, <a href=\"/u/eve\">Eve Moss</a></span></div></article>"
            )
        });
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("Same here."), "{text:?}");
    }

    /// A post's number goes, and so does the separator it leaves parting
    /// nothing once the date went too. A number after a word is a
    /// reference, and one among hashtags a tag: both stay.
    #[test]
    fn post_numbers_go() {
        let html = thread(|n, words| {
            format!(
                "<article class=\"post\"><div class=\"main\"><div class=\"head\">\
                <b>poster{n}</b>, member since 2019, from Dover <span><a href=\"/t/1#p{n}\">#{n}</a> \
                <span>·</span> <a href=\"/t/1#p{n}\"><time datetime=\"2026-01-0{n}T09:00\">Jan {n}, 2026</time></a>\
                </span></div><div itemprop=\"text\">{words}</div><div class=\"reactions\">Reactions: \
                <a href=\"/u/ann\">Ann Lee</a>, <a href=\"/u/bo\">Bo Chan</a>, <a href=\"/u/dee\">Dee Ray</a>, \
                <a href=\"/u/eve\">Eve Moss</a> and <a href=\"/u/cy\">Cy Diaz</a></div></div></article>"
            )
        });
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("fixes #12"), "{text:?}");
        assert!(text.contains("#2026 #ferries"), "{text:?}");
        let heads: Vec<&str> = text.lines().filter(|l| l.starts_with("poster")).collect();
        assert_eq!(heads.len(), 4, "{text:?}");
        assert!(heads.iter().all(|l| l.ends_with("from Dover")), "{text:?}");
        assert!(!text.contains('·'), "{text:?}");
    }

    /// A heading over each post that gives only its number and time
    /// goes; a post's heading with words stays.
    #[test]
    fn a_posts_number_and_time_heading_goes() {
        let html = thread(|n, words| {
            let head = match n {
                2 => "#2 in the queue".to_owned(),
                _ => format!("#{n} 2026-01-0{n} 09:1{n}:07"),
            };
            let (number, time) = head.split_once(' ').unwrap();
            format!(
                "<div class=\"blockpost\"><h2><span><span class=\"conr\">{number}</span> \
                <a href=\"/t/1?pid={n}\">{time}</a></span></h2><div class=\"box\"><div class=\"postmsg\">{words}</div></div></div>"
            )
        });
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("2026-01-01"), "{text:?}");
        assert!(!text.contains("#3"), "{text:?}");
        assert!(text.contains("#2 in the queue"), "{text:?}");
        assert!(text.contains("Same here."), "{text:?}");
    }

    /// A poster's signature under each post goes; a post that speaks of
    /// signatures, and a table's row of one, stay.
    #[test]
    fn a_posters_signature_goes() {
        let html = thread(|n, words| {
            let words = match n {
                3 => "The notice wants a signature from the harbour master before the new boards go up: \
                    <table><tr><th>Form</th><th>Signed</th></tr>\
                    <tr id=\"signature-row\"><td>Crew list</td><td>Yes</td></tr></table>",
                _ => words,
            };
            format!(
                "<article class=\"post\"><div class=\"main\"><div itemprop=\"text\">{words}</div>\
                <div class=\"post__signature\">Sailing since 1998 | Island Queen crew</div></div></article>"
            )
        });
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("Sailing since"), "{text:?}");
        assert!(text.contains("wants a signature"), "{text:?}");
        assert!(text.contains("Crew list | Yes"), "{text:?}");
    }

    /// A poster's statistic written count first ("2.2k posts", "315
    /// Reputation") is one; a count of anything else, or a count in a
    /// sentence, is not.
    #[test]
    fn a_count_first_statistic() {
        for stat in [
            "563 posts",
            "2.2k Reputation",
            "1,204 Messages",
            "8.1K posts",
            "1.2M posts",
        ] {
            assert!(super::counts_a_stat(stat), "{stat:?}");
        }
        for other in [
            "posts",
            "563 apples",
            "k posts",
            "about 563 posts",
            "563 posts today",
        ] {
            assert!(!super::counts_a_stat(other), "{other:?}");
        }
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
