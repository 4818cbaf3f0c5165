using Dateline.Entities;

namespace Dateline.Tests.Entities;

public class NerTagSchemeTests
{
    private static readonly NerTagScheme Bilou = NerTagScheme.Create(NerTrainer.Types, bilou: true);
    private static readonly NerTagScheme Bio = NerTagScheme.Create(NerTrainer.Types, bilou: false);

    [Theory]
    [InlineData("B-PER I-PER I-PER O B-LOC", "B-PER I-PER L-PER O U-LOC")]
    [InlineData("B-ORG B-ORG I-ORG", "U-ORG B-ORG L-ORG")]
    [InlineData("I-MISC O I-LOC I-LOC", "U-MISC O B-LOC L-LOC")]
    public void Bilou_marks_the_last_word_of_a_name_and_one_word_names(string bio, string expected)
    {
        var encoded = Bilou.Encode(bio.Split(' '));
        Assert.Equal(expected, string.Join(' ', encoded.Select(t => Bilou.Tags[t])));
    }

    [Fact]
    public void Bilou_tags_turn_back_into_the_same_chunks_in_the_bio_layout()
    {
        var bio = "B-PER I-PER I-PER O B-LOC B-ORG I-ORG O B-MISC".Split(' ');
        var tags = Bilou.Encode(bio);
        Bilou.ToBio(tags);
        Assert.Equal(bio, tags.Select(t => Bilou.BioNames[t]));
    }

    [Fact]
    public void A_bio_model_maps_each_tag_as_written()
    {
        Assert.Equal([0, 1, 2, 7, 8], Bio.Encode("O B-PER I-PER B-MISC I-MISC".Split(' ')));
        Assert.Equal(Bio.Tags, Bio.BioNames);
    }

    [Theory]
    [InlineData("B-PER", "I-PER", false, true)]
    [InlineData("B-PER", "L-PER", false, true)]
    [InlineData("B-PER", "I-ORG", false, false)]
    [InlineData("B-PER", "O", false, false)]
    [InlineData("I-PER", "U-LOC", false, false)]
    [InlineData("L-PER", "B-PER", false, true)]
    [InlineData("U-PER", "I-PER", false, false)]
    [InlineData("O", "L-LOC", false, false)]
    [InlineData("O", "U-LOC", true, true)]
    [InlineData("O", "B-LOC", true, false)]
    [InlineData("B-LOC", "I-LOC", true, false)]
    [InlineData("B-LOC", "L-LOC", true, true)]
    public void Bilou_allows_only_transitions_that_make_whole_names(string prev, string tag, bool last, bool allowed)
    {
        var index = Bilou.Tags.ToList();
        Assert.Equal(allowed, Bilou.Allowed(index.IndexOf(prev), index.IndexOf(tag), last));
    }

    [Fact]
    public void Closing_an_open_name_makes_it_end_on_that_word()
    {
        var index = Bilou.Tags.ToList();
        Assert.Equal("U-ORG", Bilou.Tags[Bilou.Close(index.IndexOf("B-ORG"))]);
        Assert.Equal("L-ORG", Bilou.Tags[Bilou.Close(index.IndexOf("I-ORG"))]);
    }

    [Fact]
    public void The_scheme_is_read_back_from_a_model_files_tag_list()
    {
        Assert.True(NerTagScheme.FromTags(Bilou.Tags).Bilou);
        Assert.False(NerTagScheme.FromTags(Bio.Tags).Bilou);
        Assert.Throws<InvalidDataException>(() => NerTagScheme.FromTags(["O", "I-PER", "B-PER"]));
    }
}
