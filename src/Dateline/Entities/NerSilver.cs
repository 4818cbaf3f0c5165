using System.Globalization;
using Dateline.Knowledge;

namespace Dateline.Entities;

/// <summary>
/// Silver NER training data from web text (`train ner --silver ud-ewt-train`): UD English-EWT **train** (CC BY-SA 4.0;
/// weblogs, newsgroups, e-mail, reviews, answers: UNER's genres, of which no labelled text is trained on) tagged by a
/// teacher model, keeping the sentences where the teacher's names agree with the treebank's gold proper nouns (UPOS
/// PROPN marks names but not their type). Constrained self-training: the gold PROPN runs check the teacher's spans,
/// the teacher supplies the types. UD English-EWT dev (UNER dev's text) is never read here.
/// </summary>
public static class NerSilver
{
    /// <summary>The silver part's name (for --repeat).</summary>
    public const string PartName = "ud-ewt-train";

    public const string Licence = "CC BY-SA 4.0 (text and UPOS: UD English-EWT train); names tagged by the teacher model";

    /// <summary>A treebank sentence: words, gold UPOS, lemmas and its document's number in the file.</summary>
    public sealed record UdSentence(string[] Words, string[] Upos, string[] Lemmas, int Document);

    /// <summary>How many sentences each agreement test kept or dropped.</summary>
    public sealed record Counts(int Sentences, int WithNames, int Negatives, int Disagree);

    // UD English-EWT writes weekdays, months and honorifics as proper nouns; none of them is a name in UNER or CoNLL.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof", "Prof.",
    };

    private static bool IsGlue(string word) => word is "of" or "de" or "and" or "&" or "for" or "the" or "-" or "du" or "la" or "'s" or "." or "," or "al" or "bin" or "van" or "von";

    /// <summary>A CoNLL-U file's words, UPOS and lemmas (the project's reader: multiword-token and empty-node lines skipped), its "# newdoc" documents numbered.</summary>
    public static IReadOnlyList<UdSentence> ReadConllu(string path)
    {
        var document = -1;
        return [.. Language.ConlluReader.ReadPath(path).Select(s =>
        {
            if (s.NewDocument) document++;
            return new UdSentence([.. s.Words.Select(w => w.Form)], [.. s.Words.Select(w => w.Upos)], [.. s.Words.Select(w => w.Lemma)], Math.Max(0, document));
        })];
    }

    /// <summary>
    /// Tags <paramref name="treebank"/> document by document with <paramref name="teacher"/> and keeps each sentence whose
    /// names agree with the gold proper nouns (<see cref="Agrees"/>); a sentence with neither is kept only for every
    /// <paramref name="negativesEvery"/>th such sentence (0: none), as lower-case context without names.
    /// <paramref name="trueCase"/>: the teacher reads a copy where a lower-case proper noun is capitalised ("taco bell"
    /// as "Taco Bell"), and its names are put back on the words as written, so lower-case names become training names.
    /// </summary>
    public static (IReadOnlyList<NerSentence> Sentences, Counts Counts) Build(IReadOnlyList<UdSentence> treebank, NerModel teacher, KnowledgeBase knowledge, int negativesEvery, bool trueCase, bool properOnly = false)
    {
        var kept = new List<NerSentence>();
        int withNames = 0, negatives = 0, disagree = 0, seenNegatives = 0;
        for (var s = 0; s < treebank.Count;)
        {
            var e = s + 1;
            while (e < treebank.Count && treebank[e].Document == treebank[s].Document)
                e++;
            var read = treebank.Skip(s).Take(e - s).Select(x => (IReadOnlyList<string>)(trueCase ? TrueCased(x) : x.Words)).ToList();
            var found = teacher.FindNamesInDocument(read);
            for (var i = s; i < e; i++)
            {
                var u = treebank[i];
                var spans = found[i - s].Select(x => x.Type == "GPE" ? x with { Type = "LOC" } : x).ToList();
                if (!Agrees(u, spans, knowledge, properOnly))
                {
                    disagree++;
                    continue;
                }
                if (spans.Count == 0)
                {
                    if (negativesEvery <= 0 || seenNegatives++ % negativesEvery != 0)
                        continue;
                    negatives++;
                }
                else
                    withNames++;
                // Documents numbered apart from the other sets' (a kept run of one document keeps its memory).
                kept.Add(new NerSentence(u.Words, BioTags.FromSpans(spans, u.Words.Length)) { Document = 1_000_000 + u.Document });
            }
            s = e;
        }
        return (kept, new Counts(treebank.Count, withNames, negatives, disagree));
    }

    /// <summary>The words with each lower-case proper noun capitalised ("kerala" as "Kerala").</summary>
    public static string[] TrueCased(UdSentence u) =>
        [.. u.Words.Select((w, i) => u.Upos[i] == "PROPN" && w.Length > 1 && char.IsLower(w[0]) && w.All(char.IsLetter) && !IsGlue(w)
            ? char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..] : w)];

    /// <summary>
    /// True when every name covers a proper noun (or is a capitalised MISC word such as "American") and holds only
    /// proper nouns, capitalised words, name glue ("of", "al") and punctuation; and every proper noun with a letter,
    /// other than weekdays, months, honorifics and titles, lies inside a name.
    /// </summary>
    public static bool Agrees(UdSentence u, IReadOnlyList<BioSpan> spans, KnowledgeBase knowledge, bool properOnly = false)
    {
        var covered = new bool[u.Words.Length];
        foreach (var span in spans)
        {
            var proper = false;
            for (var i = span.Start; i < span.End; i++)
            {
                covered[i] = true;
                var w = u.Words[i];
                proper |= u.Upos[i] == "PROPN";
                if (u.Upos[i] == "PROPN" || u.Upos[i] == "PUNCT" || u.Upos[i] == "NUM" || (!properOnly && char.IsUpper(w[0])) || IsGlue(w) || (span.Type == "MISC" && char.IsUpper(w[0])))
                    continue;
                return false;
            }
            if (!proper && !(span.Type == "MISC" && u.Words.Skip(span.Start).Take(span.End - span.Start).All(w => char.IsUpper(w[0]))))
                return false;
        }
        for (var i = 0; i < u.Words.Length; i++)
        {
            if (covered[i] || u.Upos[i] != "PROPN")
                continue;
            var w = u.Words[i];
            if (!w.Any(char.IsLetter) || NotNames.Contains(w) || NotNames.Contains(u.Lemmas[i]) || knowledge.FindTitle(w) is not null)
                continue;
            return false;
        }
        return true;
    }
}
