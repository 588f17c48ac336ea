//! Dates as ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the
//! page's offset (`Z`, `+01:00`) when it gives a time.

use super::clock::{clock_after, clock_before, opens_with_half_of_day, time_of_day};
use crate::page::Page;
use std::ops::Range;

/// Which number comes first in a date in digits behind slashes, the year
/// last (`03/12/2026`): American pages write the month first, most of the
/// world the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slashes {
    MonthFirst,
    DayFirst,
}

impl Slashes {
    /// How `page` writes them, as the language it declares on `<html>`
    /// tells: the month first in English of the United States, Canada and
    /// the Philippines, and in English of no region or a page of no
    /// language, as American pages mostly declare themselves; the day first
    /// in English of anywhere else (`en-GB`, `en-IN`) and in every other
    /// language (`id`, `fr`). Read with no copy of the tag: every date
    /// the page gives asks.
    pub fn of(page: &Page) -> Slashes {
        let lang = page
            .find("html")
            .and_then(|h| page.attr(h, "lang"))
            .unwrap_or("");
        let mut parts = lang.split(['-', '_']);
        let (language, region) = (parts.next().unwrap_or(""), parts.next());
        let american = ["us", "ca", "ph"];
        let english = language.is_empty() || language.eq_ignore_ascii_case("en");
        if english && region.is_none_or(|r| american.iter().any(|a| r.eq_ignore_ascii_case(a))) {
            Slashes::MonthFirst
        } else {
            Slashes::DayFirst
        }
    }
}

/// Normalizes a date a page gives: `2025-03-07 10:00:00 +0100`,
/// `7 March 2025`, `March 7, 2025`, `2025/03/07` and `03/07/2025 10:00 AM`
/// all become ISO 8601, a date in digits behind slashes read in the
/// order `slashes` says. `None` when the text is not a date in a form
/// recognized here.
pub fn normalize(text: &str, slashes: Slashes) -> Option<String> {
    let text = text.trim();
    // A weekday may lead a date in digits, or a label of one word in any
    // language: `Thu, 09/25/2025 - 11:38`, `Giriş: 20.11.2026 - 10:15`.
    let after_weekday = text
        .trim_start_matches(char::is_alphabetic)
        .trim_start_matches([',', ':', ' ']);
    if let Some((date, rest)) =
        numeric_date(text, slashes).or_else(|| numeric_date(after_weekday, slashes))
    {
        // The time right after the date, or after the word for its half
        // of the day, where East Asian pages set it ("2026.12.03. 오후
        // 2:20").
        let time = time_of_day(rest, &date).or_else(|| {
            opens_with_half_of_day(rest.trim_start())
                .then(|| clock_after(rest, &date))
                .flatten()
        });
        return Some(with_time(date, time));
    }
    let (date, words) = east_asian_date(text).or_else(|| worded_date(text))?;
    let time = clock_after(&text[words.end..], &date)
        .or_else(|| clock_before(&text[..words.start], &date));
    Some(with_time(date, time))
}

/// `date` with `time` after a `T`, when there is one.
fn with_time(date: String, time: Option<String>) -> String {
    match time {
        Some(time) => format!("{date}T{time}"),
        None => date,
    }
}

/// The date a web address gives in its path (`/2025/12/18/title`,
/// `/articles/2025-12-15+title`, `/blog/2023/october/03/title`): a
/// publishing system writes it when the article goes out, in the
/// publisher's own time zone.
pub(super) fn in_address(url: &url::Url) -> Option<String> {
    let path = url.path();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = path.split(['/', '-', '_', '+', '.']).collect();
    parts.windows(3).find_map(|w| {
        let (y, m, d) = (w[0], w[1], w[2]);
        let month = if digits(m, 2) || digits(m, 1) {
            m.parse().ok()
        } else {
            month_named(m)
        };
        let plausible = digits(y, 4)
            && (y.starts_with("19") || y.starts_with("20"))
            && (digits(d, 2) || digits(d, 1));
        plausible
            .then(|| valid(y.parse().ok()?, month?, d.parse().ok()?))
            .flatten()
    })
}

/// The month a whole word names in an address (`october`, `oct`), from 1.
fn month_named(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(&word)))
        .map(|p| p as u32 + 1)
}

/// Whether a date in digits with the year last reads as two days, its
/// first two numbers both 12 or less and not the same (`03/09/2026`).
pub(super) fn reads_either_way(text: &str) -> bool {
    let Some(([a, b, year], _, _)) = digit_parts(text.trim()) else {
        return false;
    };
    match (a.parse::<u32>(), b.parse::<u32>()) {
        (Ok(a), Ok(b)) => year.len() == 4 && a <= 12 && b <= 12 && a != b,
        _ => false,
    }
}

/// The three numbers of a date written in digits at the start of `text`
/// (`2025-03-07`, `03/07/2025`), the separator between them, and the rest
/// of the text.
fn digit_parts(text: &str) -> Option<([&str; 3], char, &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.')))
        .unwrap_or(text.len());
    let (head, rest) = text.split_at(end);
    let separator = head.chars().find(|c| !c.is_ascii_digit())?;
    let parts: Vec<&str> = head.split(separator).collect();
    // Korean sets a dot after the day too ("2026.12.03.").
    let parts = match parts[..] {
        [a, b, c, ""] if separator == '.' => [a, b, c],
        [a, b, c] => [a, b, c],
        _ => return None,
    };
    Some((parts, separator, rest))
}

/// Whether two ISO 8601 dates are the same day read with its day and month
/// the other way round: digits such as `03/09/2026` say March 9 in one
/// country and September 3 in another.
pub(super) fn day_and_month_swapped(a: &str, b: &str) -> bool {
    let (Some(a), Some(b)) = (a.get(..10), b.get(..10)) else {
        return false;
    };
    a[..4] == b[..4] && a[5..7] == b[8..10] && a[8..10] == b[5..7] && a[5..7] != a[8..10]
}

/// Whether two ISO 8601 dates (times aside) fall on consecutive days.
pub(super) fn a_day_apart(a: &str, b: &str) -> bool {
    match (day_number(a), day_number(b)) {
        (Some(a), Some(b)) => a.abs_diff(b) == 1,
        _ => false,
    }
}

/// How many days ISO 8601 date `a` falls before `b` (times aside).
pub(super) fn days_before(a: &str, b: &str) -> Option<i64> {
    Some(day_number(b)? - day_number(a)?)
}

/// Days since 1970-01-01 of the date that `YYYY-MM-DD` starts `iso`
/// (the proleptic Gregorian calendar, counted in 400-year eras).
pub(super) fn day_number(iso: &str) -> Option<i64> {
    let number = |range: std::ops::Range<usize>| iso.get(range)?.parse::<i64>().ok();
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

/// A date written in digits at the start of `text`, and the rest of it:
/// year first (`2025-03-07`, `2025/3/7`), or year last in the order
/// `slashes` says behind slashes (`03/07/2025`) and the day first behind
/// dots or dashes (`07.03.2025`), unless a number over 12 says which is
/// the day.
fn numeric_date(text: &str, slashes: Slashes) -> Option<(String, &str)> {
    let ([a, b, c], separator, rest) = digit_parts(text)?;
    let number = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = if a.len() == 4 {
        (number(a)?, number(b)?, number(c)?)
    } else if c.len() == 4 {
        let (first, second) = (number(a)?, number(b)?);
        let month_first = if first > 12 {
            false
        } else if second > 12 {
            true
        } else {
            separator == '/' && slashes == Slashes::MonthFirst
        };
        if month_first {
            (number(c)?, first, second)
        } else {
            (number(c)?, second, first)
        }
    } else {
        return None;
    };
    Some((valid(y, m, d)?, rest))
}

/// A date with its month in words: `7 March 2025`, `March 7th, 2025`,
/// `7. März 2025`, `7 de marzo de 2025`. The day is the number beside the
/// month, not the first on the line ("Updated 2 hours ago · March 7,
/// 2025"). Also where in `text` the date's words lie, from the first of
/// them to the last.
fn worded_date(text: &str) -> Option<(String, Range<usize>)> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '.')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.starts_with(|c: char| c.is_ascii_digit()) {
                w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            } else {
                w
            }
        })
        .collect();
    let year = |w: &str| (w.len() == 4).then(|| w.parse::<u32>().ok()).flatten();
    let day = |w: &str| {
        (w.len() <= 2)
            .then(|| w.parse::<u32>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    // The first word that names a month with a day beside it: a name
    // such as "Marco" or "May" may come first.
    let (month, day_word, month_word) = words.iter().enumerate().find_map(|(at, w)| {
        let month = month_number(w)?;
        let after = words.get(at + 1).copied().filter(|w| day(w).is_some());
        let before = words[..at]
            .iter()
            .rev()
            .find(|w| !matches!(w.to_lowercase().as_str(), "de" | "of" | "the"))
            .copied()
            .filter(|w| day(w).is_some());
        // "March 7, 2025": the day sits between the month and the year.
        let day_word = match (after, words.get(at + 2).and_then(|w| year(w))) {
            (Some(d), Some(_)) => Some(d),
            _ => before.or(after),
        }?;
        Some((month, day_word, *w))
    })?;
    let year_word = words.iter().copied().find(|w| year(w).is_some())?;
    let date = valid(year(year_word)?, month, day(day_word)?)?;
    let place = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let date_words = [day_word, month_word, year_word];
    let start = date_words.iter().map(|w| place(w)).min()?;
    let end = date_words.iter().map(|w| place(w) + w.len()).max()?;
    Some((date, start..end))
}

/// The date, when it is one: a year far ahead ("November 20, 9999", a
/// template's "never") is a placeholder, not a day.
fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    ((1000..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The beginnings of the months' names and abbreviations, January first,
/// in English and the languages of Europe's largest presses: German,
/// French, Spanish, Portuguese, Italian, Dutch, the Scandinavian ones,
/// Polish, Russian and Turkish (Polish and Russian in the genitive that
/// dates use). Stems that are also common words ("ago", "set", "des",
/// "sie") are written out further.
const MONTH_STEMS: [&[&str]; 12] = [
    &["jan", "ene", "genn", "stycz", "янв", "ocak"],
    &["feb", "fév", "fev", "lut", "фев", "şub"],
    &["mar", "mär", "maa", "mrt", "мар"],
    &["apr", "avr", "abr", "kwi", "апр", "nisan"],
    &["may", "mai", "mei", "maj", "magg", "мая", "май"],
    &["jun", "juin", "giu", "czerw", "июн", "haziran"],
    &["jul", "juil", "lug", "lipc", "lipie", "июл", "temmuz"],
    &["aug", "aoû", "aou", "agost", "sierp", "авг", "ağustos"],
    &["sep", "sett", "setem", "wrze", "сен", "eylül"],
    &["oct", "okt", "ottob", "outub", "paź", "окт", "ekim"],
    &["nov", "listop", "ноя", "kasım"],
    &["dec", "dez", "déc", "dic", "desem", "grud", "дек", "aralık"],
];

/// The English weekdays, as their names and abbreviations begin.
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Whether a word, in lower case, names a day of the week in English
/// (`friday`, `fri`), as a date line may open ("Friday 14 February
/// 2026").
pub(crate) fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches([',', '.']);
    (3..=9).contains(&w.len())
        && WEEKDAYS.iter().any(|d| w.starts_with(d))
        && (w.ends_with("day") || w.len() == 3)
}

/// The month a word names (`Mar`, `march`, `Sept.`, `März`, `mai`,
/// `marca`), from 1.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    if word.chars().take(3).count() < 3 {
        return None;
    }
    let w = word.to_lowercase();
    MONTH_STEMS
        .iter()
        .position(|stems| stems.iter().any(|stem| w.starts_with(stem)))
        .map(|p| p as u32 + 1)
}

/// A date as Chinese, Japanese and Korean pages write it: `2025年3月7日`,
/// `2025년 3월 7일`; and where in `text` it lies, up to its day's mark.
fn east_asian_date(text: &str) -> Option<(String, Range<usize>)> {
    let mut numbers = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty());
    let marked = |marks: [char; 3]| {
        let mut after = text.split(|c: char| c.is_ascii_digit() || c.is_whitespace());
        marks.iter().all(|&m| after.any(|part| part.starts_with(m)))
    };
    let day_mark = if marked(['年', '月', '日']) {
        '日'
    } else if marked(['년', '월', '일']) {
        '일'
    } else {
        return None;
    };
    let mut next = || numbers.next()?.parse().ok();
    let date = valid(next()?, next()?, next()?)?;
    let end = text.find(day_mark)? + day_mark.len_utf8();
    let start = text.find(|c: char| c.is_ascii_digit())?;
    Some((date, start..end))
}

#[cfg(test)]
mod tests {
    use super::{a_day_apart, in_address, normalize, Slashes};

    /// The date in a web address's path, whatever joins its parts; a
    /// number that is no date (an id, a year alone) gives none.
    #[test]
    fn reads_the_date_in_an_address() {
        let date = |url: &str| in_address(&url::Url::parse(url).unwrap());
        assert_eq!(
            date("https://a.example/2025/12/18/title/").as_deref(),
            Some("2025-12-18")
        );
        assert_eq!(
            date("https://a.example/articles/2025-12-15+Rust").as_deref(),
            Some("2025-12-15")
        );
        assert_eq!(
            date("https://a.example/blog/2023/october/03/wine-styles/").as_deref(),
            Some("2023-10-03")
        );
        assert_eq!(date("https://a.example/2025/marketing/3/"), None);
        assert_eq!(date("https://a.example/2025/12/book-beat/"), None);
        assert_eq!(date("https://a.example/p/3003956-2024-pros-cons"), None);
        assert_eq!(date("https://a.example/2025/13/40/"), None);
    }

    /// Consecutive days across the ends of months and years, and a leap day.
    #[test]
    fn counts_days_apart() {
        assert!(a_day_apart("2025-12-19T01:30:00+00:00", "2025-12-18"));
        assert!(a_day_apart("2025-12-31", "2026-01-01"));
        assert!(a_day_apart("2024-02-29", "2024-03-01"));
        assert!(!a_day_apart("2023-02-28", "2023-03-02"));
        assert!(!a_day_apart("2025-12-18", "2025-12-18"));
    }

    fn iso(text: &str) -> Option<String> {
        normalize(text, Slashes::MonthFirst)
    }

    #[test]
    fn reads_dates_in_words_and_digits() {
        assert_eq!(iso("7 March 2025").as_deref(), Some("2025-03-07"));
        assert_eq!(iso("March 7, 2025").as_deref(), Some("2025-03-07"));
        assert_eq!(iso("Mar 17th, 2025").as_deref(), Some("2025-03-17"));
        assert_eq!(iso("2025/03/07").as_deref(), Some("2025-03-07"));
        assert_eq!(iso("2025-3-7").as_deref(), Some("2025-03-07"));
        assert_eq!(
            iso("03/07/2025").as_deref(),
            Some("2025-03-07"),
            "month first behind slashes"
        );
        assert_eq!(
            iso("07.03.2025").as_deref(),
            Some("2025-03-07"),
            "day first behind dots"
        );
        assert_eq!(
            iso("28/02/2023").as_deref(),
            Some("2023-02-28"),
            "a day over 12 decides"
        );
        assert_eq!(
            iso("2025.03.07. 오후 2:20").as_deref(),
            Some("2025-03-07T14:20:00"),
            "a dot after the day, as in Korean"
        );
        assert_eq!(iso("2025.03.07.1").as_deref(), None);
        assert_eq!(iso("yesterday"), None);
        assert_eq!(iso("2025-13-01"), None);
        assert_eq!(iso("November 20, 9999 7:00 PM"), None, "a placeholder");
    }

    /// Months named in other languages, dates written the Chinese,
    /// Japanese and Korean way, and the day beside the month rather than
    /// the first number on the line.
    #[test]
    fn reads_dates_in_other_languages() {
        for (given, want) in [
            ("7. März 2025", "2025-03-07"),
            ("le 7 mai 2025", "2025-05-07"),
            ("7 août 2025", "2025-08-07"),
            ("7 de diciembre de 2025", "2025-12-07"),
            ("7 de agosto de 2025", "2025-08-07"),
            ("7 maart 2025", "2025-03-07"),
            ("7 oktober 2025", "2025-10-07"),
            ("7 grudnia 2025", "2025-12-07"),
            ("7 марта 2025", "2025-03-07"),
            ("7 Ekim 2025", "2025-10-07"),
            ("2025年3月7日", "2025-03-07"),
            ("2025년 3월 7일", "2025-03-07"),
            ("Updated 2 hours ago · March 7, 2025", "2025-03-07"),
            ("By Marco Rossi, 7 March 2025", "2025-03-07"),
        ] {
            assert_eq!(iso(given).as_deref(), Some(want), "{given}");
        }
        assert_eq!(iso("4.4 stars as of Nov. 2023"), None, "no day");
        assert_eq!(iso("3 days ago, 2025"), None, "no month");
    }

    #[test]
    fn keeps_the_time_and_its_offset_in_iso_form() {
        for (given, want) in [
            ("2025-03-07T10:00:00+02:00", "2025-03-07T10:00:00+02:00"),
            ("2025-03-07T10:00:00Z", "2025-03-07T10:00:00Z"),
            ("2025-03-07 08:33:24", "2025-03-07T08:33:24"),
            ("2014-02-04 13:02:51Z", "2014-02-04T13:02:51Z"),
            ("2024-05-27 09:00:00 +0700", "2024-05-27T09:00:00+07:00"),
            (
                "2026-02-21 12:16:43 +0100 +0100",
                "2026-02-21T12:16:43+01:00",
            ),
            ("2020-11-11 12:00:00.000-0600", "2020-11-11T12:00:00-06:00"),
            ("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"),
            ("2025-12-17UTC07:30:00+00:00", "2025-12-17T07:30:00+00:00"),
            ("02/28/2023 05:17:31 PM", "2023-02-28T17:17:31"),
            ("12/01/2023 12:05 AM", "2023-12-01T00:05:00"),
            ("2025-03-07T10:00", "2025-03-07T10:00:00"),
            ("2025-03-07 GMT", "2025-03-07"),
            ("Thu, 09/25/2025 - 11:38", "2025-09-25T11:38:00"),
            ("Giriş: 20.11.2026 - 10:15", "2026-11-20T10:15:00"),
            ("Datum: 20.11.2026", "2026-11-20"),
            ("03/07/2025 10:00 a.m. EST", "2025-03-07T10:00:00-05:00"),
            ("03/07/2025 13:00 PM", "2025-03-07T13:00:00"),
            ("03/07/2025 00:30 AM", "2025-03-07T00:30:00"),
        ] {
            assert_eq!(iso(given).as_deref(), Some(want), "{given}");
        }
    }

    /// The time printed beside a date in words, in the ways pages print
    /// it, with the offset its zone's name gives: America's zones named
    /// without their season by the day's season.
    #[test]
    fn keeps_the_time_printed_beside_a_date_in_words() {
        for (given, want) in [
            ("Nov. 18, 2026, 5:03 p.m. ET", "2026-11-18T17:03:00-05:00"),
            ("July 4, 2026, 9:30 AM ET", "2026-07-04T09:30:00-04:00"),
            ("March 8, 2026 12:15 am PT", "2026-03-08T00:15:00-07:00"),
            ("March 7, 2026 12:15 pm PT", "2026-03-07T12:15:00-08:00"),
            (
                "Posted Tuesday, March 10, 2026 at 4:15 pm",
                "2026-03-10T16:15:00",
            ),
            (
                "Updated 3:05 PM EST, Wed February 11, 2026",
                "2026-02-11T15:05:00-05:00",
            ),
            ("7 March 2025, 14:30 GMT", "2025-03-07T14:30:00Z"),
            ("Feb 25, 2026 05:32:07 PST", "2026-02-25T05:32:07-08:00"),
            ("7. März 2025, 14:30 Uhr", "2025-03-07T14:30:00"),
            ("le 7 mars 2025 à 14h30", "2025-03-07T14:30:00"),
            ("7 March 2025 9.30pm BST", "2025-03-07T21:30:00+01:00"),
            ("2025年3月7日 9時30分", "2025-03-07T09:30:00"),
            ("2025年3月7日 午後3時05分", "2025-03-07T15:05:00"),
            ("2025년 3월 7일 오후 3시 5분", "2025-03-07T15:05:00"),
        ] {
            assert_eq!(iso(given).as_deref(), Some(want), "{given}");
        }
        for (given, want) in [
            ("March 7, 2025 · 7.03 km", "2025-03-07"),
            (
                "Listen 5:32 · Read by Ann Lee · March 7, 2025",
                "2025-03-07",
            ),
            (
                "March 7, 2025 — updated a while later, at 10:00",
                "2025-03-07",
            ),
            ("March 7, 2025 at 25:61", "2025-03-07"),
        ] {
            assert_eq!(iso(given).as_deref(), Some(want), "{given}");
        }
    }
}
