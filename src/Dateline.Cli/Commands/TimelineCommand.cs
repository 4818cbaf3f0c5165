using System.CommandLine;
using Dateline.Linking;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline timeline --actor NAME [--json]`: each happening the actor took part in once, oldest first, with every
/// outlet that reported it, the date and its precision, the place, the participants (each with the reports naming
/// them), the reports' sentences, and where reports disagree, both versions with who says which.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create(ConsoleIo io)
    {
        var actor = new Option<string>("--actor") { Description = "The actor: a name or part of one ('Haftar'), or '#ID' from `dateline entities`.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the events as JSON." };
        var command = new Command("timeline", "An actor's events across articles, each happening once with all its sources.") { actor, json };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // An empty name ("--actor \"$NAME\"" with NAME unset) is a missing argument, not an actor to look for.
            if (parse.GetValue(actor) is { } given && string.IsNullOrWhiteSpace(given))
            {
                io.Error.WriteLine("dateline timeline: --actor needs a name or '#ID' (see `dateline entities`)");
                return Program.ExitUsage;
            }
            using var store = storeOptions.Open(parse, io, "timeline", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var name = parse.GetValue(actor)!;
            IReadOnlyList<(long Id, EntityProfile Profile)> close = [];
            var (entity, others, events) = store.Graph(s =>
            {
                var reader = new GraphReader(s);
                var found = reader.Find(name);
                if (found.Count == 0)
                {
                    close = reader.Suggest(name);
                    return (null, [], []);
                }
                var chosen = reader.Entity(found[0].Id);
                return (chosen, found.Skip(1).Select(f => $"#{f.Id} {f.Profile.Name} ({f.Profile.Type}, {f.Profile.Articles} article(s))").ToList(), reader.Timeline(found[0].Id));
            });
            if (entity is null)
            {
                io.Error.WriteLine(EntitiesCommand.NoActor("timeline", name, close));
                return Program.ExitFailure;
            }
            if (parse.GetValue(json)) Json.Write(io.Out, new { Actor = new { entity.Id, entity.Name, entity.Type, entity.Country }, AlsoMatching = others, Events = events });
            else Print(entity, others, events, io.Out);
            return Program.ExitOk;
        });
        return command;
    }

    private static void Print(EntityView actor, IReadOnlyList<string> others, IReadOnlyList<EventView> events, TextWriter o)
    {
        o.WriteLine($"{actor.Name} (#{actor.Id}, {actor.Type}{(actor.Country is null ? "" : ", " + actor.Country)}): {events.Count} event(s)");
        if (others.Count > 0) o.WriteLine($"  also matching: {string.Join("; ", others)} (use --actor '#ID')");
        foreach (var e in events)
        {
            o.WriteLine();
            var when = e.Date is null ? "date unknown" : $"{e.Date} ({e.Precision ?? "?"})";
            var where = e.Place is null ? "" : $" in {e.Place}{(e.PlaceCountry is null ? "" : $" ({e.PlaceCountry})")}";
            var status = e.Statuses.Count > 0 ? e.Statuses[0].Value : "?";
            o.WriteLine($"#{e.Id}  {when}  {e.Type}{(e.Mode is null ? "" : "/" + e.Mode)}{where}  [{status}]");
            o.WriteLine($"    reported by {e.Sources} source(s){(e.Copies > 0 ? $" + {e.Copies} syndicated copy(ies)" : "")}: {string.Join(", ", e.Outlets.DefaultIfEmpty("(no outlet named)"))}");
            foreach (var side in new[] { "source", "target" })
            {
                var ps = e.Participants.Where(p => p.Side == side).ToList();
                if (ps.Count > 0)
                    o.WriteLine($"    {side}: {string.Join("; ", ps.Select(p => $"{p.Name}{(p.Code is null ? "" : $" ({p.Code})")} per {string.Join(", ", p.Sources.Select(EntitiesCommand.Cite))}"
                        + (p.OtherSide.Count == 0 ? "" : $" (as {(side == "source" ? "target" : "source")} per {string.Join(", ", p.OtherSide.Select(EntitiesCommand.Cite))})")))}");
            }
            foreach (var counted in e.Figures.GroupBy(f => f.Qualifier, StringComparer.Ordinal))
                o.WriteLine($"    figure ({counted.Key}): {string.Join("; ", counted.Select(f => $"{f.Value} per {string.Join(", ", f.Sources.Select(EntitiesCommand.Cite))}"))}");
            foreach (var d in e.Disagreements) o.WriteLine($"    disagree on {d}");
            // Two event words of one sentence ("met ... to discuss") are one citation here.
            foreach (var m in e.Mentions.DistinctBy(m => (m.Article.Article, m.Start)))
                o.WriteLine($"    {EntitiesCommand.Cite(m.Article)} [{m.Article.Published ?? "-"}] \"{m.Quote}\" @{m.Start}-{m.End}");
        }
    }
}
