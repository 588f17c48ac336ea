//! Documents that are text but not HTML, told by how they begin: a PDF, a
//! JSON response, a feed or another XML document. Parsed as HTML they would
//! give their source as an "article"; they get a clear answer instead.
//!
//! Only formats that announce themselves are refused. A page that begins
//! with text and no markup is still HTML to a browser (and to us).

use crate::Error;

/// What a document begins with, after any whitespace, and what it then is.
const SIGNATURES: &[(&str, &str)] = &[
    ("%PDF-", "a PDF file"),
    ("%!PS", "a PostScript file"),
    ("{\\rtf", "an RTF document"),
];

/// Root elements of XML formats that are never pages, for documents that
/// leave out the `<?xml …?>` declaration. (Not `svg`: a fragment of HTML
/// may well open with an icon sprite.)
const XML_ROOTS: &[&str] = &["rss", "feed", "rdf:rdf", "urlset", "sitemapindex"];

/// Refuses `text` when it is a document of another format.
pub(crate) fn refuse_other_formats(text: &str) -> Result<(), Error> {
    let start = text.trim_start();
    let other = |what: &str| Err(Error::NotHtml(what.to_string()));
    if let Some((_, what)) = SIGNATURES.iter().find(|(sign, _)| start.starts_with(sign)) {
        return other(what);
    }
    if start.starts_with(['{', '[']) && serde_json::from_str::<serde_json::Value>(start).is_ok() {
        return other("a JSON document");
    }
    let declared = start.starts_with("<?xml");
    match root_element(start) {
        Some(root) if root.eq_ignore_ascii_case("html") => Ok(()),
        Some(root) if declared || XML_ROOTS.iter().any(|r| r.eq_ignore_ascii_case(&root)) => {
            other(&format!("an XML document (<{root}>)"))
        }
        _ => Ok(()),
    }
}

/// The name of the first element, past the declaration, processing
/// instructions, comments and the doctype; `None` when text comes first.
fn root_element(mut rest: &str) -> Option<String> {
    loop {
        rest = rest.trim_start();
        let skipped = if rest.starts_with("<?") {
            rest.find("?>").map(|end| end + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|end| end + 3)
        } else if rest.starts_with("<!") {
            rest.find('>').map(|end| end + 1)
        } else {
            let name: String = rest
                .strip_prefix('<')?
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_' | '.'))
                .collect();
            return (!name.is_empty()).then_some(name);
        };
        rest = &rest[skipped?..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> Option<String> {
        match refuse_other_formats(text) {
            Err(Error::NotHtml(what)) => Some(what),
            _ => None,
        }
    }

    #[test]
    fn formats_that_announce_themselves_are_refused() {
        assert_eq!(
            refused("%PDF-1.7\n%âãÏÓ\n1 0 obj").as_deref(),
            Some("a PDF file")
        );
        assert_eq!(
            refused(" {\"title\": \"<p>Not a page</p>\", \"ids\": [1, 2]}").as_deref(),
            Some("a JSON document")
        );
        assert_eq!(
            refused("<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\"><channel>")
                .as_deref(),
            Some("an XML document (<rss>)")
        );
        assert_eq!(
            refused("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Posts</title>").as_deref(),
            Some("an XML document (<feed>)")
        );
    }

    /// XHTML, pages that open with text or a template's braces, and
    /// fragments of HTML all stay pages.
    #[test]
    fn pages_stay_pages() {
        for page in [
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>Text</p></html>",
            "<!doctype html><!-- built --><HTML><body><p>Text</p>",
            "{{ title }}<p>A page whose template was left unfilled.</p>",
            "[Updated] <p>The news of the day.</p>",
            "Plain words, then <p>a paragraph</p>",
            "<svg-icon></svg-icon><p>A custom element first.</p>",
            "",
        ] {
            assert_eq!(refused(page), None, "{page}");
        }
    }
}
