//! Times of day as pages print them beside a date (`5:03 p.m. ET`,
//! `14h30`, `9時30分`), as ISO 8601's `HH:MM:SS` with the offset the page
//! gives, in digits or by its zone's name.

use super::date::day_number;

/// The time of day that follows a date in digits (`T10:00:00Z`,
/// ` 10:00:23 +0100`, ` - 11:38`, ` 05:17:31 AM`), as `HH:MM:SS` with its
/// offset when it has one; fractions of a second are dropped.
pub(super) fn time_of_day(rest: &str, date: &str) -> Option<String> {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, 'T' | '-' | ','));
    let rest = rest.strip_prefix("UTC").unwrap_or(rest);
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(rest.len());
    let (clock, rest) = rest.split_at(end);
    let fields: Vec<u32> = clock
        .split(':')
        .map(|f| f.parse().ok())
        .collect::<Option<_>>()?;
    let (h, m, s) = match fields[..] {
        [h, m] => (h, m, 0),
        [h, m, s] => (h, m, s),
        _ => return None,
    };
    let rest = rest
        .strip_prefix('.')
        .map_or(rest, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
        .trim_start();
    let (half, rest) = half_of_day(rest);
    let h = on_the_clock(h, half)?;
    (m <= 59 && s <= 60).then(|| format!("{h:02}:{m:02}:{s:02}{}", offset(rest, date)))
}

/// Before or after noon, as a clock printed for people says it.
#[derive(Clone, Copy)]
enum Half {
    Morning,
    Afternoon,
}

/// The half of the day that opens `text` ("PM", "a.m.", "p. m.") and the
/// text after it.
fn half_of_day(text: &str) -> (Option<Half>, &str) {
    for (mark, half) in [
        ("a.m.", Half::Morning),
        ("p.m.", Half::Afternoon),
        ("a. m.", Half::Morning),
        ("p. m.", Half::Afternoon),
        ("am", Half::Morning),
        ("pm", Half::Afternoon),
    ] {
        let Some(head) = text.get(..mark.len()) else {
            continue;
        };
        let rest = &text[mark.len()..];
        if head.eq_ignore_ascii_case(mark) && !rest.starts_with(|c: char| c.is_alphabetic()) {
            return (Some(half), rest.trim_start());
        }
    }
    (None, text)
}

/// The hour on a 24-hour clock. An hour a 12-hour clock has not (`00:30
/// AM`, `13:00 PM`) is already one, its half of the day said twice.
fn on_the_clock(h: u32, half: Option<Half>) -> Option<u32> {
    match half {
        None => (h <= 23).then_some(h),
        Some(_) if !(1..=12).contains(&h) => (h <= 23).then_some(h),
        Some(Half::Morning) => Some(h % 12),
        Some(Half::Afternoon) => Some(h % 12 + 12),
    }
}

/// How far from a date in words its time may be printed: ", 5:03 p.m."
/// after it, "3:05 PM EST, Wed " before it.
const CLOCK_GAP_CHARS: usize = 16;

/// The time printed soon after a date in words: `, 5:03 p.m. ET`,
/// ` at 4:15 pm`, ` à 14h30`, ` 9時30分`.
pub(super) fn clock_after(text: &str, date: &str) -> Option<String> {
    clocks(text, date)
        .take_while(|(at, _, _)| text[..*at].chars().count() <= CLOCK_GAP_CHARS)
        .map(|(_, _, time)| time)
        .next()
}

/// The time printed just before a date in words: `Updated 3:05 PM EST,
/// Wed February 11, 2026`.
pub(super) fn clock_before(text: &str, date: &str) -> Option<String> {
    clocks(text, date)
        .filter(|(_, end, _)| text[*end..].chars().count() <= CLOCK_GAP_CHARS)
        .map(|(_, _, time)| time)
        .last()
}

/// Every time of day printed in `text`, with where it starts and ends:
/// `5:03 p.m. ET`, `16:15`, `14h30`, `9.30pm`, `午後3時30分`. A time with
/// a dot must say its half of the day, as `7.03` may be a date or a score.
fn clocks<'a>(text: &'a str, date: &'a str) -> impl Iterator<Item = (usize, usize, String)> + 'a {
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(move |&at| {
            bytes[at].is_ascii_digit() && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
        })
        .filter_map(move |at| {
            let (time, end) = clock_at(&text[at..], &text[..at], date)?;
            Some((at, at + end, time))
        })
}

/// The words for the morning and the afternoon that Japanese, Korean and
/// Chinese set before a clock.
const MORNING_WORDS: &[&str] = &["午前", "오전", "上午"];
const AFTERNOON_WORDS: &[&str] = &["午後", "오후", "下午"];

/// Whether `text` opens with the word for a half of the day that East
/// Asian pages set before a clock ("오후 2:20").
pub(super) fn opens_with_half_of_day(text: &str) -> bool {
    MORNING_WORDS
        .iter()
        .chain(AFTERNOON_WORDS)
        .any(|w| text.starts_with(w))
}

/// The time of day at the start of `text`, and how long it is; `before`
/// is the text before it, where East Asian pages say the half of the day.
fn clock_at(text: &str, before: &str, date: &str) -> Option<(String, usize)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let hour_digits = digits(text);
    if !(1..=2).contains(&hour_digits) {
        return None;
    }
    let h: u32 = text[..hour_digits].parse().ok()?;
    let separator = text[hour_digits..].chars().next()?;
    let after = &text[hour_digits + separator.len_utf8()..];
    // Korean sets a space between the hours and the minutes.
    let after = match separator {
        '時' | '시' => after.trim_start(),
        _ => after,
    };
    let minute_digits = digits(after);
    let (m, rest): (u32, &str) = match separator {
        ':' | '.' | 'h' if minute_digits == 2 => (after[..2].parse().ok()?, &after[2..]),
        '時' | '시' if (1..=2).contains(&minute_digits) => {
            let rest = after[minute_digits..].trim_start();
            let rest = rest
                .strip_prefix('分')
                .or_else(|| rest.strip_prefix('분'))?;
            (after[..minute_digits].parse().ok()?, rest)
        }
        _ => return None,
    };
    let (seconds, rest): (u32, &str) = match rest.strip_prefix(':') {
        Some(after) if digits(after) == 2 => (after[..2].parse().ok()?, &after[2..]),
        _ => (0, rest),
    };
    let (mut half, rest) = half_of_day(rest.trim_start());
    let before = before.trim_end();
    if AFTERNOON_WORDS.iter().any(|w| before.ends_with(w)) {
        half = Some(Half::Afternoon);
    } else if MORNING_WORDS.iter().any(|w| before.ends_with(w)) {
        half = Some(Half::Morning);
    }
    if (separator == '.' && half.is_none()) || m > 59 || seconds > 60 {
        return None;
    }
    let h = on_the_clock(h, half)?;
    let zone = offset(rest, date);
    let zone_chars = if zone.is_empty() {
        0
    } else {
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | ':')))
            .unwrap_or(rest.len())
    };
    let end = text.len() - rest.len() + zone_chars;
    Some((format!("{h:02}:{m:02}:{seconds:02}{zone}"), end))
}

/// A UTC offset at the start of `text`, as `Z` or `±HH:MM`, from digits or
/// a zone's name (`EST`, `CEST`; `ET` in summer or in winter as `date`
/// falls); empty when it has none (a local time).
fn offset(text: &str, date: &str) -> String {
    if text.starts_with('Z') || text.starts_with("UTC") || text.starts_with("GMT") {
        let signed = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        if !signed.starts_with(['+', '-']) {
            return "Z".to_string();
        }
        return offset(signed, date);
    }
    let Some(sign) = text.chars().next().filter(|c| matches!(c, '+' | '-')) else {
        return zone_offset(text, date).unwrap_or_default().to_string();
    };
    let digits: String = text[1..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .filter(char::is_ascii_digit)
        .collect();
    match digits.len() {
        2 => format!("{sign}{digits}:00"),
        4 => format!("{sign}{}:{}", &digits[..2], &digits[2..]),
        _ => String::new(),
    }
}

/// The offset a time zone's name at the start of `text` gives. America's
/// zones named without their season (`ET`, `PT`) keep summer time from
/// the second Sunday of March to the first of November.
fn zone_offset(text: &str, date: &str) -> Option<&'static str> {
    let end = text
        .find(|c: char| !c.is_ascii_uppercase())
        .unwrap_or(text.len());
    if text[end..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let name = &text[..end];
    if let Some((_, offset)) = ZONES.iter().find(|(zone, _)| *zone == name) {
        return Some(offset);
    }
    let (_, winter, summer) = AMERICAN_ZONES.iter().find(|(zone, _, _)| *zone == name)?;
    Some(if american_summer(date)? {
        summer
    } else {
        winter
    })
}

/// Zones by the names pages print after a time, with their offsets.
const ZONES: &[(&str, &str)] = &[
    ("EST", "-05:00"),
    ("EDT", "-04:00"),
    ("CST", "-06:00"),
    ("CDT", "-05:00"),
    ("MST", "-07:00"),
    ("MDT", "-06:00"),
    ("PST", "-08:00"),
    ("PDT", "-07:00"),
    ("AKST", "-09:00"),
    ("AKDT", "-08:00"),
    ("HST", "-10:00"),
    ("BST", "+01:00"),
    ("CET", "+01:00"),
    ("MEZ", "+01:00"),
    ("CEST", "+02:00"),
    ("MESZ", "+02:00"),
    ("EET", "+02:00"),
    ("EEST", "+03:00"),
    ("JST", "+09:00"),
    ("KST", "+09:00"),
    ("HKT", "+08:00"),
    ("SGT", "+08:00"),
    ("AEST", "+10:00"),
    ("AEDT", "+11:00"),
];

/// America's zones named without their season: winter's offset, then
/// summer's.
const AMERICAN_ZONES: &[(&str, &str, &str)] = &[
    ("ET", "-05:00", "-04:00"),
    ("CT", "-06:00", "-05:00"),
    ("MT", "-07:00", "-06:00"),
    ("PT", "-08:00", "-07:00"),
];

/// Whether `date` (`YYYY-MM-DD`) falls in American summer time: from the
/// second Sunday of March to the day before the first Sunday of November.
fn american_summer(date: &str) -> Option<bool> {
    let day = day_number(date)?;
    let year = date.get(..4)?;
    // 1970-01-01 was a Thursday: Sunday is 0.
    let sunday_from = |month: &str, first_day: u32| -> Option<i64> {
        let from = day_number(&format!("{year}-{month}-{first_day:02}"))?;
        Some(from + (7 - (from + 4).rem_euclid(7)) % 7)
    };
    Some(day >= sunday_from("03", 8)? && day < sunday_from("11", 1)?)
}
