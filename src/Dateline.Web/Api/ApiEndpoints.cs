using Dateline.Storage;
using Dateline.Web.Desk;

namespace Dateline.Web.Api;

/// <summary>
/// The read-only JSON API. Lists are pages {total, offset, limit, items}; every answer carries an ETag; errors are
/// RFC 7807 problem details (400 with the reason for a bad parameter, 404 for an unknown id).
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("desk");

        api.MapGet("/articles", (HttpRequest r, DeskIndex index, string? offset, string? limit) =>
        {
            var q = new QueryReader(r);
            var (o, l) = q.Paging();
            return q.Ok ? Tagged.Json(Page<ArticleSummary>.Of(index.Current.Articles, o, l)) : q.Problem();
        }).WithSummary("Stored articles, newest first.").Produces<Page<ArticleSummary>>().ProducesProblem(400);

        api.MapGet("/articles/{id}", (string id, StoreGate gate, DeskQueries desk) =>
        {
            if (QueryReader.ArticleId(id) is not long n) return BadId(id, "an article id is a positive whole number");
            var a = gate.Read(s => s.Get(n));
            if (a is null) return Tagged.NotFound($"no article {n}");
            var events = desk.Article(n).Events.Select(e => e.Id).ToList();
            return Tagged.Json(new ArticleDetail(a.Id, a.IngestedAt, a.NearDuplicate, a.Document, events));
        }).WithSummary("One article: metadata, clean text, paragraphs, captions, removals, layers.").Produces<ArticleDetail>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/entities", (HttpRequest r, DeskQueries desk, string? offset, string? limit, string? type, string? q) =>
        {
            var query = new QueryReader(r);
            var (o, l) = query.Paging();
            var t = query.Text("type");
            var text = query.Text("q");
            if (!query.Ok) return query.Problem();
            var all = desk.FindEntities(t, text);
            return Tagged.Json(new Page<DeskEntity>(all.Count, o, l, desk.Entities(all.Skip(o).Take(l).Select(e => e.Id))));
        }).WithSummary("Entities of the cross-document graph (one per real actor), most reported first, with their spellings and the articles using each (filters: type, q).").Produces<Page<DeskEntity>>().ProducesProblem(400);

        api.MapGet("/entities/{id}", (string id, DeskQueries desk) =>
            desk.Resolve(id) is long n && desk.Entity(n) is { } e ? Tagged.Json(e) : Tagged.NotFound($"no entity '{id}'"))
            .WithSummary("One entity: name, type, spellings and the articles using each, why each article was linked, merge history.").Produces<DeskEntity>().ProducesProblem(404);

        api.MapGet("/events", (HttpRequest r, DeskQueries desk, string? offset, string? limit, string? actor, string? type, string? from, string? to, string? text) =>
        {
            var q = new QueryReader(r);
            var (o, l) = q.Paging();
            var filter = new EventFilter(q.Text("actor"), q.Text("type"), q.Date("from", end: false), q.Date("to", end: true), q.Text("text"));
            if (!q.Ok) return q.Problem();
            if (filter.From > filter.To) return Results.Problem(statusCode: 400, title: "Bad query parameter", detail: "'from' is after 'to'");
            var all = desk.Events(filter);
            return Tagged.Json(new Page<DeskEvent>(all.Count, o, l, desk.Full(all.Skip(o).Take(l))));
        }).WithSummary("Events in date order, each real happening once with every report (filters: actor, type, from, to, text).").Produces<Page<DeskEvent>>().ProducesProblem(400);

        api.MapGet("/events/{id}", (string id, DeskQueries desk) =>
            DeskEvents.Parse(id) is not long n ? Tagged.NotFound($"no event '{id}'")
            : desk.Event(n) is { } e ? Tagged.Json(e)
            : desk.Retired(n) is { } retired ? Tagged.Retired(n, retired)
            : Tagged.NotFound($"no event '{id}'"))
            .WithSummary("One event with every sentence that reports it, its participants and sources, and where reports disagree; 410 with `successors` for an event a story split emptied.")
            .Produces<DeskEvent>().ProducesProblem(404).ProducesProblem(410);

        api.MapGet("/stories", (HttpRequest r, DeskQueries desk, string? offset, string? limit) =>
        {
            var q = new QueryReader(r);
            var (o, l) = q.Paging();
            return q.Ok ? Tagged.Json(new Page<DeskStory>(desk.Snapshot.Stories.Count, o, l, desk.Stories(o, l))) : q.Problem();
        }).WithSummary("Stories of the cross-document graph, newest first, with their articles and why each joined.").Produces<Page<DeskStory>>().ProducesProblem(400);

        api.MapGet("/stories/{id}", (string id, DeskQueries desk) =>
            QueryReader.ArticleId(id) is long n && desk.Story(n) is { } s ? Tagged.Json(s) : Tagged.NotFound($"no story '{id}'"))
            .WithSummary("One story with its articles and why each joined.").Produces<DeskStory>().ProducesProblem(404);

        api.MapGet("/timeline", (HttpRequest r, DeskQueries desk, string? actor) =>
        {
            var q = new QueryReader(r);
            var who = q.Text("actor", required: true);
            if (!q.Ok) return q.Problem();
            return desk.Timeline(who!) is { } t ? Tagged.Json(t) : Tagged.NotFound($"no actor '{who}'");
        }).WithSummary("An actor's events in date order, each happening once with every outlet, date and precision, place, participants with their sources and disagreements; and the articles naming it.").Produces<Timeline>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/network", (HttpRequest r, DeskQueries desk, string? actor) =>
        {
            var q = new QueryReader(r);
            var who = q.Text("actor", required: true);
            if (!q.Ok) return q.Problem();
            return desk.Network(who!) is { } n ? Tagged.Json(n) : Tagged.NotFound($"no actor '{who}'");
        }).WithSummary("The actors an actor deals with: typed, dated, counted event edges, and co-mentions.").Produces<Network>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/search", (HttpRequest r, StoreGate gate, string? q, string? offset, string? limit) =>
        {
            var query = new QueryReader(r);
            var text = query.Text("q", required: true);
            var (o, l) = query.Paging();
            if (!query.Ok) return query.Problem();
            if (SearchQuery.Words(text!).Count == 0)
                return Results.Problem(statusCode: 400, title: "Bad query parameter", detail: "'q' has no letters or digits to search for");
            var hits = gate.Read(s => s.Search(text!, o, l));
            return Tagged.Json(new SearchPage(text!, o, l, hits));
        }).WithSummary("Full-text search over article titles and bodies (every word must match), best first.").Produces<SearchPage>().ProducesProblem(400);

        // Unknown /api paths answer problem JSON, not the HTML 404 page.
        api.MapFallback(() => Tagged.NotFound("no such API endpoint"));
    }

    private static IResult BadId(string id, string why) =>
        Results.Problem(statusCode: 400, title: "Bad id", detail: $"'{(id.Length > 40 ? id[..40] + "..." : id)}': {why}");
}
