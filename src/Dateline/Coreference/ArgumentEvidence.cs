namespace Dateline.Coreference;

/// <summary>
/// Evidence from the trigger's own arguments (<see cref="EventProfile.Arguments"/>, counted in
/// <see cref="EventClusterSummary.Arguments"/>): two words for one happening ("struck"/"hit", "killed"/"shooting") often
/// take the same arguments ("quake", "gunman"), and one may name the other ("the quake struck" / "the earthquake").
/// Words are related as triggers are (<see cref="TriggerForms"/>): the same lemma, the same light stem, a compound tail.
/// </summary>
public static class ArgumentEvidence
{
    public static ArgumentOverlap Compare(EventProfile m, EventClusterSummary c)
    {
        if (m.Arguments.IsDefaultOrEmpty && c.Arguments.Count == 0) return ArgumentOverlap.None;
        var keys = c.Arguments.Keys.Order(StringComparer.Ordinal).ToList();
        var words = new List<string>();
        if (!m.Arguments.IsDefaultOrEmpty)
            foreach (var a in m.Arguments.Distinct(StringComparer.Ordinal))
                if (keys.Any(k => TriggerForms.Similarity(a, k) > 0)) words.Add(a);
        int of = m.Arguments.IsDefaultOrEmpty ? 0 : Math.Min(m.Arguments.Distinct(StringComparer.Ordinal).Count(), keys.Count);
        // A crossing: the mention's trigger among the event's arguments, or an event trigger among the mention's arguments.
        string? crossing = keys.FirstOrDefault(k => TriggerForms.Similarity(m.TriggerLemma, k) > 0) is { } hit
            ? $"'{m.TriggerLemma}' is an argument of the event ({hit})"
            : m.Arguments.IsDefaultOrEmpty ? null
            : c.Lemmas.Keys.Order(StringComparer.Ordinal).SelectMany(l => m.Arguments.Where(a => TriggerForms.Similarity(a, l) > 0).Select(a => (l, a)))
                .Select(p => $"event trigger '{p.l}' is an argument here ({p.a})").FirstOrDefault();
        return new ArgumentOverlap(words.Count, of, words, crossing);
    }
}
