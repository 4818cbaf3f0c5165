using System.Collections.Immutable;
using System.Text;
using Dateline.Coreference;
using Dateline.Entities;
using Dateline.Extraction;
using Dateline.Ingest;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Stories;
using Dateline.Time;

namespace Dateline.Eval.Coreference;

/// <summary>
/// Runs Dateline's own pipeline (language, time, names, events; the extraction stage is skipped because the text
/// is already the body) over an ECB+ article rebuilt from its tokens (one paragraph per ECB+ sentence), and maps
/// each gold event mention onto our tokens by character offsets. Only the gold event mention spans come from
/// ECB+; the trigger lemma, participants, dates, places and PLOVER types are our own system's.
/// </summary>
public sealed class EcbPlusFeatures(IReadOnlyList<IDocumentStage> stages)
{
    /// <summary>Every event, sports and arts too: ECB+'s topics include sport and show business (a team's signing, an actress's
    /// rehab are coreferent across reports), while the product's rows leave them out (<see cref="Dateline.Events.SoftNews"/>).</summary>
    public static EcbPlusFeatures Create(ShippedModels models) =>
        new([.. StandardPipeline.Create(models, everyEvent: true).Stages.Where(s => s is not ExtractionStage)]);

    public EcbPlusArticle Read(EcbPlusDocument gold)
    {
        var text = new StringBuilder();
        var spans = new Dictionary<int, TextSpan>();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        int? sentence = null;
        int paragraphStart = 0;
        foreach (var t in gold.Tokens)
        {
            if (sentence != t.Sentence)
            {
                if (sentence is not null) { paragraphs.Add(new TextSpan(paragraphStart, text.Length)); text.Append("\n\n"); }
                sentence = t.Sentence;
                paragraphStart = text.Length;
            }
            else text.Append(' ');
            spans[t.Id] = new TextSpan(text.Length, text.Length + t.Text.Length);
            text.Append(t.Text);
        }
        paragraphs.Add(new TextSpan(paragraphStart, text.Length));
        var body = text.ToString();
        var doc = new Document
        {
            Source = new SourceInfo(gold.Name, SourceFormat.PlainText, "utf-8", ContentHash.Of(body), body.Length),
            SourceText = body,
            Text = body,
            Paragraphs = paragraphs.ToImmutable(),
        };
        foreach (var stage in stages) doc = stage.Process(doc);

        // The article's main actors and each mention's participants, keyed by name: ECB+ has no entity store.
        var actors = EventProfileBuilder.ArticleActors(doc, c => Key(c.Name, c.Type));
        var mentions = new List<EventProfile>();
        foreach (var m in gold.EventMentions)
        {
            var mSpans = m.TokenIds.Select(id => spans[id]).ToList();
            var tokens = Enumerable.Range(0, doc.Tokens.Length).Where(i => mSpans.Any(s => s.Overlaps(doc.Tokens[i].Span))).ToList();
            if (tokens.Count == 0) continue;
            // The syntactic head of a multi-word trigger: the token whose head lies outside the mention.
            int head = tokens.FirstOrDefault(i => !tokens.Contains(doc.Tokens[i].Head), tokens[^1]);
            var ht = doc.Tokens[head];
            var coded = doc.EventMentions.FirstOrDefault(e => e.TriggerStart < ht.End && ht.Start < e.TriggerEnd);
            mentions.Add(EventProfileBuilder.Build(doc, m.Id, gold.Name, null, head, string.Join(" ", tokens.Select(i => doc.Tokens[i].Form)), coded,
                (_, name, type) => Key(name, type), actors));
        }
        return new EcbPlusArticle(
            gold,
            StoryProfileBuilder.CountTerms(doc),
            [.. StoryProfileBuilder.Entities(doc)],
            [.. StoryProfileBuilder.Dates(doc)],
            [.. doc.EventMentions.SelectMany(e => e.Source.Concat(e.Target).Select(a => $"{e.Event}|{a.Name.ToLowerInvariant()}"))],
            mentions);
    }

    /// <summary>A person by surname ("reid" for "Tara Reid" and "Reid"), anything else by its lower-cased name.</summary>
    private static string Key(string name, EntityType type)
    {
        var n = name.Trim().ToLowerInvariant();
        if (type != EntityType.PER) return n;
        int space = n.LastIndexOf(' ');
        return space < 0 ? n : n[(space + 1)..];
    }
}
