using System.Net;
using System.Text.Json;
using Dateline.Linking;
using Dateline.Storage.Sqlite;

namespace Dateline.IntegrationTests;

/// <summary>An event id a story split emptied keeps answering, in the API and on the desk: why, and where its reports went.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class RetiredEventTests(SampleStore store) : IDisposable
{
    private readonly string _copy = Path.Combine(store.Dir, $"retired-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(_copy);

    /// <summary>A copy of the sample store with one retired event whose reports went to the Rome meeting.</summary>
    private async Task<(DeskFactory Desk, long Retired, string Rome)> Store()
    {
        using var factory = new DeskFactory(store.DbPath);
        var rome = (await factory.RomeMeeting()).GetProperty("id").GetString()!;
        File.Copy(store.DbPath, _copy, overwrite: true);
        using var db = SqliteArticleStore.Open(_copy);
        // The shape the linker writes (camel case, like every graph record).
        long retired = db.Graph(s => s.InsertNode(GraphKinds.RetiredEvent, JsonSerializer.Serialize(new RetiredEvent
        {
            Reason = "its reports moved to story 9 (linked again after story 1 was split)",
            Successors = [long.Parse(rome, System.Globalization.CultureInfo.InvariantCulture)],
            Story = 9,
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web))), write: true);
        return (new DeskFactory(_copy), retired, rome);
    }

    [Fact]
    public async Task The_api_answers_a_retired_event_with_410_and_the_events_holding_its_reports()
    {
        var (desk, retired, rome) = await Store();
        using (desk)
        {
            var (status, problem, _) = await desk.Get($"/api/events/{retired}");
            Assert.Equal(HttpStatusCode.Gone, status);
            Assert.Equal([rome], problem.GetProperty("successors").EnumerateArray().Select(s => s.GetString()));
            Assert.Contains("story 1 was split", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            var (missing, _, _) = await desk.Get("/api/events/999999");
            Assert.Equal(HttpStatusCode.NotFound, missing);
            var (_, all, _) = await desk.Get("/api/events?limit=200");
            Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == retired.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task The_desk_page_of_a_retired_event_links_to_its_successors()
    {
        var (desk, retired, rome) = await Store();
        using (desk)
        {
            using var client = desk.CreateClient();
            var response = await client.GetAsync(new Uri($"/events/{retired}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains($"href=\"/events/{rome}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
