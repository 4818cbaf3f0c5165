using System.Buffers;
using Dateline.Model;

namespace Dateline.Language;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger (Collins 2002; features after Honnibal's
/// "A good part-of-speech tagger in about 200 lines") predicting the joint (UPOS, XPOS) pair, so the
/// two tag sets never disagree. Frequent unambiguous words are tagged from a dictionary.
/// Read-only after construction: one instance serves all threads.
/// </summary>
public sealed class PosTagger
{
    internal const int FeatureCount = 42;
    /// <summary>The templates of a tagger without word classes (format dateline-pos-1).</summary>
    internal const int FeatureCountWithoutClasses = 36;

    private readonly PerceptronModel _model;
    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly TagLexicon _lexicon;
    private readonly int[] _tagBit;
    private readonly ulong _pastMask, _adjectiveMask, _properMask;
    private readonly bool[] _punctuation;
    private readonly bool[] _notVerb;

    internal PosTagger(string[] upos, string[] xpos, PerceptronModel model, Dictionary<ulong, int> tagDictionary, Dictionary<ulong, ulong> ambiguity, WordClasses classes, TagLexicon? lexicon = null)
    {
        Upos = upos; Xpos = xpos; _model = model; _tagDictionary = tagDictionary; _ambiguity = ambiguity; Classes = classes;
        _lexicon = lexicon ?? TagLexicon.Empty;
        TagHashes = new ulong[upos.Length];
        for (int i = 0; i < upos.Length; i++) TagHashes[i] = FeatureHash.Of(xpos[i] + "|" + upos[i]);
        _tagBit = xpos.Select(_lexicon.Bit).ToArray();
        ulong Mask(params string[] tags) => tags.Select(_lexicon.Bit).Where(b => b >= 0).Aggregate(0UL, (m, b) => m | (1UL << b));
        _pastMask = Mask("VBD", "VBN");
        _adjectiveMask = Mask("JJ");
        _properMask = Mask("NNP", "NNPS");
        _punctuation = upos.Select(u => u == "PUNCT").ToArray();
        _notVerb = upos.Select(u => u != "VERB").ToArray();
    }

    /// <summary>The same tagger decoding under what <paramref name="lexicon"/> says each training word can be.</summary>
    internal PosTagger WithLexicon(TagLexicon lexicon) =>
        new([.. Upos], [.. Xpos], _model, _tagDictionary, _ambiguity, Classes, lexicon);

    /// <summary>Universal tag of each class.</summary>
    public IReadOnlyList<string> Upos { get; }

    /// <summary>Penn Treebank tag of each class.</summary>
    public IReadOnlyList<string> Xpos { get; }

    internal ulong[] TagHashes { get; }

    /// <summary>The word classes the tagger was trained with (empty for a model without them).</summary>
    internal WordClasses Classes { get; }

    /// <summary>How many of the templates this model uses: without word classes, exactly the earlier 36.</summary>
    internal static int ActiveFeatures(WordClasses classes) => classes.Count > 0 ? FeatureCount : FeatureCountWithoutClasses;

    internal int ModelFeatureCount => _model.FeatureCount;

    internal int ModelWeightCount => _model.WeightCount;

    /// <summary>Tags the tokens of one sentence: <paramref name="classes"/>[i] is an index into <see cref="Upos"/>/<see cref="Xpos"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> classes)
    {
        int n = tokens.Length;
        var words = ArrayPool<WordInfo>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++) words[i] = WordInfo.Of(text[tokens[i].Start..tokens[i].End]);
            Tag(words.AsSpan(0, n), classes);
        }
        finally { ArrayPool<WordInfo>.Shared.Return(words); }
    }

    internal void Tag(ReadOnlySpan<WordInfo> words, Span<int> classes)
    {
        Span<ulong> all = stackalloc ulong[FeatureCount];
        var features = all[..ActiveFeatures(Classes)];
        Span<float> scores = stackalloc float[_model.ClassCount];
        Span<ulong> ambiguity = words.Length <= 256 ? stackalloc ulong[words.Length] : new ulong[words.Length];
        Span<uint> wordClasses = words.Length <= 256 ? stackalloc uint[words.Length] : new uint[words.Length];
        AmbiguityClasses(words, _ambiguity, ambiguity);
        Classes.Lookup(words, wordClasses);
        for (int i = 0; i < words.Length; i++)
        {
            if (_tagDictionary.TryGetValue(words[i].Form, out int known)) { classes[i] = known; continue; }
            Features(words, classes, ambiguity, wordClasses, i, TagHashes, features);
            _model.Score(features, scores);
            Constrain(words, classes, i, scores);
            classes[i] = ArgMax(scores);
        }
    }

    /// <summary>
    /// Keeps word i to what training says it can be in two cases where the perceptron follows the context against the word:
    /// a form seen only as VBD/VBN is VBD, VBN or JJ ("coalition struck" read as a compound noun, "forces struck" as a
    /// present), and a capitalised sentence opener never seen as a name, before a word that is not capitalised, takes one
    /// of the tags training gave its word ("Militias allied with", "Idle industries"; "Liberal Democrat" is left to the
    /// model). Words training never saw are left alone.
    /// </summary>
    private void Constrain(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> classes, int i, Span<float> scores)
    {
        ulong seen = _lexicon.TagsOf(words[i]);
        if (seen == 0) return;
        ulong allowed;
        bool resultative = false;
        bool capitalised = words[i].Form != words[i].Lower;
        // A past form is VBD, VBN or JJ whichever training happened to see ("detonated" only as VBN there); capitalised
        // inside a sentence it is a name's word ("Heaven Sent Gaming").
        if ((seen & ~_pastMask) == 0 && (!capitalised || OpensSentence(classes, i))) allowed = _pastMask | _adjectiveMask;
        // "Police shot[NN] dead two protesters": a form training saw as a past form (and as a noun: "a shot") right before
        // the resultative "dead" is the verb; no noun is followed by "dead" and the victim.
        else if ((seen & _pastMask) != 0 && !capitalised && i + 1 < words.Length && words[i + 1].Lower == Dead) (allowed, resultative) = (_pastMask, true);
        else if (capitalised && (seen & _properMask) == 0 && !_lexicon.ProperForm(words[i]) && OpensSentence(classes, i)
                 && (i + 1 >= words.Length || words[i + 1].Form == words[i + 1].Lower))
            allowed = seen;
        else return;
        for (int c = 0; c < scores.Length; c++)
            // A main verb: not "was" (AUX VBD) nor a foreign word (X).
            if (_tagBit[c] < 0 || (allowed >> _tagBit[c] & 1) == 0 || (resultative && _notVerb[c])) scores[c] = float.NegativeInfinity;
    }

    private static readonly ulong Dead = FeatureHash.Chars("dead", true);

    /// <summary>True when only punctuation comes before word i (an opening quote or bracket).</summary>
    private bool OpensSentence(ReadOnlySpan<int> classes, int i)
    {
        for (int j = 0; j < i; j++) if (!_punctuation[classes[j]]) return false;
        return true;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>Each word's ambiguity class: the set of tags it had in training (frequent words only), else 0.</summary>
    internal static void AmbiguityClasses(ReadOnlySpan<WordInfo> words, Dictionary<ulong, ulong> lexicon, Span<ulong> output)
    {
        for (int i = 0; i < words.Length; i++) output[i] = lexicon.TryGetValue(words[i].Lower, out var a) ? a : 0;
    }

    /// <summary>The feature hashes of word i given the classes already assigned to words before it.</summary>
    internal static void Features(ReadOnlySpan<WordInfo> w, ReadOnlySpan<int> classes, ReadOnlySpan<ulong> amb, ReadOnlySpan<uint> wc, int i, ulong[] tagHashes, Span<ulong> f)
    {
        var none = WordInfo.None;
        ref readonly var cur = ref w[i];
        ref readonly var p1 = ref i >= 1 ? ref w[i - 1] : ref none;
        ref readonly var p2 = ref i >= 2 ? ref w[i - 2] : ref none;
        ref readonly var n1 = ref i + 1 < w.Length ? ref w[i + 1] : ref none;
        ref readonly var n2 = ref i + 2 < w.Length ? ref w[i + 2] : ref none;
        ulong t1 = i >= 1 ? tagHashes[classes[i - 1]] : 0x51A7;
        ulong t2 = i >= 2 ? tagHashes[classes[i - 2]] : 0x51A7;
        f[0] = FeatureHash.F(1, 0);
        f[1] = FeatureHash.F(2, cur.Lower);
        f[2] = FeatureHash.F(3, cur.Form);
        f[3] = FeatureHash.F(4, cur.Suf1);
        f[4] = FeatureHash.F(5, cur.Suf2);
        f[5] = FeatureHash.F(6, cur.Suf3);
        f[6] = FeatureHash.F(7, cur.Suf4);
        f[7] = FeatureHash.F(8, cur.Pre1);
        f[8] = FeatureHash.F(9, cur.Pre2);
        f[9] = FeatureHash.F(10, cur.Pre3);
        f[10] = FeatureHash.F(11, cur.Shape);
        f[11] = FeatureHash.F(12, t1);
        f[12] = FeatureHash.F(13, t2);
        f[13] = FeatureHash.F(14, t1, t2);
        f[14] = FeatureHash.F(15, t1, cur.Lower);
        f[15] = FeatureHash.F(16, p1.Lower);
        f[16] = FeatureHash.F(17, p1.Suf3);
        f[17] = FeatureHash.F(18, p2.Lower);
        f[18] = FeatureHash.F(19, n1.Lower);
        f[19] = FeatureHash.F(20, n1.Suf3);
        f[20] = FeatureHash.F(21, n2.Lower);
        f[21] = FeatureHash.F(22, p1.Lower, cur.Lower);
        f[22] = FeatureHash.F(23, cur.Lower, n1.Lower);
        f[23] = FeatureHash.F(24, n1.Shape);
        f[24] = FeatureHash.F(25, p1.Shape);
        f[25] = FeatureHash.F(26, i == 0 ? 1UL : 0UL, cur.Shape);
        f[26] = FeatureHash.F(27, t1, cur.Suf3);
        f[27] = FeatureHash.F(28, n1.Suf2, cur.Suf3);
        f[28] = FeatureHash.F(29, t1, n1.Lower);
        f[29] = FeatureHash.F(30, n2.Suf3);
        ulong a0 = amb[i], ap = i >= 1 ? amb[i - 1] : 7, an = i + 1 < w.Length ? amb[i + 1] : 7, an2 = i + 2 < w.Length ? amb[i + 2] : 7;
        f[30] = FeatureHash.F(31, a0);
        f[31] = FeatureHash.F(32, an);
        f[32] = FeatureHash.F(33, a0, an);
        f[33] = FeatureHash.F(34, t1, a0);
        f[34] = FeatureHash.F(35, an, an2);
        f[35] = FeatureHash.F(36, ap, a0, an);
        if (f.Length == FeatureCountWithoutClasses) return; // a model without word classes
        // Word classes learned without labels: they carry what the tagger knows about frequent words over to rare ones.
        uint c0 = wc[i], cp = i >= 1 ? wc[i - 1] : 0xFFFFFFFF, cn = i + 1 < w.Length ? wc[i + 1] : 0xFFFFFFFF;
        f[36] = FeatureHash.F(37, WordClasses.Fine(c0));
        f[37] = FeatureHash.F(38, WordClasses.Coarse(c0));
        f[38] = FeatureHash.F(39, WordClasses.Fine(cn));
        f[39] = FeatureHash.F(40, WordClasses.Coarse(c0), WordClasses.Coarse(cn));
        f[40] = FeatureHash.F(41, t1, WordClasses.Fine(c0));
        f[41] = FeatureHash.F(42, WordClasses.Fine(cp));
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(Upos.Count);
        for (int i = 0; i < Upos.Count; i++) { w.Write(Upos[i]); w.Write(Xpos[i]); }
        w.Write(_tagDictionary.Count);
        foreach (var (k, v) in _tagDictionary.OrderBy(p => p.Key)) { w.Write(k); w.Write(v); }
        w.Write(_ambiguity.Count);
        foreach (var (k, v) in _ambiguity.OrderBy(p => p.Key)) { w.Write(k); w.Write(v); }
        _model.Write(w);
        if (Classes.Count > 0) Classes.Write(w);
    }

    /// <summary>Reads a tagger; <paramref name="withClasses"/> is false for the format before word classes.</summary>
    internal static PosTagger Read(BinaryReader r, bool withClasses)
    {
        int n = r.ReadInt32();
        var upos = new string[n];
        var xpos = new string[n];
        for (int i = 0; i < n; i++) { upos[i] = string.Intern(r.ReadString()); xpos[i] = string.Intern(r.ReadString()); }
        int d = r.ReadInt32();
        var dict = new Dictionary<ulong, int>(d);
        for (int i = 0; i < d; i++) dict[r.ReadUInt64()] = r.ReadInt32();
        int a = r.ReadInt32();
        var ambiguity = new Dictionary<ulong, ulong>(a);
        for (int i = 0; i < a; i++) ambiguity[r.ReadUInt64()] = r.ReadUInt64();
        var model = PerceptronModel.Read(r);
        return new PosTagger(upos, xpos, model, dict, ambiguity, withClasses ? WordClasses.Read(r) : WordClasses.Empty);
    }
}
