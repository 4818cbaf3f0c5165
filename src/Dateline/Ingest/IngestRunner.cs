using System.Diagnostics;
using Dateline.Dedup;
using Dateline.Model;
using Dateline.Pipeline;
using Dateline.Storage;

namespace Dateline.Ingest;

/// <summary>
/// Reads inputs, runs the pipeline over documents in parallel (in batches, so memory stays bounded
/// whatever the input size), and stores them one by one in input order. Each document is stored whole
/// in its own transaction, so an interrupted run leaves every finished document intact and running it
/// again resumes: stored content is recognised by its hash and skipped. A failure in one document is
/// recorded with its reason and the batch goes on. Several workers (processes, machines) may ingest into
/// one shared store at once: each input is claimed before it is processed, so each is processed once.
/// </summary>
public sealed class IngestRunner(IArticleStore store, DocumentPipeline pipeline)
{
    /// <summary>Estimated shingle similarity from which a new article counts as a copy of a stored one.</summary>
    public const double NearDuplicateThreshold = 0.7;

    private const int BatchSize = 32;

    /// <summary>A claim older than this is taken to be abandoned by a worker that died.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(15);

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>This process's name in claims: host, process id and a random part.</summary>
    public string Worker { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public IngestSummary Run(IEnumerable<string> paths, Action<IngestOutcome>? onOutcome = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new List<IngestOutcome>();
        void Report(IngestOutcome o)
        {
            outcomes.Add(o);
            onOutcome?.Invoke(o);
        }

        var reader = new DocumentReader();
        var batch = new List<ReadItem>(BatchSize);
        bool interrupted = false;
        try
        {
            foreach (var (file, rejection) in InputEnumerator.Expand(paths, cancellation))
            {
                if (rejection is not null)
                {
                    Report(Rejected(rejection));
                    continue;
                }
                foreach (var item in reader.Read(file!, cancellation))
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        StoreBatch(batch, Report, cancellation);
                        batch.Clear();
                    }
                }
            }
            StoreBatch(batch, Report, cancellation);
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        return new IngestSummary(outcomes, interrupted, clock.Elapsed);
    }

    private void StoreBatch(List<ReadItem> batch, Action<IngestOutcome> report, CancellationToken cancellation)
    {
        // Known content costs no pipeline run; content another worker is processing is left to it.
        var state = new InputState[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            if (batch[i].Document is not { } d) continue;
            var hash = d.Source.ContentHash;
            if (store.FindByContentHash(hash) is long existing) state[i] = new InputState(existing, Claimed: false);
            else state[i] = new InputState(null, store.TryClaim(hash, Worker, ClaimLease));
        }

        var processed = new (Document? Doc, MinHashSignature? Sig, string? Error)[batch.Count];
        try
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancellation }, i =>
            {
                if (batch[i].Document is not { } doc || !state[i].Claimed) return;
                try
                {
                    var done = pipeline.Run(doc);
                    processed[i] = (done, MinHashSignature.Compute(done.Text), null);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug in a stage: this document is reported, the others go on.
                    processed[i] = (null, null, $"{e.GetType().Name}: {e.Message}");
                }
            });

            for (int i = 0; i < batch.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var item = batch[i];
                if (item.Rejection is { } rejection)
                {
                    report(Rejected(rejection));
                    continue;
                }
                var source = item.Document!.Source;
                var title = item.Document.Metadata.Title?.Value;
                if (state[i].Existing is long existing)
                {
                    report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.Duplicate, DuplicateOf: existing, Similarity: 1.0, Title: title));
                    continue;
                }
                if (!state[i].Claimed)
                {
                    report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.ClaimedElsewhere, Title: title, Reason: "another worker is ingesting the same content"));
                    continue;
                }
                var (doc, signature, error) = processed[i];
                if (doc is null)
                {
                    store.ReleaseClaim(source.ContentHash, Worker);
                    report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.Rejected, Code: "ingest.internal-error", Reason: $"processing failed: {error}"));
                    continue;
                }
                report(Store(doc, signature));
                state[i] = state[i] with { Claimed = false };
            }
        }
        finally
        {
            // Interrupted: give back what this worker claimed but did not store, so a rerun (or another worker) takes it at once.
            for (int i = 0; i < batch.Count; i++)
                if (state[i].Claimed) store.ReleaseClaim(batch[i].Document!.Source.ContentHash, Worker);
        }
    }

    private readonly record struct InputState(long? Existing, bool Claimed);

    private IngestOutcome Store(Document doc, MinHashSignature? signature)
    {
        var warnings = doc.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => $"{d.Code}: {d.Message}").ToList();
        var title = doc.Metadata.Title?.Value;
        var (id, link) = store.Add(doc, signature, candidates => ChooseLink(signature!, candidates));
        if (id is null)
        {
            var existing = store.FindByContentHash(doc.Source.ContentHash);
            return new IngestOutcome(doc.Source.Path, doc.Source.RecordIndex, IngestStatus.Duplicate, DuplicateOf: existing, Similarity: 1.0, Title: title);
        }
        return link is null
            ? new IngestOutcome(doc.Source.Path, doc.Source.RecordIndex, IngestStatus.Ingested, id, Title: title, Warnings: warnings)
            : new IngestOutcome(doc.Source.Path, doc.Source.RecordIndex, IngestStatus.NearDuplicate, id, link.OriginalId, link.Similarity, title, Warnings: warnings);
    }

    /// <summary>The most similar stored copy above the threshold; a copy of a copy links to the first copy.</summary>
    private static NearDuplicateLink? ChooseLink(MinHashSignature signature, IReadOnlyList<DuplicateCandidate> candidates)
    {
        NearDuplicateLink? link = null;
        foreach (var candidate in candidates)
        {
            double similarity = signature.Similarity(MinHashSignature.FromBytes(candidate.Signature));
            if (similarity >= NearDuplicateThreshold && (link is null || similarity > link.Similarity))
                link = new NearDuplicateLink(candidate.NearDuplicateOf ?? candidate.Id, similarity);
        }
        return link;
    }

    private static IngestOutcome Rejected(InputRejection r) => new(r.Path, r.RecordIndex, IngestStatus.Rejected, Code: r.Code, Reason: r.Reason);
}
