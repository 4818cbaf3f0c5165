namespace Dateline.Entities;

/// <summary>
/// One sentence of words with gold BIO tags (IOB2, types PER/ORG/LOC/MISC): a training or
/// evaluation item. <see cref="PartialMisc"/> marks data whose annotators did not label MISC
/// (BTC, UNER, WNUT-17 only partly): there a MISC guess is not counted as an error in training.
/// <see cref="Document"/> numbers the document the sentence belongs to within its file (-1: a
/// sentence on its own), so the tagger can use what it decided earlier in the same document.
/// </summary>
public sealed record NerSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags, bool PartialMisc = false)
{
    public int Document { get; init; } = -1;
}
