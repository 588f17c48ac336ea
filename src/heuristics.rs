//! Every word list, weight and threshold the plan uses, in one place, so the
//! heuristics can be read, compared and tuned together. Nothing here names a
//! site: each entry is a convention that many sites and themes share.

use crate::plan::Reason;

/// Words in `class`, `id` or `role` that say what a block is not article.
/// A token matches a word when it equals it, or, for words of five letters
/// or more, when it contains it (`sharebar`, `newsletter-signup`). Earlier
/// reasons win: a consent notice is first, whatever its shape (`gdpr-banner`).
pub const NEGATIVE_HINTS: &[(Reason, &[&str])] = &[
    (
        Reason::Consent,
        &["cookie", "cookies", "consent", "gdpr", "privacy-banner"],
    ),
    (
        Reason::Navigation,
        &[
            "nav",
            "navbar",
            "navigation",
            "menu",
            "megamenu",
            "submenu",
            "topbar",
            "masthead",
            "pagination",
            "pager",
            "skip",
            "offcanvas",
            "drawer",
            "toc",
            // In Spanish, Portuguese, Italian and Dutch.
            "navegacion",
            "navegacao",
            "navigazione",
            "navigatie",
        ],
    ),
    (
        Reason::Breadcrumb,
        &[
            "breadcrumb",
            "breadcrumbs",
            "crumbs",
            // A trail of crumbs, a thread (French), in other languages.
            "migas",
            "migalhas",
            "brotkrumen",
            "briciole",
            "kruimelpad",
            "fil-ariane",
            "filariane",
        ],
    ),
    (
        Reason::Ad,
        &[
            "ad",
            "ads",
            "advert",
            "advertisement",
            "adslot",
            "adunit",
            "dfp",
            "gpt",
            "sponsor",
            "sponsored",
            "taboola",
            "outbrain",
            "doubleclick",
            "banner",
            "billboard",
            "skyscraper",
            "leaderboard",
            "mpu",
            // In German, French, Spanish, Italian, Portuguese and Dutch.
            "werbung",
            "publicite",
            "publicidad",
            "pubblicita",
            "advertentie",
            "reclame",
            "anuncio",
        ],
    ),
    (
        Reason::Share,
        &[
            "share",
            "sharing",
            "social",
            "addthis",
            "sharethis",
            "socials",
            "teilen",
            "partage",
            "compartir",
            "compartilh",
            "condividi",
        ],
    ),
    (
        Reason::Newsletter,
        &[
            "newsletter",
            "subscribe",
            "subscription",
            "signup",
            "optin",
            "mailchimp",
            "boletin",
            "boletim",
        ],
    ),
    (
        Reason::Related,
        &[
            "related",
            "recommended",
            "recirculation",
            "trending",
            "popular",
            "mostread",
            "more",
            "readmore",
            "also",
            "latest",
            "recent",
            "upnext",
            "prevnext",
            "nextprev",
            "postnav",
            // Related and most read, in other languages.
            "relacionad",
            "similaires",
            // Whole, for "correlation" (a chart's) holds "correlati".
            "articoli-correlati",
            "notizie-correlate",
            "verwandt",
            "gerelateerd",
            "meistgelesen",
            "mas-leid",
            "mais-lid",
            "plus-lus",
            "piu-lett",
        ],
    ),
    (
        Reason::Comments,
        &[
            "comment",
            "comments",
            "disqus",
            "replies",
            "respond",
            "discussion",
            // Readers' reactions (`article__reactions`), in German and
            // Dutch too.
            "reactions",
            "kommentar",
            "reacties",
            "comentario",
            // A memorial's or an old site's visitors sign its guest book.
            "guestbook",
            "guest-book",
            "guest_book",
            // Shoppers' reviews are a product page's comments; a critic's
            // review is an article, and its classes say only "review".
            "customer-review",
            "customerreview",
            "user-review",
        ],
    ),
    (
        Reason::Tags,
        &[
            "tags",
            "tag",
            "tagcloud",
            "taglist",
            "keywords",
            "topics",
            "etiquetas",
            "schlagw",
            "mots-cles",
        ],
    ),
    (
        Reason::Promo,
        &["promo", "promotion", "cta", "donate", "donation", "upsell"],
    ),
    (Reason::AiSummary, &["ai-summar", "ai_summar", "aisummar"]),
    (
        Reason::Sidebar,
        &[
            "sidebar",
            "widgetarea",
            "rail",
            "aside",
            "barra-lateral",
            "seitenleiste",
            "colonne-laterale",
            "zijbalk",
        ],
    ),
    (
        Reason::Overlay,
        &[
            "popup",
            "popover",
            "modal",
            "overlay",
            "lightbox",
            "interstitial",
        ],
    ),
    (
        Reason::AuthorBox,
        &[
            "authorbox",
            "author-box",
            "authorinfo",
            "author-info",
            "author_info",
            "bio",
            "about-author",
            "about_author",
            "aboutauthor",
            "about-the-author",
            "about_the_author",
            "user-info",
            "userinfo",
            "user-details",
            "userdetails",
            "user-extras",
            "userextras",
            "usercard",
            "user-card",
            "sobre-el-autor",
            "sobre-o-autor",
            "autorbox",
            "autor-box",
        ],
    ),
    // A post's bar of actions: its reactions' counts beside "Reply",
    // "Quote" and "Share".
    (
        Reason::Counter,
        &["actionbar", "action-bar", "post-actions", "postactions"],
    ),
    (
        Reason::Footer,
        &[
            "footer",
            "colophon",
            "copyright",
            "pie-de-pagina",
            "pied-de-page",
            "fusszeile",
            "rodape",
        ],
    ),
    (Reason::Header, &["header", "topheader", "siteheader"]),
];

/// What a heading counts when it counts a thread's comments ("8
/// Comments", "12 thoughts on “…”", "Comentarios (3)"), in lower case.
pub const COMMENT_COUNTS: &[&str] = &[
    "comment",
    "comments",
    "response",
    "responses",
    "reply",
    "replies",
    "thought",
    "thoughts",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "commento",
    "commenti",
    "reactie",
    "reacties",
];

/// Values of the utility classes `text-…` that set how text looks
/// (`text-sm`, `text-center`, `text-white`), not what it is.
pub const TEXT_UTILITIES: &[&str] = &[
    "xs",
    "sm",
    "base",
    "md",
    "lg",
    "xl",
    "left",
    "center",
    "right",
    "justify",
    "start",
    "end",
    "white",
    "black",
    "muted",
    "primary",
    "secondary",
    "dark",
    "light",
    "body",
    "inherit",
    "current",
    "transparent",
    "wrap",
    "nowrap",
    "balance",
    "pretty",
    "truncate",
    "ellipsis",
    "clip",
    "uppercase",
    "lowercase",
    "capitalize",
];

/// Words in `class` or `id` that say a block holds the article.
pub const POSITIVE_HINTS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "richtext",
    "markdown",
    // The article, its content, its body and the news item in German,
    // Dutch, French, Spanish, Italian and Portuguese.
    "artikel",
    "articulo",
    "articolo",
    "inhalt",
    "inhoud",
    "contenu",
    "contenido",
    "conteudo",
    "cuerpo",
    "noticia",
    "beitrag",
];

/// Words of place before a hint word in a class name (`after-ad`,
/// `below-header`): they say where the element sits, not what it is.
pub const POSITION_WORDS: &[&str] = &["after", "before", "below", "above", "under", "beneath"];

/// Hints that say what a block is whatever else its class says: a positive
/// hint beside them does not save the block (`post-content-share` is a share
/// bar). Any other negative hint loses to a positive one on the same element
/// (`main-content header-offset` is not a header, `content-nav-section` is
/// not a menu).
pub const STRONG_NEGATIVE: &[Reason] = &[
    Reason::Ad,
    Reason::Share,
    Reason::Newsletter,
    Reason::Comments,
    Reason::Consent,
    Reason::Overlay,
    Reason::Promo,
    Reason::AiSummary,
    Reason::Counter,
];

/// Hinted blocks whose removal needs the look of their kind as well: menus,
/// link lists, share bars and sidebars are made of links and buttons, so a
/// long block of plain prose with such a class (or an id made from a heading
/// such as "Sharing with a team") is kept.
pub const NEEDS_LINKS: &[Reason] = &[
    Reason::Navigation,
    Reason::Share,
    Reason::Breadcrumb,
    Reason::Related,
    Reason::Tags,
    Reason::Sidebar,
    Reason::Header,
    Reason::Footer,
];

/// A block of at least this many characters with links below
/// `PROSE_LINK_DENSITY` reads as prose whatever its class says.
pub const PROSE_BLOCK_CHARS: usize = 500;
pub const PROSE_LINK_DENSITY: f32 = 0.25;

/// Added to an element's content score for a positive or negative hint.
pub const HINT_WEIGHT: f32 = 25.0;

/// Starting score of a candidate container by element name.
pub fn tag_score(tag: &str) -> f32 {
    match tag {
        "article" => 10.0,
        "div" | "main" => 5.0,
        "section" | "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Labels set apart over a teaser card for another page.
pub const PROMO_LABELS: &[&str] = &[
    "related",
    "related:",
    "recommended",
    "read next",
    "read more",
    "see also",
    "more for you",
];

/// Labels over a page's share buttons, or over links to where it is
/// discussed on the networks, in small letters.
pub const SHARE_LABELS: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share this post",
    "share this story",
    "share this page",
    "share on",
    "share this on",
    "comment via",
    "discuss on",
    "spread the word",
    "teilen",
    "partager",
    "compartir",
];

/// Calls to save a page to Pinterest, set alone over a picture drawn for
/// it, in small letters without their closing mark; any call to pin "for
/// later" or "on Pinterest" is one too.
pub const PIN_CALLS: &[&str] = &[
    "pin it",
    "pin it here",
    "pin this",
    "pin me",
    "pin this recipe",
    "pin this post",
    "save this pin",
];

/// Names of share links that are no network's, in small letters.
pub const SHARE_WAYS: &[&str] = &["email", "e-mail", "mail", "copy link", "print", "sms"];

/// Labels over a list of other pages set after an article ("Related
/// articles", "Recent posts"); see [`labels_other_pages`] for the labels
/// known by how they open or end.
pub const RELATED_LABELS: &[&str] = &[
    "related",
    "related articles",
    "related posts",
    "related stories",
    "related content",
    "related products",
    "related reading",
    "recommended articles",
    "recommended stories",
    "recommended posts",
    "recommended reading",
    "recommended for you",
    "recommended products",
    "recent posts",
    "latest posts",
    "latest news",
    "more stories",
    "read next",
    "popular posts",
    "similar products",
    "more like this",
    "more on this story",
    "more on this topic",
    "read more",
    "also read",
    "don't miss",
    "recommended",
    "more news",
    "most read",
    // The same labels in the languages most news is written in.
    "das könnte sie auch interessieren",
    "weitere nachrichten",
    "meistgelesen",
    "autres actualités",
    "les plus lus",
    "más noticias",
    "últimas noticias",
    "lo más leído",
    "mais notícias",
    "últimas notícias",
    "mais lidas",
    "altre notizie",
    "ultime notizie",
    "i più letti",
    "mehr zum thema",
    "ähnliche artikel",
    "weitere artikel",
    "sur le même sujet",
    "à lire aussi",
    "articles similaires",
    "articles liés",
    "noticias relacionadas",
    "artículos relacionados",
    "te puede interesar",
    "notícias relacionadas",
    "artigos relacionados",
    "articoli correlati",
    "potrebbe interessarti",
    "gerelateerde artikelen",
    "relaterade artiklar",
    "relaterte artikler",
    "powiązane artykuły",
    "читайте также",
    "похожие статьи",
    "ilgili haberler",
    "berita terkait",
    "artikel terkait",
    "tin liên quan",
    "bài viết liên quan",
    "اقرأ أيضا",
    "مقالات ذات صلة",
    "اخبار مرتبط",
    "संबंधित खबरें",
    "ये भी पढ़ें",
    "ข่าวที่เกี่ยวข้อง",
    "อ่านข่าวที่เกี่ยวข้อง",
    "บทความที่เกี่ยวข้อง",
    "相关阅读",
    "相关新闻",
    "相关文章",
    "延伸阅读",
    "関連記事",
    "関連ニュース",
    "관련기사",
    "관련 기사",
];
const RELATED_LABEL_OPENINGS: &[&str] = &[
    "more from ",
    "mehr von ",
    "you may be interested in",
    "you might be interested in",
    "you may also be interested in",
    "you might also be interested in",
];
/// Endings of labels over other pages that say the reader will like them
/// ("Other posts you may enjoy", "More recipes you'll love") or that
/// others read them ("What others are reading").
const RELATED_LABEL_ENDINGS: &[&str] = &[
    "are reading",
    "you may like",
    "you might like",
    "you may also like",
    "you might also like",
    "you may enjoy",
    "you might enjoy",
    "you may also enjoy",
    "you might also enjoy",
    "you'll love",
    "you’ll love",
    "you'll also love",
    "you’ll also love",
];

/// A label's words as [`labels_other_pages`] and the lists of labels read
/// them: trimmed, without a closing colon, ellipsis or exclamation mark,
/// in small letters.
pub fn label_words(label: &str) -> String {
    label
        .trim()
        .trim_end_matches([':', '.', '…', '!'])
        .trim_end()
        .to_lowercase()
}

/// Whether `label`, in small letters and without its closing colon (see
/// [`label_words`]), says that other pages follow: one of [`RELATED_LABELS`], or a label that
/// opens as [`RELATED_LABEL_OPENINGS`] do ("more from the blog") or ends
/// as [`RELATED_LABEL_ENDINGS`] do ("other posts you may enjoy").
pub fn labels_other_pages(label: &str) -> bool {
    RELATED_LABELS.contains(&label)
        || RELATED_LABEL_OPENINGS.iter().any(|o| label.starts_with(o))
        || RELATED_LABEL_ENDINGS.iter().any(|e| label.ends_with(e))
}

/// Labels of the counts forum software shows beside each post ("Posts:
/// 98", "Reaction score 10"): with the date the poster joined (see
/// [`JOINED_WORDS`]), the poster's standing, not what they wrote.
pub const MEMBER_COUNTS: &[&str] = &[
    "posts",
    "messages",
    "reaction score",
    "points",
    "likes",
    "reputation",
    "karma",
    // The same in German, Spanish and Portuguese, Italian and Dutch
    // ("Beiträge", "Mensajes"; French says "Messages").
    "beiträge",
    "mensajes",
    "mensagens",
    "messaggi",
    "berichten",
];

/// Words with which a button over a picture says what it does ("Click to
/// enlarge", "View image in full size").
pub const PICTURE_CONTROL_WORDS: &[&str] = &[
    "image",
    "photo",
    "picture",
    "enlarge",
    "zoom",
    "full size",
    "fullscreen",
    "full screen",
];

/// Phrases of a reading-time estimate ("5 min read", "Reading time: 8
/// minutes", "Lesezeit: 4 Minuten"), in words split on anything but
/// letters and digits. The reader's header gives its own.
pub const READING_TIME_PHRASES: &[&str] = &[
    "reading time",
    "read time",
    "time to read",
    "min read",
    "mins read",
    "minute read",
    "minutes read",
    "minutes to read",
    "lesezeit",
    "temps de lecture",
    "de lecture",
    "tiempo de lectura",
    "de lectura",
    "tempo di lettura",
    "di lettura",
    "leestijd",
];

/// The other words an estimate of reading time holds besides its number.
pub const READING_TIME_UNITS: &[&str] = &[
    "min",
    "mins",
    "minute",
    "minutes",
    "minuten",
    "minutos",
    "minuti",
    "minuut",
    "estimated",
    "approx",
    "about",
];

/// Details shown among a poster's statistics, which alone say nothing of a
/// forum (a travel story's fact box gives a location and a country).
pub const MEMBER_DETAILS: &[&str] = &["location", "country"];

/// Longest line, in characters, that can be one member statistic.
pub const MEMBER_STAT_CHARS: usize = 60;

/// ARIA roles of the controls a widget draws: buttons, menus, options,
/// tabs, sliders.
pub const CONTROL_ROLES: &[&str] = &[
    "button",
    "menuitem",
    "menuitemradio",
    "menuitemcheckbox",
    "option",
    "radio",
    "checkbox",
    "switch",
    "slider",
    "tab",
];

/// What the label of a control says it does, and to what ("hide caption",
/// "toggle caption", "show more", "read more", "see all"): the words of a
/// button that unfolds what the reader already sees whole, or of a link
/// away from the article, drawn as an icon or hidden by the page's style.
pub const CONTROL_VERBS: &[&str] = &[
    "show", "hide", "toggle", "expand", "collapse", "read", "see", "view",
];
pub const CONTROL_OBJECTS: &[&str] = &[
    "caption",
    "captions",
    "transcript",
    "more",
    "less",
    "details",
    "all",
];

/// The same labels in other languages, whole, in small letters: "Read
/// more", "Show more", "See all" and "Show less" in German, French,
/// Spanish, Portuguese, Italian, Dutch, Swedish, Norwegian, Polish and
/// Russian.
pub const CONTROL_LABELS: &[&str] = &[
    "weiterlesen",
    "mehr lesen",
    "mehr anzeigen",
    "weniger anzeigen",
    "alle anzeigen",
    "lire la suite",
    "lire plus",
    "voir plus",
    "voir moins",
    "voir tout",
    "afficher plus",
    "leer más",
    "ver más",
    "ver menos",
    "ver todo",
    "leia mais",
    "ver mais",
    "leggi di più",
    "leggi tutto",
    "mostra di più",
    "lees meer",
    "toon meer",
    "bekijk alles",
    "läs mer",
    "visa mer",
    "les mer",
    "vis mer",
    "czytaj więcej",
    "pokaż więcej",
    "читать далее",
    "показать ещё",
    "показать больше",
];

/// Links forum software sets by each post to act on it.
pub const POST_CONTROLS: &[&str] = &[
    "reply",
    "quote",
    "reply with quote",
    "multi-quote",
    "multiquote",
    "quick reply",
    "report",
    "report post",
    // Reply, quote and report in Spanish and Portuguese, German, French,
    // Italian and Dutch.
    "responder",
    "citar",
    "denunciar",
    "antworten",
    "zitieren",
    "melden",
    "répondre",
    "citer",
    "signaler",
    "rispondi",
    "segnala",
    "reageer",
    "beantwoorden",
];

/// Words of a disclosure that links in the page earn its publisher money
/// ("We may earn a commission", "affiliate links"), in lower case.
pub const EARNINGS_WORDS: &[&str] = &["commission", "affiliate"];

/// How a picture's credit opens, in lower case ("Photo: Ann Lee", "Image
/// credit: Harbour Trust", "Courtesy of the museum").
pub const CREDIT_LEADS: &[&str] = &[
    "credit:",
    "credits:",
    "photo credit",
    "photo credits",
    "image credit",
    "image credits",
    "picture credit",
    "photo:",
    "photos:",
    "photograph:",
    "photo :",
    "image:",
    "picture:",
    "illustration:",
    "photo by ",
    "photos by ",
    "photograph by ",
    "image by ",
    "illustration by ",
    "photo courtesy",
    "image courtesy",
    "photo via ",
    "image via ",
    "courtesy of ",
    "courtesy:",
    "foto:",
    "bild:",
    "fot.",
    "fotó:",
    "fotoğraf:",
    "kuva:",
    "zdjęcie:",
    "фото:",
    "фотография:",
    "φωτογραφία:",
    "צילום:",
    "صورة:",
    "사진:",
    "사진=",
    "写真：",
    "照片：",
    "图片：",
];

/// Picture agencies whose name ends a credit ("Ann Lee/Getty Images").
pub const PICTURE_AGENCIES: &[&str] = &[
    "getty images",
    "shutterstock",
    "istock",
    "istockphoto",
    "ap photo",
    "reuters",
    "afp",
    "alamy",
    "depositphotos",
    "unsplash",
    "pexels",
    "adobe stock",
];

/// Class and id words of a media player's box.
pub const PLAYER_HINTS: &[&str] = &["player"];

/// What an audio player says of the article it reads out, beside its
/// buttons and running time.
pub const AUDIO_LABELS: &[&str] = &["listen to this article", "listen to this story"];

/// Words of a question asking the reader to rate the page ("Was this
/// page helpful?", "Cette page vous a-t-elle été utile ?").
pub const FEEDBACK_WORDS: &[&str] = &["helpful", "useful", "utile", "hilfreich", "útil", "nuttig"];

/// Words by which such a question points at the page itself ("this").
pub const FEEDBACK_SUBJECTS: &[&str] = &[
    "this", "cette", "ce", "cet", "dieser", "diese", "dieses", "esta", "este", "esto", "questa",
    "questo", "deze", "dit",
];

/// Texts that open a promotional line inside an article body.
pub const PROMO_OPENINGS: &[&str] = &[
    "read:",
    "read more",
    "read also",
    "also read",
    "see also",
    "related:",
    "related article",
    "related story",
    "related stories",
    "more:",
    "more on this story:",
    "more on this topic:",
    "related coverage",
    "don't miss",
    "don’t miss",
    "must read",
    "watch:",
    "listen:",
    "recommended:",
    // The same lines in the languages most news is written in.
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "lesen sie auch",
    "auch interessant",
    "das könnte sie auch interessieren",
    "mehr zum thema",
    "siehe auch",
    "te puede interesar",
    "lea también",
    "lee también",
    "leer también",
    "ver también",
    "leia também",
    "leia mais:",
    "veja também",
    "lee más:",
    "leer más:",
    "lire la suite:",
    "weiterlesen:",
    "leggi di più:",
    "leggi anche",
    "potrebbe interessarti",
    "vedi anche",
    "lees ook",
    "zie ook",
    "läs också",
    "les også",
    "czytaj też",
    "czytaj także",
    "læs også",
    "lue myös",
    "loe ka",
    "lasi arī",
    "taip pat skaitykite",
    "čtěte také",
    "čtěte též",
    "přečtěte si také",
    "čítajte aj",
    "prečítajte si aj",
    "preberite tudi",
    "pročitajte još",
    "pročitajte i",
    "pročitajte također",
    "olvasd el",
    "ezt is olvasd",
    "citește și",
    "citeşte şi",
    "διαβάστε επίσης",
    "διαβάστε ακόμη",
    "прочетете още",
    "читайте также",
    "читайте також",
    "baca juga",
    "xem thêm",
    "ayrıca bakınız",
    "ilginizi çekebilir",
    "اقرأ أيضا",
    "اقرأ أيضًا",
    "यह भी पढ़ें",
    "আরও পড়ুন",
    "یہ بھی پڑھیں",
    "بیشتر بخوانید",
    "קראו גם",
    "อ่านเพิ่มเติม",
    "相关阅读",
    "延伸阅读",
    "推荐阅读",
    "相關閱讀",
    "延伸閱讀",
    "推薦閱讀",
    "関連記事",
    "あわせて読みたい",
    "관련기사",
    "관련 기사",
    "sign up",
    "subscribe",
    "follow us",
    "get breaking news",
    "click here",
    "join our",
    "download our",
    "advertisement",
    "already a subscriber",
    "already a member",
    "already subscribed",
    "already have an account",
    "catch all the",
];

/// Calls to action that make a short linked line a promo wherever they sit.
pub const CALLS_TO_ACTION: &[&str] = &[
    "sign up here",
    "subscribe to",
    "subscribe now",
    "follow us on",
    "join us on",
    "download the app",
    "click here to",
    "sign up for",
    "on whatsapp",
    "tag us",
    "mention @",
    "pin it for later",
    "pin this",
];

/// How a call to follow someone on social networks opens, in lower case,
/// in the languages most news is written in.
pub const FOLLOW_CALLS: &[&str] = &[
    "follow ",
    "folgen sie",
    "folge uns",
    "suivez",
    "síguenos",
    "sigue ",
    "segui",
    "siga",
    "volg ",
    "retrouvez",
    "obserwuj",
    "подписывайтесь",
];

/// Social networks as links to a site's accounts name them, and the news
/// readers a site asks to be followed on ("Follow the Herald on Google
/// News").
pub const SOCIAL_NETWORKS: &[&str] = &[
    "facebook",
    "x",
    "twitter",
    "instagram",
    "youtube",
    "tiktok",
    "linkedin",
    "threads",
    "bluesky",
    "mastodon",
    "telegram",
    "whatsapp",
    "pinterest",
    "snapchat",
    "flipboard",
    "google news",
    "reddit",
    "substack",
    "hacker news",
];

/// Whether a link's words are one of [`SOCIAL_NETWORKS`]' names, in any
/// case ("Facebook", "WhatsApp").
pub fn names_a_network(name: &str) -> bool {
    let name = name.trim();
    SOCIAL_NETWORKS.iter().any(|n| name.eq_ignore_ascii_case(n))
}

/// Classes that hide text from the eye and keep it for screen readers
/// ("Credit" before a picture's credit, "(opens in a new tab)" after a link,
/// "Regular price" before a price), from Bootstrap, Tailwind, WordPress,
/// Foundation and the boilerplates, written here without their hyphens: a
/// class matches when it ends in one of them, from a part of its own, in any
/// case and with any hyphens or underscores (`sr-only`, `u-srOnly`, the
/// `css-1x2y3z-VisuallyHidden` that CSS-in-JS libraries make of a named
/// style), perhaps with `focusable` after it (`sr-only-focusable`, which
/// hides the same way until focused).
pub const SCREEN_READER_CLASSES: &[&str] = &[
    "sronly",
    "visuallyhidden",
    "hiddenvisually",
    "screenreadertext",
    "screenreaderonly",
    "showforsr",
    "a11yhidden",
    "assistivetext",
];

/// Words of a box that asks for an e-mail address or a phone number to send
/// something to: a sign-up box.
pub const SIGNUP_WORDS: &[&str] = &[
    "sign up",
    "signing up",
    "sign me up",
    "subscribe",
    "newsletter",
    "inbox",
    // The same calls in the languages most news is written in.
    "abonnieren",
    "anmelden",
    "s'abonner",
    "s’abonner",
    "inscrivez-vous",
    "suscríbete",
    "suscribirse",
    "inscríbete",
    "assine",
    "inscreva-se",
    "cadastre-se",
    "boletín",
    "boletim",
    "iscriviti",
    "inschrijven",
    "aanmelden",
    "prenumerera",
    "zapisz się",
    "подписаться",
    "подпишитесь",
];

/// Headings over a section of frequently asked questions, in lower case.
pub const FAQ_LABELS: &[&str] = &[
    "frequently asked questions",
    "faq",
    "faqs",
    "common questions",
    "questions and answers",
    "häufig gestellte fragen",
    "questions fréquentes",
    "preguntas frecuentes",
];

/// Labels over a page's own table of contents, which go with it.
pub const CONTENTS_LABELS: &[&str] = &[
    "table of contents",
    "contents",
    "in this article",
    "in this post",
    "on this page",
    "jump to",
    "jump to section",
    "inhaltsverzeichnis",
    "sommaire",
    "índice",
    "indice",
];

/// The word that labels an ad slot, in the languages news is written in,
/// or a shop's paid place in its grid.
pub const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertising",
    "sponsored",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "publicidade",
    "advertentie",
    "reklama",
    "reklame",
    "reklam",
    "annons",
    "annonse",
    "mainos",
    "hirdetés",
    "reclamă",
    "oglas",
    "iklan",
    "реклама",
    "διαφήμιση",
    "إعلان",
    "פרסומת",
    "विज्ञापन",
];

/// What a sponsor's label says over the slot where its ad or logo shows
/// ("Supported by"), or over paid links ("Sponsored content"), alone:
/// naming a sponsor, it is a credit.
pub const SPONSOR_LABELS: &[&str] = &[
    "supported by",
    "sponsored by",
    "presented by",
    "sponsored content",
    "sponsored links",
    "sponsored stories",
    "paid content",
    "paid partner content",
    "partner content",
    "promoted content",
    "promoted stories",
];

/// What a site asks a reader to do before taking part ("log in", "sign
/// in", "register"), in lower case, word by word.
pub const SIGN_IN_WORDS: &[&[&str]] = &[
    &["log", "in"],
    &["login"],
    &["logged", "in"],
    &["sign", "in"],
    &["signed", "in"],
    &["register"],
];

/// What a reader signs in to do to take part ("to answer", "to comment").
/// Not to read, see, access or join: how-to articles tell the reader to
/// sign in to do that, step by step.
pub const PARTAKING_VERBS: &[&str] = &[
    "post",
    "answer",
    "reply",
    "comment",
    "vote",
    "follow",
    "participate",
    "rate",
];

/// How the link of a newsletter's pitch begins ("Sign up now", "Apúntate
/// aquí", "Jetzt anmelden"), in lower case.
pub const SIGNUP_LINKS: &[&str] = &[
    "sign up",
    "subscribe",
    "apúntate",
    "suscríbete",
    "inscríbete",
    "regístrate",
    "jetzt anmelden",
    "anmelden",
    "abonnieren",
    "je m'inscris",
    "je m’inscris",
    "inscrivez-vous",
    "s'inscrire",
    "s’inscrire",
    "iscriviti",
    "inscreva-se",
    "cadastre-se",
    "aanmelden",
    "meld je aan",
];

/// How the button of an appeal for readers' money begins ("Support us",
/// "Donate now", "Make a contribution"), in lower case.
pub const APPEAL_CALLS: &[&str] = &[
    "support us",
    "support our",
    "support the",
    "donate",
    "make a donation",
    "make a contribution",
    "contribute",
    "give now",
    "give today",
    "become a member",
    "become a supporter",
    "become a patron",
    "unterstützen",
    "faire un don",
    "soutenir",
    "donar",
];

/// Words of an appeal for readers' money that say what the money is for
/// or what it is, in lower case: the call alone is a button.
pub const APPEAL_WORDS: &[&str] = &[
    "journalism",
    "reporting",
    "donat",
    "contribution",
    "support",
    "journalismus",
    "journalisme",
    "periodismo",
];

/// Words of a request for consent to load what another site provides,
/// in lower case: English, German, French, Spanish and Portuguese,
/// Italian, Dutch. ("Cookie" alone is also a biscuit.)
pub const CONSENT_WORDS: &[&str] = &[
    "consent",
    "permission",
    "third party",
    "third-party",
    "cookie policy",
    "cookie settings",
    "privacy settings",
    "einwilligung",
    "zustimmung",
    "einverstanden",
    "drittanbieter",
    "consentement",
    "consentimiento",
    "consentimento",
    "consenso",
    "toestemming",
];

/// How the button that gives such consent begins ("Accept and continue",
/// "Allow cookies", "Load content"), in lower case.
pub const CONSENT_CALLS: &[&str] = &[
    "accept",
    "allow",
    "agree",
    "i agree",
    "consent",
    "enable",
    "load content",
    "show content",
    "akzeptieren",
    "zustimmen",
    "einverstanden",
    "externe",
    "inhalt laden",
    "inhalte laden",
    "accepter",
    "autoriser",
    "aceptar",
    "permitir",
    "aceitar",
    "accetta",
    "consenti",
    "accepteren",
    "toestaan",
];

/// What the button of an offer to subscribe says first ("Subscribe now",
/// "Get started", "Unlock this article").
pub const OFFER_CALLS: &[&str] = &[
    "subscribe",
    "get started",
    "unlock",
    "s'abonner",
    "abonnieren",
    "jetzt abonnieren",
    "suscríbete",
    "suscribirse",
];

/// Words of subscribing that an offer to subscribe holds, in the languages
/// news is written in (`subscri…`, `abonn…`, `suscri…`).
pub const OFFER_WORDS: &[&str] = &["subscri", "membership", "abonn", "suscri"];

/// Signs that mark a price.
pub const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₹'];

/// Minimum visible characters for a block to count as a paragraph of prose.
pub const MIN_PARAGRAPH_CHARS: usize = 25;

/// The least prose an ancestor must add to the chosen container before the
/// article is taken to continue there.
pub const WIDEN_MIN_CHARS: usize = 400;
/// Containers this long that repeat an earlier one word for word are copies.
pub const COPY_MIN_CHARS: usize = 500;
/// Paragraphs this long that repeat one word for word vote once.
pub const VOTE_COPY_MIN_CHARS: usize = 100;

/// How much more paragraph prose than the chosen container an ancestor must
/// hold for the article to continue into it.
pub const WIDEN_PROSE_RATIO: f32 = 1.75;
/// The same, when what the ancestor adds is clean prose: at most
/// [`WIDEN_CLEAN_LINK_DENSITY`] of it link text.
pub const WIDEN_CLEAN_PROSE_RATIO: f32 = 1.5;
pub const WIDEN_CLEAN_LINK_DENSITY: f32 = 0.02;

/// How many levels above the chosen container the article may continue
/// (counting only levels that add text).
pub const WIDEN_LEVELS: usize = 4;

/// How much more paragraph prose than the chosen container the page's main
/// region must hold to be taken whole.
pub const MAIN_PROSE_RATIO: f32 = 2.0;
/// Above this share of link text, what the main region adds is navigation.
pub const MAIN_LINK_DENSITY: f32 = 0.35;

/// A vote holding less than this share of the page's paragraph prose found
/// one section of a page made of sections.
pub const PAGE_VOTE_SHARE: f32 = 0.2;
/// The share of the page's paragraph prose that the block taken instead
/// must hold.
pub const PAGE_FILL_SHARE: f32 = 0.5;

/// How many levels above the chosen container a thread's posts may start.
pub const THREAD_LEVELS: usize = 6;
/// Fewer replies than this are comments on a post, however long.
pub const MIN_REPLIES: usize = 3;
/// How many times the prose beside them the replies must hold to be read.
pub const REPLIES_OUTWEIGH: usize = 3;
/// More prose than this beside the replies is an article of its own,
/// however many comments it drew.
pub const MAX_OPENING_PROSE: usize = 2000;

/// Above this share of link text, what an ancestor adds reads as teasers.
pub const WIDEN_LINK_DENSITY: f32 = 0.2;
/// The least text an ancestor adds for its links to be judged: less is a
/// line (an author's linked name), all links whatever lies around it.
pub const WIDEN_JUDGED_CHARS: usize = 25;
/// An ancestor that adds at least this much prose before the chosen
/// container (an introduction of a few paragraphs) may add links up to
/// [`WIDEN_INTRO_LINK_DENSITY`]: its contents list, its sources.
pub const WIDEN_INTRO_CHARS: usize = 1000;
/// See [`WIDEN_INTRO_CHARS`].
pub const WIDEN_INTRO_LINK_DENSITY: f32 = 0.35;

/// The least text, in characters other than spaces, that an article's body
/// declared in schema.org data must hold to be read when the page shows no
/// article: less is a summary.
pub const DECLARED_BODY_CHARS: usize = 500;

/// An article needs at least this many characters of non-link text.
pub const MIN_ARTICLE_CHARS: usize = 120;

/// Below this many characters the first pass (which skips blocks hinted as
/// clutter) is distrusted and the plan runs again without skipping them.
pub const RETRY_BELOW_CHARS: usize = 500;

/// The least prose of a short story that the first pass found, which the
/// comments under it, however longer, do not outweigh: a few sentences,
/// more than a box's blurb, or a forum's question asked in a line or two.
pub const STORY_MIN_CHARS: usize = 250;
/// The same for a story beside cards for other stories and no comments:
/// two sentences, as a news brief may have.
pub const BRIEF_MIN_CHARS: usize = 120;

/// Share of a quote-like block's 4-word shingles found elsewhere in the
/// article that makes it a duplicated pull quote.
pub const PULL_QUOTE_OVERLAP: f32 = 0.6;

/// Reading speed for `reading_minutes`: words per minute, and characters per
/// minute for scripts written without spaces.
pub const WORDS_PER_MINUTE: usize = 230;
pub const CJK_CHARS_PER_MINUTE: usize = 500;

/// Hosts whose frames are the article's own video or audio, kept in the reader.
pub const VIDEO_HOSTS: &[&str] = &[
    "youtube.com",
    "youtube-nocookie.com",
    "youtu.be",
    "player.vimeo.com",
    "vimeo.com",
    "dailymotion.com",
    "player.twitch.tv",
    "w.soundcloud.com",
    "open.spotify.com",
    "ted.com",
];

/// Words in `class`, `id`, `rel` or `itemprop` that mark a byline or dateline.
pub const BYLINE_HINTS: &[&str] = &[
    "byline",
    "author",
    "writer",
    "dateline",
    "posted-on",
    "entry-meta",
    "post-meta",
    "article-meta",
    "meta-info",
    "published",
    "date",
    "timestamp",
];

/// Words that open a byline on the page ("By Ada Mercer"); the name is
/// what follows.
pub const BYLINE_WORDS: &[&str] = &["by ", "par ", "von ", "por ", "door ", "di "];

/// Words in `class` or `id` that mark the element naming the author, when
/// the page's metadata does not.
pub const AUTHOR_HINTS: &[&str] = &["byline", "author", "dateline", "writtenby"];

/// Whole parts of a class or id (between spaces, hyphens and underscores)
/// that mark the element naming the author as [`AUTHOR_HINTS`] do
/// (`writer`, `article-writer`), where inside a longer word they mean
/// something else (`writeReview`, `typewriter`).
pub const WRITER_HINTS: &[&str] = &["writer", "reporter"];

/// Class or id words that, beside an author hint, mark the author's picture
/// (`author-avatar`), which holds a photo or the initials drawn in its
/// place ("NB"), not the name.
pub const AUTHOR_PICTURE_HINTS: &[&str] = &["avatar", "initials"];

/// Class or id words that, beside an author hint, mark the author's role or
/// bio set under the name (`author-description`, `author-bio`,
/// `author-job-title`), not the name. Joined to what comes before, so that
/// a word inside a name (`jobber-…`, `biology`) does not count.
pub const AUTHOR_ROLE_HINTS: &[&str] = &[
    "description",
    "-bio",
    "_bio",
    "-role",
    "_role",
    "jobtitle",
    "job-title",
    "job_title",
    "credential",
];

/// Class or id words of a post's user name, read as the byline only inside
/// the article (see `metadata::byline_on_page`).
pub const POSTER_HINTS: &[&str] = &["username"];

/// Class or id words of what customers say of a business: the names there
/// are theirs, not an author's.
pub const CUSTOMER_HINTS: &[&str] = &["testimonial", "customer"];

/// Classes of the topic a byline's line files the story under
/// (`byline__category`), beside the author's name.
pub const TOPIC_HINTS: &[&str] = &["categor", "topic", "kicker", "rubric"];

/// Classes of the section label set over a headline (`article-kicker`,
/// `eyebrow`; `surtitre`, `dachzeile` and `occhiello` in French, German
/// and Italian templates).
pub const KICKER_HINTS: &[&str] = &[
    "kicker",
    "eyebrow",
    "overline",
    "rubric",
    "surtitre",
    "dachzeile",
    "occhiello",
];

/// Labels over a headline that tell who may read the story, not what it
/// says ("Member-only story", "Réservé aux abonnés"), whole lines,
/// lowercase: English, French, German, Spanish, Portuguese, Italian,
/// Dutch, Chinese and Japanese.
pub const ACCESS_LABELS: &[&str] = &[
    "member-only story",
    "members-only story",
    "members only",
    "members-only",
    "member exclusive",
    "subscriber exclusive",
    "subscriber only",
    "subscribers only",
    "for subscribers",
    "subscriber content",
    "premium",
    "premium content",
    "réservé aux abonnés",
    "article réservé aux abonnés",
    "abonnés",
    "nur für abonnenten",
    "abo",
    "exclusivo para suscriptores",
    "solo para suscriptores",
    "exclusivo para assinantes",
    "exclusivo para assinante",
    "riservato agli abbonati",
    "alleen voor abonnees",
    "会员专享",
    "有料記事",
    "会員限定",
];

/// The last word of a writer's role set after the name in a byline
/// ("Herald staff writer", "Science editor").
pub const WRITER_ROLES: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "journalist",
    "critic",
];

/// Glyphs that part the items of a line.
pub const SEPARATORS: &[char] = &['·', '•', '∙', '⋅', '|', '/', '-', '–', '—', ','];

/// Path segments before the name in the address of one author's page
/// (`/author/ann-lee`): English, and the Spanish, Portuguese and German
/// "autor", the French "auteur", the Italian "autore", the Spanish and
/// Italian words for a journalist, and the Indonesian, Turkish and
/// Vietnamese words for an author or a reporter. (Not the French
/// "journaliste": Le Monde links the first of a line of authors there,
/// "Martin Untersinger (avec Damien Leloup et Morgane Tual)", and the
/// line is the byline.)
pub const AUTHOR_PATHS: &[&str] = &[
    "author",
    "authors",
    "staff",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "contributor",
    "contributors",
    "autor",
    "autores",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "periodista",
    "periodistas",
    "giornalista",
    "penulis",
    "wartawan",
    "yazar",
    "yazarlar",
    "tac-gia",
];

/// Path segments before the name in the address of one member's page on
/// a forum (`/profile/211123-coldj/`, `/members/ann.12/`, `/u/wren`).
pub const MEMBER_PATHS: &[&str] = &["profile", "members", "member", "u", "user", "users"];

/// Path segments of a page that lists a topic's stories (`/tag/recipes/`).
pub const TOPIC_PATHS: &[&str] = &["tag", "tags", "category", "categories", "topic", "topics"];

/// The small words inside names, written in lower case: "Ana de Souza",
/// "Jan van Dijk", "Omar bin Said".
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
    "bin", "ibn", "al", "y", "e",
];

/// Class, id or `itemprop` words of an element that shows the article's
/// date ("post-date", "published", "entry-date", "dateline").
pub const DATE_HINTS: &[&str] = &["date", "publish", "posted"];

/// Words that mark a date as the last change, not the publication: in a
/// class or id anywhere, in the text at its start (in English, German,
/// French, Spanish, Portuguese, Italian, Dutch, the Nordic languages,
/// Polish, Czech, Slovak, Turkish, Indonesian, Russian, Chinese, Japanese
/// and Korean). Turkish's stem is "güncelle" ("güncellendi"), as "güncel"
/// alone names a news section ("current affairs").
pub const CHANGED_HINTS: &[&str] = &[
    "updat",
    "modif",
    "aktualis",
    "aktualiz",
    "mis à jour",
    "actualiz",
    "atualiz",
    "aggiorn",
    "bijgewerkt",
    "oppdater",
    "uppdater",
    "opdater",
    "päivitet",
    "güncelle",
    "diperbarui",
    "обновл",
    "更新",
    "업데이트",
];

/// Words that label a date as a member's joining of a forum ("Joined",
/// "Join date", "Member since", "Registered", and "Registriert seit",
/// "Inscrit le", "Miembro desde" and their like), in its line or in the
/// term (`<dt>`) it is the value of; beside a post, one of the poster's
/// statistics (see [`MEMBER_COUNTS`]).
pub const JOINED_WORDS: &[&str] = &[
    "joined",
    "join date",
    "member since",
    "registered",
    "registriert",
    "mitglied seit",
    "dabei seit",
    "inscrit",
    "membre depuis",
    "registrado",
    "miembro desde",
    "membro desde",
    "iscritto",
    "registrato",
    "lid sinds",
    "geregistreerd",
];

/// Words in `class` of an element that draws an icon with a glyph of a
/// font (`accordion-icon`, `material-icons`, `fa-chevron`).
pub const ICON_CLASSES: &[&str] = &["icon", "material-symbols", "fa-"];

/// Words in `class` for the parts of a widget that folds its content away
/// (an accordion of questions, a collapsible section).
pub const DISCLOSURE_WORDS: &[&str] = &["accordion", "collaps", "faq", "disclosure"];

/// Labels that open a line giving an article's date ("Published:",
/// "Last updated on"), in small letters.
pub const DATE_LINE_LABELS: &[&str] = &[
    "published",
    "updated",
    "last updated",
    "posted",
    "modified",
    "last modified",
    "publié",
    "mis à jour",
    "veröffentlicht",
    "aktualisiert",
    "publicado",
    "actualizado",
    "atualizado",
    "pubblicato",
    "aggiornato",
    "gepubliceerd",
    "bijgewerkt",
    "publicerad",
    "uppdaterad",
    "publisert",
    "oppdatert",
    "publiceret",
    "opdateret",
    "julkaistu",
    "päivitetty",
    "opublikowano",
    "zaktualizowano",
    "publikováno",
    "aktualizováno",
    "diterbitkan",
    "diperbarui",
    "опубликовано",
    "обновлено",
];

/// Words in `class` that mark a pull quote.
pub const PULL_QUOTE_HINTS: &[&str] = &[
    "pullquote",
    "pull-quote",
    "pullout",
    "pull_quote",
    "quote-pull",
];

/// Longest block, in characters, that can be a promo line or a byline.
pub const SHORT_BLOCK_CHARS: usize = 200;

/// The most words a headline runs to; a heading longer than this is a
/// paragraph set in a heading's type (headlines run to about twenty).
pub const HEADLINE_MAX_WORDS: usize = 30;

/// What the class or id of a picture's caption says ("caption",
/// "image-caption", "photo-credit").
pub const CAPTION_HINTS: &[&str] = &["caption", "credit"];

/// What a site's notice of its rights says of them, in the languages most
/// news is written in ("Riproduzione riservata ©").
pub const RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "tutti i diritti riservati",
    "riproduzione riservata",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "все права защищены",
];
