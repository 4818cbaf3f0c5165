using System.CommandLine;
using System.Text;
using Dateline.Events;
using Dateline.Export;
using Dateline.Knowledge;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline export --format plover-jsonl|gdelt-tsv|csv [--out PATH] [--status LIST] [--cameo-table PATH] [--db FILE | --store VALUE]`:
/// the cross-document events in a format other tools read. Files are written to a temporary file beside the
/// target and renamed when complete, so a failed export never leaves half a file (gdelt-tsv renames both tables
/// only when both are written).
/// </summary>
internal static class ExportCommand
{
    private const string Name = "export";

    public static Command Create(ConsoleIo io)
    {
        var format = new Option<string>("--format")
        {
            Description = "The format: " + string.Join(", ", ExportFormats.All.Select(f => $"{f.Name} ({f.Description})")) + ".",
            Required = true,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Where to write: a file for plover-jsonl and csv (stdout without it); a prefix for gdelt-tsv (PREFIX.export.tsv and "
                + "PREFIX.mentions.tsv; an existing folder gets dateline.export.tsv and dateline.mentions.tsv).",
        };
        var cameo = new Option<string?>("--cameo-table")
        {
            Description = "PLOVER's CAMEO2PLOVER table (e.g. ../shared/datasets/plover/CAMEO2PLOVER-2021.txt): checks each event's CAMEO code "
                + "and completes missing ones. Without it, the CAMEO code each event carries from the trigger lexicon (data/events/triggers.tsv) is used as is.",
        };
        var status = new Option<string?>("--status")
        {
            Description = "Only events whose status (as most reports give it) is in this comma-separated list (happened, claimed, planned, denied, "
                + "negated, hypothetical), or 'all'. Default: all, except gdelt-tsv: happened,claimed (GDELT has no status column).",
        };
        var command = new Command(Name, "Export the cross-document events: PLOVER JSON lines, GDELT 2.0-style events and mentions tables, or CSV.")
        {
            format, output, cameo, status,
        };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = ExportFormats.Find(parse.GetValue(format)!);
            if (chosen is null)
            {
                io.Error.WriteLine($"dateline export: unknown format '{parse.GetValue(format)}' (known: {string.Join(", ", ExportFormats.Names)})");
                return Program.ExitUsage;
            }
            var statuses = Statuses(parse.GetValue(status), chosen, io);
            if (statuses is null) return Program.ExitUsage;
            var targets = Targets(chosen, parse.GetValue(output), io);
            if (targets is null) return Program.ExitUsage;
            if (targets.Count > 0 && !CheckFolders(targets.Values, io)) return Program.ExitFailure;

            CameoTable? table = null;
            if (parse.GetValue(cameo) is { } tablePath)
            {
                try
                {
                    table = CameoTable.Load(tablePath);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    io.Error.WriteLine($"dateline export: cannot read the CAMEO table '{tablePath}': {e.Message}");
                    return Program.ExitFailure;
                }
                if (table.Count == 0)
                {
                    io.Error.WriteLine($"dateline export: '{tablePath}' holds no CAMEO codes (expected lines like '040: CONSULT, , # Consult')");
                    return Program.ExitFailure;
                }
                if (table.Problems.Count > 0)
                    io.Error.WriteLine($"dateline export: CAMEO table '{tablePath}': {table.Problems.Count} line(s) skipped or repeated, first: {table.Problems[0]}");
            }

            using var store = storeOptions.Open(parse, io, Name, mustExist: true);
            if (store is null) return Program.ExitFailure;
            var set = ExportReader.Read(store, [.. statuses], out int left) with { Cameo = table, Knowledge = KnowledgeBase.BuiltIn };
            if (left > 0)
                io.Error.WriteLine($"dateline export: {left} event(s) left out by status (exported: {string.Join(",", statuses)}; --status all keeps every one)");
            int notes = set.Events.Count(e => CameoCode.Of(e.Cameo, e.Type, e.Mode, table).Note is not null);
            if (table is not null && notes > 0)
                io.Error.WriteLine($"dateline export: {notes} event(s) with a CAMEO note (code completed from the table, or converting to another PLOVER type); see cameoNote in plover-jsonl");
            return Write(chosen, set, targets, io);
        });
        return command;
    }

    /// <summary>The statuses to export (null on a bad value), the format's default when none is given.</summary>
    private static IReadOnlyList<string>? Statuses(string? value, IExportFormat format, ConsoleIo io)
    {
        if (value is null) return format.DefaultStatuses ?? [];
        if (string.Equals(value.Trim(), "all", StringComparison.OrdinalIgnoreCase)) return [];
        var known = new[]
        {
            EventStatus.Happened, EventStatus.Claimed, EventStatus.Planned, EventStatus.Denied, EventStatus.Negated, EventStatus.Hypothetical,
        };
        var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToList();
        var unknown = list.FirstOrDefault(s => !known.Contains(s, StringComparer.Ordinal));
        if (list.Count == 0 || unknown is not null)
        {
            io.Error.WriteLine($"dateline export: unknown status '{unknown ?? value}' in --status (known: {string.Join(", ", known)}, or all)");
            return null;
        }
        return list;
    }

    /// <summary>The file of each part; empty for stdout; null (after saying why) when the format needs --out.</summary>
    private static Dictionary<ExportPart, string>? Targets(IExportFormat format, string? output, ConsoleIo io)
    {
        var targets = new Dictionary<ExportPart, string>();
        if (string.IsNullOrEmpty(output) || output == "-")
        {
            if (format.Parts.Count == 1) return targets;
            io.Error.WriteLine($"dateline export: --format {format.Name} writes {format.Parts.Count} files: give --out PREFIX ("
                + string.Join(", ", format.Parts.Select(p => "PREFIX" + p.Suffix)) + ")");
            return null;
        }
        var prefix = format.Parts.Count > 1 && Directory.Exists(output) ? Path.Combine(output, "dateline") : output;
        if (format.Parts.Count == 1 && Directory.Exists(output))
        {
            io.Error.WriteLine($"dateline export: --out '{output}' is a folder; give a file path");
            return null;
        }
        foreach (var part in format.Parts)
            targets[part] = Path.GetFullPath(prefix + part.Suffix);
        return targets;
    }

    private static bool CheckFolders(IEnumerable<string> files, ConsoleIo io)
    {
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(file);
            if (folder is not null && !Directory.Exists(folder))
            {
                io.Error.WriteLine($"dateline export: cannot write '{file}': the folder '{folder}' does not exist");
                return false;
            }
            if (Directory.Exists(file))
            {
                io.Error.WriteLine($"dateline export: cannot write '{file}': a folder of that name is in the way");
                return false;
            }
        }
        return true;
    }

    private static int Write(IExportFormat format, ExportSet set, Dictionary<ExportPart, string> targets, ConsoleIo io)
    {
        if (targets.Count == 0)
        {
            format.Write(set, format.Parts[0], io.Out);
            io.Out.Flush();
            return Program.ExitOk;
        }
        var temporaries = new List<(string Temp, string Final)>();
        try
        {
            foreach (var part in format.Parts)
            {
                var final = targets[part];
                var temp = Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
                temporaries.Add((temp, final));
                using var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                format.Write(set, part, writer);
            }
            foreach (var (temp, final) in temporaries)
                File.Move(temp, final, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temp, _) in temporaries)
                TryDelete(temp);
            io.Error.WriteLine($"dateline export: cannot write '{temporaries.LastOrDefault().Final ?? targets.Values.First()}': {e.Message}");
            return Program.ExitFailure;
        }
        io.Error.WriteLine($"dateline export: {set.Events.Count} event(s), {set.Events.Sum(e => e.Mentions.Count)} mention(s) -> "
            + string.Join(", ", temporaries.Select(t => t.Final)));
        return Program.ExitOk;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
