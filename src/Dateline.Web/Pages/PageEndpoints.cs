using System.Globalization;
using Dateline.Storage;
using Dateline.Web.Api;
using Dateline.Web.Desk;

namespace Dateline.Web.Pages;

/// <summary>The HTML desk: stories, article reader, actors with timeline and network, events with their sentences, search.</summary>
internal static class PageEndpoints
{
    private const int PageSize = 30;
    private const int ActorArticles = 50;

    public static void Map(WebApplication app)
    {
        app.MapGet("/static/site.css", (HttpContext c) =>
        {
            c.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(SiteCss.Text, "text/css; charset=utf-8");
        }).ExcludeFromDescription();

        // Browsers ask for it on every site; an empty answer keeps the console free of 404s.
        app.MapGet("/favicon.ico", () => Results.NoContent()).ExcludeFromDescription();

        app.MapGet("/", (HttpRequest r, DeskIndex index) =>
        {
            var q = new QueryReader(r);
            int page = q.Int("page", 1, 1, 100_000);
            if (!q.Ok) return BadRequest(q);
            var snapshot = index.Current;
            var html = new Html().Raw("<h1>Stories</h1>")
                .Raw($"<p class=\"meta\">{snapshot.Articles.Count} articles in {snapshot.Stories.Count} stories, newest first · {snapshot.Events.Count} events · {snapshot.Entities.Count} actors</p>");
            if (snapshot.Stories.Count == 0) html.Raw("<p class=\"empty\">The store is empty: run <code>./dateline ingest data/sample</code>.</p>");
            html.Raw("<ol class=\"list stories\">");
            foreach (var s in snapshot.Stories.Skip((page - 1) * PageSize).Take(PageSize))
            {
                var lead = snapshot.ArticlesById[s.Id];
                html.Raw("<li>").Link($"/articles/{s.Id}", lead.Title ?? "(untitled)", "title")
                    .Raw("<div class=\"meta\">").Text(string.Join(" · ", new[] { lead.Published, lead.Outlet }.Where(x => x is not null))).Raw("</div>");
                if (s.Articles.Count > 1)
                {
                    html.Raw($"<div class=\"copies\">{s.Articles.Count - 1} more report{(s.Articles.Count > 2 ? "s" : "")}: ");
                    foreach (var id in s.Articles.Skip(1))
                        html.Link($"/articles/{id}", snapshot.ArticlesById[id].Outlet ?? $"#{id}").Raw(" ");
                    html.Raw("</div>");
                }
                html.Raw("</li>");
            }
            html.Raw("</ol>");
            Pager(html, "/?", page, snapshot.Stories.Count);
            return Html.Page("Stories", html);
        });

        app.MapGet("/articles/{id}", (string id, HttpRequest r, StoreGate gate, DeskQueries desk) =>
        {
            if (QueryReader.ArticleId(id) is not long n) return NotFound("No such article.");
            var a = gate.Read(s => s.Get(n));
            if (a is null) return NotFound($"No article {n}.");
            bool removed = r.Query["removed"] == "1";
            var d = a.Document;
            var m = d.Metadata;
            var events = desk.Events(new EventFilter(null, null, null, null, null)).Where(e => e.Mentions.Any(x => x.Document == n)).ToList();
            var html = new Html().Raw("<article class=\"reader\"><h1>").Text(m.Title?.Value ?? "(untitled)").Raw("</h1><p class=\"meta\">")
                .Text(string.Join(" · ", new[] { m.Published?.Value, m.Outlet?.Value, m.Author?.Value }.Where(x => x is not null)));
            if (m.Url is not null) html.Raw(" · ").External(m.Url.Value, "original");
            if (a.NearDuplicate is { } dup)
                html.Raw(" · copy of ").Link($"/articles/{dup.OriginalId}", $"#{dup.OriginalId}").Text(string.Create(CultureInfo.InvariantCulture, $" ({dup.Similarity:0.00})"));
            html.Raw("</p><p class=\"legend\"><span><i class=\"lg-person\"></i>person</span><span><i class=\"lg-organisation\"></i>organisation</span><span><i class=\"lg-place\"></i>place</span><span><i class=\"lg-time\"></i>time</span>");
            html.Raw(removed ? $"<a href=\"/articles/{n}\">Hide removed boilerplate</a>" : $"<a href=\"/articles/{n}?removed=1\">Show removed boilerplate ({d.Removals.Length})</a>").Raw("</p>");
            if (d.Text.Length == 0) html.Raw("<p class=\"empty\">No body text was found in this page.</p>");
            ArticleRenderer.Body(html, d, events, n);
            if (d.Captions.Length > 0)
            {
                html.Raw("<aside class=\"captions\"><h2>Captions</h2>");
                foreach (var c in d.Captions) html.Raw("<p>").Text(c.Text).Raw("</p>");
                html.Raw("</aside>");
            }
            if (removed)
            {
                html.Raw("<section><h2>Removed from the page</h2>");
                if (d.Removals.Length == 0) html.Raw("<p class=\"empty\">Nothing was removed.</p>");
                foreach (var x in d.Removals)
                    html.Raw("<div class=\"removed\">").Text(x.Text).Raw(" <span class=\"why\">— ").Text(x.Reason).Raw("</span></div>");
                html.Raw("</section>");
            }
            if (events.Count > 0)
            {
                html.Raw("<section><h2>Events reported here</h2><ul class=\"list\">");
                foreach (var e in events) EventItem(html, e);
                html.Raw("</ul></section>");
            }
            html.Raw("</article>");
            return Html.Page(m.Title?.Value ?? "Article", html);
        });

        app.MapGet("/actors", (HttpRequest r, IEntityDirectory entities) =>
        {
            var q = new QueryReader(r);
            int page = q.Int("page", 1, 1, 100_000);
            if (!q.Ok) return BadRequest(q);
            var all = entities.All();
            var html = new Html().Raw($"<h1>Actors</h1><p class=\"meta\">{all.Count} named in the stored articles, most cited first</p><ul class=\"list\">");
            foreach (var e in all.Skip((page - 1) * PageSize).Take(PageSize))
                html.Raw("<li>").Link($"/actors/{Html.Path(e.Id)}", e.Name, "title").Raw("<div class=\"meta\">").Text($"{e.Type} · {e.Articles.Count} article{(e.Articles.Count == 1 ? "" : "s")}").Raw("</div></li>");
            html.Raw("</ul>");
            Pager(html, "/actors?", page, all.Count);
            return Html.Page("Actors", html);
        });

        app.MapGet("/actors/{id}", (string id, IEntityDirectory entities, DeskQueries desk, DeskIndex index) =>
        {
            var timeline = desk.Timeline(id);
            var network = desk.Network(id);
            if (timeline is null || network is null) return NotFound("No such actor.");
            var e = timeline.Actor.Id is { } eid ? entities.Find(eid) : null;
            var html = new Html().Raw("<h1>").Text(timeline.Actor.Name).Raw("</h1><p class=\"meta\">").Text(timeline.Actor.Type ?? "actor");
            if (e is not null && e.Aliases.Count > 0) html.Raw(" · also: ").Text(string.Join(", ", e.Aliases.Take(8)));
            html.Raw("</p><h2>Timeline</h2>");
            if (timeline.Events.Count == 0)
                html.Raw("<p class=\"meta\">No coded events for this actor yet; the grey ticks are the articles that name it.</p>");
            Charts.Timeline(html, timeline);
            if (timeline.Events.Count > 0)
            {
                html.Raw("<h2>Events</h2><ul class=\"list\">");
                foreach (var mark in timeline.Events)
                    if (desk.Events(new EventFilter(null, null, null, null, null)).FirstOrDefault(x => x.Id == mark.Id) is { } ev) EventItem(html, ev);
                html.Raw("</ul>");
            }
            html.Raw("<h2>Network</h2>");
            Charts.Network(html, network);
            html.Raw("<h2>Articles</h2><ul class=\"list\">");
            foreach (var a in timeline.Articles.AsEnumerable().Reverse().Take(ActorArticles))
                html.Raw("<li>").Link($"/articles/{a.Id}", a.Title ?? "(untitled)").Raw(" <span class=\"meta\">").Text(string.Join(" · ", new[] { a.Published, a.Outlet }.Where(x => x is not null))).Raw("</span></li>");
            html.Raw("</ul>");
            if (timeline.Articles.Count > ActorArticles)
                html.Raw($"<p class=\"meta\">and {timeline.Articles.Count - ActorArticles} older articles (<a href=\"/api/timeline?actor={Html.Path(id)}\">all as JSON</a>)</p>");
            return Html.Page(timeline.Actor.Name, html);
        });

        app.MapGet("/events", (HttpRequest r, DeskQueries desk) =>
        {
            var q = new QueryReader(r);
            int page = q.Int("page", 1, 1, 100_000);
            if (!q.Ok) return BadRequest(q);
            var all = desk.Events(new EventFilter(null, null, null, null, null));
            var html = new Html().Raw($"<h1>Events</h1><p class=\"meta\">{all.Count} coded events in date order</p>");
            if (all.Count == 0) html.Raw("<p class=\"empty\">No events yet: the store's articles carry no event layer.</p>");
            html.Raw("<ul class=\"list\">");
            foreach (var e in all.Skip((page - 1) * PageSize).Take(PageSize)) EventItem(html, e);
            html.Raw("</ul>");
            Pager(html, "/events?", page, all.Count);
            return Html.Page("Events", html);
        });

        app.MapGet("/events/{id}", (string id, IEventSource events, IEntityDirectory entities) =>
        {
            if (events.Find(id) is not { } e) return NotFound("No such event.");
            var html = new Html().Raw("<h1>").Text(e.Event).Raw(": ").Text(Actors(e.Source)).Raw(" → ").Text(Actors(e.Target)).Raw("</h1><dl class=\"facts\">");
            Fact(html, "type", e.Event + (e.Mode is null ? "" : " (" + e.Mode + ")"));
            Fact(html, "date", e.Date is null ? e.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{e.Date.Value} ({e.Date.Precision}){(e.Date.Text is null ? "" : " from “" + e.Date.Text + "”")}");
            Fact(html, "status", e.Status);
            Fact(html, "place", e.EventLoc);
            Fact(html, "CAMEO", e.Cameo);
            Fact(html, "confidence", e.Confidence?.ToString("0.00", CultureInfo.InvariantCulture));
            html.Raw("<dt>actors</dt><dd>");
            foreach (var name in e.Source.Concat(e.Target).Distinct(StringComparer.Ordinal))
                html.Link($"/actors/{Html.Path(entities.Resolve(name)?.Id ?? name)}", name).Raw(" ");
            html.Raw("</dd></dl><h2>Reported in</h2>");
            for (int k = 0; k < e.Mentions.Count; k++)
            {
                var m = e.Mentions[k];
                html.Raw("<blockquote>").Text(m.Quote).Raw("</blockquote><p class=\"meta\">").Text(string.Join(" · ", new[] { m.Outlet, m.Published }.Where(x => x is not null)))
                    .Raw(" · ").Link($"/articles/{m.Document}#m-{e.Id}-{k}", m.Title ?? $"article #{m.Document}");
                if (m.Url is not null) html.Raw(" · ").External(m.Url, "original");
                html.Raw("</p>");
            }
            return Html.Page($"{e.Event} {Actors(e.Source)}", html);
        });

        app.MapGet("/search", (HttpRequest r, StoreGate gate, IEntityDirectory entities, DeskQueries desk) =>
        {
            var q = new QueryReader(r);
            var text = q.Text("q");
            int page = q.Int("page", 1, 1, 10_000);
            if (!q.Ok) return BadRequest(q);
            var html = new Html().Raw("<h1>Search</h1><form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" aria-label=\"Search\" value=\"").Text(text).Raw("\"><button type=\"submit\">Search</button></form>");
            if (text is null || SearchQuery.Words(text).Count == 0) return Html.Page("Search", html.Raw("<p class=\"empty\">Type words to find (all must match).</p>"));
            var actors = entities.All().Where(e => e.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase))).Take(10).ToList();
            if (actors.Count > 0)
            {
                html.Raw("<h2>Actors</h2><p>");
                foreach (var e in actors) html.Link($"/actors/{Html.Path(e.Id)}", e.Name).Raw(" ");
                html.Raw("</p>");
            }
            var evs = desk.Events(new EventFilter(null, null, null, null, text)).Take(10).ToList();
            if (evs.Count > 0)
            {
                html.Raw("<h2>Events</h2><ul class=\"list\">");
                foreach (var e in evs) EventItem(html, e);
                html.Raw("</ul>");
            }
            var hits = gate.Read(s => s.Search(text, (page - 1) * PageSize, PageSize + 1));
            html.Raw("<h2>Articles</h2>");
            if (hits.Count == 0) html.Raw("<p class=\"empty\">No article contains every word.</p>");
            html.Raw("<ol class=\"list\">");
            foreach (var h in hits.Take(PageSize))
            {
                html.Raw("<li>").Link($"/articles/{h.Id}", h.Title ?? "(untitled)", "title").Raw("<div class=\"snippet\">");
                Snippet(html, h.Snippet);
                html.Raw("</div></li>");
            }
            html.Raw("</ol>");
            if (hits.Count > PageSize || page > 1)
                Pager(html, $"/search?q={Uri.EscapeDataString(text)}&", page, hits.Count > PageSize ? page * PageSize + 1 : page * PageSize);
            return Html.Page($"Search: {text}", html);
        });

        app.MapFallback((HttpContext c) => NotFound("No such page.")).ExcludeFromDescription();
    }

    private static string Actors(IReadOnlyList<string> names) => names.Count == 0 ? "?" : string.Join(", ", names);

    private static void EventItem(Html html, DeskEvent e)
    {
        int sources = e.Mentions.Select(m => m.Document).Distinct().Count();
        html.Raw("<li>").Link($"/events/{Html.Path(e.Id)}", $"{e.Event}: {Actors(e.Source)} → {Actors(e.Target)}", "title")
            .Raw("<div class=\"meta\">").Text($"{e.Date?.Value ?? e.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"} · {sources} source{(sources == 1 ? "" : "s")}").Raw("</div></li>");
    }

    private static void Fact(Html html, string name, string? value)
    {
        if (value is not null) html.Raw("<dt>").Text(name).Raw("</dt><dd>").Text(value).Raw("</dd>");
    }

    /// <summary>The store marks matches with [brackets]: they become &lt;mark&gt;, the rest is encoded text.</summary>
    private static void Snippet(Html html, string snippet)
    {
        int pos = 0;
        while (pos < snippet.Length)
        {
            int open = snippet.IndexOf('[', pos);
            int close = open < 0 ? -1 : snippet.IndexOf(']', open + 1);
            if (open < 0 || close < 0) { html.Text(snippet[pos..]); break; }
            html.Text(snippet[pos..open]).Raw("<mark>").Text(snippet[(open + 1)..close]).Raw("</mark>");
            pos = close + 1;
        }
    }

    private static void Pager(Html html, string prefix, int page, int total)
    {
        int pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (pages <= 1) return;
        html.Raw("<nav class=\"pager\">");
        if (page > 1) html.Link($"{prefix}page={page - 1}", "← newer");
        html.Raw($"<span class=\"meta\">page {page} of {pages}</span>");
        if (page < pages) html.Link($"{prefix}page={page + 1}", "older →");
        html.Raw("</nav>");
    }

    private static IResult NotFound(string message) => Html.Page("Not found", new Html().Raw("<h1>Not found</h1><p>").Text(message).Raw("</p>"), 404);

    private static IResult BadRequest(QueryReader q) => q.Problem();
}
