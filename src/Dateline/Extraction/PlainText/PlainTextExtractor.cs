using System.Collections.Immutable;
using Dateline.Extraction.Rules;
using Dateline.Model;

namespace Dateline.Extraction.PlainText;

/// <summary>
/// Plain-text page dumps, as a person copies them from a news site: the headline on top, body
/// paragraphs, and whatever junk the page carried. Each line is judged by the shared
/// <see cref="BoilerplateLineRules"/>, the byline/dateline rules and a repeated-headline check;
/// every line left out is recorded as a <see cref="Removal"/> (or a <see cref="Caption"/>).
/// </summary>
public sealed class PlainTextExtractor : IArticleExtractor
{
    public const string Stage = "extract";

    /// <summary>An embedded post's text before its attribution line is part of the embed when at most this long.</summary>
    public const int EmbeddedPostMaxChars = 320;

    /// <summary>
    /// False for texts that carry no headline line: a news-please record's <c>maintext</c>, whose title is
    /// a field of its own. Then every line is judged as body.
    /// </summary>
    public bool HeadlineOnFirstLine { get; init; } = true;

    public ExtractedArticle Extract(string sourceText)
    {
        var lines = SplitLines(sourceText);
        var decisions = new LineDecision?[lines.Count];
        var meta = new MetadataCollector();
        int titleIndex = -1;

        for (int i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0) continue;
            if (titleIndex < 0 && HeadlineOnFirstLine)
            {
                // The first non-empty line is the headline unless a rule says it is junk.
                var junk = JudgeLine(text, null, meta, isFirstBodyLine: false);
                if (junk is null)
                {
                    titleIndex = i;
                    meta.Title ??= new MetadataValue(text, "text:first-line");
                    decisions[i] = new LineDecision("title", "the headline, kept as metadata", LineVerdictKind.Boilerplate);
                    continue;
                }
                decisions[i] = junk;
                continue;
            }
            decisions[i] = JudgeLine(text, meta.Title?.Value, meta, NoBodyBefore(lines, decisions, titleIndex, i));
            // An embed's attribution line ("— Jane Doe (@jdoe) May 16, 2019") takes the post's text line just above it along.
            if (decisions[i]?.Rule == BoilerplateLineRules.SocialEmbedRule && text.Length > 0 && text[0] is '—' or '–' or '-')
            {
                int prev = PreviousNonEmpty(lines, i);
                if (prev > titleIndex && decisions[prev] is null && lines[prev].Text.Length <= EmbeddedPostMaxChars)
                    decisions[prev] = new LineDecision(BoilerplateLineRules.SocialEmbedRule, "the text of an embedded social-media post", LineVerdictKind.Boilerplate);
                var postDate = TextDateParser.FindIsoDate(text);
                if (postDate is not null) meta.EmbeddedPostDate ??= new MetadataValue(postDate, "text:embedded-post-date");
            }
        }

        return Build(sourceText, lines, decisions, meta);
    }

    private static bool NoBodyBefore(List<SourceLine> lines, LineDecision?[] decisions, int titleIndex, int i)
    {
        for (int j = titleIndex + 1; j < i; j++)
            if (lines[j].Text.Length > 0 && decisions[j] is null) return false;
        return true;
    }

    /// <summary>Every rule for one line, in order; null keeps the line as body.</summary>
    private static LineDecision? JudgeLine(string text, string? title, MetadataCollector meta, bool isFirstBodyLine)
    {
        if (title is not null && IsRepeatedHeadline(text, title))
            return new LineDecision("repeated-headline", "the headline repeated in the body", LineVerdictKind.Boilerplate);

        if (BylineRules.FindBylineAuthor(text) is { } author)
        {
            meta.Author ??= new MetadataValue(author, "text:byline");
            return new LineDecision(BylineRules.BylineRule, "a byline, kept as metadata", LineVerdictKind.Boilerplate);
        }
        if (BylineRules.FindAgencyOnlyLine(text) is { } agencyOnly)
        {
            meta.Author ??= new MetadataValue(agencyOnly, "text:agency-line");
            return new LineDecision(BylineRules.BylineRule, "an agency credit line, kept as metadata", LineVerdictKind.Boilerplate);
        }
        if (BylineRules.FindDatedLine(text) is { } dated)
        {
            if (!dated.IsUpdate) meta.Published ??= new MetadataValue(dated.Iso, "text:dated-line");
            return new LineDecision(BylineRules.DatedLineRule, dated.IsUpdate ? "an update date line" : "a publication date line, kept as metadata", LineVerdictKind.Boilerplate);
        }
        var verdict = BoilerplateLineRules.Classify(text);
        if (verdict is not null) return new LineDecision(verdict.Rule, verdict.Reason, verdict.Kind);

        if (isFirstBodyLine && BylineRules.FindAgencyDateline(text) is { } dateline)
        {
            // The dateline stays in the body (it is the story's first words); its agency and date become metadata.
            meta.Author ??= new MetadataValue(dateline.Agency, "text:dateline-agency");
            var iso = TextDateParser.FindIsoDate(text[..dateline.Length]);
            if (iso is not null) meta.Published ??= new MetadataValue(iso, "text:dateline-date");
        }
        return null;
    }

    /// <summary>Same words as the headline, ignoring case, punctuation and spacing.</summary>
    public static bool IsRepeatedHeadline(string line, string title)
    {
        var a = Fold(line);
        return a.Length > 0 && string.Equals(a, Fold(title), StringComparison.Ordinal);
    }

    private static string Fold(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static ExtractedArticle Build(string source, List<SourceLine> lines, LineDecision?[] decisions, MetadataCollector meta)
    {
        var builder = new DerivedTextBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var captions = ImmutableArray.CreateBuilder<Caption>();
        var removals = ImmutableArray.CreateBuilder<Removal>();
        bool wrapped = IsHardWrapped(lines);
        int lastKept = -2, paragraphStart = -1;

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Text.Length == 0) continue;
            var span = new TextSpan(line.Start, line.Start + line.Text.Length);
            if (decisions[i] is { } d)
            {
                if (d.Kind == LineVerdictKind.Caption) captions.Add(new Caption(line.Text, span, d.Rule));
                else removals.Add(new Removal(span, d.Rule, d.Reason, Cap(line.Text)));
                continue;
            }

            // A hard-wrapped paragraph continues on the next line; otherwise every line is a paragraph.
            bool continues = wrapped && lastKept == i - 1 && paragraphStart >= 0;
            if (!continues)
            {
                if (paragraphStart >= 0 && builder.Length > paragraphStart) paragraphs.Add(new TextSpan(paragraphStart, builder.Length));
                if (builder.Length > 0) builder.AppendSeparator("\n\n");
                paragraphStart = builder.Length;
            }
            AppendWithoutPlaceholders(builder, line, removals);
            lastKept = i;
        }
        if (paragraphStart >= 0 && builder.Length > paragraphStart) paragraphs.Add(new TextSpan(paragraphStart, builder.Length));

        var (text, map) = builder.Build();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (text.Length == 0)
            diagnostics.Add(new Diagnostic("extract.no-body", Stage, DiagnosticSeverity.Warning, "no body text left after removing boilerplate"));
        return new ExtractedArticle(text, map, paragraphs.ToImmutable(), captions.ToImmutable(), removals.ToImmutable(), meta.ToMetadata(), diagnostics.ToImmutable());
    }

    /// <summary>Wrapped lines are at most this long (an e-mail or terminal width); longer lines are whole paragraphs.</summary>
    public const int MaxWrapWidth = 100;

    /// <summary>
    /// True when the dump is hard-wrapped: blank lines separate paragraphs that run over several lines,
    /// and the lines that wrap (all but the last of a paragraph) nearly fill the width.
    /// </summary>
    internal static bool IsHardWrapped(IReadOnlyList<SourceLine> lines)
    {
        int width = lines.Count == 0 ? 0 : lines.Max(l => l.Text.Length);
        if (width == 0 || width > MaxWrapWidth) return false;
        int multiLineBlocks = 0, wrapping = 0, full = 0, run = 0;
        for (int i = 0; i <= lines.Count; i++)
        {
            bool empty = i == lines.Count || lines[i].Text.Length == 0;
            if (!empty) { run++; continue; }
            if (run >= 2)
            {
                multiLineBlocks++;
                for (int j = i - run; j < i - 1; j++)
                {
                    wrapping++;
                    if (lines[j].Text.Length >= width * 0.6) full++;
                }
            }
            run = 0;
        }
        return multiLineBlocks >= 2 && full >= wrapping * 0.7;
    }

    /// <summary>Copies a body line, cutting out placeholders such as "{articleGUID}" inside it.</summary>
    private static void AppendWithoutPlaceholders(DerivedTextBuilder builder, SourceLine line, ImmutableArray<Removal>.Builder removals)
    {
        int pos = 0;
        foreach (var (start, length) in BoilerplateLineRules.FindPlaceholders(line.Text))
        {
            AppendPiece(builder, line, pos, start);
            removals.Add(new Removal(new TextSpan(line.Start + start, line.Start + start + length), BoilerplateLineRules.PlaceholderRule,
                "an unfilled template placeholder inside a line", line.Text.Substring(start, length)));
            pos = start + length;
        }
        AppendPiece(builder, line, pos, line.Text.Length);
    }

    private static void AppendPiece(DerivedTextBuilder builder, SourceLine line, int from, int to)
    {
        // Trim the piece and collapse the double space a cut placeholder leaves behind.
        while (from < to && char.IsWhiteSpace(line.Text[from])) from++;
        while (to > from && char.IsWhiteSpace(line.Text[to - 1])) to--;
        if (to <= from) return;
        if (builder.Length > 0 && !builder.EndsWith('\n') && !builder.EndsWith(' ')) builder.AppendSeparator(" ");
        builder.Append(line.Text[from..to], line.Start + from, to - from);
    }

    internal static string Cap(string text) => text.Length <= ExtractionLimits.RemovalTextChars ? text : text[..ExtractionLimits.RemovalTextChars] + "…";

    private static int PreviousNonEmpty(List<SourceLine> lines, int i)
    {
        for (int j = i - 1; j >= 0; j--) if (lines[j].Text.Length > 0) return j;
        return -1;
    }

    /// <summary>Lines trimmed of surrounding whitespace, each with the source offset of its first kept character.</summary>
    private static List<SourceLine> SplitLines(string source)
    {
        var lines = new List<SourceLine>();
        int pos = 0;
        while (pos <= source.Length)
        {
            int end = source.IndexOf('\n', pos);
            if (end < 0) end = source.Length;
            int s = pos, e = end;
            while (s < e && char.IsWhiteSpace(source[s])) s++;
            while (e > s && char.IsWhiteSpace(source[e - 1])) e--;
            lines.Add(new SourceLine(s, source[s..e]));
            pos = end + 1;
        }
        return lines;
    }

    internal readonly record struct SourceLine(int Start, string Text);

    private sealed record LineDecision(string Rule, string Reason, LineVerdictKind Kind);
}
