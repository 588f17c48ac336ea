//! The page's machinery inside the text: controls and their labels, an
//! audio player's label, panels of buttons, icons' glyphs, links drawn as
//! buttons, placeholders waiting for a script, template code, captions
//! whose picture is gone, players' running times, pictures' credits, and a
//! chart's figures set over its picture. None of it reads as the article
//! once the page's scripts and styles are off.

use super::metadata_lines::is_count;
use super::promos::opens_with_call;
use super::{holds_media, is_media, Cleaner, SHORT_BLOCK_NODES};
use crate::heuristics::{
    label_words, AUDIO_LABELS, CONTROL_LABELS, CONTROL_OBJECTS, CONTROL_ROLES, CONTROL_VERBS,
    CREDIT_LEADS, FEEDBACK_SUBJECTS, FEEDBACK_WORDS, ICON_CLASSES, PICTURE_AGENCIES,
    PICTURE_CONTROL_WORDS, PLAYER_HINTS, POST_CONTROLS,
};
use crate::page::{heading_level, is_block, NodeIdx, Page};
use crate::plan::short::runs_a_script;
use crate::plan::visibility::declarations;
use crate::plan::{class_or_id_mentions, mentions};
use crate::render::is_table_part;

/// How a link calling the reader to a shop opens, in lower case.
const SHOPPING_CALLS: &[&str] = &[
    "buy now",
    "buy it now",
    "shop now",
    "check price",
    "see price",
    "view price",
    "view deal",
    "see deal",
    "get deal",
    "check availability",
];

/// How a link offering a picture for sale or for licence opens, in lower
/// case.
const PICTURE_SALES: &[&str] = &[
    "purchase licensing rights",
    "license this",
    "licence this",
    "buy this photo",
    "buy this image",
    "buy this picture",
    "buy photo",
    "buy a print",
    "order a print",
    "purchase this photo",
    "purchase this image",
];

/// The word between a slide's number and the count of slides ("1 of 3"),
/// in the languages news is written in.
const SLIDE_COUNT_WORDS: &[&str] = &[
    "of", "von", "de", "sur", "di", "van", "av", "af", "z", "из", "от", "din", "od",
];

/// The word before a page's number in the count of a text's pages ("Page
/// 1 of 8"), in small letters.
const PAGE_WORDS: &[&str] = &["page", "seite", "página", "pagina", "strona"];

/// The most text of an icon font's ligature ("keyboard_arrow_down").
const ICON_GLYPH_CHARS: usize = 30;

/// The most text a control over a picture says of itself.
const PICTURE_CONTROL_CHARS: usize = 60;

/// The most text a panel of controls holds, and each of its controls.
const CONTROL_PANEL_CHARS: usize = 400;

/// The most words of the label before a panel's controls ("Text size").
const PANEL_LABEL_WORDS: usize = 2;
const CONTROL_CHARS: usize = 40;

/// The most characters of a placeholder [`Cleaner::is_template_code`]
/// looks at.
const TEMPLATE_CODE_CHARS: usize = 200;

/// The most text a picture's credit holds, and the most words before an
/// agency's name that end one (a photographer's name, "via"); more is a
/// caption that ends with its credit.
const CREDIT_CHARS: usize = 120;
const CREDIT_NAME_WORDS: usize = 5;

/// The fewest labels a picture needs to be read as a chart drawn with them.
const PICTURE_LABELS: usize = 3;

/// The most text one label over a picture holds ("$915 billion").
const PICTURE_LABEL_CHARS: usize = 80;

/// The most text, a caption apart, around a picture that opens larger
/// ("Enlarge", "1 of 12").
const ENLARGED_PICTURE_CHARS: usize = 40;

impl Cleaner<'_> {
    /// Whether element `i` is a picture that opens larger when clicked,
    /// which themes name after what it opens (`wp-lightbox-container`,
    /// `modal-slideshow`, `popup-image`), not the overlay itself: it holds
    /// a picture, a caption and at most a button's words, and nothing to
    /// fill in. A sign-up box that opens as a pop-up has its fields and its
    /// pitch; a dialog (`<dialog>`, `role="dialog"`) is the overlay,
    /// such as a shop's gallery of every picture that opens from one.
    pub(super) fn opens_larger(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let chars = self.stats.chars(i);
        let captions = || -> usize {
            page.descendants(i)
                .filter(|&d| page.tag(d) == "figcaption")
                .map(|d| self.stats.chars(d))
                .sum()
        };
        (chars <= ENLARGED_PICTURE_CHARS || chars - captions() <= ENLARGED_PICTURE_CHARS)
            && page
                .subtree(i)
                .any(|d| matches!(page.tag(d), "img" | "picture" | "video"))
            && !page.subtree(i).any(|d| {
                matches!(
                    page.tag(d),
                    "form" | "input" | "textarea" | "select" | "dialog"
                ) || matches!(page.attr(d, "role"), Some("dialog" | "alertdialog"))
            })
    }

    /// Whether element `i` is text a graphic sets over its picture: a
    /// chart's figures and axis labels, as tools such as ai2html export
    /// them, each a short box placed by its inline style at a share of the
    /// picture's size (`top: 4.9%; left: 96.6%`), beside the picture and
    /// at least two more such boxes. With the page's styles off they would
    /// stand under the picture as a column of loose numbers.
    pub(super) fn is_picture_label(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let chars = self.stats.chars(i);
        if chars == 0 || chars > PICTURE_LABEL_CHARS || !placed_over(page, i) {
            return false;
        }
        let Some(parent) = page.parent(i) else {
            return false;
        };
        page.children(parent).any(|c| page.tag(c) == "img")
            && page
                .children(parent)
                .filter(|&c| placed_over(page, c))
                .count()
                >= PICTURE_LABELS
    }

    /// Whether element `i` is only a content system's placeholder that was
    /// never filled in: a shortcode (`[convertkit form=1630175]`) or a
    /// module's name (`[CTA_MODULE]`), or a script template's expressions
    /// that only its framework fills (`{{ form.errors[3].message }}`), in
    /// a block of its own; expressions in an element of a line too (`<span
    /// ng-cloak>{{ upvoteCount }}</span>` beside the count it stands for).
    /// Words in brackets (a transcript's "[Applause]", an editor's note)
    /// are text, and so is a shortcode named in a sentence.
    pub(super) fn is_template_code(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 3..=TEMPLATE_CODE_CHARS)
            || !self
                .first_words(i)
                .is_some_and(|t| t.starts_with("{{") || t.starts_with('[') && is_block(page.tag(i)))
        {
            return false;
        }
        // In a code sample it is the code's own (an INI file's section, a
        // template language's documentation).
        let is_code = |a: NodeIdx| matches!(page.tag(a), "pre" | "code" | "kbd" | "samp");
        let in_code = page.self_and_ancestors(i).any(is_code) || page.subtree(i).any(is_code);
        let text = self.text(i);
        !in_code && (is_placeholder(text.trim()) || is_expressions(&text))
    }

    /// Whether element `i` is an audio player's label over the article
    /// ("▶ Listen to this article · 4 min"): a short line naming the
    /// article's audio, whose buttons are the player's. The reader view
    /// reads aloud itself.
    pub(super) fn is_audio_label(&self, i: NodeIdx) -> bool {
        const AUDIO_LABEL_CHARS: usize = 60;
        if !self.is_short_element(i, 10..=AUDIO_LABEL_CHARS) || self.in_running_text(i) {
            return false;
        }
        let text = self.text(i).to_lowercase();
        AUDIO_LABELS.iter().any(|label| text.contains(label))
    }

    /// A link drawn as a button ("Learn more", "Start for free", "Get
    /// started"): a few words whose class names a button, or that call
    /// the reader to a shop ("Buy now", "Check price on Amazon"), set
    /// apart from any sentence. It sends the reader elsewhere; it is not
    /// text.
    pub(super) fn is_button_link(&self, i: NodeIdx) -> bool {
        const BUTTON_WORDS: usize = 4;
        let page = self.page;
        if page.tag(i) != "a"
            || self.stats.chars(i) > 40
            || page.node(i).end - i > SHORT_BLOCK_NODES
        {
            return false;
        }
        let buttonlike = page.attr(i, "class").is_some_and(|class| {
            class.split_whitespace().any(|token| {
                let token = token.to_ascii_lowercase();
                token.contains("button") || token == "btn" || token.starts_with("btn-")
            })
        });
        let shops = || opens_with_call(self.text(i).trim_start(), SHOPPING_CALLS);
        (buttonlike || shops())
            && !self.amid_words(i)
            && self.text(i).split_whitespace().count() <= BUTTON_WORDS
            && !page
                .ancestors(i)
                .any(|a| heading_level(page.tag(a)).is_some())
    }

    /// A link in a picture's figure or caption that offers the picture
    /// for sale or for licence ("Purchase Licensing Rights", "Buy this
    /// photo"). It sells the picture; it does not tell of it, and at the
    /// caption's end it would read as the caption's last words.
    pub(super) fn is_picture_sale(&self, i: NodeIdx) -> bool {
        const SALE_CHARS: usize = 40;
        let page = self.page;
        page.tag(i) == "a"
            && self.stats.chars(i) <= SALE_CHARS
            && page
                .ancestors(i)
                .take(3)
                .any(|a| matches!(page.tag(a), "figure" | "figcaption"))
            && opens_with_call(self.text(i).trim_start(), PICTURE_SALES)
    }

    /// A link that lets a keyboard skip past the page's menus ("Skip to
    /// main content", "Skip navigation"), which the page's style shows
    /// only when it has the focus, or that jumps ahead to a part of the
    /// page ("Jump to Recipe"). It leads within the page, and the reader
    /// view has no menus to skip and is read on. One in a sentence ("you
    /// can skip ahead to the prices") is the text's.
    pub(super) fn is_skip_link(&self, i: NodeIdx) -> bool {
        self.page
            .attr(i, "href")
            .is_some_and(|h| h.starts_with('#'))
            && (self.opens_with(i, "skip ") || self.opens_with(i, "jump to "))
            && self.is_control_link(i)
    }

    /// A link set apart that leads nowhere but to the page's own script
    /// (`href="#"`, `javascript:`) and names what it does in a word or
    /// three: a control drawn as a link ("Print Recipe", "Show more"), not
    /// text. A question (an accordion's, which opens its answer), a
    /// picture inside it (a lightbox's trigger), paragraphs inside it or
    /// a heading around it are the article's.
    pub(super) fn is_script_link(&self, i: NodeIdx) -> bool {
        const CONTROL_WORDS: usize = 3;
        let page = self.page;
        page.attr(i, "href")
            .is_some_and(|h| h.trim() == "#" || runs_a_script(h))
            && self.is_control_link(i)
            && {
                let text = self.text(i);
                text.split_whitespace().count() <= CONTROL_WORDS && !text.contains('?')
            }
            && !page.subtree(i).any(|d| d != i && is_block(page.tag(d)))
            && !holds_media(page, i)
            && self.heading_around(i).is_none()
    }

    /// A link set apart that leads within the page to a part the reader
    /// view leaves out ("Leave a comment" to the comment form under the
    /// article): there it leads nowhere.
    pub(super) fn is_jump_out(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let Some(id) = in_page_target(page, i) else {
            return false;
        };
        self.is_control_link(i)
            && self.element_with_id(id).is_some_and(|target| {
                self.hints.get(target).negative.is_some()
                    || !self.content.iter().any(|&r| page.contains(r, target))
            })
    }

    /// A heading's link to edit its section ("[edit]", "[edit source]"),
    /// which wikis set after each heading's words: a control for the
    /// site's editors, and in the reader view the heading's last word.
    /// Its brackets go with it. A heading whose words are all the link's
    /// stays.
    pub(super) fn is_edit_link(&self, i: NodeIdx) -> bool {
        const EDIT_LINK_CHARS: usize = 24;
        let page = self.page;
        if is_block(page.tag(i)) || self.stats.chars(i) > EDIT_LINK_CHARS {
            return false;
        }
        let mut links = page.subtree(i).filter(|&d| page.tag(d) == "a");
        let (Some(link), None) = (links.next(), links.next()) else {
            return false;
        };
        if !page.attr(link, "href").is_some_and(edits_a_page) {
            return false;
        }
        let own = self.alphanumerics(i);
        // In the heading, or right after it in the heading's box (as
        // MediaWiki sets it since 2024), and the heading keeps words.
        let keeps_words = match self.heading_around(i) {
            Some(heading) => self.alphanumerics(heading) > own,
            None => page.previous_element(i).is_some_and(|heading| {
                heading_level(page.tag(heading)).is_some() && self.alphanumerics(heading) > 0
            }),
        };
        keeps_words && own == self.alphanumerics(link)
    }

    /// Whether every link in box `i` opens a page's editor: a heading's box
    /// with its "[edit]" is no box of links.
    pub(super) fn links_only_to_editor(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.descendants(i)
            .filter(|&d| page.tag(d) == "a")
            .all(|a| page.attr(a, "href").is_some_and(edits_a_page))
    }

    /// A heading's link to itself drawn as a mark ("¶", "§", "#", "🔗", a
    /// zero-width space), which documentation sites set beside each
    /// heading to copy its address: in the reader view a stray sign
    /// beside the heading's words. The heading is named by its own id, an
    /// id inside it, its section's or an empty anchor's just before it. A
    /// mark linking elsewhere (a note's asterisk) stays.
    pub(super) fn is_heading_permalink(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if page.tag(i) != "a" || self.stats.chars(i) > 3 {
            return false;
        }
        let Some(id) = in_page_target(page, i) else {
            return false;
        };
        let Some(heading) = self.heading_around(i) else {
            return false;
        };
        self.alphanumerics(i) == 0
            && self.element_with_id(id).is_some_and(|target| {
                page.contains(heading, target)
                    || page.ancestors(heading).take(2).any(|a| a == target)
                    || (page.previous_element(heading) == Some(target)
                        && self.stats.chars(target) == 0)
            })
    }

    /// The heading `i` is set in, at most three levels up.
    fn heading_around(&self, i: NodeIdx) -> Option<NodeIdx> {
        let page = self.page;
        page.ancestors(i)
            .take(3)
            .find(|&a| heading_level(page.tag(a)).is_some())
    }

    /// How many letters and digits `i`'s text holds.
    fn alphanumerics(&self, i: NodeIdx) -> usize {
        self.text(i).chars().filter(|c| c.is_alphanumeric()).count()
    }

    /// Whether `i` is a link of a few words on a line with no words but
    /// links' (marks such as `<em>` around it count as the link).
    fn is_control_link(&self, i: NodeIdx) -> bool {
        const CONTROL_LINK_CHARS: usize = 40;
        let page = self.page;
        if page.tag(i) != "a" || !self.is_short_element(i, 4..=CONTROL_LINK_CHARS) {
            return false;
        }
        let mut link = i;
        while let Some(mark) = page
            .parent(link)
            .filter(|&p| !is_block(page.tag(p)) && self.stats.chars(p) == self.stats.chars(link))
        {
            link = mark;
        }
        page.parent(link).is_none_or(|line| {
            page.children(line)
                .filter(|&c| c != link)
                .all(|c| match page.text(c) {
                    Some(text) => !text.contains(char::is_alphanumeric),
                    None => {
                        is_block(page.tag(c)) || self.stats.chars(c) == self.stats.link_chars(c)
                    }
                })
        })
    }

    /// A figure with nothing to show but its caption: its picture is one
    /// the page's scripts draw, or its player comes from a host not kept
    /// (see [`is_media`]). The caption alone would describe what is not
    /// there. A quote or a table over a caption is something to show.
    pub(super) fn is_bare_caption(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if page.tag(i) != "figure" {
            return false;
        }
        let mut captioned = false;
        let mut d = i + 1;
        while d < page.node(i).end {
            if page.tag(d) == "figcaption" {
                captioned = true;
                d = page.node(d).end;
                continue;
            }
            if is_media(page, d) || page.text(d).is_some_and(|t| !t.trim().is_empty()) {
                return false;
            }
            d += 1;
        }
        captioned
    }

    /// Whether element `i` is only a picture's credit, in a line of its own
    /// by the picture: it opens as credits do ("Photo: …", "Image credit:
    /// …", "Courtesy of …") or, in a figure, ends with an agency's name
    /// ("Ann Lee/Getty Images"). It sits in the figure or its caption,
    /// right after the picture, or wears a class that names it a credit.
    /// A caption that ends with its credit is the caption, credit and all,
    /// as written; so is a chart's "Source:", which tells where the figures
    /// come from.
    pub(super) fn is_picture_credit(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 4..=CREDIT_CHARS) || self.amid_words(i) {
            return false;
        }
        let in_figure = page.tag(i) == "figcaption"
            || page
                .ancestors(i)
                .take(4)
                .any(|a| matches!(page.tag(a), "figure" | "figcaption"));
        let classed = page.subtree(i).take(2).chain(page.parent(i)).any(|e| {
            page.attr(e, "class")
                .is_some_and(|c| mentions(c, &["credit"]))
        });
        // (A picture's wrapper is small; a section before the line is not
        // looked through.)
        let after_picture = || {
            page.self_and_ancestors(i)
                .take(2)
                .filter_map(|e| page.previous_element(e))
                .any(|e| page.node(e).end - e <= SHORT_BLOCK_NODES && holds_media(page, e))
        };
        if !(in_figure || classed || after_picture())
            || page
                .ancestors(i)
                .any(|a| matches!(page.tag(a), "pre" | "code"))
        {
            return false;
        }
        let text = self.text(i).trim().to_lowercase();
        // After the lead, a name or two; a sentence that describes the
        // scene before another is a caption under a label ("Image: A train
        // at a platform in Leeds. File pic").
        let opens = CREDIT_LEADS.iter().any(|lead| {
            text.strip_prefix(lead).is_some_and(|rest| {
                rest.contains(char::is_alphanumeric)
                    && rest.split_once(". ").is_none_or(|(first, _)| {
                        first.split_whitespace().count() <= CREDIT_NAME_WORDS
                    })
            })
        });
        let agency = (in_figure || classed)
            && PICTURE_AGENCIES.iter().any(|name| {
                text.strip_suffix(name).is_some_and(|rest| {
                    (rest.is_empty() || rest.ends_with(['/', ' ', '|']))
                        && rest.split_whitespace().count() <= CREDIT_NAME_WORDS
                })
            });
        // The site's own name after its photographer's ("Olena
        // Shmahalo/Quanta Magazine", "Ann Lee for Harbour News"); a name,
        // a post and the site's name after commas is a quotation's.
        let staff = || {
            in_figure
                && self.metadata.site_name.as_deref().is_some_and(|site| {
                    text.strip_suffix(&site.to_lowercase()).is_some_and(|rest| {
                        let name = rest
                            .strip_suffix('/')
                            .or_else(|| rest.strip_suffix(" for "))
                            .unwrap_or_default();
                        name.contains(char::is_alphabetic)
                            && name.split_whitespace().count() <= CREDIT_NAME_WORDS
                    })
                })
        };
        // A line by the picture whose own class calls it the credit
        // (`image__credit`, not `accreditation`) and that holds only a
        // name or two ("Sky Lab/Handout") is one, whoever took the picture;
        // so is one that says again what the caption before it ends with
        // (a copy of the credit for another screen).
        let repeats_caption = || {
            page.self_and_ancestors(i)
                .take(2)
                .filter_map(|e| page.previous_element(e))
                .any(|e| self.text(e).to_lowercase().contains(&text))
        };
        let named = || {
            page.attr(i, "class").is_some_and(|c| {
                c.split(|ch: char| !ch.is_ascii_alphanumeric())
                    .any(|part| part.eq_ignore_ascii_case("credit"))
            }) && (in_figure || after_picture())
                && ((text.split_whitespace().count() <= CREDIT_NAME_WORDS
                    && !text.ends_with(['.', '!', '?']))
                    || repeats_caption())
        };
        opens || agency || staff() || named()
    }

    /// Whether element `i` is words of a control drawn over a figure's
    /// picture, or set beside it: a button that enlarges it says so to
    /// screen readers ("Press enter or click to view image in full size",
    /// "Click to enlarge", "Enlarge this image"), and says nothing else, of
    /// the picture or of what the click does. Captions sit beside the picture, not inside its button;
    /// a card or a question that opens on a click has words of its own.
    pub(super) fn is_picture_control_label(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let over_picture = |a: NodeIdx| {
            is_control(page, a)
                && page.ancestors(a).take(2).any(|f| page.tag(f) == "figure")
                && page.descendants(a).any(|d| is_media(page, d))
        };
        let picture = |s: Option<NodeIdx>| {
            s.is_some_and(|s| self.stats.chars(s) == 0 && holds_media(page, s))
        };
        // A link to the picture's own file works a figure with its caption
        // too.
        let figure =
            |s: Option<NodeIdx>| s.is_some_and(|s| page.tag(s) == "figure" && holds_media(page, s));
        let beside_picture = |a: NodeIdx| {
            let (before, after) = (page.previous_element(a), page.next_element(a));
            ((is_control(page, a) || acts_in_place(page, a)) && (picture(before) || picture(after)))
                || (links_to_a_picture(page, a)
                    && [before, after].into_iter().any(|s| picture(s) || figure(s)))
        };
        self.is_short_element(i, 5..=PICTURE_CONTROL_CHARS)
            && page.self_and_ancestors(i).take(4).any(|a| {
                self.stats.chars(a) == self.stats.chars(i) && (over_picture(a) || beside_picture(a))
            })
            && !holds_media(page, i)
            && mentions(&self.text(i), PICTURE_CONTROL_WORDS)
    }

    /// Whether element `i` draws an icon with a glyph: a `+` that opens an
    /// accordion's fold, a symbol of the font's own, or an icon font's
    /// ligature ("chevron_right", which the font draws as an arrow). Only
    /// the page's own font draws it; the reader would read the word. A
    /// label beside an icon ("Vegan") is words, capitals and all.
    pub(super) fn is_icon_glyph(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !matches!(page.tag(i), "i" | "span")
            || !self.is_short_element(i, 1..=ICON_GLYPH_CHARS)
            || !page
                .attr(i, "class")
                .is_some_and(|c| mentions(c, ICON_CLASSES))
        {
            return false;
        }
        // In a table, a check mark says yes.
        if page
            .ancestors(i)
            .take(3)
            .any(|a| is_table_part(page.tag(a)))
        {
            return false;
        }
        let text = self.text(i);
        let glyph = text.trim();
        let ligature = glyph.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        let symbol = !glyph.contains(char::is_alphanumeric);
        ligature || symbol
    }

    /// Words inside a media player's box (`video-player`, `jw-player`, or
    /// at any depth in a box labelled as one, "Yahoo Video Player"): its
    /// state and its controls ("Video unavailable", "This video cannot
    /// be played in your browser", "Up next", "0:00", a caption settings
    /// menu); or beside a player
    /// the page's script has yet to draw, in a small box of their own (its
    /// title, its running time and source: "01:52 - Source: C9N"). The
    /// reader view shows the player's picture, not its machinery; a
    /// caption (`figcaption`) is the article's.
    pub(super) fn is_player_text(&self, i: NodeIdx) -> bool {
        const PLAYER_TEXT_CHARS: usize = 120;
        /// How far up a player's box is looked for.
        const PLAYER_DEPTH: usize = 4;
        let page = self.page;
        let stats = self.stats;
        let player = |a: NodeIdx| class_or_id_mentions(page, a, PLAYER_HINTS);
        let undrawn = |c: NodeIdx| {
            player(c) && stats.chars(c) == 0 && !page.descendants(c).any(|d| is_media(page, d))
        };
        self.is_short_element(i, 1..=PLAYER_TEXT_CHARS)
            && !self.in_running_text(i)
            && !page.descendants(i).any(|d| is_media(page, d))
            && !page
                .self_and_ancestors(i)
                .any(|a| page.tag(a) == "figcaption")
            && (page.self_and_ancestors(i).take(PLAYER_DEPTH).any(|a| {
                player(a)
                    || (stats.chars(a) <= 2 * PLAYER_TEXT_CHARS && page.children(a).any(undrawn))
            }) || page.ancestors(i).any(|a| is_labelled_player(page, a)))
    }

    /// Whether block `i` tells the reader to scroll or swipe for the rest
    /// of a wide table, a carousel or a thread ("Scroll for more", "Swipe
    /// right to see more", "Scroll to see replies"): a line of its own of
    /// a few words, ending on what it shows. In the reader view nothing
    /// scrolls sideways. A step of a guide ("Scroll down to see more
    /// options.") says more, or is an item of its list.
    pub(super) fn is_scroll_hint(&self, i: NodeIdx) -> bool {
        const HINT_WORDS: usize = 5;
        let page = self.page;
        if !self.is_short_element(i, 10..=40)
            || page.tag(i) == "li"
            || heading_level(page.tag(i)).is_some()
            || self.in_running_text(i)
        {
            return false;
        }
        let text = self.text(i).to_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        matches!(words.first(), Some(&"scroll" | &"swipe"))
            && matches!(words.last(), Some(&"more" | &"replies"))
            && words.len() <= HINT_WORDS
    }

    /// What a page shows while its script fetches the real thing
    /// ("Loading…", "Loading specifications…"): a few words after
    /// "Loading", ending in an ellipsis. Headings and cells that name
    /// loading as a subject have no ellipsis.
    pub(super) fn is_loading_placeholder(&self, i: NodeIdx) -> bool {
        const PLACEHOLDER_WORDS: usize = 5;
        let page = self.page;
        if !self.is_short_element(i, 8..=40)
            || is_table_part(page.tag(i))
            || !self.opens_with(i, "loading")
        {
            return false;
        }
        let text = self.text(i);
        let text = text.trim();
        (text.ends_with("...") || text.ends_with('…'))
            && text.split_whitespace().count() <= PLACEHOLDER_WORDS
    }

    /// Whether block `i` is only the label of a control: what it does, to
    /// what ("Hide caption", "Show more +"), perhaps with the word "full";
    /// or a link that acts on a post ("Reply with quote").
    pub(super) fn is_control_label(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 5..=24) || is_table_part(page.tag(i)) {
            return false;
        }
        let text = self.text(i).to_lowercase();
        if self.stats.link_chars(i) == self.stats.chars(i) && POST_CONTROLS.contains(&text.trim()) {
            return !self.in_running_text(i) || self.among_post_controls(i);
        }
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        let is = |word: Option<&&str>, list: &[&str]| word.is_some_and(|w| list.contains(w));
        let object = match words.get(1) {
            Some(&"full") => 2,
            _ => 1,
        };
        let english = is(words.first(), CONTROL_VERBS)
            && is(words.get(object), CONTROL_OBJECTS)
            && words.len() == object + 1;
        (english || CONTROL_LABELS.contains(&words.join(" ").as_str()))
            && (!self.in_running_text(i) || self.ends_its_line(i))
    }

    /// Whether inline element `i` shares its line only with other links that
    /// act on a post, or marks between them ("Reply | Quote" under a post's
    /// text, in the box that holds the text too).
    fn among_post_controls(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let Some(item) = self.line_of(i).and_then(|line| {
            page.self_and_ancestors(i)
                .find(|&a| page.parent(a) == Some(line))
        }) else {
            return false;
        };
        let ends_line = |n: &NodeIdx| page.tag(*n) == "br" || is_block(page.tag(*n));
        let before =
            std::iter::successors(page.previous_sibling(item), |&n| page.previous_sibling(n))
                .take_while(|n| !ends_line(n));
        let after = std::iter::successors(page.next_sibling(item), |&n| page.next_sibling(n))
            .take_while(|n| !ends_line(n));
        let mut others = before.chain(after).peekable();
        others.peek().is_some()
            && others.all(|n| match page.text(n) {
                Some(marks) => !marks.chars().any(char::is_alphanumeric),
                None => POST_CONTROLS.contains(&self.text(n).to_lowercase().trim()),
            })
    }

    /// Whether block `i` is a panel of a widget's controls (a player's
    /// quality and caption menus, a gallery's buttons, a toolbar's "Text
    /// size" and its buttons): three controls or more, each a few words,
    /// and no word outside them but counts (a post's "2.1K" claps beside
    /// its buttons) and a label of a word or two before them. Its words
    /// are the widget's, not the article's.
    pub(super) fn is_control_panel(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 1..=CONTROL_PANEL_CHARS)
            || !matches!(page.tag(i), "div" | "ul" | "ol" | "section" | "span")
        {
            return false;
        }
        // Words before the first control and before any count are its
        // label; words after a count are what it counts ("12 boats").
        let (mut controls, mut label_count, mut counted) = (0, 0, false);
        let mut j = i + 1;
        while j < page.node(i).end {
            if is_control(page, j) && self.stats.chars(j) <= CONTROL_CHARS {
                controls += 1;
                j = page.node(j).end;
                continue;
            }
            if let Some(text) = page.text(j) {
                let words = text.split_whitespace().filter(|w| !is_count(w)).count();
                label_count += words;
                if words > 0 && (controls > 0 || counted || label_count > PANEL_LABEL_WORDS) {
                    return false;
                }
                counted |= text.split_whitespace().any(is_count);
            }
            j += 1;
        }
        controls >= 3
    }

    /// Whether block `i` is a poll or a quiz's question set without a form
    /// around it: a few lines (the question, its choices) with two choices
    /// or more a reader ticks (radio buttons, check boxes) and a button to
    /// send them. The page's scripts count the vote; in the text it is a
    /// form, and its choices would read as loose words ("Yes No").
    pub(super) fn is_ballot(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !self.is_short_element(i, 1..=CONTROL_PANEL_CHARS)
            || !matches!(page.tag(i), "div" | "section" | "aside" | "ul" | "ol")
        {
            return false;
        }
        let input_type = |d: NodeIdx| {
            (page.tag(d) == "input")
                .then(|| page.attr(d, "type").unwrap_or("text").to_ascii_lowercase())
        };
        let choices = page
            .descendants(i)
            .filter(|&d| input_type(d).is_some_and(|t| t == "radio" || t == "checkbox"))
            .count();
        let sends = page
            .descendants(i)
            .any(|d| page.tag(d) == "button" || input_type(d).is_some_and(|t| t == "submit"));
        choices >= 2 && sends
    }

    /// Whether element `i` is only the count a control shows beside it
    /// (a share button's "142", a comment icon's "18"): a whole number
    /// alone, next to a button or a menu, with no other words beside them.
    /// With the control gone it would stand as a loose number. A number
    /// in a sentence (a footnote's mark) is the text's, and so is a score
    /// ("8.4") beside a button: counts are whole ("1,693", "6.3k").
    pub(super) fn is_control_count(&self, i: NodeIdx) -> bool {
        const COUNT_CHARS: usize = 8;
        let page = self.page;
        if !self.is_short_element(i, 1..=COUNT_CHARS) {
            return false;
        }
        let text = self.text(i).trim().to_lowercase();
        let whole = text.ends_with(['k', 'm']) || !text.contains('.');
        let Some(parent) = page.parent(i) else {
            return false;
        };
        let wordless = |c: NodeIdx| match page.text(c) {
            Some(t) => t.trim().is_empty(),
            None => is_control(page, c) || self.stats.chars(c) == 0,
        };
        whole
            && is_count(&text)
            && [page.previous_element(i), page.next_element(i)]
                .into_iter()
                .flatten()
                .any(|e| is_control(page, e))
            && page.children(parent).filter(|&c| c != i).all(wordless)
    }

    /// Whether block `i` is the label of a rating widget ("Rate this
    /// article", "Rate this recipe"), whose stars the page's script draws
    /// beside it: a call of its own, three words, to rate "this" thing.
    pub(super) fn is_rating_call(&self, i: NodeIdx) -> bool {
        // (The length only spares reading the text of longer blocks.)
        if !self.is_short_element(i, 9..=40) || self.in_running_text(i) {
            return false;
        }
        let words = label_words(&self.text(i));
        let words: Vec<&str> = words.split_whitespace().collect();
        matches!(words.as_slice(), ["rate", "this", thing] if thing.chars().all(char::is_alphabetic))
    }

    /// Whether element `i` asks the reader to rate the page ("Was this
    /// page helpful?", "Is this article useful?"): a short question about
    /// "this", in a line of its own, answered by the buttons or links in
    /// its small box (thumbs, "Yes" and "No"). The answer goes to the
    /// site; in the reader view the question would stand alone. A question of the
    /// text ("Is it useful to stretch?") has no buttons beside it.
    pub(super) fn is_feedback_prompt(&self, i: NodeIdx) -> bool {
        const PROMPT_CHARS: usize = 80;
        const PROMPT_WORDS: usize = 8;
        /// The most text of the prompt's box besides the question: its
        /// answers' labels.
        const ANSWER_CHARS: usize = 40;
        let page = self.page;
        if !self.is_short_element(i, 10..=PROMPT_CHARS) || self.amid_words(i) {
            return false;
        }
        let text = self.text(i).to_lowercase();
        let text = text.trim();
        let has = |list: &[&str]| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|word| list.contains(&word))
        };
        if !text.ends_with('?')
            || text.split_whitespace().count() > PROMPT_WORDS
            || !has(FEEDBACK_WORDS)
            || !has(FEEDBACK_SUBJECTS)
        {
            return false;
        }
        let answers = |b: NodeIdx| {
            page.subtree(b)
                .any(|d| is_control(page, d) || page.tag(d) == "a" || page.tag(d) == "input")
        };
        let chars = self.stats.chars(i);
        page.self_and_ancestors(i).take(3).any(|b| {
            self.stats.chars(b) <= chars + ANSWER_CHARS
                && (answers(b) || page.next_element(b).is_some_and(answers))
        })
    }

    /// Whether element `i` is a tooltip's bubble: words the page shows
    /// only while the pointer rests on a term, set in the markup right
    /// beside it ("keyword" followed by "Keyword: what users write into a
    /// search engine…"). It says it is one by its role, or by a class
    /// naming a tooltip together with a term beside it that points to it
    /// (`aria-describedby`, `aria-labelledby`). Read in line, it would cut
    /// the sentence in two. A box classed `tooltip` that holds the term
    /// itself is not the bubble.
    pub(super) fn is_tooltip(&self, i: NodeIdx) -> bool {
        const TOOLTIP_CHARS: usize = 600;
        let page = self.page;
        if self.stats.chars(i) > TOOLTIP_CHARS || page.text(i).is_some() {
            return false;
        }
        if page
            .attr(i, "role")
            .is_some_and(|r| r.eq_ignore_ascii_case("tooltip"))
        {
            return true;
        }
        let (Some(id), Some(parent)) = (page.attr(i, "id"), page.parent(i)) else {
            return false;
        };
        page.attr(i, "class")
            .is_some_and(|c| mentions(c, &["tooltip"]))
            && page.children(parent).any(|c| {
                c != i
                    && ["aria-describedby", "aria-labelledby"]
                        .iter()
                        .filter_map(|a| page.attr(c, a))
                        .any(|ids| ids.split_whitespace().any(|t| t == id))
            })
    }

    /// Whether element `i` is only a player's running time ("2:14",
    /// "1:02:37"), in an element its class names a duration: what a video
    /// or a podcast lasts, shown on its player or its teaser. A time of
    /// day in a live blog's entry is no duration.
    pub(super) fn is_running_time(&self, i: NodeIdx) -> bool {
        const RUNNING_TIME_CHARS: usize = 9;
        let page = self.page;
        self.is_short_element(i, 3..=RUNNING_TIME_CHARS)
            && page
                .attr(i, "class")
                .is_some_and(|c| mentions(c, &["duration"]))
            && {
                let text = self.text(i);
                let text = text.trim();
                text.contains(':') && text.chars().all(|c| c.is_ascii_digit() || c == ':')
            }
    }

    /// Whether element `i` is a slideshow's counter ("1 of 3", "2 / 12",
    /// "3 von 8"): a line of its own, nothing but the number of the slide
    /// shown and how many there are, set beside a picture. Its
    /// buttons gone, every slide shows at once and the count says nothing.
    /// So does the counter of a text set out in pages ("Page 1 of 8"),
    /// wherever it stands: the reader reads the page at hand.
    pub(super) fn is_slide_counter(&self, i: NodeIdx) -> bool {
        const COUNTER_CHARS: usize = 16;
        let page = self.page;
        if !self.is_short_element(i, 3..=COUNTER_CHARS)
            || is_table_part(page.tag(i))
            || self.amid_words(i)
        {
            return false;
        }
        let text = self.text(i).to_lowercase();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '/')
            .filter(|w| !w.is_empty())
            .collect();
        // The numbers, and whether they count pages.
        let (counted, paged) = match words[..] {
            [shown, all] => (text.contains('/').then_some((shown, all)), false),
            [shown, of, all] => (
                SLIDE_COUNT_WORDS.contains(&of).then_some((shown, all)),
                false,
            ),
            [page_word, shown, of, all] => {
                let counts = PAGE_WORDS.contains(&page_word) && SLIDE_COUNT_WORDS.contains(&of);
                (counts.then_some((shown, all)), true)
            }
            _ => (None, false),
        };
        let Some((Ok(shown), Ok(all))) = counted.map(|(s, a)| (s.parse::<u32>(), a.parse::<u32>()))
        else {
            return false;
        };
        let picture = |e: Option<NodeIdx>| e.is_some_and(|e| holds_media(page, e));
        // A gallery's box holds the counter, its pictures and the buttons
        // that turn them, and nothing else.
        let in_gallery = || {
            page.parent(i).is_some_and(|box_| {
                let others = || {
                    page.children(box_)
                        .filter(|&c| c != i && page.element(c).is_some())
                };
                others().any(|c| holds_media(page, c))
                    && others().all(|c| {
                        holds_media(page, c)
                            || is_control(page, c)
                            || acts_in_place(page, c)
                            || links_to_a_picture(page, c)
                    })
            })
        };
        (1..=all).contains(&shown)
            && all > 1
            && (paged
                || page.self_and_ancestors(i).take(2).any(|e| {
                    page.tag(e) == "figure"
                        || picture(page.previous_element(e))
                        || picture(page.next_element(e))
                })
                || in_gallery())
    }

    /// Whether block `i` sets a form a reader fills in, with at most a few
    /// notes beside it ("Comments are moderated."), right under a heading
    /// ("Add a comment", "Get in touch"). The form goes anyway; its notes
    /// and heading would be left to explain and head nothing. A block that
    /// holds most of the article is never such a box.
    pub(super) fn is_headed_form(&self, i: NodeIdx) -> bool {
        /// The most characters of notes, white space aside.
        const FORM_NOTE_CHARS: usize = 500;
        let page = self.page;
        if self.is_major(i)
            || page
                .previous_element(i)
                .is_none_or(|h| heading_level(page.tag(h)).is_none())
        {
            return false;
        }
        page.subtree(i)
            .find(|&d| page.tag(d) == "form")
            .is_some_and(|form| {
                self.stats.chars(i) - self.stats.chars(form) <= FORM_NOTE_CHARS
                    && self.has_control_in_sight(form)
            })
    }

    /// Whether heading `i` stands over a form (see
    /// [`Cleaner::is_headed_form`]).
    pub(super) fn heads_a_form(&self, i: NodeIdx) -> bool {
        let page = self.page;
        heading_level(page.tag(i)).is_some()
            && page.next_element(i).is_some_and(|n| self.is_headed_form(n))
    }

    /// Whether block `i` holds a field, menu or button that is drawn.
    pub(super) fn has_control_in_sight(&self, i: NodeIdx) -> bool {
        let page = self.page;
        page.descendants(i).any(|j| {
            matches!(page.tag(j), "input" | "textarea" | "select" | "button")
                && page.attr(j, "type") != Some("hidden")
                && !crate::plan::visibility::is_hidden(page, j)
                && page.parent(j).is_some_and(|p| !self.hidden[p])
        })
    }
}

/// Whether element `i` is a control a reader operates: a button, a menu
/// or its options, or a plain box the page made focusable for that (code
/// blocks and tables are made focusable to scroll them: they stay text).
fn is_control(page: &Page, i: NodeIdx) -> bool {
    let tag = page.tag(i);
    matches!(tag, "button" | "select" | "option")
        || page.attr(i, "tabindex").is_some() && matches!(tag, "div" | "span" | "li")
        || page
            .attr(i, "role")
            .is_some_and(|r| CONTROL_ROLES.contains(&r))
}

/// Whether element `i` is a link to a picture's file (`/bay-large.jpg`),
/// as a gallery's "Click to enlarge" is.
fn links_to_a_picture(page: &Page, i: NodeIdx) -> bool {
    const PICTURE_FILES: &[&str] = &[".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"];
    page.tag(i) == "a"
        && page.attr(i, "href").is_some_and(|href| {
            let path = crate::render::path_of(href).to_ascii_lowercase();
            PICTURE_FILES.iter().any(|ext| path.ends_with(ext))
        })
}

/// Whether `href` opens a page's editor: a wiki's `?action=edit`
/// (`veaction=edit` for its visual editor, `do=edit` in others) or an
/// address ending in `/edit`.
fn edits_a_page(href: &str) -> bool {
    let href = href.split('#').next().unwrap_or(href);
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    query.split('&').any(|pair| {
        matches!(
            pair.split_once('='),
            Some(("action" | "veaction" | "do", "edit" | "editsource"))
        )
    }) || path.trim_end_matches('/').ends_with("/edit")
}

/// The id that link `i` leads to within the page (`href="#fares"`), if
/// it names one.
pub(super) fn in_page_target(page: &Page, i: NodeIdx) -> Option<&str> {
    page.attr(i, "href")
        .and_then(|h| h.strip_prefix('#'))
        .filter(|id| !id.is_empty())
}

/// Whether element `i` says in its label that it is a media player ("Yahoo
/// Video Player", "NPR audio player"), where its class names may say
/// nothing (`yvp-content`) and its controls nest deep. A link or button so
/// labelled opens a player elsewhere.
fn is_labelled_player(page: &Page, i: NodeIdx) -> bool {
    !matches!(page.tag(i), "a" | "button")
        && page.attr(i, "aria-label").is_some_and(|label| {
            label
                .split_whitespace()
                .last()
                .is_some_and(|word| word.eq_ignore_ascii_case("player"))
        })
}

/// Whether element `i` is a link that leads nowhere (`href="#"`, a
/// `javascript:` address): a button of the page's scripts drawn as a link.
pub(super) fn acts_in_place(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) == "a"
        && page
            .attr(i, "href")
            .is_some_and(|href| href.trim() == "#" || runs_a_script(href))
}

/// Whether `text` is one bracketed placeholder: a name, then attributes
/// as `key=value`, or a name of words joined by underscores alone.
fn is_placeholder(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else {
        return false;
    };
    let mut parts = inner
        .trim_matches(|c: char| c == '/' || c.is_whitespace())
        .split_whitespace();
    let Some(name) = parts.next() else {
        return false;
    };
    let named = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    named
        && match parts.next() {
            None => name.contains('_'),
            Some(attribute) => attribute
                .split_once('=')
                .is_some_and(|(key, value)| !key.is_empty() && !value.is_empty()),
        }
}

/// Whether `text` is nothing but template expressions (`{{ user.name }}`).
fn is_expressions(text: &str) -> bool {
    let mut rest = text.trim();
    while let Some(open) = rest.strip_prefix("{{") {
        let Some(close) = open.find("}}") else {
            return false;
        };
        if open[..close].trim().is_empty() {
            return false;
        }
        rest = open[close + 2..].trim_start();
    }
    rest.is_empty() && text.contains("{{")
}

/// Whether element `i` is placed by its inline style at a share of its
/// container's height and width (`top` or `bottom`, and `left` or `right`,
/// in percent: a chart's axis labels stand right-aligned).
fn placed_over(page: &Page, i: NodeIdx) -> bool {
    let Some(style) = page.attr(i, "style") else {
        return false;
    };
    let percent = |properties: [&str; 2]| {
        declarations(style).any(|(name, value)| {
            properties.iter().any(|p| name.eq_ignore_ascii_case(p)) && value.ends_with('%')
        })
    };
    percent(["top", "bottom"]) && percent(["left", "right"])
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// The words of a video player's box (its state, its controls) go; its
    /// picture and the caption under it stay.
    #[test]
    fn a_players_words_go() {
        let html = "<html><body><article>\
            <p>Fourteen fishermen were brought ashore early on Sunday after their trawler ran aground on a sandbank off the point.</p>\
            <figure class=\"player-box\"><div class=\"video-player\"><img src=\"/rescue.jpg\" alt=\"\">\
            <div class=\"state\"><p>Video unavailable</p><p>This video cannot be played in your browser.</p></div>\
            <div class=\"controls\"><span>Now watching</span> <span>Next video starts in: 7</span></div></div>\
            <figcaption>The lifeboat alongside the trawler at first light.</figcaption></figure>\
            <p>The trawler's owners said they would try to refloat the vessel at the next high tide if the weather allows.</p>\
            <div class=\"video-resource\"><div class=\"video-resource__player\" data-video-id=\"17\"></div>\
            <div><h3>The crew describe the night on the sandbank</h3><p>01:52 - Source: Coast TV</p></div></div>\
            <p>The coastguard said the crew had done everything right, and that the lifejackets had saved lives.</p>\
            <div class=\"player-note\"></div>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        let text = article.text;
        for gone in [
            "Video unavailable",
            "cannot be played",
            "Now watching",
            "Next video",
            "The crew describe",
            "Source: Coast TV",
        ] {
            assert!(!text.contains(gone), "{gone}: {text:?}");
        }
        assert!(
            text.contains("The lifeboat alongside the trawler"),
            "{text:?}"
        );
        assert!(article.html.contains("/rescue.jpg"), "{}", article.html);
        assert!(text.contains("lifejackets had saved lives"), "{text:?}");
    }

    /// A player that says what it is only in its label keeps its caption
    /// settings menu deep inside it: every word of it goes, however deep.
    /// A link labelled as opening a player is the article's.
    #[test]
    fn a_labelled_players_menus_go() {
        let menu = "<div class=\"vx-settings\"><div class=\"vx-box\"><div class=\"vx-row\">\
            <div class=\"vx-cell\"><div class=\"vx-back\"><span class=\"vx-caret\"></span><div>Back</div></div>\
            <div class=\"vx-list\"><ul><li>No item available</li></ul></div>\
            <div class=\"vx-preview\">Captions will look like this</div></div></div></div></div>";
        let html = format!(
            "<html><body><article>\
            <p>Fourteen fishermen were brought ashore early on Sunday after their trawler ran aground on a sandbank off the point.</p>\
            <div class=\"vx-content\" aria-label=\"Harbour Video Player\">{menu}</div>\
            <p>The trawler's owners said they would try to refloat the vessel at the next high tide if the weather allows.</p>\
            <a href=\"/live\" aria-label=\"Open the live video player\"><div>The harbour cameras, live</div></a>\
            <p>The coastguard said the crew had done everything right, and that the lifejackets had saved lives.</p>\
            </article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        for gone in ["Back", "No item available", "Captions will look"] {
            assert!(!text.contains(gone), "{gone}: {text:?}");
        }
        assert!(text.contains("The harbour cameras, live"), "{text:?}");
        assert!(text.contains("lifejackets had saved lives"), "{text:?}");
    }

    /// A tooltip's bubble set beside its term goes, and the sentence reads
    /// on; a box classed as a tooltip that holds the term stays, and so
    /// does one no term points to.
    #[test]
    fn a_tooltips_bubble_goes() {
        let html = "<html><body><article>\
            <p>Ferries on the northern route burn <span class=\"term\"><dfn aria-labelledby=\"tip-1\">bunker fuel</dfn>\
            <span class=\"Term_tooltip__x1\" id=\"tip-1\"><strong>Bunker fuel</strong> Heavy oil left over from refining.</span></span> \
            and the council wants them switched to electric power by the end of the decade.</p>\
            <p>The island's harbour master called the plan <span class=\"tooltip\">ambitious<span role=\"tooltip\">Said at the harbour meeting.</span></span> \
            but said the new <span class=\"tooltip\" id=\"tip-2\">charging pier</span> would be ready first.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            text.contains("burn bunker fuel and the council wants"),
            "{text:?}"
        );
        assert!(!text.contains("Heavy oil"), "{text:?}");
        assert!(!text.contains("Said at the harbour"), "{text:?}");
        assert!(text.contains("called the plan ambitious but"), "{text:?}");
        assert!(text.contains("new charging pier would"), "{text:?}");
    }

    /// A question asking the reader to rate the page goes with its
    /// buttons; a question of the text about usefulness stays, and so does
    /// one about "this" with no answers beside it.
    #[test]
    fn a_request_to_rate_the_page_goes() {
        let html = "<html><body><article>\
            <p>Stretching before a run does less than most runners think, according to a review of forty trials published this week.</p>\
            <h2>Is stretching useful?</h2>\
            <p>The authors found that a slow jog warms the muscles better, and that long stretches held still can even weaken a sprint.</p>\
            <blockquote><p>Was this advice useful? We were never sure, said one coach.</p></blockquote>\
            <p>Is this helpful? Only if you enjoy it, the authors wrote, and enjoying a warm-up matters more than its kind.</p>\
            <div class=\"rating\"><p>Was this page helpful?</p><button aria-label=\"Yes\"></button><button aria-label=\"No\"></button></div>\
            <div><span>Cette page vous a-t-elle été utile ?</span> <a href=\"#yes\">Oui</a> <a href=\"#no\">Non</a></div>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Was this page helpful"), "{text:?}");
        assert!(!text.contains("Cette page"), "{text:?}");
        for kept in [
            "Is stretching useful?",
            "Was this advice useful?",
            "Is this helpful? Only if",
        ] {
            assert!(text.contains(kept), "{kept}: {text:?}");
        }
    }

    /// A poll set among the paragraphs without a form around it goes; a
    /// checklist of boxes to tick with no button to send them stays.
    #[test]
    fn a_poll_goes() {
        let html = "<html><body><article>\
            <p>Fourteen fishermen were brought ashore early on Sunday after their trawler ran aground on a sandbank off the point.</p>\
            <div class=\"widget\"><h3>Have your say</h3><p>Should the sandbank be marked with a new buoy?</p>\
            <label><input type=\"radio\" name=\"p\"> Yes</label><label><input type=\"radio\" name=\"p\"> No</label>\
            <button>Vote</button></div>\
            <p>What every boat should carry before it leaves the harbour in winter:</p>\
            <ul><li><label><input type=\"checkbox\"> A life jacket for each person aboard</label></li>\
            <li><label><input type=\"checkbox\"> A radio tuned to the coastguard</label></li></ul>\
            <p>The trawler's owners said they would try to refloat the vessel at the next high tide if the weather allows.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Have your say"), "{text:?}");
        assert!(!text.contains("new buoy"), "{text:?}");
        assert!(text.contains("A life jacket for each person"), "{text:?}");
    }

    /// A chart's figures set over its picture go with the page's styles,
    /// placed from its top or bottom and its left or right edge; the
    /// picture stays, and so do boxes placed over no picture.
    #[test]
    fn a_charts_labels_go_and_its_picture_stays() {
        let label = |place: &str, text: &str| {
            format!("<div style=\"{place};margin-top:-8px;width:29px\"><p>{text}</p></div>")
        };
        let labels = format!(
            "{}{}{}{}",
            label("top:5%;left:12.5%", "$915 billion"),
            label("top:40%;right:95.1%", "$600"),
            label("bottom:10%;right:95.1%", "$300"),
            label("top:90%;left:12.5%", "’17")
        );
        let story = "<p>Interest on the debt will soon cost more than the military, and the gap \
            keeps growing every year after that, the budget office says in its new report.</p>";
        let page = |chart: &str| {
            format!("<html><body><article><h1>The debt</h1>{story}{chart}{story}</article></body></html>")
        };
        let with_picture =
            format!("<div class=\"artboard\"><img src=\"/chart.png\" alt=\"\">{labels}</div>");
        let article = extract(&page(&with_picture), &Options::default()).unwrap();
        for label in ["$915", "$600", "$300", "’17"] {
            assert!(!article.text.contains(label), "{}", article.text);
        }
        assert!(article.html.contains("chart.png"), "{}", article.html);
        let without_picture = format!("<div class=\"artboard\">{labels}</div>");
        let article = extract(&page(&without_picture), &Options::default()).unwrap();
        assert!(article.text.contains("$915"), "{}", article.text);
    }

    /// A picture's credit in a line of its own goes, by the picture or as
    /// its caption (in a figure or not), in English or another language,
    /// the picture staying; a caption
    /// stays with the credit it ends with, and so do a caption under a
    /// credit's label, a chart's source, a sentence that opens like a
    /// credit and a line of code.
    #[test]
    fn a_pictures_credit_goes() {
        let story = "<p>The ferry runs twice a day in winter, and the morning boat is the one \
            the islanders take, with their shopping and their dogs.</p>";
        let html = format!(
            "<html><head><meta property=\"og:site_name\" content=\"Quay Weekly\"></head>\
            <body><article><h1>Winter sailings</h1>{story}\
            <figure><img src=\"/gull.jpg\" alt=\"\"><figcaption>Ana Ruiz/Quay Weekly</figcaption></figure>\
            <figure><img src=\"/rope.jpg\" alt=\"\"><figcaption>Eli Moss for Quay Weekly</figcaption></figure>\
            <figure><blockquote><p>We will sail whatever the weather, as long as the harbour is open.</p></blockquote>\
            <figcaption>Una Bell, harbour master, Quay Weekly</figcaption></figure>\
            <figure><img src=\"/boat.jpg\" alt=\"\"><figcaption><span>Credit: Harbour Trust</span>\
            </figcaption></figure>{story}\
            <figure><img src=\"/bay.jpg\" alt=\"\"><figcaption><span>The morning boat leaves the \
            harbour.</span> <span>Credit: Bo Chan</span></figcaption></figure>\
            <img src=\"/quay.jpg\" alt=\"\"><p>Photo by Ann Lee</p>{story}\
            <figure><img src=\"/deck.jpg\" alt=\"\"><figcaption>Bo Chan/Getty Images</figcaption></figure>\
            <div><div><img src=\"/wharf.jpg\" alt=\"\"></div><figcaption>Dee Fox/Getty Images</figcaption></div>\
            <div><img src=\"/buoy.jpg\" alt=\"\"><div class=\"image__credit\">Sky Lab/Handout</div>\
            <div class=\"accreditation\">Quay Guild</div></div>\
            <figure><img src=\"/mast.jpg\" alt=\"\"><span>Cy Diaz/Reuters</span>\
            <figcaption>The mast, lit for the regatta.</figcaption></figure>\
            <figure><img src=\"/pier.jpg\" alt=\"\"><figcaption>The old pier at dawn, before the \
            storm took its end Ann Lee/Getty Images</figcaption></figure>\
            <div><div><img src=\"/net.jpg\" alt=\"\"></div><div class=\"credit-caption\"><div><p>Nets dry on the \
            quay. <b class=\"credit\">Lou Hart for the Island Post</b></p></div>\
            <span class=\"credit\">Lou Hart for the Island Post</span></div></div>\
            <figure><img src=\"/ferry.jpg\" alt=\"\"><figcaption>Image: The ferry at the pier in \
            the morning. File picture</figcaption></figure>\
            <img src=\"/chart.png\" alt=\"\"><p>Source: Harbour Trust</p>\
            <p>Photo by photo, the album shows the pier as it was.</p>\
            <div><img src=\"/bridge.jpg\" alt=\"\"><div class=\"image-caption\">Фото: Иван Петров / Агентство</div></div>{story}\
            <pre>image: nginx:1.27</pre></article></body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        let text = article.text;
        for picture in ["deck.jpg", "wharf.jpg"] {
            assert!(
                article.html.contains(picture),
                "{picture} not in {}",
                article.html
            );
        }
        for gone in [
            "Dee Fox/Getty",
            "Sky Lab",
            "Credit: Harbour Trust",
            "Photo by Ann Lee",
            "Bo Chan/Getty",
            "Cy Diaz/Reuters",
            "Иван Петров",
            "Ana Ruiz",
            "Eli Moss",
        ] {
            assert!(!text.contains(gone), "{gone:?} in {text}");
        }
        for kept in [
            "The morning boat leaves the harbour. Credit: Bo Chan",
            "storm took its end Ann Lee/Getty Images",
            "The mast, lit for the regatta.",
            "Source: Harbour Trust",
            "Quay Guild",
            "Photo by photo",
            "image: nginx",
            "Image: The ferry at the pier in the morning.",
            "Una Bell, harbour master, Quay Weekly",
        ] {
            assert!(text.contains(kept), "{kept:?} not in {text}");
        }
        // The caption keeps its credit; the copy under it goes.
        assert!(text.contains("quay. Lou Hart"), "{text}");
        assert_eq!(text.matches("Lou Hart").count(), 1, "{text}");
    }

    /// A form under a heading of its own goes with the heading and the
    /// notes set beside it. A heading over text before a form stays, with
    /// the text; so do a note set with a form under no heading, a long
    /// text set with a form and a form with nothing to fill in (a forum
    /// sets its posts in one).
    #[test]
    fn a_forms_heading_and_notes_go() {
        let form = "<form action=\"/c\" method=\"post\"><label>Your name <input type=\"text\" name=\"n\"></label>\
            <textarea name=\"body\"></textarea><input type=\"submit\" value=\"Send\"></form>";
        let story = "<p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take, with their shopping.</p>";
        let long = "<p>The harbour board meets on the first Monday of every month in the old customs house, and anyone \
            who lives on the island may speak for five minutes on any matter before the board, as long as they have \
            written to the clerk a week before. The clerk keeps a list of speakers, and the chair calls them in the \
            order in which they wrote. Last winter the meetings ran late into the night as the islanders argued \
            about the new breakwater, and the board has since added a second meeting in the spring. Minutes \
            of every meeting are pinned to the door of the customs house and kept in the library for a year, \
            where anyone may read them, and the clerk sends them to the mainland paper as well.</p>";
        let html = format!(
            "<html><body><article><h1>Winter sailings</h1>{story}\
            <h3>Add a comment</h3><blockquote>{form}<p>Comments are read before they appear.</p></blockquote>{story}\
            <h2>Have your say</h2><blockquote>{long}{form}</blockquote>\
            <h2>Times and fares</h2><p>Fares rise by a pound in January, the first rise in four years.</p>\
            <blockquote><p>The new fares are on the timetable at the pier.</p>{form}</blockquote>\
            <h2>From the archive</h2><blockquote><form action=\"/edit\"><input type=\"hidden\" name=\"t\">\
            <p>The first ferry sailed in 1921, with room for nine cars on its open deck.</p></form></blockquote>{more}\
            </article></body></html>",
            more = story.repeat(6)
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("Add a comment"), "{text:?}");
        assert!(!text.contains("Comments are read"), "{text:?}");
        assert!(text.contains("Times and fares"), "{text:?}");
        assert!(text.contains("on the timetable at the pier"), "{text:?}");
        assert!(text.contains("second meeting in the spring"), "{text:?}");
        assert!(text.contains("From the archive"), "{text:?}");
        assert!(text.contains("nine cars on its open deck"), "{text:?}");
        // Where the box holds most of the article, heading and text stay.
        let html = format!(
            "<html><body><article><h1>Winter sailings</h1>{story}\
            <h2>Have your say</h2><blockquote>{notes}{form}</blockquote>{story}</article></body></html>",
            notes = story.repeat(3)
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("Have your say"), "{text:?}");
    }

    /// The label of a rating widget whose stars the page's script draws
    /// goes, in a table's cell too; a sentence that asks for a rating or
    /// names the button, and a heading that rates more than one thing,
    /// stay.
    #[test]
    fn a_rating_call_goes() {
        let html = "<html><body><article><h1>Winter fares</h1>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <table class=\"rating-table\"><tr><td><nobr>Rate this article</nobr></td><td><div class=\"stars\"></div></td></tr></table>\
            <div class=\"recipe-rating\"><span>Rate this Recipe!</span></div>\
            <p>Please rate this crossing in the survey the crew hands out on board.</p>\
            <p>In the app, tap <b>Rate this crossing</b> and choose the stars.</p>\
            <h2>Rate this season's crossings</h2>\
            <p>Season tickets bought before the change stay valid until the end of the winter.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Rate this article"), "{text:?}");
        assert!(!text.contains("Rate this Recipe"), "{text:?}");
        assert!(text.contains("Please rate this crossing"), "{text:?}");
        assert!(text.contains("tap Rate this crossing and"), "{text:?}");
        assert!(text.contains("Rate this season's crossings"), "{text:?}");
    }

    /// A line telling the reader to scroll or swipe for the rest of a wide
    /// table goes; a guide's step that says so stays, in its list, as a
    /// sentence or as a line that ends elsewhere, and so do a heading and
    /// the words inside a sentence.
    #[test]
    fn a_scroll_hint_goes() {
        let html = "<html><body><article><h1>Winter fares</h1>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <div class=\"table-wrap\"><div class=\"notice\">SCROLL FOR MORE</div>\
            <table><tr><th>Crossing</th><th>Adult</th><th>Car</th></tr><tr><td>Morning</td><td>£4</td><td>£18</td></tr></table></div>\
            <p class=\"hint\">Swipe right to see more</p>\
            <p>To book, open the app on your phone.</p>\
            <ol><li>Scroll down to see more</li><li>Tap the crossing you want.</li></ol>\
            <p>Scroll down to see more crossings.</p>\
            <p>Scroll down to Notifications</p>\
            <p>If the table is cut off on your phone, <span>swipe for more</span>, or turn the phone.</p>\
            <h2>Scroll for more</h2>\
            <p>Season tickets bought before the change stay valid until the end of the winter.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("SCROLL FOR MORE"), "{text:?}");
        assert!(!text.contains("Swipe right"), "{text:?}");
        assert!(text.contains("Scroll down to see more\n"), "{text:?}");
        assert!(
            text.contains("Scroll down to see more crossings."),
            "{text:?}"
        );
        assert!(text.contains("Scroll for more"), "{text:?}");
        assert!(text.contains("Scroll down to Notifications"), "{text:?}");
        assert!(text.contains("phone, swipe for more, or"), "{text:?}");
    }

    /// What a script shows while it fetches the real thing goes; a heading
    /// that names loading as its subject stays.
    #[test]
    fn a_loading_placeholder_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <div class=\"prices\"><span>Loading prices for your region…</span></div>\
            <h2>Loading the car deck</h2>\
            <p>Cars board first, and the crew loads the bicycles last, along the railings of the deck.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("prices"), "{text:?}");
        assert!(text.contains("Loading the car deck"), "{text:?}");
    }

    /// The labels of a caption's controls, a fold's "Read more", a link's
    /// "See all" after a line and a post's links to act on it go, the
    /// caption stays; a sentence that opens with the same words,
    /// names the control, or holds a link of the same word, stays.
    #[test]
    fn a_controls_label_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <figure><img src=\"/ferry.jpg\" alt=\"\"><figcaption><p>The morning boat leaves the harbour. \
            <b class=\"credit\">Ann Lee</b> <b class=\"hide-caption\"><b>hide caption</b></b></p>\
            <b class=\"toggle-caption\"><b>toggle caption</b></b></figcaption></figure>\
            <div><button>Show full transcript +</button></div>\
            <p>Show more patience with the evening boat, which waits for the train from the city.</p>\
            <p>To see the winter sailings, click <b>Show more</b> under the timetable.</p>\
            <ul class=\"post-icons\"><li><a href=\"/posting?mode=quote&p=7\"><span>Reply with quote</span></a></li></ul>\
            <div class=\"fold\"><p>The timetable changes with the tides in spring.</p><div class=\"more\">READ MORE</div></div>\
            <p>Fares rise in summer. <a href=\"/fares\">See all</a></p>\
            <p>The harbour master's <a href=\"/report.pdf\">report</a> counts every crossing since 1893.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("leaves the harbour. Ann Lee"), "{text:?}");
        assert!(!text.contains("caption"), "{text:?}");
        assert!(!text.contains("transcript"), "{text:?}");
        assert!(text.contains("Show more patience"), "{text:?}");
        assert!(text.contains("click Show more under"), "{text:?}");
        assert!(!text.contains("Reply with quote"), "{text:?}");
        assert!(!text.contains("READ MORE"), "{text:?}");
        assert!(text.contains("Fares rise in summer.\n"), "{text:?}");
        assert!(text.contains("master's report counts"), "{text:?}");
    }

    /// The same labels in other languages go, and so do a post's links to
    /// act on it; a sentence that opens with their words, or links one of
    /// them, stays.
    #[test]
    fn a_controls_label_in_another_language_goes() {
        let html = "<html lang=\"de\"><body><article>\
            <p>Die Fähre fährt im Winter zweimal am Tag, und die Inselbewohner nehmen das Morgenboot.</p>\
            <div class=\"fold\"><p>Der Fahrplan ändert sich im Frühjahr mit den Gezeiten.</p><div class=\"more\">Weiterlesen →</div></div>\
            <p>Die Preise steigen im Sommer. <a href=\"/preise\">Alle anzeigen</a></p>\
            <p>Mehr lesen kann man im Bericht des Hafenmeisters, der jede Überfahrt seit 1893 zählt.</p>\
            <ul class=\"post-icons\"><li><a href=\"/posting?mode=reply&p=7\">Antworten</a></li><li><a href=\"/report?p=7\">Melden</a></li></ul>\
            <p>Wer Fragen hat, kann dem Hafenmeister <a href=\"/kontakt\">antworten</a> oder sie im Hafenbüro melden.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Weiterlesen"), "{text:?}");
        assert!(!text.contains("Alle anzeigen"), "{text:?}");
        assert!(text.contains("Mehr lesen kann man"), "{text:?}");
        assert!(!text.contains("Antworten"), "{text:?}");
        assert!(!text.contains("Melden"), "{text:?}");
        assert!(text.contains("Hafenmeister antworten oder"), "{text:?}");
    }

    /// A link to skip the menus goes; a sentence's link to a later part of
    /// the text stays.
    #[test]
    fn a_skip_link_goes() {
        let html = "<html><body><article><a class=\"sr-only\" href=\"#main\">Skip to main content</a>\
            <h1 id=\"main\">Winter sailings</h1>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <p>If you know the island, you can <a href=\"#fares\">skip ahead</a> to the fares.</p>\
            <h2 id=\"fares\">Fares</h2><p>A return ticket costs the same in every season, bicycles free.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Skip to"), "{text:?}");
        assert!(text.contains("you can skip ahead to the fares"), "{text:?}");
    }

    /// A wiki's links to edit a section go from its headings, or from
    /// right after them in the heading's box, brackets and all, and the
    /// heading's words stay; a heading that is all a link
    /// to the editor, a heading's link elsewhere and a sentence's link to
    /// the editor stay.
    #[test]
    fn a_headings_edit_link_goes() {
        let html = "<html><body><article><h1>Island ferry</h1>\
             <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
             <h2>Timetable<span class=\"tools\"><span>[</span><a href=\"/w/index.php?title=Ferry&amp;action=edit&amp;section=1\">edit</a><span>]</span></span></h2>\
             <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
             <h3>Fares and <span>passes <a href=\"/wiki/Fares?veaction=edit\">[ edit source ]</a></span></h3>\
             <p>A return ticket costs the same in every season, and bicycles travel free all year round.</p>\
             <div class=\"heading\"><h2>Tides</h2><span>[<a href=\"/w/index.php?title=Ferry&amp;action=edit&amp;section=3\">edit source</a>]</span></div>\
             <p>The boat waits for the tide in the sound, where the channel is shallow at the lowest ebb.</p>\
             <h2><a href=\"/notes/crossing/edit\">Notes on the crossing</a></h2>\
             <p>The crossing takes forty minutes, longer when the wind is from the west and the tide is out.</p>\
             <h2>Summer <a href=\"/wiki/Summer_timetable\">timetable</a></h2>\
             <p>In summer a third boat runs at noon, and on Saturdays a late boat leaves the island at nine.</p>\
             <p>Anyone may <a href=\"/w/index.php?title=Ferry&amp;action=edit\">edit</a> this page when the timetable changes.</p>\
             </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for heading in [
            "\nTimetable\n",
            "\nFares and passes\n",
            "\nTides\n",
            "\nNotes on the crossing\n",
            "\nSummer timetable\n",
        ] {
            assert!(text.contains(heading), "{heading:?} not in {text:?}");
        }
        assert!(!text.contains('['), "{text:?}");
        assert!(text.contains("Anyone may edit this page"), "{text:?}");
    }

    /// The marks documentation sites set in a heading to link to it go,
    /// however the page names the heading (its own id, an id inside it,
    /// its section's, an empty anchor's before it); a heading's link to a
    /// note or to the paragraph before it, and a heading of one short
    /// word linking to itself, stay.
    #[test]
    fn a_headings_link_to_itself_goes() {
        let html = "<html><body><article><h1>Island ferry</h1>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <h2 id=\"fares\"><a href=\"#fares\">§</a>Fares</h2>\
            <p>A return ticket costs the same in every season, and bicycles travel free all year round.</p>\
            <section id=\"timetable\"><h2>Timetable <a class=\"hash-link\" href=\"#timetable\">#</a></h2>\
            <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p></section>\
            <span id=\"bicycles\"></span><h3>Bicycles <a href=\"#bicycles\">#</a></h3>\
            <p id=\"bicycles-rule\">Bicycles ride on the car deck, strapped to the rail, and their riders walk them off last.</p>\
            <h3>Sailing <a href=\"#bicycles-rule\">†</a></h3>\
            <p>Sailing boats moor at the outer pontoon and pay the harbour dues at the ticket office.</p>\
            <h3><span id=\"crossing\">Crossing</span><a href=\"#crossing\">\u{200b}</a></h3>\
            <p>The crossing takes forty minutes, longer when the wind is from the west and the tide is out.</p>\
            <h3 id=\"map\"><a href=\"#map\">Map</a></h3>\
            <p>The harbour map shows the slipway, the ticket office and the waiting room by the pier.</p>\
            <h3>Winter <a href=\"#note-1\">*</a></h3>\
            <p>In winter the noon boat does not run, and the late boat leaves at eight rather than nine.</p>\
            <p id=\"note-1\">* Except in the school holidays, when the summer timetable runs all week.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for heading in [
            "\nFares\n",
            "\nTimetable\n",
            "\nBicycles\n",
            "\nSailing †\n",
            "\nCrossing\n",
            "\nMap\n",
            "\nWinter *\n",
        ] {
            assert!(text.contains(heading), "{heading:?} not in {text:?}");
        }
    }

    /// An audio player's label goes (the reader view reads aloud itself);
    /// a sentence about listening stays.
    #[test]
    fn an_audio_players_label_goes() {
        let html = "<html><body><article>\
            <div><button>Play</button> Listen to this article · 4 min</div>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>Listen to this story from the islanders, who have waited a year for the second boat to come back.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("4 min"), "{text:?}");
        assert!(text.contains("waited a year"), "{text:?}");
    }

    /// A content system's placeholder left unfilled goes (a shortcode, a
    /// module's name, a script template's expression, also in a line);
    /// words in brackets, a shortcode named in a sentence and code stay.
    #[test]
    fn an_unfilled_placeholder_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take to the mainland.</p>\
            <p>[CTA_MODULE]</p><div>[convertkit form=1630175]</div>\
            <div><strong>{{ board.errors[1167].message }}</strong></div>\
            <p>[Applause]</p>\
            <div class=\"votes\"><span>21</span> <span ng-cloak>{{ upvoteCount | shortNum }}</span></div>\
            <p>Add <span>[ferry_times]</span> to the page, and the day's sailings show under it.</p>\
            <pre><div>[ferry_times]</div><div>winter=2</div></pre>\
            <dl><dt><code>{{ ferry.times }}</code></dt><dd>The sailings of the day.</dd></dl>\
            <p>Set <code>[ferry_times]</code> in the file, and the evening boat waits for the train from the city.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("CTA_MODULE")
                && !text.contains("convertkit")
                && !text.contains("board.errors")
                && !text.contains("upvoteCount"),
            "{text:?}"
        );
        for kept in [
            "[Applause]",
            "Add [ferry_times] to the page",
            "[ferry_times]\nwinter=2",
            "{{ ferry.times }}",
            "Set [ferry_times] in",
        ] {
            assert!(text.contains(kept), "{kept:?} in {text:?}");
        }
    }

    /// A widget's panel of controls goes (a player's quality menu drawn as
    /// focusable blocks, a code sample's language tabs, a post's buttons
    /// with its count of claps, a toolbar's label and buttons); words
    /// beside buttons stay, questions drawn
    /// as buttons over their answers stay, and so do focusable code blocks.
    #[test]
    fn a_panel_of_controls_goes() {
        let html = "<html><body><article>\
            <p>The ferry company filmed the morning crossing from the bridge, and the film runs for four minutes.</p>\
            <div class=\"settings\"><div tabindex=\"1\">Auto</div><div tabindex=\"2\">High (HD)</div>\
            <div tabindex=\"3\">Medium</div><div tabindex=\"4\">Low</div></div>\
            <div><span role=\"tab\">Python</span><span role=\"tab\">Ruby</span><span role=\"tab\">Go</span></div>\
            <pre tabindex=\"0\">ferry.book(date=\"2026-12-01\", crossing=\"morning\", bicycles=1)</pre>\
            <div><pre tabindex=\"0\">ferry.timetable(\"winter\")</pre><pre tabindex=\"0\">ferry.fares()</pre>\
            <pre tabindex=\"0\">ferry.map()</pre></div>\
            <div class=\"bar\"><div><span>2.1K</span></div><div><button>47</button></div><button>Save</button>\
            <button>Listen</button><button>Share</button></div>\
            <div><span>12</span> boats <button>Save</button><button>Listen</button><button>Share</button></div>\
            <div class=\"tools\"><span>Text size</span><button>A-</button><button>A+</button><button>Print</button></div>\
            <div><div role=\"button\">Can I bring a dog?</div><p>Dogs travel free on every crossing, on a lead.</p>\
            <div role=\"button\">Can I bring a bicycle?</div><p>Bicycles travel for two pounds.</p>\
            <div role=\"button\">Is there a cafe?</div><p>The cafe opens on the morning boat.</p></div>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("High (HD)") && !text.contains("Medium"),
            "{text:?}"
        );
        assert!(
            !text.contains("Python") && !text.contains("Ruby"),
            "{text:?}"
        );
        assert!(!text.contains("2.1K"), "{text:?}");
        assert!(!text.contains("Text size"), "{text:?}");
        assert!(text.contains("12 boats"), "{text:?}");
        assert!(
            text.contains("crossing=") && text.contains("ferry.fares()"),
            "{text:?}"
        );
        assert!(
            text.contains("Can I bring a dog?") && text.contains("Is there a cafe?"),
            "{text:?}"
        );
    }

    /// A post set in the form that would edit it, its fields hidden until
    /// asked for, is the post; a form a reader can fill in goes.
    #[test]
    fn a_form_with_nothing_to_fill_in_is_its_text() {
        let post = |n: &str, words: &str| {
            format!(
                "<div class=\"comment\"><p class=\"tagline\">poster{n}</p>\
                 <form action=\"#\" class=\"usertext\"><input type=\"hidden\" name=\"thing\" value=\"{n}\">\
                 <div class=\"body\"><p>{words}</p></div>\
                 <div class=\"edit\" style=\"display: none\"><textarea name=\"text\"></textarea><button type=\"submit\">save</button></div>\
                 </form></div>"
            )
        };
        let html = format!(
            "<html><body><div class=\"thread\">{}{}{}\
             <form action=\"/reply\"><p>Join the discussion: comments are read before they appear here.</p>\
             <textarea name=\"reply\"></textarea><button>Post reply</button></form></div></body></html>",
            post("1", "The new ferry timetable leaves an hour earlier than the old one, which suits the early shift at the cannery."),
            post("2", "It does not suit anyone coming back from the city on the last train, who now waits until morning."),
            post("3", "The council says a later evening crossing will be tried in spring if enough people write to them about it."),
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("suits the early shift"), "{text:?}");
        assert!(text.contains("waits until morning"), "{text:?}");
        assert!(text.contains("tried in spring"), "{text:?}");
        assert!(!text.contains("Join the discussion"), "{text:?}");
    }

    /// A caption whose picture or player is not there goes; a caption
    /// under a picture, a video, a quote or a table stays.
    #[test]
    fn a_caption_without_its_picture_goes() {
        let html = "<html><body><article>\
            <figure><div class=\"player\" data-id=\"8842\"></div>\
            <figcaption>Media caption The harbour master on the new timetable</figcaption></figure>\
            <figure><iframe src=\"https://player.example.net/embed/8842\"></iframe>\
            <figcaption>The evening boat in a storm</figcaption></figure>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <figure><img src=\"/ferry.jpg\" alt=\"\"><figcaption>The morning boat</figcaption></figure>\
            <figure><iframe src=\"https://www.youtube.com/embed/x1\"></iframe><figcaption>The crossing filmed</figcaption></figure>\
            <figure><blockquote>We sail when the sea lets us.</blockquote><figcaption>The captain</figcaption></figure>\
            <figure><table><tr><td>07:00</td><td>17:30</td></tr></table><figcaption>Winter sailings</figcaption></figure>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for gone in ["harbour master", "in a storm"] {
            assert!(!text.contains(gone), "{gone:?} in {text:?}");
        }
        for kept in [
            "The morning boat",
            "The crossing filmed",
            "The captain",
            "Winter sailings",
        ] {
            assert!(text.contains(kept), "{kept:?} not in {text:?}");
        }
    }

    /// The words of a button that enlarges a picture go; the picture, its
    /// caption, and a question that opens on a click stay.
    #[test]
    fn a_pictures_button_label_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <figure><div role=\"button\" tabindex=\"0\"><span>Press enter or click to view image in full size</span>\
            <img src=\"/ferry.jpg\" alt=\"\"></div><figcaption>The morning boat</figcaption></figure>\
            <div role=\"button\" tabindex=\"0\"><span>Is the photo on the ticket needed?</span><img src=\"/open.svg\" alt=\"\"></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert!(!article.text.contains("Press enter"), "{}", article.text);
        assert!(article.html.contains("ferry.jpg"), "{}", article.html);
        for kept in ["The morning boat", "Is the photo on the ticket needed?"] {
            assert!(
                article.text.contains(kept),
                "{kept:?} not in {}",
                article.text
            );
        }
    }

    /// A picture set in a box with the links that work it, which lead
    /// nowhere ("Enlarge this image", "toggle caption") or to the picture's
    /// own file ("Click to enlarge" beside a captioned figure), stays, and
    /// their words go; a link to another page beside a picture stays a link.
    #[test]
    fn a_pictures_links_that_work_it_go() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <div class=\"imagewrap\"><a href=\"#\">Enlarge this image</a><img src=\"/ferry.jpg\" alt=\"\">\
            <a href=\"javascript:void(0)\">toggle caption</a></div>\
            <div class=\"caption\"><p>The morning boat leaves the harbour.</p></div>\
            <div><figure><img src=\"/net.jpg\" alt=\"\"><figcaption>Nets dry on the quay.</figcaption></figure>\
            <a href=\"/net-large.jpg\">Click to enlarge</a></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            <div class=\"more\"><img src=\"/pier.jpg\" alt=\"\"><a href=\"/photos/pier\">See the photo of the pier</a></div>\
            <p>Tickets are sold on board, and the fares stay as they were in the summer.</p>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert!(article.html.contains("ferry.jpg"), "{}", article.html);
        assert_eq!(article.metadata.lead_image.as_deref(), Some("/ferry.jpg"));
        for gone in [
            "Enlarge",
            "toggle caption",
            "See the photo",
            "Click to enlarge",
        ] {
            assert!(!article.text.contains(gone), "{gone:?} in {}", article.text);
        }
        for kept in ["The morning boat", "Nets dry on the quay."] {
            assert!(
                article.text.contains(kept),
                "{kept:?} not in {}",
                article.text
            );
        }
    }

    /// An accordion's questions stay over their answers, whether a button
    /// (around a heading or in one) or a fold's header holds them, a
    /// button's set in bold; the glyphs
    /// that open the folds go.
    #[test]
    fn an_accordions_questions_stay() {
        let html = "<html><body><article><h1>Winter sailings</h1>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <h2>Frequently asked questions</h2>\
            <div class=\"faq-card\"><button type=\"button\"><div>Can I bring my dog on board?</div></button>\
            <div><p>Dogs travel free on both boats, on a lead and away from the café.</p></div></div>\
            <div class=\"accordion-item\"><div class=\"accordion-header\"><h3>Do boats sail in a storm?</h3>\
            <i class=\"accordion-icon\">+</i></div>\
            <div class=\"accordion-content\"><p>No boat sails in winds over force eight; the office posts changes by seven.</p></div></div>\
            <div class=\"accordion-item\"><div>Where do I buy tickets? <i class=\"material-icons\">chevron_right</i></div>\
            <div><p>Tickets are sold at the harbour office and on board, by card or in cash.</p></div></div>\
            <div class=\"fold\"><div><button aria-controls=\"a4\" aria-expanded=\"false\"><h3>Bikes on the late boat</h3></button></div>\
            <div id=\"a4\"><p>Bicycles ride free on every boat, the late one included, in the racks by the stern.</p></div></div>\
            </article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        // A question's button is its heading, set in bold.
        assert!(
            article
                .markdown
                .contains("**Can I bring my dog on board?**\n\nDogs travel free"),
            "{}",
            article.markdown
        );
        let text = article.text;
        for question in [
            "Can I bring my dog on board?\n\nDogs travel free",
            "Do boats sail in a storm?\n\nNo boat sails",
            "Where do I buy tickets?\n\nTickets are sold",
            "Bikes on the late boat\n\nBicycles ride free",
        ] {
            assert!(text.contains(question), "{question:?} not in {text}");
        }
        assert!(!text.contains('+') && !text.contains("chevron"), "{text}");
    }

    /// A glyph of an icon font goes; a check mark in a table, and a label
    /// beside an icon, stay.
    #[test]
    fn an_icons_glyph_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p><span class=\"icon-leaf\">Vegan</span> snacks are sold on board <span class=\"fa-solid\">\u{f06c}</span></p>\
            <table><tr><th>Boat</th><th>Café</th></tr><tr><td>Morning</td><td><i class=\"material-icons\">check</i></td></tr></table>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            text.contains("Vegan snacks are sold on board\n"),
            "{text:?}"
        );
        assert!(text.contains("Morning | check"), "{text:?}");
        assert!(!text.contains('\u{f06c}'), "{text:?}");
    }

    /// A post's bar of actions goes with the counts in it.
    #[test]
    fn a_posts_action_bar_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <div class=\"actionBar-set\"><span>17 people found this helpful</span> <a href=\"/r\">Report</a></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("helpful"), "{text:?}");
        assert!(text.contains("a late crossing"), "{text:?}");
    }

    /// The count beside a share button goes; a footnote's mark in a
    /// sentence and a score beside a button stay.
    #[test]
    fn a_controls_count_goes() {
        let html = "<html><body><article>\
            <div><button>Share full article</button><span>142</span></div>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day.<sup><a href=\"#n1\">7</a></sup></p>\
            <div><span>8.4</span><button>Track price</button></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("142"), "{text:?}");
        assert!(text.contains("two crossings a day.7"), "{text:?}");
        assert!(text.contains("8.4"), "{text:?}");
    }

    /// A video's running time on its teaser goes; a live blog's time of
    /// day over its entry stays.
    #[test]
    fn a_players_running_time_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <div class=\"video\"><div class=\"video__player\"></div><div class=\"video__duration\">02:14</div></div>\
            <div class=\"entry\"><span class=\"entry__time\">15:42</span><p>The evening boat waits for the train from the city, so a late train means a late crossing.</p></div>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("02:14"), "{text:?}");
        assert!(text.contains("15:42"), "{text:?}");
    }

    /// A slideshow's counter goes, in figures or in words, beside its
    /// picture or in its gallery's box past the buttons, and so does the
    /// counter of a text's pages anywhere; a score in a table and a line
    /// of figures with no picture near stay.
    #[test]
    fn a_slideshows_counter_goes() {
        let html = "<html><body><article>\
            <div><p>Page 1 of 8</p></div>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <div class=\"gallery\"><div>1 of 3</div><figure><img src=\"/boat.jpg\" alt=\"\">\
            <figcaption>The morning boat leaves the harbour.</figcaption></figure></div>\
            <div class=\"slides\"><figure><img src=\"/quay.jpg\" alt=\"\"></figure><span>2 / 12</span></div>\
            <table><tr><th>Crew</th><th>Score</th></tr><tr><td>Harbour</td><td>4 of 5</td></tr></table>\
            <div><p>3/4</p></div>\
            <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
            <div class=\"gallery\"><div>4 of 9</div><button>Previous</button><button>Next</button>\
            <figure><img src=\"/pier.jpg\" alt=\"\"><figcaption>The pier at dawn.</figcaption></figure></div>\
            <p>The evening boat waits for the train from the city, so a late train means a late crossing.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("1 of 3"), "{text:?}");
        assert!(!text.contains("2 / 12"), "{text:?}");
        assert!(!text.contains("4 of 9"), "{text:?}");
        assert!(!text.contains("Page 1"), "{text:?}");
        assert!(text.contains("morning boat leaves"), "{text:?}");
        assert!(text.contains("4 of 5"), "{text:?}");
        assert!(text.contains("3/4"), "{text:?}");
    }

    /// A link drawn as a button goes, as does a call to a shop under a
    /// product's lines; a link in a sentence stays, whatever its class or
    /// words.
    #[test]
    fn a_link_drawn_as_a_button_goes() {
        let html = "<html><body><article>\
            <p>The ferry runs twice a day in winter, and the morning boat is the one the islanders take.</p>\
            <div><a class=\"btn btn-primary\" href=\"/tickets\">Book a crossing</a></div>\
            <div class=\"card\"><p>Harbour lantern</p><p>$49 at Harbour Shop</p>\
            <a class=\"cta\" href=\"https://shop.example/lantern\">Buy now</a></div>\
            <p>Tickets are sold <a class=\"button-link\" href=\"/office\">at the harbour office</a> \
            and on board, and the evening boat waits for the train from the city.</p>\
            <p>Regulars <a href=\"/book\">buy now and then</a> a book of ten tickets for the price of eight.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Book a crossing"), "{text:?}");
        assert!(!text.contains("Buy now"), "{text:?}");
        assert!(text.contains("Regulars buy now and then"), "{text:?}");
        assert!(
            text.contains("sold at the harbour office and on board"),
            "{text:?}"
        );
    }
}
