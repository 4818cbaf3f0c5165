namespace Dateline.Export;

/// <summary>
/// One export format: a name (`--format NAME`), the files it writes, and a pure writer from the events
/// read out of the store (<see cref="ExportSet"/>) to text. Registered in <see cref="ExportFormats"/>.
/// </summary>
public interface IExportFormat
{
    /// <summary>The `--format` value: "plover-jsonl", "gdelt-tsv", "csv".</summary>
    string Name { get; }

    /// <summary>One line for `dateline export --help`.</summary>
    string Description { get; }

    /// <summary>
    /// What the format writes: one part with an empty suffix (written to `--out PATH` or stdout), or several
    /// parts, each written to `--out PREFIX` + its suffix (GDELT's events and mentions tables).
    /// </summary>
    IReadOnlyList<ExportPart> Parts { get; }

    /// <summary>
    /// The event statuses exported when `--status` is not given; null for all. GDELT's tables have no status
    /// column, so a planned or denied meeting would read there as one that happened: gdelt-tsv leaves them out.
    /// </summary>
    IReadOnlyList<string>? DefaultStatuses { get; }

    void Write(ExportSet set, ExportPart part, TextWriter writer);
}
