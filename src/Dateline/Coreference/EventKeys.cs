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
                keys.Add($"t:{stem}|p:{p.Key}|m:{month}");
                if (m.EventClass is { } c) keys.Add($"c:{c}|p:{p.Key}|m:{month}");
            }
        }
        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

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
