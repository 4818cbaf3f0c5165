namespace Dateline.Language;

/// <summary>
/// A surface token of a CoNLL-U sentence: one word, or a multiword token ("don't" over words do + n't)
/// covering words [FirstWord, LastWord] (1-based IDs), with whether a space follows it in the text.
/// </summary>
public sealed record ConlluToken(string Form, int FirstWord, int LastWord, bool SpaceAfter);
