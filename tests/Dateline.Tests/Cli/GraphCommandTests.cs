using System.Text.Json;

namespace Dateline.Tests.Cli;

/// <summary>`entities`, `timeline`, `stories`, `network` over the built-in sample: what a user types and reads.</summary>
public sealed class GraphCommandTests(GraphCommandTests.SampleDb sample) : IClassFixture<GraphCommandTests.SampleDb>
{
    /// <summary>The sample ingested once for the class; tests that change the store work on a copy.</summary>
    public sealed class SampleDb : IDisposable
    {
        private readonly TempFolder _dir = new();

        public SampleDb()
        {
            Path = System.IO.Path.Combine(_dir.Path, "sample.db");
            Assert.Equal(0, Cli.Run("ingest", System.IO.Path.Combine(RepoPaths.Root, "data", "sample"), "--db", Path).Exit);
        }

        public string Path { get; }

        public string Copy()
        {
            var copy = System.IO.Path.Combine(_dir.Path, Guid.NewGuid().ToString("N") + ".db");
            File.Copy(Path, copy);
            return copy;
        }

        public void Dispose() => _dir.Dispose();
    }

    private readonly string _db = sample.Path;

    [Fact]
    public void Timeline_lists_the_rome_meeting_once_with_its_outlets_and_the_date_disagreement()
    {
        var (exit, output, _) = Cli.Run("timeline", "--actor", "Haftar", "--db", _db);
        Assert.Equal(0, exit);
        var rome = output.Split("\n\n").Single(block => block.Contains("CONSULT/meeting in Rome", StringComparison.Ordinal));
        Assert.Contains("Gulf Daily Wire", rome, StringComparison.Ordinal);
        Assert.Contains("The Tripoli Ledger", rome, StringComparison.Ordinal);
        Assert.Contains("1 syndicated copy", rome, StringComparison.Ordinal);
        Assert.Contains("disagree on date", rome, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_json_carries_every_mention_with_its_quote_and_offsets()
    {
        var (exit, output, _) = Cli.Run("timeline", "--actor", "Conte", "--json", "--db", _db);
        Assert.Equal(0, exit);
        var events = JsonDocument.Parse(output).RootElement.GetProperty("events");
        Assert.NotEmpty(events.EnumerateArray());
        var mention = events.EnumerateArray().First().GetProperty("mentions").EnumerateArray().First();
        Assert.True(mention.GetProperty("end").GetInt32() > mention.GetProperty("start").GetInt32());
        Assert.False(string.IsNullOrEmpty(mention.GetProperty("quote").GetString()));
    }

    [Fact]
    public void An_unknown_actor_fails_with_a_reason()
    {
        var (exit, _, error) = Cli.Run("timeline", "--actor", "Nobody Atall", "--db", _db);
        Assert.Equal(1, exit);
        Assert.Contains("no actor named 'Nobody Atall'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("network")]
    public void An_empty_actor_name_is_a_usage_error_not_an_unknown_actor(string command)
    {
        var (exit, _, error) = Cli.Run(command, "--actor", " ", "--json", "--db", _db);
        Assert.Equal(2, exit);
        Assert.Contains($"dateline {command}: --actor needs a name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_entity_type_is_a_usage_error_naming_the_known_ones()
    {
        var (exit, output, error) = Cli.Run("entities", "--type", "PERSON", "--db", _db);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("unknown type 'PERSON' in --type (known: ", error, StringComparison.Ordinal);
        Assert.Equal(0, Cli.Run("entities", "--type", "gpe", "--db", _db).Exit);
    }

    [Fact]
    public void Entities_lists_each_spelling_with_the_articles_using_it()
    {
        var (exit, output, _) = Cli.Run("entities", "--name", "Haftar", "--type", "PER", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n'), l => l.StartsWith('#'));
        Assert.Contains("\"Khalifa Hiftar\": #", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_and_merge_are_kept_and_reported()
    {
        var _db = sample.Copy();
        var id = JsonDocument.Parse(Cli.Run("entities", "--name", "Khalifa Haftar", "--type", "PER", "--json", "--db", _db).Out).RootElement[0].GetProperty("id").GetInt64();
        var (exit, output, _) = Cli.Run("entities", "split", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--spelling", "Khalifa Hiftar", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Contains("split 'Khalifa Hiftar'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Hiftar", Cli.Run("entities", "--name", "#" + id, "--db", _db).Out.Split("(split")[0], StringComparison.Ordinal);
        var (bad, _, error) = Cli.Run("entities", "merge", id.ToString(System.Globalization.CultureInfo.InvariantCulture), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", _db);
        Assert.Equal(1, bad);
        Assert.Contains("already one", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_keep_the_palermo_conference_apart_from_the_2019_talks()
    {
        var stories = JsonDocument.Parse(Cli.Run("stories", "--json", "--db", _db).Out).RootElement.EnumerateArray().ToList();
        var palermo = stories.Single(s => s.GetProperty("title").GetString()!.Contains("Palermo", StringComparison.Ordinal));
        Assert.Equal(1, palermo.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Network_json_has_typed_dated_counted_edges()
    {
        var (exit, output, _) = Cli.Run("network", "--actor", "Haftar", "--json", "--db", _db);
        Assert.Equal(0, exit);
        var edge = JsonDocument.Parse(output).RootElement.GetProperty("edges").EnumerateArray().First();
        Assert.True(edge.GetProperty("count").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(edge.GetProperty("type").GetString()));
    }

    [Fact]
    public void Network_json_for_an_actor_names_the_actor_first_with_the_documented_weight_and_kind()
    {
        var (exit, output, _) = Cli.Run("network", "--actor", "Haftar", "--json", "--db", _db);
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Khalifa Haftar", root.GetProperty("actor").GetProperty("name").GetString());
        var first = root.GetProperty("nodes")[0];
        Assert.Equal("Khalifa Haftar", first.GetProperty("name").GetString());
        Assert.True(first.GetProperty("weight").GetInt32() >= 1);
        var edge = root.GetProperty("edges")[0];
        Assert.Equal("event", edge.GetProperty("kind").GetString());
        Assert.Equal(edge.GetProperty("count").GetInt32(), edge.GetProperty("weight").GetInt32());
    }

    [Fact]
    public void Network_for_a_name_several_actors_match_draws_the_most_reported_and_names_the_others()
    {
        var (exit, output, _) = Cli.Run("network", "--actor", "Ghassan", "--db", _db);
        Assert.Equal(0, exit);
        Assert.Contains("also matching:", output, StringComparison.Ordinal);
        var (_, json, _) = Cli.Run("network", "--actor", "Ghassan", "--json", "--db", _db);
        Assert.True(JsonDocument.Parse(json).RootElement.GetProperty("alsoMatching").GetArrayLength() >= 1);
    }

    [Theory]
    [InlineData]
    [InlineData("--spelling", "Hiftar", "--article", "2")]
    public void Split_without_exactly_one_of_spelling_or_article_is_a_usage_error_and_changes_nothing(params string[] which)
    {
        var db = sample.Copy();
        var before = Cli.Run("entities", "--json", "--db", db).Out;
        var (exit, _, errors) = Cli.Run(["entities", "split", "1", .. which, "--db", db]);
        Assert.Equal(2, exit);
        Assert.Contains("give --spelling S or --article ID", errors, StringComparison.Ordinal);
        Assert.Equal(before, Cli.Run("entities", "--json", "--db", db).Out);
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("network")]
    public void An_actor_name_the_store_does_not_have_fails_offering_close_spellings_without_choosing_one(string command)
    {
        // The sample writes "Haftar" and "Hiftar", never "Hafter".
        var (exit, output, errors) = Cli.Run(command, "--actor", "Khalifa Hafter", "--db", _db);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("no actor named 'Khalifa Hafter'", errors, StringComparison.Ordinal);
        Assert.Contains("did you mean", errors, StringComparison.Ordinal);
        Assert.Contains("Khalifa Haftar", errors, StringComparison.Ordinal);

        (exit, _, errors) = Cli.Run(command, "--actor", "Zzyzx", "--db", _db);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("did you mean", errors, StringComparison.Ordinal);
    }
}
