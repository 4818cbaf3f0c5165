using Dateline.Model;
using Dateline.Web.Desk;

namespace Dateline.Web.Pages;

/// <summary>
/// The article body as HTML: paragraphs, event sentences as anchors (id "m-EVENT-N", so an event page links
/// straight to its sentence), and inside them entity and time highlights. Spans that cross a boundary or overlap
/// an earlier one are left plain rather than breaking the markup. Every character of the text is encoded.
/// </summary>
internal static class ArticleRenderer
{
    private sealed record Mark(int Start, int End, string Open, string Close);

    public static void Body(Html html, Document doc, IReadOnlyList<DeskEvent> events, long articleId)
    {
        string text = doc.Text;
        var outer = new List<Mark>();
        foreach (var e in events)
            for (int k = 0; k < e.Mentions.Count; k++)
            {
                var m = e.Mentions[k];
                if (m.Document != articleId || m.Start < 0 || m.End > text.Length || m.Start >= m.End) continue;
                outer.Add(new Mark(m.Start, m.End,
                    $"<a class=\"cite\" id=\"m-{Html.Encode(e.Id)}-{k}\" href=\"/events/{Html.Path(e.Id)}\" title=\"{Html.Encode(e.Event)}\">", "</a>"));
            }
        var inner = new List<Mark>();
        foreach (var m in doc.EntityMentions)
        {
            if (!string.Equals(m.Part, "body", StringComparison.Ordinal)) continue;
            var chain = doc.EntityChains.FirstOrDefault(c => c.Id == m.Chain);
            string type = DeskEntity.TypeName(chain?.Type ?? m.Type);
            string name = chain?.Name ?? (m.Name.Length > 0 ? m.Name : m.Text);
            // Inside a cited sentence a nested link is not allowed: the entity is a plain highlight there.
            inner.Add(new Mark(m.Span.Start, m.Span.End,
                $"<a class=\"ent ent-{type}\" href=\"/actors/{Html.Path(EntityIds.For(type, name))}\" title=\"{Html.Encode(type + ": " + name)}\">", "</a>"));
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
