using System.CommandLine;
using System.Globalization;
using Dateline.Knowledge;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline knowledge import [--officeholders DIR] [--orgs DIR] [--actors FILE...] [--db FILE]
/// [--who NAME --on DATE]`: reads openly licensed or user-supplied knowledge by path (never copied
/// into the repository) and reports what it holds; --who/--on resolves a name's roles on a date.
/// </summary>
internal static class KnowledgeCommand
{
    public static Command Create(ConsoleIo io)
    {
        var knowledge = new Command("knowledge", "Import and query actor and organisation knowledge.");
        var officeholders = new Option<string?>("--officeholders") { Description = "Folder of Wikidata office-holder CSV files (wikidata-officeholders)." };
        var orgs = new Option<string?>("--orgs") { Description = "Folder of international organisation files (intl-orgs)." };
        var actors = new Option<string[]>("--actors") { Description = "PETRARCH/Phoenix actor dictionary files.", AllowMultipleArgumentsPerToken = true };
        var db = new Option<string?>("--db") { Description = "The store to import into (SQLite; default: an in-memory store for this run)." };
        var who = new Option<string?>("--who") { Description = "After importing, print this name's roles on --on." };
        var on = new Option<string?>("--on") { Description = "The date for --who (YYYY-MM-DD; default today)." };
        var import = new Command("import", "Read knowledge files by path into the store.") { officeholders, orgs, actors, db, who, on };
        import.SetAction(parse =>
        {
            var inv = CultureInfo.InvariantCulture;
            if (parse.GetValue(db) is { } dbPath)
                io.Error.WriteLine($"note: the SQLite knowledge store is not wired in this build; '{dbPath}' is not written, the import runs in memory.");
            if (parse.GetValue(officeholders) is null && parse.GetValue(orgs) is null && (parse.GetValue(actors) ?? []).Length == 0)
                return Usage("nothing to import: give --officeholders DIR, --orgs DIR or --actors FILE");
            // A folder holding none of the files an importer reads is a wrong path, not an empty data set.
            if (parse.GetValue(officeholders) is { } h && Directory.Exists(h) && Missing(h, OfficeholderImporter.Files) is { } noHolders)
                return Usage(noHolders);
            if (parse.GetValue(orgs) is { } o && Directory.Exists(o) && Missing(o, OrganisationImporter.Files) is { } noOrgs)
                return Usage(noOrgs);
            IKnowledgeStore store = new InMemoryKnowledgeStore();
            var status = Program.ExitOk;
            if (parse.GetValue(officeholders) is { } folder)
            {
                if (!Directory.Exists(folder))
                    return Usage($"no folder at '{folder}'");
                var added = OfficeholderImporter.ImportFolder(folder, store);
                io.Out.WriteLine(string.Create(inv, $"office holders: {added} people from {folder}"));
            }
            if (parse.GetValue(orgs) is { } orgFolder)
            {
                if (!Directory.Exists(orgFolder))
                    return Usage($"no folder at '{orgFolder}'");
                var added = OrganisationImporter.ImportFolder(orgFolder, store);
                io.Out.WriteLine(string.Create(inv, $"organisations: {added} from {orgFolder}"));
            }
            foreach (var file in parse.GetValue(actors) ?? [])
            {
                if (!File.Exists(file))
                    return Usage($"no file at '{file}'");
                using var reader = File.OpenText(file);
                var (read, problems) = PhoenixActorReader.Read(reader, Path.GetFileName(file));
                foreach (var actor in read)
                    store.AddActor(actor);
                foreach (var problem in problems)
                    io.Error.WriteLine(problem.Message);
                if (problems.Count > 0)
                    status = Program.ExitSomeRejected;
                io.Out.WriteLine(string.Create(inv, $"actors: {read.Count} from {file} ({problems.Count} unreadable lines)"));
            }
            io.Out.WriteLine(string.Create(inv, $"store holds {store.ActorCount} actors and {store.OrganisationCount} organisations"));
            if (parse.GetValue(who) is { } name)
            {
                var date = DateOnly.FromDateTime(DateTime.UtcNow);
                if (parse.GetValue(on) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out date))
                    return Usage($"--on '{text}' is not a YYYY-MM-DD date");
                var roles = store.RolesOn(name, date);
                if (roles.Count == 0)
                    io.Out.WriteLine($"{name}: no role known on {date:yyyy-MM-dd}");
                foreach (var (actor, role) in roles)
                    io.Out.WriteLine(string.Create(inv, $"{actor.Name} ({actor.Id}) on {date:yyyy-MM-dd}: {role.Office ?? role.Code} {role.Country} [{role.Start:yyyy-MM-dd} .. {role.End:yyyy-MM-dd}]"));
                if (store.FindOrganisation(name) is { } org)
                    io.Out.WriteLine($"{name}: organisation {org.Name} ({string.Join(",", org.Acronyms)}), {org.Members.Length} members");
            }
            return status;

            static string? Missing(string folder, IReadOnlyList<string> files) =>
                files.Any(f => File.Exists(Path.Combine(folder, f))) ? null
                : $"'{folder}' holds none of the files read from it ({string.Join(", ", files)})";

            int Usage(string message)
            {
                io.Error.WriteLine($"dateline knowledge import: {message}.");
                return Program.ExitUsage;
            }
        });
        knowledge.Subcommands.Add(import);
        return knowledge;
    }
}
