using Dateline.Entities;
using Dateline.Events;
using Dateline.Model;

namespace Dateline.Tests.Events;

/// <summary>
/// The pronoun resolver over the shipped pipeline's reading of short texts. Given names come from small fictional lists
/// (never the production one), so each gender test also runs without the list and sees the rule's absence fail.
/// </summary>
public sealed class PronounResolverTests
{
    private static readonly GivenNameGender Names = new(new Dictionary<string, char> { ["Martin"] = 'M', ["Laura"] = 'F', ["Michael"] = 'M' });

    /// <summary>The name the pronoun <paramref name="form"/> (its <paramref name="nth"/> occurrence, from 0) is resolved to; null when none.</summary>
    private static string? Antecedent(string text, string form, int nth = 0, GivenNameGender? names = null)
    {
        var doc = EventPipeline.Run(text);
        var token = doc.Tokens.Select((t, i) => (t, i)).Where(x => x.t.Form == form).Skip(nth).First().i;
        var found = new PronounResolver(doc, names: names ?? Names).Resolve(token);
        return found is null ? null
            : found.Kind == PronounAntecedentKind.Mention ? doc.EntityMentions[found.Mention].Text
            : doc.Tokens[found.Token].Form;
    }

    [Fact]
    public void A_pronoun_in_a_later_clause_continues_its_sentences_subject_not_the_nearest_name()
    {
        // Before: the nearest person, Poisson.
        Assert.Equal("Galois", Antecedent("Galois did not ignore Poisson's advice, as he began collecting all his manuscripts in prison.", "he"));
    }

    [Fact]
    public void A_sentence_opening_pronoun_follows_the_earlier_pronoun_subject_back_to_its_name()
    {
        const string text = "Daniel Bernoulli studied medicine in Basel. He was a close friend of Leonhard Euler. He returned to Basel in 1733.";
        // The second "He" continues the first, which continues Bernoulli; before, the nearest person (Euler).
        Assert.Equal("Daniel Bernoulli", Antecedent(text, "He", 1));
    }

    [Fact]
    public void An_object_pronoun_is_not_the_subject_of_its_own_clause()
    {
        const string text = "Evariste Galois wrote to the academy in 1830. Simeon Poisson asked him to submit a new version.";
        Assert.Equal("Evariste Galois", Antecedent(text, "him"));
    }

    [Fact]
    public void With_no_fitting_subject_in_its_sentence_a_pronoun_takes_the_nearest_person_there()
    {
        const string text = "Tony Blair spoke in Brighton on Monday. Laura Brandt wrote to Mr McConnell on Tuesday accusing him of an error of judgement.";
        Assert.Equal("McConnell", Antecedent(text, "him"));
    }

    [Fact]
    public void A_given_names_gender_keeps_she_from_a_man()
    {
        const string text = "Martin Kessler taught Laura Brandt in London for three years. She built her first museum in 1994.";
        Assert.Equal("Laura Brandt", Antecedent(text, "She"));
        // Without the list, the previous sentence's subject.
        Assert.Equal("Martin Kessler", Antecedent(text, "She", names: GivenNameGender.None));
    }

    [Fact]
    public void It_is_never_a_person_a_given_name_gives_a_gender()
    {
        const string text = "Nordale Systems said on Monday that Michael Reed had resigned. It will name a new chief executive next month.";
        Assert.Equal("Nordale Systems", Antecedent(text, "It"));
        Assert.Equal("Michael Reed", Antecedent(text, "It", names: GivenNameGender.None));
    }

    [Fact]
    public void A_reflexive_pronoun_is_a_person()
    {
        // Before, "herself" was read as "it", which a man may be: the sentence's subject, Kessler.
        Assert.Equal("Laura Brandt", Antecedent("Martin Kessler met Laura Brandt in Munich, who praised herself.", "herself"));
    }

    [Fact]
    public void A_definite_title_phrase_is_the_person_the_article_named_with_that_title()
    {
        var doc = EventPipeline.Run("Briefing\n\nTory leader Michael Howard has gone on the offensive over asylum quotas.\n\nThe Tory leader was asked to respond to critics on Monday.");
        var leader = Array.FindIndex(doc.Tokens.ToArray(), t => t.Form == "leader" && t.Start > doc.Text.IndexOf("The Tory", StringComparison.Ordinal));
        var found = new PronounResolver(doc).TitleHolder(leader);
        Assert.NotNull(found);
        Assert.Equal("Michael Howard", doc.EntityMentions[found.Mention].Text);
    }

    [Theory]
    [InlineData("Deputy Prime Minister John Prescott visited Hull.\n\nThe prime minister said the plans were sound.", "minister")]
    [InlineData("Chief police officers spokesman Nigel Yeo said most people would obey the law.\n\nThe police will act on Monday.", "police")]
    public void A_title_phrase_is_not_a_person_holding_another_office(string text, string head)
    {
        var doc = EventPipeline.Run("Briefing\n\n" + text);
        var second = doc.Text.LastIndexOf("\n\n", StringComparison.Ordinal);
        var token = Array.FindIndex(doc.Tokens.ToArray(), t => t.Form == head && t.Start > second);
        Assert.Null(new PronounResolver(doc).TitleHolder(token));
    }

    [Fact]
    public void The_event_coder_names_the_person_behind_a_title_phrase()
    {
        var events = EventPipeline.Events("Briefing\n\nItalian Defence Minister Roberta Pinotti met Fayez al-Sarraj in Tripoli on Monday.\n\nThe minister also visited a military hospital in Misrata on Tuesday.");
        var visit = Assert.Single(events, e => e.Trigger == "visited");
        var minister = Assert.Single(visit.Source);
        Assert.Equal("The minister", minister.Text);
        Assert.Contains("Pinotti", minister.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_outlet_told_something_is_not_what_a_later_it_or_they_stands_for()
    {
        const string text = "Anna Kovac of the Farmers Union told Reuters: \"We have long urged them to act.\" Police said they had arrested a man.";
        Assert.NotEqual("Reuters", Antecedent(text, "them"));
        Assert.NotEqual("Reuters", Antecedent(text, "they"));
    }
}
