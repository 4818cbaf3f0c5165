using Dateline.Model;
using Dateline.Web.Desk;

namespace Dateline.Web.Pages;

/// <summary>
/// The article body as HTML: paragraphs, the sentences reporting events as anchors (id "q-START", START the
/// sentence's offset, so every event page citing it links straight to it, whichever event it reports), entity
/// highlights linking to the cross-document entity the article's chain was linked to, and time highlights. Spans that cross a boundary or overlap
/// an earlier one are left plain rather than breaking the markup. Every character of the text is encoded.
/// </summary>
internal static class ArticleRenderer
{
    private sealed record Mark(int Start, int End, string Open, string Close);

    /// <summary>The id of the anchor on a cited sentence starting at <paramref name="start"/>.</summary>
    public static string Anchor(int start) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"q-{start}");

    public static void Body(Html html, Document doc, IReadOnlyList<DeskEvent> events, IReadOnlyDictionary<int, long> entities, long articleId)
    {
        string text = doc.Text;
        var outer = new List<Mark>();
        // One anchor per cited sentence; a sentence reporting several events links to the first and names them all.
        // A citation whose quote is not the body's text at its span (a headline or caption reporting the event) anchors nothing here.
        var sentences = events.SelectMany(e => e.Mentions.Where(m => m.Document == articleId && m.Start >= 0 && m.End <= text.Length && m.Start < m.End
                && text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(m.Quote)).Select(m => (Event: e, m.Start, m.End)))
            .GroupBy(x => (x.Start, x.End));
        foreach (var g in sentences)
        {
            var first = g.First().Event;
            string title = string.Join("; ", g.Select(x => x.Event.Event + ": " + Names(x.Event.Source) + " → " + Names(x.Event.Target)).Distinct(StringComparer.Ordinal));
            outer.Add(new Mark(g.Key.Start, g.Key.End,
                $"<a class=\"cite\" id=\"{Anchor(g.Key.Start)}\" href=\"/events/{Html.Path(first.Id)}\" title=\"{Html.Encode(title)}\">", "</a>"));
        }
        var inner = new List<Mark>();
        foreach (var m in doc.EntityMentions)
        {
            if (!string.Equals(m.Part, "body", StringComparison.Ordinal)) continue;
            var chain = doc.EntityChains.FirstOrDefault(c => c.Id == m.Chain);
            string type = TypeName(chain?.Type ?? m.Type);
            string name = chain?.Name ?? (m.Name.Length > 0 ? m.Name : m.Text);
            // A mention whose chain was not linked (a nominal, a caption) is highlighted without a link.
            // Inside a cited sentence a nested link is not allowed: the entity is a plain highlight there.
            inner.Add(entities.TryGetValue(m.Chain, out long entity)
                ? new Mark(m.Span.Start, m.Span.End, $"<a class=\"ent ent-{type}\" href=\"/actors/{entity}\" title=\"{Html.Encode(type + ": " + name)}\">", "</a>")
                : new Mark(m.Span.Start, m.Span.End, $"<span class=\"ent ent-{type}\" title=\"{Html.Encode(type + ": " + name)}\">", "</span>"));
        }
        foreach (var t in doc.TimeExpressions)
            inner.Add(new Mark(t.Span.Start, t.Span.End, $"<mark class=\"time\" title=\"{Html.Encode($"{t.Value} ({t.Precision}): {t.Reason}")}\">", "</mark>"));

        var paragraphs = doc.Paragraphs.Length > 0 ? doc.Paragraphs.ToList() : [new TextSpan(0, text.Length)];
        var outerKept = NonOverlapping(outer);
        var innerKept = NonOverlapping(inner);
        foreach (var p in paragraphs)
        {
            if (p.Start < 0 || p.End > text.Length || p.Start >= p.End) continue;
            html.Raw("<p>");
            int pos = p.Start;
            foreach (var o in outerKept.Where(o => o.Start >= p.Start && o.End <= p.End))
            {
                Plain(html, text, innerKept, pos, o.Start, nested: false);
                html.Raw(o.Open);
                Plain(html, text, innerKept, o.Start, o.End, nested: true);
                html.Raw(o.Close);
                pos = o.End;
            }
            Plain(html, text, innerKept, pos, p.End, nested: false);
            html.Raw("</p>");
        }
    }

    /// <summary>Text from start to end with the inner highlights wholly inside it.</summary>
    private static void Plain(Html html, string text, List<Mark> marks, int start, int end, bool nested)
    {
        int pos = start;
        foreach (var m in marks)
        {
            if (m.Start < pos || m.End > end) continue;
            html.Text(text[pos..m.Start]);
            bool link = m.Open.StartsWith("<a", StringComparison.Ordinal);
            html.Raw(nested && link ? m.Open.Replace("<a ", "<span ", StringComparison.Ordinal).Replace(" href=", " data-href=", StringComparison.Ordinal) : m.Open);
            html.Text(text[m.Start..m.End]);
            html.Raw(nested && link ? "</span>" : m.Close);
            pos = m.End;
        }
        html.Text(text[pos..end]);
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "?" : string.Join(", ", names);

    private static string TypeName(Dateline.Entities.EntityType type) => type switch
    {
        Dateline.Entities.EntityType.PER => "person",
        Dateline.Entities.EntityType.ORG => "organisation",
        Dateline.Entities.EntityType.LOC or Dateline.Entities.EntityType.GPE => "place",
        _ => "other",
    };

    private static List<Mark> NonOverlapping(List<Mark> marks)
    {
        var kept = new List<Mark>();
        int end = -1;
        foreach (var m in marks.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (m.Start < end || m.Start >= m.End) continue;
            kept.Add(m);
            end = m.End;
        }
        return kept;
    }
}
