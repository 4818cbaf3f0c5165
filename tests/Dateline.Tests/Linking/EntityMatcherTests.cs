using Dateline.Entities;
using Dateline.Linking;

namespace Dateline.Tests.Linking;

public sealed class EntityMatcherTests
{
    private static EntityProfile Stored(string type, string name, string? country = null, params long[] neighbours)
    {
        var p = new EntityProfile { Type = type, Name = name, Country = country };
        p.Spellings[name] = 1;
        foreach (var n in neighbours) p.Neighbours[n] = 1;
        return p;
    }

    private static ArticleEntity Seen(EntityType type, string name, string? country = null, string? role = null) =>
        new(0, type, name, [name], country, role, null, null);

    private static readonly IReadOnlyDictionary<long, string> NoContext = new Dictionary<long, string>();

    [Fact]
    public void The_same_full_name_is_the_same_person() =>
        Assert.Equal(7, EntityMatcher.Match(Seen(EntityType.PER, "Khalifa Haftar"), [(7, Stored("PER", "Khalifa Haftar"))], NoContext)?.EntityId);

    [Fact]
    public void A_typo_in_a_name_merges_when_the_company_is_the_same()
    {
        var context = new Dictionary<long, string> { [3] = "Giuseppe Conte" };
        var match = EntityMatcher.Match(Seen(EntityType.PER, "Khalifa Hiftar"), [(7, Stored("PER", "Khalifa Haftar", null, 3))], context);
        Assert.Equal(7, match?.EntityId);
        Assert.Contains("Giuseppe Conte", match!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_similar_name_without_shared_context_is_another_person() =>
        Assert.Null(EntityMatcher.Match(Seen(EntityType.PER, "Ghassan Salem"), [(7, Stored("PER", "Ghassan Salame", null, 3))], NoContext));

    [Fact]
    public void A_bare_first_name_in_an_unrelated_story_stays_apart()
    {
        var context = new Dictionary<long, string> { [40] = "Baghdad" };
        Assert.Null(EntityMatcher.Match(Seen(EntityType.PER, "Saddam"), [(7, Stored("PER", "Saddam", null, 3, 4))], context));
    }

    [Fact]
    public void A_partial_name_joins_the_full_name_with_shared_context()
    {
        var context = new Dictionary<long, string> { [3] = "Giuseppe Conte" };
        Assert.Equal(7, EntityMatcher.Match(Seen(EntityType.PER, "Haftar"), [(7, Stored("PER", "Khalifa Haftar", null, 3))], context)?.EntityId);
    }

    [Fact]
    public void Another_first_name_with_the_same_surname_is_another_person_even_where_the_surname_alone_joined()
    {
        var context = new Dictionary<long, string> { [3] = "Tories" };
        var howard = Stored("PER", "Michael Howard", null, 3);
        howard.Spellings["Howard"] = 5;
        Assert.Null(EntityMatcher.Match(Seen(EntityType.PER, "John Howard"), [(7, howard)], context));
        Assert.Null(EntityMatcher.Match(Seen(EntityType.PER, "James Hardy"), [(7, howard)], context));
    }

    [Fact]
    public void A_transliterated_surname_alone_still_joins_the_full_name_with_shared_context()
    {
        var context = new Dictionary<long, string> { [3] = "Tripoli" };
        Assert.Equal(7, EntityMatcher.Match(Seen(EntityType.PER, "Gaddafi"), [(7, Stored("PER", "Muammar Kadhafi", null, 3))], context)?.EntityId);
    }

    [Theory]
    [InlineData("Michelle", "Alun Michael")]
    [InlineData("Betty", "Trevor Beattie")]
    [InlineData("Wells", "Phil Willis")]
    public void A_given_name_alone_never_joins_a_surname_that_only_sounds_like_it(string seen, string stored)
    {
        var context = new Dictionary<long, string> { [3] = "Labour" };
        Assert.Null(EntityMatcher.Match(Seen(EntityType.PER, seen), [(7, Stored("PER", stored, null, 3))], context));
    }

    [Fact]
    public void A_given_name_that_is_the_surname_as_spelled_still_joins_with_shared_context()
    {
        var context = new Dictionary<long, string> { [3] = "Labour" };
        Assert.Equal(7, EntityMatcher.Match(Seen(EntityType.PER, "Michael"), [(7, Stored("PER", "Alun Michael", null, 3))], context)?.EntityId);
    }

    [Theory]
    [InlineData(EntityType.ORG, "Scottish Conservative Party", "Scottish National Party")]
    [InlineData(EntityType.ORG, "Commission", "Commission for Africa")]
    [InlineData(EntityType.ORG, "Union", "European Union")]
    [InlineData(EntityType.PER, "Alan Budd", "Alan Beith")]
    [InlineData(EntityType.PER, "David Bell", "Bill")]
    [InlineData(EntityType.PER, "Bell", "David Bill")]
    [InlineData(EntityType.PER, "Peter Kuhn", "Peter Kahn")]
    public void Names_sharing_words_or_a_sound_key_are_other_actors(EntityType type, string seen, string stored)
    {
        var context = new Dictionary<long, string> { [3] = "Tony Blair" };
        Assert.Null(EntityMatcher.Match(Seen(type, seen), [(7, Stored(type.ToString(), stored, null, 3))], context));
    }

    [Theory]
    [InlineData("Conservative", "Conservative Party")]
    [InlineData("Libyan Natonal Army", "Libyan National Army")]
    public void An_organisation_without_its_generic_word_or_with_a_typo_joins_with_shared_context(string seen, string stored)
    {
        var context = new Dictionary<long, string> { [3] = "Tony Blair" };
        Assert.Equal(7, EntityMatcher.Match(Seen(EntityType.ORG, seen), [(7, Stored("ORG", stored, null, 3))], context)?.EntityId);
    }

    [Theory]
    [InlineData("Labour", "Labour Party")]
    [InlineData("Labour Party", "Labour")]
    [InlineData("Conservatives", "Conservative Party")]
    [InlineData("Five Star", "Five Star Movement")]
    public void A_party_named_with_and_without_its_generic_word_is_one_organisation_by_the_name_alone(string seen, string stored)
    {
        var match = EntityMatcher.Match(Seen(EntityType.ORG, seen), [(7, Stored("ORG", stored))], NoContext);
        Assert.Equal(7, match?.EntityId);
        Assert.Contains("differ only by the generic", match!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EntityType.ORG, "Labour", "ORG", "Labour Party of Norway")]
    [InlineData(EntityType.ORG, "Nation", "ORG", "National Party")]
    [InlineData(EntityType.ORG, "Scottish Labour", "ORG", "Labour Party")]
    [InlineData(EntityType.PER, "Green", "ORG", "Green Party")]
    public void A_name_that_is_more_than_the_party_without_its_generic_word_stays_apart_without_context(EntityType type, string seen, string storedType, string stored) =>
        Assert.Null(EntityMatcher.Match(Seen(type, seen), [(7, Stored(storedType, stored))], NoContext));

    [Fact]
    public void Parties_of_two_countries_stay_apart_whatever_their_names() =>
        Assert.Null(EntityMatcher.Match(Seen(EntityType.ORG, "Labour Party", "AUS"), [(7, Stored("ORG", "Labour", "GBR"))], NoContext));

    [Theory]
    [InlineData("Big Brother", "BBC")]
    [InlineData("Thames", "Lib Dems")]
    public void An_organisation_word_that_only_sounds_like_another_joins_nothing(string seen, string stored)
    {
        var context = new Dictionary<long, string> { [3] = "Tony Blair" };
        Assert.Null(EntityMatcher.Match(Seen(EntityType.ORG, seen), [(7, Stored("ORG", stored, null, 3))], context));
    }

    [Theory]
    [InlineData("Ireland", "Northern Ireland")]
    [InlineData("Sudan", "South Sudan")]
    [InlineData("York", "New York")]
    public void A_place_named_inside_another_places_name_is_another_place(string seen, string stored)
    {
        var context = new Dictionary<long, string> { [3] = "Tony Blair" };
        Assert.Null(EntityMatcher.Match(Seen(EntityType.GPE, seen), [(7, Stored("LOC", stored, null, 3))], context));
    }

    [Fact]
    public void A_clipped_party_name_joins_the_full_one_with_shared_context()
    {
        var context = new Dictionary<long, string> { [3] = "Tony Blair" };
        Assert.Equal(7, EntityMatcher.Match(Seen(EntityType.ORG, "Lib Dems"), [(7, Stored("ORG", "Liberal Democrats", null, 3))], context)?.EntityId);
        Assert.Null(EntityMatcher.Match(Seen(EntityType.ORG, "Lib Dems"), [(7, Stored("ORG", "Liberal Democrats", null, 3))], NoContext));
    }

    [Fact]
    public void Different_countries_keep_two_people_apart()
    {
        var context = new Dictionary<long, string> { [3] = "Giuseppe Conte" };
        Assert.Null(EntityMatcher.Match(Seen(EntityType.PER, "Ali Mansour", "LBY"), [(7, Stored("PER", "Ali Mansour", "TUN", 3))], context));
    }

    [Fact]
    public void An_acronym_finds_its_organisation()
    {
        var lna = Stored("ORG", "Libyan National Army");
        lna.Acronyms.Add("LNA");
        Assert.Equal(9, EntityMatcher.Match(Seen(EntityType.ORG, "LNA"), [(9, lna)], NoContext)?.EntityId);
    }

    [Fact]
    public void A_spelling_the_user_split_off_never_links_back()
    {
        var haftar = Stored("PER", "Khalifa Haftar");
        haftar.Spellings["Khalifa Hiftar"] = 1;
        haftar.Blocked.Add("khalifa hiftar");
        Assert.Null(EntityMatcher.Match(Seen(EntityType.PER, "Khalifa Hiftar"), [(7, haftar)], NoContext));
    }

    [Fact]
    public void A_mistyped_name_joins_across_types_only_with_company()
    {
        var context = new Dictionary<long, string> { [3] = "Giuseppe Conte", [4] = "Rome" };
        var stored = Stored("PER", "Khalifa Haftar", null, 3, 4);
        Assert.Equal(7, EntityMatcher.Match(Seen(EntityType.ORG, "Khalifa Haftar"), [(7, stored)], context)?.EntityId);
        Assert.Null(EntityMatcher.Match(Seen(EntityType.ORG, "Khalifa Haftar"), [(7, stored)], NoContext));
    }
}
