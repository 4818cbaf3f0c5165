using Dateline.Linking;

namespace Dateline.Tests.Linking;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("gaddafi", "kadhafi")]
    [InlineData("gaddafi", "qadhafi")]
    [InlineData("haftar", "hiftar")]
    [InlineData("milanesi", "milanese")]
    public void Transliterations_share_a_sound_key(string a, string b) => Assert.Equal(NameKey.Sound(a), NameKey.Sound(b));

    [Theory]
    [InlineData("haftar", "macron")]
    [InlineData("haftar", "aftar")]
    public void Different_names_do_not_share_a_sound_key(string a, string b) => Assert.NotEqual(NameKey.Sound(a), NameKey.Sound(b));

    [Fact]
    public void Folding_drops_case_marks_and_the_arabic_article()
    {
        Assert.Equal(["ghassan", "salame"], NameKey.Words("Ghassan Salamé"));
        Assert.Equal(["fayez", "sarraj"], NameKey.Words("Fayez al-Sarraj"));
        Assert.Equal(NameKey.Full("Al-Sarraj"), NameKey.Full("al Sarraj"));
    }

    [Theory]
    [InlineData("haftar", "hafta", 0.9)]
    [InlineData("salame", "salam", 0.9)]
    [InlineData("ghassan", "ghassam", 0.9)]
    public void One_letter_slips_stay_close(string a, string b, double atLeast) => Assert.True(NameKey.WordMatch(a, b) >= atLeast, $"{a}/{b}: {NameKey.WordMatch(a, b)}");

    [Fact]
    public void Initials_of_an_organisation_make_its_acronym() => Assert.Equal("LNA", NameKey.Initials("Libyan National Army"));
}
