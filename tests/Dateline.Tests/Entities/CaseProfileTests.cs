using Dateline.Entities;

namespace Dateline.Tests.Entities;

public class CaseProfileTests
{
    [Fact]
    public void Learns_how_words_are_written_inside_sentences_not_at_their_start_or_in_headlines()
    {
        string[][] text =
        [
            ["However", ",", "Pellegrini", "said", "the", "talks", "would", "go", "on", "."],
            ["\"", "Talks", "resumed", "and", "Pellegrini", "left", "."],
            ["The", "bush", "near", "Bush", "'s", "ranch", "burned", "."],
            ["Pellegrini", "Quits", "Talks", "Over", "Ceasefire"],
        ];
        var profile = CaseProfile.Learn(text);
        Assert.Equal(CaseProfile.Capital, profile.Of("pellegrini"));
        Assert.Equal(CaseProfile.Lower, profile.Of("talks"));
        Assert.Equal(CaseProfile.Mixed, profile.Of("bush"));
        Assert.Equal(0, profile.Of("however")); // only ever first in its sentence
        Assert.Equal(0, profile.Of("ceasefire")); // only in a title-case headline
        Assert.Equal(CaseProfile.Lower, profile.Of("resumed"));
    }

    [Fact]
    public void A_model_keeps_its_case_profile_through_save_and_load()
    {
        var sentences = new[]
        {
            new NerSentence(["Pellegrini", "said", "so", "."], ["B-PER", "O", "O", "O"]),
            new NerSentence(["Talks", "in", "Rome", "ended", "."], ["O", "O", "B-LOC", "O", "O"]),
        };
        var cases = CaseProfile.Learn([["the", "talks", "with", "Pellegrini", "ended"]]);
        var model = new NerTrainer { Epochs = 2 }.Train(sentences, NameGazetteer.BuiltIn, cases: cases);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var back = NerModel.Load(stream);
        Assert.Equal(CaseProfile.Capital, back.Cases.Of("pellegrini"));
        Assert.Equal(model.Tag(["Pellegrini", "said", "so", "."]), back.Tag(["Pellegrini", "said", "so", "."]));
    }
}
