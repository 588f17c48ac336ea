//! Dates as ISO 8601 (`YYYY-MM-DD`, with the time when the page gives one).

/// Normalizes a date a page gives: ISO forms are kept (trimmed), `7 March
/// 2025`, `March 7, 2025` and `2025/03/07` become `2025-03-07`. `None` when
/// the text is not a date in a form recognized here.
pub fn normalize(text: &str) -> Option<String> {
    let text = text.trim();
    if is_iso(text) {
        return Some(text.to_string());
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    if let [y, m, d, ..] = words[..] {
        if y.len() == 4 {
            if let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) {
                return valid(y, m, d);
            }
        }
    }
    let (mut day, mut month, mut year) = (None, None, None);
    for w in &words {
        let w = if w.starts_with(|c: char| c.is_ascii_digit()) {
            w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        } else {
            w
        };
        if let Some(m) = month_number(w) {
            month.get_or_insert(m);
        } else if let Ok(n) = w.parse::<u32>() {
            if w.len() == 4 && year.is_none() {
                year = Some(n);
            } else if month.is_none() && day.is_some() && n <= 12 && year.is_some() {
                month = Some(n);
            } else if day.is_none() && (1..=31).contains(&n) {
                day = Some(n);
            } else if month.is_none() && (1..=12).contains(&n) {
                month = Some(n);
            }
        }
    }
    valid(year?, month?, day?)
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn is_iso(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let w = word.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| w.starts_with(m))
        .map(|p| p as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn reads_common_forms() {
        assert_eq!(normalize("7 March 2025").as_deref(), Some("2025-03-07"));
        assert_eq!(normalize("March 7, 2025").as_deref(), Some("2025-03-07"));
        assert_eq!(normalize("Mar 17th, 2025").as_deref(), Some("2025-03-17"));
        assert_eq!(normalize("2025/03/07").as_deref(), Some("2025-03-07"));
        assert_eq!(
            normalize("2025-03-07T10:00:00+02:00").as_deref(),
            Some("2025-03-07T10:00:00+02:00")
        );
        assert_eq!(normalize("yesterday"), None);
    }
}
