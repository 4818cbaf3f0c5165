namespace Dateline.Language;

/// <summary>Hashes of one word's form, prefixes, suffixes and shape, computed once per token.</summary>
internal struct WordInfo
{
    public ulong Form, Lower, Shape, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, Suf4;

    public static readonly WordInfo None = Make(0xA11CE);
    public static readonly WordInfo Root = Make(0xB0B);

    private static WordInfo Make(ulong v) => new()
    {
        Form = v, Lower = v, Shape = v, Pre1 = v, Pre2 = v, Pre3 = v, Suf1 = v, Suf2 = v, Suf3 = v, Suf4 = v,
    };

    public static WordInfo Of(ReadOnlySpan<char> w)
    {
        var info = new WordInfo { Form = FeatureHash.Chars(w, false), Lower = FeatureHash.Chars(w, true) };
        int n = w.Length;
        info.Pre1 = FeatureHash.Chars(w[..Math.Min(1, n)], true);
        info.Pre2 = n >= 2 ? FeatureHash.Chars(w[..2], true) : info.Lower;
        info.Pre3 = n >= 3 ? FeatureHash.Chars(w[..3], true) : info.Lower;
        info.Suf1 = FeatureHash.Chars(w[Math.Max(0, n - 1)..], true);
        info.Suf2 = n >= 2 ? FeatureHash.Chars(w[(n - 2)..], true) : info.Lower;
        info.Suf3 = n >= 3 ? FeatureHash.Chars(w[(n - 3)..], true) : info.Lower;
        info.Suf4 = n >= 4 ? FeatureHash.Chars(w[(n - 4)..], true) : info.Lower;
        // Shape: Xxxx, dd.dd, XX; runs longer than 3 collapse ("Xxxxxxx" and "Xxxx" share "Xxxx").
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        int run = 0;
        foreach (char c in w)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last) { if (++run > 3) continue; }
            else { last = s; run = 1; }
            h = (h ^ s) * 0x100000001B3UL;
        }
        info.Shape = h;
        return info;
    }
}
