using Dateline.Language;

namespace Dateline.Tests.Language;

/// <summary>Loader checks of the models shipped in data/models (they are part of the repository).</summary>
public class ShippedModelTests
{
    private static readonly Lazy<LanguageModels> Models = new(() =>
        LanguageModels.Load(LanguageModels.FindDirectory() ?? throw new InvalidOperationException("data/models/en-pos.bin not found")));

    [Fact]
    public void Shipped_models_load_with_a_parser_and_the_UD_tag_sets()
    {
        var models = Models.Value;
        Assert.NotNull(models.Parser);
        Assert.Contains("PROPN", models.Pos.Tagger.Upos);
        Assert.Contains("NNP", models.Pos.Tagger.Xpos);
        Assert.Contains("nsubj:pass", models.Parser!.Labels);
        Assert.True(models.LoadTime < TimeSpan.FromSeconds(5), $"loading took {models.LoadTime}");
    }

    [Fact]
    public void Parses_a_news_sentence_into_subject_object_and_obliques()
    {
        var analyzer = new LanguageAnalyzer(Models.Value);
        var (sentences, tokens) = analyzer.Analyze("Haftar met Italy's defence minister in Rome on Tuesday.");
        Assert.Single(sentences);
        string Rel(string form) => tokens.Single(t => t.Form == form).Deprel;
        string HeadOf(string form) { var t = tokens.Single(x => x.Form == form); return t.Head < 0 ? "ROOT" : tokens[t.Head].Form; }
        Assert.Equal("root", Rel("met"));
        Assert.Equal(("nsubj", "met"), (Rel("Haftar"), HeadOf("Haftar")));
        Assert.Equal(("obj", "met"), (Rel("minister"), HeadOf("minister")));
        Assert.Equal(("nmod:poss", "minister"), (Rel("Italy"), HeadOf("Italy")));
        Assert.Equal(("obl", "met"), (Rel("Tuesday"), HeadOf("Tuesday")));
        Assert.Equal("meet", tokens.Single(t => t.Form == "met").Lemma);
        Assert.Equal("PROPN", tokens.Single(t => t.Form == "Haftar").Upos);
    }
}
