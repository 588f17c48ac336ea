//! Custom elements that stand for standard ones. AMP pages set their
//! pictures and players as `<amp-img>`, `<amp-youtube>` and the like, which
//! the AMP runtime fills in with the real ones; pages that load a video's
//! player only when it is clicked set a `<lite-youtube>`. Each is read as
//! the HTML element it stands for, from the attributes it carries, so that
//! the article keeps its pictures and videos whether the page's scripts
//! ran (a live page) or not (a saved one).

use super::Element;
use html5ever::tendril::StrTendril;
use html5ever::LocalName;

/// Stand-ins for the element of the same name.
const ELEMENTS: &[(&str, &str)] = &[
    ("amp-img", "img"),
    ("amp-anim", "img"),
    ("amp-video", "video"),
    ("amp-audio", "audio"),
    ("amp-iframe", "iframe"),
];

/// Players that name their video by an attribute, and the address of the
/// embed each stands for.
const PLAYERS: &[(&str, &str, &str)] = &[
    (
        "amp-youtube",
        "data-videoid",
        "https://www.youtube.com/embed/",
    ),
    (
        "amp-vimeo",
        "data-videoid",
        "https://player.vimeo.com/video/",
    ),
    (
        "amp-dailymotion",
        "data-videoid",
        "https://www.dailymotion.com/embed/video/",
    ),
    ("lite-youtube", "videoid", "https://www.youtube.com/embed/"),
    ("lite-vimeo", "videoid", "https://player.vimeo.com/video/"),
];

/// `element` as the HTML element it stands for, when it is a stand-in.
pub(super) fn standard(mut element: Element) -> Element {
    // Custom elements' names hold a hyphen; no standard one does.
    if !element.name.contains('-') {
        return element;
    }
    if let Some(&(_, name)) = ELEMENTS.iter().find(|(tag, _)| *tag == &*element.name) {
        element.name = LocalName::from(name);
        return element;
    }
    let Some(&(_, attr, embed)) = PLAYERS.iter().find(|(tag, ..)| *tag == &*element.name) else {
        return element;
    };
    let id = element.attr(attr).unwrap_or("").trim();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return element;
    }
    let src = StrTendril::from(format!("{embed}{id}"));
    element.attrs.push((LocalName::from("src"), src));
    element.name = LocalName::from("iframe");
    element
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// An AMP story keeps its picture, its caption and its videos, whether
    /// or not the page's scripts filled them in.
    #[test]
    fn an_amp_storys_pictures_and_videos_stay() {
        let html = "<html amp><body><article><h1>Harbour lights return</h1>\
            <figure><amp-img src=\"/img/lights.jpg\" width=\"1200\" height=\"800\" layout=\"responsive\" alt=\"The harbour at night\"></amp-img>\
            <figcaption>The harbour at night, lit again.</figcaption></figure>\
            <p>After three dark winters, the lights along the harbour wall were switched on again on Friday evening.</p>\
            <p>The council found the money in the spring, after a campaign by the fishermen who unload after sunset.</p>\
            <amp-youtube data-videoid=\"dQw4w9WgXcQ\" layout=\"responsive\" width=\"480\" height=\"270\"></amp-youtube>\
            <p>The harbour master explains in a second film how the lights are kept on through the storms.</p>\
            <lite-youtube videoid=\"aqz-KE-bpKQ\" playlabel=\"Play: The harbour master\"></lite-youtube>\
            <p>The mayor thanked the crews and promised the lights would stay on, whatever the next budget brings.</p>\
            </article></body></html>";
        let options = Options {
            url: Some("https://news.example/harbour".to_string()),
            ..Options::default()
        };
        let html = extract(html, &options).unwrap().html;
        assert!(
            html.contains("<img src=\"https://news.example/img/lights.jpg\" alt=\"The harbour at night\" width=\"1200\" height=\"800\">"),
            "{html}"
        );
        assert!(html.contains("The harbour at night, lit again."), "{html}");
        assert!(
            html.contains("src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\""),
            "{html}"
        );
        assert!(
            html.contains("src=\"https://www.youtube.com/embed/aqz-KE-bpKQ\""),
            "{html}"
        );
    }
}
