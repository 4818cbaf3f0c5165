using System.CommandLine;
using System.Globalization;
using Dateline.Knowledge;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline knowledge import [--officeholders DIR] [--orgs DIR] [--actors FILE...] [--db FILE | --store VALUE]
/// [--who NAME --on DATE]`: reads openly licensed or user-supplied knowledge by path (never copied into the
/// repository) into the store (<see cref="StoredKnowledge"/>), where ingest reads the actors; --who/--on resolves a
/// name's roles on a date.
/// </summary>
internal static class KnowledgeCommand
{
    public static Command Create(ConsoleIo io)
    {
        var knowledge = new Command("knowledge", "Import and query actor and organisation knowledge.");
        var officeholders = new Option<string?>("--officeholders") { Description = "Folder of Wikidata office-holder CSV files (wikidata-officeholders)." };
        var orgs = new Option<string?>("--orgs") { Description = "Folder of international organisation files (intl-orgs)." };
        var actors = new Option<string[]>("--actors") { Description = "PETRARCH/Phoenix actor dictionary files.", AllowMultipleArgumentsPerToken = true };
        var who = new Option<string?>("--who") { Description = "After importing (or alone: from the store), print this name's roles on --on." };
        var on = new Option<string?>("--on") { Description = "The date for --who (YYYY-MM-DD; default today)." };
        var import = new Command("import", "Read knowledge files by path into the store (--db / --store); ingest then codes the imported actors with their role on each article's date.") { officeholders, orgs, actors, who, on };
        var storeOptions = StoreOptions.AddTo(import);
        import.SetAction(parse =>
        {
            var inv = CultureInfo.InvariantCulture;
            var sources = parse.GetValue(officeholders) is not null || parse.GetValue(orgs) is not null || (parse.GetValue(actors) ?? []).Length > 0;
            if (!sources && parse.GetValue(who) is null)
                return Usage("nothing to import: give --officeholders DIR, --orgs DIR or --actors FILE (or --who NAME to ask the store)");
            // Every path is checked before the store is opened: a wrong path writes nothing.
            if (parse.GetValue(officeholders) is { } h && (Directory.Exists(h) ? Missing(h, OfficeholderImporter.Files) : $"no folder at '{h}'") is { } badHolders)
                return Usage(badHolders);
            if (parse.GetValue(orgs) is { } o && (Directory.Exists(o) ? Missing(o, OrganisationImporter.Files) : $"no folder at '{o}'") is { } badOrgs)
                return Usage(badOrgs);
            if ((parse.GetValue(actors) ?? []).FirstOrDefault(f => !File.Exists(f)) is { } missingFile)
                return Usage($"no file at '{missingFile}'");
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(on) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out date))
                return Usage($"--on '{text}' is not a YYYY-MM-DD date");

            using var store = storeOptions.Open(parse, io, "knowledge import", mustExist: !sources);
            if (store is null)
                return Program.ExitFailure;
            // One transaction: an import that fails half way leaves the store as it was.
            return store.Graph(session =>
            {
                var stored = new StoredKnowledge(session);
                var status = Program.ExitOk;
                if (parse.GetValue(officeholders) is { } folder)
                    io.Out.WriteLine(string.Create(inv, $"office holders: {OfficeholderImporter.ImportFolder(folder, stored)} people from {folder}"));
                if (parse.GetValue(orgs) is { } orgFolder)
                    io.Out.WriteLine(string.Create(inv, $"organisations: {OrganisationImporter.ImportFolder(orgFolder, stored)} from {orgFolder}"));
                foreach (var file in parse.GetValue(actors) ?? [])
                {
                    using var reader = File.OpenText(file);
                    var (read, problems) = PhoenixActorReader.Read(reader, Path.GetFileName(file));
                    foreach (var actor in read)
                        stored.AddActor(actor);
                    foreach (var problem in problems)
                        io.Error.WriteLine(problem.Message);
                    if (problems.Count > 0)
                        status = Program.ExitSomeRejected;
                    io.Out.WriteLine(string.Create(inv, $"actors: {read.Count} from {file} ({problems.Count} unreadable lines)"));
                }
                io.Out.WriteLine(string.Create(inv, $"{storeOptions.Describe(parse)} holds {stored.ActorCount} actors and {stored.OrganisationCount} organisations"));
                if (parse.GetValue(who) is { } name)
                {
                    var roles = stored.RolesOn(name, date);
                    if (roles.Count == 0)
                        io.Out.WriteLine($"{name}: no role known on {date:yyyy-MM-dd}");
                    foreach (var (actor, role) in roles)
                        io.Out.WriteLine(string.Create(inv, $"{actor.Name} ({actor.Id}) on {date:yyyy-MM-dd}: {role.Office ?? role.Code} {role.Country} [{role.Start:yyyy-MM-dd} .. {role.End:yyyy-MM-dd}]"));
                    if (stored.FindOrganisation(name) is { } org)
                        io.Out.WriteLine($"{name}: organisation {org.Name} ({string.Join(",", org.Acronyms)}), {org.Members.Length} members");
                }
                return status;
            }, write: sources);

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
