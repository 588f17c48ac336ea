//! AMP pages set their pictures and players as custom elements
//! (`<amp-img>`, `<amp-youtube>`) that the AMP runtime fills in with the
//! real ones. Each is read as the HTML element it stands for, from the
//! attributes it carries, so that the article keeps its pictures and
//! videos whether the runtime ran (a live page) or not (a saved one).

use super::Element;
use html5ever::tendril::StrTendril;
use html5ever::LocalName;

/// Players that name their video by `data-videoid`, and the address of
/// the embed each stands for.
const PLAYERS: &[(&str, &str)] = &[
    ("amp-youtube", "https://www.youtube.com/embed/"),
    ("amp-vimeo", "https://player.vimeo.com/video/"),
    (
        "amp-dailymotion",
        "https://www.dailymotion.com/embed/video/",
    ),
];

/// `element` as the HTML element it stands for, when it is one of AMP's.
pub(super) fn standard(mut element: Element) -> Element {
    let Some(kind) = element.name.strip_prefix("amp-") else {
        return element;
    };
    let name = match kind {
        "img" | "anim" => "img",
        "video" => "video",
        "audio" => "audio",
        "iframe" => "iframe",
        _ => {
            let Some((_, embed)) = PLAYERS.iter().find(|(tag, _)| *tag == &*element.name) else {
                return element;
            };
            let Some(id) = element.attr("data-videoid").map(str::trim) else {
                return element;
            };
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return element;
            }
            let src = StrTendril::from(format!("{embed}{id}"));
            element.attrs.push((LocalName::from("src"), src));
            "iframe"
        }
    };
    element.name = LocalName::from(name);
    element
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// An AMP story keeps its picture, its caption and its video, whether
    /// or not the AMP runtime filled them in.
    #[test]
    fn an_amp_storys_pictures_and_videos_stay() {
        let html = "<html amp><body><article><h1>Harbour lights return</h1>\
            <figure><amp-img src=\"/img/lights.jpg\" width=\"1200\" height=\"800\" layout=\"responsive\" alt=\"The harbour at night\"></amp-img>\
            <figcaption>The harbour at night, lit again.</figcaption></figure>\
            <p>After three dark winters, the lights along the harbour wall were switched on again on Friday evening.</p>\
            <p>The council found the money in the spring, after a campaign by the fishermen who unload after sunset.</p>\
            <amp-youtube data-videoid=\"dQw4w9WgXcQ\" layout=\"responsive\" width=\"480\" height=\"270\"></amp-youtube>\
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
    }
}
