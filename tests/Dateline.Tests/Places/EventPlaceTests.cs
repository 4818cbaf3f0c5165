using Dateline.Events;
using Dateline.Tests.Events;

namespace Dateline.Tests.Places;

/// <summary>Event places through the gazetteer: the parse from the shipped models, the places from the fictional gazetteer unless said.</summary>
public class EventPlaceTests
{
    // The fictional gazetteer's two-letter codes are read through the real country table (AR = Argentina, LB = Lebanon).
    private static readonly EventCoder Coder = new(gazetteer: FictionalGazetteer.Load());

    private static EventMention Consult(string text) =>
        Assert.Single(Coder.Find(EventPipeline.RunArticle(text)), e => e.Event == "CONSULT");

    [Fact]
    public void A_city_without_context_is_the_largest_of_its_name()
    {
        var e = Consult("Talks\n\nItalian envoys held talks with the army chief in Tripoli on Thursday, officials said.");
        Assert.Equal(("Tripoli", "LBY", 32.9, 13.2), (e.EventLoc.Text, e.EventLoc.Country, e.EventLoc.Latitude, e.EventLoc.Longitude));
        Assert.Contains("GeoNames: Tripoli, LBY, pop 1.2M, capital; largest of 3 candidates", e.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_country_picks_the_smaller_namesake()
    {
        var e = Consult("Talks\n\nTRIPOLI, Lebanon (AP) — Italian envoys held talks with the army chief in Tripoli on Thursday, officials said.");
        Assert.Equal(("LBN", 34.4, 35.8), (e.EventLoc.Country, e.EventLoc.Latitude, e.EventLoc.Longitude));
        Assert.Contains("dateline in LBN", e.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_without_a_place_takes_the_dateline_with_its_country()
    {
        var e = Consult("Talks\n\nMINAS TIRITH, Argentina (AP) — Italian envoys held talks with the army chief on Thursday, officials said.");
        Assert.Equal("Minas Tirith", e.EventLoc.Text);
        Assert.Equal((40.0, -5.0), (e.EventLoc.Latitude, e.EventLoc.Longitude));
        Assert.StartsWith("no place in the sentence: the article's dateline", e.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_as_the_place_has_no_point()
    {
        var e = Consult("Talks\n\nItalian envoys held talks with the army chief in Libya on Thursday, officials said.");
        Assert.Equal(("Libya", "LBY"), (e.EventLoc.Text, e.EventLoc.Country));
        Assert.Null(e.EventLoc.Latitude);
        Assert.Contains("the country Libya", e.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_missing_from_the_gazetteer_keeps_its_words_and_says_so()
    {
        var e = Consult("Talks\n\nItalian envoys held talks with the army chief in Benghazi on Thursday, officials said.");
        Assert.Equal("Benghazi", e.EventLoc.Text);
        Assert.Null(e.EventLoc.Latitude);
        Assert.EndsWith("not in the gazetteer", e.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_gazetteer_gives_rome_its_coordinates()
    {
        var e = Assert.Single(EventPipeline.Events("Libyan strongman Khalifa Haftar held surprise talks with Italian Prime Minister Giuseppe Conte in Rome on Thursday."), e => e.Event == "CONSULT");
        Assert.Equal("ITA", e.EventLoc.Country);
        Assert.InRange(e.EventLoc.Latitude!.Value, 41.8, 42.0);
        Assert.InRange(e.EventLoc.Longitude!.Value, 12.4, 12.6);
        Assert.Contains("GeoNames: Rome, ITA", e.EventLoc.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capital_that_speaks_is_an_actor_not_a_place()
    {
        var e = Assert.Single(EventPipeline.Events("Paris has rejected the claims."), e => e.Event == "REJECT");
        Assert.Equal("FRAGOV", Assert.Single(e.Source).Code);
        Assert.Null(e.EventLoc.Text);
        Assert.Null(e.EventLoc.Latitude);
    }
}
