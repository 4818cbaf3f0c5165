namespace Dateline.Coreference;

/// <summary>
/// What <see cref="EventLinker.Link"/> decided for one mention: join <see cref="ClusterId"/>, or start a new
/// event when it is null; the score of the best candidate (0 when there was none) and, for people, why.
/// </summary>
public sealed record EventLinkDecision(string? ClusterId, double Score, string Explanation)
{
    public bool IsNew => ClusterId is null;
}
