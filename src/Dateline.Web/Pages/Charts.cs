using System.Globalization;
using Dateline.Web.Desk;

namespace Dateline.Web.Pages;

/// <summary>
/// SVG drawn on the server: presentation attributes only (no style attribute, no script), so the strict
/// Content-Security-Policy holds. Marks are links with a &lt;title&gt; tooltip.
/// </summary>
internal static class Charts
{
    /// <summary>PLOVER types, cooperative ones cool, conflictual ones warm; others get grey.</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeColours = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AGREE"] = "#1b9e77", ["CONSULT"] = "#2c7fb8", ["COOPERATE"] = "#41ab5d", ["SUPPORT"] = "#78c679", ["AID"] = "#66c2a4",
        ["CONCEDE"] = "#7fcdbb", ["RETREAT"] = "#a6bddb", ["REQUEST"] = "#6a51a3", ["DEMAND"] = "#9e9ac8", ["ACCUSE"] = "#fdae6b",
        ["DISAPPROVE"] = "#fd8d3c", ["REJECT"] = "#e6550d", ["THREATEN"] = "#de2d26", ["PROTEST"] = "#f768a1", ["SANCTION"] = "#c51b8a",
        ["MOBILIZE"] = "#a63603", ["COERCE"] = "#b30000", ["ASSAULT"] = "#67000d",
    };

    public static string Colour(string type) => TypeColours.GetValueOrDefault(type, "#7a7a7a");

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    public static void Timeline(Html html, Timeline t)
    {
        const int W = 800, H = 190, L = 30, R = 770, Y = 95;
        var days = t.Events.Where(e => e.Day is not null).Select(e => e.Day!.Value)
            .Concat(t.Articles.Select(a => DeskDates.Day(a.Published)).Where(d => d is not null).Select(d => d!.Value)).ToList();
        html.Raw($"<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"Timeline of ").Text(t.Actor.Name).Raw("\">");
        if (days.Count == 0)
        {
            html.Raw($"<text x=\"{W / 2}\" y=\"{Y}\" text-anchor=\"middle\" fill=\"#5f6b76\">No dated events or articles yet</text></svg>");
            return;
        }
        var min = days.Min().AddDays(-1);
        var max = days.Max().AddDays(1);
        double span = Math.Max(1, max.DayNumber - min.DayNumber);
        double X(DateOnly d) => L + (R - L) * (d.DayNumber - min.DayNumber) / span;
        html.Raw($"<line x1=\"{L}\" y1=\"{Y}\" x2=\"{R}\" y2=\"{Y}\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>");
        foreach (var (d, label) in Ticks(min, max))
            html.Raw($"<line x1=\"{F(X(d))}\" y1=\"{Y - 4}\" x2=\"{F(X(d))}\" y2=\"{Y + 4}\" stroke=\"#9aa5b1\"/><text x=\"{F(X(d))}\" y=\"{Y + 20}\" text-anchor=\"middle\" fill=\"#5f6b76\">{label}</text>");
        // Articles naming the actor: small grey ticks under the axis.
        var ticks = new Dictionary<DateOnly, int>();
        foreach (var a in t.Articles)
            // At most three ticks a day: an actor named in thousands of articles stays a light drawing.
            if (DeskDates.Day(a.Published) is { } d && ticks.GetValueOrDefault(d) < 3)
                html.Raw($"<a href=\"/articles/{a.Id}\"><rect x=\"{F(X(d) - 2)}\" y=\"{Y + 28 + 14 * (ticks[d] = ticks.GetValueOrDefault(d) + 1)}\" width=\"4\" height=\"12\" fill=\"#b8c0c8\"><title>").Text($"{a.Published} {a.Outlet}: {a.Title}").Raw("</title></rect></a>");
        // Events: one circle each above the axis, stacked when they share a day; radius and label give the source count.
        // Marks closer than a mark's width go up a level, so every event stays clickable on a long axis.
        var placed = new List<(double X, int Level)>();
        foreach (var e in t.Events)
        {
            if (e.Day is not { } d) continue;
            int level = 1;
            while (placed.Any(p => p.Level == level && Math.Abs(p.X - X(d)) < 30)) level++;
            placed.Add((X(d), level));
            double r = 6 + Math.Min(8, 2 * (e.Sources - 1));
            double y = Y - 14 - (level - 1) * 22;
            html.Raw($"<a href=\"/events/{Html.Path(e.Id)}\" class=\"mark\"><circle cx=\"{F(X(d))}\" cy=\"{F(Math.Max(10, y))}\" r=\"{F(r)}\" fill=\"{Colour(e.Event)}\" stroke=\"#fff\" stroke-width=\"1.5\"><title>")
                .Text($"{e.Date ?? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {e.Event}: {string.Join(", ", e.Source)} → {string.Join(", ", e.Target)} ({e.Sources} source{(e.Sources == 1 ? "" : "s")})")
                .Raw("</title></circle>");
            if (e.Sources > 1)
                html.Raw($"<text x=\"{F(X(d))}\" y=\"{F(Math.Max(10, y) + 4)}\" text-anchor=\"middle\" fill=\"#fff\">{e.Sources}</text>");
            html.Raw("</a>");
        }
        html.Raw("</svg>");
        var types = t.Events.Select(e => e.Event).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (types.Count > 0)
        {
            html.Raw("<p class=\"legend\">");
            foreach (var type in types)
                html.Raw("<span><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"6\" fill=\"" + Colour(type) + "\"/></svg> ").Text(type).Raw("</span>");
            html.Raw("</p>");
        }
    }

    private static IEnumerable<(DateOnly, string)> Ticks(DateOnly min, DateOnly max)
    {
        int days = max.DayNumber - min.DayNumber;
        if (days <= 62)
        {
            int step = Math.Max(1, days / 6);
            for (var d = min; d <= max; d = d.AddDays(step)) yield return (d, d.ToString("d MMM", CultureInfo.InvariantCulture));
        }
        else if (days <= 3 * 365)
        {
            int step = Math.Max(1, days / 30 / 6);
            for (var d = new DateOnly(min.Year, min.Month, 1).AddMonths(1); d <= max; d = d.AddMonths(step)) yield return (d, d.ToString("MMM yyyy", CultureInfo.InvariantCulture));
        }
        else
        {
            int step = Math.Max(1, days / 365 / 6);
            for (int y = min.Year + 1; y <= max.Year; y += step) yield return (new DateOnly(y, 1, 1), y.ToString(CultureInfo.InvariantCulture));
        }
    }

    public static void Network(Html html, Network n)
    {
        const int W = 800, H = 440, CX = 400, CY = 220;
        html.Raw($"<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"Network of ").Text(n.Actor.Name).Raw("\">");
        var others = n.Nodes.Skip(1).ToList();
        var pos = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal) { [n.Nodes[0].Id] = (CX, CY) };
        for (int i = 0; i < others.Count; i++)
        {
            double a = 2 * Math.PI * i / Math.Max(1, others.Count) - Math.PI / 2;
            pos[others[i].Id] = (CX + 320 * Math.Cos(a), CY + 170 * Math.Sin(a));
        }
        foreach (var e in n.Edges)
        {
            if (!pos.TryGetValue(e.Source, out var s) || !pos.TryGetValue(e.Target, out var t)) continue;
            string colour = e.Kind == "event" ? "#0b5cad" : "#b8c0c8";
            html.Raw($"<line x1=\"{F(s.X)}\" y1=\"{F(s.Y)}\" x2=\"{F(t.X)}\" y2=\"{F(t.Y)}\" stroke=\"{colour}\" stroke-width=\"{F(Math.Min(8, 1 + e.Weight))}\"{(e.Kind == "event" ? "" : " stroke-dasharray=\"4 3\"")}><title>")
                .Text(e.Kind == "event" ? $"{e.Type}: {e.Weight} event{(e.Weight == 1 ? "" : "s")}{(e.First is null ? "" : e.First == e.Last ? ", " + e.First : $", {e.First} to {e.Last}")}" : $"named together in {e.Weight} article{(e.Weight == 1 ? "" : "s")}")
                .Raw("</title></line>");
        }
        foreach (var node in n.Nodes)
        {
            var p = pos[node.Id];
            bool centre = ReferenceEquals(node, n.Nodes[0]);
            string fill = node.Type switch { "person" => "#f6c67a", "organisation" => "#8fb8ef", "place" => "#93d39b", _ => "#c9b3e6" };
            // An actor no entity stands for ("officials") has no page.
            html.Raw(node.Entity ? $"<a href=\"/actors/{Html.Path(node.Id)}\">" : "<g>").Raw($"<circle cx=\"{F(p.X)}\" cy=\"{F(p.Y)}\" r=\"{(centre ? 16 : 10)}\" fill=\"{fill}\" stroke=\"#1d232a\" stroke-width=\"{(centre ? 2 : 1)}\"/>")
                .Raw($"<text x=\"{F(p.X)}\" y=\"{F(p.Y + (centre ? 32 : 24))}\" text-anchor=\"middle\" fill=\"#1d232a\">").Text(node.Name.Length > 28 ? node.Name[..27] + "…" : node.Name).Raw(node.Entity ? "</text></a>" : "</text></g>");
        }
        html.Raw("</svg><p class=\"meta\">Solid blue: coded events between them (each happening once, width by count); dashed grey: named in the same articles.</p>");
    }
}
