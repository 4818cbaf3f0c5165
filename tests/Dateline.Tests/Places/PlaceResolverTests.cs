using System.Collections.Immutable;
using Dateline.Places;

namespace Dateline.Tests.Places;

public class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = new(FictionalGazetteer.Load());

    private static PlaceContext Mentioning(params string[] countries) =>
        new() { MentionedCountries = countries.ToImmutableDictionary(c => c, _ => 1, StringComparer.Ordinal) };

    [Fact]
    public void Prefers_the_most_populous_place_without_context()
    {
        var r = Resolver.Resolve("Minas Tirith")!;
        Assert.Equal(1, r.Place.Id);
        Assert.Equal(2, r.Candidates);
        Assert.Equal("GeoNames: Minas Tirith, GD, pop 1.2M, capital; largest of 2 candidates", r.Reason);
    }

    [Fact]
    public void A_country_the_article_mentions_outweighs_a_few_times_the_population()
    {
        var r = Resolver.Resolve("Tripoli", Mentioning("LB"))!;
        Assert.Equal(4, r.Place.Id);
        Assert.Contains("LB mentioned 1x in the article over the larger Tripoli, LY (3 candidates)", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mentioned_country_does_not_outweigh_a_place_a_hundred_times_larger()
    {
        var r = Resolver.Resolve("Minas Tirith", Mentioning("AR"))!;
        Assert.Equal(1, r.Place.Id);
    }

    [Fact]
    public void A_country_written_with_the_name_decides()
    {
        var r = Resolver.Resolve("Minas Tirith", new PlaceContext { QualifierCountry = "AR" })!;
        Assert.Equal(2, r.Place.Id);
        Assert.Contains("AR named with it", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_datelines_country_favours_its_own_place()
    {
        var r = Resolver.Resolve("Tripoli", new PlaceContext { DatelineCountry = "LB" })!;
        Assert.Equal("LB", r.Place.CountryCode);
        Assert.Contains("dateline in LB", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alternate_name_of_a_large_city_beats_the_own_name_of_a_small_town()
    {
        var r = Resolver.Resolve("Roma")!;
        Assert.Equal("Rome", r.Place.Name);
        Assert.Contains("'Roma' is an alternate name", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_an_alternate_name_to_its_place()
    {
        var r = Resolver.Resolve("Norbury")!;
        Assert.Equal("Fornost", r.Place.Name);
        Assert.Contains("the only place of that name", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_countries_through_the_label_it_is_given()
    {
        var resolver = new PlaceResolver(FictionalGazetteer.Load(), iso2 => iso2 == "IT" ? "ITA" : null);
        Assert.StartsWith("GeoNames: Rome, ITA, pop 2.3M, capital", resolver.Resolve("Rome")!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_resolves_to_nothing() => Assert.Null(Resolver.Resolve("Gotham"));

    [Theory]
    [InlineData(2_318_895, "2.3M")]
    [InlineData(48_000, "48k")]
    [InlineData(900, "900")]
    public void Writes_populations_short(long population, string text) => Assert.Equal(text, PlaceResolver.Population(population));
}
