//! Arbitrary trees, as a live snapshot gives them: the plan and the renderer
//! must never panic, whatever the shape, names, attributes and signals, the
//! strictness, or the reader's fixes (which may name any node, or none).
#![no_main]

use libfuzzer_sys::fuzz_target;
use readmode::page::{Signals, Snapshot, SnapshotNode};

const TAGS: &[&str] = &[
    "div", "p", "a", "span", "article", "nav", "ul", "li", "h1", "h2", "img", "table", "tr", "td",
    "pre", "script", "aside", "footer", "blockquote", "figure", "iframe", "math", "br",
];
const WORDS: &[&str] = &["story", "menu", "share", "the", "and", "Read:", "By", "2025", ",", "sidebar"];

fuzz_target!(|data: &[u8]| {
    let mut nodes: Vec<SnapshotNode> = Vec::new();
    for chunk in data.chunks(4) {
        let [a, b, c, d] = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0), *chunk.get(3).unwrap_or(&0)];
        // Parents must come earlier and be elements: pick one among them.
        let elements: Vec<u32> = (0..nodes.len() as u32).filter(|&i| nodes[i as usize].tag.is_some()).collect();
        let parent = if elements.is_empty() || a % 7 == 0 { None } else { Some(elements[b as usize % elements.len()]) };
        let node = if c % 3 == 0 {
            SnapshotNode { parent, text: Some(WORDS[d as usize % WORDS.len()].repeat(1 + (a as usize % 40))), ..Default::default() }
        } else {
            let attrs = match d % 4 {
                0 => vec![("class".to_string(), WORDS[a as usize % WORDS.len()].to_string())],
                1 => vec![("style".to_string(), "display:none".to_string())],
                2 => vec![("href".to_string(), "javascript:alert(1)".to_string())],
                _ => Vec::new(),
            };
            let signals = (b % 5 == 0).then_some(Signals { visible: c % 2 == 0, fixed: d % 3 == 0, font: f32::from(a % 48), apart: a % 7 == 0, passed: b % 3 == 0 });
            SnapshotNode { parent, tag: Some(TAGS[c as usize % TAGS.len()].to_string()), attrs, text: None, signals }
        };
        nodes.push(node);
    }
    let snapshot = Snapshot { url: Some("https://example.com/a/b".to_string()), nodes };
    // The last bytes choose the strictness and up to four fixes of each kind.
    let tail = &data[data.len().saturating_sub(9)..];
    let pick = |bytes: &[u8]| -> Vec<usize> { bytes.iter().map(|&b| b as usize % (snapshot.nodes.len() + 3)).collect() };
    let options = readmode::Options {
        strictness: tail.first().map_or(0.5, |&b| b as f32 / 255.0),
        fixes: readmode::Fixes {
            keep: pick(tail.get(1..5).unwrap_or(&[])),
            remove: pick(tail.get(5..9).unwrap_or(&[])),
        },
        ..readmode::Options::default()
    };
    if let Ok(page) = readmode::Page::from_snapshot(&snapshot) {
        if let Ok(plan) = readmode::plan(&page, &options) {
            let _ = readmode::render::article(&page, &plan);
            let _ = readmode::render::removed(&page, &plan);
        }
    }
});
