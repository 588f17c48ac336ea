//! Bytes to text: the charset from a byte-order mark, then from `<meta
//! charset>` or `http-equiv` in the first kilobytes, else UTF-8, with
//! undecodable bytes replaced rather than refused.

use crate::Error;
use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// How far into the document a charset declaration is looked for.
const PRESCAN_BYTES: usize = 4096;

/// Refuses binary files; text of another format (a PDF, JSON) is refused
/// where it is read as a page (see [`crate::read`]).
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return Ok(encoding.decode_without_bom_handling(&bytes[bom..]).0);
    }
    refuse_binary(bytes)?;
    // Text that is valid UTF-8 and not plain ASCII is UTF-8 whatever the page
    // declares: legacy multi-byte text is almost never valid UTF-8, while
    // pages re-saved as UTF-8 often keep their old `<meta charset>`.
    if let Ok(text) = std::str::from_utf8(bytes) {
        if !text.is_ascii() {
            return Ok(undo_double_encoding(text));
        }
    }
    let encoding = declared(&bytes[..bytes.len().min(PRESCAN_BYTES)]).unwrap_or(UTF_8);
    Ok(encoding.decode_without_bom_handling(bytes).0)
}

/// Text that was UTF-8, read as Latin-1 and saved as UTF-8 again shows each
/// character beyond ASCII as two to four (`—` as `â\u{80}\u{94}`): a page
/// stored by a tool that guessed its charset wrong. The C1 controls this
/// leaves (U+0080 to U+009F) never stand in text, so in a document holding
/// one, every run of characters from U+0080 to U+00FF whose bytes are UTF-8
/// is read as what it spells.
fn undo_double_encoding(text: &str) -> Cow<'_, str> {
    // A C1 control in UTF-8 is 0xC2 and a byte from 0x80 to 0x9F.
    let bytes = text.as_bytes();
    let c1 =
        memchr::memchr_iter(0xC2, bytes).any(|at| bytes.get(at + 1).is_some_and(|&b| b < 0xA0));
    if !c1 {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut run = Vec::new();
    let flush = |run: &mut Vec<u8>, out: &mut String| {
        match std::str::from_utf8(run) {
            Ok(spelled) => out.push_str(spelled),
            Err(_) => out.extend(run.iter().map(|&b| char::from(b))),
        }
        run.clear();
    };
    for c in text.chars() {
        match u8::try_from(c) {
            Ok(byte) if byte >= 0x80 => run.push(byte),
            _ => {
                if !run.is_empty() {
                    flush(&mut run, &mut out);
                }
                out.push(c);
            }
        }
    }
    flush(&mut run, &mut out);
    Cow::Owned(out)
}

/// Binary files (images, archives, executables) are refused: text has no NUL
/// bytes and few control characters.
fn refuse_binary(bytes: &[u8]) -> Result<(), Error> {
    let head = &bytes[..bytes.len().min(1024)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if head.contains(&0) || control * 10 > head.len() {
        return Err(Error::NotHtml("binary data".to_string()));
    }
    Ok(())
}

/// The encoding named by `charset=` in the head of the document. A page that
/// declares UTF-16 without a byte-order mark is read as UTF-8, as browsers do.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"charset") {
        let rest = &lower[from + at + 7..];
        let rest = trim_start(rest, |b| b.is_ascii_whitespace());
        if let Some(rest) = rest.strip_prefix(b"=") {
            let rest = trim_start(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
            let end = rest
                .iter()
                .position(|&b| {
                    !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                })
                .unwrap_or(rest.len());
            if let Some(encoding) = Encoding::for_label(&rest[..end]) {
                return Some(match encoding.name() {
                    "UTF-16LE" | "UTF-16BE" => UTF_8,
                    _ => encoding.output_encoding(),
                });
            }
        }
        from += at + 7;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(bytes: &[u8], skip: impl Fn(u8) -> bool) -> &[u8] {
    let start = bytes.iter().position(|&b| !skip(b)).unwrap_or(bytes.len());
    &bytes[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_is_honoured() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("<meta charset=\"windows-1251\"><p>Привет</p>");
        assert!(decode(&bytes).unwrap().contains("Привет"));
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"gb2312\"><p>中文</p>".as_bytes();
        assert!(decode(page).unwrap().contains("中文"));
    }

    #[test]
    fn invalid_utf8_is_replaced_not_refused() {
        let text = decode(b"<p>caf\xe9</p>").unwrap();
        assert!(text.contains("caf\u{fffd}"));
    }

    /// A page whose UTF-8 was once read as Latin-1 reads as written; the
    /// Latin-1 letters of a page that never was stay as they are.
    #[test]
    fn text_encoded_twice_reads_as_written() {
        let twice = "<p>Earth\u{e2}\u{80}\u{99}s seas \u{e2}\u{80}\u{94} caf\u{c3}\u{a9}</p>";
        assert_eq!(
            decode(twice.as_bytes()).unwrap(),
            "<p>Earth\u{2019}s seas \u{2014} caf\u{e9}</p>"
        );
        let once = "<p>Caf\u{e9} cr\u{e8}me, S\u{c3}O PAULO</p>";
        assert_eq!(decode(once.as_bytes()).unwrap(), once);
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(Error::NotHtml(_))
        ));
    }
}
