using Dateline.Eval.Coreference;

namespace Dateline.Tests.Coreference;

/// <summary>
/// The coreference metrics on textbook cases: Vilain et al. (1995) for MUC, Bagga and Baldwin (1998) for B³ (their
/// figure: merging a 2-mention and a 5-mention entity), Luo (2005) for CEAF-e, values worked out by hand.
/// </summary>
public class CorefMetricsTests
{
    private static IReadOnlyList<IReadOnlyCollection<int>> C(params int[][] clusters) => [.. clusters];

    // Bagga and Baldwin: key {1-5} {6,7} {8-12}; the response merges the last two.
    private static readonly IReadOnlyList<IReadOnlyCollection<int>> Key = C([1, 2, 3, 4, 5], [6, 7], [8, 9, 10, 11, 12]);
    private static readonly IReadOnlyList<IReadOnlyCollection<int>> Merged = C([1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12]);

    [Fact]
    public void Muc_counts_the_links_a_response_misses_and_adds()
    {
        // Vilain: key {A B C D}, response {A B} {C D}: one link of three missing, no wrong link.
        var m = CorefMetrics.Muc(C([1, 2, 3, 4]), C([1, 2], [3, 4]));
        Assert.Equal(2.0 / 3, m.Recall, 6);
        Assert.Equal(1.0, m.Precision, 6);
        // Merging: all 9 key links found; the response has 10 links, of which one joins two key entities.
        var merged = CorefMetrics.Muc(Key, Merged);
        Assert.Equal(1.0, merged.Recall, 6);
        Assert.Equal(0.9, merged.Precision, 6);
    }

    [Fact]
    public void BCubed_scores_each_mention_by_the_overlap_of_its_clusters()
    {
        var b = CorefMetrics.BCubed(Key, Merged);
        Assert.Equal(1.0, b.Recall, 6);
        // (5·1 + 2·2/7 + 5·5/7) / 12 = 64/84
        Assert.Equal(64.0 / 84, b.Precision, 6);
    }

    [Fact]
    public void CeafE_aligns_key_and_response_entities_one_to_one()
    {
        // φ4(K1,R1) = 1, φ4(K3,R2) = 10/12 beat φ4(K2,R2) = 4/9: total 1.8333 over 3 key and 2 response entities.
        var c = CorefMetrics.CeafE(Key, Merged);
        Assert.Equal((1 + 10.0 / 12) / 3, c.Recall, 6);
        Assert.Equal((1 + 10.0 / 12) / 2, c.Precision, 6);
    }

    [Fact]
    public void Singletons_count_in_BCubed_and_CeafE_but_add_no_MUC_link()
    {
        var key = C([1], [2]);
        var response = C([1, 2]);
        var muc = CorefMetrics.Muc(key, response);
        Assert.Equal(0, muc.Recall);
        Assert.Equal(0, muc.Precision);
        var b = CorefMetrics.BCubed(key, response);
        Assert.Equal(1.0, b.Recall, 6);
        Assert.Equal(0.5, b.Precision, 6);
        var c = CorefMetrics.CeafE(key, response);
        Assert.Equal(2.0 / 3 / 2, c.Recall, 6); // φ4({1},{1,2}) = 2/3, one of two key entities aligned
        Assert.Equal(2.0 / 3, c.Precision, 6);
    }

    [Fact]
    public void A_perfect_response_scores_one_everywhere_and_conll_is_the_mean_f1()
    {
        var s = CorefMetrics.Score(Key, Key);
        Assert.Equal(1.0, s.Muc.F1, 6);
        Assert.Equal(1.0, s.B3.F1, 6);
        Assert.Equal(1.0, s.CeafE.F1, 6);
        Assert.Equal(1.0, s.Conll, 6);
        var merged = CorefMetrics.Score(Key, Merged);
        Assert.Equal((merged.Muc.F1 + merged.B3.F1 + merged.CeafE.F1) / 3, merged.Conll, 9);
    }

    [Fact]
    public void Assignment_finds_the_best_one_to_one_sum()
    {
        // Greedy would take 0.9 then 0.1; the best is 0.8 + 0.7.
        Assert.Equal(1.5, Assignment.MaxWeight(new double[,] { { 0.9, 0.8 }, { 0.7, 0.1 } }), 9);
        Assert.Equal(0.9, Assignment.MaxWeight(new double[,] { { 0.9 }, { 0.5 }, { 0.2 } }), 9);
    }

    [Fact]
    public void Adjusted_rand_is_one_for_the_same_partition_and_near_zero_for_one_big_cluster()
    {
        string[] gold = ["a", "a", "b", "b", "c", "c"];
        Assert.Equal(1.0, ClusteringScores.AdjustedRand(gold, ["x", "x", "y", "y", "z", "z"]), 9);
        Assert.Equal(0.0, ClusteringScores.AdjustedRand(gold, ["x", "x", "x", "x", "x", "x"]), 9);
    }
}
