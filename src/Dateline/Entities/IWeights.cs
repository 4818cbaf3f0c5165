namespace Dateline.Entities;

/// <summary>Adds a feature's per-tag weights to a score vector (training table or packed inference table).</summary>
internal interface IWeights
{
    void Add(ulong key, Span<float> scores);
}
