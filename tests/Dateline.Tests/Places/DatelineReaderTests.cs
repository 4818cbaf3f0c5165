using Dateline.Places;

namespace Dateline.Tests.Places;

public class DatelineReaderTests
{
    [Theory]
    [InlineData("TRIPOLI, Libya (AP) — Fighting resumed.", "Tripoli", "Libya")]
    [InlineData("ROME, May 16 (AFP) - Talks were held.", "Rome", "May 16")]
    [InlineData("ROME, May 16 - Talks were held.", "Rome", "May 16")]
    [InlineData("BENGHAZI (Reuters) - The army said.", "Benghazi", null)]
    [InlineData("PALERMO, Italy - Conte hosted Haftar.", "Palermo", "Italy")]
    [InlineData("PORT-AU-PRINCE — Gangs blocked the road.", "Port-Au-Prince", null)]
    [InlineData("MINAS TIRITH, Gondor (AP) — The steward spoke.", "Minas Tirith", "Gondor")]
    public void Reads_the_city_and_what_follows_its_comma(string text, string name, string? qualifier)
    {
        var d = DatelineReader.Read(text)!;
        Assert.Equal((name, qualifier), (d.Name, d.Qualifier));
        Assert.Equal(name.ToUpperInvariant(), text[d.Start..d.End].ToUpperInvariant());
    }

    [Theory]
    [InlineData("Officials said, on Thursday, that talks were held.")]
    [InlineData("The army advanced - slowly.")]
    [InlineData("")]
    public void A_text_that_does_not_open_with_a_city_in_capitals_has_no_dateline(string text) =>
        Assert.Null(DatelineReader.Read(text));
}
