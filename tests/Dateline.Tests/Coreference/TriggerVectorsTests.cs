using Dateline.Coreference;

namespace Dateline.Tests.Coreference;

/// <summary>
/// Distributional trigger vectors learned from a tiny made-up corpus in which "quake" and "tremor" occur in the same
/// contexts and "trial" in others; how the table is stored; and what the event decision's vector features make of it.
/// </summary>
public class TriggerVectorsTests
{
    /// <summary>"the X struck the town" / "the X injured people" for the quake words, court sentences for the trial words.</summary>
    private static List<IReadOnlyList<(string Lemma, string Upos, int Head, string Rel)>> Corpus()
    {
        var sentences = new List<IReadOnlyList<(string, string, int, string)>>();
        foreach (var (noun, verb, obj) in new[]
        {
            ("quake", "strike", "town"), ("tremor", "strike", "town"), ("quake", "injure", "people"), ("tremor", "injure", "people"),
            ("quake", "damage", "house"), ("tremor", "damage", "house"),
            ("trial", "open", "court"), ("hearing", "open", "court"), ("trial", "hear", "witness"), ("hearing", "hear", "witness"),
            ("trial", "adjourn", "judge"), ("hearing", "adjourn", "judge"),
        })
            for (int r = 0; r < 6; r++)
                sentences.Add([("the", "DET", 1, "det"), (noun, "NOUN", 2, "nsubj"), (verb, "VERB", -1, "root"), ("the", "DET", 4, "det"), (obj, "NOUN", 2, "obj"), (".", "PUNCT", 2, "punct")]);
        return sentences;
    }

    [Theory]
    [InlineData(TriggerVectorContexts.Window)]
    [InlineData(TriggerVectorContexts.Dependencies)]
    [InlineData(TriggerVectorContexts.Both)]
    public void Lemmas_used_in_the_same_contexts_are_closer_than_lemmas_used_in_others(TriggerVectorContexts contexts)
    {
        var v = TriggerVectors.Learn(Corpus(), contexts, dimensions: 4, minCount: 3);
        Assert.True(v.Cosine("quake", "tremor") > v.Cosine("quake", "trial") + 0.3);
        Assert.True(v.Cosine("trial", "hearing") > v.Cosine("tremor", "hearing") + 0.3);
        Assert.Equal(4, v.Dimensions);
    }

    [Fact]
    public void Only_nouns_and_verbs_seen_often_enough_get_a_vector_and_unknown_lemmas_have_no_cosine()
    {
        var v = TriggerVectors.Learn(Corpus(), TriggerVectorContexts.Window, dimensions: 4, minCount: 3);
        Assert.True(v.Contains("quake"));
        Assert.False(v.Contains("the"));
        Assert.Null(v.Cosine("quake", "blizzard"));
        Assert.Equal(1.0, v.Cosine("Quake", "quake")!.Value, 3);
    }

    [Fact]
    public void Learning_twice_gives_the_same_table_and_the_written_table_reads_back_with_its_cosines()
    {
        var a = TriggerVectors.Learn(Corpus(), dimensions: 4, minCount: 3);
        var b = TriggerVectors.Learn(Corpus(), dimensions: 4, minCount: 3);
        var wa = new StringWriter();
        var wb = new StringWriter();
        a.Write(wa);
        b.Write(wb);
        Assert.Equal(wa.ToString(), wb.ToString());
        var read = TriggerVectors.Read(new StringReader("# comment\n" + wa));
        Assert.Equal(a.Count, read.Count);
        Assert.Equal(a.Cosine("quake", "tremor")!.Value, read.Cosine("quake", "tremor")!.Value, 2);
        Assert.Throws<InvalidDataException>(() => TriggerVectors.Read(new StringReader("quake\t1 2 3\ntremor\t1 2\n")));
    }

    [Fact]
    public void Jacobi_finds_the_eigenvalues_of_a_symmetric_matrix()
    {
        var (values, vectors) = TriggerVectors.Jacobi(new double[,] { { 2, 1 }, { 1, 2 } });
        Assert.Equal([1.0, 3.0], values.Order().Select(x => Math.Round(x, 6)));
        int top = values[0] > values[1] ? 0 : 1;
        Assert.Equal(Math.Abs(vectors[0, top]), Math.Abs(vectors[1, top]), 6);
    }

    private static EventProfile Report(string id, string lemma) => new()
    {
        Id = id,
        DocumentId = id.Split(':')[0],
        StoryId = "s1",
        Trigger = lemma,
        TriggerLemma = lemma,
        TriggerPos = "NOUN",
        Context = ["town", "people"],
    };

    [Fact]
    public void An_unrelated_trigger_with_a_similar_vector_gets_the_vector_features_and_one_with_a_dissimilar_vector_does_not()
    {
        var v = TriggerVectors.Learn(Corpus(), dimensions: 4, minCount: 3);
        var quake = EventClusterSummary.Start("ev1", Report("a1:e1", "quake"));
        int sim = EventPairFeatures.Names.ToList().IndexOf("trigger.vector"), unrelated = EventPairFeatures.Names.ToList().IndexOf("trigger.vector_unrelated");
        double[] Features(string lemma, TriggerVectors vectors) => EventPairFeatures.Compute(Report("a2:e1", lemma), quake, TriggerRelations.Empty, new EventLinkerOptions(), vectors)!;
        var tremor = Features("tremor", v);
        Assert.True(tremor[sim] > 0.5);
        Assert.Equal(tremor[sim], tremor[unrelated]);
        Assert.True(Features("trial", v)[sim] < tremor[sim] - 0.3);
        // The same lemma is the same-lemma feature's business, and no table means no evidence.
        Assert.Equal(0, Features("quake", v)[sim]);
        Assert.Equal(0, Features("tremor", TriggerVectors.Empty)[sim]);
    }
}
