using Dateline.Language;
using Dateline.Text;

namespace Dateline.Tests.Language;

/// <summary>Beam-search decoding of the shipped parser against its greedy decoding.</summary>
public class BeamParserTests
{
    private static readonly Lazy<LanguageModels> Models = new(() =>
        LanguageModels.Load(LanguageModels.FindDirectory() ?? throw new InvalidOperationException("data/models/en-pos.bin not found")));

    private static readonly string[] Texts =
    [
        "Haftar met Italy's defence minister in Rome on Tuesday.",
        "Conte said he urged Haftar to halt his attack on Tripoli, which began in April.",
        "The talks, which were held behind closed doors, ended without an agreement and officials said more would follow.",
        "Rain.",
    ];

    private static (int[] Heads, int[] Labels) Parse(string text, int width, bool viaBeam)
    {
        var models = Models.Value;
        var spans = Tokenizer.Tokenize(text);
        int n = spans.Count;
        var words = new WordInfo[n];
        var classes = new int[n];
        var tags = new ulong[n];
        for (int i = 0; i < n; i++) words[i] = WordInfo.Of(text.AsSpan(spans[i].Start, spans[i].Length));
        models.Pos.Tagger.Tag(words, classes);
        for (int i = 0; i < n; i++) tags[i] = models.Pos.Tagger.TagHashes[classes[i]];
        var heads = new int[n];
        var labels = new int[n];
        if (viaBeam) models.Parser!.ParseBeam(words, tags, heads, labels, width);
        else models.Parser!.Parse(words, tags, heads, labels, width);
        return (heads, labels);
    }

    [Fact]
    public void A_beam_of_width_one_makes_exactly_the_greedy_parses()
    {
        foreach (var text in Texts)
        {
            var greedy = Parse(text, 1, viaBeam: false);
            var beam = Parse(text, 1, viaBeam: true);
            Assert.Equal(greedy.Heads, beam.Heads);
            Assert.Equal(greedy.Labels, beam.Labels);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void Wider_beams_make_well_formed_trees_with_one_root(int width)
    {
        foreach (var text in Texts)
        {
            var (heads, labels) = Parse(text, width, viaBeam: false);
            Assert.Equal(1, heads.Count(h => h < 0));
            Assert.All(heads, h => Assert.InRange(h, -1, heads.Length - 1));
            Assert.All(labels, l => Assert.InRange(l, 0, Models.Value.Parser!.Labels.Count - 1));
            // Every word reaches the root: no cycles.
            for (int i = 0; i < heads.Length; i++)
            {
                int at = i, steps = 0;
                while (heads[at] >= 0 && steps++ <= heads.Length) at = heads[at];
                Assert.True(steps <= heads.Length, $"cycle through word {i} of \"{text}\"");
            }
        }
    }
}
