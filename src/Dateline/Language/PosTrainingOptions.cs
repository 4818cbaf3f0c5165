namespace Dateline.Language;

/// <summary>Settings of tagger training; the defaults are the ones the shipped model was built with.</summary>
public sealed record PosTrainingOptions
{
    /// <summary>8 built the shipped tagger (no word classes); the word-class candidate of the model card takes 12.</summary>
    public int Epochs { get; init; } = 8;
    public int Seed { get; init; } = 20260523;
    /// <summary>A word seen at least this often ...</summary>
    public int DictionaryMinCount { get; init; } = 20;
    /// <summary>... with one tag at least this share of the time is tagged from the dictionary.</summary>
    public double DictionaryMinShare { get; init; } = 0.97;
    /// <summary>Words seen at least this often get an ambiguity-class feature (the set of their training tags).</summary>
    public int AmbiguityMinCount { get; init; } = 5;
    /// <summary>Features updated fewer times than this are dropped from the saved model.</summary>
    public int MinUpdates { get; init; } = 1;
    /// <summary>Averaged weights smaller than this are dropped from the saved model.</summary>
    public float MinWeight { get; init; } = 0.002f;
}
