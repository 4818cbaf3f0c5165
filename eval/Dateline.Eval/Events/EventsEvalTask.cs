using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Events;
using Dateline.Ingest;
using Dateline.Knowledge;
using Dateline.Language;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Eval.Events;

/// <summary>
/// `dateline eval events --data unit_test_records.tsv --dictionaries DIR`: PETRARCH2's unit-test records coded by our
/// whole pipeline (our tokenizer, tagger, parser, entities, times; not the records' own Penn parses) with the
/// PETR.Validate actors and verbs imported from DIR (read from the path, never committed). Prints the share of
/// expected (source, target, event code) codings reproduced, overall and by CAMEO root, and the extra codings.
/// Records marked error= are skipped (they test PETRARCH's input handling); noevents records count extras only. Each
/// record is scored as PETRARCH codes it, under the require_dyad setting its XML &lt;Config&gt; gives (default true: rows
/// lacking a source or a target code are not output); the extra share over all rows is printed beside it.
/// </summary>
public sealed class EventsEvalTask : IEvalTask
{
    private static readonly Option<string?> Dictionaries = new("--dictionaries") { Description = "The PETRARCH2 dictionaries folder (PETR.Validate.actors.txt, .agents.txt, .verbs.txt)." };
    private static readonly Option<bool> Errors = new("--errors") { Description = "List every record's expected and coded triples on stderr." };
    private static readonly Option<string?> Record = new("--record") { Description = "Explain the records whose id starts with this: tokens with their parse, and each coded event with its actors' reasons (stderr)." };

    public string Name => "events";

    public string Description => "PETRARCH2 unit-test records: share of expected (source, target, CAMEO code) codings reproduced, by root, and extra codings.";

    public IReadOnlyList<Option> ExtraOptions => [Dictionaries, Errors, Record];

    public int Run(EvalRequest request)
    {
        // --data may name the validation folder or the records file in it.
        var dataPath = Directory.Exists(request.DataPath) ? Path.Combine(request.DataPath, "unit_test_records.tsv") : request.DataPath;
        var dir = request.Parse.GetValue(Dictionaries) ?? Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(dataPath)))!, "dictionaries");
        var actorsPath = Path.Combine(dir, "PETR.Validate.actors.txt");
        var verbsPath = Path.Combine(dir, "PETR.Validate.verbs.txt");
        if (!File.Exists(dataPath) || !File.Exists(actorsPath) || !File.Exists(verbsPath))
        {
            request.Error.WriteLine($"dateline eval events: need --data unit_test_records.tsv and --dictionaries with PETR.Validate.actors.txt and PETR.Validate.verbs.txt (looked in '{dir}').");
            return 2;
        }
        var modelsDir = LanguageModels.FindDirectory();
        if (modelsDir is null)
        {
            request.Error.WriteLine("dateline eval events: no language models found (data/models).");
            return 2;
        }
        List<KnownActor> actors;
        using (var r = File.OpenText(actorsPath)) actors = PhoenixActorReader.Read(r, actorsPath).Actors;
        IReadOnlyList<Trigger> verbs;
        using (var r = File.OpenText(verbsPath)) verbs = CameoVerbImporter.Read(r);
        var agentsPath = Path.Combine(dir, "PETR.Validate.agents.txt");
        AgentDictionary agents;
        using (var r = File.OpenText(agentsPath)) agents = AgentDictionary.Read(r);
        var coder = new EventCoder(new TriggerLexicon(verbs), KnowledgeBase.BuiltIn, new ActorDictionary(actors) { Agents = agents });
        var standard = StandardPipeline.Create(ShippedModels.Load());
        var pipeline = new DocumentPipeline([.. standard.Stages.Where(s => s is not EventStage), new EventStage(coder)]);

        int expected = 0, reproduced = 0, extra = 0, coded = 0, records = 0;
        var byRoot = new SortedDictionary<string, (int Expected, int Reproduced)>(StringComparer.Ordinal);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var dyadic = RequireDyad(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataPath))!, "PETR.UnitTest.records.xml"));
        int allCoded = 0, allExtra = 0, undyadic = 0;
        foreach (var line in File.ReadLines(dataPath).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 5 || f[4].Contains("error=", StringComparison.Ordinal)) continue;
            records++;
            var gold = f[4].Contains("noevents", StringComparison.Ordinal) ? [] : f[4].Split('|').Select(Triple).OfType<(string, string, string)>().ToList();
            var text = "Record " + f[0] + "\n\n" + f[3];
            var published = DateOnly.TryParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var doc = pipeline.Run(new Document
            {
                Source = new SourceInfo(f[0], SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
                SourceText = text,
                Metadata = published is null ? ArticleMetadata.Empty : new ArticleMetadata { Published = new MetadataValue(published, "record date") },
            });
            var system = doc.EventMentions
                .SelectMany(e => e.Source.SelectMany(s => (e.Target.IsDefaultOrEmpty ? [null] : e.Target.Select(t => (EventActor?)t)).Select(t => (Code(s), Code(t), e.Cameo))))
                .Distinct().ToList();
            // PETRARCH codes a record under its <Config>: with require_dyad (the default) an event lacking a source or a
            // target code is not output, so the records expect none; our rows without one are set apart, not scored.
            var all = system;
            if (dyadic.GetValueOrDefault(f[0], true))
                system = [.. system.Where(x => x.Item1 != "---" && x.Item2 != "---")];
            undyadic += all.Count - system.Count;
            allCoded += all.Count;
            allExtra += all.Count - gold.Count(g => all.Contains(g));
            coded += system.Count;
            var remaining = new List<(string, string, string)>(system);
            foreach (var g in gold)
            {
                expected++;
                var root = g.Item3[..2];
                var (e, rep) = byRoot.GetValueOrDefault(root);
                bool hit = remaining.Remove(g);
                if (hit) reproduced++;
                byRoot[root] = (e + 1, rep + (hit ? 1 : 0));
            }
            extra += remaining.Count;
            if (request.Parse.GetValue(Record) is { Length: > 0 } only && f[0].StartsWith(only, StringComparison.Ordinal))
                Explain(request.Error, f[0], doc, gold, system);
            // The rows require_dyad sets apart are listed too: they count in the all-rows extra share.
            var setApart = all.Where(x => !system.Contains(x) && !gold.Contains(x)).ToList();
            if (request.Parse.GetValue(Errors) && (remaining.Count > 0 || setApart.Count > 0 || gold.Count != system.Count - remaining.Count))
                request.Error.WriteLine($"{f[0]}: expected [{string.Join(" ", gold.Select(Show))}] coded [{string.Join(" ", system.Select(Show))}]"
                    + (setApart.Count > 0 ? $" set apart [{string.Join(" ", setApart.Select(Show))}]" : "") + $"  {f[3]}");
        }
        double share = expected == 0 ? 0 : (double)reproduced / expected;
        double extraShare = coded == 0 ? 0 : (double)extra / coded;
        double allExtraShare = allCoded == 0 ? 0 : (double)allExtra / allCoded;
        var metrics = new Dictionary<string, double> { ["events.petrarch_reproduced"] = share, ["events.petrarch_precision"] = 1 - extraShare };
        var floors = EvalFloors.Load();
        var failed = metrics.Where(m => floors.TryGetValue(m.Key, out var fl) && m.Value + 1e-9 < fl).Select(m => m.Key).ToList();
        if (request.Json)
        {
            request.Out.WriteLine(JsonSerializer.Serialize(new
            {
                task = Name, records, expected, reproduced, share, coded, extra, extraShare,
                allRows = new { coded = allCoded, extra = allExtra, extraShare = allExtraShare, withoutSourceOrTarget = undyadic },
                byRoot = byRoot.ToDictionary(k => k.Key, v => new { expected = v.Value.Expected, reproduced = v.Value.Reproduced }),
                seconds = started.Elapsed.TotalSeconds, belowFloor = failed,
            }));
        }
        else
        {
            var w = request.Out;
            w.WriteLine($"PETRARCH2 unit-test records: {records} records, {expected} expected codings, {coded} coded ({started.Elapsed.TotalSeconds:0.0} s)");
            w.WriteLine($"  reproduced {reproduced}/{expected} = {share:P1}   extra {extra}/{coded} = {extraShare:P1} of coded (as each record's require_dyad says)");
            w.WriteLine($"  all rows: extra {allExtra}/{allCoded} = {allExtraShare:P1}, of which {undyadic} rows without a source or target code that require_dyad records do not score");
            w.WriteLine("  by CAMEO root (expected, reproduced):");
            foreach (var (root, (e, r)) in byRoot)
                w.WriteLine($"    {root}  {r,3}/{e,-3} {(e == 0 ? 0 : (double)r / e):P0}");
            foreach (var m in failed) w.WriteLine($"  below floor: {m}");
        }
        return failed.Count > 0 ? 1 : 0;
    }

    /// <summary>
    /// Each record's require_dyad setting from the records' XML beside the TSV: a &lt;Config option="require_dyad"&gt;
    /// applies to the records after it; PETRARCH's default is true. Empty when the XML is absent (all true).
    /// </summary>
    private static Dictionary<string, bool> RequireDyad(string xmlPath)
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!File.Exists(xmlPath)) return map;
        bool current = true;
        foreach (var line in File.ReadLines(xmlPath))
        {
            var config = System.Text.RegularExpressions.Regex.Match(line, "<Config option=\"require_dyad\" value=\"([^\"]*)\"");
            if (config.Success) current = !string.Equals(config.Groups[1].Value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            var sentence = System.Text.RegularExpressions.Regex.Match(line, "<Sentence [^>]*id=\"([^\"]+)\"");
            if (sentence.Success) map[sentence.Groups[1].Value] = current;
        }
        return map;
    }

    private static void Explain(TextWriter w, string id, Document doc, List<(string, string, string)> gold, List<(string, string, string)> system)
    {
        w.WriteLine($"== {id}: expected [{string.Join(" ", gold.Select(Show))}] coded [{string.Join(" ", system.Select(Show))}]");
        foreach (var s in doc.Sentences)
            for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
            {
                var t = doc.Tokens[i];
                w.WriteLine($"  {i,3} {t.Form,-16} {t.Lemma,-14} {t.Upos,-6} {t.Head,3} {t.Deprel}");
            }
        foreach (var m in doc.EntityMentions) w.WriteLine($"  mention {m.Type} '{m.Text}' {m.Part}");
        foreach (var e in doc.EventMentions)
        {
            w.WriteLine($"  event {e.Id} {e.Cameo} {e.Event} trigger '{e.Trigger}' {e.Status}{(e.ReverseOf is null ? "" : " reverse of " + e.ReverseOf)}");
            foreach (var a in e.Source) w.WriteLine($"    source '{a.Text}' {a.Code}: {a.Reason}");
            foreach (var a in e.Target) w.WriteLine($"    target '{a.Text}' {a.Code}: {a.Reason}");
        }
    }

    /// <summary>PETRARCH's spelling: "---" for no actor, "---GOV" for a sector without a country.</summary>
    private static string Code(EventActor? actor) =>
        actor?.Code is not { } code ? "---" : actor.Country is null && actor.Sector is not null && code == actor.Sector ? "---" + code : code;

    private static (string, string, string)? Triple(string coding)
    {
        string? s = null, t = null, e = null;
        foreach (var part in coding.Trim().Split(';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2) continue;
            switch (kv[0].Trim())
            {
                case "sourcecode": s = kv[1].Trim(); break;
                case "targetcode": t = kv[1].Trim(); break;
                case "eventcode": e = kv[1].Trim(); break;
            }
        }
        return e is null || e.Length < 2 ? null : (s ?? "---", t ?? "---", e);
    }

    private static string Show((string S, string T, string E) x) => $"{x.S}/{x.T}/{x.E}";
}
