using Dateline.Model;

namespace Dateline.Events;

/// <summary>How an event coded from a headline or caption relates to the body's events and entities.</summary>
internal static class PartEventMatcher
{
    /// <summary>
    /// The part's event reports the body's event: the same PLOVER type, a source in common, and (when the part names one)
    /// a target in common ("Libya's Haftar meets Italian PM Conte" and "Khalifa Haftar held surprise talks with ... Giuseppe Conte").
    /// </summary>
    public static bool Restates(EventMention part, EventMention body) =>
        part.Event == body.Event && (Covers(part.Source, part.Target, body) || Covers(part.Target, part.Source, body));

    /// <summary>
    /// Sources in common (or none in the part: "UN envoy Salame warns Security Council" read without its subject), and
    /// targets in common, none in the part, or the part's target is the body event's place ("Haftar to visit Paris for
    /// talks" over "will travel next week to Paris for talks with President Emmanuel Macron").
    /// </summary>
    private static bool Covers(IReadOnlyList<EventActor> sources, IReadOnlyList<EventActor> targets, EventMention body)
    {
        bool source = sources.Count == 0 ? targets.Count > 0 : sources.Any(a => body.Source.Any(b => SameName(a, b)));
        bool target = targets.Count == 0 || targets.Any(a => body.Target.Any(b => SameName(a, b)))
            || (body.EventLoc.Text is { Length: > 0 } place && targets.Any(a => string.Equals(a.Name, place, StringComparison.OrdinalIgnoreCase)));
        return source && target;
    }

    /// <summary>Names that share their last word ("Haftar" and "Khalifa Haftar"), or the same actor code with a country.</summary>
    public static bool SameName(EventActor a, EventActor b)
    {
        if (a.Code is { Length: >= 3 } code && code == b.Code && a.Country is not null) return true;
        var x = LastWord(a.Name);
        return x.Length > 1 && (string.Equals(x, LastWord(b.Name), StringComparison.OrdinalIgnoreCase)
            || b.Name.Split(' ').Contains(x, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The actor with the body's entity chain whose name shares its last word, else no chain.</summary>
    public static EventActor Relink(EventActor actor, Document body)
    {
        var last = LastWord(actor.Name);
        var chain = body.EntityChains.FirstOrDefault(c => last.Length > 1 && c.Name.Split(' ').Contains(last, StringComparer.OrdinalIgnoreCase));
        return actor with { Chain = chain?.Id };
    }

    private static string LastWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1].TrimEnd('.', ',');
    }
}
