using Dateline.Entities;
using Dateline.Events;
using Dateline.Knowledge;
using Dateline.Model;
using Dateline.Places;

namespace Dateline.Tests.Events;

/// <summary>A region the knowledge lists, as an actor or a place, gives its country (and, as an actor, no sector: it is not the
/// government), on hand-built parses and made-up countries and regions.</summary>
public class RegionActorTests
{
    private static readonly KnowledgeBase Knowledge = new(
        [new Country("GON", "GN", "Gondor", [], ["Gondorian"], ["Minas Tirith"])],
        [],
        [],
        null,
        [new Region("Quorland", [], "province", "GON")]);

    private static EventCoder Coder() =>
        new(new TriggerLexicon([new([ "attack" ], false, CameoVerbImporter.PloverType("190"), null, [], "190", "subj", ["obj"], 0.9)]), Knowledge, gazetteer: Gazetteer.Empty);

    private static Document Attack(string source, string? placeMention = null)
    {
        var doc = HandParsed.Sentence($"{source}/PROPN/{source}/1/nsubj", "attacked/VERB/attack/-1/root", "Gondor/PROPN/Gondor/1/obj",
            "in/ADP/in/4/case", "Quorland/PROPN/Quorland/1/obl", "./PUNCT/./1/punct");
        if (placeMention is null)
            return doc;
        var span = new TextSpan(doc.Tokens[0].Start, doc.Tokens[0].End);
        var place = new TextSpan(doc.Tokens[4].Start, doc.Tokens[4].End);
        return doc with
        {
            EntityMentions =
            [
                new EntityMention { Span = span, Text = source, Type = EntityType.LOC, Name = source, Country = "GON" },
                new EntityMention { Span = place, Text = placeMention, Type = EntityType.LOC, Name = placeMention, Country = "GON" },
            ],
            EntityChains = [],
        };
    }

    [Fact]
    public void A_region_as_an_actor_gives_its_country_without_the_government_sector()
    {
        var e = Assert.Single(Coder().Find(Attack("Quorland", "Quorland")));
        var source = Assert.Single(e.Source);
        Assert.Equal("GON", source.Code);
        Assert.Null(source.Sector);
        Assert.Contains("region 'Quorland'", source.Reason, StringComparison.Ordinal);
        Assert.Equal("GONGOV", Assert.Single(e.Target).Code);
    }

    [Fact]
    public void A_region_no_entity_stage_tagged_is_coded_the_same_way()
    {
        var e = Assert.Single(Coder().Find(Attack("Quorland")));
        Assert.Equal("GON", Assert.Single(e.Source).Code);
    }

    [Fact]
    public void A_region_as_the_place_gives_its_country()
    {
        var e = Assert.Single(Coder().Find(Attack("Quorland", "Quorland")));
        Assert.Equal("GON", e.EventLoc.Country);
        Assert.Contains("province Quorland", e.EventLoc.Reason, StringComparison.Ordinal);
    }
}
