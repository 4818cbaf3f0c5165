namespace Dateline.Language;

/// <summary>One syntactic word of a CoNLL-U sentence (ID 1..n; Head 0 is the root).</summary>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, int Head, string Deprel, bool SpaceAfter)
{
    /// <summary>The MISC column as written ("_" when empty): GUM's gold coreference is its <c>Entity=</c> field.</summary>
    public string Misc { get; init; } = "_";
}
