namespace Dateline.Export;

/// <summary>Every export format, by `--format` name.</summary>
public static class ExportFormats
{
    public static IReadOnlyList<IExportFormat> All { get; } = [new PloverJsonlFormat(), new GdeltTsvFormat(), new CsvFormat()];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    public static IExportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
