using System.Buffers;
using Dateline.Model;

namespace Dateline.Text;

/// <summary>
/// Splits text into UD English word tokens, as character spans over the text (the text itself is
/// never rewritten). UD English-EWT is the reference: clitics are separate words ("Italy's" is
/// Italy + 's, "don't" is do + n't, "cannot" is can + not), hyphens between words are tokens of
/// their own ("al-Sarraj" is al + - + Sarraj) except after common prefixes ("e-mail", "co-workers"),
/// punctuation is split off except the period of an abbreviation ("U.S.", "Gen.", "Jan.", "M."),
/// and URLs, e-mail addresses, @handles, #hashtags and numbers ("1,000", "3.5", "10:30", "2019-05-16")
/// stay whole. Allocation-free apart from the output list.
/// </summary>
public static class Tokenizer
{
    /// <summary>The token spans of <paramref name="text"/>.</summary>
    public static List<TextSpan> Tokenize(string text)
    {
        var tokens = new List<TextSpan>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the token spans of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<TextSpan> output)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            int start = i;
            while (i < text.Length && !IsSpace(text[i])) i++;
            if (i > start) TokenizeChunk(text, start, i, output);
        }
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private static readonly SearchValues<char> OpeningPunct = SearchValues.Create("([{<\"'`“‘«‹„‚¿¡*");
    private static readonly SearchValues<char> ClosingPunct = SearchValues.Create(")]}>\"'`”’»›*");
    private static readonly SearchValues<char> Currency = SearchValues.Create("$£€¥₹");
    private static readonly SearchValues<char> TrailingSingles = SearchValues.Create(",;:%");

    private static void TokenizeChunk(ReadOnlySpan<char> text, int s, int e, List<TextSpan> output)
    {
        // Leading punctuation: quotes, brackets, currency signs ("$5" is $ + 5, as in UD).
        while (s < e)
        {
            char c = text[s];
            if (s + 1 < e && (c == '`' && text[s + 1] == '`' || c == '\'' && text[s + 1] == '\''))
            {
                output.Add(new TextSpan(s, s + 2)); s += 2; continue;
            }
            if (c == '.' && IsEllipsisAt(text, s, e, out int len)) { output.Add(new TextSpan(s, s + len)); s += len; continue; }
            if (c == '…') { output.Add(new TextSpan(s, s + 1)); s++; continue; }
            if ((c == '-' || c == '–' || c == '—') && s + 1 < e)
            {
                int r = s;
                while (r < e && text[r] == c) r++;
                if (r < e && (c != '-' || r - s >= 2 || !char.IsDigit(text[r]))) { output.Add(new TextSpan(s, r)); s = r; continue; }
            }
            if (OpeningPunct.Contains(c) && s + 1 < e)
            {
                // "'s" or "'90s" at the start of a chunk is a clitic or a year, not a quote.
                if ((c == '\'' || c == '’' || c == '‘') && IsLeadingApostropheWord(text, s + 1, e)) break;
                output.Add(new TextSpan(s, s + 1)); s++; continue;
            }
            if (Currency.Contains(c) && s + 1 < e && (char.IsDigit(text[s + 1]) || text[s + 1] == '.'))
            {
                output.Add(new TextSpan(s, s + 1)); s++; continue;
            }
            break;
        }
        if (s >= e) return;

        // Trailing punctuation, collected right to left and emitted after the core.
        Span<TextSpan> trailing = stackalloc TextSpan[16];
        int nTrailing = 0;
        int end = e;
        while (end > s && nTrailing < trailing.Length)
        {
            char c = text[end - 1];
            int len = 0;
            if (c == '.')
            {
                int r = end;
                while (r > s && text[r - 1] == '.') r--;
                int dots = end - r;
                if (dots >= 2) len = dots; // "..", "...", "...."
                else if (end - 1 == s) len = 1;
                else if (IsAbbreviation(text, s, end)) break;
                else len = 1;
            }
            else if (c == '…' || c == '!' || c == '?')
            {
                int r = end;
                while (r > s && (text[r - 1] == '!' || text[r - 1] == '?' || text[r - 1] == '…')) r--;
                len = end - r;
            }
            else if (TrailingSingles.Contains(c))
            {
                if (c == '%' && end - 1 == s) break;
                len = 1;
            }
            else if ((c == '-' || c == '–' || c == '—') && end - 1 > s)
            {
                int r = end;
                while (r > s && text[r - 1] == c) r--;
                if (r == s) break;
                len = end - r;
            }
            else if (ClosingPunct.Contains(c) && end - 1 > s)
            {
                if (end - 2 >= s && (c == '\'' && text[end - 2] == '\'')) len = 2;
                else len = 1;
            }
            else break;
            if (len >= end - s) { trailing[nTrailing++] = new TextSpan(s, end); end = s; break; }
            trailing[nTrailing++] = new TextSpan(end - len, end);
            end -= len;
        }

        if (end > s) TokenizeCore(text, s, end, output);
        for (int k = nTrailing - 1; k >= 0; k--) output.Add(trailing[k]);
    }

    private static bool IsEllipsisAt(ReadOnlySpan<char> text, int s, int e, out int len)
    {
        int r = s;
        while (r < e && text[r] == '.') r++;
        len = r - s;
        return len >= 2;
    }

    private static bool IsLeadingApostropheWord(ReadOnlySpan<char> text, int s, int e)
    {
        var rest = text[s..e];
        if (rest.Length >= 2 && char.IsDigit(rest[0]) && char.IsDigit(rest[1])) return true; // '90s
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("em", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("til", StringComparison.OrdinalIgnoreCase) || rest.Equals("cause", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether text[s, end) (ending in '.') keeps its period: "U.S.", "e.g.", "M.", "Gen.", "Jan.".</summary>
    internal static bool IsAbbreviation(ReadOnlySpan<char> text, int s, int end)
    {
        var word = text[s..(end - 1)];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsLetter(word[0])) return true; // initials: "Jennifer M. Anderson"
        if (word.IndexOf('.') >= 0)
        {
            // "U.S.", "a.m.", "e.g.", "Ph.D." but not "3.5." or "bbc.co.uk."
            foreach (char c in word) if (!(char.IsLetter(c) || c == '.')) return false;
            int letterRun = 0;
            foreach (char c in word) { if (c == '.') letterRun = 0; else if (++letterRun > 2) return false; }
            return true;
        }
        return Abbreviations.IsKnown(word);
    }

    private static void TokenizeCore(ReadOnlySpan<char> text, int s, int e, List<TextSpan> output)
    {
        var core = text[s..e];
        if (IsWholeToken(core)) { output.Add(new TextSpan(s, e)); return; }

        // Clitics at the end: "Italy's", "Italy’s", "don't", "we're", "I'm", "parents'" (the last is handled as trailing quote).
        int cliticStart = CliticStart(core);
        if (cliticStart > 0)
        {
            SplitHyphens(text, s, s + cliticStart, output);
            int c = s + cliticStart;
            output.Add(new TextSpan(c, e));
            return;
        }
        if (core.Equals("cannot", StringComparison.OrdinalIgnoreCase)) { output.Add(new TextSpan(s, s + 3)); output.Add(new TextSpan(s + 3, e)); return; }
        if (core.Length == 5 && (core.Equals("gonna", StringComparison.OrdinalIgnoreCase) || core.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || core.Equals("gotta", StringComparison.OrdinalIgnoreCase)))
        {
            output.Add(new TextSpan(s, s + 3)); output.Add(new TextSpan(s + 3, e)); return;
        }
        SplitHyphens(text, s, e, output);
    }

    /// <summary>URLs, e-mail addresses, @handles, #hashtags and numbers stay one token whatever their punctuation.</summary>
    private static bool IsWholeToken(ReadOnlySpan<char> core)
    {
        if (core.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || core.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return true;
        if (core.Length > 1 && (core[0] == '@' || core[0] == '#') && (char.IsLetterOrDigit(core[1]) || core[1] == '_')) return true;
        int at = core.IndexOf('@');
        if (at > 0 && core[(at + 1)..].IndexOf('.') > 0) return true;
        // Numbers, dates, times, phone numbers: "1,000", "3.5", "10:30", "2019-05-16", "713-853-3989", "1/2".
        bool digit = false;
        foreach (char c in core)
        {
            if (char.IsDigit(c)) digit = true;
            else if (c is not ('.' or ',' or ':' or '-' or '/')) return false;
        }
        return digit && char.IsDigit(core[0]);
    }

    private static int CliticStart(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n >= 4 && (w[n - 1] == 't' || w[n - 1] == 'T') && IsApostrophe(w[n - 2]) && (w[n - 3] == 'n' || w[n - 3] == 'N')
            && char.IsLetter(w[n - 4]))
            return n - 3; // n't
        if (n >= 3 && IsApostrophe(w[n - 2]) && char.IsLetter(w[n - 3]))
        {
            char c = char.ToLowerInvariant(w[n - 1]);
            if (c is 's' or 'm' or 'd') return n - 2;
        }
        if (n >= 4 && IsApostrophe(w[n - 3]) && char.IsLetter(w[n - 4]))
        {
            var tail = w[(n - 2)..];
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase))
                return n - 3;
        }
        return 0;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`';

    /// <summary>
    /// Splits words at hyphens, dashes, slashes and commas between words as UD does ("al-Sarraj" is al - Sarraj,
    /// "Israeli-Palestinian" three tokens) but keeps prefixed words ("e-mail", "co-workers", "pre-war").
    /// </summary>
    private static void SplitHyphens(ReadOnlySpan<char> text, int s, int e, List<TextSpan> output)
    {
        int pieceStart = s;
        int i = s;
        while (i < e)
        {
            char c = text[i];
            bool dash = c is '-' or '–' or '—';
            if (dash && i > pieceStart && i + 1 < e)
            {
                var left = text[pieceStart..i];
                bool keep = c == '-' && (Abbreviations.IsHyphenPrefix(left) || left.Length == 1 && char.IsLetter(left[0])
                    || char.IsDigit(left[^1]) && char.IsDigit(text[i + 1]));
                if (!keep)
                {
                    output.Add(new TextSpan(pieceStart, i));
                    int r = i;
                    while (r < e && text[r] == c) r++;
                    output.Add(new TextSpan(i, r));
                    pieceStart = r;
                    i = r;
                    continue;
                }
            }
            else if ((c == '/' || c == ',') && i > pieceStart + 1 && i + 2 < e && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])
                && char.IsLetter(text[i + 2]) && (c == ',' || char.IsLetter(text[i - 2])))
            {
                // "and/or", "Mozilla/Firefox", "Baltimore,MD": UD splits the slash or comma off.
                output.Add(new TextSpan(pieceStart, i));
                output.Add(new TextSpan(i, i + 1));
                pieceStart = i + 1; i++; continue;
            }
            else if (c == '.' && i + 2 < e && text[i + 1] == '.' && i > pieceStart)
            {
                // "wait...what"
                int r = i;
                while (r < e && text[r] == '.') r++;
                output.Add(new TextSpan(pieceStart, i));
                output.Add(new TextSpan(i, r));
                pieceStart = r; i = r; continue;
            }
            i++;
        }
        if (e > pieceStart) output.Add(new TextSpan(pieceStart, e));
    }
}
