using System.Collections.Immutable;

namespace Dateline.Coreference;

/// <summary>
/// The bounded summary of one cross-document event (a cluster of mentions) that the linker compares a new
/// mention with: counts of trigger lemmas, types, participants, dates, places, stories and context words.
/// Immutable: <see cref="Add"/> returns the summary with one more mention. Each list is capped
/// (<see cref="MaxItems"/>, <see cref="MaxContext"/>) so a summary, and the cost of comparing with it, stays
/// bounded however many outlets report the event.
/// </summary>
public sealed record EventClusterSummary
{
    public const int MaxItems = 16;
    public const int MaxContext = 48;

    public required string Id { get; init; }

    public int MentionCount { get; init; }

    /// <summary>Trigger lemma → mentions using it.</summary>
    public ImmutableDictionary<string, int> Lemmas { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Trigger part of speech (UPOS) → mentions.</summary>
    public ImmutableDictionary<string, int> Pos { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Mentions whose trigger is in its article's first two sentences (<see cref="EventProfile.Lead"/>).</summary>
    public int LeadMentions { get; init; }

    /// <summary>PLOVER type → mentions coded with it.</summary>
    public ImmutableDictionary<string, int> Classes { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Participant key → mentions naming it.</summary>
    public ImmutableDictionary<string, int> Participants { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Participant key → a name seen for it, for explanations.</summary>
    public ImmutableDictionary<string, string> ParticipantNames { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>TIMEX3 value → mentions dated with it.</summary>
    public ImmutableDictionary<string, int> Times { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// TIMEX3 value → mentions whose day was worked out from a weekday or "yesterday" (<see cref="EventProfile.TimeRelative"/>):
    /// a later report stating another day near it may still be the same happening, whichever came first. Empty in a
    /// summary written before 2026-11-24 (the rule then looks at the new report's date only, as it did).
    /// </summary>
    public ImmutableDictionary<string, int> RelativeTimes { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Lower-cased place → mentions placing it there.</summary>
    public ImmutableDictionary<string, int> Places { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    public ImmutableDictionary<string, int> Countries { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Countries of the places its mentions state as the event's own (<see cref="EventProfile.PlaceStated"/>).</summary>
    public ImmutableDictionary<string, int> StatedCountries { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Story id → mentions from articles of that story.</summary>
    public ImmutableDictionary<string, int> Stories { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Documents with a mention here (capped): a syndicated copy adds a mention, not a source.</summary>
    public ImmutableDictionary<string, int> Documents { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Article actor key → mentions whose article names it among its main actors.</summary>
    public ImmutableDictionary<string, int> ArticleActors { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Role-tagged argument key (<see cref="EventProfile.Arguments"/>) → mentions with it (capped at <see cref="MaxContext"/>).</summary>
    public ImmutableDictionary<string, int> Arguments { get; init; } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Context lemma → summed weight over mentions (each mention's context sums to 1).</summary>
    public ImmutableDictionary<string, double> Context { get; init; } = ImmutableDictionary.Create<string, double>(StringComparer.Ordinal);

    /// <summary>A new event with one mention.</summary>
    public static EventClusterSummary Start(string id, EventProfile mention) => new EventClusterSummary { Id = id }.Add(mention);

    /// <summary>This event with one more mention.</summary>
    public EventClusterSummary Add(EventProfile m)
    {
        var context = Context;
        if (!m.Context.IsDefaultOrEmpty)
        {
            double share = 1.0 / m.Context.Length;
            var b = context.ToBuilder();
            foreach (var w in m.Context) b[w] = b.GetValueOrDefault(w) + share;
            context = b.Count > MaxContext
                ? b.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxContext).ToImmutableDictionary(StringComparer.Ordinal)
                : b.ToImmutable();
        }
        var names = ParticipantNames;
        foreach (var p in m.Participants)
            if (!names.ContainsKey(p.Key) && names.Count < MaxItems) names = names.Add(p.Key, p.Name);
        return this with
        {
            MentionCount = MentionCount + 1,
            Lemmas = Bump(Lemmas, m.TriggerLemma),
            Pos = Bump(Pos, m.TriggerPos),
            LeadMentions = LeadMentions + (m.Lead ? 1 : 0),
            Classes = Bump(Classes, m.EventClass),
            Participants = m.Participants.Aggregate(Participants, (d, p) => Bump(d, p.Key)),
            ParticipantNames = names,
            Times = Bump(Times, m.Time),
            RelativeTimes = m.TimeRelative ? Bump(RelativeTimes, m.Time) : RelativeTimes,
            Places = Bump(Places, m.Place?.ToLowerInvariant()),
            Countries = Bump(Countries, m.PlaceCountry),
            StatedCountries = m.PlaceStated ? Bump(StatedCountries, m.PlaceCountry) : StatedCountries,
            Stories = Bump(Stories, m.StoryId),
            Documents = Bump(Documents, m.DocumentId),
            ArticleActors = m.ArticleActors.Aggregate(ArticleActors, (d, k) => Bump(d, k, MaxContext)),
            Arguments = m.Arguments.IsDefault ? Arguments : m.Arguments.Aggregate(Arguments, (d, k) => Bump(d, k, MaxContext)),
            Context = context,
        };
    }

    /// <summary>
    /// This event with participant, article-actor and argument key <paramref name="from"/> renamed <paramref name="to"/>, after the
    /// user merged or split entities (`dateline entities merge|split|unmerge`): all of its counts with
    /// <paramref name="share"/> 1 (a merge), else that share of them, at least one (the articles moved by a split),
    /// the rest staying under <paramref name="from"/>. Counts already under <paramref name="to"/> add up.
    /// </summary>
    public EventClusterSummary Rekey(string from, string to, double share = 1)
    {
        if (string.Equals(from, to, StringComparison.Ordinal)) return this;
        var names = ParticipantNames;
        if (names.TryGetValue(from, out var name) && !names.ContainsKey(to)) names = names.SetItem(to, name);
        if (share >= 1) names = names.Remove(from);
        // Arguments carry entity keys under a role prefix ("a:ent:12"): each role moves like a participant.
        var arguments = Arguments;
        foreach (var role in arguments.Keys.Where(k => k.Length > 2 && k[1] == ':' && string.Equals(k[2..], from, StringComparison.Ordinal)).Select(k => k[..2]).ToList())
            arguments = Move(arguments, role + from, role + to, share);
        return this with
        {
            Participants = Move(Participants, from, to, share), ParticipantNames = names, ArticleActors = Move(ArticleActors, from, to, share),
            Arguments = arguments,
        };
    }

    /// <summary>True when <paramref name="key"/> counts here as a participant, an article actor or a role-tagged argument
    /// ("a:ent:12"): what <see cref="Rekey"/> renames.</summary>
    public bool Names(string key) =>
        Participants.ContainsKey(key) || ParticipantNames.ContainsKey(key) || ArticleActors.ContainsKey(key)
        || Arguments.Keys.Any(k => k.Length > 2 && k[1] == ':' && string.Equals(k[2..], key, StringComparison.Ordinal));

    private static ImmutableDictionary<string, int> Move(ImmutableDictionary<string, int> counts, string from, string to, double share)
    {
        if (!counts.TryGetValue(from, out int n)) return counts;
        int moved = share >= 1 ? n : Math.Clamp((int)Math.Round(n * share), 1, n);
        counts = moved == n ? counts.Remove(from) : counts.SetItem(from, n - moved);
        return counts.SetItem(to, counts.GetValueOrDefault(to) + moved);
    }

    /// <summary>Counts one more use of <paramref name="key"/>; a new key past the cap replaces the rarest one.</summary>
    private static ImmutableDictionary<string, int> Bump(ImmutableDictionary<string, int> counts, string? key) => Bump(counts, key, MaxItems);

    private static ImmutableDictionary<string, int> Bump(ImmutableDictionary<string, int> counts, string? key, int max)
    {
        if (string.IsNullOrEmpty(key)) return counts;
        if (counts.TryGetValue(key, out int n)) return counts.SetItem(key, n + 1);
        if (counts.Count >= max)
        {
            var rarest = counts.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
            counts = counts.Remove(rarest);
        }
        return counts.Add(key, 1);
    }
}
