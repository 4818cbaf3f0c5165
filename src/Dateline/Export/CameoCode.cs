namespace Dateline.Export;

/// <summary>
/// A CAMEO event code with the parts GDELT breaks out of it: EventCode ("0841"), EventBaseCode (its first three
/// digits, "084"), EventRootCode (its first two, "08") and QuadClass from the root (01-05 verbal cooperation = 1,
/// 06-09 material cooperation = 2, 10-14 verbal conflict = 3, 15-20 material conflict = 4). <see cref="Note"/> says
/// when the CAMEO table completed the code or disagrees with the event's PLOVER type.
/// </summary>
public sealed record CameoCode(string? Code, string? Base, string? Root, int? QuadClass, string? Note)
{
    public static CameoCode None { get; } = new(null, null, null, null, null);

    /// <summary>The code of an event: the one it carries (from the trigger lexicon), checked and completed through the table when one is given.</summary>
    public static CameoCode Of(string? carried, string type, string? mode, CameoTable? table)
    {
        var code = string.IsNullOrWhiteSpace(carried) ? null : carried.Trim();
        string? note = null;
        if (table is not null)
        {
            var entry = table.Find(code);
            if (entry is null)
            {
                var completed = table.CodeFor(type, mode);
                note = code is null
                    ? completed is null ? $"no CAMEO code, and the table has none for {type}" : $"CAMEO code {completed} from the table ({type}{(mode is null ? "" : "/" + mode)})"
                    : completed is null ? $"CAMEO code {code} is not in the table" : $"CAMEO code {code} is not in the table; {completed} from the table ({type})";
                code = completed ?? code;
            }
            else if (!string.Equals(entry.Type, type, StringComparison.OrdinalIgnoreCase))
                note = $"CAMEO code {code} converts to {entry.Type} in the table, the event is {type}";
        }
        return Split(code) with { Note = note };
    }

    /// <summary>Breaks a code into base, root and quad class; a code that is not 2-4 digits is kept alone.</summary>
    public static CameoCode Split(string? code)
    {
        if (code is null) return None;
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)) return new CameoCode(code, null, null, null, null);
        var root = code[..2];
        return new CameoCode(code, code.Length >= 3 ? code[..3] : null, root, Quad(root), null);
    }

    /// <summary>GDELT's QuadClass of a CAMEO root code, null for a root outside 01-20.</summary>
    public static int? Quad(string root) => int.TryParse(root, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r)
        ? r switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => null,
        }
        : null;
}
