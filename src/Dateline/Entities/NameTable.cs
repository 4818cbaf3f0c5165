using System.IO.Compression;

namespace Dateline.Entities;

/// <summary>
/// The two-column word tables of data/names (persons.tsv.gz, given-gender.tsv.gz), embedded in the engine: '#' comment
/// lines, a header line, then "word TAB value" rows.
/// </summary>
internal static class NameTable
{
    /// <summary>Reads an embedded gzip table with <paramref name="read"/>; a missing resource is a build error, said plainly.</summary>
    public static T ReadEmbedded<T>(string resourceName, Func<TextReader, T> read)
    {
        using var stream = typeof(NameTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource {resourceName} missing");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        return read(new StreamReader(gzip));
    }

    /// <summary>The rows after the comments and the header; a row without a tab has an empty value.</summary>
    public static IEnumerable<(string Word, string Value)> Rows(TextReader reader)
    {
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (!header)
            {
                header = true;
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return tab < 0 ? (line, "") : (line[..tab], line[(tab + 1)..]);
        }
    }
}
