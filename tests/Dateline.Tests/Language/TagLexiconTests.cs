using Dateline.Language;

namespace Dateline.Tests.Language;

/// <summary>The shipped tagger decodes under what its training data says a word can be (TagLexicon).</summary>
public class TagLexiconTests
{
    private static readonly Lazy<LanguageAnalyzer> Analyzer = new(() => new LanguageAnalyzer(
        LanguageModels.Load(LanguageModels.FindDirectory() ?? throw new InvalidOperationException("data/models/en-pos.bin not found"))));

    private static string Xpos(string text, string form) => Analyzer.Value.Analyze(text).Tokens.First(t => t.Form == form).Xpos;

    [Theory]
    [InlineData("The Saudi-led coalition struck Houthi positions near Sanaa.", "struck")]
    [InlineData("Russian forces struck Ukrainian positions near Bakhmut on Friday.", "struck")]
    [InlineData("Up to 40 rockets had been fired at Israel, weeks after its military withdrew from the territory.", "withdrew")]
    public void A_form_training_saw_only_as_a_past_tense_or_participle_is_tagged_as_one(string text, string form) =>
        Assert.Contains(Xpos(text, form), new[] { "VBD", "VBN" });

    [Theory]
    [InlineData("Police shot dead two protesters in the capital, officials said.")]
    [InlineData("Soldiers shot dead a man at a checkpoint.")]
    public void A_past_form_that_is_also_a_noun_is_the_verb_before_dead(string text)
    {
        // "shot" is a noun too ("a shot"): the tagger had read "Police shot" as a compound noun, and the event had no row.
        var shot = Analyzer.Value.Analyze(text).Tokens.First(t => t.Form == "shot");
        Assert.Equal("VERB", shot.Upos);
        Assert.Contains(shot.Xpos, new[] { "VBD", "VBN" });
    }

    [Fact]
    public void A_shot_that_is_a_noun_stays_a_noun()
    {
        Assert.Equal("NN", Xpos("He fired a shot at the crowd.", "shot"));
    }

    [Fact]
    public void A_base_form_seen_only_as_a_verb_may_still_be_a_noun()
    {
        // "raid" was a verb in training; the constraint is for past forms only, which are seldom nouns.
        Assert.Equal("NN", Xpos("In September 1944, a fleet of Japanese ships hiding in the harbor were sunk in a daring raid by the US navy.", "raid"));
    }

    [Theory]
    [InlineData("Militias allied with the GNA attacked the town of Gharyan.", "Militias", "NNS")]
    [InlineData("Idle industries have cast workers into unemployment.", "Idle", "JJ")]
    public void A_capitalised_sentence_opener_training_knew_only_as_a_common_word_is_no_proper_noun(string text, string form, string expected) =>
        Assert.Equal(expected, Xpos(text, form));

    [Fact]
    public void A_past_form_keeps_the_models_choice_between_past_tense_and_participle()
    {
        // "detonated" was only a VBN in training; as a main verb it is still a past tense.
        Assert.Equal("VBD", Xpos("In the eastern city of Baqubah, guerrillas detonated a car bomb outside a police station.", "detonated"));
    }

    [Theory]
    [InlineData("Turkey sent troops to Libya on Monday.", "Turkey")]
    [InlineData("Haftar met Conte in Rome.", "Haftar")]
    [InlineData("Liberal Democrat spokeswoman Sandra Gidley said the plan would fail.", "Liberal")]
    public void A_sentence_opener_training_saw_as_a_name_or_never_saw_stays_a_proper_noun(string text, string form) =>
        Assert.Equal("NNP", Xpos(text, form));
}
