namespace Dateline.Language;

/// <summary>
/// The Penn tags the training data gave each word (case folded), read back from the lemmatiser's (tag, form) lexicon
/// (every pair seen in training), so the shipped tagger gains a tag dictionary without a retrain. The tagger decodes
/// under it in two cases only: a form seen only as a past tense or participle ("The coalition struck[NN] Houthi
/// positions") and a capitalised sentence opener training never saw as a name ("Militias[NNP] allied with the GNA").
/// Read-only after construction.
/// </summary>
internal sealed class TagLexicon
{
    private readonly Dictionary<ulong, ulong> _tagsByLower;
    private readonly HashSet<ulong> _properForms;

    private TagLexicon(Dictionary<ulong, ulong> tagsByLower, HashSet<ulong> properForms, IReadOnlyList<string> tags)
    {
        _tagsByLower = tagsByLower;
        _properForms = properForms;
        Tags = tags;
    }

    public static readonly TagLexicon Empty = new([], [], []);

    /// <summary>The Penn tags the masks are over: bit i is <c>Tags[i]</c> (at most 64).</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The bit of a Penn tag in the masks; -1 when the lexicon does not know it.</summary>
    public int Bit(string xpos)
    {
        for (int i = 0; i < Tags.Count; i++) if (Tags[i] == xpos) return i;
        return -1;
    }

    /// <summary>The lexicon of the (Penn tag, form) pairs a lemmatiser learned, over the tagger's tag set <paramref name="xpos"/>.</summary>
    public static TagLexicon From(Lemmatizer lemmatizer, IEnumerable<string> xpos)
    {
        var tags = xpos.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(64).ToList();
        var bit = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var byLower = new Dictionary<ulong, ulong>();
        var proper = new HashSet<ulong>();
        foreach (var (tag, form) in lemmatizer.TaggedForms())
        {
            if (!bit.TryGetValue(tag, out int b)) continue;
            ulong lower = FeatureHash.Chars(form, true);
            byLower[lower] = byLower.GetValueOrDefault(lower) | (1UL << b);
            if (tag is "NNP" or "NNPS") proper.Add(FeatureHash.Chars(form, false));
        }
        return new TagLexicon(byLower, proper, tags);
    }

    /// <summary>The tags training gave the word in any case (a mask over <see cref="Tags"/>); 0 for a word it never saw.</summary>
    public ulong TagsOf(in WordInfo word) => _tagsByLower.GetValueOrDefault(word.Lower);

    /// <summary>True when training saw this exact form as a proper noun.</summary>
    public bool ProperForm(in WordInfo word) => _properForms.Contains(word.Form);
}
