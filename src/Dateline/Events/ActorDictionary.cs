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

    /// <summary>The actor named exactly by these words (case-insensitive), and its code on <paramref name="date"/> (the undated code when no date is known).</summary>
    public (KnownActor Actor, ActorRole Role)? Find(string words, DateOnly? date)
    {
        if (!_byWords.TryGetValue(Normalise(words), out var actor)) return null;
        // A dated code active on the date beats the undated one ("Hamfast Gamgee" is HOB always, HOBGOV from 1995).
        var role = date is { } d ? actor.RolesOn(d).OrderBy(r => r.Start is null && r.End is null ? 1 : 0).FirstOrDefault() : actor.Roles.FirstOrDefault(r => r.Start is null && r.End is null);
        role ??= actor.Roles.FirstOrDefault(r => r.Start is null && r.End is null);
        // An imported office holder (Wikidata) has an office and a country but no CAMEO code: a state office is government.
        if (role is { Code: null, Office: not null, Country: { Length: 3 } country })
            role = role with { Code = country + "GOV" };
        return role is null ? null : (actor, role);
    }

    /// <summary>The actor's name as events show it: PETRARCH dictionaries write names in capitals ("BORIS VALENKOV"), so
    /// then the text's own spelling.</summary>
    public static string DisplayName(KnownActor actor, string written) => actor.Name.Any(char.IsLower) ? actor.Name : written;

    public static string Normalise(string words) =>
        string.Join(' ', words.ToUpperInvariant().Split([' ', '_', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
