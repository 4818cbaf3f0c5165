using System.Text.Json.Serialization;

namespace Dateline.Model;

/// <summary>
/// A syntactic word (UD sense: "don't" is two tokens, "do" and "n't") over <c>Document.Text</c>
/// [Start, End), with its universal and Penn tags, lemma, and basic dependency: <see cref="Head"/>
/// is the document-wide index of the head token, -1 for the sentence root. Kept flat (no nested
/// objects) so a 1,000-token document stays small in JSON; tag strings are shared instances.
/// </summary>
public readonly record struct Token(
    int Start,
    int End,
    string Form,
    string Upos,
    string Xpos,
    string Lemma,
    int Head,
    string Deprel,
    int Sentence)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
