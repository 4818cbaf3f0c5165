namespace Dateline.Events;

/// <summary>
/// The antecedent of a pronoun: a body entity mention (index into <c>Document.EntityMentions</c>) or a token that heads
/// the phrase it stands for, with the reason (as event rows print it: "nearest preceding person").
/// </summary>
public sealed record PronounAntecedent(PronounAntecedentKind Kind, int Mention, int Token, string Reason)
{
    public static PronounAntecedent OfMention(int mention, string reason) => new(PronounAntecedentKind.Mention, mention, -1, reason);

    public static PronounAntecedent OfToken(PronounAntecedentKind kind, int token, string reason) => new(kind, -1, token, reason);
}
