using System.Text.Json.Serialization;

namespace Dateline.Model;

/// <summary>
/// A sentence: the character range [Start, End) over <c>Document.Text</c> and its tokens
/// <c>Tokens[FirstToken .. FirstToken + TokenCount)</c>.
/// </summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
