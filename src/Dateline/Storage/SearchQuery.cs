using System.Text;

namespace Dateline.Storage;

/// <summary>
/// Turns what a user typed into the words of a full-text query: letters and digits only, so that no
/// input can be a syntax error in FTS5 or tsquery ("Haftar's (LNA)" → haftar s lna). All words must match.
/// </summary>
public static class SearchQuery
{
    public const int MaxWords = 16;

    public static IReadOnlyList<string> Words(string query)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (char c in query.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0 && words.Count < MaxWords) words.Add(current.ToString());
            current.Clear();
        }
    }
}
