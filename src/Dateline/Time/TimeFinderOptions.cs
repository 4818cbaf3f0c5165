namespace Dateline.Time;

/// <summary>Switches for <see cref="TimeExpressionFinder"/>.</summary>
public sealed record TimeFinderOptions
{
    public static readonly TimeFinderOptions Default = new();

    /// <summary>
    /// Ages ("the 65-year-old general") as DURATION expressions. On by default (analysts want them);
    /// TimeBank's annotators did not mark them, so the TempEval scorer turns them off.
    /// </summary>
    public bool IncludeAges { get; init; } = true;
}
