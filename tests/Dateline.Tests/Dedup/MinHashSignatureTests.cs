using Dateline.Dedup;
using Dateline.Ingest;

namespace Dateline.Tests.Dedup;

public class MinHashSignatureTests
{
    private static string Body(string article) => article[(article.IndexOf('\n', StringComparison.Ordinal) + 1)..];

    [Fact]
    public void A_syndicated_copy_scores_above_the_near_duplicate_threshold()
    {
        var a = MinHashSignature.Compute(Body(SampleArticles.RomeTalks))!;
        var b = MinHashSignature.Compute(Body(SampleArticles.RomeTalksCopy))!;
        Assert.True(a.Similarity(b) >= IngestRunner.NearDuplicateThreshold, $"similarity {a.Similarity(b)}");
        Assert.Contains(a.BandKeys(), b.BandKeys().Contains);
    }

    [Fact]
    public void A_different_article_on_the_same_subject_scores_near_zero()
    {
        var a = MinHashSignature.Compute(Body(SampleArticles.RomeTalks))!;
        var c = MinHashSignature.Compute(Body(SampleArticles.BrusselsVisit))!;
        Assert.True(a.Similarity(c) < 0.1, $"similarity {a.Similarity(c)}");
    }

    [Fact]
    public void Case_and_punctuation_do_not_matter_and_signatures_round_trip_through_bytes()
    {
        var a = MinHashSignature.Compute(Body(SampleArticles.RomeTalks))!;
        var b = MinHashSignature.Compute(Body(SampleArticles.RomeTalks).ToUpperInvariant().Replace(",", " ,", StringComparison.Ordinal))!;
        Assert.Equal(1.0, a.Similarity(b));
        Assert.Equal(a.Slots, MinHashSignature.FromBytes(a.ToBytes()).Slots);
    }

    [Fact]
    public void Texts_too_short_to_judge_have_no_signature() =>
        Assert.Null(MinHashSignature.Compute("Talks held in Rome."));
}
