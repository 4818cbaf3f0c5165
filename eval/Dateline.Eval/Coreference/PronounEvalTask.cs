using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Eval.Language;
using Dateline.Events;
using Dateline.Extraction;
using Dateline.Ingest;
using Dateline.Language;
using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Eval.Coreference;

/// <summary>
/// `dateline eval pronouns --data DIR`: pronoun resolution accuracy on GUM (../shared/datasets/gum-open/train or dev; one
/// CoNLL-U file per document with gold coreference in MISC). Each document's text is rebuilt from its tokens
/// (<see cref="GoldDocument"/>) and run through the product's language, time and entity stages; for every third-person
/// pronoun (he/she family, they family, it family) whose gold entity has an earlier mention that our entity stage found
/// (one of our body mentions lies in a gold mention of that entity), the product's <see cref="PronounResolver"/> picks an
/// antecedent. Accuracy = resolved to a mention of the right gold entity / all such pronouns; wrong and unresolved are
/// printed beside it (the "pronoun resolution accuracy" of the anaphora literature, over pronouns with a findable
/// antecedent).
/// </summary>
public sealed class PronounEvalTask : IEvalTask
{
    private static readonly Option<bool> List = new("--list") { Description = "Print every wrong or unresolved pronoun on stderr, with what was picked and the gold entity's mentions." };

    /// <summary>The forms scored, by family.</summary>
    private static string? Family(string form) => form.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "she" or "her" => "he_she",
        "they" or "them" or "their" => "they",
        "it" or "its" => "it",
        _ => null,
    };

    private static readonly string[] Families = ["he_she", "they", "it"];

    public string Name => "pronouns";

    public string Description => "Pronoun resolution accuracy (he/she, they, it) on GUM's gold coreference: does the product's resolver pick a mention of the pronoun's entity?";

    public IReadOnlyList<Option> ExtraOptions => [List];

    public int Run(EvalRequest request)
    {
        var files = Directory.Exists(request.DataPath)
            ? Directory.GetFiles(request.DataPath, "*.conllu").Order(StringComparer.Ordinal).ToList()
            : File.Exists(request.DataPath) ? [request.DataPath] : [];
        if (files.Count == 0)
        {
            request.Error.WriteLine($"dateline eval pronouns: no .conllu files at '{request.DataPath}' (e.g. ../shared/datasets/gum-open/dev).");
            return 2;
        }
        var models = ShippedModels.Load();
        if (models.Language is null || models.Ner is null)
        {
            request.Error.WriteLine("dateline eval pronouns: the language and NER models are needed (data/models).");
            return 2;
        }
        // The product's stages up to names: extraction is skipped (the text is already the body), events are not needed.
        var stages = StandardPipeline.Create(models).Stages.Where(s => s is not ExtractionStage and not EventStage).ToList();
        bool list = request.Parse.GetValue(List);
        var counts = Families.ToDictionary(f => f, _ => new int[4]); // scored, right, wrong, unresolved
        int skipped = 0, failed = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var file in files)
        {
            var gold = GoldDocument.Build([.. ConlluReader.ReadPath(file)]);
            var mentions = GumCoreference.Read(gold);
            Document doc;
            try { doc = Analyse(gold.Text, Path.GetFileNameWithoutExtension(file), stages); }
            catch (ArgumentOutOfRangeException e)
            {
                // A stage's bug on this text (e.g. a time expression shifted past year 9999): the document is left out and named.
                request.Error.WriteLine($"dateline eval pronouns: {Path.GetFileName(file)} left out: {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains(" in ", StringComparison.Ordinal))?.Trim()}");
                failed++;
                continue;
            }
            var resolver = new PronounResolver(doc);
            var tokenAt = new Dictionary<int, int>();
            for (int i = 0; i < doc.Tokens.Length; i++) tokenAt[doc.Tokens[i].Start] = i;
            // Each of our body mentions stands for the gold entity of the smallest gold mention holding it.
            var entityOf = new int[doc.EntityMentions.Length];
            for (int m = 0; m < entityOf.Length; m++) entityOf[m] = EntityAt(mentions, doc.EntityMentions[m].Span);
            for (int w = 0; w < gold.Words.Count; w++)
            {
                var (span, word, _) = gold.Words[w];
                if (word.Upos != "PRON" || Family(word.Form) is not { } family) continue;
                var own = mentions.Where(x => x.FirstWord == w && x.LastWord == w).Select(x => x.Entity).DefaultIfEmpty(-1).First();
                if (own < 0) continue;
                bool findable = Enumerable.Range(0, entityOf.Length).Any(m => entityOf[m] == own && doc.EntityMentions[m].Part == "body" && doc.EntityMentions[m].Span.End <= span.Start);
                if (!findable) { skipped++; continue; }
                var c = counts[family];
                c[0]++;
                PronounAntecedent? found = tokenAt.TryGetValue(span.Start, out var token) && doc.Tokens[token].End == span.End ? resolver.Resolve(token) : null;
                int picked = found is null ? -1
                    : found.Kind == PronounAntecedentKind.Mention ? entityOf[found.Mention]
                    : EntityAt(mentions, doc.Tokens[found.Token].Span);
                if (found is null) c[3]++;
                else if (picked == own) c[1]++;
                else c[2]++;
                if (list && picked != own)
                {
                    var what = found is null ? "nothing"
                        : found.Kind == PronounAntecedentKind.Mention ? $"'{doc.EntityMentions[found.Mention].Text}' (entity {picked})"
                        : $"'{doc.Tokens[found.Token].Form}' (entity {picked})";
                    var goldNames = string.Join(" | ", mentions.Where(x => x.Entity == own && x.Span.End <= span.Start).TakeLast(3).Select(x => x.Span.Of(gold.Text)));
                    int from = Math.Max(0, span.Start - 120);
                    request.Error.WriteLine($"{Path.GetFileNameWithoutExtension(file)}\t{word.Form}\t-> {what} [{found?.Reason}]\tgold {own}: {goldNames}\t...{gold.Text[from..span.End].ReplaceLineEndings(" ")}");
                }
            }
        }
        var scores = new Dictionary<string, double>();
        var all = new int[4];
        foreach (var f in Families)
        {
            for (int i = 0; i < 4; i++) all[i] += counts[f][i];
            scores[$"{f}.accuracy"] = Accuracy(counts[f]);
        }
        scores["all.accuracy"] = Accuracy(all);
        if (request.Json)
        {
            var json = new Dictionary<string, object>
            {
                ["task"] = Name, ["data"] = request.DataPath, ["documents"] = files.Count, ["failed"] = failed, ["skipped"] = skipped, ["scores"] = scores,
                ["counts"] = Families.Append("all").ToDictionary(f => f, f =>
                {
                    var c = f == "all" ? all : counts[f];
                    return new Dictionary<string, int> { ["scored"] = c[0], ["right"] = c[1], ["wrong"] = c[2], ["unresolved"] = c[3] };
                }),
            };
            request.Out.WriteLine(JsonSerializer.Serialize(json));
        }
        else
        {
            request.Out.WriteLine($"pronouns on {request.DataPath}: {files.Count} documents ({failed} failed), {clock.Elapsed.TotalSeconds:F1} s; {skipped} pronouns left out (no earlier mention of their entity found by our names)");
            request.Out.WriteLine("  family    scored  right  wrong  unresolved  accuracy");
            foreach (var f in Families.Append("all"))
            {
                var c = f == "all" ? all : counts[f];
                request.Out.WriteLine($"  {f,-8} {c[0],7} {c[1],6} {c[2],6} {c[3],11}  {Accuracy(c).ToString("F2", CultureInfo.InvariantCulture),8}");
            }
        }
        return EvalFloors.Check(Name, scores, request.Error, request.DataPath);
    }

    private static double Accuracy(int[] c) => c[0] == 0 ? 0 : Math.Round(100.0 * c[1] / c[0], 2);

    /// <summary>The entity of the smallest gold mention holding <paramref name="span"/>, else of the one overlapping it most; -1 when none.</summary>
    private static int EntityAt(List<GumMention> mentions, TextSpan span)
    {
        GumMention? best = null;
        foreach (var m in mentions)
            if (m.Span.Start <= span.Start && span.End <= m.Span.End && (best is null || m.Span.Length < best.Span.Length)) best = m;
        if (best is not null) return best.Entity;
        int most = 0, entity = -1;
        foreach (var m in mentions)
        {
            int overlap = Math.Min(m.Span.End, span.End) - Math.Max(m.Span.Start, span.Start);
            if (overlap > most) (most, entity) = (overlap, m.Entity);
        }
        return entity;
    }

    /// <summary>The document as the product reads a plain-text body: paragraphs split at blank lines, then the stages.</summary>
    private static Document Analyse(string text, string name, IReadOnlyList<IDocumentStage> stages)
    {
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        int start = 0;
        while (start < text.Length)
        {
            int gap = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            int end = gap < 0 ? text.Length : gap;
            if (end > start) paragraphs.Add(new TextSpan(start, end));
            start = gap < 0 ? text.Length : gap + 2;
        }
        var doc = new Document
        {
            Source = new SourceInfo(name, SourceFormat.PlainText, "utf-8", ContentHash.Of(text), text.Length),
            SourceText = text,
            Text = text,
            Paragraphs = paragraphs.ToImmutable(),
        };
        foreach (var stage in stages) doc = stage.Process(doc);
        return doc;
    }
}
