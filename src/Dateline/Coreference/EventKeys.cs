using System.Globalization;

namespace Dateline.Coreference;

/// <summary>
/// Blocking keys: the store indexes every event under the keys of its mentions (<see cref="ForMention"/>) and
/// fetches, for a new mention, the events indexed under its look-up keys (<see cref="ForLookup"/>), so the
/// candidates are a handful whatever the store's size. Keys are scoped by story (story + trigger stem, story +
/// type) or by participant and month (stem + participant + month, type + participant + month), so a posting
/// grows with a story or a month, never with the archive.
/// </summary>
public static class EventKeys
{
    /// <summary>The keys to index a mention (and so its event) under.</summary>
    public static IReadOnlyList<string> ForMention(EventProfile m) => Keys(m, lookup: false);

    /// <summary>The keys whose events are this mention's candidates (also the neighbouring months).</summary>
    public static IReadOnlyList<string> ForLookup(EventProfile m) => Keys(m, lookup: true);

    private static List<string> Keys(EventProfile m, bool lookup)
    {
        var keys = new List<string>();
        var stem = TriggerForms.Stem(m.TriggerLemma);
        if (m.StoryId is { } story)
        {
            keys.Add($"s:{story}|t:{stem}");
            if (m.EventClass is { } c) keys.Add($"s:{story}|c:{c}");
            // A story's events under one key too, so a related form ("quake" for "earthquake") still meets them.
            keys.Add($"s:{story}");
        }
        var months = Months(m.Time, lookup);
        foreach (var p in m.Participants)
        {
            foreach (var month in months)
            {
                keys.Add(StemKey(stem, p.Key, month));
                if (m.EventClass is { } c) keys.Add(ClassKey(c, p.Key, month));
            }
        }
        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The participant keys an event's mentions would have been indexed under had they named <paramref name="participant"/>:
    /// each trigger stem and type of the summary with each month of its dates. For an event whose participant the user
    /// merged into another entity, so the event is found under the survivor's keys.
    /// </summary>
    public static IReadOnlyList<string> ForParticipant(EventClusterSummary summary, string participant)
    {
        var months = summary.Times.Keys.Order(StringComparer.Ordinal).SelectMany(t => Months(t, lookup: false)).Distinct(StringComparer.Ordinal).ToList();
        var stems = summary.Lemmas.Keys.Select(TriggerForms.Stem).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return [.. months.SelectMany(month => stems.Select(stem => StemKey(stem, participant, month))
            .Concat(summary.Classes.Keys.Order(StringComparer.Ordinal).Select(c => ClassKey(c, participant, month))))];
    }

    private static string StemKey(string stem, string participant, string month) => $"t:{stem}|p:{participant}|m:{month}";

    private static string ClassKey(string type, string participant, string month) => $"c:{type}|p:{participant}|m:{month}";

    /// <summary>The month bucket of a date ("2019-05"), and when looking up its neighbours; none for years or unknown dates.</summary>
    private static List<string> Months(string? time, bool lookup)
    {
        var interval = TimexCompatibility.Parse(time);
        if (interval is null || interval.Value.Days > 31) return [];
        var first = interval.Value.Start;
        var month = new DateOnly(first.Year, first.Month, 1);
        var list = new List<DateOnly> { month };
        if (lookup) { list.Add(month.AddMonths(-1)); list.Add(month.AddMonths(1)); }
        return [.. list.Select(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture))];
    }
}
