namespace Dateline.Eval.Coreference;

/// <summary>
/// Blocking-key postings as the store keeps them: key → cluster ids, most recent last; a look-up reads at most
/// <see cref="MaxPerKey"/> most recent ids per key (the store's cap for that kind of node), so candidate retrieval
/// stays bounded as the store grows.
/// </summary>
public sealed class KeyIndex(int maxPerKey)
{
    public int MaxPerKey { get; } = maxPerKey;

    private readonly Dictionary<string, List<string>> _postings = new(StringComparer.Ordinal);

    public void Add(IEnumerable<string> keys, string id)
    {
        foreach (var k in keys)
        {
            if (!_postings.TryGetValue(k, out var list)) _postings[k] = list = [];
            // Move to the end: the most recently updated cluster is the freshest.
            list.Remove(id);
            list.Add(id);
        }
    }

    public IReadOnlyList<string> Lookup(IEnumerable<string> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var k in keys)
        {
            if (!_postings.TryGetValue(k, out var list)) continue;
            for (int i = list.Count - 1; i >= 0 && i >= list.Count - MaxPerKey; i--)
                if (seen.Add(list[i])) result.Add(list[i]);
        }
        return result;
    }
}
