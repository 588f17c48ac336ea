//! What the page sells or sends the reader elsewhere for, set among the
//! paragraphs: ads' labels, promos and "Read more" lines, newsletter
//! pitches and sign-up boxes, pull quotes that repeat the text, and
//! labelled lists of other pages.

use super::{is_media, Cleaner, SHORT_BLOCK_NODES};
use crate::heuristics::{
    label_words, labels_other_pages, names_a_network, AD_LABELS, APPEAL_CALLS, APPEAL_WORDS,
    CALLS_TO_ACTION, CONSENT_CALLS, CONSENT_WORDS, CURRENCY_SIGNS, FOLLOW_CALLS, OFFER_CALLS,
    OFFER_WORDS, PROMO_LABELS, PROMO_OPENINGS, PULL_QUOTE_HINTS, SHORT_BLOCK_CHARS, SIGNUP_LINKS,
    SIGNUP_WORDS, SPONSOR_LABELS,
};
use crate::page::{is_block, NodeIdx, Page};
use crate::plan::candidates::is_paragraph;
use crate::plan::quotes::ArticleShingles;
use crate::plan::{mentions, Reason, Stats};

/// The most text of a promo set in bold or italics apart from the story
/// (a short one is [`SHORT_BLOCK_CHARS`]): a call and a line or two on
/// what it offers.
const SET_APART_PROMO_CHARS: usize = 2 * SHORT_BLOCK_CHARS;

/// The most text of a disclosure of what the site earns from its links.
const DISCLOSURE_CHARS: usize = 300;

/// What a site's small print says its links bring it.
const PAYMENTS: &[&str] = &["commission", "compensation"];

/// How a site's small print says a payment comes to it.
const EARNING_VERBS: &[&str] = &["earn", "receiv", "get", "paid"];

/// How a page says it earns nothing from its links ("No affiliate
/// links", "This post does not contain affiliate links").
const DENIALS: &[&str] = &[
    "no affiliate",
    "not contain",
    "n't contain",
    "not use",
    "n't use",
    "never use",
];

/// Words in which a site speaks of its own earnings.
const DISCLOSING_VOICE: &[&str] = &["we", "us", "our", "i", "my"];

/// Pairs of words in which a site's small print names the page or
/// addresses the reader.
const DISCLOSING_PAIRS: &[[&str; 2]] = &[
    ["this", "post"],
    ["this", "article"],
    ["this", "page"],
    ["this", "site"],
    ["this", "website"],
    ["this", "blog"],
    ["if", "you"],
    ["when", "you"],
];

/// The most text a sign-up box holds, small print included.
const SIGNUP_BOX_CHARS: usize = 600;

/// The most text an appeal for readers' money holds.
const APPEAL_CHARS: usize = 1000;

/// The most text of a box that asks for consent to load an embed.
const CONSENT_GATE_CHARS: usize = 600;

/// The most text of such a box outside what speaks of consent: its
/// heading ("Allow Twitter content?"), a link to the settings.
const CONSENT_ASIDE_CHARS: usize = 60;

/// The most text an offer of a subscription holds, a card per plan.
const OFFER_CHARS: usize = 1500;

/// What a newsletter's pitch names: the word most languages borrow, and
/// the Spanish, Dutch, Swedish and Norwegian, and Québec French ones.
const NEWSLETTER_WORDS: &[&str] = &[
    "newsletter",
    "inbox",
    "boletín",
    "nieuwsbrief",
    "nyhetsbrev",
    "infolettre",
];

/// What a button to sign up says somewhere in it ("I'd like to sign-up"):
/// a line of its own may say more than a link in a sentence, which opens
/// with one of [`SIGNUP_LINKS`].
const SIGNUP_CALLS: &[&str] = &[
    "sign up",
    "sign-up",
    "signup",
    "subscribe",
    "apúntate",
    "suscríbete",
    "inscríbete",
    "regístrate",
    "anmelden",
    "abonnieren",
    "inscri",
    "iscriviti",
    "inscreva-se",
    "cadastre-se",
    "aanmelden",
    "abonneer",
];

/// The most links a pitch holds, its call's among them (a link to the
/// small print, one to the newsletter's past issues).
const PITCH_LINKS: usize = 3;

/// The least text of a paragraph that [`Cleaner::holds_prose_beside`]
/// counts as prose: two such beside a sign-up box are more than its pitch.
const PITCH_CHARS: usize = 80;

/// The most text of a pitch's button ("Make a contribution today").
const CALL_CHARS: usize = 40;

/// The most text an ad's label holds ("Advertisement - Story continues
/// below").
const AD_LABEL_CHARS: usize = 50;

/// The most words of an ad's label that says the text goes on after it
/// ("Continúa después de la publicidad").
const AD_LINE_WORDS: usize = 6;

/// What a line over an ad says goes on past it ("Story continues below").
const CONTINUED_WORDS: &[&str] = &["story", "article", "text", "content", "page"];

/// What else such a line says the text goes on past ("Story continues
/// below gallery").
const EMBEDS: &[&str] = &["gallery", "slideshow", "video", "photos", "player"];

/// The most text a label over a list of other pages holds ("You may also
/// be interested in").
const RELATED_LABEL_CHARS: usize = 40;

/// The most text of a lone link to all of a list ("View all", "See more").
const VIEW_ALL_CHARS: usize = 20;

/// The least text after a promo's label that is text of its own.
const TEXT_AFTER_LABEL_CHARS: usize = 40;

/// The most words of a label in capitals before a link to another story.
const LABEL_WORDS: usize = 5;

/// The least text of a link that can be a teaser's title.
const TEASER_TITLE_CHARS: usize = 10;

impl Cleaner<'_> {
    /// Whether block `i` is only the label over an ad slot ("Advertisement",
    /// "Anzeige", "Advertisement - Page continues below", "Story continues
    /// below advertisement", "Continua após a publicidade", "Supported
    /// by"), apart from any sentence: the slot itself is empty where no ad
    /// loaded. Headings,
    /// items and cells name a subject ("Advertising" among a designer's
    /// fields).
    pub(super) fn is_ad_label(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let own_line =
            || matches!(page.tag(i), "b" | "strong" | "font" | "i" | "em") && page.stands_alone(i);
        if !self.is_short_element(i, 5..=AD_LABEL_CHARS)
            || !(matches!(page.tag(i), "div" | "span" | "p" | "small" | "aside") || own_line())
            || (self.in_running_text(i) && !page.stands_alone(i))
        {
            return false;
        }
        // Most short blocks are not labels: their first word tells, past
        // any dash or bracket around the label ("- Advertisement -").
        let Some(first_word) = self
            .first_words(i)
            .and_then(|t| {
                t.split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
            })
            .map(str::to_lowercase)
        else {
            return false;
        };
        let continues = |w: &str| w.starts_with("continu") || w.starts_with("continú");
        let labels = AD_LABELS.contains(&first_word.as_str());
        if !labels
            && !continues(&first_word)
            && !CONTINUED_WORDS.contains(&first_word.as_str())
            && !SPONSOR_LABELS.iter().any(|l| l.starts_with(&first_word))
        {
            return false;
        }
        let text = self.text(i).to_lowercase();
        if SPONSOR_LABELS.contains(&text.trim()) {
            return true;
        }
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if let [label] = words.as_slice() {
            return AD_LABELS.contains(label);
        }
        // A line that says the text goes on past the ad opens with the
        // label, or names the ad after saying so, in the label's word or the
        // short "ad" ("Story continues below advertisement", "Article
        // continues after this ad"): "Content ads continue to grow" is
        // news.
        let Some(on) = words.iter().position(|w| continues(w)) else {
            return false;
        };
        words.len() <= AD_LINE_WORDS
            && (labels
                || words[on..].iter().any(|w| {
                    AD_LABELS.contains(w) || matches!(*w, "ad" | "ads") || EMBEDS.contains(w)
                }))
    }

    pub(super) fn is_pull_quote(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let quote_like = || {
            matches!(page.tag(i), "blockquote" | "aside" | "figure")
                || mentions(page.attr(i, "class").unwrap_or(""), PULL_QUOTE_HINTS)
        };
        // A figure with a picture is an illustration, whose caption may
        // well repeat the text (or another caption).
        let illustrated = || page.descendants(i).any(|d| is_media(page, d));
        self.stats.chars(i) < 600
            && page.node(i).end - i <= SHORT_BLOCK_NODES
            && quote_like()
            && !illustrated()
            && self
                .quotes
                .get_or_init(|| ArticleShingles::new(page, self.content))
                .repeats(page, i)
    }

    /// A short linked line that advertises another page or a sign-up.
    pub(super) fn promo(&self, i: NodeIdx) -> Option<Reason> {
        let page = self.page;
        let chars = self.stats.chars(i);
        if chars == 0
            || self.stats.link_chars(i) == 0
            || (chars > SHORT_BLOCK_CHARS
                && !(chars <= SET_APART_PROMO_CHARS && set_in_emphasis(page, i)))
        {
            return None;
        }
        // A card under a label of its own ("Related", then a linked title,
        // a line and a picture), however many nodes its markup takes.
        if matches!(page.tag(i), "div" | "aside" | "section" | "article")
            && page
                .descendants(i)
                .filter_map(|d| page.text(d))
                .map(str::trim)
                .find(|t| !t.is_empty())
                .is_some_and(|t| PROMO_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l)))
        {
            return Some(Reason::Promo);
        }
        if page.node(i).end - i > SHORT_BLOCK_NODES
            || !matches!(
                page.tag(i),
                "p" | "div"
                    | "li"
                    | "aside"
                    | "section"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "strong"
                    | "ul"
                    | "ol"
            )
        {
            return None;
        }
        // Numbered items are steps, read one by one: a call among them
        // ("Sign up for travel alerts" after "Open the journey planner")
        // is one of the steps, and the list goes only when each of them
        // calls. (A bulleted list under "More from us" of "Get matched
        // with a therapist" and "Sign up for our newsletter" is one promo.)
        let steps = |l: NodeIdx| page.tag(l) == "ol";
        let calls = if steps(i) {
            let mut items = page.children(i).filter(|&c| page.tag(c) == "li").peekable();
            items.peek().is_some() && items.all(|item| self.calls_out(item))
        } else if page.tag(i) == "li"
            && page
                .parent(i)
                .is_some_and(|l| steps(l) && self.stats.chars(l) > chars)
        {
            false
        } else {
            self.calls_out(i)
        };
        calls.then_some(Reason::Promo)
    }

    /// Whether short linked block `i` opens as a promo does, asks the
    /// reader to do something, or labels a link to another page.
    fn calls_out(&self, i: NodeIdx) -> bool {
        let original = self.text(i);
        let text = original.to_lowercase();
        let opens = PROMO_OPENINGS.iter().any(|o| text.starts_with(o)) && !self.opening_apart(i);
        opens
            || asks(&original)
            || self.is_labelled_link(i, &original)
            || self.is_newsletter_pitch(i, &text)
            || self.follows_networks(i, &text)
    }

    /// Whether short block `i`, whose text is `text`, is a label in
    /// capitals and a link to another of the site's pages ("MORE FROM THE
    /// LEDGER: Bridge inspections delayed again", "PHOTOS: …"): the way
    /// news sites set a teaser between paragraphs, whatever the label
    /// says. A sentence links words inside it; a label in capitals before
    /// a colon, followed by nothing but one link, is a signpost, unless
    /// it points away from the site ("REFERENCE: Full system backup", a
    /// source the text cites). A label of other pages is one in any
    /// letters ("You might also like: …").
    fn is_labelled_link(&self, i: NodeIdx, text: &str) -> bool {
        let page = self.page;
        let Some((label, rest)) = text.trim().split_once(':') else {
            return false;
        };
        let rest = rest.trim();
        // The label's words first: most short blocks fail them, before
        // their links are looked for.
        let in_capitals = label.chars().any(char::is_alphabetic)
            && !label.chars().any(char::is_lowercase)
            && label.split_whitespace().count() <= LABEL_WORDS;
        if !(in_capitals || labels_other_pages(&label_words(label))) || rest.is_empty() {
            return false;
        }
        let mut links = page.descendants(i).filter(|&d| page.tag(d) == "a");
        let (Some(link), None) = (links.next(), links.next()) else {
            return false;
        };
        self.text(link).trim() == rest && links_within_site(page, link)
    }

    /// Whether short block `i`, whose text is `text`, asks the reader to
    /// follow someone on social networks ("Follow the Herald on X,
    /// Facebook and Instagram", "Follow us on WhatsApp"): it opens with a
    /// call to follow and links a network by name. A sentence about
    /// following someone links a story or a person, not a network.
    fn follows_networks(&self, i: NodeIdx, text: &str) -> bool {
        let page = self.page;
        FOLLOW_CALLS.iter().any(|c| text.starts_with(c))
            && page
                .descendants(i)
                .any(|a| page.tag(a) == "a" && names_a_network(&self.text(a)))
    }

    /// Whether block `i` opens with a block of its own that holds every
    /// link in it, and has text after it: a label set over the text
    /// ("Advertisement - Members don't see this ad" over a forum post),
    /// judged alone. The text after it, with no link, promotes nothing.
    /// Wrappers around all of the text are looked through.
    fn opening_apart(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let stats = self.stats;
        let mut outer = i;
        while let Some(first) = page.children(outer).find(|&c| stats.chars(c) > 0) {
            if stats.chars(first) < stats.chars(outer) {
                return is_block(page.tag(first))
                    && stats.link_chars(first) == stats.link_chars(outer)
                    && stats.chars(outer) >= stats.chars(first) + TEXT_AFTER_LABEL_CHARS;
            }
            outer = first;
        }
        false
    }

    /// Whether short block `i`, whose text is `text`, pitches a newsletter:
    /// it names one (or the reader's inbox) and links a call to sign up
    /// ("Sign up now", "Subscribe"). An article about a newsletter links
    /// it by name.
    fn is_newsletter_pitch(&self, i: NodeIdx, text: &str) -> bool {
        let page = self.page;
        NEWSLETTER_WORDS.iter().any(|w| text.contains(w))
            && page.descendants(i).any(|a| {
                page.tag(a) == "a" && {
                    let link = self.text(a).to_lowercase();
                    SIGNUP_LINKS.iter().any(|s| link.starts_with(s))
                }
            })
    }

    /// Whether block `i` tells the reader that the site earns from its
    /// links ("If you buy something from a Circuit link, we may earn a
    /// commission", "As an Amazon Associate we earn from qualifying
    /// purchases"): the site's small print, in its own voice or to the
    /// reader, a line or two apart from the text. A sentence on how
    /// others earn ("streamers earn a commission through affiliate
    /// links") is the article's.
    pub(super) fn is_disclosure(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if self.stats.chars(i) > DISCLOSURE_CHARS
            || !matches!(page.tag(i), "p" | "div" | "span" | "em" | "i" | "small")
            || !is_paragraph(page, i)
        {
            return false;
        }
        let text = self.text(i).to_lowercase();
        let paid = PAYMENTS.iter().any(|p| text.contains(p));
        if !paid && !text.contains("affiliate") && !text.contains("qualifying purchases") {
            return false;
        }
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |word: &str| words.contains(&word);
        // Links that earn: a payment received (not a body called a
        // commission), an affiliate's; not a page saying it has none.
        let earns = (paid
            && words
                .iter()
                .any(|w| EARNING_VERBS.iter().any(|v| w.starts_with(v))))
            || text.contains("affiliate")
            || text.contains("qualifying purchases");
        let links = has("link") || has("links") || text.contains("qualifying purchases");
        let denies = DENIALS.iter().any(|d| text.contains(d));
        earns
            && links
            && !denies
            && (DISCLOSING_VOICE.iter().any(|w| has(w))
                || words
                    .windows(2)
                    .any(|pair| DISCLOSING_PAIRS.contains(&[pair[0], pair[1]])))
    }

    /// A box that asks the reader for money for the site's work ("I hope
    /// you appreciated this article… Support us"): a few lines about
    /// journalism, support or donations, and a link or a button that
    /// makes the call. The reader came for the article; the site's appeal
    /// is its own.
    pub(super) fn is_appeal(&self, i: NodeIdx) -> bool {
        self.is_pitch(i, APPEAL_CHARS, APPEAL_WORDS, |words| {
            opens_with_call(words, APPEAL_CALLS)
        })
    }

    /// A box that asks the reader to subscribe where the story stops for
    /// readers without a subscription ("To read the rest of this story,
    /// subscribe", and a button that does), or that sells one there, a
    /// card for each plan with its price ("Get started"): words of
    /// subscribing and a button of its own that makes the call, in a box
    /// as short as a sign-up box or quoting two prices or more. The reader
    /// came for the article; the offer is the site's. (A pricing page's
    /// plans are most of its text, which no rule here removes.)
    pub(super) fn is_offer(&self, i: NodeIdx) -> bool {
        self.is_pitch(i, OFFER_CHARS, OFFER_WORDS, |words| {
            opens_with_call(words, OFFER_CALLS)
        }) && (self.stats.chars(i) <= SIGNUP_BOX_CHARS || prices(&self.text(i)) >= 2)
    }

    /// A box that pitches a newsletter ("Want to get fit? Sign up to our
    /// fortnightly newsletter…") with a button to sign up on another page
    /// ("I'd like to sign up"): a sign-up box without its field. It has
    /// few links; a list of them with a pitch at its foot is a list.
    pub(super) fn is_newsletter_box(&self, i: NodeIdx) -> bool {
        let page = self.page;
        self.is_pitch(i, SIGNUP_BOX_CHARS, NEWSLETTER_WORDS, |words| {
            mentions(words, SIGNUP_CALLS)
        }) && page.descendants(i).filter(|&d| page.tag(d) == "a").count() <= PITCH_LINKS
    }

    /// A box that stands in for an embed (a post, a video, a map) until the
    /// reader consents to the cookies of the site it comes from ("This
    /// content is hosted by a third party… Allow and continue"): a short
    /// box that speaks of consent, with a button of its own to give it,
    /// and little else: no more than [`CONSENT_ASIDE_CHARS`] of its text is
    /// in blocks that do not speak of consent (a short post whose embed
    /// waits below its text is the post). While reading, the embed never
    /// loads, and the request is the page's, not the article's.
    pub(super) fn is_consent_gate(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let says_consent = |b: NodeIdx| {
            let text = self.text(b).to_lowercase();
            CONSENT_WORDS.iter().any(|w| text.contains(w))
        };
        self.is_pitch(i, CONSENT_GATE_CHARS, CONSENT_WORDS, |words| {
            opens_with_call(words, CONSENT_CALLS)
        }) && page
            .descendants(i)
            .filter(|&t| page.text(t).is_some())
            .filter(|&t| {
                page.ancestors(t)
                    .find(|&a| a == i || is_block(page.tag(a)))
                    .is_some_and(|block| block != i && !says_consent(block))
            })
            .map(|t| self.stats.chars(t))
            .sum::<usize>()
            <= CONSENT_ASIDE_CHARS
    }

    /// Whether `i` is a box of at most `max_chars` whose text holds one of
    /// `words` and whose link or button, a line of its own, makes a call
    /// its first words tell (`is_call`).
    fn is_pitch(
        &self,
        i: NodeIdx,
        max_chars: usize,
        words: &[&str],
        is_call: impl Fn(&str) -> bool,
    ) -> bool {
        let page = self.page;
        if !matches!(page.tag(i), "div" | "aside" | "section")
            || !(1..=max_chars).contains(&self.stats.chars(i))
        {
            return false;
        }
        // The call is a button of its own, not a link in a sentence ("you
        // can donate to the crew at the harbour office").
        // (Each link's first words are read where they are, unallocated:
        // most boxes have no call, and this runs on every box.)
        let call = page.descendants(i).find(|&d| {
            matches!(page.tag(d), "a" | "button")
                && self.stats.chars(d) <= CALL_CHARS
                && self.first_words(d).is_some_and(&is_call)
                && !self.amid_words(d)
        });
        call.is_some_and(|call| !self.holds_prose_beside(i, call, words)) && {
            let text = self.text(i).to_lowercase();
            words.iter().any(|w| text.contains(w))
        }
    }

    /// A short box around a field for an e-mail address or a phone number
    /// that asks the reader to sign up: the form goes, and so do the
    /// heading, the pitch and the small print around it, whatever the
    /// box's classes say (utility classes say nothing). Around the slot of
    /// a form a script draws, which may be any form (a request for a
    /// quote), the box names a newsletter.
    pub(super) fn is_signup_box(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let end = page.node(i).end;
        let first = self.entries.partition_point(|&e| e <= i);
        let last = self.entries.partition_point(|&e| e < end);
        let inside = &self.entries[first..last];
        let (entry, words) = match inside.iter().find(|&&e| page.tag(e) == "input") {
            Some(&field) => (field, SIGNUP_WORDS),
            None => match inside.first() {
                Some(&slot) => (slot, NEWSLETTER_WORDS),
                None => return false,
            },
        };
        !self.holds_prose_beside(i, entry, words)
            && self.stats.chars(i) <= SIGNUP_BOX_CHARS
            && matches!(page.tag(i), "div" | "section" | "aside" | "form")
            && {
                let text = self.text(i).to_lowercase();
                words.iter().any(|w| text.contains(w))
            }
    }

    /// Whether box `i` holds paragraphs of prose beside the part of it that
    /// holds `inner` (a sign-up field, a pitch's button): then it is a
    /// stretch of the article with a sign-up box set in it (a chapter of a
    /// long read), and only that box goes. A box's own paragraphs pitch
    /// what it offers, naming it (one of `words`: "Sign up for free to
    /// read…", "…exclusive newsletters…" in the small print under the
    /// field); the article's do not.
    fn holds_prose_beside(&self, i: NodeIdx, inner: NodeIdx, words: &[&str]) -> bool {
        let page = self.page;
        let branch = page
            .children(i)
            .find(|&c| (c..page.node(c).end).contains(&inner))
            .map_or(inner..inner, |c| c..page.node(c).end);
        page.descendants(i)
            .filter(|&d| {
                !branch.contains(&d)
                    && page.tag(d) == "p"
                    && self.stats.chars(d) >= PITCH_CHARS
                    && {
                        let text = self.text(d).to_lowercase();
                        !words.iter().any(|w| text.contains(w))
                    }
            })
            .nth(1)
            .is_some()
    }

    /// A list of teasers under a label that says they are other pages
    /// ("Related articles", "You may also like", "More from the blog"): two
    /// or more items, two in three of them with a linked title, whatever
    /// their summaries, prices or pictures. The label is orphaned with it.
    pub(super) fn is_related_list(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !matches!(page.tag(i), "ul" | "ol" | "div" | "section") || self.stats.link_chars(i) == 0
        {
            return false;
        }
        let Some(mut label) = page.previous_element(i) else {
            return false;
        };
        // A link to all of them ("View all") may stand between label and list.
        let chars = self.stats.chars(label);
        if chars > 0 && chars <= VIEW_ALL_CHARS && self.stats.link_chars(label) == chars {
            let Some(before) = page.previous_element(label) else {
                return false;
            };
            label = before;
        }
        if self.stats.chars(label) > RELATED_LABEL_CHARS || self.stats.link_chars(label) > 0 {
            return false;
        }
        let text = label_words(&self.text(label));
        if !labels_other_pages(&text) {
            return false;
        }
        // Wrappers of one element each (a carousel's frames) lead to the items.
        let mut list = i;
        while let Some(only) = page.only_element_child(list) {
            list = only;
        }
        let (mut items, mut teasers) = (0, 0);
        for item in page.children(list).filter(|&c| page.element(c).is_some()) {
            items += 1;
            if page
                .subtree(item)
                .any(|d| page.tag(d) == "a" && self.stats.chars(d) >= TEASER_TITLE_CHARS)
            {
                teasers += 1;
            }
        }
        items >= 2 && teasers * 3 >= items * 2
    }
}

/// Whether `text` asks the reader to do one of [`CALLS_TO_ACTION`]: the
/// call opens the text, a sentence or a clause ("Sign up for our briefing",
/// "to learn more, click here to", "and follow us on"), rather than telling
/// of someone doing it ("a resolution to sign up for classes", "you can
/// sign up for one plan").
fn asks(text: &str) -> bool {
    // Lowered byte for byte, so that a call's place is its place in `text`.
    let lower = text.to_ascii_lowercase();
    CALLS_TO_ACTION
        .iter()
        .flat_map(|call| lower.match_indices(call))
        .any(|(at, _)| {
            let mut before = text[..at].split_whitespace().rev();
            text[at..].starts_with(char::is_uppercase)
                || before.next().is_none_or(|word| {
                    let word = word.to_lowercase();
                    !word.ends_with(char::is_alphabetic)
                        || (IMPERATIVE_LINKS.contains(&word.as_str())
                            && (!JOINING_LINKS.contains(&word.as_str())
                                || opens_clause_within(before, JOINED_CALL_WORDS)))
                })
        })
}

/// Whether a clause opens within `words` of the end of `before` (words
/// read backwards), or right after it (", and follow us on"): the text
/// starts there, or a word there ends in a stop or a comma.
fn opens_clause_within<'a>(before: impl Iterator<Item = &'a str>, words: usize) -> bool {
    let mut before = before.peekable();
    for _ in 0..=words {
        if before
            .peek()
            .is_none_or(|word| !word.ends_with(char::is_alphabetic))
        {
            return true;
        }
        before.next();
    }
    false
}

/// Whether every word of block `i` is set in bold or italics, as a site
/// sets its own lines apart from the story's ("**Download and subscribe**
/// *to our new app…*"). Its nodes are few: it is a short block.
fn set_in_emphasis(page: &Page, i: NodeIdx) -> bool {
    page.node(i).end - i <= SHORT_BLOCK_NODES
        && page
            .descendants(i)
            .filter(|&d| page.text(d).is_some_and(|t| !t.trim().is_empty()))
            .all(|d| {
                page.ancestors(d)
                    .take_while(|&a| a != i)
                    .any(|a| matches!(page.tag(a), "strong" | "b" | "em" | "i"))
            })
}

/// Whether link `a` leads to a page of the site it stands on: its address
/// is relative, or names the page's own host (with or without "www.").
/// Without the page's address, only a relative one tells.
fn links_within_site(page: &Page, a: NodeIdx) -> bool {
    let Some(href) = page.attr(a, "href") else {
        return false;
    };
    // Hosts come lower-cased from the parser.
    fn bare(host: &str) -> &str {
        host.strip_prefix("www.").unwrap_or(host)
    }
    match page.url() {
        Some(base) => base
            .join(href)
            .is_ok_and(|u| u.host_str().map(bare) == base.host_str().map(bare)),
        None => !href.starts_with("//") && url::Url::parse(href).is_err(),
    }
}

/// Whether a button's first words make one of `calls` (lower-case), read
/// letter by letter where they are.
pub(super) fn opens_with_call(words: &str, calls: &[&str]) -> bool {
    calls.iter().any(|call| {
        words
            .get(..call.len())
            .is_some_and(|w| w.chars().flat_map(char::to_lowercase).eq(call.chars()))
    })
}

/// How many prices `text` quotes: a currency's sign beside a number
/// ("$39", "4,99 €").
fn prices(text: &str) -> usize {
    let chars: Vec<char> = text.chars().filter(|c| *c != ' ').collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(at, c)| {
            CURRENCY_SIGNS.contains(c)
                && (chars.get(at + 1).is_some_and(char::is_ascii_digit)
                    || at.checked_sub(1).is_some_and(|b| chars[b].is_ascii_digit()))
        })
        .count()
}

/// Words after which a call to action still speaks to the reader ("and
/// follow us on").
const IMPERATIVE_LINKS: &[&str] = &["and", "or", "please", "then", "now"];

/// Of [`IMPERATIVE_LINKS`], those that join the call to another, which
/// must be a call too: it opens its clause, and a call is a few words
/// ("Download and subscribe to", "Sign up and follow us on"), where
/// "Readers who download and subscribe to" tells of someone.
const JOINING_LINKS: &[&str] = &["and", "or"];

/// The most words of a call joined to another by "and" or "or".
const JOINED_CALL_WORDS: usize = 2;

/// An `<input>` for an e-mail address or a phone number, or the slot where
/// a script draws a form once the page has loaded (see [`is_form_slot`]).
pub(super) fn is_entry(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    (page.tag(i) == "input"
        && page
            .attr(i, "type")
            .is_some_and(|t| t.eq_ignore_ascii_case("email") || t.eq_ignore_ascii_case("tel")))
        || is_form_slot(page, stats, i)
}

/// Where a form builder's script draws its form (a newsletter's sign-up
/// embedded from a marketing service): a script loaded from an address
/// that names forms (`…/forms/v2.js`), or an empty box whose class or id
/// names a form (`hubspot-form-embed`, `klaviyo-form-…`). On a live page
/// the form is drawn; the page's HTML holds only its slot.
fn is_form_slot(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    let names_form = |value: &str| {
        value
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| word.eq_ignore_ascii_case("form") || word.eq_ignore_ascii_case("forms"))
    };
    match page.tag(i) {
        "script" => page.attr(i, "src").is_some_and(names_form),
        "div" | "span" => {
            stats.chars(i) == 0
                && ["class", "id"]
                    .iter()
                    .filter_map(|a| page.attr(i, a))
                    .any(names_form)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// A label in capitals over a link to another of the site's stories,
    /// set between paragraphs, goes, as do a "read more" line in another
    /// language and a label of other pages in small letters; the same
    /// label in capitals over a source on another site stays, as does a
    /// sentence that ends in a link.
    #[test]
    fn a_labelled_teaser_goes() {
        let html = "<html><body><article>\
             <p>Ferry operators cancelled every crossing of the strait on Monday as the storm moved up the coast.</p>\
             <p><strong>MORE FROM THE LEDGER: <a href=\"/news/bridge\">Bridge inspections delayed again</a></strong></p>\
             <p>The harbour master said the closures would last at least until Tuesday morning, when the swell drops.</p>\
             <p><strong>SOURCE: <a href=\"https://tides.example/table\">Tide table for the strait</a></strong></p>\
             <p><strong>Leia mais:</strong> <a href=\"/news/porto\">Porto bate recorde em outubro</a></p>\
             <p><strong>Auch interessant:</strong> <a href=\"/news/hamburg\">Hamburg baut neue Fähren</a></p>\
             <p><em>You might also like: </em><a href=\"/news/lighthouse\">The lighthouse keepers' winter</a></p>\
             <p>The council's statement said: <a href=\"/news/statement\">shelters are open</a></p>\
             <p>Forecasters expect the storm to weaken as it moves inland on Wednesday, with heavy rain still likely.</p>\
             </article></body></html>";
        let options = Options {
            url: Some("https://www.ledger.example/news/storm".to_string()),
            ..Options::default()
        };
        let text = extract(html, &options).unwrap().text;
        assert!(!text.contains("Bridge inspections"), "{text:?}");
        assert!(!text.contains("Porto bate"), "{text:?}");
        assert!(!text.contains("Hamburg baut"), "{text:?}");
        assert!(!text.contains("lighthouse keepers"), "{text:?}");
        assert!(text.contains("Tide table"), "{text:?}");
        assert!(text.contains("shelters are open"), "{text:?}");
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Bridge inspections"), "{text:?}");
    }

    /// A promo the site sets in bold and italics among the paragraphs goes,
    /// though longer than a short line; an editor's note set the same way
    /// stays, and so does a plain paragraph that asks the same.
    #[test]
    fn a_promo_set_in_italics_goes() {
        let pitch = "to the new Harbour Ledger app to get the tides, the ferry times and the \
            day's stories in one place, wherever you are on the coast. Made by the newsroom with \
            the harbour's pilots, it is the tide table, the timetable and the front page you need, \
            right in your pocket.";
        let html = format!(
            "<html><body><article>\
             <p>Ferry operators cancelled every crossing of the strait on Monday as the storm moved up the coast.</p>\
             <p><a href=\"/app\"><strong><em>Download and subscribe</em></strong></a><strong><em> {pitch}</em></strong></p>\
             <p>The harbour master said the closures would last at least until Tuesday morning, when the swell drops.</p>\
             <p><em>This story was updated on Tuesday with the harbour master's figures for the number of \
             sailings cancelled, and to correct the name of the northern terminal, which the first \
             version gave wrongly. <a href=\"/corrections\">Read our corrections policy.</a></em></p>\
             <p><a href=\"/app\">Download and subscribe</a> {pitch} The pilots check each table.</p>\
             </article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert_eq!(text.matches("right in your pocket").count(), 1, "{text:?}");
        assert!(text.contains("The pilots check each table"), "{text:?}");
        assert!(text.contains("This story was updated"), "{text:?}");
    }

    /// A box that asks for an e-mail address to send a newsletter to goes,
    /// in English and in the languages news is written in ("boletim" in
    /// Portuguese); a box of text
    /// beside a field that asks for nothing stays.
    #[test]
    fn a_signup_box_goes() {
        let box_of = |words: &str| {
            format!("<div class=\"box\"><p>{words}</p><input type=\"email\" placeholder=\"E-Mail\"><button>OK</button></div>")
        };
        let html = format!(
            "<html><body><article>\
             <p>Die Fähre kehrt am Montag zum Winterfahrplan zurück, mit zwei Überfahrten am Tag und einer am Sonntag.</p>\
             {}{}{}{}\
             <p>Das erste Boot fährt um sieben, wenn das Wetter es zulässt, und das letzte verlässt die Insel um fünf.</p>\
             </article></body></html>",
            box_of("Jetzt den Hafenbrief abonnieren: jeden Freitag die Gezeiten."),
            box_of("Get the Harbour Notes in your inbox every Friday."),
            box_of("Wie viele Überfahrten planen Sie im Winter? Ihre Schätzung:"),
            box_of("O boletim do porto: as marés de cada semana, toda sexta-feira."),
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("abonnieren"), "{text:?}");
        assert!(!text.contains("boletim"), "{text:?}");
        assert!(!text.contains("Harbour Notes"), "{text:?}");
        assert!(text.contains("Ihre Schätzung"), "{text:?}");
    }

    /// A box that pitches a newsletter around the slot of a form that a
    /// form builder's script draws (an empty box named for the form, or
    /// the script itself) goes; a box with such a slot that asks for
    /// something else (a quote) stays.
    #[test]
    fn a_newsletter_box_whose_form_a_script_draws_goes() {
        let html = "<html><body><article>\
             <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
             <div class=\"callout\"><h2>The Harbour Notes</h2><p>Get the tides and the timetable delivered to your inbox.</p><div class=\"signup-form-embed\"></div></div>\
             <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
             <div class=\"card\"><h2>Weekly tides</h2><p>Join our newsletter for the week's tides.</p><script src=\"https://cdn.example.net/forms/embed.js\"></script></div>\
             <div class=\"card\"><h2>Planning a group trip?</h2><p>Sign up your group: tell us your dates and we will send a quote.</p><div id=\"quote-form\"></div></div>\
             <p>Season tickets stay valid on every crossing, and children under five travel free all winter.</p>\
             </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("delivered to your inbox"), "{text:?}");
        assert!(!text.contains("Weekly tides"), "{text:?}");
        assert!(text.contains("send a quote"), "{text:?}");
    }

    /// A wall asking the reader to sign up to read on goes with its
    /// pitch and the small print under its field, two paragraphs beside
    /// the form that each name the sign-up.
    #[test]
    fn a_signup_wall_with_its_small_print_goes() {
        let wall = "<div class=\"wall\"><h3>Continue reading with a free account</h3>\
             <p>Sign up for free to read this story and get unlimited access to our reporting, our guides and our archive of forty years.</p>\
             <form><input type=\"email\" placeholder=\"Email address\"><button>Continue</button></form>\
             <p>Get exclusive newsletters and our picks every week. Cancel anytime; no strings attached and no commitments.</p></div>";
        let story = "<p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
             <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>";
        let html = format!(
            "<html><body><article>{}{wall}</article></body></html>",
            story.repeat(3)
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("free account"), "{text:?}");
        assert!(!text.contains("Cancel anytime"), "{text:?}");
        assert!(text.contains("the last leaves"), "{text:?}");
    }

    /// A chapter of a long read with a sign-up box or a pitch set among
    /// its paragraphs keeps them: only the box goes.
    #[test]
    fn a_chapter_around_a_signup_box_stays() {
        let chapter = |signup: &str| {
            format!(
                "<section><h2>II. The Watch</h2>\
                 <p>A keeper's day was cut into watches of four hours, and the lamp was lit at sunset and put out at sunrise.</p>\
                 <p>He kept a log of every watch, forty books of them, on a shelf in his sister's front room on the mainland.</p>\
                 <div class=\"promo\"><p>Enjoying this story? Get our long reads in your inbox every Sunday.</p>{signup}</div>\
                 <p>All well, he wrote.</p></section>"
            )
        };
        let story = "<section><h2>I. The Rock</h2><p>The relief boat came every twenty-eight days, weather permitting, and the weather rarely permitted it.</p></section>";
        for signup in [
            "<input type=\"email\"><button>Sign up</button>",
            "<a href=\"/newsletters\">Sign up</a>",
        ] {
            let html = format!(
                "<html><body><article>{}{}{}</article></body></html>",
                story.repeat(3),
                chapter(signup),
                story.repeat(3)
            );
            let text = extract(&html, &Options::default()).unwrap().text;
            assert!(text.contains("forty books"), "{text:?}");
            assert!(!text.contains("Enjoying this story"), "{text:?}");
        }
    }

    /// A box asking for the reader's support of the site's journalism
    /// goes, and so do boxes classed as a donation's or an upsell's; a
    /// paragraph about a charity, with a link to give to it, stays with the
    /// text.
    #[test]
    fn an_appeal_for_money_goes() {
        let story = "<p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>";
        let html = format!(
            "<html><body><article>{story}{story}\
             <div><h2>I hope you appreciated this article.</h2><p>Before you move on, would you consider \
             supporting our journalism? Readers like you keep it free.</p><a href=\"/c\">Support us</a></div>\
             <div class=\"donation-box\"><p>Every gift keeps the harbour paper going.</p></div>\
             <div class=\"story-upsell\"><p>Before it is in print, it is in the harbour app.</p></div>\
             <div><p>The lifeboat crew, all volunteers, rely on gifts to replace their kit.</p>\
             <p>You can <a href=\"/rnli\">donate to the crew</a> at the harbour office.</p></div>\
             {story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("supporting our journalism"), "{text:?}");
        assert!(!text.contains("Every gift"), "{text:?}");
        assert!(!text.contains("harbour app"), "{text:?}");
        assert!(text.contains("donate to the crew"), "{text:?}");
    }

    /// Where a story stops for readers without a subscription, the offer
    /// goes: plans with their prices and a button to start, and a short box
    /// asking the reader to subscribe. A paragraph about a subscription,
    /// linked in its sentence, stays, and so do a pricing page's plans.
    #[test]
    fn an_offer_to_subscribe_goes() {
        let story = "<p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>";
        let plan = |name: &str, price: &str| {
            format!(
                "<div class=\"card\"><p>{name}</p><p>{price}</p>\
                 <a href=\"/plans/{name}\">Get started</a></div>"
            )
        };
        let plans = [("Monthly", "$12/month"), ("Annual", "$99/year")]
            .map(|(n, p)| plan(n, p))
            .concat();
        let html = format!(
            "<html><body><article>{story}{story}\
             <p>Harbour passes now come with a subscription to the timetable alerts, \
             which <a href=\"/alerts\">the port office</a> sends each morning.</p>\
             <div><h2>This story is for subscribers</h2><p>Unlock every story and the archive.</p>{plans}</div>\
             <div><p>To read the rest of this story, subscribe to the Herald.</p>\
             <a href=\"/subscribe\">Subscribe</a></div>\
             {story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("for subscribers"), "{text:?}");
        assert!(!text.contains("$99/year"), "{text:?}");
        assert!(!text.contains("read the rest"), "{text:?}");
        assert!(text.contains("timetable alerts"), "{text:?}");

        let pricing = format!(
            "<html><body><main><h1>Plans for every crew</h1>\
             <p>Choose the plan that fits your fleet; every subscription includes the tide tables.</p>\
             {}</main></body></html>",
            [
                ("Skipper", "$12/month"),
                ("Harbour", "$49/month"),
                ("Fleet", "$199/month")
            ]
            .map(|(n, p)| plan(n, p))
            .concat()
        );
        let text = extract(&pricing, &Options::default()).unwrap().text;
        assert!(text.contains("$49/month"), "{text:?}");
    }

    /// What stands in for an embed until the reader consents to its
    /// provider's cookies goes, in English and in German; a short post
    /// whose embed waits under its text keeps its text, and a paragraph
    /// about consent, with no button, stays.
    #[test]
    fn an_embeds_consent_gate_goes() {
        let story = "<p>The harbour board met on Tuesday and agreed to dredge the channel before the ferries return in spring.</p>";
        let html = format!(
            "<html><body><article>{story}\
             <div class=\"embed\"><p>This content is hosted by a third party. To show it, we need your \
             consent to their cookies.</p><button>Allow and continue</button> \
             <a href=\"/privacy\">Manage preferences</a></div>{story}\
             <div><h4>Empfohlener Inhalt</h4><p>Mit Ihrer Zustimmung wird hier ein externer Inhalt geladen.</p>\
             <button>Inhalte laden</button></div>\
             <div class=\"post\"><p>The dredger arrived this morning, and the harbour master filmed its first \
             run up the channel at high tide.</p><div><p>This video is not visible with your cookie settings. \
             Allow the provider's cookies to load it.</p><div><button>Accept</button> \
             <button>Change cookie settings</button></div></div></div>\
             <p>Residents must give their consent before crews cross private land to reach the old quay.</p>\
             {story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        for gone in [
            "third party",
            "Zustimmung",
            "not visible",
            "Manage preferences",
        ] {
            assert!(!text.contains(gone), "{gone:?} in {text:?}");
        }
        for kept in ["filmed its first run", "give their consent"] {
            assert!(text.contains(kept), "{kept:?} in {text:?}");
        }
    }

    /// A line of links under "More on this story:" or "Related coverage"
    /// goes; a sentence that opens "More on this topic in…" stays.
    #[test]
    fn more_on_this_story_lines_go() {
        let story = "<p>The harbour board met on Tuesday and agreed to dredge the channel before the ferries return in spring.</p>";
        let html = format!(
            "<html><body><article>{story}\
             <p><strong>More on this story:</strong> <a href=\"/a\">Ferry fares to rise</a> | \
             <a href=\"/b\">Fleet quotas cut</a></p>{story}\
             <p>Related coverage: <a href=\"/c\">The last of the old ferries is sold</a></p>\
             <p>More on this topic in <a href=\"/d\">last year's report on the quay</a>, which priced the work.</p>\
             {story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        for gone in ["Ferry fares", "old ferries"] {
            assert!(!text.contains(gone), "{gone:?} in {text:?}");
        }
        assert!(text.contains("which priced the work"), "{text:?}");
    }

    /// A line sending the reader to another story goes in the languages
    /// news is written in, as it does in English.
    #[test]
    fn read_also_lines_go_in_other_languages() {
        let html = "<html><body><article>\
            <p>Les députés ont adopté le projet de loi à une large majorité, après trois semaines de débats.</p>\
            <p>Lire aussi : <a href=\"/cnil\">Les critiques de la CNIL contre le projet</a></p>\
            <p>Mehr zum Thema: <a href=\"/thema\">Überwachung in Europa</a></p>\
            <p>Le texte doit encore être examiné par le Sénat, qui se prononcera au mois de juin.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("Sénat"), "{text:?}");
        assert!(
            !text.contains("CNIL") && !text.contains("Thema"),
            "{text:?}"
        );
        let html = "<html><body><article>\
            <p>记者从多地住建部门了解到，今年以来，老旧小区加装电梯工作稳步推进，截至4月底，全市已累计完成加装电梯一千二百余部。</p>\
            <p><strong>相关阅读：</strong><a href=\"/news/1.html\">老旧小区改造今年将开工五千个</a></p>\
            <p>Baca juga: <a href=\"/berita/2\">Harga tiket kapal naik</a></p>\
            <p>Čtěte také: <a href=\"/zpravy/3\">Zdražení jízdenek na trajekt</a></p>\
            <p><b>Διαβάστε επίσης:</b> <a href=\"/eidiseis/4\">Ακριβότερα τα εισιτήρια</a></p>\
            <p>住建部门相关负责人表示，下一步将简化审批流程，力争年内再完成加装电梯五百部。</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("五百部"), "{text:?}");
        assert!(
            !text.contains("五千个")
                && !text.contains("Harga")
                && !text.contains("Zdražení")
                && !text.contains("Ακριβότερα"),
            "{text:?}"
        );
    }

    /// A line pitching a newsletter with a link to sign up goes, and so
    /// does a box with a button to sign up elsewhere; a sentence about a
    /// newsletter, linking it by name, stays.
    #[test]
    fn a_newsletter_pitch_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <section><aside><div><h3>Want the tides every week?</h3><p>Get our fortnightly Harbour Notes newsletter \
            with the timetable, the tides and the weather for the crossing. Joining is free and takes two minutes.</p></div>\
            <a href=\"/notes/join\">I'd like to sign-up</a></aside></section>\
            <p><em>Love the coast? The Harbour Notes newsletter brings the tides and the timetable to your inbox. \
            <a href=\"/newsletters\">Sign up now</a> and never miss a boat.</em></p>\
            <p>The company's <a href=\"/notes\">Harbour Notes newsletter</a> first reported the change in October, \
            after a survey of islanders.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("never miss a boat"), "{text:?}");
        assert!(
            !text.contains("tides every week") && !text.contains("sign-up"),
            "{text:?}"
        );
        assert!(text.contains("first reported the change"), "{text:?}");
    }

    /// A newsletter's pitch goes in the languages news is written in: a
    /// Spanish box with its button, a German line with its link. A
    /// sentence naming a bulletin stays.
    #[test]
    fn a_newsletter_pitch_in_another_language_goes() {
        let html = "<html><body><article>\
            <p>La confederación hidrográfica ha decidido cerrar al riego tres embalses de la cuenca a partir del 15 de julio.</p>\
            <div class=\"boletin\"><p>Recibe el boletín de Sociedad cada semana</p><a href=\"/boletines\">Apúntate aquí</a></div>\
            <p>El decreto se publicó ayer en el <a href=\"/boe\">Boletín Oficial del Estado</a>, según informó el ministerio.</p>\
            <p><em>Der Newsletter für Pendler: jeden Freitag die Baustellen der Woche. <a href=\"/nl\">Jetzt anmelden</a></em></p>\
            <p>Los embalses de la cuenca se encuentran al 21% de su capacidad, frente al 48% de media en la última década.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("Recibe") && !text.contains("Apúntate"),
            "{text:?}"
        );
        assert!(!text.contains("Pendler"), "{text:?}");
        assert!(text.contains("Boletín Oficial del Estado"), "{text:?}");
    }

    /// A short linked line that asks the reader to sign up, follow, tag
    /// or pin goes, opening a sentence or a clause after a comma or joined
    /// to another call; a paragraph that tells of someone signing up, with
    /// a link of its own, stays.
    #[test]
    fn a_call_to_action_goes_and_a_story_of_one_stays() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>Islanders made a resolution to sign up for the <a href=\"/club\">rowing club</a> together.</p>\
            <p>Readers who download and subscribe to <a href=\"/app\">the ferry app</a> get the sailings first.</p>\
            <p>Sign up and follow us on <a href=\"/social\">our pages</a> for news of the winter sailings.</p>\
            <p>Catch up on the week's sailings, the tides and more, and follow us on <a href=\"/social\">our channels</a>.</p>\
            <p>For the timetable in your pocket, <a href=\"/app\">sign up for alerts</a>.</p>\
            <p>Follow us on <a href=\"/social\">our channels</a> for the latest sailings.</p>\
            <div><p><strong>Already a subscriber?</strong> <a href=\"/login\">Log in</a> for unlimited access.</p></div>\
            <p>Catch all the <a href=\"/news\">Harbour News</a> and <a href=\"/live\">Updates</a>. Download the <a href=\"/app\">Herald App</a>.</p>\
            <p>Tried the crossing? Mention <a href=\"https://instagram.com/harbour\">@harbour</a> or tag #harbour!</p>\
            <p>Love the timetable? <a href=\"https://pinterest.com/pin\">Pin it for later!</a></p>\
            <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("resolution to sign up"), "{text:?}");
        assert!(text.contains("Readers who download"), "{text:?}");
        assert!(
            !text.contains("in your pocket")
                && !text.contains("our pages")
                && !text.contains("Catch up")
                && !text.contains("our channels")
                && !text.contains("subscriber")
                && !text.contains("Catch all")
                && !text.contains("Mention")
                && !text.contains("Pin it"),
            "{text:?}"
        );
    }

    /// Numbered steps keep the one that asks the reader to sign up; a
    /// bulleted list of calls under the site's pitch goes whole, though
    /// not each of its items asks.
    #[test]
    fn steps_with_a_call_stay_and_a_list_of_calls_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <ol><li>Open the <a href=\"/planner\">journey planner</a> and enter the ports.</li>\
            <li>Choose a day after Monday so that the <a href=\"/winter\">winter sailings</a> show.</li>\
            <li>Sign up for <a href=\"/alerts\">sailing alerts</a> to hear of storms.</li></ol>\
            <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
            <ul><li><a href=\"/tours\">Get matched</a> with a guide for the island</li>\
            <li><a href=\"/join\">Sign up</a> for our letter of island news</li></ul>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("Open the journey planner"), "{text:?}");
        assert!(text.contains("Sign up for sailing alerts"), "{text:?}");
        assert!(
            !text.contains("Get matched") && !text.contains("our letter"),
            "{text:?}"
        );
    }

    /// A line that asks the reader to follow the site on networks (or a
    /// news reader) it names goes, in English, French and Spanish, and so
    /// does a box that opens with
    /// such a call on one network; a sentence about a post on those
    /// networks stays.
    #[test]
    fn a_call_to_follow_on_networks_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>Following the storm, the company posted the new times on <a href=\"/f\">Facebook</a> and <a href=\"/x\">X</a>.</p>\
            <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
            <p><em>Follow the Harbour Herald on <a href=\"/x\">X</a>, <a href=\"/f\">Facebook</a> and \
            <a href=\"/i\">Instagram</a>. Send us your news at <a href=\"mailto:news@herald\">news@herald</a>.</em></p>\
            <p>Suivez-nous sur <a href=\"/f\">Facebook</a> et <a href=\"/i\">Instagram</a>.</p>\
            <p><i>Sigue toda la información de Economía en <a href=\"/f\">Facebook</a> y <a href=\"/x\">X</a>, \
            o en nuestra <a href=\"/n\">newsletter semanal</a></i></p>\
            <div><p>Follow the Herald on <a href=\"/w\">WhatsApp</a></p><p>Keep up with the sailings.</p></div>\
            <p><em>Follow the Herald on <a href=\"/g\">Google News</a> for the latest sailings.</em></p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("posted the new times"), "{text:?}");
        assert!(
            !text.contains("Harbour Herald")
                && !text.contains("Suivez")
                && !text.contains("Sigue")
                && !text.contains("WhatsApp")
                && !text.contains("Google News"),
            "{text:?}"
        );
    }

    /// The site's note that it earns from its links goes; a sentence on
    /// how others earn, a page saying it earns nothing and a commission
    /// that is a public body stay.
    #[test]
    fn a_note_of_earnings_from_links_goes() {
        let html = "<html><body><article>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p><em>If you buy something from a Harbour link, Harbour Media may earn a commission.</em></p>\
            <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
            <p>As an Amazon Associate we earn from qualifying purchases.</p>\
            <p>If you click on links we provide, we may receive compensation.</p>\
            <p>Guides who sell tickets earn a commission when visitors buy through their affiliate links.</p>\
            <p>No affiliate links here: we bought every life jacket in this guide ourselves.</p>\
            <p>If you think a fare is unfair, the transport commission's form for complaints is under the link on our page of fares.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("Harbour link")
                && !text.contains("Amazon")
                && !text.contains("compensation"),
            "{text:?}"
        );
        for kept in [
            "Guides who sell",
            "No affiliate links",
            "transport commission",
        ] {
            assert!(text.contains(kept), "{kept}: {text:?}");
        }
    }

    /// Cards of other pages under a label that says so go, with their
    /// label and however long their summaries, a link to all of them
    /// between label and list or not; a list of the article's
    /// own under a heading of its own stays, links and all.
    #[test]
    fn a_labelled_list_of_other_pages_goes() {
        let html = "<html><body><article><h1>Winter sailings resume</h1>\
            <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
            <p>The first boat sails at seven, weather allowing, and the last one leaves the island at five.</p>\
            <h3>Where to buy tickets</h3>\
            <ul><li><a href=\"/harbour\">At the harbour office</a>, open from six in the morning</li>\
            <li><a href=\"/online\">On the company's website</a>, up to a day before sailing</li></ul>\
            <section><h2>You may also like</h2><div class=\"cards\">\
            <div><a href=\"/a\">Island bakeries ranked</a><p>Our tasters visited every bakery on the island and their verdict is in.</p><span>£4.99</span></div>\
            <div><a href=\"/b\">A walk around the lighthouse</a><p>Three hours, two cafés and one very steep hill on the north shore.</p><span>£2.50</span></div>\
            </div></section>\
            <h2>Recommended articles</h2><div><a href=\"/all\">View all</a></div>\
            <ul><li><a href=\"/c\">Ten winters on the ice road</a> How the town kept the road open, year after year.</li>\
            <li><a href=\"/d\">The ferrymen's union at fifty</a> Half a century of crossings, strikes and songs.</li></ul>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("You may also like"), "{text:?}");
        assert!(!text.contains("ferrymen"), "{text:?}");
        assert!(!text.contains("bakeries"), "{text:?}");
        assert!(!text.contains("lighthouse"), "{text:?}");
        assert!(text.contains("At the harbour office"), "{text:?}");
        assert!(text.contains("Where to buy tickets"), "{text:?}");
    }

    /// The same label in another language: "Das könnte Sie auch
    /// interessieren" over cards of other stories, Thai's "Read related
    /// news" over a list of them.
    #[test]
    fn a_labelled_list_of_other_pages_goes_in_another_language() {
        let html = "<html lang=\"de\"><body><article><h1>Winterfahrplan</h1>\
            <p>Die Fähre kehrt am Montag zum Winterfahrplan zurück, mit zwei Überfahrten am Tag und einer am Sonntag.</p>\
            <p>Das erste Boot fährt um sieben, wenn das Wetter es zulässt, und das letzte verlässt die Insel um fünf.</p>\
            <h2>Das könnte Sie auch interessieren</h2>\
            <ul><li><a href=\"/a\">Die Bäckereien der Insel im Test</a> Unsere Tester haben jede Bäckerei besucht.</li>\
            <li><a href=\"/b\">Ein Spaziergang zum Leuchtturm</a> Drei Stunden, zwei Cafés und ein steiler Hügel.</li></ul>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("interessieren"), "{text:?}");
        assert!(!text.contains("Bäckereien"), "{text:?}");
        assert!(text.contains("letzte verlässt die Insel"), "{text:?}");
        // Thai's "Read related news", a paragraph over the list.
        let html = "<html lang=\"th\"><body><article><h1>เรือข้ามฟากฤดูหนาว</h1>\
            <p>เรือข้ามฟากกลับมาใช้ตารางเดินเรือฤดูหนาวในวันจันทร์ โดยมีสองเที่ยวต่อวันและหนึ่งเที่ยวในวันอาทิตย์</p>\
            <p>เรือเที่ยวแรกออกเวลาเจ็ดโมงเช้าหากสภาพอากาศเอื้ออำนวย และเที่ยวสุดท้ายออกจากเกาะเวลาห้าโมงเย็น</p>\
            <p><strong>อ่านข่าวที่เกี่ยวข้อง</strong></p>\
            <ul><li><a href=\"/a\">ร้านเบเกอรี่บนเกาะที่ดีที่สุด</a></li><li><a href=\"/b\">เดินเล่นรอบประภาคาร</a></li></ul>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("ข่าวที่เกี่ยวข้อง"), "{text:?}");
        assert!(!text.contains("ประภาคาร"), "{text:?}");
    }

    /// A promo's label in a paragraph of its own over a list of the
    /// site's stories ("Read more:", "Don't miss", "Also read") goes with
    /// the list, set amid the text; the article's further reading stays.
    #[test]
    fn a_promos_label_over_a_list_goes() {
        let page = |label: &str| {
            format!(
                "<html><body><article><h1>Winter sailings resume</h1>\
                 <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
                 <p>The first boat sails at seven, weather allowing, and the last one leaves the island at five.</p>\
                 <p><strong>{label}</strong></p><ul><li><a href=\"/a\">Island bakeries ranked by our tasters</a></li>\
                 <li><a href=\"/b\">A walk around the lighthouse on the north shore</a></li></ul>\
                 <p>Tickets are sold on board, in cash or by card, and a book of ten costs the price of eight.</p>\
                 </article></body></html>"
            )
        };
        let text = |label: &str| extract(&page(label), &Options::default()).unwrap().text;
        for label in [
            "Read more:",
            "Don't miss",
            "Also read",
            "More on this story:",
        ] {
            let article = text(label);
            assert!(!article.contains("bakeries"), "{label}: {article:?}");
            assert!(article.contains("book of ten"), "{article:?}");
        }
        assert!(text("Further reading").contains("bakeries"));
    }

    /// The label over an ad slot goes, in English and in German, and with
    /// a note that the page goes on, and so does a sponsored card's; a field named in a list, and a
    /// sentence about advertising, stay.
    /// An ad's label set over a post's text, in one block (and a wrapper
    /// around both), goes alone; a
    /// "Read more:" label over links goes with them.
    #[test]
    fn an_ads_label_over_the_text_goes_alone() {
        let html = "<html><body><article>\
            <p>The ferry company spends little on publicity, and the islanders like it that way, says its manager.</p>\
            <div class=\"post\"><div class=\"body\"><div class=\"unit\">Advertisement - <a href=\"/join\">Members</a> don't see this ad</div>\
            <div class=\"words\">The winter timetable starts on Monday, so check the boards at both harbours first.</div></div></div>\
            <div class=\"more\"><div>Read more:</div><div><a href=\"/a\">Winter timetable</a> <a href=\"/b\">Quay works</a></div></div>\
            <p>Advertising on the boats pays for the new timetable boards at both harbours, the manager says.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("The winter timetable starts"), "{text:?}");
        assert!(!text.contains("Advertisement"), "{text:?}");
        assert!(
            !text.contains("Read more") && !text.contains("Quay works"),
            "{text:?}"
        );
    }

    #[test]
    fn an_ads_label_goes() {
        let html = "<html><body><article>\
            <p>The ferry company spends little on publicity, and the islanders like it that way, says its manager.</p>\
            <div class=\"slot\"><span>Advertisement</span></div>\
            <p class=\"label\">Advertisement - Page continues below</p>\
            <div>Anzeige</div>\
            <div class=\"td-a-rec\"><span>- Advertisement -</span><div class=\"ad\"></div></div>\
            <div>[ Werbung ]</div>\
            <div class=\"reklam-alani\">Reklam</div>\
            <div>Реклама</div>\
            <div>Supported by</div>\
            <p>Continua após a publicidade</p>\
            <p>Continúa después de la publicidad</p>\
            <p>Story continues below advertisement</p>\
            <div>Article continues after this ad</div>\
            <div>Story continues below gallery</div>\
            <p>Content ads continue to grow</p>\
            <p>Supported by the island trust since 1998.</p>\
            <div class=\"dianomi\"><div>Sponsored content</div></div>\
            <div class=\"card\"><div>Sponsored</div><p>Harbour Tours: the island by night, from the quay.</p></div>\
            <p>Its fields of work:</p><ul><li>Freight</li><li>Advertising</li><li>Tourism</li></ul>\
            <p>Advertising on the boats pays for the new timetable boards at both harbours.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(
            !text.contains("Advertisement")
                && !text.contains("Anzeige")
                && !text.contains("Werbung")
                && !text.contains("Reklam")
                && !text.contains("Реклама")
                && !text.contains("Sponsored")
                && !text.contains("Supported by\n")
                && !text.contains("Continua")
                && !text.contains("Continúa")
                && !text.contains("continues below")
                && !text.contains("after this ad"),
            "{text:?}"
        );
        assert!(text.contains("Content ads continue to grow"), "{text:?}");
        assert!(text.contains("Supported by the island trust"), "{text:?}");
        assert!(
            text.contains("Freight\n\nAdvertising\n\nTourism"),
            "{text:?}"
        );
        assert!(text.contains("Advertising on the boats"), "{text:?}");
    }
}
