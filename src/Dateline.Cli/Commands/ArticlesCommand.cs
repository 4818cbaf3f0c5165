using System.CommandLine;
using Dateline.Storage;

namespace Dateline.Cli.Commands;

/// <summary>`dateline articles [--db FILE | --store VALUE] [--json] [--limit N] [--offset N]`: the stored articles, oldest id first.</summary>
internal static class ArticlesCommand
{
    public static Command Create(ConsoleIo io)
    {
        var json = new Option<bool>("--json") { Description = "Print the list as JSON." };
        var limit = new Option<int>("--limit") { Description = "At most this many articles.", DefaultValueFactory = _ => 1000 };
        var offset = new Option<int>("--offset") { Description = "Skip this many articles first.", DefaultValueFactory = _ => 0 };
        var command = new Command("articles", "List the stored articles: title, outlet, author, date, URL.") { json, limit, offset };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1 || parse.GetValue(offset) < 0)
            {
                io.Error.WriteLine("dateline articles: --limit must be at least 1 and --offset at least 0");
                return Program.ExitUsage;
            }
            using var store = storeOptions.Open(parse, io, "articles", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var rows = store.List(parse.GetValue(offset), parse.GetValue(limit));
            if (parse.GetValue(json)) Json.Write(io.Out, rows);
            else Print(rows, io.Out);
            return Program.ExitOk;
        });
        return command;
    }

    private static void Print(IReadOnlyList<ArticleSummary> rows, TextWriter o)
    {
        if (rows.Count == 0)
        {
            o.WriteLine("(no articles)");
            return;
        }
        o.WriteLine($"{"id",5}  {"published",-10}  {"outlet",-22}  {"author",-18}  title");
        foreach (var r in rows)
        {
            var published = r.Published is { Length: >= 10 } p ? p[..10] : r.Published ?? "-";
            var dup = r.NearDuplicate is { } d ? $"  [copy of #{d.OriginalId}]" : "";
            o.WriteLine($"{r.Id,5}  {published,-10}  {Cut(r.Outlet, 22),-22}  {Cut(r.Author, 18),-18}  {r.Title ?? "(untitled)"}{dup}");
            if (r.Url is not null) o.WriteLine($"{"",5}  {r.Url}");
        }
    }

    private static string Cut(string? s, int width) => s is null ? "-" : s.Length <= width ? s : s[..(width - 1)] + "…";
}
