using System.Collections.Frozen;
using Dateline.Knowledge;

namespace Dateline.Events;

/// <summary>
/// User-supplied actors (PETRARCH/Phoenix dictionaries read by <see cref="PhoenixActorReader"/>) looked up
/// by their words, with the code valid on the article's date ("Trump" is USAGOV in 2019, not in 2022).
/// </summary>
public sealed class ActorDictionary
{
    private readonly FrozenDictionary<string, KnownActor> _byWords;

    public ActorDictionary(IEnumerable<KnownActor> actors)
    {
        var map = new Dictionary<string, KnownActor>(StringComparer.Ordinal);
        foreach (var actor in actors)
            foreach (var name in actor.Aliases.Prepend(actor.Name))
                map.TryAdd(Normalise(name), actor);
        _byWords = map.ToFrozenDictionary(StringComparer.Ordinal);
        MaxWords = map.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public static ActorDictionary Empty { get; } = new([]);

    /// <summary>Sector codes for common nouns ("officials" -> GOV), from a PETRARCH agents dictionary.</summary>
    public AgentDictionary Agents { get; init; } = AgentDictionary.Empty;

    public int Count => _byWords.Count + Agents.Count;

    public int MaxWords { get; }

    /// <summary>
    /// The actor named exactly by these words (case-insensitive), and its code on <paramref name="date"/> (the undated code
    /// when no date is known). Of several offices held that day, the one the text points to: in the
    /// <paramref name="country"/> the text gives the person, with a word of the <paramref name="title"/> it gives
    /// ("President"), else in the country most of the person's offices are in: Emmanuel Macron in 2019 is President of the
    /// French Republic and, by that office, co-prince of Andorra; the first listed made him ANDGOV.
    /// </summary>
    public (KnownActor Actor, ActorRole Role)? Find(string words, DateOnly? date, string? country = null, string? title = null)
    {
        if (!_byWords.TryGetValue(Normalise(words), out var actor)) return null;
        // A dated code active on the date beats the undated one ("Hamfast Gamgee" is HOB always, HOBGOV from 1995).
        var home = HomeCountry(actor);
        var role = date is { } d
            ? actor.RolesOn(d).OrderBy(r => r.Start is null && r.End is null ? 1 : 0).ThenByDescending(r => Fit(r, country, title, home)).FirstOrDefault()
            : actor.Roles.FirstOrDefault(r => r.Start is null && r.End is null);
        role ??= actor.Roles.FirstOrDefault(r => r.Start is null && r.End is null);
        // An imported office holder (Wikidata) has an office and a country but no CAMEO code: a state office is government.
        if (role is { Code: null, Office: not null, Country: { Length: 3 } state })
            role = role with { Code = state + "GOV" };
        return role is null ? null : (actor, role);
    }

    /// <summary>How well an office fits what the text says of its holder: its country (4), a word of the title (2), the holder's home country (1).</summary>
    private static int Fit(ActorRole role, string? country, string? title, string? home)
    {
        int fit = 0;
        if (country is not null && string.Equals(role.Country, country, StringComparison.OrdinalIgnoreCase)) fit += 4;
        if (title is not null && role.Office is { } office
            && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 3 && office.Contains(w, StringComparison.OrdinalIgnoreCase)))
            fit += 2;
        if (role.Country is not null && home is not null && string.Equals(role.Country, home, StringComparison.OrdinalIgnoreCase)) fit += 1;
        return fit;
    }

    /// <summary>The country more of the actor's offices are in than any other; null on a tie or none.</summary>
    private static string? HomeCountry(KnownActor actor)
    {
        var counts = actor.Roles.Where(r => r.Country is not null).GroupBy(r => r.Country!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Country: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).Take(2).ToList();
        return counts.Count == 0 || counts.Count == 2 && counts[0].Count == counts[1].Count ? null : counts[0].Country;
    }

    /// <summary>The actor's name as events show it: PETRARCH dictionaries write names in capitals ("BORIS VALENKOV"), so
    /// then the text's own spelling.</summary>
    public static string DisplayName(KnownActor actor, string written) => actor.Name.Any(char.IsLower) ? actor.Name : written;

    public static string Normalise(string words) =>
        string.Join(' ', words.ToUpperInvariant().Split([' ', '_', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
