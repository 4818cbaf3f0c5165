namespace Dateline.Stories;

/// <summary>
/// The evidence on one (article, candidate story) pair as a feature vector for the learned story decision
/// (<see cref="StoryDecisionModel"/>): the components the hand score adds (term and entity cosines, date agreement,
/// shared event keys, the entity clash), each as its own feature, plus what a learner can weigh: the people, organisations
/// and places shared (counted apart), whether the article's most named person is in the story and the story's in the
/// article, the story's size, the heaviest article term the story shares, and the cosine with the story's first article.
/// Publication-day gaps are not a feature (ECB+ has none to learn from): <see cref="StoryLinker"/> applies its decay as a rule.
/// </summary>
public static class StoryPairFeatures
{
    /// <summary>Feature names, in vector order; the model file names its weights by them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "bias",
        "terms", "terms.first_article", "terms.best_shared", "terms.top_shared",
        "entities", "entities.clash", "entities.unknown", "entities.top_shared",
        "dates.agree", "dates.same_year", "dates.clash",
        "events.share",
        "people.top_in_story", "people.story_top_in_article", "people.none_shared", "people.shared",
        "organisations.shared", "places.shared",
        "size.log",
    ];

    public static int Count => Names.Count;

    public static double[] Compute(StoryProfile a, StorySummary s)
    {
        var x = new double[Count];
        int i = 0;
        x[i++] = 1;

        x[i++] = StoryLinker.Cosine(a.Terms, s.Terms);
        x[i++] = StoryLinker.Cosine(a.Terms, s.FirstTerms);
        var storyTerms = s.Terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        x[i++] = a.Terms.Where(t => storyTerms.Contains(t.Term)).Select(t => t.Weight).DefaultIfEmpty(0).Max();
        x[i++] = a.Terms.Length > 0 && s.Terms.Take(StoryKeys.TermKeys).Any(t => t.Term == a.Terms[0].Term) ? 1 : 0;

        double ents = StoryLinker.Cosine(a.Entities, s.Entities);
        bool bothEntities = a.Entities.Length > 0 && s.Entities.Length > 0;
        x[i++] = ents;
        x[i++] = bothEntities ? 1 - ents : 0;
        x[i++] = bothEntities ? 0 : 1;
        x[i++] = a.Entities.Length > 0 && s.Entities.Any(e => e.Term == a.Entities[0].Term) ? 1 : 0;

        double dates = StoryLinker.DateAgreement(a, s).Value;
        x[i++] = dates == 1 ? 1 : 0;
        x[i++] = dates == 0.5 ? 1 : 0;
        x[i++] = dates == -1 ? 1 : 0;

        x[i++] = a.EventKeys.Length == 0 ? 0 : (double)a.EventKeys.Count(s.EventKeys.ContainsKey) / a.EventKeys.Length;

        string? storyTop = s.People.Count == 0 ? null
            : s.People.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        int sharedPeople = a.People.Count(s.People.ContainsKey);
        x[i++] = a.People.Length > 0 && s.People.ContainsKey(a.People[0]) ? 1 : 0;
        x[i++] = storyTop is not null && a.People.Contains(storyTop, StringComparer.Ordinal) ? 1 : 0;
        x[i++] = a.People.Length > 0 && s.People.Count > 0 && sharedPeople == 0 ? 1 : 0;
        x[i++] = Math.Log(1 + sharedPeople);
        x[i++] = Math.Log(1 + a.Organisations.Count(s.Organisations.ContainsKey));
        var storyEntities = s.Entities.Select(e => e.Term).ToHashSet(StringComparer.Ordinal);
        x[i++] = Math.Log(1 + a.Entities.Count(e => storyEntities.Contains(e.Term) && !a.People.Contains(e.Term, StringComparer.Ordinal)
            && !a.Organisations.Contains(e.Term, StringComparer.Ordinal) && !s.People.ContainsKey(e.Term) && !s.Organisations.ContainsKey(e.Term)));

        x[i++] = Math.Log(Math.Max(1, s.ArticleCount));
        return x;
    }
}
