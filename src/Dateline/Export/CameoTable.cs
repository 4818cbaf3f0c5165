using System.Globalization;

namespace Dateline.Export;

/// <summary>
/// The CAMEO→PLOVER conversion table (PLOVER's CAMEO2PLOVER-2021.txt, read from a path the user gives: it is
/// CC BY-SA and never shipped). Format, one code a line: "036: AGREE,  , diplomatic # Express intent to meet";
/// a root line "04: CONSULT"; '#' comments; a line of '~' ends the table. Malformed lines become
/// <see cref="Problems"/> (line number and reason), never exceptions; a code listed twice keeps its first row.
/// </summary>
public sealed class CameoTable
{
    private readonly Dictionary<string, CameoEntry> _byCode;

    private CameoTable(Dictionary<string, CameoEntry> byCode, IReadOnlyList<string> problems)
    {
        _byCode = byCode;
        Problems = problems;
    }

    public int Count => _byCode.Count;

    /// <summary>Lines that could not be read, and codes listed twice ("line 12: ...").</summary>
    public IReadOnlyList<string> Problems { get; }

    public CameoEntry? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The CAMEO code for a PLOVER type and mode when an event carries none: a 3- or 4-digit code of that type with
    /// that mode, else the most general code of the type with no mode ("040" for CONSULT), else null.
    /// </summary>
    public string? CodeFor(string type, string? mode)
    {
        var ofType = _byCode.Values.Where(e => e.Code.Length >= 3 && string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Code.Length).ThenBy(e => e.Code, StringComparer.Ordinal).ToList();
        if (mode is not null && ofType.FirstOrDefault(e => string.Equals(e.Mode, mode, StringComparison.OrdinalIgnoreCase)) is { } withMode)
            return withMode.Code;
        return ofType.FirstOrDefault(e => e.Mode is null)?.Code;
    }

    public static CameoTable Load(string path)
    {
        using var reader = new StreamReader(path);
        return Load(reader);
    }

    public static CameoTable Load(TextReader reader)
    {
        var byCode = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        var problems = new List<string>();
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            if (text.StartsWith("~~~", StringComparison.Ordinal)) break;
            var entry = Parse(text, number, out var problem);
            if (entry is null)
            {
                problems.Add($"line {number.ToString(CultureInfo.InvariantCulture)}: {problem}");
                continue;
            }
            if (!byCode.TryAdd(entry.Code, entry))
                problems.Add($"line {number.ToString(CultureInfo.InvariantCulture)}: code {entry.Code} listed again (line {byCode[entry.Code].Line.ToString(CultureInfo.InvariantCulture)} kept)");
        }
        return new CameoTable(byCode, problems);
    }

    /// <summary>One row: "CODE: TYPE[, MODE[, CONTEXT[; CONTEXT]]] [# description]".</summary>
    public static CameoEntry? Parse(string line, int number, out string? problem)
    {
        problem = null;
        string? description = null;
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            description = line[(hash + 1)..].Trim();
            line = line[..hash];
        }
        int colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            problem = "no ':' after the CAMEO code";
            return null;
        }
        var code = line[..colon].Trim();
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
        {
            problem = $"'{code}' is not a CAMEO event code (2 to 4 digits)";
            return null;
        }
        var fields = line[(colon + 1)..].Split(',').Select(f => f.Trim()).ToArray();
        if (fields[0].Length == 0 || !fields[0].All(c => char.IsAsciiLetterUpper(c) || c == '_'))
        {
            problem = $"'{fields[0]}' is not a PLOVER event type";
            return null;
        }
        string? mode = fields.Length > 1 && fields[1].Length > 0 ? fields[1] : null;
        IReadOnlyList<string> context = fields.Length > 2
            ? [.. string.Join(",", fields[2..]).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];
        return new CameoEntry(code, fields[0], mode, context, string.IsNullOrEmpty(description) ? null : description, number);
    }
}
