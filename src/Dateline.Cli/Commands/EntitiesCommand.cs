using System.CommandLine;
using Dateline.Linking;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline entities [--name N] [--type T] [--json]`: every actor once across the stored articles, with the spellings
/// seen and the articles using each. `entities merge KEEP OTHER`, `entities unmerge ID`, `entities split ID --spelling S`:
/// the user's persistent corrections (see <see cref="EntityOverrides"/>).
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create(ConsoleIo io)
    {
        var name = new Option<string?>("--name") { Description = "Only entities with a spelling containing these words (or '#ID')." };
        var type = new Option<string?>("--type") { Description = "Only entities of this type: PER, ORG, GPE, LOC, MISC." };
        var json = new Option<bool>("--json") { Description = "Print the entities as JSON, with every article link and its reason." };
        var limit = new Option<int>("--limit") { Description = "At most this many entities.", DefaultValueFactory = _ => 1000 };
        var command = new Command("entities", "List every actor once across articles, with its spellings and the articles using each.") { name, type, json, limit };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // A misspelt type ("--type PERSON") would list nothing and look like an empty store.
            if (parse.GetValue(type) is { } wanted && !Enum.GetNames<Dateline.Entities.EntityType>().Contains(wanted, StringComparer.OrdinalIgnoreCase))
            {
                io.Error.WriteLine($"dateline entities: unknown type '{wanted}' in --type (known: {string.Join(", ", Enum.GetNames<Dateline.Entities.EntityType>())})");
                return Program.ExitUsage;
            }
            using var store = storeOptions.Open(parse, io, "entities", mustExist: true);
            if (store is null) return Program.ExitFailure;
            var rows = store.Graph(s => new GraphReader(s).Entities(parse.GetValue(name), parse.GetValue(type))).Take(Math.Max(1, parse.GetValue(limit))).ToList();
            if (parse.GetValue(json)) Json.Write(io.Out, rows);
            else Print(rows, io.Out);
            return Program.ExitOk;
        });
        command.Subcommands.Add(Merge(io));
        command.Subcommands.Add(Unmerge(io));
        command.Subcommands.Add(Split(io));
        return command;
    }

    private static Command Merge(ConsoleIo io)
    {
        var keep = new Argument<long>("keep") { Description = "The entity id that stays." };
        var other = new Argument<long>("other") { Description = "The entity id merged into it." };
        var command = new Command("merge", "Merge two entities the resolver kept apart (undo with `entities unmerge OTHER`).") { keep, other };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse => Override(io, storeOptions, parse, "entities merge", s => EntityOverrides.Merge(s, parse.GetValue(keep), parse.GetValue(other))));
        return command;
    }

    private static Command Unmerge(ConsoleIo io)
    {
        var id = new Argument<long>("id") { Description = "The entity id that was merged into another." };
        var command = new Command("unmerge", "Undo a merge: the entity gets back its articles, and its spellings never link to the other again.") { id };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse => Override(io, storeOptions, parse, "entities unmerge", s => EntityOverrides.Unmerge(s, parse.GetValue(id))));
        return command;
    }

    private static Command Split(ConsoleIo io)
    {
        var id = new Argument<long>("id") { Description = "The entity to split." };
        var spelling = new Option<string?>("--spelling") { Description = "Move the articles spelling the entity so to a new entity; the spelling never links back." };
        var article = new Option<long?>("--article") { Description = "Move this article's mention of the entity to a new entity." };
        var command = new Command("split", "Split articles off an entity: by spelling (for good) or one article.") { id, spelling, article };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            // Neither or both is a usage error (exit 2), found before the store is opened.
            if (parse.GetValue(spelling) is null == parse.GetValue(article) is null)
            {
                io.Error.WriteLine($"dateline entities split: give --spelling S or --article ID ({(parse.GetValue(spelling) is null ? "neither was given" : "not both")})");
                return Program.ExitUsage;
            }
            return Override(io, storeOptions, parse, "entities split", s => EntityOverrides.Split(s, parse.GetValue(id), parse.GetValue(spelling), parse.GetValue(article)).Note);
        });
        return command;
    }

    /// <summary>The hint after "no actor named X": a bare number was most likely meant as the id `entities` prints as "#12".</summary>
    /// <summary>"no actor named X" with the close spellings the store has ("Hiftar": "did you mean #4 Khalifa Haftar"), else <see cref="HowToName"/>.</summary>
    internal static string NoActor(string command, string name, IReadOnlyList<(long Id, EntityProfile Profile)> close) =>
        close.Count == 0
            ? $"dateline {command}: no actor named '{name}' in the store ({HowToName(name)})"
            : $"dateline {command}: no actor named '{name}' in the store; did you mean {string.Join("; ", close.Select(c => $"#{c.Id} {c.Profile.Name} ({c.Profile.Type}, {c.Profile.Articles} article(s))"))}? (use --actor '#ID')";

    internal static string HowToName(string name) =>
        name.Length > 0 && name.All(char.IsAsciiDigit) ? $"an entity id is written '#{name}', as `dateline entities` prints it" : $"try `dateline entities --name {name}`";

    private static int Override(ConsoleIo io, StoreOptions storeOptions, ParseResult parse, string what, Func<IGraphSession, string> change)
    {
        using var store = storeOptions.Open(parse, io, what, mustExist: true);
        if (store is null) return Program.ExitFailure;
        try
        {
            io.Out.WriteLine(store.Graph(s => change(s), write: true));
            return Program.ExitOk;
        }
        catch (Exception e) when (e is OverrideException or InvalidOperationException)
        {
            io.Error.WriteLine($"dateline {what}: {e.Message}");
            return Program.ExitFailure;
        }
    }

    private static void Print(IReadOnlyList<EntityView> rows, TextWriter o)
    {
        if (rows.Count == 0)
        {
            o.WriteLine("(no entities)");
            return;
        }
        foreach (var e in rows)
        {
            var facts = string.Join("  ", new[] { e.Type, e.Country, e.Roles.Count > 0 ? string.Join("/", e.Roles) : null, e.Acronyms.Count > 0 ? string.Join("/", e.Acronyms) : null }.Where(x => x is not null));
            o.WriteLine($"#{e.Id,-5} {e.Name}  [{facts}]  {e.Articles} article(s)");
            foreach (var s in e.Spellings)
                o.WriteLine($"         \"{s.Spelling}\": {string.Join(", ", s.Articles.Select(Cite))}");
            foreach (var h in e.History) o.WriteLine($"         ({h})");
        }
    }

    internal static string Cite(ArticleRef a) => $"#{a.Article}{(a.Outlet is null ? "" : " " + a.Outlet)}{(a.Copy ? " (copy)" : "")}";
}
