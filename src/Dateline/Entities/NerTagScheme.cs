namespace Dateline.Entities;

/// <summary>
/// The tagger's own tag set: BIO (O, then B-X, I-X per type) or BILOU (O, then B-X, I-X, L-X, U-X per
/// type: the last word of a name and a one-word name get tags of their own, Ratinov and Roth 2009).
/// Decoding converts a BILOU sequence to the BIO layout (0 = O, 1+2k = B, 2+2k = I of type k) at the
/// boundary, so the rules after the tagger (<see cref="NameLayout"/>, the document memory) read one layout.
/// </summary>
internal sealed class NerTagScheme
{
    private const byte Out = 0, Begin = 1, Inside = 2, Last = 3, Unit = 4;

    private readonly byte[] _kind;
    private readonly int[] _type;

    private NerTagScheme(IReadOnlyList<string> types, bool bilou)
    {
        Bilou = bilou;
        Types = [.. types];
        var tags = new List<string> { BioTags.Outside };
        var bio = new List<string> { BioTags.Outside };
        foreach (var type in types)
        {
            tags.AddRange(bilou ? ["B-" + type, "I-" + type, "L-" + type, "U-" + type] : ["B-" + type, "I-" + type]);
            bio.AddRange(["B-" + type, "I-" + type]);
        }
        Tags = tags;
        BioNames = bio;
        _kind = new byte[tags.Count];
        _type = new int[tags.Count];
        var width = bilou ? 4 : 2;
        for (var t = 1; t < tags.Count; t++)
        {
            _type[t] = ((t - 1) / width) + 1;
            _kind[t] = (byte)(((t - 1) % width) + 1);
        }
    }

    public bool Bilou { get; }

    /// <summary>Entity types in tag order ("PER", "ORG", "LOC", "MISC").</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The model's tags by index.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The BIO tags by index of the decoded layout (the same as <see cref="Tags"/> for a BIO model).</summary>
    public IReadOnlyList<string> BioNames { get; }

    public int Count => Tags.Count;

    public static NerTagScheme Create(IReadOnlyList<string> types, bool bilou) => new(types, bilou);

    /// <summary>The scheme of a model file's tag list: BILOU when it holds "U-" tags.</summary>
    public static NerTagScheme FromTags(IReadOnlyList<string> tags)
    {
        var bilou = tags.Any(t => t.StartsWith("U-", StringComparison.Ordinal));
        var types = tags.Where(t => t.StartsWith("B-", StringComparison.Ordinal)).Select(t => t[2..]).ToList();
        var scheme = new NerTagScheme(types, bilou);
        if (!scheme.Tags.SequenceEqual(tags, StringComparer.Ordinal))
            throw new InvalidDataException("NER model tags are neither BIO nor BILOU in the expected order");
        return scheme;
    }

    /// <summary>Type number of a tag: 0 for O, k+1 for type k.</summary>
    public int TypeOf(int tag) => _type[tag];

    /// <summary>The tag continues the name the previous tag opened (I-X; also L-X in BILOU).</summary>
    public bool Continues(int tag) => _kind[tag] is Inside or Last;

    /// <summary>The tag leaves a name open that the next word must continue (BILOU's B-X and I-X).</summary>
    public bool Open(int tag) => Bilou && tag >= 0 && _kind[tag] is Begin or Inside;

    /// <summary>
    /// Whether <paramref name="tag"/> may follow <paramref name="prev"/> (-1 at the sentence start). BIO: I-X only
    /// after B-X or I-X. BILOU: after B-X or I-X only I-X or L-X; elsewhere O, B or U; the last word closes its name.
    /// </summary>
    public bool Allowed(int prev, int tag, bool last)
    {
        if (!Bilou)
            return tag == 0 || tag % 2 == 1 || (prev > 0 && (prev + 1) / 2 == tag / 2);
        if (last && _kind[tag] is Begin or Inside)
            return false;
        return Open(prev) ? _kind[tag] is Inside or Last && _type[tag] == _type[prev] : _kind[tag] is Out or Begin or Unit;
    }

    /// <summary>The tag that ends the name here instead of leaving it open: B-X becomes U-X, I-X becomes L-X.</summary>
    public int Close(int tag) => _kind[tag] switch
    {
        Begin => tag + 3,
        Inside => tag + 1,
        _ => tag,
    };

    /// <summary>Rewrites decoded tags in place into the BIO layout (0 = O, 1+2k = B-X, 2+2k = I-X).</summary>
    public void ToBio(int[] tags)
    {
        if (!Bilou)
            return;
        var before = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            var t = tags[i];
            var continues = _kind[t] is Inside or Last && _kind[before] is Begin or Inside && _type[before] == _type[t];
            tags[i] = t == 0 ? 0 : (2 * _type[t]) - (continues ? 0 : 1);
            before = t;
        }
    }

    /// <summary>
    /// Tag indices for gold IOB2 strings: a BIO model maps each tag as written (unknown ones to O), BILOU reads
    /// the chunks as conlleval does and marks their last words and one-word names.
    /// </summary>
    public int[] Encode(IReadOnlyList<string> bio)
    {
        var result = new int[bio.Count];
        if (!Bilou)
        {
            for (var i = 0; i < bio.Count; i++)
                result[i] = Math.Max(0, IndexOf(Tags, bio[i]));
            return result;
        }
        foreach (var span in BioTags.Spans(bio))
        {
            var k = IndexOf(Types, span.Type);
            if (k < 0)
                continue;
            var b = 1 + (4 * k);
            if (span.End - span.Start == 1)
            {
                result[span.Start] = b + 3;
                continue;
            }
            result[span.Start] = b;
            for (var i = span.Start + 1; i < span.End - 1; i++)
                result[i] = b + 1;
            result[span.End - 1] = b + 2;
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var k = 0; k < list.Count; k++)
            if (string.Equals(list[k], value, StringComparison.Ordinal))
                return k;
        return -1;
    }
}
