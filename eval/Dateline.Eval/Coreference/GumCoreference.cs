using Dateline.Eval.Language;
using Dateline.Language;
using Dateline.Model;

namespace Dateline.Eval.Coreference;

/// <summary>One gold mention of GUM's coreference layer: its entity id, type ("person", "organization" ...) and words.</summary>
internal sealed record GumMention(int Entity, string Type, int FirstWord, int LastWord, TextSpan Span);

/// <summary>
/// GUM's gold coreference read from the MISC column's <c>Entity=</c> brackets ("(3-person-giv:act-...-Lord_Byron)" opens
/// and closes entity 3 on one word, "(8-organization-..." opens it, "8)" closes it), over the words of a
/// <see cref="GoldDocument"/> (word index = position in <see cref="GoldDocument.Words"/>).
/// </summary>
internal static class GumCoreference
{
    public static List<GumMention> Read(GoldDocument doc)
    {
        var mentions = new List<GumMention>();
        var open = new Dictionary<int, Stack<(int Word, string Type)>>();
        for (int w = 0; w < doc.Words.Count; w++)
        {
            var value = EntityField(doc.Words[w].Word.Misc);
            int i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    int end = i + 1;
                    while (end < value.Length && value[end] is not ('(' or ')')) end++;
                    var parts = value[(i + 1)..end].Split('-');
                    int id = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                    var type = parts.Length > 1 ? parts[1] : "";
                    if (end < value.Length && value[end] == ')') { mentions.Add(Mention(doc, id, type, w, w)); end++; }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack)) open[id] = stack = new();
                        stack.Push((w, type));
                    }
                    i = end;
                }
                else if (char.IsDigit(value[i]))
                {
                    int end = i;
                    while (end < value.Length && char.IsDigit(value[end])) end++;
                    int id = int.Parse(value[i..end], System.Globalization.CultureInfo.InvariantCulture);
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (first, type) = stack.Pop();
                        mentions.Add(Mention(doc, id, type, first, w));
                    }
                    i = end + 1;
                }
                else i++;
            }
        }
        return mentions;
    }

    private static GumMention Mention(GoldDocument doc, int id, string type, int first, int last) =>
        new(id, type, first, last, new TextSpan(doc.Words[first].Span.Start, doc.Words[last].Span.End));

    private static string EntityField(string misc)
    {
        foreach (var field in misc.Split('|'))
            if (field.StartsWith("Entity=", StringComparison.Ordinal)) return field[7..];
        return "";
    }
}
