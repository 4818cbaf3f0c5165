namespace Dateline.Language;

/// <summary>Settings of parser training; the defaults are the ones the shipped model was built with.</summary>
public sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 13;
    public int Seed { get; init; } = 20260523;
    /// <summary>From this epoch (0-based) on, the parser follows its own prediction ...</summary>
    public int ExploreFromEpoch { get; init; } = 1;
    /// <summary>... with this probability, learning to recover from its mistakes (dynamic oracle).</summary>
    public double ExploreProbability { get; init; } = 0.9;
    /// <summary>Train on tags predicted by taggers trained on the other folds, as at run time (0: gold tags).</summary>
    public int JackknifeFolds { get; init; } = 4;
    public PosTrainingOptions Tagger { get; init; } = new() { Epochs = 5 };
    /// <summary>
    /// Whether the jackknife taggers use the parser's word classes. Off: the shipped tagger is trained without
    /// classes (`train pos --classes none`), and the parser should learn from tags as noisy as that tagger's.
    /// </summary>
    public bool TaggerUsesClasses { get; init; }
    /// <summary>With a dev set, score it (and log the scores) after every epoch from this one (1-based) ...</summary>
    public int EvaluateFromEpoch { get; init; } = 8;
    /// <summary>
    /// ... and keep the epoch with the best dev LAS rather than the last. Off for the shipped model: its epoch
    /// count was chosen that way once, and a fixed count keeps the rebuild byte-identical.
    /// </summary>
    public bool KeepBestEpoch { get; init; }
    /// <summary>Features updated fewer times than this are dropped from the saved model.</summary>
    public int MinUpdates { get; init; } = 4;
    /// <summary>When above 0, also log the dev scores the model would have with this MinUpdates (for tuning).</summary>
    public int CompareMinUpdates { get; init; }
    /// <summary>Averaged weights smaller than this are dropped from the saved model.</summary>
    public float MinWeight { get; init; } = 0.005f;
}
