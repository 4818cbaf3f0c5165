using Dateline.Model;
using Dateline.Pipeline;

namespace Dateline.Events;

/// <summary>
/// The "events" layer: <see cref="EventCoder"/> over a document that has tokens with parses, entities and time
/// expressions. With <paramref name="partStages"/> (the language, time and entity stages) the headline and captions are
/// read and coded too: an event they report that the body also reports adds their citation to the body's event ("Haftar
/// meets Conte in Rome" over "Haftar held surprise talks with Conte in Rome"), after the body's own citation; one the
/// body does not report goes to <see cref="Document.OtherEventMentions"/>, cited in its part (<see cref="EventCitation.Part"/>),
/// when it has a source and a target.
/// </summary>
public sealed class EventStage(EventCoder? coder = null, IReadOnlyList<IDocumentStage>? partStages = null) : IDocumentStage
{
    private readonly EventCoder _coder = coder ?? new EventCoder();
    private readonly IReadOnlyList<IDocumentStage> _partStages = partStages ?? [];

    public string Name => "events";

    public IReadOnlyList<string> Needs { get; } = ["tokens", "deps", "entities", "timexes"];

    public IReadOnlyList<string> Provides { get; } = ["events"];

    public Document Process(Document document)
    {
        // Without a parse there is nothing to read arguments from: an empty layer (the language stage reports why).
        if (document.Tokens.IsDefaultOrEmpty) return document;
        if (EnglishModels.OtherLanguage(document) is { } language)
            return document.WithDiagnostic(EnglishModels.Skipped(Name, language, "events"));
        var events = _coder.Find(document).ToList();
        var others = new List<EventMention>();
        if (_partStages.Count > 0) AddPartEvents(document, events, others);
        return document with { EventMentions = [.. events], OtherEventMentions = [.. others] };
    }

    private void AddPartEvents(Document document, List<EventMention> events, List<EventMention> others)
    {
        var parts = new List<(string Part, int? Index, string Text)>();
        if (document.Metadata.Title?.Value is { Length: > 0 } title) parts.Add(("title", null, title));
        for (int i = 0; i < document.Captions.Length; i++) parts.Add(("caption", i, document.Captions[i].Text));
        int bodyCount = events.Count;
        foreach (var (part, index, text) in parts)
        {
            var read = new Document
            {
                Source = document.Source, SourceText = text, Text = text, Metadata = document.Metadata,
                Paragraphs = [new TextSpan(0, text.Length)],
            };
            foreach (var stage in _partStages) read = stage.Process(read);
            if (read.Tokens.IsDefaultOrEmpty) continue;
            foreach (var e in _coder.Find(read))
            {
                var cited = e.Mentions.Select(m => m with { Part = part, PartIndex = index }).ToList();
                int same = events.FindIndex(0, bodyCount, b => PartEventMatcher.Restates(e, b));
                if (same >= 0)
                {
                    var known = events[same].Mentions;
                    events[same] = events[same] with { Mentions = [.. known, .. cited.Where(c => !known.Any(k => k.Part == c.Part && k.PartIndex == c.PartIndex && k.Start == c.Start))] };
                    continue;
                }
                // A headline is telegraphic: a reading the body does not confirm counts only when it is complete.
                if (e.Source.IsDefaultOrEmpty || e.Target.IsDefaultOrEmpty) continue;
                // The part's own entity chains mean nothing in the body: an actor links to the body's chain of that name.
                others.Add(e with
                {
                    Id = part[0] + (others.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ReverseOf = null,
                    Source = [.. e.Source.Select(a => PartEventMatcher.Relink(a, document))],
                    Target = [.. e.Target.Select(a => PartEventMatcher.Relink(a, document))],
                    Mentions = [.. cited],
                });
            }
        }
    }
}
