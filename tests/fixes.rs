//! The reader's corrections and the strictness control, on a page we write:
//! fixes outrank the heuristics, and strictness moves the judgement calls.

use readmode::{plan, Fixes, Options, Page, Reason};

const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Tides of the north coast</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div id="main"><article>
<h1>Tides of the north coast</h1>
<p>The tide came in twice a day, as it always had, and the harbour master wrote each one down in a ledger older than the harbour wall itself.</p>
<p id="teaser"><a href="/tides-2">Read: How the harbour wall was built, stone by stone</a></p>
<p>By evening the boats were back, their holds full of mackerel and their crews full of stories about the weather that had chased them home across the bay.</p>
<p id="aside-line">Fishermen say the moon decides everything here, and nobody on the quay has ever been able to prove them wrong about that.</p>
<div class="post-aside"><p>Tide tables for the week are pinned by the harbour office door, beside the notice about the summer regatta.</p></div>
<p>When the lights went on along the front, the whole town seemed to lean towards the water, waiting for the next tide to come and go again.</p>
<h3 id="share-label">Pass it on</h3><div class="share-bar"><a href="/s/1">Facebook</a> <a href="/s/2">Email</a></div>
</article></div>
<aside id="letters"><h2>Letters</h2><p>Readers wrote in about the tides all week, and one letter came from a lighthouse keeper who kept his own ledger of every storm.</p></aside>
</body></html>"#;

fn page() -> Page {
    readmode::parse(PAGE, &Options::default())
}

fn by_id(page: &Page, id: &str) -> usize {
    (0..page.len())
        .find(|&i| page.attr(i, "id") == Some(id))
        .unwrap()
}

fn text(page: &Page, options: &Options) -> String {
    let plan = plan(page, options).unwrap();
    readmode::render::article(page, &plan).text
}

fn with_fixes(keep: Vec<usize>, remove: Vec<usize>) -> Options {
    Options {
        fixes: Fixes { keep, remove },
        ..Options::default()
    }
}

#[test]
fn a_kept_block_comes_back_where_it_was() {
    let page = page();
    let default = text(&page, &Options::default());
    assert!(!default.contains("How the harbour wall was built"));
    let kept = text(&page, &with_fixes(vec![by_id(&page, "teaser")], vec![]));
    let promo_at = kept.find("How the harbour wall was built").unwrap();
    assert!(promo_at > kept.find("The tide came in").unwrap());
    assert!(promo_at < kept.find("By evening").unwrap());
}

/// A heading left over a block that went goes with it, unless the reader
/// kept it.
#[test]
fn a_kept_heading_stays_over_what_went() {
    let page = page();
    assert!(!text(&page, &Options::default()).contains("Pass it on"));
    let kept = text(
        &page,
        &with_fixes(vec![by_id(&page, "share-label")], vec![]),
    );
    assert!(kept.contains("Pass it on"), "{kept}");
}

#[test]
fn a_removed_block_goes_with_its_reason() {
    let page = page();
    let line = by_id(&page, "aside-line");
    let options = with_fixes(vec![], vec![line]);
    let plan = plan(&page, &options).unwrap();
    assert!(plan
        .removals
        .iter()
        .any(|r| r.node == line && r.reason == Reason::Reader));
    let text = readmode::render::article(&page, &plan).text;
    assert!(!text.contains("Fishermen say"));
    assert!(text.contains("By evening"));
}

#[test]
fn a_kept_block_outside_the_article_joins_it() {
    let page = page();
    let letters = by_id(&page, "letters");
    assert!(!text(&page, &Options::default()).contains("lighthouse keeper"));
    let options = with_fixes(vec![letters], vec![]);
    let plan = plan(&page, &options).unwrap();
    assert!(plan.content.contains(&letters));
    assert!(plan.outside.iter().all(|r| r.node != letters));
    let text = readmode::render::article(&page, &plan).text;
    assert!(text.find("lighthouse keeper").unwrap() > text.find("next tide").unwrap());
}

#[test]
fn fixes_naming_no_element_are_ignored() {
    let page = page();
    let text_node = (0..page.len()).find(|&i| page.text(i).is_some()).unwrap();
    let options = with_fixes(
        vec![0, text_node, page.len(), usize::MAX],
        vec![0, text_node, usize::MAX],
    );
    assert_eq!(text(&page, &options), text(&page, &Options::default()));
}

#[test]
fn strictness_moves_the_judgement_calls() {
    let page = page();
    let at = |strictness| {
        text(
            &page,
            &Options {
                strictness,
                ..Options::default()
            },
        )
    };
    assert!(at(0.0).contains("How the harbour wall was built"));
    assert!(!at(0.5).contains("How the harbour wall was built"));
    assert!(at(0.5).contains("Tide tables for the week"));
    assert!(!at(1.0).contains("Tide tables for the week"));
    assert!(at(1.0).contains("By evening"));
}

fn pointing_at(article: usize) -> Options {
    Options {
        article: Some(article),
        ..Options::default()
    }
}

/// Pointing at a paragraph of the article the vote found reads the same
/// article; pointing at a block elsewhere reads that block instead.
#[test]
fn the_block_the_reader_points_at_is_the_article() {
    let page = page();
    let default = text(&page, &Options::default());
    let paragraph = (0..page.len())
        .find(|&i| page.tag(i) == "p" && page.text_content(i).starts_with("By evening"))
        .unwrap();
    assert_eq!(text(&page, &pointing_at(paragraph)), default);
    let letter = page
        .children(by_id(&page, "letters"))
        .find(|&c| page.tag(c) == "p")
        .unwrap();
    let read = text(&page, &pointing_at(letter));
    assert!(read.contains("lighthouse keeper"), "{read}");
    assert!(!read.contains("The tide came in"), "{read}");
}

/// A page too short or too scattered for an article is read where the
/// reader points, however little it holds; pointing at nothing there is
/// still no article.
#[test]
fn a_page_with_no_article_is_read_where_the_reader_points() {
    let links: String = (1..40)
        .map(|n| {
            format!("<li><a href=\"/route/{n}\">Ferry route number {n} and its timetable</a></li>")
        })
        .collect();
    let html = format!(
        r#"<html><body><nav><a href="/a">Timetables</a> <a href="/b">Fares</a> <a href="/c">Contact</a></nav>
        <div class="notice" id="notice">The morning ferry is cancelled today because of the storm.</div>
        <ul class="links">{links}</ul></body></html>"#
    );
    let page = readmode::parse(&html, &Options::default());
    let notice = by_id(&page, "notice");
    assert!(plan(&page, &Options::default()).is_err());
    let read = text(&page, &pointing_at(notice));
    assert_eq!(
        read.trim(),
        "The morning ferry is cancelled today because of the storm."
    );
    let menu = page.find("nav").unwrap();
    assert!(plan(&page, &pointing_at(menu)).is_err());
}
