using Dateline.Language;
using Dateline.Model;

namespace Dateline.Tests.Language;

public class LanguageTrainingTests
{
    private static readonly PosTrainingOptions PosOptions = new() { Epochs = 10, DictionaryMinCount = 1000, AmbiguityMinCount = 1, MinWeight = 0 };
    private static readonly ParserTrainingOptions ParserOptions = new() { Epochs = 15, JackknifeFolds = 0, MinWeight = 0, MinUpdates = 1 };

    [Fact]
    public void Reads_conllu_words_and_multiword_tokens()
    {
        var sentences = TinyTreebank.Sentences();
        Assert.Equal(4, sentences.Count);
        var third = sentences[2];
        Assert.Equal(9, third.Words.Length);
        Assert.Equal("Zorvan's", third.SurfaceTokens[0].Form);
        Assert.Equal((1, 2), (third.SurfaceTokens[0].FirstWord, third.SurfaceTokens[0].LastWord));
        Assert.False(third.Words[7].SpaceAfter);
        Assert.Equal("nsubj:pass", third.Words[2].Deprel);
    }

    [Fact]
    public void Trained_models_reproduce_their_training_sentences()
    {
        var sentences = TinyTreebank.Sentences();
        var models = new LanguageModels(PosTrainer.Train(sentences, PosOptions), ParserTrainer.Train(sentences, ParserOptions));
        var analyzer = new LanguageAnalyzer(models);
        foreach (var sentence in sentences)
        {
            var tokens = Analyze(analyzer, sentence);
            for (int i = 0; i < tokens.Count; i++)
            {
                var gold = sentence.Words[i];
                Assert.Equal(gold.Upos, tokens[i].Upos);
                Assert.Equal(gold.Xpos, tokens[i].Xpos);
                Assert.Equal(gold.Lemma, tokens[i].Lemma);
                Assert.Equal(gold.Head - 1, tokens[i].Head);
                Assert.Equal(gold.Deprel, tokens[i].Deprel);
            }
        }
    }

    [Fact]
    public void Lemmatiser_generalises_suffix_rules_to_unseen_words()
    {
        var lemmatizer = Lemmatizer.Learn([("ministers", "NNS", "NOUN", "minister"), ("envoys", "NNS", "NOUN", "envoy"),
            ("visited", "VBD", "VERB", "visit"), ("wanted", "VBD", "VERB", "want"), ("was", "VBD", "AUX", "be")]);
        Assert.Equal("diplomat", lemmatizer.Lemmatize("diplomats", "NNS", "NOUN"));
        Assert.Equal("talk", lemmatizer.Lemmatize("talked", "VBD", "VERB"));
        Assert.Equal("be", lemmatizer.Lemmatize("was", "VBD", "AUX"));
        Assert.Equal("Haftar", lemmatizer.Lemmatize("Haftar", "NNP", "PROPN"));
    }

    [Fact]
    public void An_unseen_word_takes_the_rule_lemma_training_saw_as_a_word_of_its_kind()
    {
        // The longest suffix rule ("-nged" -> "-nge") would make "hanged" "hange"; the shorter "-ed" rule gives "hang",
        // a verb lemma training saw. "rioting": the "-ting" rule's "riote" is no word; "riot" was seen as a noun.
        var lemmatizer = Lemmatizer.Learn([("changed", "VBD", "VERB", "change"), ("arranged", "VBD", "VERB", "arrange"),
            ("wanted", "VBD", "VERB", "want"), ("visited", "VBD", "VERB", "visit"), ("hang", "VB", "VERB", "hang"),
            ("writing", "VBG", "VERB", "write"), ("voting", "VBG", "VERB", "vote"), ("riot", "NN", "NOUN", "riot"),
            ("wants", "VBZ", "VERB", "want"), ("visits", "VBZ", "VERB", "visit"), ("fix", "VB", "VERB", "fix")]);
        Assert.Equal("hang", lemmatizer.Lemmatize("hanged", "VBD", "VERB"));
        Assert.Equal("estrange", lemmatizer.Lemmatize("estranged", "VBD", "VERB"));
        Assert.Equal("riot", lemmatizer.Lemmatize("rioting", "VBG", "VERB"));
        Assert.Equal("skate", lemmatizer.Lemmatize("skating", "VBG", "VERB"));
        Assert.Equal("fix", lemmatizer.Lemmatize("fixes", "VBZ", "VERB"));
        Assert.Equal("departe", lemmatizer.Lemmatize("departes", "VBZ", "VERB"));
    }

    [Fact]
    public void Training_is_deterministic_and_models_round_trip_through_files()
    {
        var sentences = TinyTreebank.Sentences();
        var dir = Directory.CreateTempSubdirectory("dateline-lang-");
        try
        {
            string Save(string name)
            {
                var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, name)).FullName;
                PosTrainer.Train(sentences, PosOptions).Save(Path.Combine(sub, LanguageModels.PosFile));
                ParserTrainer.Train(sentences, ParserOptions).Save(Path.Combine(sub, LanguageModels.DepsFile));
                return sub;
            }
            var a = Save("a");
            var b = Save("b");
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, LanguageModels.PosFile)), File.ReadAllBytes(Path.Combine(b, LanguageModels.PosFile)));
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, LanguageModels.DepsFile)), File.ReadAllBytes(Path.Combine(b, LanguageModels.DepsFile)));

            var inMemory = new LanguageAnalyzer(new LanguageModels(PosTrainer.Train(sentences, PosOptions), ParserTrainer.Train(sentences, ParserOptions)));
            var loaded = new LanguageAnalyzer(LanguageModels.Load(a));
            const string text = "The envoy met Zorvan in Pell. The ministers visited the capital.";
            var expected = inMemory.Analyze(text).Tokens;
            var actual = loaded.Analyze(text).Tokens;
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i].ToString(), actual[i].ToString());
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Word_classes_learned_without_labels_are_saved_inside_both_models_and_give_the_same_parses_after_loading()
    {
        var sentences = TinyTreebank.Sentences();
        var unlabelled = sentences.Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToArray())
            .Concat([["The", "envoy", "met", "Pell", "."], ["The", "minister", "met", "Zorvan", "."], ["The", "ministers", "visited", "Pell", "."]])
            .ToList();
        var classes = WordClasses.Learn(unlabelled, fine: 4, coarse: 2);
        Assert.Equal(classes.Count, WordClasses.Learn(unlabelled, fine: 4, coarse: 2).Count);
        Assert.True(classes.Count > 5);
        var dir = Directory.CreateTempSubdirectory("dateline-lang-");
        try
        {
            var pos = PosTrainer.Train(sentences, PosOptions, classes: classes);
            var parser = ParserTrainer.Train(sentences, ParserOptions, classes: classes);
            Assert.Equal(classes.Count, pos.Tagger.Classes.Count);
            Assert.Equal(classes.Count, parser.Classes.Count);
            pos.Save(Path.Combine(dir.FullName, LanguageModels.PosFile));
            parser.Save(Path.Combine(dir.FullName, LanguageModels.DepsFile));
            var loaded = LanguageModels.Load(dir.FullName);
            Assert.Equal(classes.Count, loaded.Pos.Tagger.Classes.Count);
            Assert.Equal(classes.Count, loaded.Parser!.Classes.Count);
            const string text = "The envoy met Zorvan in Pell. The ministers visited the capital.";
            var expected = new LanguageAnalyzer(new LanguageModels(pos, parser)).Analyze(text).Tokens;
            var actual = new LanguageAnalyzer(loaded).Analyze(text).Tokens;
            Assert.Equal(expected.Select(t => t.ToString()), actual.Select(t => t.ToString()));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Language_stage_attaches_sentences_and_tokens_with_offsets_into_the_text()
    {
        var sentences = TinyTreebank.Sentences();
        var stage = new LanguageStage(new LanguageModels(PosTrainer.Train(sentences, PosOptions), ParserTrainer.Train(sentences, ParserOptions)));
        var document = new Document
        {
            Source = new SourceInfo("t.txt", SourceFormat.PlainText, "utf-8", "x", 0),
            SourceText = "",
            Text = "Zorvan met the minister in Pell.\n\nThe envoy met the ministers.",
        };
        var result = stage.Process(document);
        Assert.Equal(2, result.Sentences.Length);
        Assert.Equal(13, result.Tokens.Length);
        foreach (var token in result.Tokens)
        {
            Assert.Equal(token.Form, result.Quote(token.Span));
            Assert.True(token.Head < 0 || result.Tokens[token.Head].Sentence == token.Sentence);
        }
        Assert.Equal("met", result.Tokens[result.Tokens[0].Head].Form);
        Assert.Equal(1, result.Tokens[^1].Sentence);
    }

    [Fact]
    public void Language_layers_survive_the_store_serialisation_and_stay_compact()
    {
        var sentences = TinyTreebank.Sentences();
        var stage = new LanguageStage(new LanguageModels(PosTrainer.Train(sentences, PosOptions), ParserTrainer.Train(sentences, ParserOptions)));
        var text = string.Join("\n\n", Enumerable.Repeat("The envoy met the minister in Pell on Tuesday, officials said.", 80));
        var document = stage.Process(new Document
        {
            Source = new SourceInfo("t.txt", SourceFormat.PlainText, "utf-8", "x", 0),
            SourceText = text,
            Text = text,
        });
        Assert.Equal(1040, document.Tokens.Length);
        var json = System.Text.Json.JsonSerializer.Serialize(document, Dateline.Storage.DocumentSerializer.Options);
        var back = System.Text.Json.JsonSerializer.Deserialize<Document>(json, Dateline.Storage.DocumentSerializer.Options)!;
        Assert.Equal(document.Tokens.ToArray(), back.Tokens.ToArray());
        Assert.Equal(document.Sentences.ToArray(), back.Sentences.ToArray());
        // About 125 bytes of JSON per token, tags and offsets included (the text itself is stored twice here).
        Assert.True(json.Length - 2 * text.Length < 1040 * 130, $"{json.Length - 2 * text.Length} bytes of layers");
    }

    private static List<Token> Analyze(LanguageAnalyzer analyzer, ConlluSentence sentence)
    {
        var forms = sentence.Words.Select(w => w.Form).ToArray();
        var text = string.Join(' ', forms);
        var spans = new TextSpan[forms.Length];
        int p = 0;
        for (int i = 0; i < forms.Length; i++) { spans[i] = new TextSpan(p, p + forms[i].Length); p += forms[i].Length + 1; }
        var output = new List<Token>();
        analyzer.AnalyzeSentence(text, spans, 0, 0, output);
        return output;
    }
}
