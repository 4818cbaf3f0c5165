using Dateline.Entities;

namespace Dateline.Tests.Entities;

/// <summary>The training mix and the cross-validation folds shared by `train ner` and `eval ner --cross-validate`.</summary>
public class NerRecipeTests
{
    private static List<NerSentence> Documents(params int[] sizes)
    {
        var sentences = new List<NerSentence>();
        for (var d = 0; d < sizes.Length; d++)
            for (var s = 0; s < sizes[d]; s++)
                sentences.Add(new NerSentence(["w"], ["O"]) { Document = d });
        return sentences;
    }

    [Fact]
    public void Folds_cover_every_sentence_once_and_never_split_a_document()
    {
        var sentences = Documents(3, 5, 2, 4, 6, 1, 3, 4, 2, 5);
        var bounds = NerRecipe.Folds(sentences, 3);
        Assert.Equal(4, bounds.Length);
        Assert.Equal(0, bounds[0]);
        Assert.Equal(sentences.Count, bounds[^1]);
        for (var f = 1; f < bounds.Length; f++)
        {
            Assert.True(bounds[f] > bounds[f - 1]);
            if (bounds[f] < sentences.Count)
                Assert.NotEqual(sentences[bounds[f] - 1].Document, sentences[bounds[f]].Document);
        }
    }

    [Fact]
    public void Folds_are_near_equal_shares_of_the_sentences()
    {
        var bounds = NerRecipe.Folds(Documents([.. Enumerable.Repeat(2, 50)]), 5);
        Assert.Equal([0, 20, 40, 60, 80, 100], bounds);
    }

    [Fact]
    public void The_recipe_repeats_a_set_and_adds_capital_copies_of_the_edited_sets_only()
    {
        var wiki = new NerTrainingData.Part("wikigold", "CC BY 4.0", Documents(2), []);
        var tweets = new NerTrainingData.Part("btc", "CC BY 4.0", Documents(3), []);
        var recipe = new NerRecipe { Repeat = new Dictionary<string, int>(StringComparer.Ordinal) { ["wikigold"] = 2 }, CapitalsEvery = 1 };
        var sentences = recipe.Sentences([wiki, tweets]);
        Assert.Equal(2 * 2 + 3 + 2, sentences.Count);
        Assert.Equal(2, sentences.Count(s => s.Words[0] == "W"));
    }

    [Fact]
    public void The_default_recipe_keeps_uner_dev_out_and_trains_on_wnut17()
    {
        var recipe = new NerRecipe();
        Assert.Contains(NerTrainingData.UnerDev, recipe.Exclude);
        Assert.DoesNotContain("wnut17", recipe.Exclude);
    }

    [Fact]
    public void Word_class_counts_default_to_512_and_64_and_the_options_override_them()
    {
        var defaults = NerRecipe.FromOptions(8, 13, null, null, 3);
        Assert.Equal((512, 64), (defaults.WordClassesFine, defaults.WordClassesCoarse));
        var chosen = NerRecipe.FromOptions(8, 13, null, null, 3, wordClassesFine: 1024, wordClassesCoarse: 32);
        Assert.Equal((1024, 32), (chosen.WordClassesFine, chosen.WordClassesCoarse));
    }

    [Fact]
    public void Plain_text_for_word_classes_skips_mail_headers_and_quoted_lines()
    {
        using var dir = new TempFolder();
        dir.File("mail/one.txt", "From someone@example.org  Thu Aug 22 12:36:23 2002\nSubject: Re: lunch\nTo: list@example.org\n\n> quoted words stay out\nWe met Alice in Paris.\nShe said hello.\n\nSecond paragraph here.\n");
        dir.File("mail/notes.md", "not a text file");
        var sentences = NerTrainingData.PlainText([Path.Combine(dir.Path, "mail")]).Select(s => string.Join(" ", s)).ToList();
        Assert.Equal(["We met Alice in Paris .", "She said hello .", "Second paragraph here ."], sentences);
    }
}
