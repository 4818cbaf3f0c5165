using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dateline.Extraction.PlainText;
using Dateline.Extraction.Rules;
using Dateline.Model;

namespace Dateline.Extraction.Html;

/// <summary>
/// Finds the article body of an HTML page. Steps, each a small named function:
/// (1) walk the DOM into text blocks, pruning page furniture by tag, ARIA role and class/id vocabulary
/// (<see cref="HtmlHeuristics.BoilerplateMark"/>), unless the region holds a strong body hint
/// (itemprop=articleBody, the container of JSON-LD articleBody);
/// (2) score containers readability-style by the paragraphs they hold (length, commas, class words,
/// link density) and choose the best, with its worthy siblings; a strong hint wins outright;
/// (3) clean the chosen blocks paragraph by paragraph: link lists, captions, the repeated headline,
/// and the shared <see cref="BoilerplateLineRules"/>;
/// (4) map every piece back to the HTML source (<see cref="SourceAligner"/>) and record every removal.
/// </summary>
public sealed class HtmlArticleExtractor : IArticleExtractor
{
    public const string Stage = "extract";

    /// <summary>A strong hint (itemprop=articleBody, JSON-LD container) needs at least this much text to be trusted.</summary>
    public const int MinHintChars = 200;

    /// <summary>A JSON-LD articleBody shorter than this is a summary, not the body.</summary>
    public const int MinJsonLdBodyChars = 200;

    /// <summary>Paragraphs shorter than this are not used to locate the JSON-LD body in the page.</summary>
    public const int MinJsonLdMatchChars = 40;

    /// <summary>The JSON-LD container is the deepest element holding this share of the matched paragraphs.</summary>
    public const double JsonLdContainerShare = 0.8;

    /// <summary>Sibling containers join the body when they score at least this share of the top candidate (readability's 0.2).</summary>
    public const double SiblingScoreShare = 0.2;

    /// <summary>When the chosen body is shorter than this, the paragraph baseline is tried.</summary>
    public const int ShortBodyChars = 250;

    /// <summary>Deeper nesting than this is not walked (malformed pages).</summary>
    public const int MaxDepth = 1500;

    public ExtractedArticle Extract(string sourceText)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(sourceText);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var metadata = HtmlMetadataReader.Read(document, jsonLd);

        var hints = FindBodyHints(document, jsonLd);
        var walker = new BlockWalker(document, hints);
        walker.Walk();
        var aligner = new SourceAligner(sourceText);
        foreach (var block in walker.Blocks) BuildPieces(block, aligner, sourceText);
        var blocks = walker.Blocks.Where(b => b.Text.Length > 0).ToList();

        var containers = ChooseContainers(blocks, hints);
        return Assemble(sourceText, blocks, walker.Pruned, containers, metadata, hasHint: hints.Count > 0);
    }

    /// <summary>Elements that certainly hold the body: itemprop=articleBody, or the container of the JSON-LD articleBody paragraphs.</summary>
    internal static IReadOnlyList<IElement> FindBodyHints(IDocument document, JsonLdArticle? jsonLd)
    {
        var hints = document.QuerySelectorAll("[itemprop=articleBody], [itemprop=articlebody]")
            .Where(e => Normalise(e.TextContent).Length >= MinHintChars)
            .ToList();
        // Nested hints: keep the outermost.
        hints = hints.Where(h => !hints.Any(o => o != h && o.Contains(h))).ToList();
        if (hints.Count > 0) return hints;
        if (jsonLd?.ArticleBody is { } body && FindJsonLdContainer(document, body) is { } container) return [container];
        return [];
    }

    /// <summary>The deepest element holding most of the page paragraphs that the JSON-LD articleBody contains.</summary>
    internal static IElement? FindJsonLdContainer(IDocument document, string articleBody)
    {
        var body = Normalise(articleBody);
        if (body.Length < MinJsonLdBodyChars) return null;
        var matched = new Dictionary<IElement, int>();
        int total = 0;
        foreach (var p in document.QuerySelectorAll("p"))
        {
            var text = Normalise(p.TextContent);
            if (text.Length < MinJsonLdMatchChars || !body.Contains(text, StringComparison.Ordinal)) continue;
            total += text.Length;
            for (var e = p.ParentElement; e is not null; e = e.ParentElement)
                matched[e] = matched.GetValueOrDefault(e) + text.Length;
        }
        if (total < MinJsonLdBodyChars / 2) return null;
        IElement? best = null;
        int bestDepth = -1;
        foreach (var (element, chars) in matched)
        {
            if (chars < total * JsonLdContainerShare) continue;
            int depth = Depth(element);
            if (depth > bestDepth) { best = element; bestDepth = depth; }
        }
        return best is { LocalName: "body" or "html" } ? null : best;
    }

    /// <summary>
    /// Readability-style container choice: paragraphs vote for their parent (full), grandparent (half)
    /// and further ancestors (less); a container's score is its tag and class weight plus its votes, times
    /// one minus its link density. A strong hint is chosen outright. Worthy siblings join the top container.
    /// </summary>
    internal static HashSet<IElement> ChooseContainers(IReadOnlyList<TextBlock> blocks, IReadOnlyList<IElement> hints)
    {
        var stats = new Dictionary<IElement, ContainerStats>();
        ContainerStats Stat(IElement e)
        {
            if (!stats.TryGetValue(e, out var s))
                stats[e] = s = new ContainerStats { Score = HtmlHeuristics.TagWeight(e.LocalName) + HtmlHeuristics.ClassWeight(e) };
            return s;
        }

        foreach (var block in blocks)
        {
            if (block.IsCaption) continue;
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                var s = Stat(e);
                s.TextChars += block.Text.Length;
                s.LinkChars += block.LinkChars;
            }
            double vote = HtmlHeuristics.ParagraphScore(block.Text);
            if (vote <= 0) continue;
            var level0 = HtmlVocabulary.ParagraphTags.Contains(block.Owner.LocalName) ? block.Owner.ParentElement : block.Owner;
            int level = 0;
            for (var e = level0; e is not null && level < 5; e = e.ParentElement, level++)
            {
                var s = Stat(e);
                s.Voted = true;
                s.Score += vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        if (hints.Count > 0) return [.. hints];

        double Final(IElement e) => stats.TryGetValue(e, out var s) ? s.Score * (1 - HtmlHeuristics.LinkDensity(s.LinkChars, s.TextChars)) : 0;
        var ranked = stats.Where(kv => kv.Value.Voted).Select(kv => (Element: kv.Key, Score: Final(kv.Key))).OrderByDescending(x => x.Score).ToList();
        if (ranked.Count == 0) return [];
        var top = ranked[0].Element;
        double topScore = ranked[0].Score;

        // When several strong candidates share an ancestor, the ancestor is the article (paragraphs split by ads).
        var alternatives = ranked.Skip(1).Take(4).Where(x => x.Score >= topScore * 0.75).Select(x => x.Element).ToList();
        if (alternatives.Count >= 2)
        {
            for (var parent = top.ParentElement; parent is not null && parent.LocalName is not ("body" or "html"); parent = parent.ParentElement)
            {
                if (alternatives.Count(a => parent.Contains(a)) >= 2) { top = parent; break; }
            }
        }

        // Walk up while a parent scores higher (its own paragraphs plus ours).
        double lastScore = Final(top);
        double threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent.LocalName is not ("body" or "html"); parent = parent.ParentElement)
        {
            if (!stats.ContainsKey(parent)) continue;
            double parentScore = Final(parent);
            if (parentScore < threshold) break;
            if (parentScore > lastScore) { top = parent; break; }
            lastScore = parentScore;
        }

        var chosen = new HashSet<IElement> { top };
        topScore = Final(top);
        if (top.ParentElement is { } siblingsParent && top.LocalName is not ("body" or "html"))
        {
            double siblingThreshold = Math.Max(10, topScore * SiblingScoreShare);
            foreach (var sibling in siblingsParent.Children)
            {
                if (sibling == top || !stats.TryGetValue(sibling, out var s)) continue;
                double bonus = !string.IsNullOrEmpty(top.ClassName) && string.Equals(top.ClassName, sibling.ClassName, StringComparison.Ordinal) ? topScore * 0.2 : 0;
                double density = HtmlHeuristics.LinkDensity(s.LinkChars, s.TextChars);
                bool worthy = Final(sibling) + bonus >= siblingThreshold
                    || (sibling.LocalName == "p" && s.TextChars > 80 && density < 0.25)
                    || (sibling.LocalName == "p" && s.TextChars is > 0 and <= 80 && density == 0 && sibling.TextContent.TrimEnd().EndsWith('.'));
                if (worthy) chosen.Add(sibling);
            }
        }
        return chosen;
    }

    private ExtractedArticle Assemble(string source, List<TextBlock> blocks, List<PrunedRegion> pruned, HashSet<IElement> containers, ArticleMetadata pageMetadata, bool hasHint)
    {
        var meta = new MetadataCollector
        {
            Title = pageMetadata.Title, Outlet = pageMetadata.Outlet, Author = pageMetadata.Author,
            Url = pageMetadata.Url, Published = pageMetadata.Published, Language = pageMetadata.Language,
        };
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var inBody = blocks.Select(b => IsInside(b.Owner, containers)).ToArray();
        var decisions = new BlockDecision?[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
            decisions[i] = inBody[i] ? JudgeBlock(blocks[i], meta) : null;

        IncludeLead(blocks, inBody, decisions, meta);

        int bodyChars = Enumerable.Range(0, blocks.Count).Where(i => inBody[i] && decisions[i] is null).Sum(i => blocks[i].Text.Length);
        // A strong hint is trusted even when short; the baseline only rescues a weak container choice.
        if (bodyChars < (hasHint ? ShortBodyChars / 2 : ShortBodyChars))
        {
            // Trafilatura's baseline: when the container choice found little, take every paragraph that reads as prose.
            var baseline = Enumerable.Range(0, blocks.Count).Where(i => IsBaselineParagraph(blocks[i])).ToList();
            int baselineChars = baseline.Sum(i => blocks[i].Text.Length);
            if (baselineChars > 2 * Math.Max(bodyChars, 1) && baselineChars >= ShortBodyChars / 2)
            {
                var chosen = baseline.ToHashSet();
                for (int i = 0; i < blocks.Count; i++)
                {
                    inBody[i] = chosen.Contains(i);
                    decisions[i] = inBody[i] ? JudgeBlock(blocks[i], meta) : null;
                }
                diagnostics.Add(new Diagnostic("extract.baseline", Stage, DiagnosticSeverity.Info, "no strong main-content container; kept every prose paragraph"));
            }
        }

        var builder = new DerivedTextBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var captions = ImmutableArray.CreateBuilder<Caption>();
        var removals = new List<Removal>();
        var outside = new List<TextBlock>();
        bool firstParagraph = true;

        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!inBody[i])
            {
                if (block.IsCaption && IsNearBody(i, inBody)) captions.Add(new Caption(block.Text, new TextSpan(block.SourceStart, block.SourceEnd), "html-caption"));
                else outside.Add(block);
                continue;
            }
            FlushOutside(outside, removals);
            if (decisions[i] is { } d)
            {
                var span = new TextSpan(block.SourceStart, block.SourceEnd);
                if (d.Kind == LineVerdictKind.Caption) captions.Add(new Caption(block.Text, span, d.Rule));
                else removals.Add(new Removal(span, d.Rule, d.Reason, PlainTextExtractor.Cap(block.Text)));
                continue;
            }
            if (firstParagraph && BylineRules.FindAgencyDateline(block.Text) is { } dateline)
                meta.Author ??= new MetadataValue(dateline.Agency, "text:dateline-agency");
            firstParagraph = false;
            if (builder.Length > 0) builder.AppendSeparator("\n\n");
            int start = builder.Length;
            foreach (var piece in block.Pieces)
            {
                if (piece.SpaceBefore && builder.Length > start) builder.AppendSeparator(" ");
                builder.Append(piece.Text, piece.SourceStart, piece.SourceLength);
            }
            paragraphs.Add(new TextSpan(start, builder.Length));
        }
        FlushOutside(outside, removals);

        foreach (var region in pruned)
            removals.Add(new Removal(new TextSpan(region.Span.Start, Math.Clamp(region.Span.End, region.Span.Start, source.Length)), "boilerplate-region", $"page furniture marked by {region.Mark}", PlainTextExtractor.Cap(region.Text)));
        removals.Sort((a, b) => a.Source.Start.CompareTo(b.Source.Start));

        var (text, map) = builder.Build();
        if (text.Length == 0)
            diagnostics.Add(new Diagnostic("extract.no-body", Stage, DiagnosticSeverity.Warning, "no article body found in the page"));
        return new ExtractedArticle(text, map, paragraphs.ToImmutable(), captions.ToImmutable(), [.. removals], meta.ToMetadata(), diagnostics.ToImmutable());
    }

    /// <summary>
    /// The lead ("Vorspann", excerpt, standfirst) often sits between the headline and the body container,
    /// in a header of its own: prose blocks between the &lt;h1&gt; and the first body block join the body.
    /// </summary>
    internal static void IncludeLead(List<TextBlock> blocks, bool[] inBody, BlockDecision?[] decisions, MetadataCollector meta)
    {
        int firstBody = Array.IndexOf(inBody, true);
        if (firstBody <= 0) return;
        int headline = -1;
        for (int i = firstBody - 1; i >= 0 && i >= firstBody - MaxLeadDistance; i--)
        {
            if (blocks[i].Owner.LocalName == "h1" || (meta.Title is { } t && PlainTextExtractor.IsRepeatedHeadline(blocks[i].Text, t.Value)))
            {
                headline = i;
                break;
            }
        }
        if (headline < 0) return;
        for (int i = headline + 1; i < firstBody; i++)
        {
            var block = blocks[i];
            if (block.Text.Length < MinLeadChars || block.IsCaption || HtmlHeuristics.IsLinkList(block.LinkChars, block.Text.Length, block.IsListItem)) continue;
            inBody[i] = true;
            decisions[i] = JudgeBlock(block, meta);
        }
    }

    /// <summary>The headline is looked for at most this many blocks before the body.</summary>
    public const int MaxLeadDistance = 30;

    /// <summary>A lead paragraph has at least this many characters.</summary>
    public const int MinLeadChars = 60;

    /// <summary>Paragraph-level cleaning of a block inside the chosen container; null keeps it.</summary>
    internal static BlockDecision? JudgeBlock(TextBlock block, MetadataCollector meta)
    {
        if (block.IsCaption) return new BlockDecision("html-caption", "a figure caption or photo credit", LineVerdictKind.Caption);
        if (HtmlHeuristics.IsLinkList(block.LinkChars, block.Text.Length, block.IsListItem))
            return new BlockDecision("link-list", "a block made mostly of links (navigation, related articles)", LineVerdictKind.Boilerplate);
        if (meta.Title is { } title && (block.Owner.LocalName == "h1" || block.Text.Length <= title.Value.Length + 5) && PlainTextExtractor.IsRepeatedHeadline(block.Text, title.Value))
            return new BlockDecision("repeated-headline", "the headline repeated in the body", LineVerdictKind.Boilerplate);
        if (block.Owner.LocalName == "h1" && meta.Title is not null)
            return new BlockDecision("repeated-headline", "the page headline (kept as metadata)", LineVerdictKind.Boilerplate);
        if (BylineRules.FindBylineAuthor(block.Text) is { } author)
        {
            meta.Author ??= new MetadataValue(author, "text:byline");
            return new BlockDecision(BylineRules.BylineRule, "a byline, kept as metadata", LineVerdictKind.Boilerplate);
        }
        if (BylineRules.FindDatedLine(block.Text) is { } dated)
        {
            if (!dated.IsUpdate) meta.Published ??= new MetadataValue(dated.Iso, "text:dated-line");
            return new BlockDecision(BylineRules.DatedLineRule, "a date line, kept as metadata", LineVerdictKind.Boilerplate);
        }
        if (BoilerplateLineRules.Classify(block.Text) is { } verdict) return new BlockDecision(verdict.Rule, verdict.Reason, verdict.Kind);
        return null;
    }

    /// <summary>A block that reads as prose wherever it stands: a paragraph of some length, not a link list, not furniture.</summary>
    internal static bool IsBaselineParagraph(TextBlock block) =>
        !block.IsCaption && block.Text.Length >= HtmlHeuristics.MinScoringChars
        && (block.Owner.LocalName is "p" or "blockquote" or "pre" || block.Text.Length >= 100)
        && !HtmlHeuristics.IsLinkList(block.LinkChars, block.Text.Length, block.IsListItem)
        && BoilerplateLineRules.Classify(block.Text) is null;

    private static bool IsNearBody(int i, bool[] inBody) =>
        (i > 0 && inBody[i - 1]) || (i + 1 < inBody.Length && inBody[i + 1]);

    private static void FlushOutside(List<TextBlock> outside, List<Removal> removals)
    {
        if (outside.Count == 0) return;
        var text = string.Join(" / ", outside.Select(b => b.Text));
        removals.Add(new Removal(new TextSpan(outside[0].SourceStart, Math.Max(outside[0].SourceStart, outside[^1].SourceEnd)), "outside-main-content",
            "text outside the main content container (menus, teasers, page furniture)", PlainTextExtractor.Cap(text)));
        outside.Clear();
    }

    private static bool IsInside(IElement element, HashSet<IElement> containers)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (containers.Contains(e)) return true;
        return false;
    }

    /// <summary>Aligns a block's text nodes with the source and splits them into pieces with collapsed whitespace.</summary>
    private static void BuildPieces(TextBlock block, SourceAligner aligner, string source)
    {
        var text = new StringBuilder();
        bool pendingSpace = false;
        foreach (var (node, inLink, inCaption) in block.Nodes)
        {
            var data = node.Data;
            int lowerBound = LowerBound(node);
            var aligned = aligner.Align(data, lowerBound);
            int before = text.Length;
            if (aligned is null)
            {
                var normalised = Normalise(data);
                if (normalised.Length > 0)
                {
                    bool space = (pendingSpace || char.IsWhiteSpace(data[0])) && text.Length > 0;
                    block.Pieces.Add(new TextPiece(normalised, lowerBound, 0, space));
                    if (space) text.Append(' ');
                    text.Append(normalised);
                }
                pendingSpace = data.Length > 0 && char.IsWhiteSpace(data[^1]);
            }
            else
            {
                var (starts, lengths) = aligned.Value;
                var piece = new StringBuilder();
                int pieceStart = -1, pieceEnd = -1;
                bool pieceVerbatim = true, pieceSpace = false;
                void Close()
                {
                    if (piece.Length == 0) return;
                    block.Pieces.Add(new TextPiece(piece.ToString(), pieceStart, pieceEnd - pieceStart, pieceSpace));
                    piece.Clear();
                }
                for (int i = 0; i < data.Length; i++)
                {
                    char c = data[i];
                    if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
                    bool verbatim = lengths[i] == 1 && source[starts[i]] == c;
                    if (pendingSpace && text.Length > 0)
                    {
                        // A single verbatim space between two verbatim characters stays inside the piece.
                        bool inlineSpace = piece.Length > 0 && pieceVerbatim && verbatim && i > 0 && data[i - 1] == ' '
                            && (i < 2 || !char.IsWhiteSpace(data[i - 2])) && starts[i - 1] == pieceEnd && source[pieceEnd] == ' ' && starts[i] == pieceEnd + 1;
                        if (inlineSpace)
                        {
                            piece.Append(' ');
                            pieceEnd++;
                            text.Append(' ');
                        }
                        else
                        {
                            Close();
                            pieceSpace = true;
                            text.Append(' ');
                        }
                    }
                    else if (piece.Length > 0 && !(verbatim && pieceVerbatim && starts[i] == pieceEnd) && !(!verbatim && !pieceVerbatim && starts[i] == pieceStart))
                    {
                        Close();
                        pieceSpace = false;
                    }
                    pendingSpace = false;
                    if (piece.Length == 0)
                    {
                        pieceStart = starts[i];
                        pieceEnd = starts[i];
                        pieceVerbatim = verbatim;
                    }
                    piece.Append(c);
                    text.Append(c);
                    pieceEnd = verbatim ? starts[i] + 1 : starts[i] + lengths[i];
                }
                Close();
            }
            int added = text.Length - before;
            if (inLink) block.LinkChars += added;
            if (inCaption) block.CaptionChars += added;
        }
        block.Text = text.ToString();
    }

    /// <summary>A text node starts after its parent's start tag and after its previous sibling element's start tag.</summary>
    private static int LowerBound(IText node)
    {
        int bound = 0;
        if (node.ParentElement is { } parent) bound = Math.Max(bound, ElementStart(parent));
        if (node.PreviousSibling is IElement previous) bound = Math.Max(bound, ElementStart(previous));
        return bound;
    }

    /// <summary>Source offset of an element's '&lt;' (AngleSharp's position points just past it), or 0 when unknown (implied elements).</summary>
    internal static int ElementStart(IElement element) =>
        element.SourceReference?.Position.Position is int p && p > 0 ? p - 1 : 0;

    private static int Depth(IElement element)
    {
        int depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement) depth++;
        return depth;
    }

    /// <summary>Collapses every whitespace run to one space and trims, as the evaluation rule does.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private sealed class ContainerStats
    {
        public double Score { get; set; }
        public int TextChars { get; set; }
        public int LinkChars { get; set; }
        public bool Voted { get; set; }
    }
}
