using System.Collections.Frozen;
using System.IO.Compression;

namespace Dateline.Entities;

/// <summary>
/// The gender of a given name, from data/names/given-gender.tsv.gz (Moby Word II's female and male first-name lists via
/// npm, PDDL/CC0; a name in both lists, "Jean", "Kim", is in neither; data/names/README.md): the pronoun resolver reads it
/// so that "she" never stands for "Rem Koolhaas" nor "he" for "Zaha Hadid" when no honorific says so.
/// </summary>
public sealed class GivenNameGender
{
    private const string ResourceName = "Dateline.Entities.Data.given-gender.tsv.gz";

    private static readonly Lazy<GivenNameGender> BuiltInLazy = new(() =>
    {
        using var stream = typeof(GivenNameGender).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        return Read(new StreamReader(gzip));
    });

    private readonly FrozenDictionary<string, char> _gender;

    /// <param name="gender">Given name (as written, "Margaret") to 'F' or 'M'.</param>
    public GivenNameGender(IReadOnlyDictionary<string, char> gender) => _gender = gender.ToFrozenDictionary(StringComparer.Ordinal);

    public static GivenNameGender BuiltIn => BuiltInLazy.Value;

    /// <summary>No names: every gender unknown.</summary>
    public static GivenNameGender None { get; } = new(new Dictionary<string, char>());

    public int Count => _gender.Count;

    /// <summary>'F' or 'M' for a listed given name, '?' for any other word.</summary>
    public char Of(string givenName) => _gender.TryGetValue(givenName, out var g) ? g : '?';

    /// <summary>Reads the TSV (comment lines, a "name gender" header, then name TAB F|M); another gender is an error.</summary>
    public static GivenNameGender Read(TextReader reader)
    {
        var gender = new Dictionary<string, char>(StringComparer.Ordinal);
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header) { header = true; continue; }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var (name, g) = tab < 0 ? (line, "") : (line[..tab], line[(tab + 1)..]);
            if (g is not ("F" or "M")) throw new InvalidDataException($"given-gender.tsv: gender '{g}' for '{name}' is not F or M");
            gender[name] = g[0];
        }
        return new GivenNameGender(gender);
    }
}
