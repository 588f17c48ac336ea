//! When the article was published, in ISO 8601, from the places pages
//! give a date: JSON-LD, `<meta>` tags, the date shown with the article,
//! and the page's address.

use super::date::Slashes;
use super::jsonld::Article;
use super::tags::Tags;
use super::{date, dateline};
use crate::page::{NodeIdx, Page};
use crate::plan::{Hints, Stats};

/// The first date the page gives that reads as one, in ISO 8601: of
/// publication, or else of the last change the page shows with the
/// article, as that is then the article's date to its readers. (Dates of
/// change in the metadata alone are not: systems bump them for any
/// edit.) Last, the date in the page's address, which also settles a
/// declared time a day off it: the same moment, declared in UTC. A date
/// in digits that read either way (`03/09/2026`) and that another source
/// gives with its day and month the other way round was read in the
/// wrong country's order: the address, or the date the page shows, says
/// which. A date of publication the page shows more than a day before the
/// declared one is the article's: the declared one is a later posting, or
/// a change the system calls publication.
pub(super) fn choose(
    page: &Page,
    content: &[NodeIdx],
    stats: &Stats,
    hints: &Hints,
    ld: &Article,
    tags: &Tags,
) -> Option<String> {
    // The dates the page shows are read once, when first asked for.
    let shown = std::cell::OnceCell::new();
    let shown = || shown.get_or_init(|| dateline::dates_on_page(page, content, stats));
    let labelled = std::cell::OnceCell::new();
    let labelled = || labelled.get_or_init(|| dateline::labelled_dates(page, stats, hints));
    let in_address = page.url().and_then(date::in_address);
    let declared = |text: &str| {
        date::normalize(text, Slashes::of(page)).map(|iso| (iso, date::reads_either_way(text)))
    };
    ld.published
        .as_deref()
        .and_then(declared)
        .or_else(|| {
            tags.first_read(
                &[
                    "article:published_time",
                    "datepublished",
                    "og:published_time",
                    "pubdate",
                    "publishdate",
                    "published-date",
                    "dc:date",
                    "dc:date.issued",
                    "dcterm:created",
                    "dcterm:issued",
                    "date",
                    "sailthru.date",
                    "parsely-pub-date",
                    "citation_publication_date",
                    "citation_date",
                    "published",
                ],
                declared,
            )
        })
        .or_else(|| microdata(page).and_then(declared))
        .map(|(declared, either_way)| match &in_address {
            Some(day)
                if date::a_day_apart(&declared, day)
                    || date::day_and_month_swapped(&declared, day) =>
            {
                day.clone()
            }
            _ if either_way => match &shown().0 {
                Some((_, seen)) if date::day_and_month_swapped(&declared, seen) => seen.clone(),
                _ => declared,
            },
            _ => match &shown().0 {
                Some((i, seen))
                    if date::days_before(seen, &declared).is_some_and(|d| d > 1)
                        && !dateline::in_table(page, *i) =>
                {
                    seen.clone()
                }
                _ => declared,
            },
        })
        .or_else(|| {
            shown().0.clone().map(|(_, seen)| match &in_address {
                Some(day) if date::day_and_month_swapped(&seen, day) => day.clone(),
                _ => seen,
            })
        })
        .or_else(|| shown().1.clone())
        .or_else(|| labelled().0.clone())
        .or(in_address)
        .or_else(|| labelled().1.clone())
}

/// The date of publication schema.org microdata gives on an element of the
/// page, not a `<meta>` (which the tags read): in its `content`, or, on a
/// `<time>` or an `<abbr>`, in `datetime` or `title` (a Blogger post's
/// `<abbr itemprop="datePublished" title="2026-04-04T09:12:00+01:00">`
/// shows only the hour). Only where the page gives one: a thread dates each
/// post so, and the first in the page need not be the opening post.
fn microdata(page: &Page) -> Option<&str> {
    let mut dated = (0..page.len()).filter(|&i| {
        page.tag(i) != "meta"
            && page
                .attr(i, "itemprop")
                .is_some_and(|p| p.split_whitespace().any(|p| p == "datePublished"))
    });
    let i = dated.next().filter(|_| dated.next().is_none())?;
    page.attr(i, "content")
        .or_else(|| page.attr(i, "datetime"))
        .or_else(|| page.attr(i, "title").filter(|_| page.tag(i) == "abbr"))
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// Two paragraphs of a story, for the pages the tests build.
    const TIDES: &str = "<p>The harbour dries at low water springs, so boats drawing more than a \
        metre wait outside the wall until the tide turns.</p><p>High water is about forty minutes \
        after Dover, and the stream turns an hour later than the tide does.</p>";

    /// The date of publication read from `html`.
    fn published_of(html: &str) -> Option<String> {
        extract(html, &Options::default())
            .unwrap()
            .metadata
            .published
    }

    /// Digits that read either way take the order another source gives:
    /// the date in words the page shows, or its address. A date written
    /// year first is never read another way.
    #[test]
    fn a_date_in_either_order_is_read_as_the_page_shows_it() {
        let published = |head: &str, shown: &str, url: &str| {
            let html = format!(
                "<html><head>{head}</head><body><h1>Low water</h1><p class=\"date\">{shown}</p>\
                 <article><p>The harbour dries at low water springs, so boats drawing more than \
                 a metre wait outside.</p><p>High water is about forty minutes after Dover, and \
                 the stream turns an hour later.</p></article></body></html>"
            );
            let options = Options {
                url: Some(url.to_string()),
                ..Options::default()
            };
            extract(&html, &options).unwrap().metadata.published
        };
        let declared = |content: &str| {
            format!("<meta property=\"article:published_time\" content=\"{content}\">")
        };
        let url = "https://harbour.example/tides";
        assert_eq!(
            published(&declared("03-09-2026"), "Published March 9, 2026", url).as_deref(),
            Some("2026-03-09")
        );
        assert_eq!(
            published(&declared("2024-09-10"), "09.10.2024", url).as_deref(),
            Some("2024-09-10")
        );
        assert_eq!(
            published(
                "",
                "03/10/2023",
                "https://harbour.example/2023/october/03/tides"
            )
            .as_deref(),
            Some("2023-10-03")
        );
    }

    /// A date the article's head shows, earlier than the one the page
    /// declares, is the article's: the declared one is a later posting of
    /// it, or a change the system calls publication. One a day off is the
    /// same moment in another time zone, a later one is a change, and one
    /// in a table's cell or a list of terms is a fact (a birth, the day a
    /// harbour opened): the declared date stands.
    #[test]
    fn an_earlier_date_shown_with_the_article_is_its_date() {
        let published = |shown: &str| {
            let html = format!(
                "<html><head><meta property=\"article:published_time\" content=\"2025-06-12\">\
                 </head><body><article><h1>Low water</h1>{shown}\
                 {TIDES}</article></body></html>"
            );
            published_of(&html)
        };
        assert_eq!(
            published("<p class=\"date\">November 2, 2022</p>").as_deref(),
            Some("2022-11-02")
        );
        for shown in [
            "<p class=\"date\">June 11, 2025</p>",
            "<p class=\"date\">June 20, 2025</p>",
            "<table><tr><td>Born</td><td>7 May 1856</td></tr></table>",
            "<dl><dt>Opened</dt><dd>Oct 25, 2017</dd></dl>",
        ] {
            assert_eq!(published(shown).as_deref(), Some("2025-06-12"), "{shown}");
        }
    }

    /// Digits behind slashes read in the order of the page's language:
    /// the month first in American English (or no language), the day
    /// first in Indonesian or British English.
    #[test]
    fn slashes_read_in_the_order_of_the_pages_language() {
        let published = |lang: &str| {
            let html = format!(
                "<html lang=\"{lang}\"><body><h1>Low water</h1>\
                 <div class=\"info\">Harbour News - 03/12/2026, 10:15</div><article>\
                 {TIDES}</article></body></html>"
            );
            published_of(&html)
        };
        assert_eq!(published("en-US").as_deref(), Some("2026-03-12T10:15:00"));
        assert_eq!(published("").as_deref(), Some("2026-03-12T10:15:00"));
        assert_eq!(published("id").as_deref(), Some("2026-12-03T10:15:00"));
        assert_eq!(published("en-GB").as_deref(), Some("2026-12-03T10:15:00"));
    }

    /// A date the page labels as the article's dates it wherever it stands
    /// (a "Published" side column, a "Last updated:" line under the text),
    /// publication before change; a comment's, a teaser's, the site's
    /// and one in code do not.
    #[test]
    fn a_labelled_date_dates_the_article_wherever_it_stands() {
        let published = |around: &str| {
            let html = format!(
                "<html><body><h1>Low water</h1><article>\
                 {TIDES}\
                 <pre><code>last-modified: Wed, 13 Jun 2012 01:33:50 GMT</code></pre>\
                 </article>{around}\
                 <div class=\"comments\"><p>Posted on March 2, 2024</p><p>Lovely harbour.</p></div>\
                 <ul class=\"related\"><li><p>Posted on May 1, 2019</p></li></ul>\
                 <footer><p>Site last updated: December 20, 2025</p></footer></body></html>"
            );
            published_of(&html)
        };
        let side = "<aside><p>Published</p><p>Feb 2, 2023</p></aside>";
        let changed = "<p><b>Last updated:</b> Nov 4, 2025</p>";
        let posted = "<div>Posted on the 15/12/2025 at 19:00 by <a href=\"/me\">Ann</a></div>";
        assert_eq!(published(side).as_deref(), Some("2023-02-02"));
        assert_eq!(published(changed).as_deref(), Some("2025-11-04"));
        assert_eq!(published(posted).as_deref(), Some("2025-12-15"));
        assert_eq!(
            published(&format!("{changed}{side}")).as_deref(),
            Some("2023-02-02")
        );
        assert_eq!(published(""), None);
    }

    /// A line that gives the date of publication and then, after a label,
    /// the date of a change, each in a `<time>`, dates the article by the
    /// first, however near the text the second stands, in English and in
    /// other languages ("Oppdatert", "Zaktualizowano:", "更新").
    #[test]
    fn the_time_labelled_as_a_change_is_not_the_date() {
        let published = |line: &str| {
            let html = format!(
                "<html><body><h1>Low water</h1><div class=\"meta\">{line}</div>\
                 <article><p>The harbour dries at low water springs, so boats drawing more than \
                 a metre wait outside.</p><p>High water is about forty minutes after Dover, and \
                 the stream turns an hour later.</p></article></body></html>"
            );
            published_of(&html)
        };
        for line in [
            "<time datetime=\"2026-12-01T10:00:00Z\">December 1</time> · Updated <time datetime=\"2026-12-02T15:20:00Z\">3:20 PM</time>",
            "<time datetime=\"2026-12-01T10:00:00Z\">1 décembre</time> Mis à jour le <time datetime=\"2026-12-02T15:20:00Z\">2 décembre</time>",
            "<time datetime=\"2026-12-01T10:00:00Z\">December 1</time> <span>Last updated:</span> <time datetime=\"2026-12-02T15:20:00Z\">December 2</time>",
            "<span>Publisert</span> <time datetime=\"2026-12-01T10:00:00Z\">01.12.2026 10:00</time> <span>Oppdatert</span> <time datetime=\"2026-12-02T15:20:00Z\">02.12.2026 15:20</time>",
            "<time datetime=\"2026-12-01T10:00:00Z\">1.12.2026</time> <span>Zaktualizowano:</span> <time datetime=\"2026-12-02T15:20:00Z\">2.12.2026</time>",
            "<time datetime=\"2026-12-01T10:00:00Z\">2026年12月1日</time> <span>更新</span> <time datetime=\"2026-12-02T15:20:00Z\">2026年12月2日</time>",
        ] {
            assert_eq!(published(line).as_deref(), Some("2026-12-01T10:00:00Z"), "{line}");
        }
    }

    /// The time schema.org microdata gives on the page's one dated element
    /// dates the article to the minute, over the day a header shows; where
    /// several elements give one (a thread's posts), the shown date stands.
    #[test]
    fn the_pages_one_microdata_date_dates_it() {
        let published = |posts: &str| {
            let html = format!(
                "<html><body><h2 class=\"date-header\">Saturday, 4 April 2026</h2>\
                 <h3>First swallows</h3><div class=\"post-body\">\
                 <p>Three swallows over the reed bed this morning, skimming low in the drizzle.</p>\
                 <p>The sand martins have been back since the twentieth, and a wheatear was on the wall.</p></div>\
                 {posts}</body></html>"
            );
            published_of(&html)
        };
        let post = |time: &str| {
            format!("<p>Posted at <abbr itemprop=\"datePublished\" title=\"2026-04-0{time}:00+01:00\">09:12</abbr></p>")
        };
        assert_eq!(
            published(&post("4T09:12")).as_deref(),
            Some("2026-04-04T09:12:00+01:00")
        );
        assert_eq!(
            published(&(post("5T10:00") + &post("6T11:00"))).as_deref(),
            Some("2026-04-04")
        );
    }

    /// Dates labelled in other languages: the publication's wins over the
    /// change's, and the line that gave it leaves the text.
    #[test]
    fn labels_in_other_languages_date_the_article() {
        let html = "<html lang=\"de\"><body><article><h1>Niedrigwasser</h1>\
            <p>Aktualisiert am 9. März 2025</p><p>Veröffentlicht am 7. März 2025</p>\
            <p>Der Hafen fällt bei Springniedrigwasser trocken, und Boote mit mehr als einem Meter Tiefgang warten draußen.</p>\
            <p>Hochwasser ist etwa vierzig Minuten nach Dover, und der Strom kippt eine Stunde später.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert_eq!(article.metadata.published.as_deref(), Some("2025-03-07"));
        assert!(!article.text.contains("Veröffentlicht"), "{}", article.text);
    }
}
