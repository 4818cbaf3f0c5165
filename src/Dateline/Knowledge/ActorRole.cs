namespace Dateline.Knowledge;

/// <summary>
/// A dated role of an actor: an office ("Minister of Defence"), its country (ISO alpha-3), and/or a
/// CAMEO-style actor code ("ITAGOV"); open-ended when a date is missing.
/// </summary>
public sealed record ActorRole(string? Office, string? Country, string? Code, DateOnly? Start, DateOnly? End)
{
    public bool IsActiveOn(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);
}
