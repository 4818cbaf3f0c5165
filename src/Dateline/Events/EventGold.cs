using Dateline.Model;

namespace Dateline.Events;

/// <summary>One expected event of a gold file (data/events/sample-gold.tsv): file, a quote inside its sentence, type, source and target name parts, status.</summary>
public sealed record EventGold(string File, string Quote, string Event, string Source, string? Target, string Status)
{
    public static IReadOnlyList<EventGold> Read(TextReader reader)
    {
        var rows = new List<EventGold>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("file\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length != 6) throw new InvalidDataException($"gold line needs 6 tab-separated columns: {line}");
            rows.Add(new EventGold(f[0], f[1], f[2], f[3], f[4] == "-" ? null : f[4], f[5]));
        }
        return rows;
    }

    /// <summary>The coded event this gold row finds among a document's events (type, sentence, source, target), or null.</summary>
    public EventMention? FindIn(Document document) =>
        document.EventMentions.FirstOrDefault(e =>
            e.Event == Event
            && e.Mentions.Any(m => m.Quote.Contains(Quote, StringComparison.Ordinal))
            && e.Source.Any(a => Names(a, Source))
            && (Target is null || e.Target.Any(a => Names(a, Target))));

    private static bool Names(EventActor actor, string part) =>
        actor.Name.Contains(part, StringComparison.OrdinalIgnoreCase) || actor.Text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
