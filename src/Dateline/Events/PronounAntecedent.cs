namespace Dateline.Events;

/// <summary>What a third-person pronoun was resolved to (<see cref="PronounResolver"/>).</summary>
public enum PronounAntecedentKind
{
    /// <summary>A body entity mention (<see cref="PronounAntecedent.Mention"/>).</summary>
    Mention,

    /// <summary>A proper noun the NER left untagged (<see cref="PronounAntecedent.Token"/>): "Haftar said, as he threatened".</summary>
    ProperNoun,

    /// <summary>A common noun that speaks or acts as a group or an office (<see cref="PronounAntecedent.Token"/>):
    /// "The Italian premier said he", "Opposition parties ... but they accuse".</summary>
    Noun,
}

/// <summary>
/// The antecedent of a pronoun: a body entity mention (index into <c>Document.EntityMentions</c>) or a token that heads
/// the phrase it stands for, with the reason (as event rows print it: "nearest preceding person").
/// </summary>
public sealed record PronounAntecedent(PronounAntecedentKind Kind, int Mention, int Token, string Reason)
{
    public static PronounAntecedent OfMention(int mention, string reason) => new(PronounAntecedentKind.Mention, mention, -1, reason);

    public static PronounAntecedent OfToken(PronounAntecedentKind kind, int token, string reason) => new(kind, -1, token, reason);
}
