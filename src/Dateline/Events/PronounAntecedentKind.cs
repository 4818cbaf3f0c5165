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
