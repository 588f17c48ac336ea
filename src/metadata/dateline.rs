//! The date a page shows with its article ("Published: 3 May 2025",
//! "Updated Feb 11, 2026"), for pages whose metadata gives none.

use super::date::{self, Slashes};
use super::{set_apart, PROSE_CHARS};
use crate::heuristics::{AUTHOR_HINTS, CHANGED_HINTS, DATE_HINTS, DATE_LINE_LABELS, JOINED_WORDS};
use crate::page::{NodeIdx, Page};
use crate::plan::{mentions, Hints, Reason, Stats};

/// The article's head ends at its second paragraph: the first may be a
/// standfirst above the byline and date.
const HEAD_PARAGRAPHS: usize = 2;

/// The dates the page shows with the article, of publication and of the
/// last change: a `<time>`, a short element whose class or id speaks of a
/// date or of the author (whose line often ends with the date), or one that
/// holds a date alone (beside at most a line break or an icon). They stand
/// in the article's head: inside the article before its second paragraph,
/// or else the nearest before the article and after its headline, or else
/// just above the headline in the block that holds it (a masthead's date of
/// the day is further up). Dates further on are sources' and comments', and
/// after the article other stories'. The date of publication comes with
/// the element that shows it.
pub(super) fn dates_on_page(
    page: &Page,
    content: &[NodeIdx],
    stats: &Stats,
) -> (Option<(NodeIdx, String)>, Option<String>) {
    let mut changed = None;
    for i in head(page, content, stats) {
        match shown_date(page, stats, i) {
            Some((date, false)) => return (Some((i, date)), changed),
            Some((date, true)) => {
                changed.get_or_insert(date);
            }
            None => {}
        }
    }
    (None, changed)
}

/// Whether the date element `i` shows stands in a table's cell or a list
/// of terms, where a date is as likely a fact of the subject's (a birth,
/// in an infobox) or of a poster's (the day they joined) as the article's.
pub(super) fn in_table(page: &Page, i: NodeIdx) -> bool {
    page.subtree(i)
        .any(|d| matches!(page.tag(d), "td" | "th" | "dd" | "dt"))
}

/// The dates the page labels as the article's outside its head, of
/// publication and of the last change: a short line whose words before the
/// date say what it is ("Posted on April 13, 2023", "Last updated: November
/// 13, 2025", "Page last modified Jan. 17, 2025"), or a date under a label
/// of its own ("Published", then "Feb 2, 2023", in a side column). Sites set
/// these under the text or beside it. The dates of comments and of other
/// stories' teasers are labelled too, and so are a site's own dates (in
/// its footer, "Site last updated"), and code shows dates of its own: all
/// are passed over.
pub(super) fn labelled_dates(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
) -> (Option<String>, Option<String>) {
    let mut changed = None;
    for i in 1..page.len() {
        let Some((date, change)) = labelled_date(page, stats, i) else {
            continue;
        };
        let elsewhere = set_apart(
            page,
            hints,
            i,
            &["a", "pre", "code", "footer"],
            &[Reason::Comments, Reason::Related, Reason::Footer],
        );
        if elsewhere {
            continue;
        }
        if !change {
            return (Some(date), changed);
        }
        changed.get_or_insert(date);
    }
    (None, changed)
}

/// The date element `i` gives under a label (see [`labelled_dates`]), and
/// whether the label calls it a change.
fn labelled_date(page: &Page, stats: &Stats, i: NodeIdx) -> Option<(String, bool)> {
    /// Longer than this, an element is more than a date line.
    const MAX_LINE_CHARS: usize = 80;
    /// A label is a few words: "Date last modified".
    const MAX_LABEL_WORDS: usize = 4;
    /// A label in a block of its own is as short: "Date published".
    const MAX_LABEL_CHARS: usize = 40;
    let chars = stats.chars(i);
    let e = page.element(i)?;
    if chars == 0 || chars > MAX_LINE_CHARS || !page.has_digit(i) {
        return None;
    }
    let labels = |words: &str| {
        let words = words.trim().trim_end_matches(':').to_lowercase();
        (words.split_whitespace().count() <= MAX_LABEL_WORDS
            && DATE_LINE_LABELS.iter().any(|l| words.contains(l))
            && !words.contains("site"))
        .then(|| CHANGED_HINTS.iter().any(|h| words.contains(h)))
    };
    let slashes = Slashes::of(page);
    let text = page.text_content(i);
    let before_digits = &text[..text.find(|c: char| c.is_ascii_digit()).unwrap_or(0)];
    let change = match labels(before_digits) {
        Some(change) if !before_digits.trim().is_empty() => change,
        _ => {
            let label = page
                .previous_element(i)
                .filter(|&label| stats.chars(label) <= MAX_LABEL_CHARS)?;
            if page.has_digit(label) {
                return None;
            }
            labels(&page.text_content(label))?
        }
    };
    let machine = (page.tag(i) == "time")
        .then(|| e.attr("datetime"))
        .flatten()
        .or_else(|| {
            page.descendants(i)
                .find(|&d| page.tag(d) == "time")
                .and_then(|t| page.attr(t, "datetime"))
        });
    let date = machine
        .and_then(|t| date::normalize(t, slashes))
        .or_else(|| date::normalize(&text, slashes))
        .or_else(|| date::normalize(&text[before_digits.len()..], slashes))?;
    (!joined(page, i, &text.to_lowercase())).then_some((date, change))
}

/// The article's head, where its byline and date stand: from the article's
/// start to its second paragraph (with what stands between its parts, a
/// byline's box between the standfirst and the body), then the elements
/// between its headline and the article (nearest first), then those just
/// above the headline in the block that holds it.
pub(super) fn head<'a>(
    page: &'a Page,
    content: &'a [NodeIdx],
    stats: &'a Stats,
) -> impl Iterator<Item = NodeIdx> + 'a {
    let start = content.first().copied().unwrap_or(0);
    let end = content
        .iter()
        .map(|&c| page.subtree(c).end)
        .max()
        .unwrap_or(start);
    let headline = (1..start).rev().find(|&i| page.tag(i) == "h1").unwrap_or(0);
    let mut paragraphs = 0;
    (start..end)
        .take_while(move |&i| {
            if page.tag(i) == "p" && stats.chars(i) >= PROSE_CHARS {
                paragraphs += 1;
            }
            paragraphs < HEAD_PARAGRAPHS
        })
        .chain((headline + 1..start).rev())
        .chain(above(page, stats, headline))
}

/// The elements before `headline` in the block that holds it, nearest
/// first: a date set above the title ("Dec 17, 2025", then the headline).
/// A wrapper that holds the headline alone is not that block: a page
/// builder boxes each piece of a hero, the date in one box and the
/// headline in the next.
fn above<'a>(
    page: &'a Page,
    stats: &Stats,
    headline: NodeIdx,
) -> impl Iterator<Item = NodeIdx> + 'a {
    let block = page
        .ancestors(headline)
        .find(|&a| stats.chars(a) > stats.chars(headline))
        .filter(|&p| headline > 0 && !matches!(page.tag(p), "body" | "html" | ""));
    let from = block.map_or(headline, |b| b + 1);
    (from..headline).rev()
}

/// The date element `i` shows, if it is a date line, and whether it is the
/// date of a change.
fn shown_date(page: &Page, stats: &Stats, i: NodeIdx) -> Option<(String, bool)> {
    /// Longer than this, an element is more than a date line.
    const MAX_DATE_CHARS: usize = 80;
    /// A date alone is a few words: "Sat Feb 24, 2024 6:41 pm".
    const MAX_BARE_DATE_WORDS: usize = 6;
    /// A date in words is three: "18 December 2025", "Dec. 18, 2025".
    const DATE_WORDS: usize = 3;
    let e = page.element(i)?;
    let is_time = page.tag(i) == "time";
    let chars = stats.chars(i);
    let short = chars > 0 && chars <= MAX_DATE_CHARS;
    // Most elements are too long, or have no digit, to be a date line:
    // they are passed over before anything is read.
    if !(is_time || (short && page.has_digit(i))) {
        return None;
    }
    let slashes = Slashes::of(page);
    let marked = |hints: &[&str]| {
        ["class", "id", "itemprop"]
            .iter()
            .filter_map(|a| e.attr(a))
            .any(|v| mentions(v, hints))
    };
    let changed = marked(CHANGED_HINTS) || (is_time && labelled_as_change(page, stats, i));
    if is_time {
        if let Some(date) = e.attr("datetime").and_then(|t| date::normalize(t, slashes)) {
            return Some((date, changed));
        }
    }
    // A `<time>` without a machine date is read as any date line. A line
    // around a `<time>` with one ("By Ann Lee · <time datetime=…>May 11,
    // 2025</time>") leaves the date to it: the machine date has the hour.
    let machine_time = || {
        page.descendants(i).any(|d| {
            page.tag(d) == "time"
                && page
                    .attr(d, "datetime")
                    .and_then(|t| date::normalize(t, slashes))
                    .is_some()
        })
    };
    if !short || machine_time() {
        return None;
    }
    let text = page.text_content(i);
    let bare = page
        .children(i)
        .all(|c| page.text(c).is_some() || page.text_content(c).trim().is_empty())
        && text.split_whitespace().count() <= MAX_BARE_DATE_WORDS;
    // A line that opens with a date goes on with what the page says beside
    // it: "December 18, 2025 · 3 min read", "1 May 2025 By Ann Lee". When
    // the date is a `<time>`, that is read on its own, machine date first.
    let holds_time = || page.descendants(i).any(|d| page.tag(d) == "time");
    let opens_with_date = || {
        let opening: Vec<&str> = text.split_whitespace().take(DATE_WORDS).collect();
        date::normalize(&opening.join(" "), slashes).is_some() && !holds_time()
    };
    // A line that sets its date apart with a separator: "Video - December
    // 19, 2025", "by Jon Foster - 2025-09-13", "● December 23, 2025 ●",
    // the date perhaps with its time ("by Ann · Dec 20, 2025 at 3:00 am").
    // A `<time>` in it is read on its own, machine date first.
    let separated = || {
        if holds_time() {
            return None;
        }
        let line = text.replace(" - ", " | ");
        let parts: Vec<&str> = line
            .split(['|', '·', '•', '●', '–', '—'])
            .map(str::trim)
            .collect();
        if parts.len() < 2 {
            return None;
        }
        parts
            .into_iter()
            .filter(|part| {
                let words = part.split_whitespace().count();
                words <= DATE_WORDS + 1 || (words <= DATE_WORDS + TIME_WORDS && holds_clock(part))
            })
            .find_map(|part| date::normalize(part, slashes))
    };
    let lower = text.to_lowercase();
    let line_of_date =
        is_time || bare || marked(DATE_HINTS) || marked(AUTHOR_HINTS) || opens_with_date();
    let date = line_of_date
        .then(|| date::normalize(&text, slashes))
        .flatten()
        .or_else(separated)?;
    if joined(page, i, &lower) {
        return None;
    }
    let changed = changed || CHANGED_HINTS.iter().any(|h| lower.contains(h));
    Some((
        machine_date(page, i, &date, slashes).unwrap_or(date),
        changed,
    ))
}

/// The machine-readable form of the date `shown` that element `i` carries
/// in an attribute for scripts (`data-date-time="2026-12-03 14:20:11"`
/// under "2026.12.03. 오후 2:20"), when it gives the same day: it has the
/// seconds, or the hour a line of the day alone leaves out.
fn machine_date(page: &Page, i: NodeIdx, shown: &str, slashes: Slashes) -> Option<String> {
    const MACHINE_DATES: &[&str] = &["data-date-time", "data-datetime", "data-date", "datetime"];
    let day = shown.get(..10)?;
    MACHINE_DATES
        .iter()
        .filter_map(|a| page.attr(i, a))
        .filter_map(|value| date::normalize(value, slashes))
        .find(|machine| machine.starts_with(day))
}

/// Whether the words right before `<time>` element `i` call it a change
/// ("· Updated <time>", "<span>Last updated:</span> <time>", "Mis à jour
/// le <time>"): a line that gives both dates marks only the second.
fn labelled_as_change(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    /// A label is a few words: "Last updated on".
    const LABEL_WORDS: usize = 4;
    const LABEL_CHARS: usize = 40;
    let Some(before) = page.previous_sibling(i) else {
        return false;
    };
    let text = match page.text(before) {
        Some(text) => std::borrow::Cow::Borrowed(text),
        None if stats.chars(before) <= LABEL_CHARS => page.text_content(before).into(),
        None => return false,
    };
    let label = text
        .rsplit(['·', '|', '•', ',', '—', '–'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    label.split_whitespace().count() <= LABEL_WORDS
        && CHANGED_HINTS.iter().any(|h| label.contains(h))
}

/// The most words of a time after a date: "at 10:45 a.m. EST".
const TIME_WORDS: usize = 4;

/// Whether `text` tells a time by the clock: two digits either side of a
/// colon ("3:00", "14:30").
fn holds_clock(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

/// Whether date line `i` (its text `lower`, in small letters) is when a
/// forum's member joined: its own words say so, or a term it holds or gives
/// the value of (`<dt>Joined</dt><dd>Apr 13, 2009</dd>`, the word perhaps
/// only in an icon's `title`).
fn joined(page: &Page, i: NodeIdx, lower: &str) -> bool {
    let says = |text: &str| {
        let text = text.to_lowercase();
        JOINED_WORDS.iter().any(|w| text.contains(w))
    };
    let valued = Some(i)
        .filter(|&i| page.tag(i) == "dd")
        .and_then(|i| page.previous_element(i))
        .filter(|&term| page.tag(term) == "dt");
    let held = page.descendants(i).filter(|&d| page.tag(d) == "dt");
    says(lower)
        || valued.into_iter().chain(held).any(|term| {
            says(&page.text_content(term))
                || page
                    .subtree(term)
                    .any(|d| page.attr(d, "title").is_some_and(says))
        })
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    fn published(head: &str, after_headline: &str) -> Option<String> {
        let html = format!(
            "<html><body><header><p>Monday 1 December 2025</p></header>\
             <div class=\"intro\">{head}<h1>The harvest moon</h1>{after_headline}</div>\
             <article><p>The full moon nearest the autumn equinox rises soon after sunset for several nights \
             in a row, and farmers once worked by its light to bring the crops in.</p>\
             <p>It looks larger and more orange near the horizon, but that is the air and the eye, \
             not the moon, which is no nearer than on any other night.</p></article></body></html>"
        );
        extract(&html, &Options::default())
            .unwrap()
            .metadata
            .published
    }

    /// A date set just above the title, in the block that holds it (more
    /// than a wrapper around the title alone); the masthead's date of the
    /// day, further up, is not the article's.
    #[test]
    fn a_date_above_the_headline() {
        let above = "<div class=\"meta\"><span>Dec 17, 2025</span><span>Ann Lee</span></div>";
        assert_eq!(published(above, "").as_deref(), Some("2025-12-17"));
        assert_eq!(published("", ""), None);
        // A page builder's hero: the date in one box, the headline alone in
        // the next.
        let boxed =
            "<div class=\"box\"><p>Published</p><p>Dec 17, 2025</p></div><div class=\"box\">";
        assert_eq!(published(boxed, "</div>").as_deref(), Some("2025-12-17"));
    }

    /// A line that opens with a date, whatever follows it; a `<time>` in
    /// such a line gives its machine date, time and all.
    #[test]
    fn a_line_that_opens_with_a_date() {
        let line = "<span>December 18, 2025 \u{30fb} 3 min read</span>";
        assert_eq!(published("", line).as_deref(), Some("2025-12-18"));
        let line = "<div>September 1st, 2023 <span>By Ann Lee</span></div>";
        assert_eq!(published("", line).as_deref(), Some("2023-09-01"));
        let timed = "<p><i><time datetime=\"2025-12-15T15:33Z\">15 Dec, 2025</time></i></p>";
        assert_eq!(
            published("", timed).as_deref(),
            Some("2025-12-15T15:33:00Z")
        );
        let later = "<p>Tickets go on sale soon for the night walk on December 18, 2025.</p>";
        assert_eq!(published("", later), None);
    }

    /// A date line that carries its machine form in an attribute for
    /// scripts gives that form, of the same day; one of another day is not
    /// the line's.
    #[test]
    fn a_date_lines_machine_form_gives_the_seconds() {
        let line = "<span class=\"date\" data-date-time=\"2026-12-03 14:20:11\">2026.12.03. 오후 2:20</span>";
        assert_eq!(published("", line).as_deref(), Some("2026-12-03T14:20:11"));
        let day = "<span class=\"date\" data-date=\"2026-12-03T09:05:00Z\">3 December 2026</span>";
        assert_eq!(published("", day).as_deref(), Some("2026-12-03T09:05:00Z"));
        let other = "<span class=\"date\" data-date=\"2026-12-01\">3 December 2026</span>";
        assert_eq!(published("", other).as_deref(), Some("2026-12-03"));
    }

    /// A line that sets its date apart with a separator gives it, with its
    /// time or without; a date alone beside a label without one does not,
    /// nor does a line with a `<time>`, which is read on its own.
    #[test]
    fn a_date_set_apart_by_a_separator() {
        let line = "<p><a href=\"/videos\">Video</a> - December 19, 2025</p>";
        assert_eq!(published("", line).as_deref(), Some("2025-12-19"));
        let line = "<p><span>\u{25cf}</span> December 23, 2025 <span>\u{25cf}</span></p>";
        assert_eq!(published("", line).as_deref(), Some("2025-12-23"));
        let line = "<p>by Jon Foster - 2025-09-13</p>";
        assert_eq!(published("", line).as_deref(), Some("2025-09-13"));
        let line =
            "<p>by Ann \u{b7} Dec 20, 2025 at 3:00 am \u{b7} <a href=\"#c\">3 comments</a></p>";
        assert_eq!(published("", line).as_deref(), Some("2025-12-20T03:00:00"));
        let line = "<p>Ann Lee, Harbour Press - Founded in 2021, and still going strong</p>";
        assert_eq!(published("", line), None);
        let founded = "<dl><dd><strong>Founded:</strong> Dec 11, 2021</dd></dl>";
        assert_eq!(published("", founded), None);
        let timed = "<p>Ann Lee \u{b7} <time datetime=\"2025-12-15T15:33Z\">Dec 15</time></p>";
        assert_eq!(
            published("", timed).as_deref(),
            Some("2025-12-15T15:33:00Z")
        );
    }

    /// An author's line in the article, read before what it holds, leaves
    /// the date to its `<time>`, whose machine date has the hour (and says
    /// which day "08/12/2021" is).
    #[test]
    fn an_author_line_leaves_the_date_to_its_time() {
        let html = "<html><body><article><h1>The harvest moon</h1>\
            <div class=\"article-byline\">By <a href=\"/by/ann\">Ann Lee</a> \u{b7} \
            <time datetime=\"2021-12-08T08:00:00Z\">December 8, 2021</time></div>\
            <p>The full moon nearest the autumn equinox rises soon after sunset for several nights \
            in a row, and farmers once worked by its light to bring the crops in.</p>\
            <p>It looks larger and more orange near the horizon, but that is the air and the eye, \
            not the moon, which is no nearer than on any other night.</p></article></body></html>";
        let published = extract(html, &Options::default())
            .unwrap()
            .metadata
            .published;
        assert_eq!(published.as_deref(), Some("2021-12-08T08:00:00Z"));
    }

    /// The author's line may carry the date, after the name.
    #[test]
    fn a_date_in_the_author_line() {
        let line = "<p class=\"author\">by <a href=\"/members/ann\">Ann Lee</a> » Tue Aug 27, 2019 1:47 am</p>";
        assert_eq!(published("", line).as_deref(), Some("2019-08-27T01:47:00"));
    }

    /// The date a forum's member joined, on the poster's card, is not the
    /// post's: labelled in the term it is the value of (the word perhaps
    /// only in an icon's title) or in its own line, in English or in
    /// another language.
    #[test]
    fn a_members_joining_date_is_not_the_posts() {
        let posted = "<p class=\"post-date\">Jul 9, 2022</p>";
        for card in [
            "<dl class=\"pairs\"><dt>Joined</dt><dd>Apr 13, 2009</dd></dl>",
            "<dl class=\"pairs\"><dt><span title=\"Joined\"><i class=\"icon\"></i></span></dt>\
             <dd>Apr 13, 2009</dd></dl>",
            "<div class=\"author-stats\">Posts: 116<br>Threads: 23<br>Joined: Feb 2019</div>",
            "<div class=\"nutzer\">Beiträge: 116<br>Registriert seit: 12.03.2015</div>",
            "<div class=\"membre\">Messages : 116<br>Inscrit le : 12/03/2015</div>",
            "<dl class=\"pairs\"><dt>Miembro desde</dt><dd>12/03/2015</dd></dl>",
        ] {
            let after_headline = format!("{posted}{card}");
            assert_eq!(
                published("", &after_headline).as_deref(),
                Some("2022-07-09"),
                "{card}"
            );
        }
    }

    /// A date line may share its element with a line break or an icon.
    #[test]
    fn a_date_beside_a_break_or_an_icon() {
        let broken = "<p class=\"author\">Ann Lee<br>4 August 2010</p>";
        assert_eq!(published("", broken).as_deref(), Some("2010-08-04"));
        let icon =
            "<div class=\"row\"><svg><use href=\"#calendar\"></use></svg> Dec 12, 2025</div>";
        assert_eq!(published("", icon).as_deref(), Some("2025-12-12"));
    }
}
