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

    private const int BatchSize = 32;  // per batch in flight; two batches are held at a time

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
        Batch? inFlight = null;
        bool interrupted = false;
        try
        {
            foreach (var (file, rejection) in InputEnumerator.Expand(paths, cancellation))
            {
                // Rejections travel in the batch too, so outcomes come out in input order.
                foreach (var item in rejection is not null ? [new ReadItem(null, rejection)] : reader.Read(file!, cancellation))
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        inFlight = Advance(inFlight, batch, Report, cancellation);
                        batch = new List<ReadItem>(BatchSize);
                    }
                }
            }
            inFlight = Advance(inFlight, batch, Report, cancellation);
            Advance(inFlight, null, Report, cancellation);
            inFlight = null;
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        finally
        {
            // Interrupted with a batch still in flight: let its workers finish, then give back its claims.
            if (inFlight is not null)
            {
                inFlight.Processing.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
                inFlight.ReleaseClaims(store, Worker);
            }
        }
        return new IngestSummary(outcomes, interrupted, clock.Elapsed);
    }

    /// <summary>
    /// Starts processing <paramref name="next"/> in the background, then stores <paramref name="previous"/>
    /// meanwhile: the pipeline (all cores) and the single writer overlap. Store calls stay on this thread.
    /// </summary>
    private Batch? Advance(Batch? previous, List<ReadItem>? next, Action<IngestOutcome> report, CancellationToken cancellation)
    {
        Batch? started = next is { Count: > 0 } ? Start(next, cancellation) : null;
        try
        {
            if (previous is not null)
            {
                // The workers stop by themselves on cancellation; GetResult rethrows their exception as it is.
                previous.Processing.GetAwaiter().GetResult();
                Commit(previous, report, cancellation);
            }
        }
        catch (Exception) when (started is not null)
        {
            started.Processing.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            started.ReleaseClaims(store, Worker);
            throw;
        }
        return started;
    }

    /// <summary>A batch of inputs: what the store knew and claimed, and the pipeline's work on it.</summary>
    private sealed class Batch(List<ReadItem> items, InputState[] state)
    {
        public List<ReadItem> Items { get; } = items;
        public InputState[] State { get; } = state;
        public (Document? Doc, MinHashSignature? Sig, byte[]? Serialized, string? Error)[] Results { get; } = new (Document?, MinHashSignature?, byte[]?, string?)[items.Count];
        public Task Processing { get; set; } = Task.CompletedTask;

        public void ReleaseClaims(IArticleStore store, string worker)
        {
            for (int i = 0; i < Items.Count; i++)
            {
                if (!State[i].Claimed) continue;
                store.ReleaseClaim(Items[i].Document!.Source.ContentHash, worker);
                State[i] = State[i] with { Claimed = false };
            }
        }
    }

    private Batch Start(List<ReadItem> items, CancellationToken cancellation)
    {
        // Known content costs no pipeline run; content another worker is processing is left to it.
        var state = new InputState[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Document is not { } d) continue;
            var hash = d.Source.ContentHash;
            if (store.FindByContentHash(hash) is long existing) state[i] = new InputState(existing, Claimed: false);
            else state[i] = new InputState(null, store.TryClaim(hash, Worker, ClaimLease));
        }
        var batch = new Batch(items, state);
        batch.Processing = Task.Run(() => Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancellation }, i =>
        {
            if (items[i].Document is not { } doc || !state[i].Claimed) return;
            try
            {
                var done = pipeline.Run(doc);
                batch.Results[i] = (done, MinHashSignature.Compute(done.Text), DocumentSerializer.ToCompressedJson(done), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in a stage: this document is reported, the others go on.
                batch.Results[i] = (null, null, null, $"{e.GetType().Name}: {e.Message}");
            }
        }), CancellationToken.None);
        return batch;
    }

    private void Commit(Batch batch, Action<IngestOutcome> report, CancellationToken cancellation)
    {
        try
        {
            for (int i = 0; i < batch.Items.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var item = batch.Items[i];
                if (item.Rejection is { } rejection)
                {
                    report(Rejected(rejection));
                    continue;
                }
                var source = item.Document!.Source;
                var title = item.Document.Metadata.Title?.Value;
                var state = batch.State[i];
                if (state.Existing is long existing)
                {
                    report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.Duplicate, DuplicateOf: existing, Similarity: 1.0, Title: title));
                    continue;
                }
                if (!state.Claimed)
                {
                    report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.ClaimedElsewhere, Title: title, Reason: "another worker is ingesting the same content"));
                    continue;
                }
                var (doc, signature, serialized, error) = batch.Results[i];
                if (doc is null)
                {
                    store.ReleaseClaim(source.ContentHash, Worker);
                    batch.State[i] = state with { Claimed = false };
                    report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.Rejected, Code: "ingest.internal-error", Reason: $"processing failed: {error}"));
                    continue;
                }
                report(Store(doc, signature, serialized));
                batch.State[i] = state with { Claimed = false };
            }
        }
        finally
        {
            // Interrupted: give back what this worker claimed but did not store, so a rerun (or another worker) takes it at once.
            batch.ReleaseClaims(store, Worker);
        }
    }

    private readonly record struct InputState(long? Existing, bool Claimed);

    private IngestOutcome Store(Document doc, MinHashSignature? signature, byte[]? serialized)
    {
        var warnings = doc.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => $"{d.Code}: {d.Message}").ToList();
        var title = doc.Metadata.Title?.Value;
        var (id, link) = store.Add(doc, signature, candidates => ChooseLink(signature!, candidates), serialized);
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
