using System.Text.Json;
using Dateline.Model;
using Dateline.Web.Desk;

namespace Dateline.IntegrationTests;

/// <summary>
/// Two hand-coded events over the sample's Rome article, in PRODUCT.md's event JSON, standing in for the events
/// stage (not merged yet) so the timeline, network and event pages can be driven end to end.
/// </summary>
public sealed class FixedEventSource : IEventSource
{
    private readonly IReadOnlyList<DeskEvent> _events;

    public FixedEventSource(SampleStore store)
    {
        int start = store.RomeText.IndexOf(SampleStore.RomeSentence, StringComparison.Ordinal);
        int end = start + SampleStore.RomeSentence.Length;
        int next = store.RomeText.IndexOf("Haftar will travel next week", StringComparison.Ordinal);
        var json = JsonDocument.Parse($$"""
            [{"event":"CONSULT","mode":"visit","source":["Khalifa Haftar"],"target":["Giuseppe Conte"],"date":{"value":"2019-05-16","precision":"day","text":"Thursday"},
              "eventLoc":"Rome","cameo":"042","status":"happened","confidence":0.9,"mentions":[{"start":{{start}},"end":{{end}}}]},
             {"event":"CONSULT","mode":"visit","source":["Khalifa Haftar"],"target":["Emmanuel Macron"],"date":{"value":"2019-W21","precision":"week","text":"next week"},
              "eventLoc":"Paris","status":"planned","confidence":0.7,"mentions":[{"start":{{next}},"end":{{next + 28}}}]}]
            """).RootElement;
        var doc = new Document
        {
            Source = new SourceInfo("rome.txt", SourceFormat.PlainText, "utf-8", "h", 1),
            SourceText = store.RomeText,
            Text = store.RomeText,
            Metadata = new ArticleMetadata { Outlet = new MetadataValue("Mediterranean Monitor", "test"), Url = new MetadataValue("https://medmonitor.example/rome", "test"), Published = new MetadataValue("2019-05-16", "test") },
        };
        _events = EventLayerReader.Parse(store.RomeId, doc, json);
    }

    public IReadOnlyList<DeskEvent> All() => _events;

    public DeskEvent? Find(string id) => _events.FirstOrDefault(e => e.Id == id);
}
