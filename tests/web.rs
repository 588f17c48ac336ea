//! The wasm module in a real browser (`wasm-pack test --headless --chrome`):
//! reading mode on live documents, entered and left in place.
#![cfg(target_arch = "wasm32")]

use js_sys::{Promise, Reflect};
use readmode::{quality, Reader};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{
    Document, DomParser, Element, HtmlElement, HtmlIFrameElement, HtmlInputElement, SupportedType,
};

wasm_bindgen_test_configure!(run_in_browser);

const DEMO: &str = include_str!("../www/index.html");

/// A corpus page, compiled in: the test runs in a browser, which cannot read
/// `../shared/corpus` itself.
enum Corpus {
    Text(&'static str),
    Gzip(&'static [u8]),
}

impl Corpus {
    fn html(&self) -> String {
        match self {
            Corpus::Text(t) => t.to_string(),
            Corpus::Gzip(bytes) => {
                let mut plain = Vec::new();
                std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(*bytes), &mut plain)
                    .unwrap();
                readmode::decode(&plain).unwrap().into_owned()
            }
        }
    }
}

/// Forty pages of both corpora.
const CORPUS: &[(&str, Corpus)] = &[
    (
        "001",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/001/source.html"
        )),
    ),
    (
        "aclu",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/aclu/source.html"
        )),
    ),
    (
        "ars-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/ars-1/source.html"
        )),
    ),
    (
        "bbc-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/bbc-1/source.html"
        )),
    ),
    (
        "blogger",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/blogger/source.html"
        )),
    ),
    (
        "breitbart",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/breitbart/source.html"
        )),
    ),
    (
        "buzzfeed-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/buzzfeed-1/source.html"
        )),
    ),
    (
        "citylab-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/citylab-1/source.html"
        )),
    ),
    (
        "cnet",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/cnet/source.html"
        )),
    ),
    (
        "dev418",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/dev418/source.html"
        )),
    ),
    (
        "dropbox-blog",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/dropbox-blog/source.html"
        )),
    ),
    (
        "ebb-org",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/ebb-org/source.html"
        )),
    ),
    (
        "engadget",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/engadget/source.html"
        )),
    ),
    (
        "folha",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/folha/source.html"
        )),
    ),
    (
        "gitlab-blog",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/gitlab-blog/source.html"
        )),
    ),
    (
        "guardian-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/guardian-1/source.html"
        )),
    ),
    (
        "heise",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/heise/source.html"
        )),
    ),
    (
        "herald-sun-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/herald-sun-1/source.html"
        )),
    ),
    (
        "lemonde-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/lemonde-1/source.html"
        )),
    ),
    (
        "la-nacion",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/la-nacion/source.html"
        )),
    ),
    (
        "medium-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/medium-1/source.html"
        )),
    ),
    (
        "nytimes-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/nytimes-1/source.html"
        )),
    ),
    (
        "wapo-1",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/wapo-1/source.html"
        )),
    ),
    (
        "wikipedia",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/wikipedia/source.html"
        )),
    ),
    (
        "wordpress",
        Corpus::Text(include_str!(
            "../../shared/corpus/readability-pages/wordpress/source.html"
        )),
    ),
    (
        "wcxb-0001",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0001.html.gz"
        )),
    ),
    (
        "wcxb-0101",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0101.html.gz"
        )),
    ),
    (
        "wcxb-0205",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0205.html.gz"
        )),
    ),
    (
        "wcxb-0305",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0305.html.gz"
        )),
    ),
    (
        "wcxb-0406",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0406.html.gz"
        )),
    ),
    (
        "wcxb-0509",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0509.html.gz"
        )),
    ),
    (
        "wcxb-0614",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0614.html.gz"
        )),
    ),
    (
        "wcxb-0719",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/0719.html.gz"
        )),
    ),
    (
        "wcxb-2853",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/2853.html.gz"
        )),
    ),
    (
        "wcxb-3010",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/3010.html.gz"
        )),
    ),
    (
        "wcxb-4076",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/4076.html.gz"
        )),
    ),
    (
        "wcxb-4225",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/4225.html.gz"
        )),
    ),
    (
        "wcxb-4380",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/4380.html.gz"
        )),
    ),
    (
        "wcxb-4553",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/4553.html.gz"
        )),
    ),
    (
        "wcxb-4698",
        Corpus::Gzip(include_bytes!(
            "../../shared/corpus/wcxb-dev/html/4698.html.gz"
        )),
    ),
];
const DEMO_TEXT: &str = include_str!("golden/demo.txt");

/// Loads `html` into a visible iframe and waits for it to render. Unless
/// `scripts`, the frame is sandboxed without scripts, so the page is the HTML
/// as given, and a policy keeps it from fetching anything (there is no
/// network here).
async fn live_document(html: &str, scripts: bool) -> Document {
    const OFFLINE: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";
    let at = if scripts {
        html.len()
    } else if html
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("<!doctype")
    {
        html.find('>').map_or(0, |i| i + 1)
    } else {
        0
    };
    let policy = if scripts { "" } else { OFFLINE };
    let html = format!("{}{policy}{}", &html[..at], &html[at..]);
    let document = web_sys::window().unwrap().document().unwrap();
    let frame: HtmlIFrameElement = document.create_element("iframe").unwrap().unchecked_into();
    frame
        .set_attribute("style", "width:1200px;height:900px")
        .unwrap();
    let sandbox = if scripts {
        "allow-same-origin allow-scripts"
    } else {
        "allow-same-origin"
    };
    frame.set_attribute("sandbox", sandbox).unwrap();
    let loaded = Promise::new(&mut |resolve, _| frame.set_onload(Some(&resolve)));
    frame.set_srcdoc(&html);
    document.body().unwrap().append_child(&frame).unwrap();
    JsFuture::from(loaded).await.unwrap();
    frame.content_document().unwrap()
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn outer_html(document: &Document) -> String {
    document.document_element().unwrap().outer_html()
}

/// Whether the browser draws `element` (`Element.checkVisibility()`, which
/// web-sys does not bind).
fn drawn(element: &Element) -> bool {
    let check: js_sys::Function = Reflect::get(element, &"checkVisibility".into())
        .unwrap()
        .unchecked_into();
    check.call0(element).unwrap() == JsValue::TRUE
}

/// Element `id` of `document`, with its box.
fn html_element(document: &Document, id: &str) -> HtmlElement {
    document.get_element_by_id(id).unwrap().unchecked_into()
}

/// The value of CSS `property` the browser computed for element `id`.
fn computed_style(document: &Document, id: &str, property: &str) -> String {
    let element = document.get_element_by_id(id).unwrap();
    let window = Reflect::get(document, &"defaultView".into()).unwrap();
    let computed: js_sys::Function = Reflect::get(&window, &"getComputedStyle".into())
        .unwrap()
        .unchecked_into();
    let declarations = computed.call1(&window, &element).unwrap();
    let value: js_sys::Function = Reflect::get(&declarations, &"getPropertyValue".into())
        .unwrap()
        .unchecked_into();
    value
        .call1(&declarations, &property.into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// The article text reading mode finds on `html` loaded as a live page,
/// its scripts run or not (empty for "no article"); the page's frame is
/// gone afterwards.
async fn read_live(html: &str, scripts: bool) -> String {
    let document = live_document(html, scripts).await;
    let mut reader = Reader::new(document.clone());
    let live = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    reader.exit();
    document
        .default_view()
        .unwrap()
        .frame_element()
        .unwrap()
        .unwrap()
        .remove();
    live
}

/// `page` as a live document (its scripts off), in reading mode.
async fn entered(page: &str) -> (Document, Reader) {
    let document = live_document(page, false).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    (document, reader)
}

/// By when the header's date is written, when it waits for the browser to
/// be idle (half a second at most).
const DATE_WRITTEN_MS: i32 = 600;

/// The reader's header line of facts: byline, date, reading time.
fn header_facts(document: &Document) -> Element {
    document
        .query_selector("[data-readmode-ui=header] .rm-meta")
        .unwrap()
        .unwrap()
}

/// A string property of a JavaScript object (`article.text`,
/// `body.innerText`), or `None` where it is not a string.
fn string_field(value: &JsValue, name: &str) -> Option<String> {
    Reflect::get(value, &name.into()).unwrap().as_string()
}

fn text_of(article: &JsValue) -> String {
    string_field(article, "text").unwrap_or_default()
}

#[wasm_bindgen_test]
async fn demo_page_gives_the_golden_article_and_is_restored_exactly() {
    let document = live_document(DEMO, false).await;
    let input: HtmlInputElement = document
        .query_selector(".widget-newsletter input[type=email]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("typed before reading");
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    let article = reader.enter(JsValue::UNDEFINED).unwrap();
    assert!(reader.is_active());
    assert_eq!(text_of(&article), DEMO_TEXT.trim_end());
    reader.exit();
    assert!(!reader.is_active());
    assert_eq!(outer_html(&document), before);
    assert_eq!(input.value(), "typed before reading");
}

/// The module's warm-up plans its sample in the browser as natively: the
/// snapshot it carries still fits what the planner reads.
#[wasm_bindgen_test]
fn the_warm_up_plans_its_sample() {
    assert!(readmode::warm_up());
}

#[wasm_bindgen_test]
async fn the_live_article_matches_the_native_one() {
    let document = live_document(DEMO, false).await;
    let mut reader = Reader::new(document);
    let live = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    let native = readmode::extract(DEMO, &readmode::Options::default())
        .unwrap()
        .text;
    assert!(quality::score(&live, &native).f1() >= 0.99);
    reader.exit();
}

/// The pages of `tests/golden/`, each read live and from its text: the
/// same article, or "no article" both ways (the demo page has a test of its
/// own). A page that waits for its script to show it is read with its
/// scripts run.
#[wasm_bindgen_test]
async fn our_golden_pages_read_alike_live_and_from_text() {
    const PAGES: &[(&str, &str)] = &[
        ("app-shell", include_str!("golden/app-shell.html")),
        (
            "author-portrait",
            include_str!("golden/author-portrait.html"),
        ),
        ("bare-date", include_str!("golden/bare-date.html")),
        ("brief-comments", include_str!("golden/brief-comments.html")),
        ("brief-teasers", include_str!("golden/brief-teasers.html")),
        ("builder", include_str!("golden/builder.html")),
        ("comment-posts", include_str!("golden/comment-posts.html")),
        ("consent", include_str!("golden/consent.html")),
        ("consent-dialog", include_str!("golden/consent-dialog.html")),
        ("copies", include_str!("golden/copies.html")),
        ("dated", include_str!("golden/dated.html")),
        ("declared", include_str!("golden/declared.html")),
        ("declared-body", include_str!("golden/declared-body.html")),
        ("declared-brief", include_str!("golden/declared-brief.html")),
        ("discussion", include_str!("golden/discussion.html")),
        ("docs", include_str!("golden/docs.html")),
        ("embed-consent", include_str!("golden/embed-consent.html")),
        ("embedded-post", include_str!("golden/embedded-post.html")),
        ("faq", include_str!("golden/faq.html")),
        ("figures", include_str!("golden/figures.html")),
        ("flood-report", include_str!("golden/flood-report.html")),
        ("footnotes", include_str!("golden/footnotes.html")),
        ("forum-de", include_str!("golden/forum-de.html")),
        ("gadget-news", include_str!("golden/gadget-news.html")),
        ("gear-review", include_str!("golden/gear-review.html")),
        ("grid-story", include_str!("golden/grid-story.html")),
        ("guest-column", include_str!("golden/guest-column.html")),
        ("key-points", include_str!("golden/key-points.html")),
        ("landing", include_str!("golden/landing.html")),
        ("latest-posts", include_str!("golden/latest-posts.html")),
        ("listicle", include_str!("golden/listicle.html")),
        ("live-blog", include_str!("golden/live-blog.html")),
        ("live-updates", include_str!("golden/live-updates.html")),
        ("long-read", include_str!("golden/long-read.html")),
        ("long-title", include_str!("golden/long-title.html")),
        ("nav-only", include_str!("golden/nav-only.html")),
        ("news-de", include_str!("golden/news-de.html")),
        ("news-es", include_str!("golden/news-es.html")),
        ("news-fr", include_str!("golden/news-fr.html")),
        ("news-story", include_str!("golden/news-story.html")),
        (
            "newsletter-post",
            include_str!("golden/newsletter-post.html"),
        ),
        ("topics-story", include_str!("golden/topics-story.html")),
        ("next-story", include_str!("golden/next-story.html")),
        ("notice-copies", include_str!("golden/notice-copies.html")),
        ("numbered-posts", include_str!("golden/numbered-posts.html")),
        ("opinion", include_str!("golden/opinion.html")),
        (
            "paragraph-boxes",
            include_str!("golden/paragraph-boxes.html"),
        ),
        ("photo-essay", include_str!("golden/photo-essay.html")),
        (
            "progress-report",
            include_str!("golden/progress-report.html"),
        ),
        ("question", include_str!("golden/question.html")),
        ("recipe", include_str!("golden/recipe.html")),
        ("rtl", include_str!("golden/rtl.html")),
        ("section-index", include_str!("golden/section-index.html")),
        ("sections", include_str!("golden/sections.html")),
        ("service-page", include_str!("golden/service-page.html")),
        ("share-count", include_str!("golden/share-count.html")),
        ("shop-guide", include_str!("golden/shop-guide.html")),
        ("short", include_str!("golden/short.html")),
        ("short-guide", include_str!("golden/short-guide.html")),
        ("skip-target", include_str!("golden/skip-target.html")),
        ("split", include_str!("golden/split.html")),
        ("standfirst", include_str!("golden/standfirst.html")),
        ("story-comments", include_str!("golden/story-comments.html")),
        ("streamed", include_str!("golden/streamed.html")),
        (
            "subscriber-story",
            include_str!("golden/subscriber-story.html"),
        ),
        ("support-appeal", include_str!("golden/support-appeal.html")),
        ("theme-post", include_str!("golden/theme-post.html")),
        ("thread", include_str!("golden/thread.html")),
        ("topics-poll", include_str!("golden/topics-poll.html")),
        ("unstyled", include_str!("golden/unstyled.html")),
        ("updated-only", include_str!("golden/updated-only.html")),
        ("video-teaser", include_str!("golden/video-teaser.html")),
        (
            "waiting-product",
            include_str!("golden/waiting-product.html"),
        ),
        ("wiki-article", include_str!("golden/wiki-article.html")),
        ("wire-story", include_str!("golden/wire-story.html")),
        ("wrapped-lead", include_str!("golden/wrapped-lead.html")),
    ];
    const WAITING_FOR_SCRIPTS: &[&str] =
        &["unstyled", "waiting-product", "streamed", "declared-body"];
    let mut failures = Vec::new();
    for (name, html) in PAGES {
        let native = readmode::extract(html, &readmode::Options::default()).map(|a| a.text);
        let live = read_live(html, WAITING_FOR_SCRIPTS.contains(name)).await;
        let alike = match &native {
            Ok(native) => quality::score(&live, native).f1() >= 0.99,
            Err(_) => live.is_empty(),
        };
        if !alike {
            failures.push(format!("{name}:\nLIVE {live}\nNATIVE {native:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
async fn text_hidden_by_css_is_not_article() {
    let page = r#"<html><head><style>.teaser{display:none}</style></head><body><article>
        <p>The first paragraph of a real story, long enough to count as prose for the scoring.</p>
        <p class="teaser">SECRET TEASER TEXT that a stylesheet hides from every reader of the page.</p>
        <p>The second paragraph of the same story, again long enough to be read as prose here.</p>
        <p>The third paragraph closes the story, and it too is long enough to count as prose.</p>
        </article></body></html>"#;
    let document = live_document(page, false).await;
    let mut reader = Reader::new(document);
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    assert!(text.contains("second paragraph"), "{text}");
    assert!(!text.contains("SECRET"), "{text}");
    reader.exit();
}

/// A scroll that loads the next story under the first and, once the
/// reader is on it, titles the tab for it (leaving the title declared for
/// sharing as it was): reading mode reads the story the tab names, the
/// first as the page loaded and the next once the page's script has
/// retitled the tab, whichever of the two is longer.
#[wasm_bindgen_test]
async fn the_story_the_tab_is_titled_for_is_read_on_a_scroll_of_stories() {
    let story = |headline: &str, paragraph: &str, times: usize| {
        format!(
            "<article class=\"story\"><h1>{headline}</h1><p class=\"byline\">By Ann Lee</p>{}</article>",
            format!("<p>{paragraph}</p>").repeat(times)
        )
    };
    let page = |script: &str, first: usize, next: usize| {
        format!(
            "<html><head><title>Winter sailings resume on Monday | Harbour News</title>\
             <meta property=\"og:title\" content=\"Winter sailings resume on Monday\"></head><body><main>{}\
             <div class=\"next\">Up next</div>{}</main><script>{script}</script></body></html>",
            story(
                "Winter sailings resume on Monday",
                "The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.",
                first
            ),
            story(
                "Old bridge to be repainted green",
                "The council voted to repaint the old bridge in its first colours, a dark green, by the end of the summer.",
                next
            )
        )
    };
    let first = read_live(&page("", 3, 8), true).await;
    assert!(
        first.contains("winter timetable") && !first.contains("dark green"),
        "{first}"
    );
    let next = read_live(
        &page(
            "document.title = 'Old bridge to be repainted green | Harbour News';",
            8,
            3,
        ),
        true,
    )
    .await;
    assert!(
        next.contains("dark green") && !next.contains("winter timetable"),
        "{next}"
    );
}

/// A scroll of stories whose script leaves the tab titled for the first:
/// scrolled down to the second story's headline, the reader reads the
/// second; at the top of the page, the first.
#[wasm_bindgen_test]
async fn the_story_on_screen_is_read_on_a_scrolled_page() {
    let story = |headline: &str, paragraph: &str| {
        format!(
            "<article class=\"story\"><h1>{headline}</h1><p class=\"byline\">By Ann Lee</p>{}</article>",
            format!("<p>{paragraph}</p>").repeat(12)
        )
    };
    let html = format!(
        "<html><head><title>Winter sailings resume on Monday | Harbour News</title></head><body><main>{}{}{}</main></body></html>",
        story(
            "Winter sailings resume on Monday",
            "The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays."
        ),
        story(
            "Old bridge to be repainted green",
            "The council voted to repaint the old bridge in its first colours, a dark green, by the end of the summer."
        ),
        story(
            "Library opens on Sunday mornings",
            "From next month the central library opens its doors on Sunday mornings, from ten until one o'clock."
        )
    );
    let document = live_document(&html, false).await;
    let view = document.default_view().unwrap();
    let mut reader = Reader::new(document.clone());
    let at_the_top = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    reader.exit();
    assert!(
        at_the_top.contains("winter timetable") && !at_the_top.contains("dark green"),
        "{at_the_top}"
    );
    let second = document.query_selector_all("h1").unwrap().item(1).unwrap();
    let second: Element = second.unchecked_into();
    let top = second.get_bounding_client_rect().top() + view.scroll_y().unwrap();
    view.scroll_to_with_x_and_y(0.0, top - 60.0);
    let scrolled = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    reader.exit();
    assert!(
        scrolled.contains("dark green")
            && !scrolled.contains("winter timetable")
            && !scrolled.contains("Sunday mornings"),
        "{scrolled}"
    );
    let back = view.scroll_y().unwrap();
    assert!((back - (top - 60.0)).abs() < 1.0, "scrolled to {back}");
}

/// An accordion's folded answers (named by their questions or right after
/// them), and a disclosure's (`<details>`), are the article's text, drawn open in the reader view and folded again after
/// it; a hidden teaser and a popover stay out.
#[wasm_bindgen_test]
async fn folded_answers_are_read_open_and_folded_again() {
    let document = live_document(include_str!("golden/faq.html"), false).await;
    let before = outer_html(&document);
    let drawn = |id: &str| {
        let panel: HtmlElement = document.get_element_by_id(id).unwrap().unchecked_into();
        panel.offset_height() > 0
    };
    let disclosure = document.get_element_by_id("question-4").unwrap();
    let disclosed = disclosure.query_selector(".answer").unwrap().unwrap();
    assert!(
        !drawn("answer-1") && !drawn("answer-2") && !drawn("answer-5") && !crate::drawn(&disclosed),
        "folded on the page"
    );
    let mut reader = Reader::new(document.clone());
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    assert!(text.contains("Is sweeping messy?"), "{text}");
    assert!(text.contains("seal the fireplace"), "{text}");
    assert!(text.contains("spark arrestor"), "{text}");
    assert!(text.contains("Should the fire be out"), "{text}");
    assert!(text.contains("grate is cold"), "{text}");
    assert!(crate::drawn(&disclosed), "the disclosure open");
    let summary = disclosure.query_selector("summary").unwrap().unwrap();
    let display = document
        .default_view()
        .unwrap()
        .get_computed_style(&summary)
        .unwrap()
        .unwrap()
        .get_property_value("display")
        .unwrap();
    assert_eq!(display, "block", "no disclosure triangle over the question");
    assert!(
        !text.contains("ten per cent") && !text.contains("Our cookies"),
        "{text}"
    );
    assert!(
        drawn("answer-1") && drawn("answer-2") && drawn("answer-5"),
        "open in the reader view"
    );
    reader.exit();
    assert_eq!(outer_html(&document), before);
    assert!(
        !drawn("answer-1") && !drawn("answer-2") && !drawn("answer-5"),
        "folded again"
    );
    assert!(!crate::drawn(&disclosed), "the disclosure closed again");
}

/// A guide's tab panels, one shown at a time on the page, are all read and
/// drawn in the reader view, each headed by its tab's words; the page's
/// own tab stays in front after leaving.
#[wasm_bindgen_test]
async fn every_tab_panel_is_read_under_its_tab() {
    let document = live_document(include_str!("golden/tabs.html"), false).await;
    let before = outer_html(&document);
    let panels = document.query_selector_all("[role=tabpanel]").unwrap();
    let panel = |n: u32| -> Element { panels.item(n).unwrap().unchecked_into() };
    let window = document.default_view().unwrap();
    let label = |n: u32| {
        window
            .get_computed_style_with_pseudo_elt(&panel(n), "::before")
            .unwrap()
            .unwrap()
            .get_property_value("content")
            .unwrap()
    };
    assert!(drawn(&panel(0)) && !drawn(&panel(1)) && !drawn(&panel(2)));
    let mut reader = Reader::new(document.clone());
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    for words in ["Node.js", "alert.js", "Ruby", "alert.rb"] {
        assert!(text.contains(words), "{words} in {text}");
    }
    assert!(!text.contains("Harbour Pro"), "{text}");
    assert!(drawn(&panel(1)) && drawn(&panel(2)), "every panel drawn");
    assert_eq!(label(1), "\"Node.js\"");
    reader.exit();
    assert_eq!(outer_html(&document), before);
    assert!(drawn(&panel(0)) && !drawn(&panel(1)) && !drawn(&panel(2)));
}

#[wasm_bindgen_test]
async fn ads_inserted_while_reading_stay_out() {
    let page = r#"<html><body><div id="story">
        <p>A story whose page keeps adding advertisements while it is being read by someone.</p>
        <p>Its second paragraph goes on at length, so that the story is clearly an article.</p>
        <p>Its third paragraph is here too, and it is just as long as the other two of them.</p>
        </div><script>
        setInterval(() => {
          const ad = document.createElement("div");
          ad.className = "inserted-ad";
          ad.textContent = "BUY NOW";
          document.getElementById("story").appendChild(ad);
          const pop = document.createElement("div");
          pop.className = "inserted-ad";
          pop.textContent = "POP-UP";
          document.body.appendChild(pop);
        }, 100);
        </script></body></html>"#;
    let document = live_document(page, true).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    sleep(450).await;
    let ads = document.query_selector_all(".inserted-ad").unwrap();
    assert!(ads.length() >= 6, "the page's script ran");
    let body = document.body().unwrap();
    let visible = string_field(&body, "innerText").unwrap();
    assert!(
        !visible.contains("BUY NOW") && !visible.contains("POP-UP"),
        "{visible}"
    );
    reader.exit();
}

/// Whether the page's own rules, which set each of `ids` in capitals, apply
/// (`on`) or are switched off.
fn assert_page_styles(document: &Document, ids: &[&str], on: bool) {
    for id in ids {
        let upper = computed_style(document, id, "text-transform") == "uppercase";
        assert_eq!(upper, on, "{id}");
    }
}

/// A page whose scripts bring styles back while reading: a `<style>` whose
/// text they replace or edit, a preloaded stylesheet they make one, a
/// `<link>` they enable. The reader's type stays; on leaving, the page has
/// its styles as its scripts last left them.
#[wasm_bindgen_test]
async fn styles_the_page_brings_back_while_reading_stay_off() {
    let upper = "uppercase";
    let page = format!(
        r##"<html><head><style id="rewritten"></style><style id="edited">#fourth {{}}</style>
        <link id="preloaded" rel="preload" as="style" href="data:text/css,%23second%7Btext-transform:{upper}%7D">
        <link id="enabled" rel="stylesheet" disabled href="data:text/css,%23third%7Btext-transform:{upper}%7D">
        </head><body><article>
        <p id="first">A story whose page brings its styles back while it is being read by someone.</p>
        <p id="second">Its second paragraph goes on at length, so that the story is clearly an article.</p>
        <p id="third">Its third paragraph is here too, and it is just as long as the other two of them.</p>
        <p id="fourth">Its fourth paragraph ends the story, and it is as long as the other three of them.</p>
        </article><script>
        setTimeout(() => {{
          document.getElementById("rewritten").textContent = "#first {{ text-transform: {upper} }}";
          document.getElementById("preloaded").rel = "stylesheet";
          document.getElementById("enabled").disabled = false;
        }}, 100);
        setTimeout(() => {{
          document.getElementById("edited").firstChild.data = "#fourth {{ text-transform: {upper} }}";
        }}, 200);
        </script></body></html>"##
    );
    let document = live_document(&page, true).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    sleep(400).await;
    let sheets = Reflect::get(&document, &"styleSheets".into()).unwrap();
    assert_eq!(
        Reflect::get(&sheets, &"length".into()).unwrap(),
        5,
        "the page's script ran: four stylesheets of its own and the reader's"
    );
    assert_page_styles(&document, &["first", "second", "third", "fourth"], false);
    reader.exit();
    assert_page_styles(&document, &["first", "second", "third", "fourth"], true);
}

/// Styles a page's scripts bring back where no mutation shows it: a sheet
/// switched on again through the CSSOM, a constructed sheet adopted. The
/// reader's type stays; on leaving, the page has its styles, and its list
/// of adopted sheets holds what its scripts put there while reading.
#[wasm_bindgen_test]
async fn styles_the_page_switches_on_or_adopts_while_reading_stay_off() {
    let upper = "uppercase";
    let page = format!(
        r##"<html><head><style id="switched">#third {{ text-transform: {upper} }}</style></head><body><article>
        <p id="first">A story whose page adopts constructed styles, read by someone in reading mode.</p>
        <p id="second">Its second paragraph goes on at length, so that the story is clearly an article.</p>
        <p id="third">Its third paragraph is here too, and it is just as long as the other two of them.</p>
        </article><script>
        const sheet = (css) => {{
          const made = new CSSStyleSheet();
          made.replaceSync(css);
          return made;
        }};
        document.adoptedStyleSheets = [sheet("#first {{ text-transform: {upper} }}")];
        setTimeout(() => {{
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet("#second {{ text-transform: {upper} }}")];
          document.getElementById("switched").sheet.disabled = false;
        }}, 100);
        </script></body></html>"##
    );
    let document = live_document(&page, true).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    sleep(600).await;
    let adopted = Reflect::get(&document, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(
        Reflect::get(&adopted, &"length".into()).unwrap(),
        2,
        "the page's script ran and its list of sheets is its own"
    );
    assert_page_styles(&document, &["first", "second", "third"], false);
    reader.exit();
    assert_page_styles(&document, &["first", "second", "third"], true);
}

#[wasm_bindgen_test]
async fn when_the_page_replaces_its_article_reading_mode_steps_aside() {
    let page = r#"<html><body><nav><a href="/">Home</a> <a href="/next">Next story</a></nav>
        <main><article id="first">
        <p>The first story of a single-page site, long enough to be read as an article by anyone.</p>
        <p>Its second paragraph goes on, so that there is no doubt this is the article of the page.</p>
        <p>Its third paragraph ends it, and the site's router is about to show another story.</p>
        <p id="loading">Loading the comments</p>
        </article></main>
        <script>
        window.tidy = () => document.getElementById("loading").remove();
        window.navigate = () => {
          const next = document.createElement("article");
          next.id = "second";
          next.innerHTML = "<p>The second story, which the router put where the first one was.</p>";
          document.getElementById("first").replaceWith(next);
        };
        </script></body></html>"#;
    let document = live_document(page, true).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    assert!(reader.is_active());
    let window = document.default_view().unwrap();
    let call = |name: &str| {
        Reflect::get(&window, &name.into())
            .unwrap()
            .unchecked_into::<js_sys::Function>()
            .call0(&JsValue::UNDEFINED)
            .unwrap()
    };
    call("tidy");
    sleep(50).await;
    assert!(
        reader.is_active(),
        "a line taken out of the article is no reason to leave"
    );
    call("navigate");
    sleep(50).await;
    assert!(!reader.is_active(), "reading mode stepped aside");
    assert!(document
        .query_selector("[data-readmode-ui]")
        .unwrap()
        .is_none());
    assert!(!document
        .document_element()
        .unwrap()
        .has_attribute("data-readmode"));
    let second = document.get_element_by_id("second").unwrap();
    assert!(drawn(&second), "the new story shows");
    reader.exit();
    assert!(
        reader.enter(JsValue::UNDEFINED).is_ok(),
        "and can read the new page"
    );
    reader.exit();
}

#[wasm_bindgen_test]
async fn forty_corpus_pages_read_alike_live_and_from_text() {
    let mut failures = Vec::new();
    for (name, page) in CORPUS {
        let html = page.html();
        let native = match readmode::extract(&html, &readmode::Options::default()) {
            Ok(article) => article.text,
            Err(_) => String::new(),
        };
        let live = read_live(&html, false).await;
        let f1 = quality::score(&live, &native).f1();
        if f1 < 0.99 {
            failures.push(format!(
                "{name}: F1 {f1:.4}\nLIVE {}\nNATIVE {}",
                &live[..live.len().min(300)],
                &native[..native.len().min(300)]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
async fn enter_and_exit_leave_ten_corpus_pages_as_they_were() {
    for (name, page) in CORPUS.iter().take(10) {
        let document = live_document(&page.html(), false).await;
        let window = document.default_view().unwrap();
        window.scroll_to_with_x_and_y(0.0, 400.0);
        let scroll = window.scroll_y().unwrap();
        let before = outer_html(&document);
        let mut reader = Reader::new(document.clone());
        reader.enter(JsValue::UNDEFINED).unwrap();
        reader.exit();
        assert_eq!(outer_html(&document), before, "{name}");
        assert_eq!(window.scroll_y().unwrap(), scroll, "{name}");
        window.frame_element().unwrap().unwrap().remove();
    }
}

#[wasm_bindgen_test]
async fn a_hundred_cycles_leave_the_demo_page_byte_identical() {
    let document = live_document(DEMO, false).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    for _ in 0..100 {
        reader.enter(JsValue::UNDEFINED).unwrap();
        reader.exit();
    }
    assert_eq!(outer_html(&document), before);
}

#[wasm_bindgen_test]
async fn what_the_reader_typed_survives_reading_mode() {
    let page = r#"<html><body><form class="comment-form"><input id="name"><textarea id="note"></textarea></form>
        <div id="draft" contenteditable="true">start</div>
        <article><p>A story long enough to be read, with a first paragraph that runs on for a while.</p>
        <p>A second paragraph that also runs on for a while, so that the story is an article.</p>
        <p>A third paragraph, to be sure, which again runs on for a good while longer here.</p></article></body></html>"#;
    let document = live_document(page, false).await;
    let input: HtmlInputElement = document.get_element_by_id("name").unwrap().unchecked_into();
    input.set_value("Ada");
    let note: web_sys::HtmlTextAreaElement =
        document.get_element_by_id("note").unwrap().unchecked_into();
    note.set_value("half a thought");
    let draft = document.get_element_by_id("draft").unwrap();
    draft.set_text_content(Some("typed into the page"));
    note.focus().unwrap();
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    // The reader's place moves to the title, and back to the field on exit.
    let place = document.active_element().unwrap();
    assert!(
        place
            .closest("[data-readmode-ui=header]")
            .unwrap()
            .is_some(),
        "{}",
        place.outer_html()
    );
    reader.exit();
    assert_eq!(document.active_element().unwrap().id(), "note");
    assert_eq!(input.value(), "Ada");
    assert_eq!(note.value(), "half a thought");
    assert_eq!(draft.text_content().unwrap(), "typed into the page");
    assert_eq!(outer_html(&document), before);
}

#[wasm_bindgen_test]
async fn a_date_is_written_out_whatever_language_the_page_names() {
    let story = "<p>The ferry to the island runs twice a day in winter, and the morning boat is the one the islanders take.</p>";
    for lang in ["en_GB", "en-x"] {
        let page = format!(
            "<html lang=\"{lang}\"><head><meta property=\"article:published_time\" content=\"2025-03-07T09:00:00Z\"></head>\
             <body><article><h1>The island ferry</h1>{story}{story}{story}</article></body></html>"
        );
        let (document, mut reader) = entered(&page).await;
        sleep(DATE_WRITTEN_MS).await;
        let meta = header_facts(&document).text_content().unwrap();
        assert!(
            meta.contains("2025") && !meta.contains("2025-03"),
            "{lang}: {meta}"
        );
        reader.exit();
    }
}

/// The header speaks the article's language: a French page's byline and
/// reading time in French; a byline that says "Par" already is not told
/// twice; a language without words of its own gets English, whatever
/// the page names.
#[wasm_bindgen_test]
async fn the_header_speaks_the_articles_language() {
    let story = "<p>Le bac pour l'île part deux fois par jour en hiver, et celui du matin est le bateau des insulaires.</p>";
    for (lang, author, want) in [
        (
            "fr-FR",
            "Lucie Martin",
            "Par Lucie Martin · 1 min de lecture",
        ),
        (
            "fr",
            "Par Lucie Martin",
            "Par Lucie Martin · 1 min de lecture",
        ),
        ("sv", "Lucie Martin", "By Lucie Martin · 1 min read"),
        (
            "constructor",
            "Lucie Martin",
            "By Lucie Martin · 1 min read",
        ),
    ] {
        let page = format!(
            "<html lang=\"{lang}\"><head><meta name=\"author\" content=\"{author}\"></head>\
             <body><article><h1>Le bac de l'île</h1>{story}{story}{story}</article></body></html>"
        );
        let (document, mut reader) = entered(&page).await;
        assert_eq!(
            header_facts(&document).text_content().unwrap(),
            want,
            "{lang}"
        );
        reader.exit();
    }
}

/// Making the page's first date format holds up no reader view: the
/// header's line is drawn without the date, which joins it between the
/// byline and the reading time once the view is drawn.
#[wasm_bindgen_test]
async fn the_date_joins_the_header_once_the_view_is_drawn() {
    let story = "<p>The ferry to the island runs twice a day in winter, and the morning boat is the one the islanders take.</p>";
    // A language no other test names: its date format is not made yet.
    let page = format!(
        "<html lang=\"is\"><head><meta name=\"author\" content=\"Jón Jónsson\">\
         <meta property=\"article:published_time\" content=\"2025-03-07T09:00:00Z\"></head>\
         <body><article><h1>The island ferry</h1>{story}{story}{story}</article></body></html>"
    );
    let (document, mut reader) = entered(&page).await;
    let meta = header_facts(&document);
    assert_eq!(meta.text_content().unwrap(), "By Jón Jónsson · 1 min read");
    sleep(DATE_WRITTEN_MS).await;
    // As drawn: not kept out as something the page's scripts put there.
    let line = meta.unchecked_ref::<HtmlElement>().inner_text();
    assert!(
        line.starts_with("By Jón Jónsson · ") && line.ends_with("2025 · 1 min read"),
        "{line}"
    );
    reader.exit();
}

/// The standfirst the page sets under its headline, outside the body, is
/// read in the header under the title, once: the page's own copy is
/// hidden with the rest of the page's header.
#[wasm_bindgen_test]
async fn the_standfirst_is_read_under_the_title() {
    let (document, mut reader) = entered(include_str!("golden/standfirst.html")).await;
    let shown = document
        .query_selector("[data-readmode-ui=header] .rm-title + .rm-standfirst")
        .unwrap()
        .expect("a standfirst under the title");
    assert!(shown
        .text_content()
        .unwrap()
        .starts_with("Not one crossing was cancelled"));
    let page_copy: HtmlElement = document
        .query_selector(".story-header__summary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(page_copy.offset_parent().is_none(), "the page's copy shows");
    reader.exit();
    assert!(page_copy.offset_parent().is_some());
}

#[wasm_bindgen_test]
async fn a_lead_picture_that_cannot_be_loaded_leaves_the_header() {
    let story = "<p>The ferry to the island runs twice a day in winter, and the morning boat is the one the islanders take.</p>";
    let page = format!(
        "<html><head><meta property=\"og:image\" content=\"https://pictures.example/ferry.jpg\"></head>\
         <body><article><h1>The island ferry</h1>{story}{story}{story}</article></body></html>"
    );
    let (document, mut reader) = entered(&page).await;
    let lead = "[data-readmode-ui=header] .rm-lead";
    assert!(document.query_selector(lead).unwrap().is_some());
    for _ in 0..40 {
        if document.query_selector(lead).unwrap().is_none() {
            break;
        }
        sleep(50).await;
    }
    assert!(document.query_selector(lead).unwrap().is_none());
    reader.exit();
}

#[wasm_bindgen_test]
async fn a_table_cell_has_no_paragraph_margins_inside_it() {
    let story = "<p>The ferry to the island runs twice a day in winter, and the morning boat is the one the islanders take.</p>";
    let page = format!(
        "<html><body><article><h1>The island ferry</h1>{story}{story}\
         <table><tr><th><p>Boat</p></th><th><p>Leaves</p></th></tr>\
         <tr><td><p>Morning</p></td><td><p>7:10</p></td></tr>\
         <tr><td><p>Evening</p></td><td><p>18:40</p></td></tr></table>{story}</article></body></html>"
    );
    let (document, mut reader) = entered(&page).await;
    let window = document.default_view().unwrap();
    let margins = |selector: &str| {
        let element = document.query_selector(selector).unwrap().unwrap();
        let style = window.get_computed_style(&element).unwrap().unwrap();
        (
            style.get_property_value("margin-top").unwrap(),
            style.get_property_value("margin-bottom").unwrap(),
        )
    };
    assert_eq!(margins("td p"), ("0px".to_string(), "0px".to_string()));
    assert_ne!(margins("article > p:nth-of-type(2)").0, "0px");
    reader.exit();
}

#[wasm_bindgen_test]
async fn selected_text_is_read_as_the_article_where_none_was_found() {
    let links: String = (1..40)
        .map(|n| format!("<li><a href=\"/route/{n}\">Ferry route {n} and its timetable</a></li>"))
        .collect();
    let page = format!(
        r#"<html><body><nav><a href="/a">Timetables</a> <a href="/b">Fares</a></nav>
        <div class="notice" id="notice">The morning ferry is cancelled today because of the storm.</div>
        <ul>{links}</ul></body></html>"#
    );
    let document = live_document(&page, false).await;
    let mut reader = Reader::new(document.clone());
    let none = reader.enter(JsValue::UNDEFINED).unwrap();
    assert!(Reflect::get(&none, &"noArticle".into())
        .unwrap()
        .is_truthy());
    let range = document.create_range().unwrap();
    range
        .select_node_contents(&document.get_element_by_id("notice").unwrap())
        .unwrap();
    document
        .get_selection()
        .unwrap()
        .unwrap()
        .add_range(&range)
        .unwrap();
    let article = reader.enter(JsValue::UNDEFINED).unwrap();
    assert_eq!(
        text_of(&article).trim(),
        "The morning ferry is cancelled today because of the storm."
    );
    reader.exit();
}

/// A page whose scripts take reading mode's own nodes out: now and then
/// (reading mode puts them back and reading goes on), or each time at once
/// (reading mode gives the page back, whole, without a hang).
#[wasm_bindgen_test]
async fn a_page_that_takes_reading_mode_apart_gets_it_back_or_its_page() {
    let story = r#"<style>p { color: rgb(200, 0, 0) }</style>
        <article><p id="first">A story on a hostile page, long enough to be read, and then some more words.</p>
        <p>Its second paragraph keeps going while the page's own scripts tear at the reader.</p>
        <p>Its third paragraph ends the story, and it is as long as the other two of them.</p></article>"#;
    let now_and_then = format!(
        r#"<html><head></head><body>{story}<script>
        setInterval(() => {{
          for (const el of document.querySelectorAll("[data-readmode-ui]")) el.remove();
          document.documentElement.removeAttribute("data-readmode");
        }}, 100);
        </script></body></html>"#
    );
    let document = live_document(&now_and_then, true).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    sleep(350).await;
    assert!(reader.is_active());
    for ui in ["style", "toolbar", "header"] {
        let selector = format!("[data-readmode-ui={ui}]");
        assert!(
            document.query_selector(&selector).unwrap().is_some(),
            "{ui}"
        );
    }
    assert!(document
        .document_element()
        .unwrap()
        .has_attribute("data-readmode"));
    // Each back in its place: the toolbar first in the body, the header
    // under it.
    let toolbar = document.body().unwrap().first_element_child().unwrap();
    assert_eq!(
        toolbar.get_attribute("data-readmode-ui").as_deref(),
        Some("toolbar")
    );
    let header = toolbar.next_element_sibling().unwrap();
    assert_eq!(
        header.get_attribute("data-readmode-ui").as_deref(),
        Some("header")
    );
    assert_ne!(
        computed_style(&document, "first", "color"),
        "rgb(200, 0, 0)",
        "the page's style stays off"
    );
    reader.exit();

    let at_once = format!(
        r#"<html><head></head><body>{story}<script>
        new MutationObserver(() => {{
          for (const el of document.querySelectorAll("[data-readmode-ui]")) el.remove();
        }}).observe(document.documentElement, {{ childList: true, subtree: true }});
        </script></body></html>"#
    );
    let document = live_document(&at_once, true).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    sleep(100).await;
    assert!(!reader.is_active(), "reading mode gives the page back");
    assert_eq!(outer_html(&document), before);
}

#[wasm_bindgen_test]
async fn a_page_whose_scripts_throw_and_rewrite_itself_neither_breaks_nor_is_broken() {
    let page = r#"<html><body><div id="ticker">0</div>
        <article><p>A story on a restless page, long enough to be read, and then some more words.</p>
        <p>Its second paragraph keeps going while the page's own scripts keep rewriting it.</p>
        <p>Its third paragraph ends the story, and it is as long as the other two of them.</p></article>
        <script>
        let n = 0;
        setInterval(() => {
          n++;
          document.getElementById("ticker").textContent = String(n);
          document.body.setAttribute("data-tick", String(n));
          throw new Error("the page's own script fails every time");
        }, 100);
        </script></body></html>"#;
    let document = live_document(page, true).await;
    let mut reader = Reader::new(document.clone());
    let article = reader.enter(JsValue::UNDEFINED).unwrap();
    assert!(text_of(&article).contains("restless page"));
    sleep(450).await;
    assert!(reader.is_active());
    assert!(document
        .query_selector("[data-readmode-ui=header]")
        .unwrap()
        .is_some());
    let body = document.body().unwrap();
    let visible = string_field(&body, "innerText").unwrap();
    assert!(visible.contains("restless page"), "{visible}");
    let ticker = document.get_element_by_id("ticker").unwrap();
    assert!(!drawn(&ticker), "the page's ticker stays hidden");
    reader.exit();
    let ticks = |d: &Document| {
        d.get_element_by_id("ticker")
            .unwrap()
            .text_content()
            .unwrap()
            .parse::<u32>()
            .unwrap()
    };
    let after_exit = ticks(&document);
    sleep(250).await;
    assert!(
        ticks(&document) > after_exit,
        "the page's script still runs after reading mode"
    );
    assert!(document
        .query_selector("[data-readmode-ui]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_fixed_overlay_is_not_article_and_goes() {
    let page = r#"<html><body>
        <div id="wall" style="position:fixed;top:0;left:0;right:0;background:#fff">
        <p>We value your privacy, and we and our many partners would like to set cookies on your device, always.</p>
        <p>Accept them all to keep reading, or manage your choices one by one in the long list of our partners.</p>
        </div>
        <article><p>The story underneath the overlay, long enough to be read, with a clause or two more.</p>
        <p>Its second paragraph is just as long, and it goes on about the story for a while yet.</p>
        <p>Its third paragraph ends it, again long enough to read as prose in a real article.</p></article>
        </body></html>"#;
    let document = live_document(page, false).await;
    let mut reader = Reader::new(document.clone());
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    assert!(text.contains("The story underneath"), "{text}");
    assert!(!text.contains("privacy"), "{text}");
    let wall = document.get_element_by_id("wall").unwrap();
    assert!(!drawn(&wall));
    reader.exit();
}

/// Pictures a page loads lazily (a placeholder in `src`, the picture in
/// `data-src` or in a `<noscript>` copy, which is text where scripts run)
/// show the real picture while reading, and their placeholders come back
/// on exit.
#[wasm_bindgen_test]
async fn lazy_pictures_show_while_reading_and_their_placeholders_come_back() {
    const DOT: &str = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
    let page = format!(
        r#"<html><body><article>
        <p>The harbour lights came back on last night after forty years, and the town came out to see.</p>
        <figure><img id="lazy" src="{DOT}" data-src="https://news.example/photos/harbour.jpg" data-srcset="https://news.example/photos/harbour-2x.jpg 2x" alt="The harbour"></figure>
        <p>Fishermen who remember the old lamps stood on the quay until midnight, arguing about the colour.</p>
        <figure><img id="copied" src="{DOT}" alt="The quay"><noscript><img src="https://news.example/photos/quay.jpg" alt="The quay"></noscript></figure>
        <p>The council says the lamps will stay on every night until the end of the summer, and longer if funds allow.</p>
        <figure><img id="plain" src="https://news.example/photos/lamp.jpg" alt="A lamp"></figure>
        </article></body></html>"#
    );
    let document = live_document(&page, true).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    let src = |id: &str, name: &str| {
        document
            .get_element_by_id(id)
            .unwrap()
            .get_attribute(name)
            .unwrap_or_default()
    };
    assert_eq!(
        src("lazy", "src"),
        "https://news.example/photos/harbour.jpg"
    );
    assert_eq!(
        src("lazy", "srcset"),
        "https://news.example/photos/harbour-2x.jpg 2x"
    );
    assert_eq!(src("copied", "src"), "https://news.example/photos/quay.jpg");
    assert_eq!(src("plain", "src"), "https://news.example/photos/lamp.jpg");
    reader.exit();
    assert_eq!(outer_html(&document), before);
}

/// A page laid out in a grid of table cells, as old sites and mailing-list
/// archives are: the article's cell reads as a plain block in the reader's
/// column, not as a framed cell wider than it; a table of figures in the
/// article keeps its rules; exit leaves the page as it was.
#[wasm_bindgen_test]
async fn an_article_set_in_a_layout_table_reads_as_plain_blocks() {
    let page = r#"<html><body><table width="1100"><tr><td colspan="2"><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></td></tr>
        <tr><td id="cell"><h2>The lighthouse keepers' ball</h2>
        <p>Once a year the keepers of the northern lights met in the town hall, and danced until the tide turned.</p>
        <p>The ball stopped when the lights were automated, and the hall was sold to a grain merchant.</p></td>
        <td id="next"><p>This year a few of their grandchildren mean to hold it again, in the same hall, on the same night.</p>
        <table id="figures"><tr><th>Year</th><th>Dancers</th></tr><tr><td id="figure">1931</td><td>212</td></tr></table>
        <p>The grain merchant's heirs have lent them the hall for the night, and the old band will play.</p>
        </td></tr></table></body></html>"#;
    let document = live_document(page, false).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    assert!(text.contains("lighthouse keepers"), "{text}");
    assert!(text.contains("old band"), "{text}");
    let style = |id: &str, property: &str| computed_style(&document, id, property);
    for id in ["cell", "next"] {
        assert_eq!(style(id, "display"), "block", "{id}");
        assert_eq!(style(id, "border-top-width"), "0px", "{id}");
    }
    let column = document.body().unwrap().client_width();
    let cell = document.get_element_by_id("cell").unwrap().client_width();
    assert!(cell <= column, "cell {cell} px in a column of {column} px");
    assert_eq!(style("figures", "display"), "block");
    assert_eq!(style("figure", "display"), "table-cell");
    assert_eq!(style("figure", "border-top-width"), "1px");
    reader.exit();
    assert_eq!(outer_html(&document), before);
}

/// A forum that sets each post's words in a `<blockquote>` reads as posts
/// of plain text, not as a thread of quotes; a quote inside a post is still
/// set as one.
#[wasm_bindgen_test]
async fn posts_framed_in_quotation_blocks_read_as_text() {
    let said = [
        "The tide tables for the north harbour are printed wrong this year, by an hour at least, and the ferry timetable was set from them.",
        "I asked at the harbour office and they said the printer used last year's almanac, which would explain the hour, though not the day.",
        "Fishermen here go by the old clock on the quay anyway, which the harbour master sets from the radio each Sunday without fail.",
        "A corrected sheet is coming out next week, according to the council's newsletter, and the ferry company will reprint its timetable.",
    ];
    let posts: String = said
        .iter()
        .enumerate()
        .map(|(n, words)| {
            let quote = if n == 1 {
                r#"<blockquote id="quoted" class="quote">Are the spring tides wrong too?</blockquote>"#
            } else {
                ""
            };
            format!(
                r#"<li class="message"><div class="userInfo"><a href="/members/{n}">member{n}</a></div>
                <div class="messageContent"><blockquote id="post{n}" class="messageText ugc">{quote}{words}</blockquote></div></li>"#
            )
        })
        .collect();
    let page = format!(
        r#"<html><body><h1>Tide tables</h1><ol class="messageList">{posts}</ol></body></html>"#
    );
    let document = live_document(&page, false).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    assert!(text.contains("reprint its timetable"), "{text}");
    for n in 0..said.len() {
        let post = format!("post{n}");
        assert_eq!(
            computed_style(&document, &post, "font-style"),
            "normal",
            "#{post}"
        );
        assert_eq!(
            computed_style(&document, &post, "border-left-width"),
            "0px",
            "#{post}"
        );
    }
    assert_eq!(computed_style(&document, "quoted", "font-style"), "italic");
    reader.exit();
    assert_eq!(outer_html(&document), before);
}

/// A note's number raised above the line (`<sup>[1]</sup>`, as encyclopaedias
/// cite) leaves the lines of its paragraph evenly spaced; code quoted in a
/// blockquote stays upright while the quote's prose is set in italics; text
/// the page sized in its own markup (`style="font-size: 9px"`) is set in the
/// reader's size; a figure spans the column, as its text does, and a
/// paragraph under its picture is set as its caption; the empty
/// box a page sizes for its video player (`height: 0; padding-bottom:
/// 56.25%`, filled by a script) or fixes in height leaves no blank, and
/// neither do blocks left blank between paragraphs; a block the page clamped
/// in height (a caption folded to its first line) is drawn whole, not over
/// the text after it; a heading longer than any headline is set as the
/// paragraph it is; a heading's link to its
/// own section reads as the heading; a table or a line in a plain block is
/// set apart from the paragraph after it.
#[wasm_bindgen_test]
async fn the_article_is_set_in_the_readers_type() {
    let page = r##"<html><body><article>
        <h2 id="winter"><a id="anchor" href="#winter">The winter of the ice road</a></h2>
        <p id="plain">The river froze early that year.</p>
        <p id="gap">&nbsp;</p><div id="break"><span><br></span></div>
        <p id="cited">The river froze early that year.<sup><a href="#n1">[1]</a></sup></p>
        <p id="ferry">The ferry stopped in November, and the town walked to <span id="tiny" style="font-size: 9px">market across the ice</span> until March.</p>
        <p>Older people in the town remember the winter as the last of its kind, before the dam was built.</p>
        <figure id="figure"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The frozen river"><figcaption id="figcaption">The river in February.</figcaption></figure>
        <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The landing"><p id="figure-note"><small>The landing stage in March.</small></p></figure>
        <div id="player" style="position:relative;height:0;padding-bottom:56.25%"><div style="position:absolute;top:0;left:0;width:100%;height:100%"></div></div>
        <div id="boxed" style="height:400px"><p>The ice road closed in March, a week later than anyone remembered.</p></div>
        <div id="clamped" style="max-height:20px;overflow-y:hidden"><p id="clamped-text">The photograph shows the baker halfway across, his rope trailing behind him, and the whole town watching from the landing stage as the light went.</p></div>
        <p id="after-clamp">Nobody followed him until the next morning.</p>
        <h2 id="caption-heading">In this photograph taken in February the baker crosses the river on the ice with a rope tied round his waist, while the ferryman, who had no work until the thaw, watches from the landing stage beside the empty boat.</h2>
        <blockquote id="quote"><p>The ice is two feet thick at the landing.</p><pre id="code">depth = 0.61 # metres</pre></blockquote>
        <table id="ferries"><tr><th>Year</th><th>Last ferry</th></tr><tr><td>1893</td><td>November 12</td></tr></table>
        <p id="after-table">The register lists every crossing, and the last of that year was made in a snowstorm.</p>
        <div id="credit">The register in the parish office. Photo by Ann Lee</div><div class="ad"></div>
        <p id="after-credit">The clerk wrote each crossing in the same brown ink, and the weather beside it.</p>
        <div id="standfirst">How a town crossed its river on foot for a winter.</div>
        <div><p id="opening">The first to cross was the baker, with a rope tied round his waist.</p></div>
        <ol><li id="n1">The parish register, 1893.</li></ol>
        <a id="folded" href="#"><h3 id="question">Did the ferry run again?</h3></a><p>It ran again in April, once the ice had gone out.</p>
        <h3><button id="asked" aria-controls="answer" aria-expanded="false">Did the town pay for the road?</button></h3><div id="answer"><p>The town paid for the flags that marked it.</p></div>
        <a id="section" href="/story#thaw"><h3 id="thaw">The thaw</h3></a><p>The ice went out in one night, with a noise the whole town heard.</p>
        </article></body></html>"##;
    let document = live_document(page, false).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    let height = |id: &str| html_element(&document, id).offset_height();
    assert_eq!(height("cited"), height("plain"));
    let slant = |id: &str| computed_style(&document, id, "font-style");
    assert_eq!(
        computed_style(&document, "tiny", "font-size"),
        computed_style(&document, "ferry", "font-size")
    );
    assert_eq!(computed_style(&document, "figure", "margin-left"), "0px");
    // A paragraph under a figure's picture, where no `<figcaption>` is, is
    // set as its caption.
    for property in ["font-size", "color", "text-align"] {
        assert_eq!(
            computed_style(&document, "figure-note", property),
            computed_style(&document, "figcaption", property)
        );
    }
    // A table is set apart from the paragraph after it, as paragraphs are.
    let block = |id: &str| html_element(&document, id);
    let (table, after) = (block("ferries"), block("after-table"));
    assert!(after.offset_top() - (table.offset_top() + table.offset_height()) >= 10);
    // So is a line of text in a plain block (a caption, a credit) from the
    // paragraph after it, whatever went between them.
    let (credit, after) = (block("credit"), block("after-credit"));
    assert!(after.offset_top() - (credit.offset_top() + credit.offset_height()) >= 10);
    // And a paragraph that opens a block of its own from a line before it
    // (a standfirst in a plain block).
    let (standfirst, opening) = (block("standfirst"), block("opening"));
    assert!(opening.offset_top() - (standfirst.offset_top() + standfirst.offset_height()) >= 10);
    assert_eq!(height("player"), 0);
    assert!(height("boxed") < 200, "{} px", height("boxed"));
    // A heading longer than any headline is set as a paragraph.
    for property in ["font-size", "font-weight"] {
        assert_eq!(
            computed_style(&document, "caption-heading", property),
            computed_style(&document, "plain", property)
        );
    }
    // A block clamped in height is drawn whole, not over the text after it.
    let (clamped, after) = (block("clamped-text"), block("after-clamp"));
    assert!(after.offset_top() >= clamped.offset_top() + clamped.offset_height());
    assert_eq!(slant("quote"), "italic");
    // The control that unfolds an answer reads as its heading, not a button.
    assert_eq!(
        computed_style(&document, "asked", "border-top-width"),
        "0px"
    );
    assert_eq!(
        computed_style(&document, "asked", "font-size"),
        computed_style(&document, "question", "font-size")
    );
    assert_eq!(slant("code"), "normal");
    // A heading's link to its own section (by its fragment alone or by the
    // page's address and fragment), or the control that unfolds it, reads
    // as the heading, as it does in the Markdown.
    for (link, heading) in [
        ("anchor", "winter"),
        ("folded", "question"),
        ("section", "thaw"),
    ] {
        assert!(
            drawn(&document.get_element_by_id(heading).unwrap()),
            "#{heading}"
        );
        assert_eq!(
            computed_style(&document, link, "color"),
            computed_style(&document, heading, "color")
        );
        assert_eq!(
            computed_style(&document, link, "text-decoration-line"),
            "none"
        );
    }
    // Blocks left blank between paragraphs leave no gaps while reading.
    let gaps = ["gap", "break"].map(|id| document.get_element_by_id(id).unwrap());
    assert!(gaps.iter().all(|gap| !drawn(gap)));
    reader.exit();
    assert!(gaps.iter().all(drawn));
}

/// Where the page's body is the article, the reader's toolbar, inside it,
/// keeps its own look; MathML keeps the browser's math layout, its scripts
/// a size smaller than their base.
/// Pictures the page drew small (a rating's stars sized by its styles, an
/// icon that gives its size and did not load) stay that small, in the line
/// of text, once the page's styles are off; a photo is set at the column's
/// width as before.
#[wasm_bindgen_test]
async fn pictures_the_page_drew_small_stay_small() {
    const DOT: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'%3E%3Ccircle cx='5' cy='5' r='5'/%3E%3C/svg%3E";
    let page = format!(
        r#"<html><head><style>.star {{ width: 16px; height: 16px }}</style></head><body><article>
        <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>
        <p id="rating">Readers rate the crossing <img id="star" class="star" src="{DOT}" alt="star"><img class="star" src="{DOT}" alt="star"> out of five.</p>
        <p>Fares <img id="dollar" width="7" height="12" src="data:image/png;base64,broken" alt="dollar sign"> are the same as last winter.</p>
        <figure><img id="photo" width="600" height="400" src="{DOT}" alt="The harbour"><figcaption>The harbour in January.</figcaption></figure>
        <p>The first boat sails at seven, weather allowing, and the last one leaves the island at five.</p>
        </article></body></html>"#
    );
    let document = live_document(&page, false).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    let width = |id: &str| html_element(&document, id).offset_width();
    assert_eq!(width("star"), 16);
    assert_eq!(width("dollar"), 7);
    assert!(width("photo") >= 500, "{} px", width("photo"));
    assert_eq!(computed_style(&document, "star", "display"), "inline-block");
    reader.exit();
    assert_eq!(outer_html(&document), before);
}

/// A code block whose highlighter draws each line as a block of its own
/// (with no break in the text between them) reads while reading as the
/// page drew it, line for line; inline marks in it stay inline.
#[wasm_bindgen_test]
async fn a_code_blocks_lines_stay_lines_while_reading() {
    let page = r#"<html><head><style>.hl { display: block }</style></head><body><article>
        <p>The timetable is read from a file, one crossing a line, and printed as it is read.</p>
        <pre id="code"><code>for line in file:
<span class="hl">    crossing = parse(line)</span><span class="hl">    print(<span class="token">crossing</span>)</span>print("done")</code></pre>
        <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>
        </article></body></html>"#;
    let document = live_document(page, false).await;
    let before = outer_html(&document);
    let drawn = html_element(&document, "code").inner_text();
    assert!(drawn.contains("    crossing = parse(line)\n    print(crossing)\nprint("));
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    assert_eq!(html_element(&document, "code").inner_text(), drawn);
    reader.exit();
    assert_eq!(outer_html(&document), before);
}

/// Words that touch in the markup but that the page draws apart, as
/// blocks of their own (a credit set under its caption, a label and its
/// value in a row), stay apart in the article's text and in the reader
/// view, where the page's styles are off; a floated initial stays part of
/// its word, and the page comes back as it was.
#[wasm_bindgen_test]
async fn words_drawn_apart_stay_apart() {
    let page = r#"<html><head><style>
        .credit { display: block } .row { display: flex; gap: 1em } .initial { float: left; font-size: 3em }
        </style></head><body><article>
        <p>The harbour wall was rebuilt over the winter, stone by stone, by a crew of six masons.</p>
        <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><figcaption><span id="caption">The new wall at low tide.</span><span id="credit" class="credit">Photo: Ann Lee</span></figcaption></figure>
        <p class="row"><span id="label">Length</span><span id="value">120 metres</span></p>
        <p><span class="initial">T</span>he masons worked from the old plans, kept in the harbour office since 1890.</p>
        <p>The wall will be opened to walkers in the spring, when the last railings are in place.</p>
        </article></body></html>"#;
    let document = live_document(page, false).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    assert!(text.contains("low tide. Photo: Ann Lee"), "{text}");
    assert!(text.contains("Length 120 metres"), "{text}");
    assert!(text.contains("The masons worked"), "{text}");
    // Drawn on one line in the reader view, with a space between the
    // words (a range's box is its text's, without what a stylesheet adds).
    let words = |id: &str| {
        let range = document.create_range().unwrap();
        range
            .select_node_contents(&document.get_element_by_id(id).unwrap())
            .unwrap();
        range.get_bounding_client_rect()
    };
    let gap = |first: &str, second: &str| {
        let (a, b) = (words(first), words(second));
        assert_eq!(a.top(), b.top(), "{first} and {second} on one line");
        b.left() - a.right()
    };
    assert!(
        gap("caption", "credit") >= 2.0,
        "{}",
        gap("caption", "credit")
    );
    assert!(gap("label", "value") >= 2.0, "{}", gap("label", "value"));
    reader.exit();
    assert_eq!(outer_html(&document), before);
}

#[wasm_bindgen_test]
async fn the_readers_controls_and_mathml_keep_their_own_layout() {
    let page = r##"<html><body>
        <p>The area of a square grows with the square of its side, <math><msup><mi id="base">s</mi><mn id="power">2</mn></msup></math>, so doubling the side makes the area four times larger.</p>
        <p>The same holds for every shape: scale a figure by some factor and its area scales by the square of that factor, whatever its outline.</p>
        </body></html>"##;
    let document = live_document(page, false).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    let body = document.body().unwrap();
    assert!(body.has_attribute("data-readmode-article"));
    let button: HtmlElement = document
        .query_selector("[data-readmode-ui=toolbar] button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(
        button.offset_height() >= 28,
        "{} px",
        button.offset_height()
    );
    let size = |id: &str| {
        computed_style(&document, id, "font-size")
            .trim_end_matches("px")
            .parse::<f64>()
            .unwrap()
    };
    assert!(size("power") < size("base"), "{} px", size("power"));
    reader.exit();
}

/// A page that keeps its content transparent until a script fades it in
/// (a script that failed, or was blocked) is read, not a blank screen; the
/// page's own transparency is back after reading.
#[wasm_bindgen_test]
async fn an_article_waiting_to_fade_in_is_drawn() {
    let page = r##"<html><body><main id="main" style="opacity:0"><article id="story" style="opacity:0">
        <h1>The last ferry</h1>
        <p id="first" style="opacity:0">The ferry stopped in November, and the town walked to market across the ice until March.</p>
        <p>Older people in the town remember the winter as the last of its kind, before the dam was built upstream.</p>
        </article></main></body></html>"##;
    let document = live_document(page, false).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    for id in ["main", "story", "first"] {
        assert_eq!(computed_style(&document, id, "opacity"), "1", "#{id}");
    }
    reader.exit();
    assert_eq!(computed_style(&document, "main", "opacity"), "0");
}

/// Where scripts run, a `<noscript>` copy of a picture is raw text the
/// browser draws nowhere: it is no text of the article, and a slide that
/// holds only such a copy and a share bar goes with the bar.
#[wasm_bindgen_test]
async fn a_noscript_copy_is_no_text_where_scripts_run() {
    let page = r#"<html><body><article><h1>The island ferry</h1>
        <p>The ferry to the island runs twice a day in winter, and the morning boat is the one the islanders take.</p>
        <ul><li id="slide"><noscript><img src="ferry.jpg" alt="The morning boat"></noscript>
        <div class="share-bar"><a href="/s/1">Facebook</a> <a href="/s/2">Email</a></div></li></ul>
        <p>The evening boat waits for the train from the city, so a late train means a long night in the harbour.</p>
        </article></body></html>"#;
    let document = live_document(page, true).await;
    let mut reader = Reader::new(document.clone());
    let article = reader.enter(JsValue::UNDEFINED).unwrap();
    let markdown = string_field(&article, "markdown").unwrap();
    assert!(markdown.contains("late train"), "{markdown}");
    assert!(!markdown.contains("img"), "{markdown}");
    let slide = document.get_element_by_id("slide").unwrap();
    assert!(slide.closest("[data-readmode-removed]").unwrap().is_some());
    reader.exit();
}

/// A page that keeps itself invisible until a script shows it (an
/// "anti-flicker" rule, `body { visibility: hidden }`, waiting for a script
/// that failed or was blocked) is read and drawn; what the page hides by its
/// own rule inside the article stays out, and the page is as it was after.
#[wasm_bindgen_test]
async fn a_page_hidden_until_its_scripts_run_is_read() {
    let page = r##"<html><head><style>body{visibility:hidden}.aside{visibility:hidden}</style></head>
        <body><article id="story"><h1>The last ferry</h1>
        <p id="first">The ferry stopped in November, and the town walked to market across the ice until March.</p>
        <p>Older people in the town remember the winter as the last of its kind, before the dam was built upstream.</p>
        <p class="aside">A note the page keeps hidden for a pop-up that never opened, about the dam and the ice.</p>
        </article></body></html>"##;
    let document = live_document(page, false).await;
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    let answer = reader.enter(JsValue::UNDEFINED).unwrap();
    assert_eq!(
        string_field(&answer, "title").as_deref(),
        Some("The last ferry")
    );
    let text = string_field(&answer, "text").unwrap();
    assert!(text.contains("across the ice"), "{text}");
    assert!(!text.contains("pop-up"), "{text}");
    assert_eq!(computed_style(&document, "first", "visibility"), "visible");
    reader.exit();
    assert_eq!(computed_style(&document, "first", "visibility"), "hidden");
    assert_eq!(outer_html(&document), before);
}

/// Over an article written right to left, the header's facts keep their
/// own order: "1 min read" does not come out as "min read 1".
#[wasm_bindgen_test]
async fn the_header_reads_right_over_a_right_to_left_article() {
    let sentence =
        "הספרייה העירונית נפתחה מחדש אחרי שנתיים של שיפוצים, והתושבים באו לראות את האולם החדש. ";
    let page = format!(
        "<html dir=\"rtl\" lang=\"he\"><body><article><h1>הספרייה נפתחה</h1><p>{}</p><p>{}</p></article></body></html>",
        sentence.repeat(3),
        sentence.repeat(3)
    );
    let (document, mut reader) = entered(&page).await;
    let meta = header_facts(&document);
    assert_eq!(meta.text_content().unwrap(), "1 min read");
    // Where the browser draws the "1" and the "m" of "min".
    let text = meta
        .first_element_child()
        .map_or(meta.first_child(), |part| part.first_child())
        .unwrap();
    let left_of = |at: u32| {
        let range = Reflect::get(&document, &"createRange".into())
            .unwrap()
            .unchecked_into::<js_sys::Function>()
            .call0(&document)
            .unwrap();
        for (method, offset) in [("setStart", at), ("setEnd", at + 1)] {
            Reflect::get(&range, &method.into())
                .unwrap()
                .unchecked_into::<js_sys::Function>()
                .call2(&range, &text, &offset.into())
                .unwrap();
        }
        let rect = Reflect::get(&range, &"getBoundingClientRect".into())
            .unwrap()
            .unchecked_into::<js_sys::Function>()
            .call0(&range)
            .unwrap();
        Reflect::get(&rect, &"left".into())
            .unwrap()
            .as_f64()
            .unwrap()
    };
    assert!(
        left_of(0) < left_of(2),
        "the number is drawn after the words"
    );
    reader.exit();
}

/// An XML document is not a web page: reading mode says so, in words, and
/// leaves it as it was.
#[wasm_bindgen_test]
fn an_xml_document_is_not_a_web_page() {
    let xml = format!(
        "<?xml version=\"1.0\"?><report><para>{}</para></report>",
        "A sentence of the report that goes on for a while, and on. ".repeat(30)
    );
    let document = DomParser::new()
        .unwrap()
        .parse_from_string(&xml, SupportedType::ApplicationXml)
        .unwrap();
    let before = outer_html(&document);
    let mut reader = Reader::new(document.clone());
    let answer = reader.enter(JsValue::UNDEFINED).unwrap();
    assert_eq!(
        Reflect::get(&answer, &"noArticle".into()).unwrap(),
        JsValue::TRUE
    );
    assert_eq!(
        string_field(&answer, "message"),
        Some("readmode reads web pages; this is an XML document.".to_string())
    );
    assert!(!reader.is_active());
    assert_eq!(outer_html(&document), before);
}

/// The title `Reader.enter()` gives `page` as a live document.
async fn live_title(page: &str) -> Option<String> {
    let mut reader = Reader::new(live_document(page, false).await);
    let article = reader.enter(JsValue::UNDEFINED).unwrap();
    let title = string_field(&article, "title");
    reader.exit();
    title
}

/// A title written for sharing that rewords the headline (which the text
/// keeps) gives way, on the live page, to the headline as it is drawn; a
/// heading's permalink is not part of it.
#[wasm_bindgen_test]
async fn the_largest_heading_a_reader_sees_is_the_title() {
    let page = r#"<html><head><title>Harbour lights are back on after forty years | The Coast Post</title>
        <meta property="og:title" content="Harbour lights back on after forty years, says council">
        <style>h1{font-size:40px} h2{font-size:18px}</style></head><body>
        <h2>Harbour lights back on after 40 years (kicker)</h2>
        <article><h1>Harbour lights are back on after forty years</h1>
        <p>The lamps along the harbour wall were lit again on Friday, forty years after the last of them went dark.</p>
        <p>Volunteers spent two winters rewiring the posts, and the council paid for the glass from a fund for the coast.</p>
        <p>Fishermen coming home after dark say the quay has not looked like this since they were boys on the boats.</p></article>
        </body></html>"#;
    let native = readmode::extract(page, &readmode::Options::default()).unwrap();
    assert_eq!(
        native.metadata.title.as_deref(),
        Some("Harbour lights back on after forty years, says council")
    );
    let title = live_title(page).await;
    assert_eq!(
        title.as_deref(),
        Some("Harbour lights are back on after forty years")
    );
    // The permalink a documentation generator puts in each heading is not
    // part of it.
    let page = r##"<html><head><title>Tides — Harbour Handbook</title>
        <style>h1{font-size:40px}</style></head><body><main>
        <h1 id="tides">Tides<a class="headerlink" href="#tides">¶</a></h1>
        <p>The harbour dries at low water springs, so boats drawing more than a metre wait outside the wall.</p>
        <p>High water is about forty minutes after Dover, and the stream turns an hour later than the tide.</p>
        </main></body></html>"##;
    let title = live_title(page).await;
    assert_eq!(title.as_deref(), Some("Tides"));
    // A headline that repeats the whole `<title>` leaves the site's name
    // out as the title does.
    let page = r#"<html><head><title>Winter sailings resume on the island ferry – The Coast Post</title>
        <style>h1{font-size:40px}</style></head><body><article>
        <h1>Winter sailings resume on the island ferry – The Coast Post</h1>
        <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>
        <p>The morning boat leaves at seven, and the evening boat waits for the last train from the city.</p>
        </article></body></html>"#;
    let title = live_title(page).await;
    assert_eq!(
        title.as_deref(),
        Some("Winter sailings resume on the island ferry")
    );
}

/// `root.querySelector(selector)` on a document or a shadow root.
fn query(root: &JsValue, selector: &str) -> Element {
    let find: js_sys::Function = Reflect::get(root, &"querySelector".into())
        .unwrap()
        .unchecked_into();
    find.call1(root, &selector.into()).unwrap().unchecked_into()
}

/// The open shadow root of element `id`.
fn shadow_of(document: &Document, id: &str) -> JsValue {
    let host = document.get_element_by_id(id).unwrap();
    let shadow = Reflect::get(&host, &"shadowRoot".into()).unwrap();
    assert!(shadow.is_object(), "{id} has no open shadow root");
    shadow
}

fn inner_html(root: &JsValue) -> String {
    string_field(root, "innerHTML").unwrap()
}

/// Shadow roots are read as the browser draws them: a component's own text
/// in the article is the article's, a slot shows the page's paragraphs in its
/// place, and a layout's menu in its shadow root stays out. While reading,
/// the components' own styles are off and the reader's type reaches into
/// them; after, everything is as it was.
#[wasm_bindgen_test]
async fn shadow_roots_are_read_as_drawn() {
    let page = r#"<html><body>
        <story-layout id="layout"><template shadowrootmode="open"><style>nav{color:rgb(255, 0, 0)}</style>
          <div id="frame"><nav id="menu"><a href="/world">World</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/travel">Travel</a></nav>
          Sponsored by Harbour Bank<main><slot></slot></main></div></template>
          <article><h1>Harbour ferries return</h1>
            <p>The harbour's ferries return to their winter timetable on Monday, with two crossings a day and one on Sundays.</p>
            <story-quote id="quote"><template shadowrootmode="open"><style>p{font-family:monospace}</style>
              <p id="inner">Islanders drawn by a component of its own say the morning boat is the one that matters, whatever the season.</p></template></story-quote>
            <p>Tickets bought for the summer timetable stay valid until the end of the month, the operator said on Friday.</p>
          </article></story-layout></body></html>"#;
    let document = live_document(page, false).await;
    let (layout, quote) = (
        shadow_of(&document, "layout"),
        shadow_of(&document, "quote"),
    );
    let before = [
        outer_html(&document),
        inner_html(&layout),
        inner_html(&quote),
    ];
    let (menu, inner) = (query(&layout, "#menu"), query(&quote, "#inner"));
    let style_of = |el: &Element, property: &str| {
        let window = document.default_view().unwrap();
        window
            .get_computed_style(el)
            .unwrap()
            .unwrap()
            .get_property_value(property)
            .unwrap()
    };
    assert_eq!(style_of(&menu, "color"), "rgb(255, 0, 0)");
    let mut reader = Reader::new(document.clone());
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    let native = readmode::extract(page, &readmode::Options::default()).unwrap();
    assert_eq!(text, native.text);
    assert!(text.contains("Islanders drawn by a component"), "{text}");
    assert!(text.contains("Tickets bought"), "{text}");
    assert!(!text.contains("Culture"), "{text}");
    assert!(!drawn(&menu));
    assert!(drawn(&inner));
    // Loose text on the way to the article is set apart and hidden, as in
    // the document, and what a script adds to a shadow root while reading
    // stays out.
    assert!(!text.contains("Sponsored"), "{text}");
    let sponsor = query(&layout, "#frame > [data-readmode-ui=stray]");
    assert_eq!(
        sponsor.text_content().unwrap().trim(),
        "Sponsored by Harbour Bank"
    );
    assert!(!drawn(&sponsor));
    let main = query(&layout, "main");
    let ad = document.create_element("div").unwrap();
    ad.set_text_content(Some("AD: win a ferry pass"));
    main.append_child(&ad).unwrap();
    sleep(50).await;
    assert!(!drawn(&ad));
    assert!(
        style_of(&inner, "font-family").contains("Charter"),
        "{}",
        style_of(&inner, "font-family")
    );
    reader.exit();
    ad.remove();
    assert_eq!(
        [
            outer_html(&document),
            inner_html(&layout),
            inner_html(&quote)
        ],
        before
    );
    assert!(drawn(&menu));
    assert_eq!(style_of(&menu, "color"), "rgb(255, 0, 0)");
    assert_eq!(style_of(&inner, "font-family"), "monospace");
}
