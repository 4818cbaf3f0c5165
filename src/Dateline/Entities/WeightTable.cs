namespace Dateline.Entities;

/// <summary>Feature key -> a row of one weight per tag, stored flat for cache-friendly scoring.</summary>
internal sealed class WeightTable(int tagCount) : IWeights
{
    private readonly Dictionary<ulong, int> _rows = [];

    public int TagCount { get; } = tagCount;

    public float[] Data { get; private set; } = new float[tagCount * 1024];

    public int RowCount => _rows.Count;

    public IEnumerable<KeyValuePair<ulong, int>> Rows => _rows;

    public bool TryGetRow(ulong key, out int offset) => _rows.TryGetValue(key, out offset);

    public int GetOrAddRow(ulong key)
    {
        if (_rows.TryGetValue(key, out var offset))
            return offset;
        offset = _rows.Count * TagCount;
        if (offset + TagCount > Data.Length)
        {
            var bigger = new float[Data.Length * 2];
            Array.Copy(Data, bigger, Data.Length);
            Data = bigger;
            Grown?.Invoke(bigger.Length);
        }
        _rows[key] = offset;
        return offset;
    }

    /// <summary>Lets the trainer grow its parallel arrays (totals, time stamps) in step.</summary>
    public Action<int>? Grown { get; set; }

    public void Add(ulong key, Span<float> scores)
    {
        if (key == 0 || !_rows.TryGetValue(key, out var offset))
            return;
        var row = Data.AsSpan(offset, TagCount);
        for (var t = 0; t < scores.Length; t++)
            scores[t] += row[t];
    }
}
