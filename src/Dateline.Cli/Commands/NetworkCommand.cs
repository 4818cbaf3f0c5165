using System.CommandLine;
using Dateline.Linking;

namespace Dateline.Cli.Commands;

/// <summary>`dateline network [--actor NAME] [--json]`: actors as nodes, events as typed, dated, counted edges.</summary>
internal static class NetworkCommand
{
    public static Command Create(ConsoleIo io)
    {
        var actor = new Option<string?>("--actor") { Description = "Only events this actor takes part in (a name, or '#ID')." };
        var json = new Option<bool>("--json") { Description = "Print nodes and edges as JSON." };
        var command = new Command("network", "The actor network: who did what to whom, how often, when.") { actor, json };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // An empty name ("--actor \"$NAME\"" with NAME unset) is a missing argument, not an actor to look for.
            if (parse.GetValue(actor) is { } given && string.IsNullOrWhiteSpace(given))
            {
                io.Error.WriteLine("dateline network: --actor needs a name or '#ID' (see `dateline entities`)");
                return Program.ExitUsage;
            }
            using var store = storeOptions.Open(parse, io, "network", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var name = parse.GetValue(actor);
            IReadOnlyList<(long Id, EntityProfile Profile)> close = [];
            var network = store.Graph(s =>
            {
                var reader = new GraphReader(s);
                if (name is null) return reader.Network(null);
                var found = reader.Find(name);
                if (found.Count == 0) close = reader.Suggest(name);
                // A name several entities match: the most reported is drawn, and the others are named, as `timeline` does.
                return found.Count == 0 ? null : reader.Network(found[0].Id) with
                {
                    AlsoMatching = found.Count > 1 ? [.. found.Skip(1).Select(f => $"#{f.Id} {f.Profile.Name} ({f.Profile.Type}, {f.Profile.Articles} article(s))")] : null,
                };
            });
            if (network is null)
            {
                io.Error.WriteLine(EntitiesCommand.NoActor("network", name ?? "", close));
                return Program.ExitFailure;
            }
            if (parse.GetValue(json))
            {
                Json.Write(io.Out, network);
                return Program.ExitOk;
            }
            var names = network.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
            if (network.Actor is { } drawn) io.Out.WriteLine($"{drawn.Name} (#{drawn.Id}, {drawn.Type}{(drawn.Country is null ? "" : ", " + drawn.Country)})");
            if (network.AlsoMatching is { Count: > 0 } others) io.Out.WriteLine($"  also matching: {string.Join("; ", others)} (use --actor '#ID')");
            io.Out.WriteLine($"{network.Nodes.Count} actor(s), {network.Edges.Count} edge(s)");
            foreach (var e in network.Edges)
                io.Out.WriteLine($"{names[e.Source]} -> {names[e.Target]}  {e.Type} x{e.Count}  {e.First ?? "?"}..{e.Last ?? "?"}");
            return Program.ExitOk;
        });
        return command;
    }
}
