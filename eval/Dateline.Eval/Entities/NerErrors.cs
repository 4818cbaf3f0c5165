using System.Globalization;
using Dateline.Entities;

namespace Dateline.Eval.Entities;

/// <summary>
/// The error listing of `dateline eval ner --errors N`: each gold or predicted name that does not
/// match exactly falls in one class (missed TYPE, spurious TYPE, GOLD->PREDICTED type confusion on
/// the same words, boundary TYPE where the words overlap), printed largest class first with up to
/// N examples and their context. Each error also carries its article's reading (sports report or other, by
/// <see cref="NerModel.IsSportsArticle"/>): the summary splits each class by it, and `--errors-file FILE` writes every
/// error as a tab-separated line (class, reading, name, what was predicted there, the sentence) for sorting and counting.
/// </summary>
public sealed class NerErrors
{
    private readonly Dictionary<string, List<string>> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sports = new(StringComparer.Ordinal);
    private readonly List<string> _lines = [];

    public void Add(IReadOnlyList<string> words, IReadOnlyCollection<BioSpan> gold, IReadOnlyCollection<BioSpan> predicted, bool sports = false)
    {
        _reading = sports;
        foreach (var g in gold.Where(g => !predicted.Contains(g)))
        {
            var overlap = predicted.Where(p => p.Start < g.End && g.Start < p.End).ToList();
            var same = overlap.FirstOrDefault(p => p.Start == g.Start && p.End == g.End);
            var key = overlap.Count == 0 ? "missed " + g.Type : same != default ? $"{g.Type}->{same.Type}" : "boundary " + g.Type;
            Note(key, words, g, overlap.Count == 0 || same != default ? null : overlap[0]);
        }
        foreach (var p in predicted.Where(p => !gold.Any(g => p.Start < g.End && g.Start < p.End)))
            Note("spurious " + p.Type, words, p, null);
    }

    private bool _reading;

    private void Note(string key, IReadOnlyList<string> words, BioSpan span, BioSpan? other)
    {
        if (!_classes.TryGetValue(key, out var list))
            _classes[key] = list = [];
        if (_reading)
            _sports[key] = _sports.GetValueOrDefault(key) + 1;
        _lines.Add(string.Join('\t', key, _reading ? "sports" : "other", string.Join(' ', words.Skip(span.Start).Take(span.End - span.Start)),
            other is { } p ? $"{string.Join(' ', words.Skip(p.Start).Take(p.End - p.Start))} {p.Type}" : "", string.Join(' ', words)));
        var from = Math.Max(0, span.Start - 3);
        var to = Math.Min(words.Count, span.End + 3);
        var name = string.Join(' ', words.Skip(span.Start).Take(span.End - span.Start));
        var text = $"[{name}]" + (other is { } o ? $" (predicted [{string.Join(' ', words.Skip(o.Start).Take(o.End - o.Start))}] {o.Type})" : "")
            + $"  ... {string.Join(' ', words.Skip(from).Take(to - from))} ...";
        list.Add(text);
    }

    /// <summary>Every error, one tab-separated line each: class, sports|other, name, predicted name and type (boundary
    /// errors), sentence.</summary>
    public void WriteAll(TextWriter output)
    {
        output.WriteLine("class\treading\tname\tpredicted\tsentence");
        foreach (var line in _lines)
            output.WriteLine(line);
    }

    public void Write(TextWriter output, int examples)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"errors: {_classes.Values.Sum(l => l.Count)} in {_classes.Count} classes"));
        foreach (var (key, list) in _classes.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{list.Count,5}  {key}  (sports {_sports.GetValueOrDefault(key)}, other {list.Count - _sports.GetValueOrDefault(key)})"));
            foreach (var example in list.Take(examples))
                output.WriteLine("         " + example);
        }
    }
}
