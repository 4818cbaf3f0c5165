using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary>`dateline search QUERY [--json] [--limit N]`: articles whose title or body contain every word, best first.</summary>
internal static class SearchCommand
{
    public static Command Create(ConsoleIo io)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find (all must match; case and accents are ignored)." };
        var json = new Option<bool>("--json") { Description = "Print the hits as JSON: [{id, title, snippet, rank}]." };
        var limit = new Option<int>("--limit") { Description = "At most this many hits.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over article titles and bodies.") { query, json, limit };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
            {
                io.Error.WriteLine("dateline search: --limit must be at least 1");
                return Program.ExitUsage;
            }
            using var store = storeOptions.Open(parse, io, "search", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var hits = store.Search(parse.GetValue(query)!, 0, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                Json.Write(io.Out, hits);
                return Program.ExitOk;
            }
            if (hits.Count == 0) io.Out.WriteLine("(no match)");
            foreach (var h in hits)
                io.Out.WriteLine($"#{h.Id,-5} {h.Title ?? "(untitled)"}\n       {h.Snippet.Replace('\n', ' ')}");
            return Program.ExitOk;
        });
        return command;
    }
}
