namespace Dateline.Ingest;

/// <summary>The end of an ingest run: counts and every outcome, in input order.</summary>
public sealed record IngestSummary(IReadOnlyList<IngestOutcome> Outcomes, bool Interrupted, TimeSpan Elapsed)
{
    public int Ingested => Outcomes.Count(o => o.Status == IngestStatus.Ingested);
    public int NearDuplicates => Outcomes.Count(o => o.Status == IngestStatus.NearDuplicate);
    public int Duplicates => Outcomes.Count(o => o.Status == IngestStatus.Duplicate);
    public int ClaimedElsewhere => Outcomes.Count(o => o.Status == IngestStatus.ClaimedElsewhere);
    public int Rejected => Outcomes.Count(o => o.Status == IngestStatus.Rejected);
}
