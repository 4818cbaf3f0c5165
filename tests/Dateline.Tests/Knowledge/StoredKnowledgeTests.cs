using Dateline.Events;
using Dateline.Knowledge;
using Dateline.Storage;
using Dateline.Tests.Storage;

namespace Dateline.Tests.Knowledge;

/// <summary>
/// Imported knowledge kept in a store (SQLite, and PostgreSQL when DATELINE_TEST_PG is set): it survives reopening and
/// merges by id; the dictionary built from it codes an office holder by date.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public class StoredKnowledgeTests
{
    private const string Tenures =
        "country_qid,country,country_iso3,position_qid,position,person_qid,person,start,end,statement_id,repo,source_file\n" +
        "Q1,Quetzalia,QQQ,Q10,Minister of Defence,Q100,Roberta Quillon,2014-02,2018-06-01,s1,r,f\n" +
        "Q1,Quetzalia,QQQ,Q11,Prime Minister,Q100,Roberta Quillon,2019-09-05,,s3,r,f\n";

    public static TheoryData<string> Stores => ["sqlite", "postgres"];

    [SkippableTheory]
    [MemberData(nameof(Stores))]
    public void Imported_actors_and_organisations_are_found_by_name_and_date_after_the_store_is_reopened(string kind)
    {
        using var dir = new TempFolder();
        using var pg = kind == "postgres" ? PostgresSchema.TryCreate() : null;
        Skip.If(kind == "postgres" && pg is null, $"{PostgresSchema.Variable} is not set: no PostgreSQL server to test against");
        var path = pg?.ConnectionString ?? dir.File("k.db");
        using (var store = ArticleStores.Open(path))
            store.Graph(session =>
            {
                var knowledge = new StoredKnowledge(session);
                foreach (var actor in OfficeholderImporter.ReadTenures(new StringReader(Tenures)))
                    knowledge.AddActor(actor);
                // The same person again from another file: one actor, roles united.
                knowledge.AddActor(new KnownActor("wd:Q100", "Roberta Quillon", ["R. Quillon"], [new ActorRole("Senator", "QQQ", null, new DateOnly(2008, 1, 1), new DateOnly(2013, 12, 31))], "other"));
                knowledge.AddOrganisation(new KnownOrganisation("org:1", "Quetzalian Defence Pact", ["QDP"], [], ["QQQ", "RRR"], "test"));
                return 0;
            }, write: true);

        using var reopened = ArticleStores.Open(path);
        reopened.Graph(session =>
        {
            var knowledge = new StoredKnowledge(session);
            Assert.Equal((1, 1), (knowledge.ActorCount, knowledge.OrganisationCount));
            Assert.Equal(["Minister of Defence"], knowledge.RolesOn("roberta QUILLON", new DateOnly(2017, 5, 1)).Select(r => r.Role.Office));
            Assert.Equal(["Senator"], knowledge.RolesOn("R. Quillon", new DateOnly(2010, 1, 1)).Select(r => r.Role.Office));
            Assert.Equal(["Roberta Quillon"], knowledge.HoldersOn("Prime Minister", "QQQ", new DateOnly(2020, 1, 1)).Select(a => a.Name));
            Assert.Equal("Quetzalian Defence Pact", knowledge.FindOrganisation("QDP")?.Name);
            Assert.Empty(knowledge.FindActors("Nobody Known"));
            Assert.Single(knowledge.AllActors());
            return 0;
        });
    }

    [Fact]
    public void An_office_holder_without_a_cameo_code_is_coded_as_the_government_of_the_country()
    {
        var actor = new KnownActor("wd:Q100", "Roberta Quillon", [], [new ActorRole("Minister of Defence", "QQQ", null, new DateOnly(2014, 2, 1), new DateOnly(2018, 6, 1))], "wikidata");
        var dictionary = new ActorDictionary([actor]);
        Assert.Equal("QQQGOV", dictionary.Find("Roberta Quillon", new DateOnly(2017, 5, 1))?.Role.Code);
        Assert.Null(dictionary.Find("Roberta Quillon", new DateOnly(2019, 5, 1)));
        Assert.Equal("Boris Valenkov", ActorDictionary.DisplayName(actor with { Name = "BORIS VALENKOV" }, "Boris Valenkov"));
    }
}
