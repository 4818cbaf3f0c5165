using Dateline.Entities;
using Dateline.Knowledge;

namespace Dateline.Tests.Entities;

/// <summary>A tiny model trained here on a fictional corpus: tests features, decoding and determinism, not accuracy on news.</summary>
public class NerModelTests
{
    private static readonly string[] Firsts = ["Zorba", "Quilla", "Maravel", "Tobrin", "Essa", "Vantor", "Lirien", "Gaspo"];
    private static readonly string[] Lasts = ["Kretz", "Ombrale", "Tashvili", "Durnhelm", "Pocatek", "Vellis", "Amarov", "Sundqvar"];
    private static readonly string[] Places = ["Quelmar", "Vostrograd", "Port Ilyen", "Sabrath", "Nordhavn", "Tirzel"];
    private static readonly string[] Orgs = ["Quelmar Trade Union", "Ministry of Tides", "Vostro Bank", "Northern Guild"];

    private static readonly string[] Syllables = ["ka", "lo", "vir", "tes", "mun", "dra", "pel", "zo", "rin", "gath", "ol", "be"];

    // Many distinct invented names, so the model has to learn context and shape, not a list.
    private static string Invented(int n, int parts) =>
        string.Concat(Enumerable.Range(0, parts).Select(p => Syllables[(n * (p + 3) + p * 5 + n / 7) % Syllables.Length])) is var w ? char.ToUpperInvariant(w[0]) + w[1..] : "";

    internal static List<NerSentence> FictionalCorpus()
    {
        var sentences = new List<NerSentence>();
        for (var i = 0; i < 400; i++)
        {
            var first = i % 3 == 0 ? Firsts[i % Firsts.Length] : Invented(i, 2);
            var last = i % 3 == 0 ? Lasts[(i * 3 + 1) % Lasts.Length] : Invented(i + 11, 3);
            var place = Places[(i * 5 + 2) % Places.Length];
            var org = Orgs[(i * 7 + 3) % Orgs.Length];
            var words = new List<string>();
            var spans = new List<BioSpan>();
            void Add(string phrase, string? type)
            {
                var parts = phrase.Split(' ');
                if (type is not null)
                    spans.Add(new BioSpan(words.Count, words.Count + parts.Length, type));
                words.AddRange(parts);
            }
            switch (i % 4)
            {
                case 0: Add("Minister", null); Add($"{first} {last}", "PER"); Add("arrived in", null); Add(place, "LOC"); Add("on Monday .", null); break;
                case 1: Add("The", null); Add(org, "ORG"); Add("said", null); Add(last, "PER"); Add("would travel to", null); Add(place, "LOC"); Add(".", null); break;
                case 2: Add("officials in", null); Add(place, "LOC"); Add("met", null); Add($"{first} {last}", "PER"); Add("of the", null); Add(org, "ORG"); Add(".", null); break;
                default: Add("the talks ended late and nobody said anything about the weather .", null); break;
            }
            sentences.Add(new NerSentence(words, BioTags.FromSpans(spans, words.Count)));
        }
        return sentences;
    }

    private static readonly Lazy<NerModel> Tiny = new(() => new NerTrainer { Epochs = 10, Seed = 7 }.Train(FictionalCorpus(), new NameGazetteer(KnowledgeBase.Empty)));

    private static readonly Lazy<NerModel> TinyBeam = new(() => new NerTrainer { Epochs = 10, Seed = 7, Beam = 3 }.Train(FictionalCorpus(), NameGazetteer.BuiltIn));

    private static readonly Lazy<NerModel> TinyBilou = new(() => new NerTrainer { Epochs = 10, Seed = 7, Bilou = true }.Train(FictionalCorpus(), new NameGazetteer(KnowledgeBase.Empty)));

    [Fact]
    public void A_name_typed_differently_across_an_article_takes_the_type_most_mentions_got()
    {
        string[][] sentences = [["Essex", "reached", "372"], ["title", "rivals", "Essex"], ["Essex", "372"], ["ESSEX", "4"], ["Kent", "drew"]];
        List<IReadOnlyList<BioSpan>> found = [[new(0, 1, "PER")], [new(2, 3, "LOC")], [new(0, 1, "ORG")], [new(0, 1, "ORG")], [new(0, 1, "PER")]];
        var voted = NerModel.OneTypePerName(sentences, found);
        Assert.All(voted.Take(4), s => Assert.Equal("ORG", Assert.Single(s).Type));
        Assert.Equal("PER", Assert.Single(voted[4]).Type);
    }

    [Fact]
    public void A_tie_between_types_leaves_each_mention_as_tagged()
    {
        string[][] sentences = [["Jordan", "said"], ["in", "Jordan"]];
        List<IReadOnlyList<BioSpan>> found = [[new(0, 1, "PER")], [new(1, 2, "LOC")]];
        var voted = NerModel.OneTypePerName(sentences, found);
        Assert.Equal(["PER", "LOC"], voted.Select(s => Assert.Single(s).Type));
    }

    [Fact]
    public void Tags_seen_names_in_a_seen_pattern()
    {
        var tags = Tiny.Value.Tag("Minister Quilla Durnhelm arrived in Sabrath on Monday .".Split(' '));
        Assert.Equal(["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"], tags);
    }

    [Theory]
    [InlineData("Minister Zorrba Kreetz arrived in Vostrogradd on Monday .", "Zorrba Kreetz", "PER")]
    [InlineData("Minister Xanthippe Oyelaran-Whitcombe arrived in Quelmar on Monday .", "Xanthippe Oyelaran-Whitcombe", "PER")]
    [InlineData("officials in Plovdrask met Maravel Vellis of the Northern Guild .", "Plovdrask", "LOC")]
    public void Finds_misspelt_and_unknown_names_from_shape_and_context(string sentence, string name, string type)
    {
        var words = sentence.Split(' ');
        var spans = Tiny.Value.FindNames(words);
        Assert.Contains(spans, s => string.Join(' ', words[s.Start..s.End]) == name && s.Type == type);
    }

    [Fact]
    public void The_document_tagger_tags_a_document_of_one_sentence_as_the_sentence_tagger_does()
    {
        var words = "officials in Nordhavn met Essa Amarov of the Vostro Bank .".Split(' ');
        Assert.Equal(Tiny.Value.FindNames(words), Assert.Single(Tiny.Value.FindNamesInDocument([words])));
    }

    [Fact]
    public void The_document_tagger_returns_one_list_of_names_per_sentence_in_order()
    {
        var document = FictionalCorpus().Take(12).Select(s => s.Words).ToList();
        var found = Tiny.Value.FindNamesInDocument(document);
        Assert.Equal(document.Count, found.Count);
        for (var s = 0; s < document.Count; s++)
            Assert.All(found[s], span => Assert.InRange(span.End, span.Start + 1, document[s].Count));
    }

    [Fact]
    public void A_bare_number_followed_by_a_capitalised_word_does_not_continue_a_name()
    {
        // Results tables: "Quelmar 4 Sabrath 2" are two places and two scores, whatever the weights say.
        var tags = Tiny.Value.Tag("Quelmar 4 Sabrath 2".Split(' '));
        Assert.DoesNotContain(tags, t => t.StartsWith("I-", StringComparison.Ordinal) && t != "I-MISC");
    }

    [Fact]
    public void Never_emits_an_inside_tag_without_its_beginning()
    {
        foreach (var sentence in FictionalCorpus().Take(40))
        {
            var tags = Tiny.Value.Tag(sentence.Words.Reverse().ToList());
            for (var i = 0; i < tags.Count; i++)
                if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                    Assert.True(i > 0 && tags[i - 1] != "O" && tags[i - 1][2..] == tags[i][2..], string.Join(" ", tags));
        }
    }

    [Fact]
    public void Averaging_models_of_several_seeds_gives_one_tagger_that_saves_and_reloads()
    {
        var models = new[] { 3, 4, 5 }.Select(seed => new NerTrainer { Epochs = 5, Seed = seed }.Train(FictionalCorpus(), NameGazetteer.BuiltIn)).ToList();
        var averaged = NerModel.Average(models, new Dictionary<string, string> { ["seed"] = "3,4,5" });
        var saved = new MemoryStream();
        averaged.Save(saved);
        saved.Position = 0;
        var reloaded = NerModel.Load(saved);
        Assert.Equal("3,4,5", reloaded.Info["seed"]);
        var words = "officials in Nordhavn met Essa Amarov of the Vostro Bank .".Split(' ');
        Assert.Equal(["O", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"], reloaded.Tag(words));
        // The mean of one model is that model.
        Assert.Equal(models[0].Tag(words), NerModel.Average([models[0]], models[0].Info).Tag(words));
    }

    [Fact]
    public void Training_twice_with_the_same_seed_writes_the_same_bytes_and_reloads_the_same_tagger()
    {
        var a = new MemoryStream();
        var b = new MemoryStream();
        // Loading pairs a model with the built-in gazetteer, so train with it here too.
        new NerTrainer { Epochs = 5, Seed = 3 }.Train(FictionalCorpus(), NameGazetteer.BuiltIn).Save(a);
        new NerTrainer { Epochs = 5, Seed = 3 }.Train(FictionalCorpus(), NameGazetteer.BuiltIn).Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
        a.Position = 0;
        var reloaded = NerModel.Load(a);
        var words = "officials in Nordhavn met Essa Amarov of the Vostro Bank .".Split(' ');
        Assert.Equal(["O", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"], reloaded.Tag(words));
    }

    [Fact]
    public void A_bilou_model_tags_in_bio_and_finds_the_same_names_sentence_by_sentence_and_in_a_document()
    {
        Assert.Equal(17, TinyBilou.Value.Tags.Count);
        var words = "officials in Nordhavn met Essa Amarov of the Vostro Bank .".Split(' ');
        Assert.Equal(["O", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"], TinyBilou.Value.Tag(words));
        Assert.Equal(TinyBilou.Value.FindNames(words), Assert.Single(TinyBilou.Value.FindNamesInDocument([words])));
    }

    [Fact]
    public void A_bilou_model_closes_a_name_before_a_bare_number_in_a_results_line()
    {
        var tags = TinyBilou.Value.Tag("Quelmar 4 Sabrath 2".Split(' '));
        Assert.DoesNotContain(tags, t => t.StartsWith("I-", StringComparison.Ordinal) && t != "I-MISC");
        foreach (var sentence in FictionalCorpus().Take(40))
        {
            var reversed = TinyBilou.Value.Tag(sentence.Words.Reverse().ToList());
            for (var i = 0; i < reversed.Count; i++)
                if (reversed[i].StartsWith("I-", StringComparison.Ordinal))
                    Assert.True(i > 0 && reversed[i - 1] != "O" && reversed[i - 1][2..] == reversed[i][2..], string.Join(" ", reversed));
        }
    }

    [Fact]
    public void A_bilou_model_is_written_as_version_5_and_a_bio_model_still_as_version_4()
    {
        static int Version(NerModel model)
        {
            var stream = new MemoryStream();
            model.Save(stream);
            stream.Position = 0;
            using var reader = new BinaryReader(stream);
            reader.ReadString();
            return reader.ReadInt32();
        }
        Assert.Equal(5, Version(TinyBilou.Value));
        Assert.Equal(4, Version(Tiny.Value));
        var saved = new MemoryStream();
        TinyBilou.Value.Save(saved);
        saved.Position = 0;
        var reloaded = NerModel.Load(saved);
        Assert.Equal(TinyBilou.Value.Tags, reloaded.Tags);
        var words = "Minister Quilla Durnhelm arrived in Sabrath on Monday .".Split(' ');
        Assert.Equal(TinyBilou.Value.Tag(words), reloaded.Tag(words));
    }

    [Fact]
    public void A_beam_trained_model_remembers_its_width_and_decodes_with_it_after_reloading()
    {
        Assert.Equal(3, TinyBeam.Value.BeamWidth);
        Assert.Equal(1, Tiny.Value.BeamWidth);
        var saved = new MemoryStream();
        TinyBeam.Value.Save(saved);
        saved.Position = 0;
        var reloaded = NerModel.Load(saved);
        Assert.Equal(3, reloaded.BeamWidth);
        var words = "officials in Nordhavn met Essa Amarov of the Vostro Bank .".Split(' ');
        Assert.Equal(["O", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"], reloaded.Tag(words));
        Assert.Equal(reloaded.FindNames(words), Assert.Single(reloaded.FindNamesInDocument([words])));
    }

    [Fact]
    public void Beam_training_is_deterministic_and_the_beam_keeps_the_tag_constraints()
    {
        var a = new MemoryStream();
        var b = new MemoryStream();
        new NerTrainer { Epochs = 3, Seed = 5, Beam = 2, Bilou = true }.Train(FictionalCorpus(), NameGazetteer.BuiltIn).Save(a);
        new NerTrainer { Epochs = 3, Seed = 5, Beam = 2, Bilou = true }.Train(FictionalCorpus(), NameGazetteer.BuiltIn).Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
        a.Position = 0;
        var model = NerModel.Load(a);
        Assert.DoesNotContain(model.Tag("Quelmar 4 Sabrath 2".Split(' ')), t => t.StartsWith("I-", StringComparison.Ordinal) && t != "I-MISC");
        foreach (var sentence in FictionalCorpus().Take(40))
        {
            var tags = model.Tag(sentence.Words.Reverse().ToList());
            for (var i = 0; i < tags.Count; i++)
                if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                    Assert.True(i > 0 && tags[i - 1] != "O" && tags[i - 1][2..] == tags[i][2..], string.Join(" ", tags));
        }
    }
}
