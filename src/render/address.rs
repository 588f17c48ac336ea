//! Addresses in what readmode hands out. Every link, image, video, frame
//! and lead image goes through [`web_address`], so the Markdown, the JSON
//! and the live reader carry no `javascript:` or `data:` address, the same
//! policy the HTML sanitizer enforces on the HTML.

use crate::page::Page;
use url::{ParseError, Url};

/// What an address may lead to.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    /// Something the page loads: an image, a video, a frame.
    Resource,
    /// A link a reader follows: a web page or an e-mail address.
    Link,
}

/// The path of `address`, without its query and fragment: what says which
/// page or file it is (`/author/ann-lee`, `/bay-large.jpg`).
pub(crate) fn path_of(address: &str) -> &str {
    address.split(['?', '#']).next().unwrap_or(address)
}

/// `raw` made absolute against the page's URL (or `<base>`), or `None` when
/// it is not a web address (or, for links, an e-mail address). Without a
/// page URL a relative address stays relative.
pub(crate) fn web_address(page: &Page, raw: &str, kind: Kind) -> Option<String> {
    let raw = raw.trim();
    let parsed = match page.url() {
        Some(base) => base.join(raw),
        None => Url::parse(raw),
    };
    match parsed {
        Ok(url) => match url.scheme() {
            "http" | "https" => Some(url.into()),
            "mailto" if kind == Kind::Link => Some(url.into()),
            _ => None,
        },
        Err(ParseError::RelativeUrlWithoutBase) => Some(raw.to_string()),
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{web_address, Kind};
    use crate::page::Page;

    fn resolve(base: Option<&str>, raw: &str, kind: Kind) -> Option<String> {
        let page = Page::parse("<p>x</p>", base.map(|b| url::Url::parse(b).unwrap()));
        web_address(&page, raw, kind)
    }

    #[test]
    fn web_addresses_are_made_absolute() {
        let base = Some("https://example.com/news/story");
        assert_eq!(
            resolve(base, "../img/a.jpg", Kind::Resource).as_deref(),
            Some("https://example.com/img/a.jpg")
        );
        assert_eq!(
            resolve(base, " //cdn.example.org/v.mp4 ", Kind::Resource).as_deref(),
            Some("https://cdn.example.org/v.mp4")
        );
        assert_eq!(
            resolve(None, "/about", Kind::Link).as_deref(),
            Some("/about")
        );
    }

    #[test]
    fn only_links_may_be_mail_addresses() {
        assert_eq!(
            resolve(None, "mailto:desk@example.com", Kind::Link).as_deref(),
            Some("mailto:desk@example.com")
        );
        assert_eq!(
            resolve(None, "mailto:desk@example.com", Kind::Resource),
            None
        );
    }

    #[test]
    fn scripts_and_inline_data_are_refused_however_spelled() {
        for raw in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>1</script>",
            "vbscript:x",
        ] {
            for base in [None, Some("https://example.com/")] {
                assert_eq!(
                    resolve(base, raw, Kind::Link),
                    None,
                    "{raw:?} against {base:?}"
                );
            }
        }
    }
}
