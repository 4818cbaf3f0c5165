namespace Dateline.Language;

/// <summary>
/// Arc-hybrid configuration (Kuhlmann et al. 2011) over words 1..n with the root (0) at the end of
/// the buffer: SHIFT pushes the first buffer word; LEFT-l makes the buffer front the head of the stack
/// top and pops it; RIGHT-l makes the second stack item the head of the top and pops it. Keeps the
/// two leftmost and rightmost children of every word for the features.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0;
    public const int None = -1;

    public int N { get; private set; }
    public readonly int[] Stack;
    public int Depth;
    public int Next; // first buffer word 1..n; n + 1 = only the root is left
    public readonly int[] Head, Label, L1, L2, R1, R2, LeftCount, RightCount;
    public readonly ulong[] LeftLabels, RightLabels;

    /// <summary>A state for sentences of up to <paramref name="capacity"/> words, ready for one of <paramref name="n"/> words.</summary>
    public ParserState(int n, int capacity = 0)
    {
        capacity = Math.Max(n, capacity);
        Capacity = capacity;
        Stack = new int[capacity + 1];
        Head = new int[capacity + 1]; Label = new int[capacity + 1];
        L1 = new int[capacity + 1]; L2 = new int[capacity + 1]; R1 = new int[capacity + 1]; R2 = new int[capacity + 1];
        LeftCount = new int[capacity + 1]; RightCount = new int[capacity + 1];
        LeftLabels = new ulong[capacity + 1]; RightLabels = new ulong[capacity + 1];
        Reset(n);
    }

    public int Capacity { get; }

    /// <summary>The initial configuration for a sentence of <paramref name="n"/> words (n at most Capacity).</summary>
    public void Reset(int n)
    {
        N = n;
        Depth = 0;
        Next = 1;
        int len = n + 1;
        Head.AsSpan(0, len).Fill(None); Label.AsSpan(0, len).Fill(None);
        L1.AsSpan(0, len).Fill(None); L2.AsSpan(0, len).Fill(None); R1.AsSpan(0, len).Fill(None); R2.AsSpan(0, len).Fill(None);
        LeftCount.AsSpan(0, len).Clear(); RightCount.AsSpan(0, len).Clear();
        LeftLabels.AsSpan(0, len).Clear(); RightLabels.AsSpan(0, len).Clear();
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (same sentence; for beam search).</summary>
    public void CopyFrom(ParserState other)
    {
        N = other.N;
        Depth = other.Depth;
        Next = other.Next;
        int len = N + 1;
        other.Stack.AsSpan(0, Depth).CopyTo(Stack);
        other.Head.AsSpan(0, len).CopyTo(Head); other.Label.AsSpan(0, len).CopyTo(Label);
        other.L1.AsSpan(0, len).CopyTo(L1); other.L2.AsSpan(0, len).CopyTo(L2);
        other.R1.AsSpan(0, len).CopyTo(R1); other.R2.AsSpan(0, len).CopyTo(R2);
        other.LeftCount.AsSpan(0, len).CopyTo(LeftCount); other.RightCount.AsSpan(0, len).CopyTo(RightCount);
        other.LeftLabels.AsSpan(0, len).CopyTo(LeftLabels); other.RightLabels.AsSpan(0, len).CopyTo(RightLabels);
    }

    public bool IsTerminal => Next > N && Depth == 0;

    public int S(int k) => Depth > k ? Stack[Depth - 1 - k] : None;

    /// <summary>The k-th buffer word; the root (0) follows the last word.</summary>
    public int B(int k) => Next + k <= N ? Next + k : Next + k == N + 1 ? 0 : None;

    public static int Left(int label) => 1 + 2 * label;

    public static int Right(int label) => 2 + 2 * label;

    public bool CanShift => Next <= N;

    // The root takes exactly one dependent: the last word on the stack.
    public bool CanLeft => Depth > 0 && (Next <= N || Depth == 1);

    public bool CanRight => Depth > 1;

    public bool IsValid(int action) => action == Shift ? CanShift : (action & 1) == 1 ? CanLeft : CanRight;

    public void Apply(int action)
    {
        if (action == Shift) { Stack[Depth++] = Next++; return; }
        int s0 = Stack[--Depth];
        int label = (action - 1) >> 1;
        int head = (action & 1) == 1 ? B(0) : Stack[Depth - 1];
        Attach(head, s0, label);
    }

    private void Attach(int head, int dep, int label)
    {
        Head[dep] = head;
        Label[dep] = label;
        if (dep < head || head == 0)
        {
            // Left dependents arrive right to left in arc-hybrid; keep the two leftmost.
            if (L1[head] == None || dep < L1[head]) { L2[head] = L1[head]; L1[head] = dep; }
            else if (L2[head] == None || dep < L2[head]) L2[head] = dep;
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
        }
        else
        {
            if (R1[head] == None || dep > R1[head]) { R2[head] = R1[head]; R1[head] = dep; }
            else if (R2[head] == None || dep > R2[head]) R2[head] = dep;
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
        }
    }

    /// <summary>
    /// Dynamic-oracle costs (Goldberg and Nivre 2013) of SHIFT, LEFT and RIGHT: how many gold arcs
    /// each transition makes unreachable. <paramref name="gold"/>[d] is the gold head of word d.
    /// </summary>
    public void Costs(int[] gold, out int shift, out int left, out int right)
    {
        shift = left = right = int.MaxValue;
        int s0 = S(0), s1 = S(1), b0 = B(0);
        if (CanShift)
        {
            int c = 0;
            for (int k = 0; k < Depth; k++)
            {
                int s = Stack[k];
                if (gold[s] == b0) c++;
                if (gold[b0] == s && s != s0) c++;
            }
            shift = c;
        }
        if (Depth > 0)
        {
            int deps = 0;
            for (int d = Next; d <= N; d++) if (gold[d] == s0) deps++;
            int h = gold[s0];
            bool headInBuffer = h == 0 || h >= Next;
            if (CanLeft) left = deps + (h != b0 && (h == s1 || headInBuffer) ? 1 : 0);
            if (CanRight) right = deps + (h != s1 && headInBuffer ? 1 : 0);
        }
    }
}
