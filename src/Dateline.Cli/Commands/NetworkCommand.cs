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
            using var store = storeOptions.Open(parse, io, "network", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var name = parse.GetValue(actor);
            var network = store.Graph(s =>
            {
                var reader = new GraphReader(s);
                if (name is null) return reader.Network(null);
                var found = reader.Find(name);
                return found.Count == 0 ? null : reader.Network(found[0].Id);
            });
            if (network is null)
            {
                io.Error.WriteLine($"dateline network: no actor named '{name}' in the store ({EntitiesCommand.HowToName(name ?? "")})");
                return Program.ExitFailure;
            }
            if (parse.GetValue(json))
            {
                Json.Write(io.Out, network);
                return Program.ExitOk;
            }
            var names = network.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
            io.Out.WriteLine($"{network.Nodes.Count} actor(s), {network.Edges.Count} edge(s)");
            foreach (var e in network.Edges)
                io.Out.WriteLine($"{names[e.Source]} -> {names[e.Target]}  {e.Type} x{e.Count}  {e.First ?? "?"}..{e.Last ?? "?"}");
            return Program.ExitOk;
        });
        return command;
    }
}
