namespace Dateline.Extraction.Html;

/// <summary>
/// Named vocabularies of the HTML extractor: tags, roles and class/id words that mark boilerplate
/// or article content. Class and id values are split into lower-case tokens ("article-body__text"
/// gives "article", "body", "text"; "shareBar" gives "share", "bar") before matching.
/// English, German, French and Spanish, the languages of our pages.
/// </summary>
public static class HtmlVocabulary
{
    /// <summary>Elements whose content is never article text (code, media, form controls).</summary>
    public static readonly IReadOnlySet<string> SkippedTags = Set(
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas", "video",
        "audio", "select", "option", "button", "input", "textarea", "map", "link", "meta", "dialog");

    /// <summary>Structural elements that hold page furniture, not the story: "&lt;nav&gt;", "&lt;aside&gt;", "&lt;footer&gt;".</summary>
    public static readonly IReadOnlySet<string> BoilerplateTags = Set("nav", "aside", "footer", "menu");

    /// <summary>ARIA landmark roles of page furniture: role="navigation", role="contentinfo" (footer), ...</summary>
    public static readonly IReadOnlySet<string> BoilerplateRoles = Set(
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "toolbar");

    /// <summary>Elements that start a new text block (paragraph) in the extracted text.</summary>
    public static readonly IReadOnlySet<string> BlockTags = Set(
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "figure", "figcaption", "form", "fieldset", "address", "center", "details", "summary", "hr", "body", "html",
        "caption", "legend", "hgroup", "menu", "picture");

    /// <summary>Block elements that are a paragraph themselves; their parent is the container that scores.</summary>
    public static readonly IReadOnlySet<string> ParagraphTags = Set(
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "td", "th", "figcaption", "address", "caption");

    public static readonly IReadOnlySet<string> HeadingTags = Set("h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>
    /// Whole class/id tokens that mark boilerplate. Short words are matched only as whole tokens so that
    /// "ad" does not hit "head" and "nav" does not hit "canvas".
    /// </summary>
    public static readonly IReadOnlySet<string> BoilerplateTokens = Set(
        "ad", "ads", "adv", "advert", "advertisement", "adsense", "nav", "navbar", "navigation", "menu", "submenu", "megamenu",
        "breadcrumb", "breadcrumbs", "share", "shares", "sharing", "sharebar", "social", "socials", "sns", "tags", "tag",
        "tagcloud", "tagged", "keywords", "related", "footer", "sidebar", "aside", "widget", "widgets", "promo", "popup",
        "modal", "overlay", "banner", "sponsor", "sponsored", "pager", "pagination", "login", "signin", "signup", "register",
        "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "gdpr", "comment", "comments",
        "disqus", "respond", "reply", "replies", "toolbar", "masthead", "copyright", "skip", "rating",
        "recommended", "recommendations", "recirculation", "outbrain", "taboola", "plista", "ligatus", "teads",
        "teilen", "kommentar", "kommentare", "werbung", "anzeige", "anzeigen", "empfehlung", "empfehlungen",
        "partager", "commentaire", "commentaires", "publicite", "publicité", "compartir", "comentario", "comentarios",
        "publicidad", "relacionadas", "relacionados", "zumthema", "mehrzumthema", "weiterlesen", "leserkommentare",
        "byline", "dateline", "pubdate", "timestamp", "author", "authors", "autor", "tooltip", "offscreen",
        "paywall", "shop", "jobs", "newsticker", "ticker", "slider", "carousel", "gallery", "lightbox", "spinner");

    /// <summary>Distinctive substrings that mark boilerplate wherever they occur in a class or id ("commentlist", "socialShare").</summary>
    public static readonly IReadOnlyList<string> BoilerplateSubstrings =
    [
        "comment", "kommentar", "commentaire", "comentario", "disqus", "breadcrumb", "newsletter", "cookie", "consent",
        "advert", "werbung", "sharing", "socialshare", "sharebar", "share-", "-share", "social-", "recommend", "empfehl",
        "related", "verwandt", "footer", "sidebar", "outbrain", "taboola", "plista", "ligatus", "sponsor", "promo",
        "navigation", "navbar", "subscribe", "paywall", "teaserlist", "teaser-list", "morearticles", "more-articles",
        "readmore", "read-more", "lesetipp", "meistgelesen", "mostread", "most-read", "popular",
    ];

    /// <summary>Tokens that protect a "comment" match: "commentary" and "kommentar" columns are opinion articles, not comments.</summary>
    public static readonly IReadOnlyList<string> CommentaryExceptions = ["commentary", "kommentar-artikel", "meinung"];

    /// <summary>Class/id tokens of caption and credit containers: their text becomes a caption.</summary>
    public static readonly IReadOnlySet<string> CaptionTokens = Set(
        "caption", "captions", "figcaption", "credit", "credits", "photocredit", "copyright", "bildunterschrift",
        "bildtext", "bildnachweis", "bildquelle", "legende", "légende", "leyenda", "image-caption", "wp-caption-text",
        "media-caption", "img-caption");

    /// <summary>Class/id words of article containers (readability's positive list, plus German/French/Spanish).</summary>
    public static readonly IReadOnlySet<string> ContentTokens = Set(
        "article", "articles", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text", "story", "blog",
        "storybody", "prose", "richtext", "artikel", "beitrag", "inhalt", "haupttext", "fliesstext", "texte", "contenu",
        "corps", "contenido", "cuerpo", "noticia", "nota", "single", "detail", "copy", "page");

    /// <summary>Class/id words that lower a container's score without pruning it (readability's negative list).</summary>
    public static readonly IReadOnlySet<string> NegativeTokens = Set(
        "hidden", "banner", "combx", "contact", "foot", "footnote", "masthead", "media", "meta", "scroll", "shoutbox",
        "skyscraper", "shopping", "tool", "tools", "teaser", "teasers", "list", "links", "more", "info", "box", "card",
        "cards", "header", "head", "top", "logo", "search", "author", "date", "time");

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);
}
