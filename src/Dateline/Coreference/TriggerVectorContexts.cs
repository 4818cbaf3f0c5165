namespace Dateline.Coreference;

/// <summary>Which contexts describe a lemma in <see cref="TriggerVectors.Learn"/>.</summary>
[Flags]
public enum TriggerVectorContexts
{
    /// <summary>The two kept words either side.</summary>
    Window = 1,

    /// <summary>The lemma's head and dependents, each with its relation.</summary>
    Dependencies = 2,

    Both = Window | Dependencies,
}
