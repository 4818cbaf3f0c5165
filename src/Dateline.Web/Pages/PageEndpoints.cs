using System.Globalization;
using Dateline.Linking;
using Dateline.Storage;
using Dateline.Web.Api;
using Dateline.Web.Desk;

namespace Dateline.Web.Pages;

/// <summary>The HTML desk: stories, article reader, actors with timeline and network, events with their sentences, search.</summary>
internal static class PageEndpoints
{
    private const int PageSize = 30;
    private const int ActorArticles = 50;
    private const int StoryArticles = 12;
    private const int Spellings = 20;

    public static void Map(WebApplication app)
    {
        app.MapGet("/static/site.css", (HttpContext c) =>
        {
            c.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(SiteCss.Text, "text/css; charset=utf-8");
        }).ExcludeFromDescription();

        // Browsers ask for it on every site; an empty answer keeps the console free of 404s.
        app.MapGet("/favicon.ico", () => Results.NoContent()).ExcludeFromDescription();

        app.MapGet("/", (HttpRequest r, DeskQueries desk) =>
        {
            var q = new QueryReader(r);
            int page = q.Int("page", 1, 1, 100_000);
            if (!q.Ok) return BadRequest(q);
            var snapshot = desk.Snapshot;
            var html = new Html().Raw("<h1>Stories</h1>")
                .Raw($"<p class=\"meta\">{snapshot.Articles.Count} articles in {snapshot.Stories.Count} stories, newest first · {snapshot.Events.Count} events · {snapshot.Entities.Count} actors</p>");
            if (snapshot.Stories.Count == 0) html.Raw("<p class=\"empty\">The store is empty: run <code>./dateline ingest data/sample</code>.</p>");
            html.Raw("<ol class=\"list stories\">");
            foreach (var s in desk.Stories((page - 1) * PageSize, PageSize))
            {
                var lead = s.Members.FirstOrDefault();
                html.Raw("<li>");
                if (lead is not null) html.Link($"/articles/{lead.Article.Article}", s.Title ?? "(untitled)", "title");
                else html.Raw("<span class=\"title\">").Text(s.Title ?? "(untitled)").Raw("</span>");
                string span = s.First is null ? "" : s.First == s.Last ? s.First : $"{s.First} to {s.Last}";
                html.Raw("<div class=\"meta\">").Text(string.Join(" · ", new[] { span, $"{s.Articles.Count} article{(s.Articles.Count == 1 ? "" : "s")}", s.Actors.Count == 0 ? null : string.Join(", ", s.Actors.Take(5)) }.Where(x => !string.IsNullOrEmpty(x)))).Raw("</div>");
                // Every article with why it joined the story (newest first, at most StoryArticles of them).
                html.Raw("<ul class=\"members\">");
                foreach (var m in s.Members.OrderByDescending(m => m.Article.Published ?? "", StringComparer.Ordinal).ThenByDescending(m => m.Article.Article).Take(StoryArticles))
                {
                    html.Raw("<li>").Link($"/articles/{m.Article.Article}", m.Title ?? $"article #{m.Article.Article}")
                        .Raw(" <span class=\"meta\">").Text(string.Join(" · ", new[] { m.Article.Published, m.Article.Outlet, m.Article.Copy ? "syndicated copy" : null }.Where(x => x is not null)))
                        .Raw("</span> <span class=\"why\">— ").Text(m.Reason).Raw("</span></li>");
                }
                html.Raw("</ul>");
                if (s.Members.Count > StoryArticles) html.Raw($"<div class=\"copies\">and {s.Members.Count - StoryArticles} older articles</div>");
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
            var (entities, events) = desk.Article(n);
            var html = new Html().Raw("<article class=\"reader\"><h1>").Text(m.Title?.Value ?? "(untitled)").Raw("</h1><p class=\"meta\">")
                .Text(string.Join(" · ", new[] { m.Published?.Value, m.Outlet?.Value, m.Author?.Value }.Where(x => x is not null)));
            if (m.Url is not null) html.Raw(" · ").External(m.Url.Value, "original");
            if (a.NearDuplicate is { } dup)
                html.Raw(" · copy of ").Link($"/articles/{dup.OriginalId}", $"#{dup.OriginalId}").Text(string.Create(CultureInfo.InvariantCulture, $" ({dup.Similarity:0.00})"));
            html.Raw("</p><p class=\"legend\"><span><i class=\"lg-person\"></i>person</span><span><i class=\"lg-organisation\"></i>organisation</span><span><i class=\"lg-place\"></i>place</span><span><i class=\"lg-time\"></i>time</span>");
            html.Raw(removed ? $"<a href=\"/articles/{n}\">Hide removed boilerplate</a>" : $"<a href=\"/articles/{n}?removed=1\">Show removed boilerplate ({d.Removals.Length})</a>").Raw("</p>");
            if (d.Text.Length == 0) html.Raw("<p class=\"empty\">No body text was found in this page.</p>");
            ArticleRenderer.Body(html, d, events, entities, n);
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

        app.MapGet("/actors", (HttpRequest r, DeskQueries desk) =>
        {
            var q = new QueryReader(r);
            int page = q.Int("page", 1, 1, 100_000);
            if (!q.Ok) return BadRequest(q);
            var all = desk.FindEntities(null, null);
            var html = new Html().Raw($"<h1>Actors</h1><p class=\"meta\">{all.Count} named in the stored articles, each once whatever the spelling, most reported first</p><ul class=\"list\">");
            foreach (var (eid, p) in all.Skip((page - 1) * PageSize).Take(PageSize))
            {
                var others = p.Spellings.Keys.Where(x => !string.Equals(x, p.Name, StringComparison.Ordinal)).Concat(p.Acronyms).Distinct(StringComparer.Ordinal).ToList();
                html.Raw("<li>").Link($"/actors/{eid}", p.Name, "title").Raw("<div class=\"meta\">")
                    .Text($"{DeskEntity.TypeName(p.Type)}{(p.Country is null ? "" : " · " + p.Country)} · {p.Articles} article{(p.Articles == 1 ? "" : "s")}{(others.Count == 0 ? "" : " · also: " + string.Join(", ", others.Take(6)))}")
                    .Raw("</div></li>");
            }
            html.Raw("</ul>");
            Pager(html, "/actors?", page, all.Count);
            return Html.Page("Actors", html);
        });

        app.MapGet("/actors/{id}", (string id, DeskQueries desk) =>
        {
            if (desk.Resolve(id) is not long n || desk.Entity(n) is not { } e) return NotFound("No such actor.");
            var timeline = desk.Timeline(e);
            var network = desk.Network(e);
            var html = new Html().Raw("<h1>").Text(e.Name).Raw("</h1><p class=\"meta\">")
                .Text(string.Join(" · ", new[] { e.Type, e.Country, e.Roles.Count == 0 ? null : string.Join(", ", e.Roles), $"{e.Articles.Count} article{(e.Articles.Count == 1 ? "" : "s")}" }.Where(x => x is not null)))
                .Raw("</p><h2>Spellings</h2><ul class=\"spellings\">");
            foreach (var sp in e.Spellings.Take(Spellings))
            {
                html.Raw("<li><q>").Text(sp.Spelling).Raw("</q> <span class=\"meta\">in ");
                Cites(html, sp.Articles, ActorArticles);
                html.Raw("</span></li>");
            }
            html.Raw("</ul>");
            if (e.History.Count > 0)
            {
                html.Raw("<h2>Corrections</h2><ul class=\"history\">");
                foreach (var h in e.History) html.Raw("<li>").Text(h).Raw("</li>");
                html.Raw("</ul>");
            }
            html.Raw("<h2>Timeline</h2>");
            if (timeline.Events.Count == 0)
                html.Raw("<p class=\"meta\">No coded events for this actor yet; the grey ticks are the articles that name it.</p>");
            Charts.Timeline(html, timeline);
            if (timeline.Events.Count > 0)
            {
                html.Raw("<h2>Events</h2><ul class=\"list happenings\">");
                foreach (var mark in timeline.Events) Happening(html, mark);
                html.Raw("</ul>");
            }
            html.Raw("<h2>Network</h2>");
            Charts.Network(html, network);
            html.Raw("<h2>Articles</h2><ul class=\"list\">");
            foreach (var a in timeline.Articles.AsEnumerable().Reverse().Take(ActorArticles))
                html.Raw("<li>").Link($"/articles/{a.Id}", a.Title ?? "(untitled)").Raw(" <span class=\"meta\">").Text(string.Join(" · ", new[] { a.Published, a.Outlet }.Where(x => x is not null))).Raw("</span></li>");
            html.Raw("</ul>");
            if (timeline.Articles.Count > ActorArticles)
                html.Raw($"<p class=\"meta\">and {timeline.Articles.Count - ActorArticles} older articles (<a href=\"/api/timeline?actor={Html.Path(e.Id)}\">all as JSON</a>)</p>");
            return Html.Page(e.Name, html);
        });

        app.MapGet("/events", (HttpRequest r, DeskQueries desk) =>
        {
            var q = new QueryReader(r);
            int page = q.Int("page", 1, 1, 100_000);
            if (!q.Ok) return BadRequest(q);
            var all = desk.Events(new EventFilter(null, null, null, null, null));
            var snapshot = desk.Snapshot;
            var html = new Html().Raw($"<h1>Events</h1><p class=\"meta\">{all.Count} happenings in date order, each once with all its reports</p>");
            if (all.Count == 0) html.Raw("<p class=\"empty\">No events yet: no stored article reports a coded event.</p>");
            html.Raw("<ul class=\"list\">");
            foreach (var e in all.Skip((page - 1) * PageSize).Take(PageSize)) EventItem(html, DeskEvents.From(e, snapshot));
            html.Raw("</ul>");
            Pager(html, "/events?", page, all.Count);
            return Html.Page("Events", html);
        });

        app.MapGet("/events/{id}", (string id, DeskQueries desk) =>
        {
            if (DeskEvents.Parse(id) is not long n) return NotFound("No such event.");
            if (desk.Event(n) is not { } e)
                return desk.Retired(n) is { } retired ? RetiredEventPage(n, retired) : NotFound("No such event.");
            var html = new Html().Raw("<h1>").Text(e.Event).Raw(": ").Text(Actors(e.Source)).Raw(" → ").Text(Actors(e.Target)).Raw("</h1><dl class=\"facts\">");
            Fact(html, "type", e.Event + (e.Mode is null ? "" : " (" + e.Mode + ")"));
            Fact(html, "date", e.Date is null ? e.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{e.Date.Value} ({e.Date.Precision})");
            Fact(html, "status", e.Status);
            Fact(html, "place", e.EventLoc is null ? null : e.EventLoc + (e.EventLocCountry is null ? "" : $" ({e.EventLocCountry})"));
            Fact(html, "CAMEO", e.Cameo);
            Fact(html, "figures", e.Figures.Count == 0 ? null : string.Join("; ", e.Figures.Select(f => $"{f.Value} ({f.Qualifier})")));
            Fact(html, "confidence", e.Confidence?.ToString("0.00", CultureInfo.InvariantCulture));
            Fact(html, "reported by", $"{e.Sources} source{(e.Sources == 1 ? "" : "s")}{(e.Copies > 0 ? $" and {e.Copies} syndicated cop{(e.Copies == 1 ? "y" : "ies")}" : "")}: {string.Join(", ", e.Outlets)}");
            html.Raw("</dl><h2>Participants</h2>");
            Participants(html, e.Participants);
            if (e.Disagreements.Count > 0 || e.Dates.Count > 1 || e.Places.Count > 1 || e.Statuses.Count > 1 || e.Figures.Count > 1)
            {
                html.Raw("<h2>Where the reports differ</h2>");
                Versions(html, e);
            }
            html.Raw($"<h2>Reported in</h2><p class=\"meta\">{e.Mentions.Count} sentence{(e.Mentions.Count == 1 ? "" : "s")}</p>");
            foreach (var m in e.Mentions)
            {
                html.Raw("<blockquote>").Text(m.Quote).Raw("</blockquote><p class=\"meta\">")
                    .Text(string.Join(" · ", new[] { m.Outlet, m.Published, m.Copy ? "syndicated copy" : null, m.Status, m.Date is null ? null : "says " + m.Date, m.Attribution is null ? null : "according to " + m.Attribution }.Where(x => x is not null)))
                    .Raw(" · ").Link($"/articles/{m.Document}#{ArticleRenderer.Anchor(m.Start)}", m.Title ?? $"article #{m.Document}");
                if (m.Url is not null) html.Raw(" · ").External(m.Url, "original");
                if (m.Reason is not null) html.Raw("<br><span class=\"why\">").Text(m.Reason).Raw("</span>");
                html.Raw("</p>");
            }
            return Html.Page($"{e.Event} {Actors(e.Source)}", html);
        });

        app.MapGet("/search", (HttpRequest r, StoreGate gate, DeskQueries desk) =>
        {
            var q = new QueryReader(r);
            var text = q.Text("q");
            int page = q.Int("page", 1, 1, 10_000);
            if (!q.Ok) return BadRequest(q);
            var html = new Html().Raw("<h1>Search</h1><form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" aria-label=\"Search\" value=\"").Text(text).Raw("\"><button type=\"submit\">Search</button></form>");
            if (text is null || SearchQuery.Words(text).Count == 0) return Html.Page("Search", html.Raw("<p class=\"empty\">Type words to find (all must match).</p>"));
            var actors = desk.FindEntities(null, text).Take(10).ToList();
            if (actors.Count > 0)
            {
                html.Raw("<h2>Actors</h2><p>");
                foreach (var (eid, p) in actors) html.Link($"/actors/{eid}", p.Name).Raw(" ");
                html.Raw("</p>");
            }
            var evs = desk.Full(desk.Events(new EventFilter(null, null, null, null, text)).Take(10));
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
        html.Raw("<li>").Link($"/events/{Html.Path(e.Id)}", $"{e.Event}: {Actors(e.Source)} → {Actors(e.Target)}", "title")
            .Raw("<div class=\"meta\">").Text(string.Join(" · ", new[]
            {
                e.Date is null ? e.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated" : $"{e.Date.Value} ({e.Date.Precision})",
                e.EventLoc, e.Status, SourceCount(e.Sources, e.Copies), e.Outlets.Count == 0 ? null : string.Join(", ", e.Outlets),
            }.Where(x => x is not null))).Raw("</div></li>");
    }

    private static string SourceCount(int sources, int copies) =>
        $"{sources} source{(sources == 1 ? "" : "s")}{(copies > 0 ? $" + {copies} cop{(copies == 1 ? "y" : "ies")}" : "")}";

    /// <summary>A happening on an actor's page: date and precision, place, status, every outlet, participants with their sources, disagreements.</summary>
    private static void Happening(Html html, TimelineMark e)
    {
        html.Raw("<li>").Link($"/events/{Html.Path(e.Id)}", $"{e.Event}{(e.Mode is null ? "" : " (" + e.Mode + ")")}: {Actors(e.Source)} → {Actors(e.Target)}", "title")
            .Raw("<div class=\"meta\">").Text(string.Join(" · ", new[]
            {
                e.Date is null ? "undated" : $"{e.Date} ({e.Precision})",
                e.Place is null ? null : e.Place + (e.PlaceCountry is null ? "" : $" ({e.PlaceCountry})"),
                e.Status, SourceCount(e.Sources, e.Copies),
            }.Where(x => x is not null))).Raw("</div><div class=\"outlets\">reported by ").Text(e.Outlets.Count == 0 ? "(no outlet named)" : string.Join(", ", e.Outlets)).Raw("</div>");
        Participants(html, e.Participants);
        if (e.Disagreements.Count > 0)
        {
            html.Raw("<ul class=\"disagree\">");
            foreach (var d in e.Disagreements) html.Raw("<li>reports differ on ").Text(d).Raw("</li>");
            html.Raw("</ul>");
        }
        html.Raw("</li>");
    }

    private static void Participants(Html html, IReadOnlyList<Dateline.Linking.ParticipantView> participants)
    {
        html.Raw("<ul class=\"participants\">");
        foreach (var p in participants)
        {
            html.Raw("<li>").Text(p.Side).Raw(": ");
            if (p.Entity is long id) html.Link($"/actors/{id}", p.Name); else html.Text(p.Name);
            if (p.Code is not null) html.Raw(" <span class=\"meta\">(").Text(p.Code).Raw(")</span>");
            html.Raw(" <span class=\"meta\">per ");
            Cites(html, p.Sources, 12);
            if (p.OtherSide.Count > 0)
            {
                // Reports that tell it the other way round ("Haftar met Pinotti"): said, not hidden.
                html.Raw(" (as ").Text(p.Side == "source" ? "target" : "source").Raw(" per ");
                Cites(html, p.OtherSide, 12);
                html.Raw(")");
            }
            html.Raw("</span></li>");
        }
        html.Raw("</ul>");
    }

    /// <summary>Each detail's versions side by side: the value and who gives it.</summary>
    private static void Versions(Html html, DeskEvent e)
    {
        html.Raw("<table class=\"versions\"><thead><tr><th>detail</th><th>version</th><th>according to</th></tr></thead><tbody>");
        foreach (var (name, versions) in new[] { ("date", e.Dates), ("place", e.Places), ("status", e.Statuses), ("figure", e.Figures) })
            foreach (var v in versions)
            {
                html.Raw("<tr><td>").Text(name).Raw("</td><td>").Text(v.Value + (v.Qualifier is null ? "" : $" ({v.Qualifier})") + (v.Assumed ? ", from the publication date" : "")).Raw("</td><td>");
                Cites(html, v.Sources, 12);
                html.Raw("</td></tr>");
            }
        html.Raw("</tbody></table>");
        if (e.Disagreements.Count > 0)
        {
            html.Raw("<ul class=\"disagree\">");
            foreach (var d in e.Disagreements) html.Raw("<li>").Text(d).Raw("</li>");
            html.Raw("</ul>");
        }
    }

    /// <summary>Articles as links named by outlet ("Gulf Daily Wire", "#3 (copy)"), at most <paramref name="max"/>.</summary>
    private static void Cites(Html html, IReadOnlyList<Dateline.Linking.ArticleRef> articles, int max)
    {
        bool first = true;
        foreach (var a in articles.Take(max))
        {
            if (!first) html.Raw(", ");
            first = false;
            html.Link($"/articles/{a.Article}", (a.Outlet ?? $"article #{a.Article}") + (a.Copy ? " (copy)" : ""));
        }
        if (articles.Count > max) html.Text($" and {articles.Count - max} more");
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

    /// <summary>An event a story split emptied: why, and links to the events that hold its reports now (410).</summary>
    private static IResult RetiredEventPage(long id, RetiredEvent retired)
    {
        var html = new Html().Raw("<h1>Event ").Text(DeskEvents.Id(id)).Raw(" was retired</h1><p>").Text(retired.Reason).Raw(".</p><p>");
        if (retired.Successors.Count == 0) html.Text("None of its reports was coded as an event again.");
        else
        {
            html.Text("Its reports are now in ");
            for (int i = 0; i < retired.Successors.Count; i++)
            {
                if (i > 0) html.Text(", ");
                html.Link($"/events/{DeskEvents.Id(retired.Successors[i])}", $"event {DeskEvents.Id(retired.Successors[i])}");
            }
            html.Text(".");
        }
        return Html.Page($"Event {DeskEvents.Id(id)} retired", html.Raw("</p>"), 410);
    }

    private static IResult NotFound(string message) => Html.Page("Not found", new Html().Raw("<h1>Not found</h1><p>").Text(message).Raw("</p>"), 404);

    private static IResult BadRequest(QueryReader q) => q.Problem();
}
