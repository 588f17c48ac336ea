//! The article's metadata set again as lines of its text: the headline
//! over the article, bylines and their labels, dates and datelines,
//! reading times, view counts, times written for machines and authors'
//! cards, which the reader's header shows, and the site's notice of its
//! rights under the text.

use super::{holds_media, Cleaner, SHORT_BLOCK_NODES};
use crate::heuristics::{
    ACCESS_LABELS, BYLINE_HINTS, BYLINE_WORDS, CHANGED_HINTS, DATE_LINE_LABELS, KICKER_HINTS,
    READING_TIME_PHRASES, READING_TIME_UNITS, RIGHTS_RESERVED, SEPARATORS, SHORT_BLOCK_CHARS,
};
use crate::metadata::{
    awaits_name, clean_byline, is_weekday, links_to_an_author, month_number, normalize_date,
    Metadata, Slashes,
};
use crate::page::{heading_level, is_block, NodeIdx, Page};
use crate::plan::{mentions, Stats};
use crate::quality::lowercase_words;
use crate::render::is_table_part;

/// What a post's counters count, beside views (the shares a share bar
/// counts too).
const COUNTED: &[&str] = &[
    "reply",
    "replies",
    "comment",
    "comments",
    "answer",
    "answers",
    "like",
    "likes",
    "vote",
    "votes",
    "reaction",
    "reactions",
    "share",
    "shares",
];

/// What a topic's counters count besides (see [`Cleaner::is_counts_line`]).
const TOPIC_COUNTED: &[&str] = &[
    "views",
    "posts",
    "participants",
    "posters",
    "members",
    "watching",
    "followers",
];

/// The most text a line of a topic's counts holds.
const COUNTS_LINE_CHARS: usize = 100;

/// Whether `word` is a count as counters write it ("12", "1,693", "6.3k",
/// "2.2K").
pub(super) fn is_count(word: &str) -> bool {
    let digits = word.trim_end_matches(['k', 'm', 'K', 'M']);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// The most text a count of views holds ("(Visited 12,902 times, 364
/// visits today)").
const VIEW_COUNT_CHARS: usize = 48;
/// The glyphs a rating is drawn with, full, half and empty.
const RATING_STARS: &str = "★☆⯪⭐✩✪✫✬✭✮✯";

/// The most text an estimate of reading time holds ("Estimated reading
/// time: 12 minutes").
const READING_TIME_CHARS: usize = 40;

/// The most text a date's label holds ("Last updated on").
const DATE_LABEL_CHARS: usize = 20;

/// The most text of a writer's role beside the byline's name ("Science
/// editor", "Correspondent in Lagos").
const ROLE_CHARS: usize = 40;

/// The most text of a line that gives the article's date under a label.
const DATE_LINE_CHARS: usize = 60;

/// The most words besides the date in such a line ("Last updated on …
/// by Ann Lee").
const DATE_LINE_WORDS: usize = 6;

/// What parts the fields of a line of the article's facts: bars and dots,
/// not the commas and dashes a date or a name may hold.
const FIELD_SEPARATORS: &[char] = &['|', '·', '•', '∙', '⋅'];

/// The most text of one field in such a line.
const FIELD_CHARS: usize = 40;

/// The most text of labels and separators in a line of date and author.
const DATELINE_LABEL_CHARS: usize = 40;

/// The least text of an author's card: a line about them besides the name.
const AUTHOR_CARD_CHARS: usize = 60;
/// How far above its `<time>` an entry of a live blog or feed starts.
const ENTRY_DEPTH: usize = 3;
/// The longest section label over a headline.
const KICKER_MAX_CHARS: usize = 40;
/// The most words of a label set over the headline in a line of its own.
const KICKER_LABEL_WORDS: usize = 4;

/// The longest word a title leaves in small letters ("of", "and", "the").
const SHORT_WORD_CHARS: usize = 3;

/// The most such labels one over another above the headline.
const KICKER_LINES: usize = 3;

/// The most words of a kicker set in the headline's own heading, before
/// the title.
const KICKER_WORDS: usize = 2;

impl Cleaner<'_> {
    pub(super) fn is_title(&self, i: NodeIdx) -> bool {
        let title = self.metadata.title.as_deref().unwrap_or("");
        !title.is_empty() && crate::quality::same_words(&self.text(i), title)
    }

    /// Whether heading `i`, in `heading`'s words, is the `title`'s after a
    /// kicker of a word or two set apart in an element of its own, the
    /// heading's first (`<h2><span class="intro">Fernverkehr</span> <span>Bahn
    /// kündigt …</span></h2>`). Run into the heading's text, such words are
    /// a section's heading that ends as the title does ("Why flexbox?").
    fn kicker_before_title(&self, i: NodeIdx, heading: &[String], title: &[String]) -> bool {
        let page = self.page;
        let kicker = heading.len().saturating_sub(title.len());
        !title.is_empty()
            && (1..=KICKER_WORDS).contains(&kicker)
            && heading.ends_with(title)
            && page
                .children(i)
                .find(|&c| page.element(c).is_some())
                .is_some_and(|first| lowercase_words(&self.text(first)) == heading[..kicker])
    }

    /// Whether heading `i`, above the article's first paragraph, sets the
    /// title again, whole or in part: blogging platforms repeat the title
    /// at the top of the post at any heading level, or split over two
    /// headings ("Open Journalism Project:" over "Better Student
    /// Journalism"), or after a kicker in the same heading (see
    /// [`Self::kicker_before_title`]). A part is a run of at least
    /// three of the title's words, which a kicker or a section's name
    /// rarely is. A thread's
    /// subject stays with its first post. A post written in lines parted
    /// by `<br>` has no paragraph: there a heading before its first line
    /// of prose that says the whole title goes (a part of it may head the
    /// sections of a page of short ones).
    pub(super) fn repeats_title_above_text(&self, i: NodeIdx) -> bool {
        const PART_WORDS: usize = 3;
        let page = self.page;
        if heading_level(page.tag(i)).is_none() || !self.posts.is_empty() {
            return false;
        }
        let title = lowercase_words(self.metadata.title.as_deref().unwrap_or(""));
        let heading = lowercase_words(&self.text(i));
        if heading.is_empty() {
            return false;
        }
        match self.first_paragraph {
            Some(p) => {
                i < p
                    && (heading == title
                        || (heading.len() >= PART_WORDS
                            && title.windows(heading.len()).any(|run| run == heading))
                        || self.kicker_before_title(i, &heading, &title))
            }
            None => {
                heading == title
                    && self
                        .first_line
                        .get_or_init(|| {
                            (self.texts.from..page.len()).find(|&n| {
                                page.text(n).is_some_and(|t| {
                                    t.trim().chars().count() >= super::PARAGRAPH_CHARS
                                })
                            })
                        })
                        .is_none_or(|line| i < line)
            }
        }
    }

    /// Whether block `i` is the site's notice of its rights closing the
    /// article ("Copyright © 2025 WABC-TV. All Rights Reserved.", "© 2026
    /// Prairie News, a division of …"), which every page of the site
    /// repeats under its text. A licence that lets the article be shared
    /// says more than that, and stays; so does a notice within the text (a
    /// standard's copyright section).
    pub(super) fn is_rights_notice(&self, i: NodeIdx) -> bool {
        const NOTICE_CHARS: usize = 300;
        if !self.is_short_element(i, 10..=NOTICE_CHARS)
            || !is_block(self.page.tag(i))
            || self.last_paragraph.is_some_and(|p| i < p)
        {
            return false;
        }
        let text = self.text(i).to_lowercase();
        let opening = text.trim_start();
        // "© 2026 Prairie News, a division of Prairie Media Inc.": the
        // year of the rights stands right after the sign.
        let dated = || {
            opening
                .split_whitespace()
                .take(RIGHTS_YEAR_WORDS)
                .any(|w| is_year(w.trim_matches(|c: char| !c.is_ascii_digit())))
        };
        let signed = opening.starts_with("copyright")
            || opening.starts_with('©')
            || opening.starts_with("(c)");
        let reserved = RIGHTS_RESERVED.iter().any(|words| text.contains(words));
        ((reserved && (signed || text.contains('©')))
            || (signed && dated() && !text.contains("licen")))
            && !self.page.ancestors(i).any(|a| self.page.tag(a) == "pre")
    }

    /// Whether element `i` is a time written for machines, which the page
    /// marks up for search engines and its stylesheet hides: a `<time>`, or
    /// an element a schema.org property names, holding only an ISO 8601
    /// date and time ("2019-01-21T21:40:59.62Z"). No reader is shown one.
    pub(super) fn is_machine_time(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !(page.tag(i) == "time" || page.attr(i, "itemprop").is_some())
            || !(19..=40).contains(&self.stats.chars(i))
        {
            return false;
        }
        let text = self.text(i);
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

    /// Whether block `i` is only a count of the page's views ("Viewed 2k
    /// times", "1,693 views", "(Visited 1,902 times, 364 visits today)")
    /// or of a post's replies, comments, answers, likes, votes or shares
    /// ("0 Reply", "12 Comments", "2192 Shares"), or a recipe's or a
    /// product's rating and its count ("5 from 12 votes", "4.8 from 310
    /// ratings"), apart from any sentence or table.
    pub(super) fn is_view_count(&self, i: NodeIdx) -> bool {
        if !self.is_short_element(i, 6..=VIEW_COUNT_CHARS)
            || is_table_part(self.page.tag(i))
            || self.amid_words(i)
        {
            return false;
        }
        // Most short blocks are not counts: their last word tells.
        let last_words = self
            .page
            .subtree(i)
            .filter_map(|d| self.page.text(d).map(str::trim_end))
            .rfind(|t| !t.is_empty());
        let last_word = last_words
            .and_then(|t| t.rsplit(char::is_whitespace).next())
            .map(|w| w.trim_end_matches(')').to_lowercase());
        if !last_word.is_some_and(|w| {
            matches!(
                w.as_str(),
                "times" | "views" | "today" | "ratings" | "reviews"
            ) || COUNTED.contains(&w.as_str())
        }) {
            return false;
        }
        let text = self.text(i).to_lowercase();
        // A rating's stars lead its count ("★★★★★ 4.9 from 212 votes").
        let text = text
            .trim_start_matches(|c: char| RATING_STARS.contains(c) || c.is_whitespace())
            .trim_end()
            .trim_start_matches('(')
            .trim_end_matches(')');
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_end_matches(','))
            .collect();
        match words.as_slice() {
            ["viewed" | "visited", n, "times"] => is_count(n),
            ["visited", n, "times", m, "visits", "today"] => is_count(n) && is_count(m),
            [n, "views"] => is_count(n),
            [rating, "from", n, "votes" | "ratings" | "reviews"] => is_count(rating) && is_count(n),
            // A heading over the replies ("7 replies") names their section.
            // A post with none counts them in a word ("No comments").
            [n, thing] => {
                (is_count(n) || *n == "no")
                    && COUNTED.contains(thing)
                    && !self
                        .page
                        .self_and_ancestors(i)
                        .take(3)
                        .any(|a| heading_level(self.page.tag(a)).is_some())
            }
            _ => false,
        }
    }

    /// Whether block `i` is a line of a topic's counts ("6.3K views 23
    /// replies 14 participants last post by Ann Lee", "7 Posts 3 Posters
    /// 15.8k Views"): two counts or more, which make up most of its text.
    pub(super) fn is_counts_line(&self, i: NodeIdx) -> bool {
        if !self.is_short_element(i, 10..=COUNTS_LINE_CHARS)
            || !self.page.has_digit(i)
            || is_table_part(self.page.tag(i))
            || self.amid_words(i)
        {
            return false;
        }
        let text = self.text(i).to_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        let counts: Vec<usize> = words
            .windows(2)
            .filter(|pair| {
                is_count(pair[0])
                    && (COUNTED.contains(&pair[1]) || TOPIC_COUNTED.contains(&pair[1]))
            })
            .map(|pair| pair[0].len() + pair[1].len())
            .collect();
        let all: usize = words.iter().map(|w| w.len()).sum();
        counts.len() >= 2 && 2 * counts.iter().sum::<usize>() >= all
    }

    /// Whether block `i` is only the page's estimate of its reading time,
    /// apart from any sentence or table. Widgets set it in a `<span>`
    /// between the article's blocks, or at the end of the line with the
    /// date and byline: only in a paragraph's sentence is it part of the
    /// text. Above the text, a few words of who wrote it may come first
    /// ("Harbour Desk | 5 min read").
    pub(super) fn is_reading_time(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let in_sentence =
            || self.in_running_text(i) && self.line_of(i).is_some_and(|line| page.tag(line) == "p");
        let above_text = || self.first_paragraph.is_none_or(|p| i < p);
        self.is_short_element(i, 5..=READING_TIME_CHARS)
            && !is_table_part(page.tag(i))
            && page.has_digit(i)
            && {
                let text = self.text(i);
                reads_as_reading_time(&text) || above_text() && reads_as_signed_reading_time(&text)
            }
            && !in_sentence()
    }

    /// A short line before the first paragraph that names the author or the
    /// date, or one under the text that gives the date under its label;
    /// the reader's header shows both.
    pub(super) fn is_byline(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.is_marked_dateline(i) || self.is_line_of_dates(i) {
            return true;
        }
        if self.stats.chars(i) > 100 {
            return false;
        }
        // Under the text, the article's date again under its label
        // ("Published 1 December 2026"), as the header shows it.
        let dated_again = || {
            let text = self.text(i);
            starts_with_date_label(&text) && self.gives_published(&text)
        };
        if self.last_paragraph.is_some_and(|p| i >= page.node(p).end) && dated_again() {
            return true;
        }
        if self.second_paragraph.is_some_and(|p| i >= p) {
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
        if self.is_line_of_fields(&self.text(i)) {
            return true;
        }
        if after_text {
            // A byline, or the article's date under a standfirst the body
            // begins with: in a `<time>` ending the line (after a label at
            // most), or after a label of its own ("Publié le 3 décembre
            // 2026 à 18h02").
            let text = self.text(i);
            let dated = || {
                self.labelled_time(i)
                    .is_some_and(|t| text.trim_end().ends_with(self.text(t).trim_end()))
                    || starts_with_date_label(&text)
            };
            return self.second_paragraph.is_none_or(|p| i < p)
                && (self.names_author(i)
                    || self.names_author_and_date(&text)
                    || dated() && self.gives_published(&text));
        }
        if page.tag(i) == "time" {
            return !self.times_an_entry(i);
        }
        if page.node(i).end - i > SHORT_BLOCK_NODES
            || !matches!(page.tag(i), "p" | "div" | "span" | "font")
        {
            return false;
        }
        // A date under a label of its own ("Published", "Asked",
        // "Updated:") goes with its label, above an article's text; where
        // it heads the first of a run of entries, only as the article's
        // own time (a thread's question): a live page's latest entry keeps
        // its time as the others do.
        if self.first_paragraph.is_some()
            && self
                .labelled_time(i)
                .is_some_and(|t| !self.times_an_entry(t) || self.is_published_time(t))
        {
            return true;
        }
        let text = self.text(i);
        let byline = self.metadata.byline.as_deref().unwrap_or("\u{0}");
        // "Written by" over the name in a block of its own goes with it.
        let names_next = || {
            awaits_name(&text)
                && page
                    .next_element(i)
                    .is_some_and(|next| self.text(next) == byline)
        };
        // The name and the writer's role beside it ("Ann Lee, Science
        // editor"), a line of its own above the text; not a post's head in
        // a thread ("ann_lee said:", "ann_lee · 03/03/2026"), which stays.
        let with_role = || {
            text.trim().strip_prefix(byline).is_some_and(|role| {
                role.chars().count() <= ROLE_CHARS
                    && !role.contains(char::is_numeric)
                    && !ends_as_text(role)
            })
        };
        // "By" opens a sentence too ("By 9 a.m., power was back"): a name
        // must follow.
        (text.starts_with("By ") && clean_byline(&text).is_some())
            || text == byline
            || with_role()
            || self.names_author_and_date(&text)
            || names_next()
            || self.gives_published(&text)
            || self.names_author(i)
    }

    /// Whether ISO 8601 `date` falls on the article's published day, its
    /// time aside.
    fn is_published_day(&self, date: &str) -> bool {
        self.metadata
            .published
            .as_deref()
            .is_some_and(|published| published.get(..10) == date.get(..10))
    }

    /// Whether `<time>` element `i` gives the article's published time,
    /// as its markup (or else its text) tells it.
    fn is_published_time(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let told = page
            .attr(i, "datetime")
            .and_then(|t| normalize_date(t, Slashes::of(page)))
            .or_else(|| normalize_date(&self.text(i), Slashes::of(page)));
        told.is_some_and(|t| self.metadata.published.as_deref() == Some(t.as_str()))
    }

    /// The first `<time>` in block `i` when all else in it is a label at
    /// most ("Published", "Updated:").
    fn labelled_time(&self, i: NodeIdx) -> Option<NodeIdx> {
        let page = self.page;
        page.descendants(i)
            .find(|&d| page.tag(d) == "time")
            .filter(|&time| self.stats.chars(i) - self.stats.chars(time) <= DATE_LABEL_CHARS)
    }

    /// Whether element `i` says, right over the headline, who may read the
    /// story ("Member-only story"): the page's gate, not a line of it.
    pub(super) fn is_access_label(&self, i: NodeIdx) -> bool {
        let page = self.page;
        self.stats.chars(i) <= KICKER_MAX_CHARS
            && self.first_paragraph.is_some_and(|p| i < p)
            && page.next_element(i).is_some_and(|h| page.tag(h) == "h1")
            && ACCESS_LABELS.contains(&self.text(i).trim().to_lowercase().as_str())
    }

    /// Whether element `i` is the section label over the headline (a
    /// kicker: "Hochwasser", "Climate crisis"), a few words with the
    /// headline still to come before the text, marked by its class or id
    /// or a link to the section set right over the headline: the page's
    /// filing of the story, not a line of it.
    pub(super) fn is_kicker(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let Some(first) = self
            .first_paragraph
            .filter(|&p| i < p && !page.contains(i, p))
        else {
            return false;
        };
        let over_headline = || {
            page.tag(i) == "a"
                && page.next_element(i).is_some_and(|h| page.tag(h) == "h1")
                && !self.amid_words(i)
        };
        // A trail of links to sections right over the headline
        // ("Electronics", "Audio" in a list of their own).
        let trail = || {
            matches!(page.tag(i), "ol" | "ul" | "nav" | "p" | "div" | "span")
                && self.stats.link_chars(i) == self.stats.chars(i)
                && page.next_element(i).is_some_and(|h| page.tag(h) == "h1")
        };
        self.stats.chars(i) <= KICKER_MAX_CHARS
            && ((["class", "id"]
                .iter()
                .any(|a| page.attr(i, a).is_some_and(|v| mentions(v, KICKER_HINTS)))
                || over_headline()
                || self.labels_over_headline(i))
                && !page.descendants(i).any(|d| is_block(page.tag(d)))
                && (page.node(i).end..first).any(|h| page.tag(h) == "h1")
                || trail())
    }

    /// Whether element `i` is a label set over the headline, right over it
    /// or over other such labels ("Artificial Intelligence", then "arXiv",
    /// then the headline): the story's section, source or series. A label
    /// is one word, or a few capitalized as a name is ("Buying Guide");
    /// a line in words of a sentence ("Updated twice today") says
    /// something, and a sentence, or a picture, is no label.
    fn labels_over_headline(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let label = |l: NodeIdx| {
            if self.stats.chars(l) > KICKER_MAX_CHARS {
                return false;
            }
            let text = self.text(l);
            let words: Vec<&str> = text.split_whitespace().collect();
            !words.is_empty()
                && words.len() <= KICKER_LABEL_WORDS
                && (words.len() == 1 || words.iter().all(|w| is_capitalized(w)))
                && !ends_as_text(&text)
                && !holds_media(page, l)
        };
        if !label(i) || self.amid_words(i) {
            return false;
        }
        let mut next = page.next_element(i);
        for _ in 0..KICKER_LINES {
            match next {
                Some(h) if page.tag(h) == "h1" => return true,
                Some(l) if label(l) => next = page.next_element(l),
                _ => return false,
            }
        }
        false
    }

    /// Whether `<time>` element `i` dates one of a run of like entries
    /// (blocks of one tag and class, each with a time of its own): a live
    /// blog's update or a feed's item, whose time is its own, not the
    /// article's date.
    fn times_an_entry(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.ancestors(i).take(ENTRY_DEPTH).any(|entry| {
            page.like_siblings(entry)
                .any(|other| page.descendants(other).any(|d| page.tag(d) == "time"))
        })
    }

    /// Whether block `i` opens with "By" (or its word in another language,
    /// [`BYLINE_WORDS`]) and the first name the byline reads ("By Ann Lee",
    /// "By Ann LeeUpdated: Feb 5, 2026", "By Ann Lee & Bo Chan", "Von Jana
    /// Becker | 21.11.2026").
    fn names_author(&self, i: NodeIdx) -> bool {
        let text = self.text(i);
        let text = text.trim_start();
        let first = self.metadata.names().first().copied();
        BYLINE_WORDS
            .iter()
            .find_map(|word| {
                text.get(..word.len())
                    .filter(|lead| lead.eq_ignore_ascii_case(word))
                    .map(|_| &text[word.len()..])
            })
            .zip(first)
            .is_some_and(|(rest, name)| rest.starts_with(name))
    }

    /// Whether `line` is the byline, then the article's date ("Ann Lee ·
    /// Updated Apr 2, 2026, 6:40 p.m. ET"), as a template sets them side
    /// by side.
    fn names_author_and_date(&self, line: &str) -> bool {
        self.metadata.byline.as_deref().is_some_and(|byline| {
            line.trim().strip_prefix(byline).is_some_and(|date| {
                self.gives_published(date.trim_start_matches(|c: char| !c.is_alphanumeric()))
            })
        })
    }

    /// Whether `line` is a short line that opens with the article's date,
    /// or with a label for it ("Published: Feb 6, 2024", "Updated March
    /// 11, 2026 by Ann Lee"), and gives the date the reader's header shows.
    /// A line with another date (a later update) says something the
    /// header does not; in a thread, the date heads the first post as
    /// other dates head the others.
    fn gives_published(&self, line: &str) -> bool {
        if self.metadata.published.is_none() || !self.posts.is_empty() {
            return false;
        }
        let lower = line.trim().to_lowercase();
        // A month's name, as the date reader splits words ("Feb.", "Feb,").
        let month = |w: &str| w.split([',', '/', '.']).any(|p| month_number(p).is_some());
        let labelled = starts_with_date_label(&lower);
        // The day of the week may open it: "Friday 14 February 2026".
        let mut words = lower.split_whitespace().peekable();
        words.next_if(|&w| is_weekday(w));
        let dated_first = words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || month(w));
        // Labels and a name: more words make a sentence. A separator
        // ("·", "|") is no word.
        let other_words = lower
            .split_whitespace()
            .filter(|w| {
                w.contains(char::is_alphabetic)
                    && !w.contains(|c: char| c.is_ascii_digit())
                    && !month(w)
            })
            .count();
        lower.chars().count() <= DATE_LINE_CHARS
            && other_words <= DATE_LINE_WORDS
            && (labelled || dated_first)
            && normalize_date(&lower, Slashes::of(self.page))
                .is_some_and(|date| self.is_published_day(&date))
    }

    /// Whether `line` is a strip of short fields parted by bars or dots, one
    /// of them the article's date and nothing more ("On Behalf of Lee & Co
    /// | Apr 21, 2017 | Products Liability", "News · 3 March 2026 · Ann
    /// Lee"): who wrote it, when, and under which section, which the
    /// reader's header shows or has no need of. A field that ends a
    /// sentence, or runs longer than a name or a section's label, makes it
    /// a line of text.
    fn is_line_of_fields(&self, line: &str) -> bool {
        let fields: Vec<&str> = line.split(FIELD_SEPARATORS).map(str::trim).collect();
        fields.len() > 1
            && fields
                .iter()
                .all(|f| !f.is_empty() && f.chars().count() <= FIELD_CHARS && !ends_as_text(f))
            && fields.iter().any(|f| self.gives_published(f))
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

    /// Whether block `i`, before the article's second paragraph, holds
    /// only `<time>` elements, each after its label ("Publicerad <time>
    /// Uppdaterad <time>", "Published <time> · Updated <time>"), one of them
    /// the article's published day: the date line, however long its times
    /// run, under a standfirst the article's box holds.
    fn is_line_of_dates(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.metadata.published.is_none()
            || !self.posts.is_empty()
            || self.second_paragraph.is_some_and(|p| i >= p)
            || self.stats.chars(i) > SHORT_BLOCK_CHARS
            || page.node(i).end - i > SHORT_BLOCK_NODES
            || !matches!(page.tag(i), "p" | "div")
        {
            return false;
        }
        let (mut labels, mut gives_day) = (String::new(), false);
        let mut d = i + 1;
        while d < page.node(i).end {
            if page.tag(d) == "time" {
                gives_day |= page
                    .attr(d, "datetime")
                    .and_then(|t| normalize_date(t, Slashes::of(page)))
                    .is_some_and(|date| self.is_published_day(&date));
                labels.push('\u{0}');
                d = page.node(d).end;
                continue;
            }
            if let Some(text) = page.text(d) {
                labels.push_str(text);
            }
            d += 1;
        }
        let mut parts = labels.split('\u{0}').map(|l| {
            l.trim_matches(|c: char| c.is_whitespace() || c == ':' || SEPARATORS.contains(&c))
        });
        // Each time has its label before it, and nothing follows the last.
        let last = parts.next_back();
        gives_day
            && last.is_some_and(str::is_empty)
            && parts.all(|label| {
                !label.is_empty() && label.chars().count() <= DATE_LABEL_CHARS && {
                    let lower = label.to_lowercase();
                    starts_with_date_label(&lower)
                        || CHANGED_HINTS.iter().any(|h| lower.starts_with(h))
                }
            })
    }

    /// Whether block `i`, above the article's text, is only the author's
    /// picture: one image, no words, whose description names an author
    /// the byline names (`alt="Ann Lee"`). The header shows the byline;
    /// the portrait beside it is the template's.
    pub(super) fn is_author_picture(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.first_paragraph.is_none_or(|p| i >= p)
            || self.stats.chars(i) > 0
            || !matches!(
                page.tag(i),
                "div" | "span" | "a" | "p" | "figure" | "picture"
            )
        {
            return false;
        }
        let mut images = page.descendants(i).filter(|&d| page.tag(d) == "img");
        let (Some(image), None) = (images.next(), images.next()) else {
            return false;
        };
        let described = page.attr(image, "alt").unwrap_or("");
        !described.trim().is_empty()
            && self
                .metadata
                .names()
                .iter()
                .any(|name| crate::quality::same_words(described, name))
    }

    /// An author's card after the article's text: the element that
    /// schema.org marks as the author, or the box around a link to the
    /// byline's author's page, holding more than a name (a portrait, a few
    /// lines about them, links to follow them). It is the site's, on every
    /// article by that author.
    pub(super) fn is_author_card(&self, i: NodeIdx) -> bool {
        // Text before it, and no paragraph of the article after it.
        self.first_paragraph.is_some_and(|p| p < i)
            && self
                .last_paragraph
                .is_some_and(|p| p < self.page.node(i).end)
            && (self.hints.authors().binary_search(&i).is_ok()
                || self.author_boxes.binary_search(&i).is_ok())
            && self.stats.chars(i) >= AUTHOR_CARD_CHARS
    }
}

/// The most text of an author's card: a name, a role, a few lines.
const AUTHOR_CARD_MAX_CHARS: usize = 700;

/// The boxes in `content`, in document order, around a link to the page of
/// an author the byline names (`/author/ann-lee` reading "Ann Lee"): each
/// the largest block around the link that holds no more than a card does,
/// and more than the name (a portrait, or a line about them).
pub(super) fn author_boxes(
    page: &Page,
    stats: &Stats,
    content: &[NodeIdx],
    metadata: &Metadata,
) -> Vec<NodeIdx> {
    let names = metadata.names();
    if names.is_empty() {
        return Vec::new();
    }
    let mut boxes: Vec<NodeIdx> = page
        .in_subtrees(content)
        .filter(|&a| {
            page.tag(a) == "a"
                && page.attr(a, "href").is_some_and(links_to_an_author)
                && names.contains(&page.text_content(a).trim())
        })
        .filter_map(|a| {
            let card = page
                .ancestors(a)
                .take_while(|&b| stats.chars(b) <= AUTHOR_CARD_MAX_CHARS && !content.contains(&b))
                .last()?;
            let portrait = page.descendants(card).any(|d| page.tag(d) == "img");
            (portrait || stats.chars(card) >= stats.chars(a) + AUTHOR_CARD_CHARS).then_some(card)
        })
        .collect();
    boxes.sort_unstable();
    boxes.dedup();
    boxes
}

/// Whether `line` ends as a sentence does, or as a label before what it
/// labels (":"): words of the text, not a name or a label standing alone.
fn ends_as_text(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', ':'])
}

/// Whether `word` is written as a name's or a title's words are: with a
/// capital, unless it is a short word between them ("of", "and"), or not
/// in letters at all ("19th", "»").
fn is_capitalized(word: &str) -> bool {
    word.chars().count() <= SHORT_WORD_CHARS || !word.starts_with(char::is_lowercase)
}

/// Whether `line` opens with a label for a date ("Published",
/// "Mis à jour"), in any case.
fn starts_with_date_label(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    DATE_LINE_LABELS.iter().any(|l| lower.starts_with(l))
}

/// Whether `text` says how long the page takes to read and nothing else:
/// a number, a unit, and one of [`READING_TIME_PHRASES`].
fn reads_as_reading_time(text: &str) -> bool {
    let text = text.to_lowercase();
    // Every phrase ends in a word of reading ("read", "lesezeit"), which
    // most short lines with a number (dates, prices) lack.
    let reading = |phrase: &&str| phrase.rsplit(' ').next().is_some_and(|w| text.contains(w));
    if !READING_TIME_PHRASES.iter().any(reading) {
        return false;
    }
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

/// The most words of who wrote the page before its reading time.
const SIGNATURE_WORDS: usize = 3;

/// Whether `text` is who wrote the page, in a few words without a digit,
/// and then, after a bar or a dot, how long it takes to read
/// ("Harbour Desk | 5 min read").
fn reads_as_signed_reading_time(text: &str) -> bool {
    text.rsplit_once(['|', '·', '•'])
        .is_some_and(|(signature, time)| {
            let words = signature.split_whitespace().count();
            (1..=SIGNATURE_WORDS).contains(&words)
                && !signature.contains(|c: char| c.is_numeric())
                && reads_as_reading_time(time)
        })
}

/// How many words of a rights notice its year may stand among ("©
/// Copyright 2026", "Copyright (c) 2026").
const RIGHTS_YEAR_WORDS: usize = 3;

/// Whether `word` is a year of these two centuries or the last.
fn is_year(word: &str) -> bool {
    word.len() == 4 && matches!(&word[..2], "19" | "20") && word.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// The text of a story whose headline has `line` right over it.
    fn text_under(line: &str) -> String {
        let html = format!(
            "<html><body><article>{line}<h1>Parking fees rise next month</h1>{}</article></body></html>",
            "<p>The city will raise the fees at its 42 public car parks from the first of next month, the first rise in eight years.</p>"
                .repeat(4)
        );
        extract(&html, &Options::default()).unwrap().text
    }

    /// The link to the story's section set right over the headline goes
    /// as its kicker, bare, in a list, or in a `<span>` of its own (a
    /// Korean daily's "사회"); a line of words with a link in it stays.
    #[test]
    fn a_sections_link_over_the_headline_goes() {
        for kicker in [
            r#"<a href="/society">Society</a>"#,
            r#"<ul><li><a href="/society">Society</a></li></ul>"#,
            r#"<span class="section"><a href="/society">사회</a></span>"#,
        ] {
            let text = text_under(kicker);
            assert!(text.starts_with("The city"), "{kicker}: {text:?}");
        }
        let line = text_under(r#"<span>Filed from <a href="/city-hall">City Hall</a></span>"#);
        assert!(line.starts_with("Filed from"), "{line:?}");
    }

    /// Labels set over the headline go, one or a run of them ("Artificial
    /// Intelligence" over "arXiv", "Guide of the Week"); a sentence, a line
    /// of more words or in a sentence's small letters, a picture, and a
    /// label with a line of text between it and the headline, stay.
    #[test]
    fn labels_over_the_headline_go() {
        for labels in [
            "<div><span>Artificial Intelligence</span></div><div><span>arXiv</span></div>",
            "<div>Guide of the Week</div>",
        ] {
            let text = text_under(labels);
            assert!(text.starts_with("The city"), "{labels}: {text:?}");
        }
        for (line, label) in [
            ("<div>Fees rise.</div>", "Fees rise."),
            (
                "<div>Filed from the city hall press room</div>",
                "Filed from",
            ),
            ("<div>Updated twice today</div>", "Updated twice"),
            (
                "<div><img src=\"/pay-station.jpg\" alt=\"\">Pay station</div>",
                "Pay station",
            ),
            (
                "<div>Transport</div><div>The fees are set by the council each spring</div>",
                "Transport",
            ),
        ] {
            let text = text_under(line);
            assert!(text.starts_with(label), "{line}: {text:?}");
        }
    }

    /// A label over the headline that says who may read the story goes,
    /// nested or bare, in any of the languages known; a short line of
    /// other words there stays.
    #[test]
    fn a_label_of_who_may_read_goes() {
        for label in [
            "<div><div><p><span>Member-only story</span></p></div></div>",
            "<p>Réservé aux abonnés</p>",
            "<span>会員限定</span>",
        ] {
            let text = text_under(label);
            assert!(text.starts_with("The city"), "{label}: {text:?}");
        }
        let line = text_under("<p>Updated twice today</p>");
        assert!(line.starts_with("Updated twice"), "{line:?}");
    }

    /// Headings over the first paragraph that set the title again, at any
    /// level, split in two or after a kicker of their own, go to the
    /// reader's header, and so does one over a post of lines with no
    /// paragraph; a heading of other words, and the title set again further
    /// down, stay.
    #[test]
    fn the_title_set_again_over_the_text_goes() {
        let story = "<p>The harbour board voted on Tuesday to keep the late ferry running through the winter, after a trial that carried more passengers than expected.</p>";
        let html = format!(
            "<html><head><title>The Island Ferry: Running Through Winter</title></head><body><article>\
             <h2>The Island Ferry:</h2><h4>Running Through Winter</h4><h3>Late ferry</h3>{story}{story}\
             <h2>The Island Ferry: Running Through Winter</h2>{story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.starts_with("Late ferry\n"), "{text:?}");
        assert_eq!(
            text.matches("Running Through Winter").count(),
            1,
            "{text:?}"
        );
        // A post of lines parted by `<br>`, under its date's heading.
        let line = "The harbour board voted on Tuesday to keep the late ferry running through the winter.<br><br>";
        let html = format!(
            "<html><head><title>Late ferry stays</title></head><body><div class=\"post\">\
             <h2>Saturday, 4 April 2026</h2><h3>Late ferry stays</h3><div>{}</div></div></body></html>",
            line.repeat(5)
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("Late ferry stays"), "{text:?}");
        // The title after a kicker in an element of its own goes; a
        // section's heading that ends in the title's words stays.
        let headed = |heading: &str| {
            let html = format!(
                "<html><head><meta property=\"og:title\" content=\"Late ferry stays\"></head><body><article>\
                 {heading}{story}{story}</article></body></html>"
            );
            extract(&html, &Options::default()).unwrap().text
        };
        let kicker =
            headed("<h2><span class=\"intro\">Ferries</span> <span>Late ferry stays</span></h2>");
        assert!(kicker.starts_with("The harbour board"), "{kicker:?}");
        let section = headed("<h2>Why the late ferry stays</h2>");
        assert!(
            section.starts_with("Why the late ferry stays"),
            "{section:?}"
        );
    }

    /// A line of a topic's counts goes; a sentence with counts in it stays.
    #[test]
    fn a_line_of_counts_goes() {
        let story = "<p>The harbour board voted on Tuesday to keep the late ferry running through the winter, after a trial that carried more passengers than expected.</p>";
        let html = format!(
            "<html><body><article><h1>Late ferry</h1>\
             <div class=\"topic-info\"><span>6.3K views</span> <span>23 replies</span> \
             <span>14 participants</span> <span>last post by Ann Lee</span></div>{story}\
             <p>Over 40 members and 12 posters came to the meeting.</p>{story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("participants"), "{text:?}");
        assert!(text.contains("Over 40 members"), "{text:?}");
    }

    /// The article's date again under its text, under its label, goes:
    /// the header shows it. A later date says more, and stays.
    #[test]
    fn the_date_under_the_text_goes() {
        let story = "<p>The harbour board voted on Tuesday to keep the late ferry running through the winter, after a trial that carried more passengers than expected.</p>";
        let text = |closing: &str| {
            let html = format!(
                "<html><head><meta property=\"article:published_time\" content=\"2026-12-01\"></head>\
                 <body><article><h1>Late ferry</h1>{story}{story}<p>{closing}</p></article></body></html>"
            );
            extract(&html, &Options::default()).unwrap().text
        };
        let published = text("Published 1 December 2026");
        assert!(!published.contains("Published"), "{published:?}");
        let updated = text("Updated 3 December 2026");
        assert!(updated.contains("Updated 3 December 2026"), "{updated:?}");
    }

    /// The site's notice of its rights under the article goes, whether it
    /// reserves them (in any of the languages news is written in) or dates
    /// them; a licence to share it, and a copyright
    /// section within the text, stay.
    #[test]
    fn the_sites_rights_notice_goes() {
        let story = "<p>The harbour board voted on Tuesday to keep the late ferry running through the winter, after a trial that carried more passengers than expected.</p>";
        let page = |closing: &str| {
            format!(
                "<html><body><article><h1>Late ferry</h1>{story}\
                 <h2>Copyright</h2><p>Copyright (c) 2024 the ferry's crew. All rights reserved, except as the timetable says.</p>{story}\
                 <p>{closing}</p></article></body></html>"
            )
        };
        let text = |closing: &str| extract(&page(closing), &Options::default()).unwrap().text;
        let notice = text("Copyright © 2025 Harbour Herald. All Rights Reserved.");
        assert!(!notice.contains("Harbour Herald"), "{notice:?}");
        assert!(notice.contains("the ferry's crew"), "{notice:?}");
        let licence = text("This story may be republished under a Creative Commons licence.");
        assert!(licence.contains("Creative Commons"), "{licence:?}");
        let dated = text("© 2026 Harbour Herald, a division of Coast Media Inc.");
        assert!(!dated.contains("Harbour Herald"), "{dated:?}");
        let italian = text("Riproduzione riservata ©");
        assert!(!italian.contains("Riproduzione"), "{italian:?}");
        let licensed = text("© 2026 Ann Lee, licensed under CC BY 4.0.");
        assert!(licensed.contains("CC BY"), "{licensed:?}");
    }

    /// A time written for machines (an ISO 8601 date and time that the
    /// page's stylesheet hides) is not text; a date written for readers,
    /// and a sentence with such a time in it, stay.
    #[test]
    fn a_time_for_machines_is_not_text() {
        let html = "<html><body><article>\
            <p>The ferry timetable changes on Monday, with an earlier first sailing and a later last one.</p>\
            <time class=\"d-none\" itemprop=\"datePublished\">2019-01-21T21:40:59.62Z+00:00</time>\
            <p>The notice went up on <time datetime=\"2019-01-21\">21 January 2019</time> and has been updated since.</p>\
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

    /// A line that gives the article's date under a label, or after the
    /// day of the week, goes to the reader's header, its separators no
    /// words ("Published in Harbour Notes · 4 min read · Feb 6, 2026"); a
    /// line with a later date, and a sentence that opens with the date,
    /// stay.
    #[test]
    fn a_line_with_the_articles_date_goes() {
        let html = "<html><head><meta property=\"article:published_time\" content=\"2026-02-06\"></head>\
            <body><article><h1>Winter sailings resume</h1>\
            <p>Published: Feb 6, 2026</p>\
            <div>Friday 6 February 2026</div>\
            <div><span>Published in</span> <a href=\"/harbour\">Harbour Notes</a> <span>·</span> <span>4 min read</span> <span>·</span> <span>Feb 6, 2026</span></div>\
            <p>Last updated: March 1, 2026</p>\
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

    /// A strip of short fields parted by bars or dots goes when one of them
    /// is the article's date, the body's first paragraph or not; a strip
    /// with another day, or with a field that ends a sentence or runs long,
    /// stays.
    #[test]
    fn a_strip_of_fields_with_the_articles_date_goes() {
        let text = |line: &str| {
            let html = format!(
                "<html><head><meta property=\"article:published_time\" content=\"2026-02-06\"></head>\
                 <body><article><h1>Winter sailings resume</h1>\
                 <p>{line}</p>\
                 <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
                 <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
                 </article></body></html>"
            );
            extract(&html, &Options::default()).unwrap().text
        };
        for line in [
            "On Behalf of <a href=\"/about\">Lee &amp; Co</a> | Feb 6, 2026 | Ferries",
            "Harbour desk · 6 February 2026",
        ] {
            let text = text(line);
            assert!(text.starts_with("The ferry returns"), "{line}: {text:?}");
        }
        for line in [
            "On Behalf of Lee &amp; Co | Feb 9, 2026 | Ferries",
            "Sailings resume. | Feb 6, 2026",
            "The winter timetable of the island's two ferries | Feb 6, 2026",
        ] {
            let text = text(line);
            assert!(!text.starts_with("The ferry returns"), "{line}: {text:?}");
        }
    }

    /// A line of nothing but labelled times under a standfirst goes when
    /// one gives the article's day, however long it runs; a line of times
    /// with other words after them, or of other days, stays.
    #[test]
    fn a_line_of_labelled_times_goes() {
        let text = |line: &str| {
            let html = format!(
                "<html><head><meta property=\"article:published_time\" content=\"2026-11-27T06:00:00+01:00\"></head>\
                 <body><article><h1>Winter sailings resume</h1>\
                 <p>After two years of repairs, the late boat to the island runs again from Monday evening.</p>\
                 <div>{line}</div>\
                 <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
                 <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
                 </article></body></html>"
            );
            extract(&html, &Options::default()).unwrap().text
        };
        let time = |day: &str, shown: &str| {
            format!("<time datetime=\"2026-11-{day}T10:24:00+01:00\">{shown}</time>")
        };
        let gone = text(&format!(
            "<span>Publicerad</span> {} <span>Uppdaterad</span> {}",
            time("27", "27 nov 2026 kl. 06.00"),
            time("27", "27 nov 2026 kl. 10.24")
        ));
        assert!(!gone.contains("Publicerad"), "{gone:?}");
        for line in [
            format!("Published {} by the harbour board", time("30", "Nov. 30")),
            format!(
                "Published {} · Updated {}",
                time("28", "Nov. 28"),
                time("29", "Nov. 29")
            ),
        ] {
            let text = text(&line);
            assert!(text.contains("Published"), "{line}: {text:?}");
        }
    }

    /// Each entry of a live page keeps the time over it, the first as the
    /// others, where it is not the article's published time (which a
    /// thread's question gives).
    #[test]
    fn a_live_pages_first_entry_keeps_its_time() {
        let entry = |time: &str, text: &str| {
            format!("<div class=\"block\"><p><time datetime=\"2026-12-04T{time}:00Z\">{time} GMT</time></p><p>{text}</p></div>")
        };
        let html = format!(
            "<html><head><meta property=\"article:published_time\" content=\"2026-12-04T07:05:00Z\"></head>\
             <body><article><h1>Storm live: ferries cancelled</h1>{}{}{}</article></body></html>",
            entry("16.20", "That is where we leave our coverage for today, with the winds easing along the coast."),
            entry("13.02", "All trains north of the city have been suspended after a tree fell across the wires."),
            entry("08.30", "Ferries to the islands have been cancelled for the rest of the day, the operator said."),
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.starts_with("16.20 GMT\n\nThat is where"), "{text}");
        assert!(text.contains("08.30 GMT"), "{text}");
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

    /// An unmarked line that opens with "By" and the byline's name goes to
    /// the reader's header after a standfirst too; a short line of the
    /// text that opens with "By" stays.
    #[test]
    fn a_byline_under_a_standfirst_goes() {
        let html = "<html><head><meta name=\"author\" content=\"Ann Lee\"></head><body><article>\
            <h1>Winter sailings resume</h1>\
            <p>Two crossings a day from Monday, and one on Sundays, until the spring timetable.</p>\
            <div>By Ann LeeUpdated: Feb 5, 2026</div>\
            <div>By Monday, every boat will sail.</div>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day.</p>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Ann Lee"), "{text}");
        assert!(text.contains("By Monday, every boat will sail."), "{text}");
    }

    /// The article's date in a `<time>` of its own under a standfirst goes
    /// to the reader's header; another date there, or the same date in a
    /// line without a `<time>` ("Deadline: 14.09.2026"), stays.
    #[test]
    fn the_date_under_a_standfirst_goes() {
        let page = |line: &str| {
            format!(
                "<html><head><meta name=\"date\" content=\"2026-09-14T08:31:00+02:00\"></head>\
                 <body><article><h1>Elbe floods the river paths</h1>\
                 <p>The river rises faster than forecast, and the city closes its riverside paths.</p>\
                 <div class=\"timeformat\">{line}</div>\
                 <p>The flood reached the city earlier than forecast, at 5.48 metres on Sunday morning.</p>\
                 <p>The city closed the riverside paths between the two bridges in the old town.</p>\
                 </article></body></html>"
            )
        };
        let text = |line: &str| extract(&page(line), &Options::default()).unwrap().text;
        let dated =
            |date: &str| format!("<time datetime=\"2026-09-14 08:31\">{date}, 08.31 Uhr</time>");
        assert!(!text(&dated("14.09.2026")).contains("Uhr"));
        assert!(text(&dated("15.09.2026")).contains("Uhr"));
        assert!(text("14.09.2026, 08.31 Uhr").contains("Uhr"));
        assert!(!text("Publié le 14 septembre 2026 à 08h31").contains("Publié"));
        assert!(text("Mis à jour le 15 septembre 2026").contains("Mis à jour"));
    }

    /// The byline's name and the article's date on one line, under a
    /// standfirst, go to the reader's header; the name beside another date
    /// says what the header does not, and stays.
    #[test]
    fn a_byline_and_the_date_under_a_standfirst_go() {
        let page = |date: &str| {
            format!(
                "<html><head><meta name=\"author\" content=\"Ann Lee\">\
                 <meta property=\"article:published_time\" content=\"2026-02-05T09:00:00Z\"></head>\
                 <body><article><h1>Winter sailings resume</h1>\
                 <p>Two crossings a day from Monday, and one on Sundays, until the spring timetable.</p>\
                 <div class=\"meta\"><a href=\"/people/ann-lee\">Ann Lee</a> <span>{date}</span></div>\
                 <p>The ferry returns to its winter timetable on Monday, with two crossings a day.</p>\
                 <p>The evening boat waits for the train from the city, so a late train means a late \
                 crossing.</p></article></body></html>"
            )
        };
        let text = |date: &str| extract(&page(date), &Options::default()).unwrap().text;
        assert!(!text("Updated Feb 5, 2026, 6:40 p.m. ET").contains("Ann Lee"));
        assert!(text("Updated Mar 9, 2026, 6:40 p.m. ET").contains("Ann Lee"));
    }

    /// The name over the article with the writer's role beside it goes to
    /// the reader's header; a sentence that opens with the name stays.
    #[test]
    fn a_byline_with_the_writers_role_goes() {
        let page = |line: &str| {
            format!(
                "<html><head><meta name=\"author\" content=\"Ann Lee\"></head><body><article>\
                 <h1>Winter sailings resume</h1><div>{line}</div>\
                 <p>The ferry returns to its winter timetable on Monday, with two crossings a day.</p>\
                 <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
                 </article></body></html>"
            )
        };
        let text = |line: &str| extract(&page(line), &Options::default()).unwrap().text;
        let role = "<span>Ann Lee</span><span>Transport correspondent</span>";
        assert!(!text(role).contains("Transport correspondent"));
        assert!(text("Ann Lee rode the first boat.").contains("Ann Lee rode the first boat."));
    }

    /// The byline's portrait over the text goes with the byline; a
    /// photograph described otherwise stays.
    #[test]
    fn the_authors_picture_goes_with_the_byline() {
        let html = |alt: &str| {
            let page = format!(
                "<html><head><meta name=\"author\" content=\"Ann Lee\"></head><body><article>\
                 <h1>Winter sailings resume</h1>\
                 <div><a href=\"/@annlee\"><img src=\"/ann.jpg\" alt=\"{alt}\" width=\"44\" height=\"44\"></a></div>\
                 <div><a href=\"/@annlee\">Ann Lee</a> · Follow</div>\
                 <p>The ferry returns to its winter timetable on Monday, with two crossings a day.</p>\
                 <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
                 </article></body></html>"
            );
            extract(&page, &Options::default()).unwrap().html
        };
        assert!(!html("Ann Lee").contains("ann.jpg"));
        assert!(html("The pier at dawn").contains("ann.jpg"));
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

    /// A line "By" a name goes over a story of short paragraphs; a
    /// sentence that opens with "By" stays.
    #[test]
    fn a_sentence_opening_with_by_stays() {
        let lines = [
            "A storm cut power to 40,000 homes overnight.",
            "Crews worked through the night to clear trees.",
            "By 9 a.m., power was back for about half of them.",
            "Schools in three districts are closed today.",
            "The weather service expects more snow on Sunday.",
            "Warming centres are open at the town hall.",
        ]
        .map(|line| format!("<p>{line}</p>"))
        .concat();
        let html = format!(
            "<html><body><article><h1>Storm cuts power to 40,000 homes</h1>\
             <p>By Ann Lee</p>{lines}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("Ann Lee"), "{text:?}");
        assert!(text.contains("By 9 a.m."), "{text:?}");
    }

    /// An old page's byline in its small type (`<font>`), the writer's
    /// role and the date on the lines under the name, goes to the reader's
    /// header, the name alone.
    #[test]
    fn an_old_pages_byline_goes() {
        let html = "<html><head><title>Mill pond to be drained - Herald</title></head><body><table><tr><td>\
            <font size=\"5\"><b>Mill pond to be drained</b></font><br>\
            <font size=\"2\">By Carol Pike, Herald staff writer<br>Thursday, December 3, 2026</font><br><br>\
            The pond behind the old mill will be drained for six weeks so that crews can repair the stone dam.<br><br>\
            The dam, built in 1848, has been leaking at its base since a flood in the spring.<br><br>\
            The pond should be full again by late February, the town's public works department said.\
            </td></tr></table></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert_eq!(article.metadata.byline.as_deref(), Some("Carol Pike"));
        assert!(!article.text.contains("Carol Pike"), "{}", article.text);
        assert!(article.text.starts_with("The pond"), "{}", article.text);
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

    /// A card about the byline's author after the article goes, marked by
    /// nothing but its link to the author's page; the same link in the
    /// article's text stays.
    #[test]
    fn a_card_linking_the_authors_page_goes() {
        let html = "<html><body><article><h1>Winter sailings resume</h1>\
            <div class=\"meta\">By <a href=\"/author/ann-lee/\">Ann Lee</a></div>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>As <a href=\"/author/ann-lee/\">Ann Lee</a> wrote last year, the evening boat waits for the train from the city.</p>\
            <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
            <div class=\"c-x1\"><img src=\"/ann.jpg\" alt=\"\"><div><a href=\"/author/ann-lee/\">Ann Lee</a>\
            <div>Harbour Reporter</div></div><p>A sailor since childhood, she has covered the island's boats for ten years.</p></div>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert_eq!(article.metadata.byline.as_deref(), Some("Ann Lee"));
        let text = article.text;
        assert!(!text.contains("Harbour Reporter"), "{text}");
        assert!(!text.contains("A sailor since childhood"), "{text}");
        assert!(text.contains("As Ann Lee wrote last year"), "{text}");
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

    /// A count of the page's views, of a post's replies or of its shares
    /// goes, also set inline between a post's blocks, and so does a rating
    /// with its count of votes; a sentence that counts views, ratings or
    /// shares, a line of a table and a heading over the replies stay.
    #[test]
    fn a_view_count_goes() {
        let html = "<html><body><article>\
            <div class=\"stats\"><span>Viewed 2k times</span></div>\
            <p>The ferry timetable changes on Monday, with two crossings a day and one on Sundays.</p>\
            <label><span>0</span>&nbsp;<span>Reply</span></label>\
            <p>Season tickets bought before the change stay valid until the end of the winter.</p>\
            <div>1,693 views</div>\
            <div class=\"counter\">(Visited 1,902 times, 364 visits today)</div>\
            <div><span>12</span> <span>Comments</span></div>\
            <div><span class=\"big\">2192</span> <span>Shares</span></div>\
            <p>The ferry company holds 300 shares in the harbour board.</p>\
            <ul><li><a href=\"#respond\">No Comments</a></li></ul>\
            <div class=\"rating\"><span>5 from 12 votes</span></div>\
            <div class=\"stars\"><span>★</span><span>★</span><span>★</span><span>★</span><span>☆</span> <span>4.1 from 38 votes</span></div>\
            <p>The cake scored 4.8 from 310 ratings, the best of the fair.</p>\
            <h2>7 replies</h2>\
            <p>The page was viewed 2,000 times in its first week, which the harbour office found encouraging.</p>\
            <table><tr><th>Film</th><th>Seen</th></tr><tr><td>The morning boat</td><td>412 views</td></tr></table>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("Viewed 2k")
                && !text.contains("1,693")
                && !text.contains("Visited")
                && !text.contains("Comments")
                && !text.contains("Reply")
                && !text.contains("2192")
                && !text.contains("12 votes")
                && !text.contains('★'),
            "{text:?}"
        );
        assert!(text.contains("4.8 from 310 ratings, the best"), "{text:?}");
        assert!(text.contains("holds 300 shares in"), "{text:?}");
        assert!(
            text.contains("viewed 2,000 times in its first week"),
            "{text:?}"
        );
        assert!(text.contains("412 views"), "{text:?}");
        assert!(
            text.contains("7 replies"),
            "a heading over replies: {text:?}"
        );
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

    /// The page's estimate of its reading time goes, in English and in
    /// German, and above the text after who wrote it; a sentence about
    /// reading time, a line that gives more than the estimate, and a line
    /// of a table stay.
    #[test]
    fn a_reading_time_goes() {
        let html = "<html><body><article>\
            <h6>Harbour Desk | 3 min read</h6>\
            <div class=\"meta\"><span>Estimated reading time: 4 minutes</span></div>\
            <p>The ferry timetable changes on Monday, with two crossings a day and one on Sundays.</p>\
            <div>5 min read</div><div>Lesezeit: 3 Min.</div>\
            <p>Reading time on the morning boat is about 40 minutes, which the islanders spend on the paper.</p>\
            <div><span>Reading time: </span> <span>2</span> <span>minutes</span></div>\
            <p>The guide to the harbour is a <span>5 min read</span> for anyone waiting for the evening boat.</p>\
            <ul><li>Reading time: 20 minutes a day</li><li>Sleep: eight hours</li></ul>\
            <table><tr><th>Book</th><th>Read time</th></tr><tr><td>The boat</td><td>6 min read</td></tr></table>\
            <div>Tide tables | 7 min read</div>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for gone in [
            "Harbour Desk",
            "4 minutes",
            "5 min read\n",
            "Lesezeit",
            "2 minutes",
        ] {
            assert!(!text.contains(gone), "{gone:?} in {text:?}");
        }
        for kept in [
            "about 40 minutes",
            "a 5 min read for anyone",
            "20 minutes a day",
            "6 min read",
            "Tide tables | 7 min read",
        ] {
            assert!(text.contains(kept), "{kept:?} not in {text:?}");
        }
    }
}
