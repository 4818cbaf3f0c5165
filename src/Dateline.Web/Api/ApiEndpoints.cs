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
            var events = desk.Events(new EventFilter(null, null, null, null, null)).Where(e => e.Mentions.Any(m => m.Document == n)).Select(e => e.Id).ToList();
            return Tagged.Json(new ArticleDetail(a.Id, a.IngestedAt, a.NearDuplicate, a.Document, events));
        }).WithSummary("One article: metadata, clean text, paragraphs, captions, removals, layers.").Produces<ArticleDetail>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/entities", (HttpRequest r, IEntityDirectory entities, string? offset, string? limit, string? type, string? q) =>
        {
            var query = new QueryReader(r);
            var (o, l) = query.Paging();
            var t = query.Text("type");
            var text = query.Text("q");
            if (!query.Ok) return query.Problem();
            var all = entities.All().Where(e => (t is null || string.Equals(e.Type, t, StringComparison.OrdinalIgnoreCase)) &&
                (text is null || e.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase)))).ToList();
            return Tagged.Json(Page<DeskEntity>.Of(all, o, l));
        }).WithSummary("Entities named in the stored articles, most cited first (filters: type, q).").Produces<Page<DeskEntity>>().ProducesProblem(400);

        api.MapGet("/entities/{id}", (string id, IEntityDirectory entities) =>
            entities.Find(id) is { } e ? Tagged.Json(e) : Tagged.NotFound($"no entity '{id}'"))
            .WithSummary("One entity: name, type, aliases, the articles naming it.").Produces<DeskEntity>().ProducesProblem(404);

        api.MapGet("/events", (HttpRequest r, DeskQueries desk, string? offset, string? limit, string? actor, string? type, string? from, string? to, string? text) =>
        {
            var q = new QueryReader(r);
            var (o, l) = q.Paging();
            var filter = new EventFilter(q.Text("actor"), q.Text("type"), q.Date("from", end: false), q.Date("to", end: true), q.Text("text"));
            if (!q.Ok) return q.Problem();
            if (filter.From > filter.To) return Results.Problem(statusCode: 400, title: "Bad query parameter", detail: "'from' is after 'to'");
            return Tagged.Json(Page<DeskEvent>.Of(desk.Events(filter), o, l));
        }).WithSummary("Events in date order (filters: actor, type, from, to, text); empty until the store holds an event layer.").Produces<Page<DeskEvent>>().ProducesProblem(400);

        api.MapGet("/events/{id}", (string id, IEventSource events) =>
            events.Find(id) is { } e ? Tagged.Json(e) : Tagged.NotFound($"no event '{id}'"))
            .WithSummary("One event with the sentences that report it.").Produces<DeskEvent>().ProducesProblem(404);

        api.MapGet("/stories", (HttpRequest r, DeskIndex index, string? offset, string? limit) =>
        {
            var q = new QueryReader(r);
            var (o, l) = q.Paging();
            return q.Ok ? Tagged.Json(Page<DeskStory>.Of(index.Current.Stories, o, l)) : q.Problem();
        }).WithSummary("Stories, newest first: for now an article with its near-duplicate copies.").Produces<Page<DeskStory>>().ProducesProblem(400);

        api.MapGet("/timeline", (HttpRequest r, DeskQueries desk, string? actor) =>
        {
            var q = new QueryReader(r);
            var who = q.Text("actor", required: true);
            if (!q.Ok) return q.Problem();
            return desk.Timeline(who!) is { } t ? Tagged.Json(t) : Tagged.NotFound($"no actor '{who}'");
        }).WithSummary("An actor's events in date order, and the articles naming it.").Produces<Timeline>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/network", (HttpRequest r, DeskQueries desk, string? actor) =>
        {
            var q = new QueryReader(r);
            var who = q.Text("actor", required: true);
            if (!q.Ok) return q.Problem();
            return desk.Network(who!) is { } n ? Tagged.Json(n) : Tagged.NotFound($"no actor '{who}'");
        }).WithSummary("The actors an actor deals with: event partners and co-mentions.").Produces<Network>().ProducesProblem(400).ProducesProblem(404);

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
