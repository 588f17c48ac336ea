//! The wasm module in a real browser (`wasm-pack test --headless --chrome`):
//! reading mode on live documents, entered and left in place.
#![cfg(target_arch = "wasm32")]

use js_sys::{Promise, Reflect};
use readmode::{quality, Reader};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlIFrameElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const DEMO: &str = include_str!("../www/index.html");
const DEMO_TEXT: &str = include_str!("golden/demo.txt");

/// Loads `html` into a visible iframe and waits for it to render.
async fn live_document(html: &str) -> Document {
    let document = web_sys::window().unwrap().document().unwrap();
    let frame: HtmlIFrameElement = document.create_element("iframe").unwrap().unchecked_into();
    frame
        .set_attribute("style", "width:1200px;height:900px")
        .unwrap();
    let loaded = Promise::new(&mut |resolve, _| frame.set_onload(Some(&resolve)));
    frame.set_srcdoc(html);
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

fn text_of(article: &JsValue) -> String {
    Reflect::get(article, &"text".into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn demo_page_gives_the_golden_article_and_is_restored_exactly() {
    let document = live_document(DEMO).await;
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

#[wasm_bindgen_test]
async fn the_live_article_matches_the_native_one() {
    let document = live_document(DEMO).await;
    let mut reader = Reader::new(document);
    let live = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    let native = readmode::extract(DEMO, &readmode::Options::default())
        .unwrap()
        .text;
    assert!(quality::score(&live, &native).f1() >= 0.99);
    reader.exit();
}

#[wasm_bindgen_test]
async fn text_hidden_by_css_is_not_article() {
    let page = r#"<html><head><style>.teaser{display:none}</style></head><body><article>
        <p>The first paragraph of a real story, long enough to count as prose for the scoring.</p>
        <p class="teaser">SECRET TEASER TEXT that a stylesheet hides from every reader of the page.</p>
        <p>The second paragraph of the same story, again long enough to be read as prose here.</p>
        <p>The third paragraph closes the story, and it too is long enough to count as prose.</p>
        </article></body></html>"#;
    let document = live_document(page).await;
    let mut reader = Reader::new(document);
    let text = text_of(&reader.enter(JsValue::UNDEFINED).unwrap());
    assert!(text.contains("second paragraph"), "{text}");
    assert!(!text.contains("SECRET"), "{text}");
    reader.exit();
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
    let document = live_document(page).await;
    let mut reader = Reader::new(document.clone());
    reader.enter(JsValue::UNDEFINED).unwrap();
    sleep(450).await;
    let ads = document.query_selector_all(".inserted-ad").unwrap();
    assert!(ads.length() >= 6, "the page's script ran");
    let body = document.body().unwrap();
    let visible = Reflect::get(&body, &"innerText".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        !visible.contains("BUY NOW") && !visible.contains("POP-UP"),
        "{visible}"
    );
    reader.exit();
}
