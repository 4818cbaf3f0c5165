using Dateline.Knowledge;
using Dateline.Model;

namespace Dateline.Entities;

/// <summary>
/// Finds the title or role the text gives a person: before the name ("Italian Defence Minister
/// Roberta Pinotti", "Italy's defence minister Roberta Pinotti", "Gen. Haftar"), at the start of
/// the tagged name ("Marshal Haftar" tagged whole), or in an apposition after it ("Roberta
/// Pinotti, Italy's defence minister,"). Also the country qualifying the role.
/// </summary>
public static class TitleFinder
{
    /// <param name="TitleBefore">Where a title found left of the name stands ("Chief Secretary to the Treasury" before "Paul Boateng").</param>
    /// <param name="Rank">The rank words before the title as a <see cref="TitleRank.Key"/> ("shadow" of "Tory shadow home
    /// secretary David Davis"); "" for none.</param>
    public sealed record Found(TextSpan NameSpan, string? TitleText, Title? Title, string? Country, TextSpan? TitleBefore = null, string Rank = "");

    private const int Window = 80;

    public static Found Find(string text, TextSpan span, KnowledgeBase knowledge)
    {
        var nameSpan = span;
        string? titleText = null;
        Title? title = null;
        string? country = null;
        TextSpan? titleBefore = null;

        // Inside: "Marshal Haftar", "Ms Pinotti" tagged as one name.
        var inside = WordSplitter.Split(span.Of(text));
        for (var len = Math.Min(knowledge.MaxTitleWords, inside.Count - 1); len >= 1; len--)
        {
            var candidate = string.Join(' ', inside.Take(len).Select(w => w.Text));
            if (knowledge.FindTitle(candidate) is { } t)
            {
                titleText = candidate;
                title = t;
                nameSpan = new TextSpan(span.Start + inside[len].Span.Start, span.End);
                break;
            }
        }

        // Before: the words just left of the name, on the same line.
        var leftEnd = title is null ? nameSpan.Start : span.Start;
        var from = Math.Max(0, leftEnd - Window);
        var left = text[from..leftEnd];
        var cut = left.LastIndexOf('\n');
        if (cut >= 0)
        {
            from += cut + 1;
            left = left[(cut + 1)..];
        }
        var words = WordSplitter.Split(left);
        var titleStart = words.Count;
        // "Attorney General Lord Goldsmith": an honorific inside the name leaves the role before it to be read.
        if (title is null || title.IsHonorific)
        {
            for (var len = Math.Min(knowledge.MaxTitleWords, words.Count); len >= 1; len--)
            {
                var candidate = string.Join(' ', words.Skip(words.Count - len).Select(w => w.Text));
                if (knowledge.FindTitle(candidate) is { } t && (title is null || !t.IsHonorific))
                {
                    titleText = candidate;
                    title = t;
                    titleStart = words.Count - len;
                    titleBefore = new TextSpan(from + words[titleStart].Span.Start, from + words[^1].Span.End);
                    break;
                }
            }
        }
        var rank = "";
        if (title is not null)
        {
            country = CountryBefore(words, titleStart, knowledge);
            rank = RankBefore(words, titleStart);
        }

        // After: ", Italy's defence minister" / ", the Italian foreign minister".
        if (title is null)
        {
            var to = Math.Min(text.Length, span.End + Window);
            var right = WordSplitter.Split(text[span.End..to]);
            if (right.Count > 1 && right[0].Text == ",")
            {
                var i = 1;
                if (right[i].Text is "the" or "The")
                    i++;
                var (code, used) = CountryAt(right, i, knowledge);
                i += used;
                for (var len = Math.Min(knowledge.MaxTitleWords, right.Count - i); len >= 1 && i < right.Count; len--)
                {
                    var candidate = string.Join(' ', right.Skip(i).Take(len).Select(w => w.Text));
                    if (knowledge.FindTitle(candidate) is { } t && !t.IsHonorific)
                    {
                        titleText = candidate;
                        title = t;
                        country = code;
                        break;
                    }
                }
            }
        }
        return new Found(nameSpan, titleText, title, country, titleBefore, rank);
    }

    /// <summary>How many words left of a title <see cref="RankBefore"/> reads ("former Northern Ireland minister").</summary>
    private const int RankReach = 4;

    /// <summary>
    /// The rank words just before word <paramref name="end"/> (the title's first): "shadow" of "Tory shadow home secretary",
    /// "former" of "former Labour foreign secretary" or "ex-Labour leader" (capitalised words, a party or country, stand
    /// between); "" for none.
    /// </summary>
    private static string RankBefore(List<WordSplitter.Word> words, int end)
    {
        var ranks = new List<string>();
        for (int j = end - 1, n = 0; j >= 0 && n < RankReach; j--, n++)
        {
            var word = words[j].Text;
            // "reforms under Home Secretary David Blunkett": before a title "under" is the preposition.
            if (word.Equals("under", StringComparison.OrdinalIgnoreCase))
                break;
            if (TitleRank.Of(word) is { } rank)
                ranks.Add(rank);
            else if (word.Length < 2 || !char.IsUpper(word[0]) || !word.All(char.IsLetter))
                break;
        }
        return TitleRank.Key(ranks);
    }

    /// <summary>"Italian" or "Italy 's" (or "United States '") just before word <paramref name="end"/>.</summary>
    private static string? CountryBefore(List<WordSplitter.Word> words, int end, KnowledgeBase knowledge)
    {
        var j = end - 1;
        if (j < 0)
            return null;
        if (words[j].Text is "'s" or "’s" or "'")
            j--;
        for (var len = 1; len <= 3 && j - len + 1 >= 0; len++)
        {
            var candidate = string.Join(' ', words.Skip(j - len + 1).Take(len).Select(w => w.Text));
            if (knowledge.FindCountry(candidate) is { } c)
                return c.Iso3;
        }
        return null;
    }

    private static (string? Code, int Used) CountryAt(List<WordSplitter.Word> words, int i, KnowledgeBase knowledge)
    {
        for (var len = 3; len >= 1; len--)
        {
            if (i + len > words.Count)
                continue;
            var candidate = string.Join(' ', words.Skip(i).Take(len).Select(w => w.Text));
            if (knowledge.FindCountry(candidate) is { } c)
            {
                var used = len;
                if (i + len < words.Count && words[i + len].Text is "'s" or "’s")
                    used++;
                return (c.Iso3, used);
            }
        }
        return (null, 0);
    }
}
