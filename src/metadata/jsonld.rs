//! Schema.org article data from `<script type="application/ld+json">`.

use crate::page::{NodeIdx, Page};
use serde_json::Value;

/// The fields of the first article-like object on the page.
#[derive(Debug, Default)]
pub(super) struct Article {
    pub headline: Option<String>,
    pub name: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    /// The article's whole text, when the page declares it and does not
    /// mark it as for subscribers only (`isAccessibleForFree: false`).
    pub body: Option<String>,
}

impl Article {
    pub fn find(page: &Page) -> Article {
        let mut blocks = (0..page.len())
            .filter(|&i| is_data_block(page, i))
            .filter_map(|i| serde_json::from_str::<Value>(unwrap_json(&page.text_content(i))).ok());
        // Blocks are read only as far as the article; the rest only when
        // it is needed.
        let mut read = Vec::new();
        let mut article = None;
        for v in blocks.by_ref() {
            article = find_article(&v).map(Article::from_value);
            read.push(v);
            if article.is_some() {
                break;
            }
        }
        let mut article = article.unwrap_or_default();
        // Sites that describe the page (a `WebPage`) but not the article
        // still date it there.
        if article.published.is_none() {
            read.extend(blocks);
            article.published = read
                .iter()
                .find_map(|v| find_object(v, |o| o.get("datePublished").is_some()))
                .and_then(|v| text(&v["datePublished"]));
        }
        article
    }

    fn from_value(v: &Value) -> Article {
        Article {
            headline: text(&v["headline"]),
            name: text(&v["name"]),
            author: names(&v["author"]).or_else(|| names(&v["creator"])),
            published: text(&v["datePublished"]).or_else(|| text(&v["dateCreated"])),
            publisher: publisher(&v["publisher"]),
            description: text(&v["description"]),
            image: image(&v["image"]).or_else(|| image(&v["thumbnailUrl"])),
            body: text(&v["articleBody"]).filter(|_| is_free(&v["isAccessibleForFree"])),
        }
    }
}

/// Whether `isAccessibleForFree` leaves the text free to read: absent, or
/// anything but false (`false`, `"False"`).
fn is_free(v: &Value) -> bool {
    match v {
        Value::Bool(free) => *free,
        Value::String(s) => !s.trim().eq_ignore_ascii_case("false"),
        _ => true,
    }
}

/// What a page's schema.org data declares it to be.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Declared {
    /// One story (a news article, a blog post, a report) and no discussion.
    Story,
    /// A discussion (a forum's posting, a question and its answers), as
    /// well as whatever else it declares.
    Discussion,
    /// Neither, or several stories (a forum may declare each post an
    /// `Article`).
    Other,
}

/// What the page declares itself to be (see [`Declared`]): the types its
/// schema.org blocks name, read without parsing the blocks, which the
/// article's metadata parses later.
pub(crate) fn declared(page: &Page) -> Declared {
    let (mut stories, mut discussion) = (0, false);
    for i in (0..page.len()).filter(|&i| is_data_block(page, i)) {
        for kinds in declared_types(&page.text_content(i)) {
            let mut kinds = kinds.split(',').map(|kind| kind.trim().trim_matches('"'));
            if kinds.clone().any(|kind| {
                matches!(
                    kind,
                    "DiscussionForumPosting" | "SocialMediaPosting" | "QAPage" | "Question"
                )
            }) {
                discussion = true;
            } else if kinds
                .any(|kind| kind.ends_with("Article") || matches!(kind, "BlogPosting" | "Report"))
            {
                stories += 1;
            }
        }
    }
    match (discussion, stories) {
        (true, _) => Declared::Discussion,
        (false, 1) => Declared::Story,
        _ => Declared::Other,
    }
}

/// Whether element `i` is a `<script>` of schema.org data.
fn is_data_block(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) == "script"
        && page
            .attr(i, "type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
}

/// The value of each `"@type"` in JSON text: a name, or a list of names
/// between commas, in quotes.
fn declared_types(json: &str) -> impl Iterator<Item = &str> {
    json.match_indices("\"@type\"").map(|(at, key)| {
        let value = json[at + key.len()..].trim_start();
        let value = value.strip_prefix(':').unwrap_or("").trim_start();
        if let Some(list) = value.strip_prefix('[') {
            &list[..list.find(']').unwrap_or(0)]
        } else if let Some(name) = value.strip_prefix('"') {
            &name[..name.find('"').unwrap_or(0)]
        } else {
            ""
        }
    })
}

/// The JSON inside a script's text: pages wrap it in an HTML comment or an
/// XML `CDATA` section for old parsers.
fn unwrap_json(text: &str) -> &str {
    let text = text.trim();
    let text = text.strip_prefix("<!--").unwrap_or(text);
    let text = text.strip_suffix("-->").unwrap_or(text).trim();
    let text = text.strip_prefix("<![CDATA[").unwrap_or(text);
    text.strip_suffix("]]>").unwrap_or(text)
}

/// Depth-first search through `@graph`s and arrays for the first object
/// that `wanted` picks.
fn find_object(v: &Value, wanted: impl Fn(&Value) -> bool) -> Option<&Value> {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if wanted(v) {
                    return Some(v);
                }
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            _ => {}
        }
    }
    None
}

/// The first object of an article type.
fn find_article(v: &Value) -> Option<&Value> {
    find_object(v, |o| is_article_type(&o["@type"]))
}

fn is_article_type(t: &Value) -> bool {
    match t {
        Value::String(s) => {
            s.ends_with("Article")
                || matches!(
                    s.as_str(),
                    "BlogPosting"
                        | "LiveBlogPosting"
                        | "Report"
                        | "Review"
                        | "SocialMediaPosting"
                        | "DiscussionForumPosting"
                        | "Recipe"
                        | "HowTo"
                )
        }
        Value::Array(ts) => ts.iter().any(is_article_type),
        _ => false,
    }
}

fn text(v: &Value) -> Option<String> {
    v.as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| super::decode_references(s.to_string()))
}

/// A person or organisation, or a list of them, as a byline reads them.
fn names(v: &Value) -> Option<String> {
    let list: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(names).collect(),
        // A company credited as the author is the publisher, not a byline.
        Value::Object(_) if is_organization(&v["@type"]) => Vec::new(),
        Value::Object(_) => text(&v["name"]).into_iter().collect(),
        Value::String(s) if !s.starts_with("http") => text(v).into_iter().collect(),
        _ => Vec::new(),
    };
    (!list.is_empty()).then(|| super::byline::join_names(&list))
}

/// The name of the publisher: an organisation, unlike an author, or the
/// first of a list of them.
fn publisher(v: &Value) -> Option<String> {
    match v {
        Value::Array(items) => items.iter().find_map(publisher),
        Value::Object(_) => text(&v["name"]),
        Value::String(s) if !s.starts_with("http") => text(v),
        _ => None,
    }
}

fn is_organization(kind: &Value) -> bool {
    match kind {
        Value::String(kind) => kind.ends_with("Organization") || kind == "Corporation",
        Value::Array(kinds) => kinds.iter().any(is_organization),
        _ => false,
    }
}

fn image(v: &Value) -> Option<String> {
    match v {
        Value::String(_) => text(v),
        Value::Array(items) => items.iter().find_map(image),
        Value::Object(_) => text(&v["url"]).or_else(|| text(&v["contentUrl"])),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::Article;
    use crate::{Options, Page};

    fn article(script: &str) -> Article {
        let html = format!("<html><head><script type=\"application/ld+json\">{script}</script></head><body></body></html>");
        let page: Page = crate::parse(&html, &Options::default());
        Article::find(&page)
    }

    fn headline(script: &str) -> Option<String> {
        article(script).headline
    }

    /// An article whose data gives `field` the JSON `value`.
    fn declaring(field: &str, value: &str) -> Article {
        article(&format!(
            r#"{{"@type":"NewsArticle","headline":"Tides","{field}":{value}}}"#
        ))
    }

    /// People are the article's authors; a company credited as one is its
    /// publisher.
    #[test]
    fn authors_are_people() {
        let author = |value: &str| declaring("author", value).author;
        assert_eq!(
            author(r#"[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}]"#)
                .as_deref(),
            Some("Ann Lee, Bo Chan")
        );
        assert_eq!(
            author(r#"["Ann Lee", "Bo Chan", {"@type":"Person","name":"Cy Diaz"}]"#).as_deref(),
            Some("Ann Lee, Bo Chan, Cy Diaz")
        );
        assert_eq!(
            author(r#"{"@type":"Organization","name":"Harbour Ltd"}"#),
            None
        );
        assert_eq!(
            author(r#"[{"@type":"Corporation","name":"Harbour Ltd"},{"@type":"Person","name":"Ann Lee"}]"#)
                .as_deref(),
            Some("Ann Lee")
        );
    }

    /// The publisher is named whatever its type: an organisation, which
    /// is no author, is what a publisher is.
    #[test]
    fn the_publisher_is_an_organisation() {
        let publisher = |value: &str| declaring("publisher", value).publisher;
        assert_eq!(
            publisher(r#"{"@type":"NewsMediaOrganization","name":"Harbour Herald"}"#).as_deref(),
            Some("Harbour Herald")
        );
        assert_eq!(
            publisher(r#"[{"@type":"Organization","name":"Harbour Herald"}]"#).as_deref(),
            Some("Harbour Herald")
        );
        assert_eq!(publisher(r#""https://herald.example/""#), None);
    }

    /// A page that shows no article is read from the text its data
    /// declares (as text or as markup), when that is free to read and an
    /// article's length; a summary, or a text marked for subscribers only,
    /// is not read.
    #[test]
    fn a_declared_body_stands_in_for_an_article_the_page_does_not_show() {
        let paragraph = "The late ferry to the island keeps running until the end of April, \
                         the harbour board decided after a trial that carried more passengers than expected.";
        let drawn = |shown: &str, body: &str, free: &str| {
            format!(
                "<html><head><script type=\"application/ld+json\">\
                 {{\"@type\":\"NewsArticle\",\"headline\":\"Night ferry\",{free}\"articleBody\":\"{body}\"}}\
                 </script></head><body><div id=\"root\">{shown}</div></body></html>"
            )
        };
        let page = |body: &str, free: &str| drawn("Loading…", body, free);
        let long = [paragraph; 5].join("\\n\\n");
        let read = |html: String| crate::extract(&html, &Options::default()).map(|a| a.text);
        assert_eq!(read(page(&long, "")).unwrap(), [paragraph; 5].join("\n\n"));
        // The app has drawn the headline and byline, not yet the story.
        let headed = drawn("<h1>Night ferry</h1><p>By Kim Lo</p>", &long, "");
        assert_eq!(read(headed).unwrap(), [paragraph; 5].join("\n\n"));
        // As pages write it: `<\/script>`, or the page's own script ends.
        let markup = format!("<p>{paragraph}</p><script>alert(1)<\\/script>").repeat(5);
        assert_eq!(
            read(page(&markup.replace('"', "\\\""), "")).unwrap(),
            [paragraph; 5].join("\n\n"),
            "the declared markup's paragraphs"
        );
        assert!(read(page(paragraph, "")).is_err(), "a summary");
        assert!(
            read(page(&long, "\"isAccessibleForFree\":false,")).is_err(),
            "for subscribers"
        );
        assert!(
            read(page(&long, "\"isAccessibleForFree\":\"False\",")).is_err(),
            "for subscribers"
        );
    }

    #[test]
    fn reads_json_as_written_or_wrapped_for_old_parsers() {
        let json = r#"{"@type":"NewsArticle","headline":"Tides"}"#;
        for script in [
            json.to_string(),
            format!("<!--{json}-->"),
            format!("\n  <![CDATA[\n  {json}\n  ]]>\n"),
            format!(r#"[{{"@graph":[{json}]}}]"#),
        ] {
            assert_eq!(headline(&script).as_deref(), Some("Tides"), "{script}");
        }
        assert_eq!(headline("{not json"), None);
    }

    #[test]
    fn character_references_in_values_are_decoded() {
        let script =
            r#"{"@type":"Article","headline":"A traveller&#8217;s guide &amp; <b>tips</b>"}"#;
        assert_eq!(
            headline(script).as_deref(),
            Some("A traveller’s guide & <b>tips</b>")
        );
        let escaped_twice = r#"{"@type":"Article","headline":"And finally&amp;#8230; tea"}"#;
        assert_eq!(headline(escaped_twice).as_deref(), Some("And finally… tea"));
    }
}
