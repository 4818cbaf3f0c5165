using Dateline.Knowledge;

namespace Dateline.Tests.Knowledge;

/// <summary>The importers on small fictional files in each source's format.</summary>
public class ImportTests
{
    private const string Tenures =
        "country_qid,country,country_iso3,position_qid,position,person_qid,person,start,end,statement_id,repo,source_file\n" +
        "Q1,Quetzalia,QQQ,Q10,Minister of Defence,Q100,Roberta Quillon,2014-02,2018-06-01,s1,r,f\n" +
        "Q1,Quetzalia,QQQ,Q10,Minister of Defence,Q101,\"Elisabetta Trenta, Jr\",2018-06-01,2019,s2,r,f\n" +
        "Q1,Quetzalia,QQQ,Q11,Prime Minister,Q100,Roberta Quillon,2019-09-05,,s3,r,f\n";

    [Theory]
    [InlineData("2017-05-01", "Minister of Defence")]
    [InlineData("2020-01-01", "Prime Minister")]
    public void Resolves_a_persons_role_by_date(string date, string office)
    {
        var store = new InMemoryKnowledgeStore();
        foreach (var actor in OfficeholderImporter.ReadTenures(new StringReader(Tenures)))
            store.AddActor(actor);
        Assert.Equal(2, store.ActorCount);
        var roles = store.RolesOn("roberta quillon", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([office], roles.Select(r => r.Role.Office));
        Assert.All(roles, r => Assert.Equal("QQQ", r.Role.Country));
    }

    [Fact]
    public void Finds_who_held_an_office_on_a_date_with_month_and_year_precision()
    {
        var store = new InMemoryKnowledgeStore();
        foreach (var actor in OfficeholderImporter.ReadTenures(new StringReader(Tenures)))
            store.AddActor(actor);
        Assert.Equal(["Roberta Quillon"], store.HoldersOn("Minister of Defence", "QQQ", new DateOnly(2014, 2, 1)).Select(a => a.Name));
        Assert.Empty(store.HoldersOn("Minister of Defence", "QQQ", new DateOnly(2014, 1, 31)));
        // "2019" as an end date means the end of 2019; the quoted name keeps its comma.
        Assert.Equal(["Elisabetta Trenta, Jr"], store.HoldersOn("Defence", null, new DateOnly(2019, 12, 31)).Select(a => a.Name));
    }

    [Fact]
    public void Reads_phoenix_actors_with_aliases_and_dated_codes()
    {
        const string dictionary = """
            # fictional actors
            QUETZALIA_  [QQQ]
            +QUETZALIAN_
            ZORBA_KRETZ_  # CountryInfo.txt
            +ZORBA_KRETS_
            	[QQQGOV 140101-181231]
            	[QQQELI >190101]
            	[QQQMIL > 200101]
            BROKEN_ACTOR_
            	[QQQGOV 2014017-20061201]
            """;
        var (actors, problems) = PhoenixActorReader.Read(new StringReader(dictionary), "fictional.txt");
        Assert.Equal(["QUETZALIA", "ZORBA KRETZ", "BROKEN ACTOR"], actors.Select(a => a.Name));
        Assert.Equal(["ZORBA KRETS"], actors[1].Aliases.ToArray());
        Assert.Single(problems);
        var store = new InMemoryKnowledgeStore();
        actors.ForEach(store.AddActor);
        Assert.Equal(["QQQGOV"], store.RolesOn("Zorba Krets", new DateOnly(2016, 6, 1)).Select(r => r.Role.Code));
        Assert.Equal(["QQQELI"], store.RolesOn("ZORBA KRETZ", new DateOnly(2019, 6, 1)).Select(r => r.Role.Code));
        Assert.Equal(["QQQELI", "QQQMIL"], store.RolesOn("ZORBA KRETZ", new DateOnly(2021, 6, 1)).Select(r => r.Role.Code));
    }

    [Theory]
    [InlineData("[QQQGOV 19950601 - 19990815]")]
    [InlineData("[QQQGOV 19950601-19990815]")]
    [InlineData("[QQQGOV 950601 -990815]")]
    public void Reads_a_dated_code_whose_range_has_spaces_round_the_dash(string code)
    {
        var role = PhoenixActorReader.ParseCode(code);
        Assert.NotNull(role);
        Assert.Equal("QQQGOV", role.Code);
        Assert.Equal(new DateOnly(1995, 6, 1), role.Start);
        Assert.Equal(new DateOnly(1999, 8, 15), role.End);
    }

    [Fact]
    public void Reads_organisations_with_acronyms_aliases_and_members()
    {
        var members = OrganisationImporter.ReadMembership(new StringReader(
            "\"ISO_3166_2\",\"ISO_3166_3\",\"NAME.EN\",\"source\",\"org_name\",\"org_id\",\"org_member\"\n" +
            "\"QQ\",\"QQQ\",\"Quetzalia\",\"CIAFactbook\",\"Fictional Union \",\"FU\",\"member\"\n" +
            "\"RR\",\"RRR\",\"Rhovania\",\"CIAFactbook\",\"Fictional Union \",\"FU\",\"observer\"\n"))
            .GroupBy(m => m.Org).ToDictionary(g => g.Key, g => g.Select(m => m.Iso3).ToList());
        var store = new InMemoryKnowledgeStore();
        foreach (var org in OrganisationImporter.ReadFactbook(new StringReader("org_id\torg_name\tsource\tmembers\tother_statuses\nFU\tFictional Union\tCIAFactbook\t1\t1\n"), members))
            store.AddOrganisation(org);
        foreach (var org in OrganisationImporter.ReadSupraVerden(new StringReader("key\tsprvd_id\twikidata\tname_en\tabbreviation_en\tother_abbreviations_en\tother_names_en\nX\tS1\tQ9\tOrder of the Tides\tOTT\tOT\tTide Order|The Tides\n")))
            store.AddOrganisation(org);
        Assert.Equal(["QQQ"], store.FindOrganisation("FU")!.Members.ToArray());
        Assert.Equal("Order of the Tides", store.FindOrganisation("tide order")?.Name);
        Assert.Equal("Order of the Tides", store.FindOrganisation("OT")?.Name);
    }
}
