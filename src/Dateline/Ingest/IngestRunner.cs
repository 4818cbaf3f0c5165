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
/// recorded with its reason and the batch goes on.
/// </summary>
public sealed class IngestRunner(IArticleStore store, DocumentPipeline pipeline)
{
    /// <summary>Estimated shingle similarity from which a new article counts as a copy of a stored one.</summary>
    public const double NearDuplicateThreshold = 0.7;

    private const int BatchSize = 32;

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

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
        // Known content costs no pipeline run.
        var known = new long?[batch.Count];
        for (int i = 0; i < batch.Count; i++)
            if (batch[i].Document is { } d) known[i] = store.FindByContentHash(d.Source.ContentHash);

        var processed = new (Document? Doc, MinHashSignature? Sig, string? Error)[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancellation }, i =>
        {
            if (batch[i].Document is not { } doc || known[i] is not null) return;
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
            if (known[i] is long existing)
            {
                report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.Duplicate, DuplicateOf: existing, Similarity: 1.0, Title: item.Document.Metadata.Title?.Value));
                continue;
            }
            var (doc, signature, error) = processed[i];
            if (doc is null)
            {
                report(new IngestOutcome(source.Path, source.RecordIndex, IngestStatus.Rejected, Code: "ingest.internal-error", Reason: $"processing failed: {error}"));
                continue;
            }
            report(Store(doc, signature));
        }
    }

    private IngestOutcome Store(Document doc, MinHashSignature? signature)
    {
        var warnings = doc.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => $"{d.Code}: {d.Message}").ToList();
        NearDuplicateLink? link = null;
        if (signature is not null)
        {
            foreach (var candidate in store.FindByBandKeys(signature.BandKeys()))
            {
                double similarity = signature.Similarity(MinHashSignature.FromBytes(candidate.Signature));
                if (similarity >= NearDuplicateThreshold && (link is null || similarity > link.Similarity))
                    link = new NearDuplicateLink(candidate.NearDuplicateOf ?? candidate.Id, similarity);
            }
        }
        var title = doc.Metadata.Title?.Value;
        var id = store.Add(doc, signature, link);
        if (id is null)
        {
            var existing = store.FindByContentHash(doc.Source.ContentHash);
            return new IngestOutcome(doc.Source.Path, doc.Source.RecordIndex, IngestStatus.Duplicate, DuplicateOf: existing, Similarity: 1.0, Title: title);
        }
        return link is null
            ? new IngestOutcome(doc.Source.Path, doc.Source.RecordIndex, IngestStatus.Ingested, id, Title: title, Warnings: warnings)
            : new IngestOutcome(doc.Source.Path, doc.Source.RecordIndex, IngestStatus.NearDuplicate, id, link.OriginalId, link.Similarity, title, Warnings: warnings);
    }

    private static IngestOutcome Rejected(InputRejection r) => new(r.Path, r.RecordIndex, IngestStatus.Rejected, Code: r.Code, Reason: r.Reason);
}
