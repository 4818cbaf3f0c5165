namespace Dateline.Entities;

/// <summary>
/// A storm's name is not a person: "Hurricane Edouard", "Typhoon Haiyan", "Tropical Storm Allison", "Storm Ciara" name a
/// weather event, MISC as CoNLL-2003 tags it (the name alone, "Hurricane" outside it), and the name standing alone
/// elsewhere in the article ("Edouard grew", "Rita packed winds") is the same storm. The tagger reads "Rita" and
/// "Katrina" as women's names, and the event coder then made the storm an actor ("Hurricane Rita" THREATEN). Decoding
/// only, over a whole article; "Katrina Smith" and the "National Hurricane Center" are left as the tagger read them.
/// </summary>
public static class StormNames
{
    /// <summary>"Hurricane", "Typhoon", "Cyclone", "Storm" (any case): the word that titles a storm's name.</summary>
    public static bool IsKind(string word) => Kinds.Contains(word);

    private static readonly HashSet<string> Kinds = new(StringComparer.OrdinalIgnoreCase) { "Hurricane", "Typhoon", "Cyclone", "Storm" };

    /// <summary>Words that may stand before the kind word inside the storm's title ("Tropical Storm", "Super Typhoon").</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase) { "Tropical", "Super", "Severe", "Post-Tropical", "Extratropical" };

    internal static IReadOnlyList<IReadOnlyList<BioSpan>> Apply(IReadOnlyList<IReadOnlyList<string>> sentences,
        IReadOnlyList<IReadOnlyList<BioSpan>> spans, CaseProfile cases)
    {
        HashSet<string>? names = null;
        foreach (var words in sentences)
            for (var i = 0; i + 1 < words.Count; i++)
                if (IsStormTitle(words, i) && IsName(words[i + 1], cases))
                    (names ??= new(StringComparer.Ordinal)).Add(words[i + 1]);
        if (names is null)
            return spans;
        var result = new IReadOnlyList<BioSpan>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
            result[s] = Retype(sentences[s], spans[s], names);
        return result;
    }

    /// <summary>A capitalised kind word, at the start of the sentence or after a qualifier or a word that is not a name
    /// ("the Seattle Storm Coach" is a team).</summary>
    private static bool IsStormTitle(IReadOnlyList<string> words, int i)
    {
        if (!Kinds.Contains(words[i]) || !char.IsUpper(words[i][0]))
            return false;
        if (i == 0)
            return true;
        var before = words[i - 1];
        return Qualifiers.Contains(before) || before.Length == 0 || !char.IsUpper(before[0]);
    }

    /// <summary>A capitalised word of letters that running text does not write in lower case ("Center", "Season", "Warning" are not names).</summary>
    private static bool IsName(string word, CaseProfile cases)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
            return false;
        foreach (var c in word)
            if (!char.IsLetter(c) && c != '-')
                return false;
        return cases.Of(word.ToLowerInvariant()) != CaseProfile.Lower;
    }

    /// <summary>Each storm name in the sentence becomes MISC unless it is part of a longer name ("Katrina Smith", "Hurricane
    /// Katrina Relief Fund"); a span holding the kind word and the name ("Hurricane Rita" PER) gives way to the name.</summary>
    private static IReadOnlyList<BioSpan> Retype(IReadOnlyList<string> words, IReadOnlyList<BioSpan> spans, HashSet<string> names)
    {
        List<BioSpan>? result = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!names.Contains(words[i]))
                continue;
            var current = result ?? spans;
            BioSpan? covering = null;
            foreach (var p in current)
                if (p.Start <= i && i < p.End)
                    covering = p;
            if (covering is { } c)
            {
                if (c.Type == "MISC" || c.End > i + 1)
                    continue;
                // Only the storm's own title may come before the name inside the span.
                var titled = true;
                for (var k = c.Start; k < i; k++)
                    titled &= Kinds.Contains(words[k]) || Qualifiers.Contains(words[k]);
                if (!titled)
                    continue;
            }
            result = [.. current.Where(p => p.End <= i || p.Start > i), new BioSpan(i, i + 1, "MISC")];
            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return result ?? spans;
    }
}
