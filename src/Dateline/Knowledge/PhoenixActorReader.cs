using System.Collections.Immutable;
using System.Globalization;
using Dateline.Model;

namespace Dateline.Knowledge;

/// <summary>
/// Reads PETRARCH/Phoenix actor dictionaries (user-supplied, loaded from a path, never committed).
/// Format: an actor line "KOFI_ANNAN_  [IGOUNO 970101-061231]  # comment" (words joined by '_',
/// a trailing '_' marks the word end), "+ALIAS_" lines adding names to the actor above, and
/// indented "[CODE DATES]" lines adding dated codes. DATES: "YYMMDD-YYMMDD", "&gt;YYMMDD" (from),
/// "&lt;YYMMDD" (until) or nothing (always); 8-digit YYYYMMDD also accepted. Two-digit years
/// below 40 are 20xx. Unreadable lines become diagnostics.
/// </summary>
public static class PhoenixActorReader
{
    public const string Stage = "knowledge.import";

    public static (List<KnownActor> Actors, List<Diagnostic> Diagnostics) Read(TextReader reader, string source)
    {
        var actors = new List<KnownActor>();
        var diagnostics = new List<Diagnostic>();
        string? name = null;
        var aliases = new List<string>();
        var roles = new List<ActorRole>();
        var lineNumber = 0;
        var id = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
                continue;
            var indented = char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (trimmed.StartsWith('+'))
            {
                if (name is not null)
                    aliases.Add(Words(trimmed[1..]));
                continue;
            }
            if (trimmed.StartsWith('['))
            {
                if (name is null)
                    continue;
                if (ParseCode(trimmed) is { } role)
                    roles.Add(role);
                else
                    diagnostics.Add(new Diagnostic("knowledge.bad-code", Stage, DiagnosticSeverity.Warning, $"{source}:{lineNumber}: cannot read '{trimmed}'"));
                continue;
            }
            if (indented || trimmed.StartsWith('<') || trimmed.StartsWith('{'))
                continue;
            Flush();
            var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
            name = Words(bracket >= 0 ? trimmed[..bracket] : trimmed);
            if (bracket >= 0 && ParseCode(trimmed[bracket..]) is { } inline)
                roles.Add(inline);
        }
        Flush();
        return (actors, diagnostics);

        void Flush()
        {
            if (name is { Length: > 0 })
                actors.Add(new KnownActor($"{source}:{++id}", name, [.. aliases.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)], [.. roles], source));
            name = null;
            aliases.Clear();
            roles.Clear();
        }
    }

    /// <summary>"KOFI_ANNAN_" -> "KOFI ANNAN".</summary>
    public static string Words(string entry) => string.Join(' ', entry.Trim().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"[IGOUNO 970101-061231]", "[HOBGOV 19950601 - 19990815]", "[USAGOV >20090120]", "[AFG]".</summary>
    public static ActorRole? ParseCode(string text)
    {
        var close = text.IndexOf(']', StringComparison.Ordinal);
        if (!text.StartsWith('[') || close < 0)
            return null;
        // "> 140608" with a stray space reads like ">140608".
        var parts = text[1..close].Replace("> ", ">", StringComparison.Ordinal).Replace("< ", "<", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var code = parts[0];
        // "ITAGOV" -> ITA; "IGOUNO", "ELI" are not countries.
        var country = code.Length >= 3 && KnowledgeBase.BuiltIn.FindCountryByCode(code[..3]) is { } c && c.Iso3 == code[..3] ? code[..3] : null;
        if (parts.Length == 1)
            return new ActorRole(null, country, code, null, null);
        // "19950601 - 19990815" with spaces round the dash reads like "19950601-19990815".
        var range = string.Concat(parts[1..]);
        if (range.StartsWith('>'))
            return Date(range[1..]) is { } from ? new ActorRole(null, country, code, from, null) : null;
        if (range.StartsWith('<'))
            return Date(range[1..]) is { } until ? new ActorRole(null, country, code, null, until) : null;
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
            return null;
        var start = Date(range[..dash]);
        var end = Date(range[(dash + 1)..]);
        return start is null || end is null ? null : new ActorRole(null, country, code, start, end);
    }

    private static DateOnly? Date(string s)
    {
        if (s.Length == 8 && DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
            return full;
        if (s.Length != 6 || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return null;
        var yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
        var year = yy < 40 ? 2000 + yy : 1900 + yy;
        var month = int.Parse(s[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(s[4..6], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }
}
