using System.CommandLine;
using Dateline.Linking;

namespace Dateline.Cli.Commands;

/// <summary>`dateline stories [--json]`: the stored articles grouped into stories, each with its articles in order, why each joined, the actors they share, and why it was split.</summary>
internal static class StoriesCommand
{
    public static Command Create(ConsoleIo io)
    {
        var json = new Option<bool>("--json") { Description = "Print the stories as JSON." };
        var command = new Command("stories", "Group the stored articles into stories.") { json };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = storeOptions.Open(parse, io, "stories", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var stories = store.Graph(s => new GraphReader(s).Stories());
            if (parse.GetValue(json))
            {
                Json.Write(io.Out, stories);
                return Program.ExitOk;
            }
            if (stories.Count == 0) io.Out.WriteLine("(no stories)");
            foreach (var s in stories)
            {
                io.Out.WriteLine($"story #{s.Id}  {s.First ?? "?"}..{s.Last ?? "?"}  {s.Articles.Count} article(s), {s.Events} event mention(s): {s.Title}");
                if (s.Actors.Count > 0) io.Out.WriteLine($"    actors: {string.Join(", ", s.Actors)}");
                foreach (var h in s.History) io.Out.WriteLine($"    {h}");
                foreach (var a in s.Articles)
                    io.Out.WriteLine($"    {EntitiesCommand.Cite(a.Article)} [{a.Article.Published ?? "-"}] {a.Title ?? "(untitled)"}: {a.Reason}");
            }
            return Program.ExitOk;
        });
        return command;
    }
}
