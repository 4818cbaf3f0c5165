using System.CommandLine;
using Dateline.Model;
using Dateline.Storage;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline show ID [--db FILE | --store VALUE] [--json] [--explain]`: one article, its metadata with where each value
/// came from, the clean body, its captions; with --explain every removal with its rule and reason.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(ConsoleIo io)
    {
        var id = new Argument<long>("ID") { Description = "The article id (see 'dateline articles')." };
        var json = new Option<bool>("--json") { Description = "Print the whole document with every layer as JSON." };
        var explain = new Option<bool>("--explain") { Description = "List what was removed from the page, with the rule and reason." };
        var command = new Command("show", "Show one article: metadata, clean text, captions, removals.") { id, json, explain };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = storeOptions.Open(parse, io, "show", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var article = store.Get(parse.GetValue(id));
            if (article is null)
            {
                io.Error.WriteLine($"dateline show: no article with id {parse.GetValue(id)} (the store has {store.Count()})");
                return Program.ExitFailure;
            }
            if (parse.GetValue(json)) Json.Write(io.Out, new { article.Id, article.IngestedAt, article.NearDuplicate, Document = article.Document });
            else Print(article, parse.GetValue(explain), io.Out);
            return Program.ExitOk;
        });
        return command;
    }

    private static void Print(StoredArticle a, bool explain, TextWriter o)
    {
        var d = a.Document;
        var m = d.Metadata;
        o.WriteLine($"#{a.Id}  {m.Title?.Value ?? "(untitled)"}");
        Field("outlet", m.Outlet);
        Field("author", m.Author);
        Field("published", m.Published);
        Field("url", m.Url);
        Field("language", m.Language);
        o.WriteLine($"  {"source",-10} {d.Source.Path}{(d.Source.RecordIndex is int r ? $" (record {r + 1})" : "")}  [{d.Source.Format}, {d.Source.Encoding}]");
        if (a.NearDuplicate is { } dup)
            o.WriteLine($"  {"copy of",-10} #{dup.OriginalId} (similarity {dup.Similarity:0.00})");
        o.WriteLine();
        o.WriteLine(d.Text.Length > 0 ? d.Text : "(no body text found)");
        if (d.Captions.Length > 0)
        {
            o.WriteLine();
            o.WriteLine("Captions:");
            foreach (var c in d.Captions) o.WriteLine($"  - {c.Text}");
        }
        foreach (var diag in d.Diagnostics.Where(x => x.Severity >= DiagnosticSeverity.Warning))
            o.WriteLine($"{diag.Severity.ToString().ToLowerInvariant()}: {diag.Code}: {diag.Message}");
        if (explain)
        {
            o.WriteLine();
            o.WriteLine(d.Removals.Length == 0 ? "Removed: nothing." : $"Removed ({d.Removals.Length}):");
            foreach (var removal in d.Removals)
                o.WriteLine($"  - [{removal.Rule}] {removal.Reason} at {removal.Source}: \"{OneLine(removal.Text)}\"");
        }

        void Field(string name, MetadataValue? v)
        {
            if (v is not null) o.WriteLine($"  {name,-10} {v.Value}  ({v.Origin})");
        }
    }

    private static string OneLine(string s)
    {
        var flat = string.Join(' ', s.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= 120 ? flat : flat[..119] + "…";
    }
}
