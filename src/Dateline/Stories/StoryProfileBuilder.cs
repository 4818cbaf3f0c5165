using System.Collections.Frozen;
using System.Collections.Immutable;
using Dateline.Coreference;
using Dateline.Entities;
using Dateline.Model;
using Dateline.Time;

namespace Dateline.Stories;

/// <summary>
/// Builds a <see cref="StoryProfile"/> from an article (<see cref="FromDocument"/>) or from its parts
/// (<see cref="Build"/>). Content words are lemmas of nouns, proper nouns, verbs and adjectives less a short
/// list of light verbs and reporting words; each weighs (1 + log tf) · idf, idf from the store's document
/// frequencies (<see cref="ITermStatistics"/>), or 1 when there are none yet.
/// </summary>
public static class StoryProfileBuilder
{
    public const int MaxTerms = 40;
    public const int MaxEntities = 16;
    public const int MaxDates = 12;

    private static readonly FrozenSet<string> ContentPos = FrozenSet.Create(StringComparer.Ordinal, "NOUN", "PROPN", "VERB", "ADJ");

    // Verbs and nouns every news story uses; they say nothing about which story ("said", "people", "year").
    private static readonly FrozenSet<string> Light = FrozenSet.Create(StringComparer.Ordinal,
        "be", "have", "do", "say", "tell", "make", "get", "go", "take", "come", "give", "know", "see", "think", "want",
        "use", "find", "look", "report", "according", "add", "include", "become", "leave", "put", "mean", "keep",
        "let", "begin", "seem", "show", "hear", "play", "run", "move", "like", "live", "believe", "bring", "happen",
        "write", "provide", "sit", "stand", "lose", "pay", "meet", "continue", "set", "learn", "change", "lead",
        "people", "year", "time", "day", "week", "month", "way", "thing", "man", "woman", "new", "other", "last",
        "first", "many", "more", "most", "such", "own", "same", "good", "old", "great", "big", "little", "few",
        "news", "story", "article", "statement", "official", "percent", "number", "part", "today", "yesterday", "also");

    /// <summary>The content lemmas of an article with their counts (what the store adds to its document frequencies).</summary>
    public static Dictionary<string, int> CountTerms(IEnumerable<(string Lemma, string Upos)> words)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (lemma, upos) in words)
        {
            if (!ContentPos.Contains(upos)) continue;
            var l = lemma.ToLowerInvariant();
            if (l.Length < 2 || Light.Contains(l) || !l.Any(char.IsLetter)) continue;
            tf[l] = tf.GetValueOrDefault(l) + 1;
        }
        return tf;
    }

    /// <summary>The content lemmas of a parsed document.</summary>
    public static Dictionary<string, int> CountTerms(Document document) =>
        CountTerms(document.Tokens.Select(t => (t.Lemma, t.Upos)));

    /// <summary>
    /// The entity keys of a document: each chain's name, lower case, weighted by its mentions; a person by the last word
    /// of the name, so an article that only says "Haftar" shares the key of one that says "Khalifa Haftar" (session 8:
    /// ECB+ stories B³ up in every article order, training topics and dev; src/Dateline/Stories/README.md).
    /// </summary>
    public static IEnumerable<(string Name, int Mentions)> Entities(Document document) =>
        document.EntityChains.Where(c => c.Type != EntityType.MISC)
            .Select(c => (c.Type == EntityType.PER ? Surname(c.Name) : c.Name, Math.Max(1, c.Mentions.Length)));

    private static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name : words[^1];
    }

    /// <summary>The calendar dates the text names, at day to year precision (relative ones resolved against the
    /// publication date; "XXXX-11-19" without a year is left out).</summary>
    public static IEnumerable<string> Dates(Document document) =>
        document.TimeExpressions
            .Where(t => t.Type == TimexType.Date && t.Precision is TimePrecision.Day or TimePrecision.Week or TimePrecision.Month or TimePrecision.Year)
            .Where(t => TimexCompatibility.Parse(t.Value) is not null)
            .Select(t => t.Value);

    /// <summary>A profile of a parsed document (tokens, entities, times and events layers; missing layers count as empty).</summary>
    public static StoryProfile FromDocument(string documentId, Document document, ITermStatistics? statistics = null) =>
        Build(documentId, document.Metadata.PublishedOn, CountTerms(document), Entities(document), Dates(document),
            document.EventMentions.SelectMany(e => e.Source.Concat(e.Target).Select(a => $"{e.Event}|{a.Name.ToLowerInvariant()}")),
            statistics);

    public static StoryProfile Build(
        string documentId,
        DateOnly? published,
        IReadOnlyDictionary<string, int> termCounts,
        IEnumerable<(string Name, int Mentions)> entities,
        IEnumerable<string> dates,
        IEnumerable<string> eventKeys,
        ITermStatistics? statistics = null)
    {
        var terms = termCounts.Select(kv => new WeightedTerm(kv.Key, (1 + Math.Log(kv.Value)) * Idf(kv.Key, statistics)));
        var ents = entities
            .Where(e => !string.IsNullOrWhiteSpace(e.Name))
            .GroupBy(e => e.Name.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => new WeightedTerm(g.Key, 1 + Math.Log(g.Sum(e => e.Mentions))));
        return new StoryProfile
        {
            DocumentId = documentId,
            Published = published,
            Terms = Normalise(terms, MaxTerms),
            Entities = Normalise(ents, MaxEntities),
            Dates = [.. dates.GroupBy(d => d, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxDates).Select(g => g.Key)],
            EventKeys = [.. eventKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxEntities)],
        };
    }

    /// <summary>Smoothed IDF: log((N + 1) / (df + 1)) + 1; 1 while the store is empty.</summary>
    public static double Idf(string term, ITermStatistics? statistics)
    {
        if (statistics is null || statistics.DocumentCount == 0) return 1;
        return Math.Log((statistics.DocumentCount + 1.0) / (statistics.DocumentFrequency(term) + 1.0)) + 1;
    }

    /// <summary>The <paramref name="max"/> heaviest terms, scaled to unit length, heaviest first.</summary>
    internal static ImmutableArray<WeightedTerm> Normalise(IEnumerable<WeightedTerm> terms, int max)
    {
        var top = terms.OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).Take(max).ToList();
        double norm = Math.Sqrt(top.Sum(t => t.Weight * t.Weight));
        return norm == 0 ? [] : [.. top.Select(t => t with { Weight = t.Weight / norm })];
    }
}
