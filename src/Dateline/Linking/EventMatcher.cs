namespace Dateline.Linking;

/// <summary>
/// Decides whether an event mention reports a happening already stored. Candidates share the type and a
/// participant; a candidate is the same happening when the participants agree (the same sides, or any order
/// for meetings), the dates overlap at their precisions (2019-05-16 lies in 2019-W20; a meeting a year later
/// does not), the places do not name different countries, and a denial is not merged with a report that it
/// happened. Two reports a few days apart of the same meeting in the same place are one event with a date
/// disagreement, kept with both versions.
/// </summary>
public static class EventMatcher
{
    /// <summary>Types whose two sides are interchangeable: "A met B" and "B held talks with A" are one meeting.</summary>
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "CONSULT", "COOPERATE" };

    /// <summary>A date taken from the publication date stands for "on or up to this many days before".</summary>
    public const int AssumedDateSlack = 7;

    /// <summary>Largest gap between two precise dates still read as a disagreement about one meeting.</summary>
    public const int DisagreementDays = 3;

    /// <summary>
    /// Candidate keys: type and participant ("CONSULT|12"), and, when the date is known to a month or better, type,
    /// participant and month ("CONSULT|12|2019-05"), so a late report of an old meeting still finds it however many
    /// newer meetings the same actor had (lookups read only the newest candidates per key).
    /// </summary>
    public static IReadOnlyList<string> Keys(ArticleEvent e)
    {
        var keys = new List<string>();
        var months = Months(e);
        foreach (var entity in e.Participants.Where(p => p.Entity is not null).Select(p => p.Entity!.Value).Distinct())
        {
            keys.Add($"{e.Type}|{entity}");
            keys.AddRange(months.Select(m => $"{e.Type}|{entity}|{m}"));
        }
        return keys;
    }

    private static IEnumerable<string> Months(ArticleEvent e)
    {
        if (Range(e.Date, e.DateAssumed) is not { Days: <= 62 } r) return [];
        var months = new List<string>();
        for (var m = new DateOnly(r.First.Year, r.First.Month, 1); m <= r.Last; m = m.AddMonths(1))
            months.Add(m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        return months;
    }

    public static EventMatch? Match(ArticleEvent e, IEnumerable<(long Id, EventProfile Profile)> candidates)
    {
        EventMatch? best = null;
        foreach (var (id, c) in candidates)
            if (Score(e, c, id) is { } m && (best is null || m.Score > best.Score))
                best = m;
        return best;
    }

    private static EventMatch? Score(ArticleEvent e, EventProfile c, long id)
    {
        if (!string.Equals(e.Type, c.Type, StringComparison.Ordinal)) return null;
        if (Negative(e.Status) != c.Statuses.Any(s => Negative(s.Value))) return null;

        var (shared, sharedNames) = SharedParticipants(e, c);
        int needed = Math.Min(2, Math.Min(e.Participants.Count(p => p.Entity is not null), c.Participants.Count(p => p.Entity is not null)));
        if (shared == 0 || shared < needed) return null;

        var reasons = new List<string> { $"same type {e.Type}", $"participants shared: {string.Join(", ", sharedNames)}" };
        var main = c.MainPlace;
        if (e.PlaceCountry is not null && main?.Qualifier is not null && !string.Equals(e.PlaceCountry, main.Qualifier, StringComparison.Ordinal))
            return null;
        bool samePlace = e.Place is not null && main is not null && string.Equals(NameKey.Full(e.Place), NameKey.Full(main.Value), StringComparison.Ordinal);
        if (samePlace) reasons.Add($"same place {e.Place}");

        var mine = Range(e.Date, e.DateAssumed);
        var theirs = c.MainDate is { } d ? Range(d.Value, d.Assumed) : null;
        double dateScore;
        if (DateRange.Compatible(mine, theirs))
        {
            dateScore = mine is null || theirs is null ? 0 : 1.0 / Math.Max(1, Math.Min(mine.Value.Days, theirs.Value.Days));
            if (mine is not null && theirs is not null) reasons.Add($"dates {e.Date} and {c.MainDate!.Value} compatible");
        }
        else if (mine is { } a && theirs is { } b && !e.DateAssumed && a.Days <= 7 && b.Days <= 7 && shared >= 2 && samePlace
                 && Math.Min(Math.Abs(a.First.DayNumber - b.Last.DayNumber), Math.Abs(b.First.DayNumber - a.Last.DayNumber)) <= DisagreementDays)
        {
            dateScore = -0.2;
            reasons.Add($"dates disagree ({e.Date} vs {c.MainDate!.Value}), kept as two versions");
        }
        else return null;

        double score = 0.5 + 0.1 * Math.Min(shared, 3) + (samePlace ? 0.1 : 0) + 0.2 * dateScore;
        return new EventMatch(id, score, string.Join("; ", reasons));
    }

    private static (int Count, List<string> Names) SharedParticipants(ArticleEvent e, EventProfile c)
    {
        var names = new List<string>();
        bool symmetric = Symmetric.Contains(e.Type);
        foreach (var p in e.Participants.Where(p => p.Entity is not null).DistinctBy(p => p.Entity))
        {
            var other = c.Participants.FirstOrDefault(q => q.Entity == p.Entity);
            if (other is null) continue;
            // A directed event keeps its direction: "A accused B" is not "B accused A".
            if (!symmetric && !string.Equals(other.Side, p.Side, StringComparison.Ordinal)) return (0, []);
            names.Add(p.Name);
        }
        return (names.Count, names);
    }

    private static DateRange? Range(string? value, bool assumed) =>
        DateRange.Parse(value) is { } r ? (assumed ? r.Loosened(AssumedDateSlack) : r) : null;

    private static bool Negative(string status) => status is "negated" or "denied";
}
