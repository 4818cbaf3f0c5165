using System.CommandLine;
using Dateline.Events;
using Dateline.Storage;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline events [--actor NAME] [--json] [--limit N] [--db FILE | --store VALUE]`: the coded events of the stored
/// articles, through the events index (so --actor reads only the articles that have a matching event). A table by
/// default (date, type, mode, source -> target, place, status, outlet); --json prints the PLOVER-shaped records with
/// their article id.
/// </summary>
internal static class EventsCommand
{
    public static Command Create(ConsoleIo io)
    {
        var actor = new Option<string?>("--actor") { Description = "Only events with an actor whose name contains this (case-insensitive)." };
        var json = new Option<bool>("--json") { Description = "Print the event records as JSON." };
        var limit = new Option<int>("--limit") { Description = "At most this many events.", DefaultValueFactory = _ => 10000 };
        var text = new Option<string?>("--text") { Description = "Code this text (a headline line, a blank line, then the body) instead of reading a store; for trying sentences." };
        var published = new Option<string?>("--published") { Description = "With --text: the publication date (YYYY-MM-DD) that anchors relative dates." };
        var command = new Command("events", "List coded events: who did what to whom, where and when, with the sentence.") { actor, json, limit, text, published };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
            {
                io.Error.WriteLine("dateline events: --limit must be at least 1");
                return Program.ExitUsage;
            }
            if (parse.GetValue(published) is { } given && Dateline.Ingest.PublicationDate.Normalize(given) is null)
            {
                // A date that cannot be read would leave every relative date unresolved without a word.
                io.Error.WriteLine($"dateline events: --published '{given}' is not a date (YYYY-MM-DD)");
                return Program.ExitUsage;
            }
            if (parse.GetValue(text) is { } input)
                return CodeText(io, input, parse.GetValue(published), parse.GetValue(json));
            using var store = storeOptions.Open(parse, io, "events", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var rows = store.FindEvents(parse.GetValue(actor), 0, parse.GetValue(limit));
            var found = new List<(long Article, string? Outlet, EventMention Event)>();
            foreach (var group in rows.GroupBy(r => r.ArticleId))
            {
                var article = store.Get(group.Key);
                if (article is null) continue;
                var ids = group.Select(r => r.EventId).ToHashSet(StringComparer.Ordinal);
                foreach (var e in article.Document.EventMentions.Where(e => ids.Contains(e.Id)))
                    found.Add((group.Key, article.Document.Metadata.Outlet?.Value, e));
            }
            if (found.Count == 0 && parse.GetValue(actor) is { Length: > 0 } wanted)
                HintUnknownActor(io, store, wanted);
            if (parse.GetValue(json))
                Json.Write(io.Out, found.Select(f => new
                {
                    Article = f.Article,
                    Record = f.Event with { Id = $"{f.Article}-{f.Event.Id}", Mentions = [.. f.Event.Mentions.Select(m => m with { Document = f.Article })] },
                }));
            else Print(found, io.Out);
            return Program.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// --actor is a filter, so no match stays exit 0 (scripts rely on it); but a name no entity has is most often a
    /// typo, so stderr names the close spellings the store has, as `timeline` does.
    /// </summary>
    private static void HintUnknownActor(ConsoleIo io, IArticleStore store, string name)
    {
        var close = store.Graph(s =>
        {
            var reader = new Dateline.Linking.GraphReader(s);
            return reader.Find(name).Count > 0 ? null : reader.Suggest(name);
        });
        if (close is not null)
            io.Error.WriteLine(EntitiesCommand.NoActor("events", name, close));
    }

    private static int CodeText(ConsoleIo io, string input, string? published, bool json)
    {
        var models = Dateline.Language.LanguageModels.FindDirectory();
        if (models is null)
        {
            io.Error.WriteLine("dateline events: no language models found (data/models/en-pos.bin); events need the parser.");
            return Program.ExitFailure;
        }
        if (!input.Contains('\n', StringComparison.Ordinal)) input = "(text)\n\n" + input;
        var doc = Dateline.Pipeline.StandardPipeline.Create(Dateline.Pipeline.ShippedModels.Load()).Run(new Dateline.Model.Document
        {
            Source = new Dateline.Model.SourceInfo("(text)", Dateline.Model.SourceFormat.PlainText, "utf-8", Dateline.Ingest.ContentHash.Of(input), input.Length),
            SourceText = input,
            Metadata = published is null ? Dateline.Model.ArticleMetadata.Empty : new Dateline.Model.ArticleMetadata { Published = new Dateline.Model.MetadataValue(published, "option:--published") },
        });
        if (json) Json.Write(io.Out, doc.EventMentions);
        else Print([.. doc.EventMentions.Select(e => (0L, (string?)null, e))], io.Out);
        return Program.ExitOk;
    }

    private static void Print(List<(long Article, string? Outlet, EventMention Event)> rows, TextWriter o)
    {
        if (rows.Count == 0)
        {
            o.WriteLine("(no events)");
            return;
        }
        o.WriteLine($"{"article",7}  {"date",-10}  {"type",-10} {"mode",-9} {"source -> target",-48} {"place",-14} {"status",-12} outlet");
        foreach (var (article, outlet, e) in rows)
        {
            var who = $"{Actors(e.Source)} -> {Actors(e.Target)}";
            o.WriteLine($"{article,7}  {e.Date.Value ?? "-",-10}  {e.Event,-10} {e.Mode ?? "-",-9} {Cut(who, 48),-48} {Cut(e.EventLoc.Text, 14),-14} {e.Status,-12} {outlet ?? "-"}");
        }
    }

    private static string Actors(IEnumerable<EventActor> actors)
    {
        var list = actors.Select(a => a.Code is null ? a.Name : $"{a.Name} ({a.Code})").ToList();
        return list.Count == 0 ? "?" : string.Join(", ", list);
    }

    private static string Cut(string? s, int width) => s is null ? "-" : s.Length <= width ? s : s[..(width - 1)] + "…";
}
