using System.Collections.Frozen;

namespace Dateline.Events;

/// <summary>A small fixed set of words, matched ignoring case (named vocabularies of the coder).</summary>
internal sealed class FrozenWords(params string[] words)
{
    private readonly FrozenSet<string> _set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public bool Contains(string word) => _set.Contains(word);
}
