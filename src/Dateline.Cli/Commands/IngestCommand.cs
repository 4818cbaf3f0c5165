using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Dateline.Ingest;
using Dateline.Pipeline;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline ingest PATH... [--db FILE | --store VALUE] [--json]`. Exit 0 when every input was ingested or recognised
/// as a duplicate, 3 when some were rejected (each listed with its reason), 130 when interrupted.
/// </summary>
internal static class IngestCommand
{
    public const int ExitInterrupted = 130;

    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders: .txt (with optional .meta.json sidecar), .html, news-please .json/.jsonl.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var command = new Command("ingest", "Read articles into the store: clean text, metadata, duplicates linked.") { paths, json };
        var storeOptions = StoreOptions.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(paths)!, storeOptions, parse, parse.GetValue(json), io));
        return command;
    }

    private static int Run(string[] paths, StoreOptions storeOptions, ParseResult parse, bool json, ConsoleIo io)
    {
        using var store = storeOptions.Open(parse, io, "ingest", mustExist: false);
        if (store is null) return Program.ExitFailure;

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
        try
        {
            // The models ship in data/models; a missing one leaves its layer out, said once here.
            var models = ShippedModels.Load();
            foreach (var problem in models.Problems) io.Error.WriteLine($"dateline ingest: warning: {problem}");
            // Actors imported into this store (`dateline knowledge import`) are coded with their role on each article's date.
            var runner = new IngestRunner(store, StandardPipeline.ForStore(store, models, out var imported));
            if (imported > 0 && !json) io.Error.WriteLine($"dateline ingest: coding {imported} actors imported into {storeOptions.Describe(parse)}");
            var summary = io.IsTerminal && !json
                ? RunWithProgressBar(runner, paths, cancel.Token)
                : runner.Run(paths, PlainProgress(io), cancel.Token);
            if (json) Json.Write(io.Out, ToJson(summary, store.Count()));
            else PrintSummary(summary, io);
            WarnOfFoldersWithoutArticles(paths, summary, io);
            if (summary.Interrupted) return ExitInterrupted;
            return summary.Rejected > 0 ? Program.ExitSomeRejected : Program.ExitOk;
        }
        catch (DbException e)
        {
            // The store refused a write (a read-only file, a full disk, a lost server): a store failure, not a bad
            // input. Each document is stored in its own transaction, so what was stored before stays whole.
            io.Error.WriteLine($"dateline ingest: cannot write to {storeOptions.Describe(parse)}: {e.Message}");
            io.Error.WriteLine("dateline ingest: the articles stored before this stay stored; run the same command again to resume");
            return Program.ExitFailure;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    private static IngestSummary RunWithProgressBar(IngestRunner runner, string[] paths, CancellationToken cancellation)
    {
        int files = InputEnumerator.Expand(paths).Count();
        IngestSummary? summary = null;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("ingesting", maxValue: Math.Max(1, files));
            string? last = null;
            summary = runner.Run(paths, o =>
            {
                if (!string.Equals(o.Path, last, StringComparison.Ordinal)) { task.Increment(1); last = o.Path; }
                task.Description = Markup.Escape(Path.GetFileName(o.Path));
            }, cancellation);
            task.Value = task.MaxValue;
        });
        return summary!;
    }

    /// <summary>
    /// A folder that held no article file (notes, images, .xml) gives "0 ingested" and nothing else: say why, on
    /// stderr, so a wrong folder or an unsupported format is not taken for an empty feed. The exit code stays 0.
    /// </summary>
    private static void WarnOfFoldersWithoutArticles(string[] paths, IngestSummary summary, ConsoleIo io)
    {
        if (summary.Interrupted) return;
        foreach (var path in paths.Where(Directory.Exists))
        {
            if (InputEnumerator.Expand([path]).Any()) continue;
            int others = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Count();
            io.Error.WriteLine($"dateline ingest: warning: no article file in '{path}' ({others} other file(s) skipped); articles are .txt (with .meta.json sidecars), .html/.htm, news-please .json/.jsonl");
        }
    }

    /// <summary>Not a terminal: a progress line on stderr every 100 inputs.</summary>
    private static Action<IngestOutcome> PlainProgress(ConsoleIo io)
    {
        int n = 0;
        return _ =>
        {
            if (++n % 100 == 0) io.Error.WriteLine($"dateline ingest: {n} inputs done");
        };
    }

    private static void PrintSummary(IngestSummary s, ConsoleIo io)
    {
        var o = io.Out;
        foreach (var item in s.Outcomes.Where(x => x.Status == IngestStatus.NearDuplicate))
            o.WriteLine($"near-duplicate: #{item.ArticleId} {Where(item)} is a copy of #{item.DuplicateOf} (similarity {item.Similarity:0.00})");
        foreach (var item in s.Outcomes.Where(x => x.Status == IngestStatus.Duplicate))
            o.WriteLine($"duplicate: {Where(item)} is already stored as #{item.DuplicateOf}");
        foreach (var item in s.Outcomes.Where(x => x.Status == IngestStatus.ClaimedElsewhere))
            o.WriteLine($"skipped: {Where(item)}: {item.Reason}");
        foreach (var item in s.Outcomes.Where(x => x.Warnings is { Count: > 0 }))
            foreach (var w in item.Warnings!)
                o.WriteLine($"warning: #{item.ArticleId} {Where(item)}: {w}");
        foreach (var item in s.Outcomes.Where(x => x.Status == IngestStatus.Rejected))
            io.Error.WriteLine($"rejected: {Where(item)}: {item.Reason} [{item.Code}]");
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{s.Ingested + s.NearDuplicates} ingested ({s.NearDuplicates} near-duplicates linked), {s.Duplicates} duplicates skipped, {s.ClaimedElsewhere} left to other workers, {s.Rejected} rejected in {s.Elapsed.TotalSeconds:0.0} s");
        o.WriteLine(s.Interrupted ? line + " (interrupted: run the same command again to resume)" : line);
    }

    /// <summary>The JSON status names: ingested, near-duplicate, duplicate, claimed-elsewhere, rejected.</summary>
    private static string StatusName(IngestStatus status) => status switch
    {
        IngestStatus.NearDuplicate => "near-duplicate",
        IngestStatus.ClaimedElsewhere => "claimed-elsewhere",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Where(IngestOutcome o) => o.Record is int r ? $"{o.Path} (record {r + 1})" : o.Path;

    private static object ToJson(IngestSummary s, int storeCount) => new
    {
        ingested = s.Ingested + s.NearDuplicates,
        nearDuplicates = s.NearDuplicates,
        duplicates = s.Duplicates,
        claimedElsewhere = s.ClaimedElsewhere,
        rejected = s.Rejected,
        interrupted = s.Interrupted,
        elapsedSeconds = Math.Round(s.Elapsed.TotalSeconds, 3),
        articlesInStore = storeCount,
        items = s.Outcomes.Select(x => new
        {
            path = x.Path,
            record = x.Record,
            status = StatusName(x.Status),
            id = x.ArticleId,
            duplicateOf = x.DuplicateOf,
            similarity = x.Similarity is double d ? Math.Round(d, 3) : (double?)null,
            title = x.Title,
            code = x.Code,
            reason = x.Reason,
            warnings = x.Warnings is { Count: > 0 } ? x.Warnings : null,
        }),
    };
}
