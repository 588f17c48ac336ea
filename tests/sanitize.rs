//! The article HTML keeps none of the page's script-injection vectors.

use readmode::Options;

const TRAPS: &str = include_str!("pages/xss.html");

fn traps() -> readmode::Article {
    let options = Options {
        url: Some("https://example.com/traps/".to_string()),
        ..Options::default()
    };
    readmode::extract(TRAPS, &options).unwrap()
}

#[test]
fn no_vector_survives_in_the_article_html() {
    let article = traps();
    assert!(article.text.contains("The last paragraph has a handler"));
    let html = article.html.to_ascii_lowercase();
    for vector in [
        "<script",
        "onerror",
        "onload",
        "ontoggle",
        "onmouseover",
        "javascript:",
        "data:text",
        "srcdoc",
        "expression(",
        "style=",
        "<base",
        "formaction",
        "<form",
        "<object",
        "<embed",
        "<svg",
        "<meta",
        "<style",
        "__xss",
    ] {
        assert!(
            !html.contains(vector),
            "{vector} survived in:\n{}",
            article.html
        );
    }
}

/// Markdown and the metadata carry addresses with no sanitizer after them,
/// so every address in them must lead to the web (or to an e-mail address).
#[test]
fn markdown_and_metadata_hold_web_addresses_only() {
    let article = traps();
    assert!(article.markdown.contains("a javascript link"));
    let markdown = article.markdown.to_ascii_lowercase();
    for vector in ["javascript:", "vbscript:", "data:", "](#"] {
        assert!(
            !markdown.contains(vector),
            "{vector} survived in:\n{}",
            article.markdown
        );
    }
    // The `javascript:` og:image gives way to the article's own picture.
    let lead = article.metadata.lead_image.as_deref().unwrap_or_default();
    assert!(
        lead.is_empty() || lead.starts_with("https://"),
        "lead image {lead:?}"
    );
}

#[test]
fn relative_links_become_absolute_and_a_base_in_the_body_cannot_hijack_them() {
    let article = traps();
    assert!(
        article
            .html
            .contains("src=\"https://example.com/traps/ok.png\""),
        "{}",
        article.html
    );
}
