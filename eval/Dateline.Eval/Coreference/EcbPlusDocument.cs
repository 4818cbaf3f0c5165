namespace Dateline.Eval.Coreference;

/// <summary>One ECB+ article: topic, name ("1_10ecbplus"), sub-topic ("ecb" or "ecbplus"), tokens, and its gold event mentions in validated sentences.</summary>
public sealed record EcbPlusDocument(int Topic, string Name, string SubTopic, IReadOnlyList<EcbPlusToken> Tokens, IReadOnlyList<EcbPlusMention> EventMentions)
{
    /// <summary>The gold document group: (topic, sub-topic), e.g. "1ecbplus"; ECB+ has 86.</summary>
    public string Group => $"{Topic}{SubTopic}";
}
