using System.Collections.Immutable;
using Dateline.Model;

namespace Dateline.Knowledge;

/// <summary>
/// Reads the team's tab-separated knowledge files: '#' comment lines (the provenance header), one
/// header row naming the columns, then one record a line. Bad rows become diagnostics with the line
/// number, never exceptions, so a loader test can list every problem at once.
/// </summary>
public static class KnowledgeFile
{
    public const string Stage = "knowledge";

    public sealed record Row(int Line, ImmutableArray<string> Cells)
    {
        public string this[int i] => i < Cells.Length ? Cells[i] : "";

        public ImmutableArray<string> List(int i) =>
            [.. this[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    public sealed record Table(string Name, ImmutableArray<string> Header, ImmutableArray<Row> Rows, bool HasProvenance, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>
    /// Reads one table. <paramref name="required"/>: how many leading columns a file must have; the later ones were added
    /// since and may be left out (a table written before "country" was a column still loads). Default: all of them.
    /// </summary>
    public static Table Read(string name, TextReader reader, IReadOnlyList<string> expectedHeader, int required = -1)
    {
        var width = expectedHeader.Count;
        var rows = ImmutableArray.CreateBuilder<Row>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        ImmutableArray<string> header = [];
        var provenance = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                provenance |= line.Contains("written by the dateline team", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (line.Length == 0)
                continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToImmutableArray();
            if (header.IsDefaultOrEmpty)
            {
                header = cells;
                if (required >= 0 && header.Length >= required && header.Length < width && header.SequenceEqual(expectedHeader.Take(header.Length), StringComparer.Ordinal))
                    width = header.Length;
                else if (!header.SequenceEqual(expectedHeader, StringComparer.Ordinal))
                    diagnostics.Add(Problem(name, lineNumber, $"header is '{string.Join(",", header)}', expected '{string.Join(",", expectedHeader)}'"));
                continue;
            }
            if (cells.Length != width)
            {
                diagnostics.Add(Problem(name, lineNumber, $"has {cells.Length} columns, expected {width}"));
                continue;
            }
            rows.Add(new Row(lineNumber, cells));
        }
        if (!provenance)
            diagnostics.Add(new Diagnostic("knowledge.no-provenance", Stage, DiagnosticSeverity.Error, $"{name}: no provenance header ('written by the Dateline team')"));
        return new Table(name, header, rows.ToImmutable(), provenance, diagnostics.ToImmutable());
    }

    internal static Diagnostic Problem(string file, int line, string message) =>
        new("knowledge.bad-row", Stage, DiagnosticSeverity.Error, $"{file}:{line}: {message}");
}
