using System.Globalization;

namespace Dateline.Places;

/// <summary>
/// Chooses the most likely place for a name among the gazetteer's candidates. The score is the log of the
/// population (the prior: Paris, France over Paris, Texas), plus named bonuses: the place's own name over an
/// alternate one, a capital, and the article's context (a country named with the place, the dateline's
/// country, countries the article mentions). Pure; the reason says which of these decided.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer, Func<string, string?>? countryLabel = null)
{
    private readonly Func<string, string?>? _countryLabel = countryLabel;

    /// <summary>A match by the place's own name counts as e^3 (about 20x) the population of a match by an alternate name: "Roma" stays Rome (330x the Queensland town), "Victoria" is still Hong Kong's old name (26x Victoria, BC).</summary>
    public const double MainNameBonus = 3.0;

    /// <summary>
    /// The English name news uses for the place (data/gazetteer/news-names.tsv), on top of counting as its own name: as much
    /// as a mentioned country, so "talks in Geneva" between Iran and the US stay in Switzerland.
    /// </summary>
    public const double NewsNameBonus = 2.5;

    /// <summary>News names capitals more than other places of their size; kept small so that a mentioned country still wins ("Tripoli" in an article about Lebanon).</summary>
    public const double CapitalBonus = 1.0;

    public const double RegionalSeatBonus = 0.5;

    /// <summary>"Tripoli, Libya": the country written with the name all but decides.</summary>
    public const double QualifierBonus = 10.0;

    /// <summary>A place in the dateline's country ("TRIPOLI, Lebanon —" and later "in Tripoli").</summary>
    public const double DatelineBonus = 2.5;

    /// <summary>A place in a country the article mentions: Tripoli (Lebanon, 230k) over Tripoli (Libya, 1.2M) in an article about Lebanon.</summary>
    public const double MentionedBonus = 2.5;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public PlaceResolution? Resolve(string name, PlaceContext? context = null)
    {
        context ??= PlaceContext.None;
        var candidates = Gazetteer.Find(name);
        if (candidates.Count == 0) return null;
        GazetteerMatch? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var c in candidates)
        {
            var s = Score(c, context);
            // Ties go to the larger place (candidates come largest first).
            if (s > bestScore) { best = c; bestScore = s; }
        }
        return new PlaceResolution(best!.Place, candidates.Count, Explain(name, best, candidates, context));
    }

    public static double Score(GazetteerMatch match, PlaceContext context)
    {
        var p = match.Place;
        double score = Math.Log(p.Population + 1.0);
        if (match.ByMainName) score += MainNameBonus;
        else if (match.ByNewsName) score += MainNameBonus + NewsNameBonus;
        if (p.IsCapital) score += CapitalBonus;
        else if (p.IsRegionalSeat) score += RegionalSeatBonus;
        if (context.QualifierCountry == p.CountryCode) score += QualifierBonus;
        if (context.DatelineCountry == p.CountryCode) score += DatelineBonus;
        if (context.MentionedCountries.ContainsKey(p.CountryCode)) score += MentionedBonus;
        return score;
    }

    private string Explain(string name, GazetteerMatch best, IReadOnlyList<GazetteerMatch> candidates, PlaceContext context)
    {
        var p = best.Place;
        var code = Label(p.CountryCode);
        var parts = new List<string> { $"GeoNames: {p.Name}, {code}, {(p.Population > 0 ? "pop " + Population(p.Population) : "population unknown")}{(p.IsCapital ? ", capital" : "")}" };
        if (best.ByNewsName) parts.Add($"'{name}' is its English name in the news");
        else if (!best.ByMainName) parts.Add($"'{name}' is an alternate name");
        if (candidates.Count == 1)
        {
            parts.Add("the only place of that name");
            return string.Join("; ", parts);
        }
        var count = candidates.Count.ToString(CultureInfo.InvariantCulture);
        var why = new List<string>();
        if (context.QualifierCountry == p.CountryCode) why.Add($"{code} named with it");
        if (context.DatelineCountry == p.CountryCode) why.Add($"dateline in {code}");
        if (context.MentionedCountries.TryGetValue(p.CountryCode, out var n)) why.Add($"{code} mentioned {n.ToString(CultureInfo.InvariantCulture)}x in the article");
        var largest = candidates[0];
        if (ReferenceEquals(largest, best) || largest.Place.Population == p.Population)
        {
            parts.Add($"largest of {count} candidates");
            parts.AddRange(why);
            return string.Join("; ", parts);
        }
        if (best.ByMainName && !largest.ByMainName) why.Add("its own name (the larger place only has it as an alternate name)");
        if (p.IsCapital && !largest.Place.IsCapital) why.Add("a capital");
        parts.Add($"{string.Join(", ", why.DefaultIfEmpty("score"))} over the larger {largest.Place.Name}, {Label(largest.Place.CountryCode)} ({count} candidates)");
        return string.Join("; ", parts);
    }

    private string Label(string iso2) => _countryLabel?.Invoke(iso2) ?? iso2;

    /// <summary>2318895 -> "2.3M", 48000 -> "48k", 900 -> "900".</summary>
    public static string Population(long population) => population switch
    {
        >= 1_000_000 => (population / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 => (population / 1_000.0).ToString("0", CultureInfo.InvariantCulture) + "k",
        _ => population.ToString(CultureInfo.InvariantCulture),
    };
}
