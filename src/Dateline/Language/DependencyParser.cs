using System.IO.Compression;

namespace Dateline.Language;

/// <summary>
/// Greedy arc-hybrid dependency parser with an averaged-perceptron classifier over rich feature
/// templates (Zhang and Nivre 2011: words, tags, distance, valency, children and their labels),
/// trained with a dynamic oracle and error exploration (Goldberg and Nivre 2012). Produces basic
/// UD trees with full relation names (nsubj:pass, obl:tmod). Read-only after construction.
/// </summary>
public sealed class DependencyParser
{
    internal const int FeatureCount = 109;
    /// <summary>The templates of a parser without word classes (format dateline-deps-1).</summary>
    internal const int FeatureCountWithoutClasses = 82;
    private const string Magic = "dateline-deps-3";
    private const string MagicWithoutClasses = "dateline-deps-1";

    private readonly PerceptronModel _model;

    [ThreadStatic]
    private static ParserState? t_state;

    [ThreadStatic]
    private static uint[]? t_classes;

    internal DependencyParser(string[] labels, PerceptronModel model, WordClasses classes)
    {
        Labels = labels;
        _model = model;
        Classes = classes;
    }

    /// <summary>The word classes the parser was trained with (empty for a model without them).</summary>
    internal WordClasses Classes { get; }

    /// <summary>How many of the templates this model uses: without word classes, exactly the earlier 82.</summary>
    internal static int ActiveFeatures(WordClasses classes) => classes.Count > 0 ? FeatureCount : FeatureCountWithoutClasses;

    /// <summary>Dependency relation names; a parse's label ids index this list.</summary>
    public IReadOnlyList<string> Labels { get; }

    internal int ActionCount => 1 + 2 * Labels.Count;

    internal int ModelFeatureCount => _model.FeatureCount;

    internal int ModelWeightCount => _model.WeightCount;

    /// <summary>
    /// Parses one sentence given each word's hashes and tag hash. <paramref name="heads"/>[i] receives the
    /// 0-based index of word i's head, or -1 for the root; <paramref name="labels"/>[i] its relation id.
    /// </summary>
    internal void Parse(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> tags, Span<int> heads, Span<int> labels, int beam = 1)
    {
        if (beam > 1) { ParseBeam(words, tags, heads, labels, beam); return; }
        int n = words.Length;
        // One scratch state per thread: the parser itself stays read-only and shareable.
        var state = t_state;
        if (state is null || state.Capacity < n) t_state = state = new ParserState(n, Math.Max(n, 128));
        else state.Reset(n);
        var ctx = Context(words, tags);
        Span<ulong> features = stackalloc ulong[FeatureCount];
        features = features[..ActiveFeatures(Classes)];
        Span<float> scores = stackalloc float[ActionCount];
        while (!state.IsTerminal)
        {
            // On an empty stack SHIFT is the only move: nothing to score.
            if (state.Depth == 0) { state.Apply(ParserState.Shift); continue; }
            Features(state, ctx, features);
            _model.Score(features, scores);
            state.Apply(BestValid(state, scores));
        }
        WriteTree(state, n, heads, labels);
    }

    /// <summary>The sentence's inputs, its word classes looked up into this thread's scratch array.</summary>
    private ParserContext Context(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> tags)
    {
        int n = words.Length;
        var classes = t_classes;
        if (classes is null || classes.Length < n) t_classes = classes = new uint[Math.Max(n, 128)];
        Classes.Lookup(words, classes);
        return new ParserContext(words, tags, classes.AsSpan(0, n));
    }

    /// <summary>A finished state's tree as 0-based heads (-1 for the root) and relation ids.</summary>
    private static void WriteTree(ParserState state, int n, Span<int> heads, Span<int> labels)
    {
        for (int i = 1; i <= n; i++)
        {
            heads[i - 1] = state.Head[i] <= 0 ? -1 : state.Head[i] - 1;
            labels[i - 1] = Math.Max(0, state.Label[i]);
        }
    }

    [ThreadStatic]
    private static ParserState[]? t_beam;

    /// <summary>
    /// The scale of the perceptron scores for the beam's softmax, chosen on GUM dev (held out from training) with
    /// the shipped parser: 10-35 tried, 25 best; the shipped scores are not calibrated, so it belongs to that model.
    /// </summary>
    internal const double BeamTemperature = 25;

    /// <summary>
    /// Beam-search decoding with the same (greedily trained) model: keeps the <paramref name="width"/> best partial
    /// parses by summed transition log-probabilities. Every parse takes exactly 2n transitions, so the beam advances in lockstep.
    /// </summary>
    internal void ParseBeam(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> tags, Span<int> heads, Span<int> labels, int width)
    {
        int n = words.Length;
        // Two banks of states per thread: the live beam and the one being built from it.
        var pool = t_beam;
        if (pool is null || pool.Length < 2 * width || pool[0].Capacity < n)
        {
            int capacity = Math.Max(n, Math.Max(128, pool is null ? 0 : pool[0].Capacity));
            pool = new ParserState[2 * Math.Max(width, pool is null ? 0 : pool.Length / 2)];
            for (int i = 0; i < pool.Length; i++) pool[i] = new ParserState(n, capacity);
            t_beam = pool;
        }
        var ctx = Context(words, tags);
        Span<ulong> features = stackalloc ulong[FeatureCount];
        features = features[..ActiveFeatures(Classes)];
        Span<float> scores = stackalloc float[ActionCount];
        Span<double> beamScore = stackalloc double[width];
        Span<double> candScore = stackalloc double[width];
        Span<int> candFrom = stackalloc int[width], candAction = stackalloc int[width];
        int live = 1, bank = 0;
        pool[0].Reset(n);
        beamScore[0] = 0;
        for (int step = 0; step < 2 * n; step++)
        {
            int count = 0;
            for (int b = 0; b < live; b++)
            {
                var state = pool[bank + b];
                if (state.Depth == 0)
                {
                    // On an empty stack SHIFT is the only move: nothing to score.
                    Insert(beamScore[b], b, ParserState.Shift, candScore, candFrom, candAction, ref count);
                    continue;
                }
                Features(state, ctx, features);
                _model.Score(features, scores);
                // Raw perceptron scores are not comparable across states (summing them costs 6 UAS): sum instead
                // each transition's log-softmax over the valid ones, scores divided by BeamTemperature.
                double max = double.NegativeInfinity, z = 0;
                for (int a = 0; a < scores.Length; a++) if (state.IsValid(a)) max = Math.Max(max, scores[a]);
                for (int a = 0; a < scores.Length; a++) if (state.IsValid(a)) z += Math.Exp((scores[a] - max) / BeamTemperature);
                double logZ = Math.Log(z);
                for (int a = 0; a < scores.Length; a++)
                    if (state.IsValid(a)) Insert(beamScore[b] + (scores[a] - max) / BeamTemperature - logZ, b, a, candScore, candFrom, candAction, ref count);
            }
            int next = width - bank; // the other bank
            for (int c = 0; c < count; c++)
            {
                var target = pool[next + c];
                target.CopyFrom(pool[bank + candFrom[c]]);
                target.Apply(candAction[c]);
                beamScore[c] = candScore[c];
            }
            live = count;
            bank = next;
        }
        WriteTree(pool[bank], n, heads, labels); // candidates are kept best first
    }

    /// <summary>
    /// Inserts a candidate into the best-first list of at most score.Length; ties keep the earlier candidate
    /// (lower beam position, then lower action), so the search is deterministic and width 1 is greedy.
    /// </summary>
    private static void Insert(double value, int from, int action, Span<double> score, Span<int> fromOf, Span<int> actionOf, ref int count)
    {
        int width = score.Length;
        if (count == width && value <= score[width - 1]) return;
        int i = count < width ? count++ : width - 1;
        while (i > 0 && score[i - 1] < value)
        {
            score[i] = score[i - 1]; fromOf[i] = fromOf[i - 1]; actionOf[i] = actionOf[i - 1];
            i--;
        }
        score[i] = value; fromOf[i] = from; actionOf[i] = action;
    }

    internal static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        bool canLeft = state.CanLeft, canRight = state.CanRight;
        if (state.CanShift) { best = 0; bestScore = scores[0]; }
        // The first of the highest-scoring valid actions; one loop per validity case keeps the test out of the loop.
        int first = canLeft ? 1 : 2, step = canLeft && canRight ? 1 : 2;
        if (!canLeft && !canRight) return best;
        for (int a = first; a < scores.Length; a += step)
        {
            if (best < 0 || scores[a] > bestScore) { best = a; bestScore = scores[a]; }
        }
        return best;
    }

    /// <summary>The per-sentence inputs: word hashes, tag hashes and word classes, index 0 being the root.</summary>
    internal readonly ref struct ParserContext(ReadOnlySpan<WordInfo> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<uint> classes)
    {
        private readonly ReadOnlySpan<WordInfo> _words = words;
        private readonly ReadOnlySpan<ulong> _tags = tags;
        private readonly ReadOnlySpan<uint> _classes = classes;

        /// <summary>Fine word class (0x0E0E outside the sentence, 0x2007 for the root).</summary>
        public ulong F(int i) => i < 0 ? 0x0E0E : i == 0 ? 0x2007 : WordClasses.Fine(_classes[i - 1]);

        /// <summary>Coarse word class.</summary>
        public ulong C(int i) => i < 0 ? 0x0E0E : i == 0 ? 0x2007 : WordClasses.Coarse(_classes[i - 1]);

        public ulong W(int i) => i < 0 ? 0x0E0E : i == 0 ? 0x2007 : _words[i - 1].Lower;

        public ulong T(int i) => i < 0 ? 0x0E0E : i == 0 ? 0x2007 : _tags[i - 1];
    }

    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0) return 0;
        int d = Math.Abs(b - a);
        return d switch { <= 4 => (ulong)d, <= 6 => 5, <= 9 => 6, _ => 7 };
    }

    private static ulong Lab(ParserState st, int i) => i < 0 ? 0xFFFF : (ulong)(st.Label[i] + 1);

    private static int Child(int[] children, int i) => i < 0 ? ParserState.None : children[i];

    internal static void Features(ParserState st, ParserContext c, Span<ulong> f)
    {
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2), b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        // The root sits after the last word: measure distances to it as position n + 1.
        int b0pos = b0 == 0 ? st.N + 1 : b0;
        ulong s0w = c.W(s0), s0t = c.T(s0), s1w = c.W(s1), s1t = c.T(s1), s2t = c.T(s2);
        ulong b0w = c.W(b0), b0t = c.T(b0), b1w = c.W(b1), b1t = c.T(b1), b2w = c.W(b2), b2t = c.T(b2);
        ulong d = Distance(s0, b0pos), d2 = Distance(s1, s0);
        ulong s0vl = s0 >= 0 ? (ulong)st.LeftCount[s0] : 99, s0vr = s0 >= 0 ? (ulong)st.RightCount[s0] : 99;
        ulong b0vl = b0 >= 0 ? (ulong)st.LeftCount[b0] : 99;
        ulong s1vl = s1 >= 0 ? (ulong)st.LeftCount[s1] : 99, s1vr = s1 >= 0 ? (ulong)st.RightCount[s1] : 99;
        int s0l1 = Child(st.L1, s0), s0l2 = Child(st.L2, s0), s0r1 = Child(st.R1, s0), s0r2 = Child(st.R2, s0);
        int b0l1 = Child(st.L1, b0), b0l2 = Child(st.L2, b0);
        int s1l1 = Child(st.L1, s1), s1r1 = Child(st.R1, s1);
        ulong s0ls = s0 >= 0 ? st.LeftLabels[s0] : 1, s0rs = s0 >= 0 ? st.RightLabels[s0] : 1, b0ls = b0 >= 0 ? st.LeftLabels[b0] : 1;
        ulong s1rs = s1 >= 0 ? st.RightLabels[s1] : 1;

        int k = 0;
        f[k++] = FeatureHash.F(1, s0w);
        f[k++] = FeatureHash.F(2, s0t);
        f[k++] = FeatureHash.F(3, s0w, s0t);
        f[k++] = FeatureHash.F(4, b0w);
        f[k++] = FeatureHash.F(5, b0t);
        f[k++] = FeatureHash.F(6, b0w, b0t);
        f[k++] = FeatureHash.F(7, b1w);
        f[k++] = FeatureHash.F(8, b1t);
        f[k++] = FeatureHash.F(9, b1w, b1t);
        f[k++] = FeatureHash.F(10, b2w);
        f[k++] = FeatureHash.F(11, b2t);
        f[k++] = FeatureHash.F(12, b2w, b2t);
        f[k++] = FeatureHash.F(13, s1w);
        f[k++] = FeatureHash.F(14, s1t);
        f[k++] = FeatureHash.F(15, s1w, s1t);
        f[k++] = FeatureHash.F(16, s2t);
        f[k++] = FeatureHash.F(17, s0w, s0t, b0w, b0t);
        f[k++] = FeatureHash.F(18, s0w, s0t, b0w);
        f[k++] = FeatureHash.F(19, s0w, b0w, b0t);
        f[k++] = FeatureHash.F(20, s0w, s0t, b0t);
        f[k++] = FeatureHash.F(21, s0t, b0w, b0t);
        f[k++] = FeatureHash.F(22, s0w, b0w);
        f[k++] = FeatureHash.F(23, s0t, b0t);
        f[k++] = FeatureHash.F(24, b0t, b1t);
        f[k++] = FeatureHash.F(25, b0t, b1t, b2t);
        f[k++] = FeatureHash.F(26, s0t, b0t, b1t);
        f[k++] = FeatureHash.F(27, s1t, s0t, b0t);
        f[k++] = FeatureHash.F(28, s1t, s0t);
        f[k++] = FeatureHash.F(29, s1w, s0w);
        f[k++] = FeatureHash.F(30, s1w, s1t, s0t);
        f[k++] = FeatureHash.F(31, s1t, s0w, s0t);
        f[k++] = FeatureHash.F(32, s2t, s1t, s0t);
        f[k++] = FeatureHash.F(33, s0w, d);
        f[k++] = FeatureHash.F(34, s0t, d);
        f[k++] = FeatureHash.F(35, b0w, d);
        f[k++] = FeatureHash.F(36, b0t, d);
        f[k++] = FeatureHash.F(37, s0w, b0w, d);
        f[k++] = FeatureHash.F(38, s0t, b0t, d);
        f[k++] = FeatureHash.F(39, s1t, s0t, d2);
        f[k++] = FeatureHash.F(40, s0w, s0vr);
        f[k++] = FeatureHash.F(41, s0t, s0vr);
        f[k++] = FeatureHash.F(42, s0w, s0vl);
        f[k++] = FeatureHash.F(43, s0t, s0vl);
        f[k++] = FeatureHash.F(44, b0w, b0vl);
        f[k++] = FeatureHash.F(45, b0t, b0vl);
        f[k++] = FeatureHash.F(46, s1t, s1vr);
        f[k++] = FeatureHash.F(47, s1t, s1vl);
        f[k++] = FeatureHash.F(48, c.W(s0l1));
        f[k++] = FeatureHash.F(49, c.T(s0l1));
        f[k++] = FeatureHash.F(50, Lab(st, s0l1));
        f[k++] = FeatureHash.F(51, c.W(s0r1));
        f[k++] = FeatureHash.F(52, c.T(s0r1));
        f[k++] = FeatureHash.F(53, Lab(st, s0r1));
        f[k++] = FeatureHash.F(54, c.W(b0l1));
        f[k++] = FeatureHash.F(55, c.T(b0l1));
        f[k++] = FeatureHash.F(56, Lab(st, b0l1));
        f[k++] = FeatureHash.F(57, c.T(s1l1), Lab(st, s1l1));
        f[k++] = FeatureHash.F(58, c.W(s1r1));
        f[k++] = FeatureHash.F(59, c.T(s1r1));
        f[k++] = FeatureHash.F(60, Lab(st, s1r1));
        f[k++] = FeatureHash.F(61, c.T(s0l2));
        f[k++] = FeatureHash.F(62, Lab(st, s0l2));
        f[k++] = FeatureHash.F(63, c.T(s0r2));
        f[k++] = FeatureHash.F(64, Lab(st, s0r2));
        f[k++] = FeatureHash.F(65, c.T(b0l2));
        f[k++] = FeatureHash.F(66, Lab(st, b0l2));
        f[k++] = FeatureHash.F(67, s0t, c.T(s0l1), c.T(s0l2));
        f[k++] = FeatureHash.F(68, s0t, c.T(s0r1), c.T(s0r2));
        f[k++] = FeatureHash.F(69, b0t, c.T(b0l1), c.T(b0l2));
        f[k++] = FeatureHash.F(70, s0t, Lab(st, s0l1), b0t);
        f[k++] = FeatureHash.F(71, s0t, Lab(st, s0r1), b0t);
        f[k++] = FeatureHash.F(72, s1t, Lab(st, s1r1), s0t);
        f[k++] = FeatureHash.F(73, s0w, s0rs);
        f[k++] = FeatureHash.F(74, s0t, s0rs);
        f[k++] = FeatureHash.F(75, s0w, s0ls);
        f[k++] = FeatureHash.F(76, s0t, s0ls);
        f[k++] = FeatureHash.F(77, b0w, b0ls);
        f[k++] = FeatureHash.F(78, b0t, b0ls);
        f[k++] = FeatureHash.F(79, s1t, s1rs);
        f[k++] = FeatureHash.F(80, s0t, b0t, b1t, s1t);
        f[k++] = FeatureHash.F(81, b0w, b1w);
        f[k++] = FeatureHash.F(82, s0w, b0t, b1t);
        if (f.Length == FeatureCountWithoutClasses) return; // a model without word classes
        // Word classes learned without labels (Koo et al. 2008): words and word pairs backed off to their classes.
        ulong s0f = c.F(s0), b0f = c.F(b0), b1f = c.F(b1), s1f = c.F(s1);
        ulong s0c = c.C(s0), b0c = c.C(b0), b1c = c.C(b1), s1c = c.C(s1);
        f[k++] = FeatureHash.F(83, s0f);
        f[k++] = FeatureHash.F(84, b0f);
        f[k++] = FeatureHash.F(85, b1f);
        f[k++] = FeatureHash.F(86, s1f);
        f[k++] = FeatureHash.F(87, s0f, b0f);
        f[k++] = FeatureHash.F(88, s0f, b0t);
        f[k++] = FeatureHash.F(89, s0t, b0f);
        f[k++] = FeatureHash.F(90, s0c, b0c, d);
        f[k++] = FeatureHash.F(91, s1f, s0f);
        f[k++] = FeatureHash.F(92, s1c, s0c, b0c);
        f[k++] = FeatureHash.F(93, s0c, b0c, b1c);
        f[k++] = FeatureHash.F(94, s0f, s0t, b0c, b0t);
        f[k++] = FeatureHash.F(95, s0c, s0t, b0f, b0t);
        f[k++] = FeatureHash.F(96, b0f, b1t);
        f[k++] = FeatureHash.F(97, c.F(s0l1), Lab(st, s0l1));
        f[k++] = FeatureHash.F(98, c.F(s0r1), Lab(st, s0r1));
        f[k++] = FeatureHash.F(99, c.F(b0l1), Lab(st, b0l1));
        f[k++] = FeatureHash.F(100, s0c, c.C(s0r1), b0c);
        // Zhang and Nivre's (2011) tag triples with a child's tag, and the s1-s0 pair that RIGHT decides on.
        f[k++] = FeatureHash.F(101, s0t, c.T(s0l1), b0t);
        f[k++] = FeatureHash.F(102, s0t, c.T(s0r1), b0t);
        f[k++] = FeatureHash.F(103, s0t, b0t, c.T(b0l1));
        f[k++] = FeatureHash.F(104, s1t, s0t, c.T(s0l1));
        f[k++] = FeatureHash.F(105, s1t, c.T(s1r1), s0t);
        f[k++] = FeatureHash.F(106, s1w, s1t, s0w, s0t);
        f[k++] = FeatureHash.F(107, s1w, s0t, d2);
        f[k++] = FeatureHash.F(108, s1t, s0w, d2);
        f[k++] = FeatureHash.F(109, c.W(s2), s2t);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new BrotliStream(file, CompressionLevel.Optimal);
        using var w = new BinaryWriter(zip);
        // A parser without word classes is saved in the earlier format, byte for byte as before them.
        w.Write(Classes.Count > 0 ? Magic : MagicWithoutClasses);
        w.Write(Labels.Count);
        foreach (var label in Labels) w.Write(label);
        _model.Write(w);
        if (Classes.Count > 0) Classes.Write(w);
    }

    public static DependencyParser Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new BrotliStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(zip, 1 << 16);
        using var r = new BinaryReader(buffered);
        var magic = r.ReadString();
        if (magic != Magic && magic != MagicWithoutClasses) throw new InvalidDataException($"{path} is not a Dateline parser model ({Magic}).");
        int n = r.ReadInt32();
        var labels = new string[n];
        for (int i = 0; i < n; i++) labels[i] = string.Intern(r.ReadString());
        var model = PerceptronModel.Read(r);
        return new DependencyParser(labels, model, magic == Magic ? WordClasses.Read(r) : WordClasses.Empty);
    }
}
