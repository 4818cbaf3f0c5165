using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>
/// The HTML extractor's heuristics as small named functions over <see cref="HtmlVocabulary"/>
/// and the thresholds below, each testable alone.
/// </summary>
public static class HtmlHeuristics
{
    /// <summary>A text block shorter than this does not vote for its container (readability's 25).</summary>
    public const int MinScoringChars = 25;

    /// <summary>A block whose text is at least this share link text is a link list ("Related: a | b | c").</summary>
    public const double LinkListDensity = 0.5;

    /// <summary>A short list item needs only this share of link text to count as navigation.</summary>
    public const double ShortLinkItemDensity = 0.3;

    /// <summary>A list item is "short" below this many characters.</summary>
    public const int ShortItemChars = 100;

    /// <summary>Class weight added for content words and subtracted for boilerplate words (readability's 25).</summary>
    public const int ClassWeightStep = 25;

    /// <summary>A class-matched region is kept when it holds the headline and at least this share of the page text (a wrapper like "content-with-sidebar").</summary>
    public const double WrapperTextShare = 0.5;

    /// <summary>A region pruned by a weak class word (not a comment word) is kept when it holds this share of the page text.</summary>
    public const double WeakMarkTextShare = 0.4;

    /// <summary>Comment-section marks ("class:comments", "class:disqus") are strong: comment threads can be longer than the article.</summary>
    public static bool IsCommentMark(string mark) =>
        mark.Contains("comment", StringComparison.Ordinal) || mark.Contains("kommentar", StringComparison.Ordinal)
        || mark.Contains("disqus", StringComparison.Ordinal) || mark.Contains("comentario", StringComparison.Ordinal)
        || mark.Contains("respond", StringComparison.Ordinal) || mark.Contains("repl", StringComparison.Ordinal);

    /// <summary>Furniture marked by a weak class word holds less prose than this (in paragraphs of prose).</summary>
    public const int FurnitureMaxProseChars = 400;

    /// <summary>A paragraph counts as prose from this length, with at most <see cref="ProseMaxLinkDensity"/> link text.</summary>
    public const int ProseParagraphChars = 80;

    public const double ProseMaxLinkDensity = 0.3;

    /// <summary>Characters of prose paragraphs (&lt;p&gt; of some length, few links) inside an element.</summary>
    public static int ProseChars(IElement element)
    {
        int total = 0;
        foreach (var p in element.QuerySelectorAll("p"))
        {
            int length = p.TextContent.Length;
            if (length < ProseParagraphChars) continue;
            int links = 0;
            foreach (var a in p.QuerySelectorAll("a")) links += a.TextContent.Length;
            if (LinkDensity(links, length) <= ProseMaxLinkDensity) total += length;
        }
        return total;
    }

    /// <summary>Lower-case tokens of an element's class and id: "articleBody share-bar_x" gives article, body, share, bar, x.</summary>
    public static IReadOnlyList<string> ClassTokens(IElement element)
    {
        var tokens = new List<string>();
        AddTokens(WithoutTaxonomyClasses(element.ClassName), tokens);
        AddTokens(element.Id, tokens);
        return tokens;
    }

    /// <summary>The class and id joined and lower-cased, for substring matches.</summary>
    public static string ClassAndId(IElement element) =>
        ((WithoutTaxonomyClasses(element.ClassName) ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();

    /// <summary>
    /// CMS taxonomy classes name the article's topics, not the element's role: WordPress puts
    /// "category-kommentare tag-social-media" on the &lt;article&gt; itself. They are left out of matching.
    /// </summary>
    public static readonly IReadOnlyList<string> TaxonomyClassPrefixes = ["category-", "tag-", "post_tag-", "topic-", "format-", "kategorie-", "rubrik-", "section-"];

    public static string? WithoutTaxonomyClasses(string? className)
    {
        if (string.IsNullOrEmpty(className)) return className;
        var kept = className.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(c => !TaxonomyClassPrefixes.Any(p => c.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        return string.Join(' ', kept);
    }

    /// <summary>Why a tag, role or class/id marks this element as page furniture, or null. "&lt;div class="comments"&gt;" gives "class:comments".</summary>
    public static string? BoilerplateMark(IElement element)
    {
        var tag = element.LocalName;
        if (HtmlVocabulary.BoilerplateTags.Contains(tag)) return "tag:" + tag;
        var role = element.GetAttribute("role");
        if (role is not null && HtmlVocabulary.BoilerplateRoles.Contains(role.Trim().ToLowerInvariant())) return "role:" + role;
        if (tag is "html" or "body" or "main") return null;
        return BoilerplateClassMark(element);
    }

    /// <summary>The class/id word that marks boilerplate ("share", "comment", "sidebar"), or null.</summary>
    public static string? BoilerplateClassMark(IElement element)
    {
        var joined = ClassAndId(element);
        if (joined.Length <= 1) return null;
        foreach (var token in ClassTokens(element))
            if (HtmlVocabulary.BoilerplateTokens.Contains(token)) return "class:" + token;
        foreach (var sub in HtmlVocabulary.BoilerplateSubstrings)
        {
            if (!joined.Contains(sub, StringComparison.Ordinal)) continue;
            if (sub.StartsWith("comment", StringComparison.Ordinal) && HtmlVocabulary.CommentaryExceptions.Any(e => joined.Contains(e, StringComparison.Ordinal))) continue;
            return "class:" + sub;
        }
        return null;
    }

    /// <summary>Hidden by attribute or inline style: hidden, aria-hidden="true", style="display:none".</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Caption containers: figcaption, and class/id words such as "caption", "credit", "bildunterschrift".</summary>
    public static bool IsCaptionElement(IElement element)
    {
        if (element.LocalName is "figcaption") return true;
        foreach (var token in ClassTokens(element))
            if (HtmlVocabulary.CaptionTokens.Contains(token)) return true;
        var joined = ClassAndId(element);
        return joined.Contains("caption", StringComparison.Ordinal) || joined.Contains("bildunterschrift", StringComparison.Ordinal);
    }

    /// <summary>Readability-style class weight: +25 for content words ("article-body"), -25 for boilerplate or negative words.</summary>
    public static int ClassWeight(IElement element)
    {
        int weight = 0;
        var tokens = ClassTokens(element);
        if (tokens.Any(HtmlVocabulary.ContentTokens.Contains)) weight += ClassWeightStep;
        if (tokens.Any(HtmlVocabulary.NegativeTokens.Contains) || BoilerplateClassMark(element) is not null) weight -= ClassWeightStep;
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase)) weight += 2 * ClassWeightStep;
        return weight;
    }

    /// <summary>A container's starting score by tag (readability): div +5, pre/td/blockquote +3, lists and forms -3, headings -5.</summary>
    public static int TagWeight(string tag) => tag switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>How much a paragraph votes for its containers: 1 + commas + one per 100 chars (at most 3).</summary>
    public static double ParagraphScore(string text)
    {
        if (text.Length < MinScoringChars) return 0;
        int commas = 0;
        foreach (char c in text) if (c is ',' or '，' or '،') commas++;
        return 1 + commas + Math.Min(text.Length / 100, 3);
    }

    /// <summary>Link text share of a block: "Home | News | Sport" is 1.0, a paragraph with one linked name about 0.05.</summary>
    public static double LinkDensity(int linkChars, int totalChars) => totalChars == 0 ? 0 : (double)linkChars / totalChars;

    /// <summary>A block that is mostly links: navigation, "related" lists, tag clouds.</summary>
    public static bool IsLinkList(int linkChars, int totalChars, bool isListItem)
    {
        double density = LinkDensity(linkChars, totalChars);
        if (density >= LinkListDensity) return true;
        return isListItem && totalChars < ShortItemChars && density >= ShortLinkItemDensity;
    }

    private static void AddTokens(string? value, List<string> tokens)
    {
        if (string.IsNullOrEmpty(value)) return;
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            bool boundary = i == value.Length || !char.IsLetterOrDigit(value[i]);
            // camelCase boundary: "shareBar" -> "share", "bar".
            bool camel = !boundary && i > 0 && char.IsUpper(value[i]) && char.IsLower(value[i - 1]);
            if ((boundary || camel) && start >= 0)
            {
                tokens.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }
            if (!boundary && start < 0) start = i;
        }
        // The whole value too, so "articleBody" also matches as "articlebody".
        var whole = value.Trim().ToLowerInvariant();
        if (whole.Length > 0 && !whole.Contains(' ', StringComparison.Ordinal)) tokens.Add(whole.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal));
    }
}
