//! Hostile and odd inputs: each gets a clear answer, never a panic or a hang.

use readmode::page::{Snapshot, SnapshotNode};
use readmode::{extract, extract_bytes, plan, Error, Options, Page};
use std::time::{Duration, Instant};

fn opts() -> Options {
    Options::default()
}

fn paragraphs(n: usize) -> String {
    (0..n)
        .map(|i| format!("<p>Paragraph {i} of the story, long enough to read as prose, with a clause, and another.</p>"))
        .collect()
}

/// Runs `f` and fails when it takes longer than `limit`: what matters here is
/// that the cost stays linear, not the exact time.
fn within<T>(limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
    out
}

#[test]
fn nesting_100000_deep() {
    let html = format!(
        "<html><body>{}<article>{}</article>{}</body></html>",
        "<div>".repeat(100_000),
        paragraphs(5),
        "</div>".repeat(100_000)
    );
    // Beyond 512 levels new elements become siblings, as in Chromium, so the
    // article is still there, whole, and parsing stays linear.
    let article = within(Duration::from_secs(90), || extract(&html, &opts())).unwrap();
    assert!(article.text.starts_with("Paragraph 0 of the story"));
}

/// Shadow roots declared inside shadow roots nest as elements do, to the
/// same limit: a page of them alone answers at once, with no article.
#[test]
fn shadow_roots_nested_200000_deep() {
    let html = format!(
        "<html><body>{}Not a story.</body></html>",
        "<div><template shadowrootmode=\"open\">".repeat(200_000)
    );
    let result = within(Duration::from_secs(90), || extract(&html, &opts()));
    assert!(matches!(result, Err(Error::NoArticle)), "{result:?}");
}

/// A live page a script nested 100,000 deep keeps to the parser's limit
/// too: the snapshot's deeper elements go beside the element at the limit,
/// in their order (and so does the article's last line, once its
/// paragraphs have gone beside it), and the story at the bottom is read.
#[test]
fn a_snapshot_nested_100000_deep() {
    let mut nodes = nested(100_000);
    let story = nodes.len() as u32;
    nodes.push(element(Some(story - 1), "article"));
    for i in 0..5 {
        let p = nodes.len() as u32;
        nodes.push(element(Some(story), "p"));
        nodes.push(text(p, &format!("Paragraph {i} of the story, long enough to read as prose, with a clause, and another.")));
    }
    nodes.push(text(story, "The end of the story."));
    let page = Page::from_snapshot(&Snapshot { url: None, nodes }).unwrap();
    let plan = within(Duration::from_secs(90), || plan(&page, &opts())).unwrap();
    let text = page.text_content(plan.content[0]);
    assert!(text.starts_with("Paragraph 0 of the story"), "{text:.80}");
    assert!(text.ends_with("The end of the story."), "{text}");
}

/// With a line of text alone at the bottom, the answer comes as soon (it
/// took minutes, growing faster than the depth, before the limit).
#[test]
fn a_snapshot_nested_200000_deep_around_one_line() {
    let mut nodes = nested(200_000);
    let bottom = nodes.len() as u32 - 1;
    nodes.push(text(bottom, "Not a story."));
    let page = Page::from_snapshot(&Snapshot { url: None, nodes }).unwrap();
    let plan = within(Duration::from_secs(90), || plan(&page, &opts())).unwrap();
    assert_eq!(page.text_content(plan.content[0]).trim(), "Not a story.");
}

/// A snapshot of `<html><body>` and `depth` `<div>`s, each in the last.
fn nested(depth: u32) -> Vec<SnapshotNode> {
    let mut nodes = vec![element(None, "html"), element(Some(0), "body")];
    nodes.extend((1..=depth).map(|parent| element(Some(parent), "div")));
    nodes
}

fn element(parent: Option<u32>, tag: &str) -> SnapshotNode {
    SnapshotNode {
        parent,
        tag: Some(tag.to_string()),
        ..Default::default()
    }
}

fn text(parent: u32, text: &str) -> SnapshotNode {
    SnapshotNode {
        parent: Some(parent),
        text: Some(text.to_string()),
        ..Default::default()
    }
}

#[test]
fn a_20_megabyte_page() {
    let filler: String = (0..40_000)
        .map(|i| format!("<li><a href=\"/l/{i}\">Link number {i} in a long menu</a></li>"))
        .collect();
    let mut html = format!(
        "<html><body><nav><ul>{filler}</ul></nav><article>{}</article>",
        paragraphs(20)
    );
    while html.len() < 20_000_000 {
        html.push_str(&format!("<aside><ul>{filler}</ul></aside>"));
    }
    html.push_str("</body></html>");
    let article = within(Duration::from_secs(60), || extract(&html, &opts())).unwrap();
    assert!(article.text.contains("Paragraph 19 of the story"));
    assert!(!article.text.contains("Link number"));
}

/// A `<title>` of thousands of parts: each place the title might be parted
/// at reads both sides, so only a handful are tried.
#[test]
fn a_title_of_20000_parts() {
    let title = "Ferry_timetable - ".repeat(20_000);
    let html = format!(
        "<html><head><title>{title}</title></head><body><h1>Ferry</h1><article>{}</article></body></html>",
        paragraphs(5)
    );
    let article = within(Duration::from_secs(10), || extract(&html, &opts())).unwrap();
    assert!(article.text.starts_with("Paragraph 0 of the story"));
}

#[test]
fn a_million_tiny_nodes() {
    let tiny: String = "<span>a</span>".repeat(1_000_000);
    let html = format!(
        "<html><body><div>{tiny}</div><article>{}</article></body></html>",
        paragraphs(8)
    );
    let article = within(Duration::from_secs(60), || extract(&html, &opts())).unwrap();
    assert!(article.text.contains("Paragraph 7"));
}

#[test]
fn binary_garbage_is_not_html() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert!(matches!(
        extract_bytes(&bytes, &opts()),
        Err(Error::NotHtml(_))
    ));
}

#[test]
fn invalid_utf8_is_read_with_replacements() {
    let mut bytes = format!("<html><body><article>{}", paragraphs(4)).into_bytes();
    bytes.extend_from_slice(b"<p>Broken \xff\xfe bytes in a sentence that is long enough to count here.</p></article></body></html>");
    let article = extract_bytes(&bytes, &opts()).unwrap();
    assert!(article.text.contains("Broken \u{fffd}\u{fffd} bytes"));
}

#[test]
fn legacy_encodings_are_decoded() {
    let cases: [(&'static encoding_rs::Encoding, &str, &str); 3] = [
        (
            encoding_rs::WINDOWS_1251,
            "windows-1251",
            "Москва приняла новый закон о городских библиотеках, и читатели довольны.",
        ),
        (
            encoding_rs::SHIFT_JIS,
            "shift_jis",
            "東京の図書館は夜遅くまで開いています。学生たちは静かな場所を喜んでいます。",
        ),
        (
            encoding_rs::GB18030,
            "gb18030",
            "北京的图书馆现在开放到深夜，学生们很高兴有一个安静的地方学习和阅读。",
        ),
    ];
    for (encoding, label, sentence) in cases {
        let html = format!(
            "<html><head><meta charset=\"{label}\"></head><body><article><p>{sentence}</p><p>{sentence}</p><p>{sentence}</p></article></body></html>"
        );
        let (bytes, _, unmappable) = encoding.encode(&html);
        assert!(!unmappable, "{label}");
        let article = extract_bytes(&bytes, &opts()).unwrap_or_else(|e| panic!("{label}: {e}"));
        assert!(article.text.contains(sentence), "{label}: {}", article.text);
    }
}

#[test]
fn no_body_element() {
    let html = format!("<title>Story</title>{}", paragraphs(5));
    assert!(extract(&html, &opts())
        .unwrap()
        .text
        .contains("Paragraph 4"));
}

#[test]
fn a_frameset_has_no_article() {
    let html = "<html><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>";
    assert!(matches!(extract(html, &opts()), Err(Error::NoArticle)));
}

/// XML documents are not pages; an SVG image without its declaration
/// parses as HTML and has no article.
#[test]
fn svg_and_xml_documents_have_no_article() {
    let svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><text>Chart label</text><circle r=\"4\"/></svg>";
    assert!(matches!(extract(svg, &opts()), Err(Error::NotHtml(_))));
    let bare = svg.trim_start_matches("<?xml version=\"1.0\"?>");
    assert!(matches!(extract(bare, &opts()), Err(Error::NoArticle)));
    let xml = "<?xml version=\"1.0\"?><feed><entry><title>One</title></entry><entry><title>Two</title></entry></feed>";
    assert!(matches!(extract(xml, &opts()), Err(Error::NotHtml(_))));
}

#[test]
fn an_empty_file_has_no_article() {
    assert!(matches!(extract_bytes(b"", &opts()), Err(Error::NoArticle)));
    assert!(matches!(extract("   \n ", &opts()), Err(Error::NoArticle)));
}

#[test]
fn a_page_of_navigation_has_no_article() {
    let links: String = (0..200)
        .map(|i| format!("<li><a href=\"/{i}\">Section {i}</a></li>"))
        .collect();
    let html = format!(
        "<html><body><nav><ul>{links}</ul></nav><footer><ul>{links}</ul></footer></body></html>"
    );
    assert!(matches!(extract(&html, &opts()), Err(Error::NoArticle)));
}

#[test]
fn an_article_that_is_one_long_pre_keeps_its_whitespace() {
    let code: String = (0..60)
        .map(|i| format!("    line {i}:  value = compute({i}, {i});\n"))
        .collect();
    let html = format!("<html><body><pre>{code}</pre></body></html>");
    let article = extract(&html, &opts()).unwrap();
    assert!(article
        .text
        .contains("    line 7:  value = compute(7, 7);\n    line 8:"));
    assert!(article.html.contains("<pre>    line 0:"));
}

#[test]
fn right_to_left_and_cjk_keep_direction_and_language() {
    let hebrew = "הספרייה העירונית תהיה פתוחה עד חצות בכל ימות החורף, כך הודיעה העירייה היום.";
    let html = format!("<html lang=\"he\" dir=\"rtl\"><body><article><p>{hebrew}</p><p>{hebrew}</p><p>{hebrew}</p></article></body></html>");
    let article = extract(&html, &opts()).unwrap();
    assert_eq!(
        (
            article.metadata.lang.as_deref(),
            article.metadata.dir.as_deref()
        ),
        (Some("he"), Some("rtl"))
    );
    let japanese =
        "市立図書館は冬の間、毎晩深夜まで開館すると発表しました。学生からの要望に応えたものです。";
    let html = format!("<html lang=\"ja\"><body><article><p>{japanese}</p><p>{japanese}</p><p>{japanese}</p></article></body></html>");
    let article = extract(&html, &opts()).unwrap();
    assert_eq!(article.metadata.lang.as_deref(), Some("ja"));
    assert!(article.text.contains(japanese));
}
